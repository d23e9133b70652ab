"""Words spelled letter by letter ("K-E-V-I-N", "d u n l e a v y"): the word each spelling
makes, and the turn read with every spelling as its word, said once."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised, normalise

# One letter said alone. The letter U comes as "you": speech recognition writes it so, and
# normalisation reads a texted "u" as "you" too; inside a spelling it is the letter.
_LETTER = r"[a-z](?![\w'])"
LETTER_RUN = re.compile(rf"(?<![\w']){_LETTER}(?: (?:{_LETTER}|you(?![\w']))){{2,}}")


def spelled_word(letters: str) -> str:
    """ "d you n l e a v y" -> "dunleavy"."""
    return "".join("u" if letter == "you" else letter for letter in letters.split())


def _fitted(word: str, text: str) -> str:
    """ "with a C, not a K: C-A-T-H-A-R-I-N-E, Catharine": letters said just before a spelling
    ("a k") run into it; the spelling is the word said whole that its letters end with."""
    said = set(LETTER_RUN.sub(" ", text).split()) - {_BREAK}
    for start in range(1, len(word) - 2):
        if word[start:] in said:
            return word[start:]
    return word


def spelled_words(text: str) -> list[str]:
    return [_fitted(spelled_word(m[0]), text) for m in LETTER_RUN.finditer(text)]


def without_spellings(text: str) -> str:
    return LETTER_RUN.sub(" ", text)


_BREAK = "|"


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
    for m in LETTER_RUN.finditer(text):
        words += text[end : m.start()].split()
        if (word := _fitted(spelled_word(m[0]), text)) not in words:
            words.append(word)
        end = m.end()
    if not end:
        return norm
    words += text[end:].split()
    words = [w for w in words if w != _BREAK]
    # "K-Y-L-E Kyle": spelled, then said.
    once = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return normalise(" ".join(once))
