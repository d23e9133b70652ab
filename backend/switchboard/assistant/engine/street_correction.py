"""The street of the address on the table corrected, in either of two ways.

- Said again whole to correct one part of it (`kept`): "seven forty Ponce de Leon Avenue, not
  Place", "es la avenida, no la calle". The compass point after the street ("NE") or before it
  ("South"), the unit and the town of the address on the table are kept when the new one has
  the same house number and street name and leaves them out; a new value for any of them still
  replaces the old.
- Its kind rejected and another said (`corrected`): "sorry, it's north seventh avenue not
  street", "es avenida, no calle", "Drive, not Road": only the kind changes.
- Its name rejected and another said (`corrected`): "no sorry, it's West 78th Street, not
  87th", "no es Airline, es Irvington, Irvington Boulevard". The caller names the street on
  the table to reject it and says another; the house number and the town stay, the street is
  replaced."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from switchboard.assistant.understanding.address_words import SUFFIXES
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Address
from switchboard.assistant.understanding.numbered_street_said import as_ordinals

_KINDS = set(SUFFIXES.split("|")) | {"avenue", "street", "calle", "avenida"}
KIND = re.compile(rf"^(?:{SUFFIXES})$")
COMPASS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "norte", "sur", "este",
            "oeste"}  # fmt: skip
_UNIT = re.compile(r"\s+((?:Apt|Unit|Suite|#)\s?\S+)$", re.IGNORECASE)


# The same street said again.


@dataclass(frozen=True, slots=True)
class _Street:
    number: str
    before: str  # the compass point before the name, as written ("South")
    name: tuple[str, ...]  # the name's words without its kind or compass points
    after: str  # the compass point after the name ("NE")


def _street(line1: str) -> _Street | None:
    words = line1.split()
    if len(words) < 2 or not words[0][:1].isdigit():
        return None
    rest = words[1:]
    before = rest.pop(0) if len(rest) > 1 and rest[0].lower() in COMPASS else ""
    after = rest.pop() if len(rest) > 1 and rest[-1].lower() in COMPASS else ""
    name = tuple(w.lower() for w in rest if w.lower() not in _KINDS)
    return _Street(words[0], before, name, after) if name else None


def kept(on_table: str | None, said: Address) -> str:
    """The address to keep when `said` replaces the one `on_table` (as written, "740 Ponce
    De Leon Place NE, Atlanta")."""
    if not on_table or not said.line1:
        return said.one_line()
    first, _, town = on_table.partition(", ")
    unit = ""
    if m := _UNIT.search(first):
        first, unit = first[: m.start()], m.group(1)
    old, new = _street(first), _street(said.line1)
    if old is None or new is None or (old.number, old.name) != (new.number, new.name):
        return said.one_line()
    words = said.line1.split()
    if old.before and not new.before:
        words.insert(1, old.before)
    if old.after and not new.after:
        words.append(old.after)
    again = replace(said, line1=" ".join(words), unit=said.unit or unit)
    said_town = said.city or said.state or said.postal_code
    return ", ".join(p for p in (again.one_line(), "" if said_town else town) if p)


# The street's name rejected and another said.

_REJECTING = re.compile(
    r"(?<![\w'])(?:not|no|sorry|perdon|wrong|mistake|meant|equivoque|flip|flipped)(?![\w'])"
)
_ORDINAL = re.compile(r"^[0-9]+(?:st|nd|rd|th)$")
# "es irvington", "it's irvington": the street said instead, with no kind of street after it.
_SAID_INSTEAD = re.compile(r"(?<![\w'])(?:es|it's|its|it is|on) ([a-z]+)(?![\w'])")


def _street_words(line: str) -> tuple[str, list[str], str]:
    """ "409 West 87th Street, Kansas City" -> ("409", ["west", "87th", "street"], ", Kansas
    City")."""
    head, comma, rest = line.partition(",")
    words = head.split()
    return words[0], [w.lower() for w in words[1:]], comma + rest


def corrected(address: str | None, text: str) -> str | None:
    """The address with its street replaced, when this turn rejects the street's name (saying
    it) and says another street of the same kind: a numbered street for a numbered one, a
    named one for a named one."""
    if not address or not address[:1].isdigit() or _REJECTING.search(text) is None:
        return None
    if (kind := _kind_corrected(address, text)) is not None:
        return kind
    text = as_ordinals(text)  # "sorry, west one thirty fifth": 135th, never 35th
    number, street, rest = _street_words(address)
    names = [w for w in street if w not in COMPASS and not KIND.match(w)]
    if (instead := _rejected_whole(text, names, street)) is not None:
        return f"{number} {' '.join(instead)}{rest}"
    tokens = text.split()
    if len(names) != 1:
        return None
    old = names[0]
    if old not in tokens and not _ORDINAL.match(old):
        # "*Hillcroft, perdón, el corrector": the name typed again as it should have been.
        near = [t for t in tokens if _a_street_name(t) and _misspelt(old, t)]
        if len(near) != 1:
            return None
        return f"{number} {' '.join(_cased(near[0] if w == old else w) for w in street)}{rest}"
    if _ORDINAL.match(old):
        # "wait no, it's west twenty first street": with the old number unsaid, the new one
        # is said as this street is, its compass point before it or its kind after it.
        new = [t for t in tokens if _ORDINAL.match(t) and t != old]
        if old not in tokens:
            new = [t for t in new if _as_the_street(tokens, t, street)]
        if not new:
            return None
        words: list[str] | None = [new[0] if w == old else w for w in street]
    else:
        words = _named_instead(tokens, text, old, street)
    if words is None:
        return None
    return f"{number} {' '.join(_cased(w) for w in words)}{rest}"


# "avenue not street", "es avenida, no calle": one kind of street said in place of another.
_KIND_WORD = rf"(?:{SUFFIXES})"
_KIND_INSTEAD = re.compile(
    rf"(?<![\w'])(?:an? |la |el )?({_KIND_WORD}),? (?:not|no) (?:an? |la |el )?({_KIND_WORD})"
    r"(?![\w'])"
)
# A kind as the address writes it, said either way.
_KIND_WRITTEN = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive",
                 "ln": "lane", "blvd": "boulevard", "ct": "court", "pl": "place",
                 "ter": "terrace", "cir": "circle", "pkwy": "parkway", "hwy": "highway",
                 "trl": "trail", "calle": "street", "avenida": "avenue"}  # fmt: skip


