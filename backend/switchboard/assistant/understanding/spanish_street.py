"""Spanish street order: the kind of street first ("el 804 de la calle Shaver en Pasadena",
"3210 oeste avenida McDowell"), or the number last ("la calle Fulton número 345")."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_repair import repaired
from switchboard.assistant.understanding.address_words import (
    STOP_AFTER,
    SUFFIXES,
    house_number,
    title,
)
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Address, Extracted
from switchboard.assistant.understanding.street_parts import (
    in_queens,
    ordinal,
    queens_number,
    town_at_end,
)

# Spanish puts the kind of street first: "el 804 de la calle Shaver en Pasadena", "novecientos
# cuatro de la avenida Southwest Boulevard". "La calle X" is how one says "X Street" and is
# written so ("4210 Tejon Street"); "Calle Real" with no article is a street named so.
# A numbered street keeps its number: "el 1022 de la calle South 55th Street".
# "La calle 168", "avenida 37": a numbered street said by its number ("168th Street").
_NAME_WORD = r"(?:[a-z][a-z']*|[0-9]+(?:st|nd|rd|th))"
SPANISH_STREET = re.compile(
    r"(?<![\w'])([0-9]+(?: [0-9]+){0,3}) (?:de )?(la |el )?(calle|avenida|camino|carretera) "
    rf"((?:{_NAME_WORD}|[1-9][0-9]{{0,2}}(?![\w']))(?: {_NAME_WORD}){{0,6}})"
)
# Where a Spanish street name ends: "... en Houston", "... y la cita ...".
_SPANISH_STOPS = {"en", "y", "por", "para", "cerca", "entre", "que", "pero", "a",
                  "apartamento", "departamento", "depto", "numero", "casa", "es",
                  "esta", "no", "perdon"}  # fmt: skip
# The caller going on to say who they are: "... en Houston soy Araceli Domínguez".
_SELF_INTRODUCED = {"soy", "me", "mi", "habla", "le", "my", "i'm", "im", "this", "it's"}
_SPANISH_KIND = {"avenida": "Avenue", "carretera": "Highway", "calle": "Street"}


# A street of a grid named with its compass point first, as said in Spanish in Phoenix or
# Houston: "3210 oeste avenida McDowell" is 3210 West McDowell Avenue, "3105 norte calle 32"
# is 3105 North 32nd Street.
GRID_STREET = re.compile(
    r"(?<![\w'])([0-9]+(?: [0-9]+){0,3}) (?:de )?(?:la |el )?(norte|sur|este|oeste) "
    r"(calle|avenida) ([0-9]{1,3}(?![\w'])|[a-z][a-z']*)((?: [a-z][a-z']*){0,4})"
)
_SPANISH_COMPASS = {"norte": "North", "sur": "South", "este": "East", "oeste": "West"}
_GRID_KIND = {"calle": "Street", "avenida": "Avenue"}
# The name said after the kind that keeps the kind first: a letter, a highway's number.
_NAMED_AFTER_KIND = {"avenida": r"[a-z]", "carretera": r"[a-z]|[0-9]{1,4}"}


def _grid_street(text: str) -> Extracted[Address] | None:
    """The last `GRID_STREET` of the turn (a caller who corrects the street says it again).
    Of the words after a named street, the last is the town unless "en" marks it; a
    numbered street is the number alone."""
    found = list(GRID_STREET.finditer(text))
    if not found:
        return None
    m = found[-1]
    first, after = m.group(4), m.group(5).split()
    if first in _SPANISH_STOPS or first in STOP_AFTER:
        return None
    said: list[str] = []
    while after and len(said) < 4 and after[0] not in _SPANISH_STOPS | STOP_AFTER:
        said.append(after.pop(0))
    name = [ordinal(first) if first.isdigit() else first]
    if after[:2] and after[0] == "en":  # "... avenida Indian School en Phoenix"
        name += [] if first.isdigit() else said
        city = after[1:2] if after[1] not in _SPANISH_STOPS | STOP_AFTER else []
    else:
        if not first.isdigit():
            name += said[:-1]  # "... avenida Indian School Phoenix": the town comes last
            said = said[-1:]
        city = [] if all(is_common(w, "es") for w in said) else said
    number = m.group(1).split()
    if len(number) > 1 and re.search(r"(?<![\w'])no (?:la|el) $", text[: m.start()]):
        number.pop(0)  # "... no la 14, 800 norte calle 40": 14 was the street said wrong
    street = " ".join([_SPANISH_COMPASS[m.group(2)], *name, _GRID_KIND[m.group(3)]])
    line1 = title(f"{house_number(' '.join(number))} {street}")
    return Extracted(Address(line1=line1, city=title(" ".join(city))), 0.85)


# "La calle Fulton número 345": the street, then its number.
SPANISH_NUMBER_LAST = re.compile(
    r"(?<![\w'])(la |el )?(calle|avenida|camino|carretera) ((?:[a-z][a-z']*)(?: [a-z][a-z']*)"
    r"{0,3}?) (?:numero |no |# )?([0-9]+(?: [0-9]+){0,3})(?![\w'])((?: [a-z][a-z']*){0,4})"
)


# "Noventa y cuatro catorce treinta y siete avenida Jackson Heights": a house number in groups,
# then the numbered street said as Spanish orders it, its number before its kind ("la treinta
# y siete avenida" is 37th Avenue), then the neighbourhood.
NUMBER_BEFORE_KIND = re.compile(
    r"(?<![\w'])([0-9]+(?: [0-9]+){2,3}) (calle|avenida)((?: [a-z][a-z']*){0,4})(?![\w'])"
)


def _number_before_kind(text: str, towns: tuple[str, ...]) -> Extracted[Address] | None:
    m = NUMBER_BEFORE_KIND.search(text)
    if m is None:
        return None
    *house, street_number = m.group(1).split()
    if not re.fullmatch(r"[1-9][0-9]{0,2}", street_number):
        return None
    street = f"{ordinal(street_number)} {_GRID_KIND[m.group(2)]}"
    number = house_number(" ".join(house))
    if in_queens(text, towns):
        number = queens_number(" ".join(house), street) or number
    town: list[str] = []
    ends = _SPANISH_STOPS | STOP_AFTER | _SELF_INTRODUCED
    for word in m.group(3).split():
        if word == "en" and not town:
            continue  # "... 82 calle en Jackson Heights"
        if word in ends:
            break
        town.append(word)
    return Extracted(Address(line1=title(f"{number} {street}"), city=title(" ".join(town))), 0.85)


def spanish_street(text: str, towns: tuple[str, ...] = ()) -> Extracted[Address] | None:
    if grid := _grid_street(text):
        return grid
    if numbered := _number_before_kind(text, towns):
        return numbered
    m = SPANISH_STREET.search(text)
    if m is not None:
        name_at = (m.start(4), m.start(4) + len(m[4].split()[0]))
        if (fixed := repaired(text, m.span(1), name_at)) is not None:
            m = SPANISH_STREET.search(fixed)  # "el 912 de la calle Pecan, no perdón, el 921 Pecan"
    if m is None:
        if (n := SPANISH_NUMBER_LAST.search(text)) is None or n.group(3).split()[0] in STOP_AFTER:
            return None
        # Said again in the usual order: "345 de la calle Fulton ...". In this order the
        # caller is speaking Spanish, so "calle Pine 455" is Pine, article or not.
        article = n.group(1) or "la "
        m = SPANISH_STREET.search(f"{n.group(4)} de {article}{n.group(2)} {n.group(3)}{n.group(5)}")
        if m is None:
            return None
    said = m.group(4).split()
    name: list[str] = []
    while said and said[0] not in _SPANISH_STOPS and said[0] not in STOP_AFTER:
        name.append(said.pop(0))
    if not name:
        return None
    city: list[str] = []
    if said and said[0] == "en":
        said.pop(0)
        while said and len(city) < 3 and said[0] not in _SPANISH_STOPS | _SELF_INTRODUCED:
            city.append(said.pop(0))
    elif name[0].isdigit():
        name, city = name[:1], name[1:]  # "calle 168 jamaica queens": the town follows
        if city[:1] and city[0] in _SPANISH_COMPASS:
            name, city = [*name, city[0]], city[1:]  # "calle 15 este kansas city"
        city = city[:3]
    elif len(name) > 1:
        # "la calle Shaver Pasadena", "la calle Fulton Houston Texas": a town the business
        # serves, or one before a state, ends the street's name.
        name, city = town_at_end(name, towns)
    kind, street, article = m.group(3), " ".join(name), bool(m.group(2))
    if re.fullmatch(_NAMED_AFTER_KIND.get(kind, "$^"), name[0]):
        # "la avenida D" is Avenue D, "la carretera 6" Highway 6: the kind first in English
        # too, as a street named by a letter or a highway by its number is written.
        street, city = f"{_SPANISH_KIND[kind]} {name[0]}", city or name[1:4]
    elif name[0].isdigit() and kind in _GRID_KIND:  # "calle 168" is 168th Street
        # "la calle quince este" is East 15th Street: the point comes first in English.
        point = [_SPANISH_COMPASS[w] for w in name[1:2] if w in _SPANISH_COMPASS]
        rest = name[1 + len(point) :]
        street = " ".join([*point, ordinal(name[0]), *rest, _GRID_KIND[kind]])
    elif re.search(rf"(?:^| )(?:{SUFFIXES})$", street):
        pass  # "la avenida Southwest Boulevard", "la calle Telephone Road": the name says it all
    elif article and kind in _SPANISH_KIND:
        # "la avenida Broadway" is Broadway Avenue, "la calle Tejon" Tejon Street: the kind
        # said in Spanish, written as it is in English.
        street = f"{street} {_SPANISH_KIND[kind]}"
    else:
        street = f"{kind} {street}"  # "Camino Real", "Calle Real": part of the name
    number = house_number(m.group(1))
    if in_queens(text, towns):  # "87 21 calle 168": 87-21 168th Street
        number = queens_number(m.group(1), street) or number
    line1 = title(f"{number} {street}")
    return Extracted(Address(line1=line1, city=title(" ".join(city))), 0.85)
