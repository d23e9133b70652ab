"""How a caller's name is written: in their own spelling when they typed it ("María",
"Lee-Oduya"), else the way names are written ("McAllister", "O'Brien", "Dr. Patel")."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.name_words import PARTICLES
from switchboard.assistant.understanding.normalise import fold

# Said before a name, and part of how the caller wants to be called ("Dr. Patel", "la señora
# Martínez"); written with its period when it is an abbreviation.
HONORIFICS = {"mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "dr": "Dr.",
              "doctor": "Doctor", "sr": "Sr.", "sra": "Sra.", "srta": "Srta.", "senor": "Señor",
              "senora": "Señora", "senorita": "Señorita", "don": "Don", "dona": "Doña",
              "doctora": "Doctora"}  # fmt: skip


def cased(word: str) -> str:
    """A name written the way it is spelled when it was only heard: "mcallister" ->
    "McAllister", "o'brien" -> "O'Brien", "lee-oduya" -> "Lee-Oduya"."""
    parts = re.split(r"([-'])", word.lower())
    out = []
    for i, part in enumerate(parts):
        after_letter = i >= 2 and parts[i - 1] == "'" and len(parts[i - 2]) == 1
        if part in {"-", "'"} or (i >= 2 and parts[i - 1] == "'" and not after_letter):
            out.append(part)  # "dana's" stays as it is; "o'brien" does not
        elif part.startswith("mc") and len(part) > 3:
            out.append("Mc" + part[2].upper() + part[3:])
        else:
            out.append(part[:1].upper() + part[1:])
    return "".join(out)


def as_written(raw: str, name: str) -> str:
    """Give back the caller's own spelling ("María", "Lee-Oduya", "McAllister") when the raw
    text has it: as typed when it was typed with capitals, else in a name's usual casing."""
    folded = fold(raw)
    parts = name.split()
    if len(folded) == len(raw):
        joined = r"\.?[\s-]+".join(re.escape(p) for p in name.lower().split())
        m = re.search(rf"(?<![\w'])({joined})(?![\w'])", folded)
        if m is not None:
            said = raw[m.start() : m.end()]
            typed = any(c.isupper() for c in said) and any(c.islower() for c in said)
            parts = [p if typed else p.lower() for p in said.split()]
    parts = [p if i and p in PARTICLES else cased(p) if p.islower() else p
             for i, p in enumerate(parts)]  # fmt: skip
    title = HONORIFICS.get(fold(parts[0]).rstrip("."))
    if title and len(parts) > 1:
        parts[0] = title
    return " ".join(parts)


def hyphens_as_typed(raw: str, name: str) -> str:
    """ "Name: Sung-min Yoo (S-U-N-G dash M-I-N ...)": a name read from its spelling, written
    with the hyphen the caller typed between its parts, in the caller's own letters."""
    folded = fold(raw)
    if len(folded) != len(raw) or len(name.split()) < 2:
        return name
    joined = r"[\s-]+".join(re.escape(p) for p in fold(name).split())
    for m in re.finditer(rf"(?<![\w'-])({joined})(?![\w'-])", folded):
        said = raw[m.start() : m.end()]
        if "-" in said and " ".join(said.replace("-", " ").split()).lower() == fold(name):
            return " ".join(said.split())
    return name
