"""The units a caller names around the street, beyond the one said right after it: a building
with its apartment ("8830 N 43rd Ave, Phoenix, building C apt 117", "apartamento 214 edificio
b"), a unit said after the town or further on ("... Overland Park, el edificio de atrás,
apartamento 12", "... Atlanta unit b, it's a duplex"), and a unit put right later in the turn
("unit fourteen, Lenexa, oh wait sorry, unit forty ... it's forty not fourteen").

A building is written first, as complexes number them: "Bldg C Apt 117".
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_repair import SELF_REPAIR
from switchboard.assistant.understanding.address_words import unit_text

# A building named by a letter or a short number; "a" only where nothing follows it, so "the
# building a block over" names none. "The building by the mailboxes", "el edificio de atrás"
# name no building either.
_ID = r"(?:[0-9]{1,3}|[b-hj-z]|[ai](?= \||$))(?![\w'])"
_BUILDING = re.compile(rf"(?<![\w'])(?:building|bldg|edificio)(?: number| numero| #)? ({_ID})")
# What makes the number after "building" or "unit" a count: "a building 3 stories up", "the
# unit is 2 years old".
_COUNTED = {"stories", "story", "floors", "floor", "blocks", "block", "years", "year", "days",
            "weeks", "months", "hours", "minutes", "times", "doors", "down", "over", "away",
            "am", "pm", "oclock", "tons", "ton", "people", "units", "pisos", "anos", "dias",
            "cuadras"}  # fmt: skip
# A unit named by its word, however far after the street: a number, or a letter.
_UNIT = re.compile(
    r"(?<![\w'])(?:apt|apartment|apartamento|unit|suite|depto|departamento)"
    rf" ?((?:[0-9]+(?: [0-9]+)*(?: ?[a-z](?![\w']))?|{_ID}))(?![\w'])"
)
# "The AC unit", "the outdoor unit 2 ...": the equipment, not a unit of the building.
_EQUIPMENT_BEFORE = {"the", "a", "ac", "outside", "outdoor", "indoor", "condenser", "that",
                     "this", "each", "every", "pump", "heating", "cooling", "handler", "air",
                     "main", "old", "new", "whole"}  # fmt: skip
# "It's forty not fourteen": a unit said again with the one it replaces.
_NOT = re.compile(r"(?<![\w'])([0-9]+[a-z]?) not (?:unit |apt |apartment )?([0-9]+[a-z]?)(?![\w'])")
_MOST_WORDS_AFTER = 14


def _counted(text: str, end: int) -> bool:
    following = text[end:].split()[:1]
    return bool(following) and following[0] in _COUNTED


def building_out(text: str) -> tuple[str, str]:
    """The building said in the turn (the last one, a caller who corrects it says it again),
    and the text with every building taken out so the street's unit and town read as before."""
    found = [m for m in _BUILDING.finditer(text) if not _counted(text, m.end())]
    if not found:
        return "", text
    for m in reversed(found):
        text = f"{text[: m.start()].rstrip()}{text[m.end() :]}"
    return found[-1][1].upper(), text


def with_building(unit: str, building: str) -> str:
    """ "Apt 117" in building C is "Bldg C Apt 117"."""
    return " ".join(p for p in (f"Bldg {building}" if building else "", unit) if p)


def _window(after: str) -> str:
    return " ".join(after.split()[:_MOST_WORDS_AFTER])


def _units(after: str) -> list[re.Match[str]]:
    found = []
    for m in _UNIT.finditer(after):
        before = after[: m.start()].split()[-1:]
        if m[0].startswith("unit") and before and before[0] in _EQUIPMENT_BEFORE:
            continue
        if not _counted(after, m.end()):
            found.append(m)
    return found


def later_unit(unit: str, after: str) -> str:
    """The unit of the address said after its street (`after`, the words that follow it):
    `unit` as read so far, else one named later in the turn; a later one replaces it only
    after a self-repair ("unit 14 Lenexa oh wait sorry no unit 40"); "40 not 14" said of the
    unit puts it right whatever came before."""
    after = _window(after)
    units = _units(after)
    if not unit and units:
        unit = unit_text(units[0][0])
    if len(units) > 1 and SELF_REPAIR.search(after, units[0].end(), units[-1].start()):
        unit = unit_text(units[-1][0])
    if unit and (m := _NOT.search(after)) is not None:
        said = {u[1].replace(" ", "") for u in units} | {unit.split()[-1].lower()}
        if m[2] in said and m[1] != m[2]:
            unit = f"{' '.join(unit.split()[:-1])} {m[1]}".strip()
    return unit
