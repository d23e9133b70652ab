"""Words spelled letter by letter ("K-E-V-I-N", "d u n l e a v y"): the word each spelling
makes, and the turn read with every spelling as its word, said once."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from switchboard.assistant.understanding.address_repair import SELF_REPAIR
from switchboard.assistant.understanding.normalise import Normalised, normalise

# One letter said alone. The letter U comes as "you": speech recognition writes it so, and
# normalisation reads a texted "u" as "you" too; inside a spelling it is the letter, unless
# the caller goes on talking to us with it ("l u n d you can call me back": Lund, then "you
# can"). So is "que", which normalisation makes of a texted "q" ("l i n d q v i s t").
_LETTER = r"[a-z](?![\w'])"
_TALKING_ON = (
    r"can|could|cant|can't|know|guys|have|got|need|should|would|will|may|might|"
    r"want|said|see|call|reach|text|all|are|were|did|do|just|please|again|too"
)
_YOU = rf"you(?![\w'])(?! (?:{_TALKING_ON})(?![\w']))"
_NEXT = r"(?= (?:[a-z]|you|que|ac|am|pm)(?![\w']))"
# ... and "ac", which it makes of "a c" said as the air conditioning is ("j a c q u e s"),
# and "am" / "pm", which it makes of "a m" / "p m" said as times are ("p h a m", "s a m a n t
# h a", "k a p m a n"): two letters of the spelling wherever they come after its first.
_INSIDE = rf"{_LETTER}|{_YOU}|que{_NEXT}|ac{_NEXT}|(?:am|pm)(?![\w'])"
# A spelling may start with them too ("a m u n d s e n" reaches here as "am you n d s e n"),
# when a letter, not a word, follows.
# So may "que", a texted or heard "q" ("q u e b e c" reaches here as "que you e b e c").
_FIRST = rf"{_LETTER}|(?:am|ac|pm|que)(?= (?:[a-z]|{_YOU})(?![\w']))"
LETTER_RUN = re.compile(rf"(?<![\w'])(?:{_FIRST})(?: (?:{_INSIDE})){{2,}}")
_SAID_AS = {"you": "u", "que": "q"}


def spelled_word(letters: str) -> str:
    """ "d you n l e a v y" -> "dunleavy"."""
    return "".join(_SAID_AS.get(letter, letter) for letter in letters.split())


# "with a K", "with an E", "con K", "con una Y": the letter a spelling starts with, said first.
_WITH_A = re.compile(r"(?<![\w'])(?:with(?: an?)?|con(?: una?| la| el)?) $")


def _fitted(m: re.Match[str], text: str) -> str:
    """ "with a C, not a K: C-A-T-H-A-R-I-N-E, Catharine": letters said just before a spelling
    ("a k") run into it; the spelling is the word said whole that its letters end with.
    "with a k k a t h r y n", "with an h j o h n": the letter announced, then the spelling."""
    word = spelled_word(m[0])
    said = set(LETTER_RUN.sub(" ", text).split()) - {_BREAK}
    if m[0].endswith(" you") and word not in said and word[:-1] in said:
        return word[:-1]  # "lund l u n d you and ...": Lund, said whole, then "you"
    for start in range(1, len(word) - 2):
        if word[start:] in said:
            return word[start:]
    if announced := _WITH_A.search(text[: m.start()]):
        letters = m[0].split()
        if announced[0] == "with " and letters[0] == "a":
            letters = letters[1:]  # "with a k ...": the article, not a letter
        # "with an h, j o h n": the letter announced, then the whole spelling that has it.
        if len(letters) > 3 and letters[0] in letters[1:]:
            letters = letters[1:]
        return spelled_word(" ".join(letters))
    return word


# "it's spelled ...", "se escribe ...": the caller says a spelling follows ...
_SPELLING_SAID = re.compile(
    r"(?<![\w'])(?:spelled|spelt|spell|spells|spelling|se escribe|se deletrea|deletreado|"
    r"deletreo|letra por letra)(?![\w'])"
)
# ... of a name: "my last name is spelled", "it's spelled with a K", "se escribe con K".
_OF_A_NAME = re.compile(
    r"(?<![\w'])(?:name|names|name's|apellido|apellidos|nombre|with an? [a-z]|"
    r"con (?:una? )?[a-z])(?![\w'])"
)


def a_name_spelled(text: str) -> bool:
    """The caller says a name is spelled out next ("it's spelled with a k k a t h r y n")."""
    return _SPELLING_SAID.search(text) is not None and _OF_A_NAME.search(text) is not None


def spelled_words(text: str) -> list[str]:
    return [_fitted(m, text) for m in LETTER_RUN.finditer(text)]


def without_spellings(text: str) -> str:
    return LETTER_RUN.sub(" ", text)


_BREAK = "|"
_NO = re.compile(r"(?<![\w'])no(?![\w'])")
# Two spellings this alike spell the same name.
_ALIKE = 0.6


def put_right(runs: list[re.Match[str]], text: str, i: int) -> bool:
    """The `i`th spelling in `text` was put right by the next one, said after a self-repair
    ("s i e b e r t no sorry s e i b e r t") and spelling the same name."""
    if i + 1 >= len(runs):
        return False
    between = text[runs[i].end() : runs[i + 1].start()]
    if _BREAK in between.split() and not SELF_REPAIR.search(between):
        return False
    alike = SequenceMatcher(None, spelled_word(runs[i][0]), spelled_word(runs[i + 1][0]))
    return alike.ratio() >= _ALIKE and bool(SELF_REPAIR.search(between) or _NO.search(between))


def with_breaks(norm: Normalised) -> str:
    """The turn's words with its clause breaks marked, so a spelling ends with its sentence
    ("X-I-M-E-N-A. Y Paredes" spells Ximena, then "y Paredes" goes on)."""
    return " ".join(
        f"{_BREAK} {tok}" if i in norm.breaks else tok for i, tok in enumerate(norm.tokens)
    )


def letters_joined(norm: Normalised) -> Normalised:
    """ "Kevin, K-E-V-I-N" -> "kevin"; "it's benedikt sorensen b e n e d i k t" -> "it's
    benedikt sorensen": each spelling becomes its word, left out when it spells a word the
    caller had already said whole."""
    words: list[str] = []
    end = 0
    # A spelling ends with its sentence ("X-I-M-E-N-A. Y Paredes"); the clause marks are
    # dropped after, as "Jan, J-A-N, Pettersen" is one name said around its spelling.
    text = with_breaks(norm)
    runs = list(LETTER_RUN.finditer(text))
    for i, m in enumerate(runs):
        words += text[end : m.start()].split()
        if put_right(runs, text, i):
            end = m.end()  # "s i e b e r t no sorry s e i b e r t": the first one taken back
            continue
        if announced := _WITH_A.search(text[end : m.start()]):
            # "ximena con x x i m e n a galvan": "con" announced the spelling, no name's word
            del words[len(words) - len(announced[0].split()) :]
        if (word := _fitted(m, text)) not in words:
            words.append(word)
        end = m.end()
    if not end:
        return norm
    words += text[end:].split()
    words = [w for w in words if w != _BREAK]
    # "K-Y-L-E Kyle": spelled, then said.
    once = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return normalise(" ".join(once))