def _kind_corrected(address: str, text: str) -> str | None:
    """The address with its kind of street replaced, when this turn says the new kind in
    place of the one on the table ("seventh avenue not street")."""
    m = _KIND_INSTEAD.search(text)
    if m is None:
        return None
    new, old = (_KIND_WRITTEN.get(k, k) for k in (m[1], m[2]))
    if new == old:
        return None
    number, street, rest = _street_words(address)
    at = [i for i, w in enumerate(street) if KIND.match(w) and _KIND_WRITTEN.get(w, w) == old]
    if not at or at[-1] == 0:
        return None  # the street on the table is of another kind: nothing to put right
    words = address.partition(",")[0].split()[1:]  # as written: "NE" stays "NE"
    words[at[-1]] = new.capitalize()
    return f"{number} {' '.join(words)}{rest}"


# "not Highland Avenue, it's Highland View Northeast": the street on the table said to reject
# it, then the one it is, ending at its kind or its compass point.
_NOT_THIS = re.compile(
    r"(?<![\w'])(?:not|no es) (?:on |la |el )?((?:[a-z0-9']+ ){1,4}?)"
    r"(?:it's|its|it is|it's on|es) ((?:[a-z0-9']+ ?){1,5})"
)
_SHORT_POINT = {"northeast": "NE", "northwest": "NW", "southeast": "SE", "southwest": "SW"}


def _rejected_whole(text: str, names: list[str], street: list[str]) -> list[str] | None:
    """The street said instead of the one on the table, when the caller rejected that one by
    its name ("not highland avenue") and said the other up to its kind or compass point ("it's
    highland view northeast", "it's oak court"); None when the new one names neither."""
    m = _NOT_THIS.search(text)
    if m is None or not names or not set(names) <= set(m[1].split()):
        return None
    # "es irvington, irvington boulevard": a word said again is said once
    words = [w for i, w in enumerate(m[2].split()[:6]) if not i or w != m[2].split()[i - 1]]
    said: list[str] = []
    for at, word in enumerate(words):
        said.append(word)
        named = [w for w in said[:-1] if w not in COMPASS and not KIND.match(w)]
        if named and word in COMPASS:
            break  # "highland view northeast"
        if named and KIND.match(word):
            said += [w for w in words[at + 1 : at + 2] if w in COMPASS]  # "oak court ne"
            break
    else:
        return None
    named = [w for w in said if w not in COMPASS and not KIND.match(w)]
    if said == street or not all(w.isalpha() or _ORDINAL.match(w) for w in named):
        return None
    return [_SHORT_POINT.get(w, _cased(w)) for w in said]


def _as_the_street(tokens: list[str], ordinal: str, street: list[str]) -> bool:
    """ "west 21st", "21st street": the ordinal said with this street's compass point or kind."""
    for at, token in enumerate(tokens):
        if token != ordinal:
            continue
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if (before in COMPASS and before in street) or (after in street and KIND.match(after)):
            return True
    return False


def _named_instead(tokens: list[str], text: str, old: str, street: list[str]) -> list[str] | None:
    """The named street said in place of `old`: a word before a kind of street ("irvington
    boulevard"), else one said as what it is ("es irvington"); never an everyday word."""
    for i, token in enumerate(tokens[:-1]):
        if token != old and KIND.match(tokens[i + 1]) and _a_street_name(token):
            compass = [w for w in street if w in COMPASS]
            return [*compass, token, tokens[i + 1]]
    for m in _SAID_INSTEAD.finditer(text):
        if m[1] != old and _a_street_name(m[1]):
            return [m[1] if w == old else w for w in street]
    return None


def _misspelt(old: str, new: str) -> bool:
    """ "Hillcrest" for "Hillcroft", as a phone's autocorrect or a slip of the ear changes a
    name: the same beginning and most of the letters, but not the same word."""
    shared = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)),
    )
    alike = SequenceMatcher(None, old, new).ratio() >= 0.6 or shared >= 5  # "Maple-" kept
    # "Maple" for "Maplewood" is the street said short, or a tree, not a name put right.
    return not old.startswith(new) and shared >= 3 and alike


def _a_street_name(word: str) -> bool:
    return word.isalpha() and not is_common(word, "en") and not is_common(word, "es")


def _cased(word: str) -> str:
    return word if _ORDINAL.match(word) else word.capitalize()
