"""A word the phone's autocorrect changed, put right in the next text: "regadera*" after "sale
agua negra por la regards", "MAIN. water main. autocorrect" after "Water mail broke". Texters
mark the word with an asterisk, or say it again and blame the autocorrect; either way the word
they meant replaces the one they typed that is spelled nearly like it. A word already in the
earlier text, or one like no word of it ("autocorrect, sorry. Siobhan"), puts nothing right."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from switchboard.assistant.understanding.normalise import fold

# A word typed again with an asterisk before or after it, the texter's mark of a correction.
_MARKED = re.compile(r"(?<![\w*])\*([^\W\d_]{3,})(?![\w])|(?<![\w*])([^\W\d_]{3,})\*(?![\w])")
# The caller blaming the phone: then every word of the text may be one put right.
_BLAMED = re.compile(
    r"(?<![\w'])(?:auto ?-?correct(?:ed|s|ion)?|autocorrector|autocorreccion|el corrector|"
    r"corrector|spell ?check(?:er)?)(?![\w'])"
)
# How near a word must be spelled to be the one it replaces: "mail"/"main" 0.75,
# "regards"/"regadera" 0.67, "sink"/"drink" (another first letter) never.
_NEAR = 0.65
# Words said around the one put right that replace nothing ("I meant main", "quise decir").
_AROUND = frozenset(
    {
        *("i", "meant", "mean", "sorry", "ugh", "oops", "stupid", "phone", "my", "the", "not"),
        *("it", "its", "it's", "is", "was", "said", "typo", "lol", "damn", "dang", "meant"),
        *("quise", "decir", "perdon", "perdone", "el", "la", "mi", "telefono", "celular", "es"),
        *("no", "dice", "digo", "esta", "en", "ingles", "english", "spanish", "espanol"),
    }
)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", fold(text))


def words_put_right(text: str) -> list[str]:
    """The words a text marks as put right: those with an asterisk, else, when the text blames
    the autocorrect, its own words; none otherwise."""
    marked = [fold(a or b) for a, b in _MARKED.findall(text)]
    if marked:
        return marked
    folded = fold(text)
    if _BLAMED.search(folded) is None:
        return []
    said = _words(_BLAMED.sub(" ", folded))
    return [w for w in said if len(w) >= 3 and w not in _AROUND]


def only_put_right(text: str) -> bool:
    """The text says nothing but the words it puts right ("MAIN. water main. autocorrect")."""
    meant = set(words_put_right(text))
    rest = [w for w in _words(_BLAMED.sub(" ", fold(text))) if w not in meant]
    return bool(meant) and all(w in _AROUND or len(w) < 3 for w in rest)


def _same_word(a: str, b: str) -> bool:
    """One word in two forms ("toilet"/"toilets"), which autocorrect did not change."""
    short, long = sorted((a, b), key=len)
    return long in {short + "s", short + "es"}


def put_right(earlier: str | None, text: str) -> str | None:
    """`earlier` with each word `text` puts right in place of the word typed for it; None when
    nothing in it changes."""
    if not earlier:
        return None
    meant = words_put_right(text)
    if not meant:
        return None
    typed = _words(earlier)
    fixed = fold(earlier)
    changed = False
    for word in dict.fromkeys(meant):
        if word in typed:
            continue  # already there: nothing of `earlier` was changed into something else
        best, score = "", _NEAR
        for was in typed:
            if was[:1] != word[:1] or _same_word(was, word):
                continue
            ratio = SequenceMatcher(None, was, word).ratio()
            if ratio >= score:
                best, score = was, ratio
        if best:
            fixed = re.sub(rf"(?<![\w']){re.escape(best)}(?![\w'])", word, fixed)
            typed = [word if w == best else w for w in typed]
            changed = True
    return fixed if changed else None
