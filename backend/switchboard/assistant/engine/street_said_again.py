"""The same street said again to correct one part of it ("seven forty Ponce de Leon Avenue,
not Place", "es la avenida, no la calle"): the parts the caller did not say again stay. The
compass point after the street ("NE") or before it ("South"), the unit and the town of the
address on the table are kept when the new one has the same house number and street name
and leaves them out; a new value for any of them still replaces the old."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from switchboard.assistant.understanding.address import SUFFIXES
from switchboard.assistant.understanding.model import Address

_KINDS = set(SUFFIXES.split("|")) | {"avenue", "street", "calle", "avenida"}
_COMPASS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "norte", "sur", "este",
            "oeste"}  # fmt: skip
_UNIT = re.compile(r"\s+((?:Apt|Unit|Suite|#)\s?\S+)$", re.IGNORECASE)


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
    before = rest.pop(0) if len(rest) > 1 and rest[0].lower() in _COMPASS else ""
    after = rest.pop() if len(rest) > 1 and rest[-1].lower() in _COMPASS else ""
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
