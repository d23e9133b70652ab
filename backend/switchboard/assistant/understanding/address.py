"""US service addresses, with unit numbers, from a sentence that says other things too
("my water heater burst at 12 Oak St apt 3, this is Dana"), and "same address as last time".

A street-number anchor finds the candidate span; `usaddress` labels its parts.
"""

from __future__ import annotations

import re
from dataclasses import replace

import usaddress

from switchboard.assistant.understanding.address_repair import (
    DISOWNED,
    SELF_REPAIR,
    repaired,
    repaired_unit,
)
from switchboard.assistant.understanding.address_units import (
    building_out,
    later_unit,
    with_building,
)
from switchboard.assistant.understanding.address_words import (
    STOP_AFTER,
    SUFFIXES,
    UNIT,
    house_number,
    title,
    unit_text,
)
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.lot_numbers import lot_run_into, lot_said, lot_starts
from switchboard.assistant.understanding.model import Address, Context, Expecting, Extracted
from switchboard.assistant.understanding.months import MONTHS
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.numbered_street_said import as_ordinals
from switchboard.assistant.understanding.phrases import affirmed, words
from switchboard.assistant.understanding.spanish_street import (
    SPANISH_NUMBER_LAST,
    SPANISH_STREET,
    spanish_street,
)
from switchboard.assistant.understanding.street_parts import (
    in_queens,
    queens_number,
    street_from_number,
)
from switchboard.assistant.understanding.street_said_apart import street_said_apart
from switchboard.assistant.understanding.weekdays import WEEKDAYS

# A house number may be said in groups ("nine oh five", "forty four ten"); a unit too
# ("apartment two twelve"). `CLAUSE` marks where the caller's punctuation ended a sentence
# ("9. Dana Ruiz, 214 Oak St"): a house number and its street are never on both sides of
# one, a unit and a town may be ("214 Oak St, Apt 4, Brooklyn").
CLAUSE = " |"
# The street along one side of a park, named by the park and the side: "Prospect Park W",
# "Central Park South" ("park" alone is no street kind: "Linda Park" is somebody).
_PARK_SIDE = r"park(?= (?:n|s|e|w|north|south|east|west)(?![\w']))"
# The compass point said in Spanish after the street ("Hollywood Road noroeste"); "este" is
# also "this", so only where nothing but the town follows ("... road este en Atlanta").
_SPANISH_POINT_AFTER = (r"noroeste|noreste|nordeste|suroeste|sudoeste|sureste|sudeste|norte|"
                        r"sur|oeste|este(?= en |$| \|)")  # fmt: skip
ANCHOR = re.compile(
    # A bare number is never inside the street's name: "10. Dana Ruiz 47 Elm St" is 47.
    # The number may come in up to eight groups, said twice over ("fourteen oh two, one four
    # zero two") or after a phone number: `house_number` makes one number of them.
    rf"(?<![\w'])([0-9]+(?:[ -][0-9]+){{0,7}}(?: [a-z])?) ((?:(?![0-9]+ )[a-z0-9']+ ){{0,4}}?"
    # A street named by a kind ("Court Street", "Terrace Avenue") is the name, then its kind.
    rf"(?:(?:{SUFFIXES})(?! (?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd)(?![\w']))|"
    rf"{_PARK_SIDE})"
    r"(?: (?:n|s|e|w|ne|nw|se|sw|north|south|east|west|northeast|northwest|southeast|"
    rf"southwest|{_SPANISH_POINT_AFTER}))?)(?![\w'])"
    rf"((?:(?: \|)? {UNIT} ?[a-z0-9]+(?: [0-9]+)*(?: [a-z](?![\w']))?)?)"
    r"((?:(?: \|)? [a-z0-9]+){0,6})?(?![\w'])"
)
# Streets named by their kind first and a letter or number after: "Avenue J", "Highway 6".
KIND_FIRST = re.compile(r"(?:avenue|ave|av|highway|hwy|county road|farm road)")
NAMED_AFTER = re.compile(r" ([a-z]|[0-9]{1,4})(?![\w'])")
# Texting shorthand made "Avenue U" into "avenue you": the raw text still has the letter.
_AVENUE_U = re.compile(r"(?<![\w'])(?:avenue|ave|av)\.? u(?![\w'])", re.IGNORECASE)
# A unit said on its own ("no, it's apartment 4"): it corrects the unit of the address given.
# A letter needs its space: "apartment b" is a unit, "units" is not "Unit S".
UNIT_ONLY = re.compile(
    r"(?<![\w'])(apt|apartment|apartamento|unit|suite|ste|depto|departamento|#)"
    r"(?: ?[0-9]+(?: [0-9]+)*(?: ?[a-z](?![\w']))?| [a-z](?![\w']))"
)
# A unit named by its word after the town; "#" or "no" there may be anything.
_LATE_UNIT = re.compile(
    r"(?<![\w'])(?:apt|apartment|apartamento|unit|suite|depto|departamento)"
    r" ?[0-9]+(?: [0-9]+)*(?: ?[a-z](?![\w']))?"
)
# When the address was asked for, a number and a name are enough ("1500 Broadway").
# Never an hour ("a las dos recojo a los niños" is 2 o'clock, not 2 Recojo A Los Niños).
_AN_HOUR_BEFORE = r"(?<!a las )(?<!a la )(?<!at )(?<!around )(?<!after )(?<!before )(?<!till )"
BARE = re.compile(
    rf"(?<![\w']){_AN_HOUR_BEFORE}([0-9]+(?: [0-9]+){{0,3}}) "
    r"((?:[a-z][a-z']*)(?: [a-z][a-z']*){0,3})"
)
NOT_STREET = {"am", "pm", "oclock", "days", "day", "weeks", "week", "minutes", "hours",
              "outlets", "lights", "years", "people", "kids"}  # fmt: skip
# "Same address as last time" and its cousins: the caller means the address on their record.
_PLACE = r"(?:address|place|house|home|location|spot|property|building)"
_BEFORE = (r"(?:last time|before|last visit|the last visit|usual|always|previously|the other "
           r"time|last year|the last time)")  # fmt: skip
SAME = words(
    rf"(?:the )?same {_PLACE}(?: (?:as|like) {_BEFORE})?",
    rf"same as {_BEFORE}",
    rf"(?:the |my |our )?usual {_PLACE}",
    rf"(?:the )?{_PLACE} (?:you (?:guys )?(?:already )?(?:have|got)(?: on file)?|on (?:file|record|"
    r"my account))",
    rf"(?:the )?{_PLACE} (?:from|of) (?:last time|before|the last (?:visit|appointment|job))",
    r"(?:where|the place) you (?:guys )?(?:came|were|went|worked|come)(?: out)?(?: to)? "
    r"(?:last time|before)",
    r"you (?:guys )?(?:already )?have (?:my|the|our) address",
    r"(?:la )?misma (?:direccion|casa|dirreccion)",
    r"(?:el )?mismo (?:lugar|domicilio)",
    r"(?:la )?(?:direccion|casa) (?:de siempre|que (?:ya )?tienen|de la ultima vez|de antes)",
    r"donde (?:vinieron|fueron|estuvieron) (?:la )?(?:ultima|otra) vez",
    r"ya tienen (?:mi|la) direccion",
)
# "The same one" names the address only when the address is what was asked for.
SAME_ONE = words(r"(?:the )?same (?:one|as always)")
STATES = {"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in",
          "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
          "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
          "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"}  # fmt: skip
_TOWN_ENDS = {"needs", "need", "has", "have", "had", "was", "are", "its", "a", "an", "our",
              "their", "his", "her", "necesita", "tiene", "es", "esta", "el", "la",
              "mi",
              # "... en houston tengo el drenaje tapado": the caller goes on with what is wrong
              "tengo", "tenemos", "estoy", "estamos", "vivo", "vivimos", "quiero", "quisiera",
              "necesito", "necesitamos", "se", "y", "pero", "porque", "donde"}  # fmt: skip


_STATE_OR_WORD = {"or", "in", "me", "oh", "ok", "hi", "la", "pa", "de", "co", "id", "al",
                  "ma", "mo", "ne"}  # fmt: skip
_SPANISH_POINT = {"norte": "north", "sur": "south", "este": "east", "oeste": "west"}
_SPANISH_COMPASS = re.compile(r"^(norte|sur|este|oeste)(?= \S+ \S)")
_SPANISH_POINT_LAST = {"norte": "n", "sur": "s", "este": "e", "oeste": "w", "noroeste": "nw",
                       "noreste": "ne", "nordeste": "ne", "suroeste": "sw", "sudoeste": "sw",
                       "sureste": "se", "sudeste": "se"}  # fmt: skip
_COMPASS = {"northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw"}


def _compass(word: str) -> str:
    """ "Northeast" after a street name is written NE."""
    return _COMPASS.get(word.lower(), word)


def _trim_tail(tail: str) -> str:
    """Keep a city/state/ZIP tail only when it ends like one; otherwise it is the next thing
    the caller said ("... this is Dana")."""
    words_ = tail.split()
    said = len(words_)

    def ends_like_one(w: str) -> bool:
        # "... Brooklyn fri or next mon": a state that is also a word ("or", "in", "me") ends
        # the tail only when nothing follows it.
        state = w in STATES and (w not in _STATE_OR_WORD or len(words_) == said)
        return state or re.fullmatch(r"[0-9]{5}", w) is not None

    while words_ and not ends_like_one(words_[-1]):
        words_.pop()
    kept: list[str] = []
    for w in words_:
        if w in STOP_AFTER:
            break
        kept.append(w)
    return " ".join(kept)


def street_start(norm: Normalised) -> int | None:
    """Where an address begins in the turn's text, in English or Spanish order ("10. Dana
    Ruiz 874 Dill Ave": at 874, the 10 ended its own sentence)."""
    starts = [m.start() for p in (SPANISH_STREET, SPANISH_NUMBER_LAST)
              if (m := p.search(norm.text)) is not None]  # fmt: skip
    marked = _with_clauses(norm)
    if (m := ANCHOR.search(marked)) is not None:
        before = [w for w in marked[: m.start()].split() if w != CLAUSE.strip()]
        index = len(before) - lot_starts(before)  # "Dwayne Hollis, lot 12 51 50 Memorial Dr"
        starts.append(len(" ".join(norm.tokens[:index])) + (1 if index else 0))
    return min(starts, default=None)


def _final_anchor(text: str) -> re.Match[str] | None:
    """The address the caller ended on: a later one replaces an earlier one only when the
    caller corrected themselves in between ("2 blocks from Main Street" is not an address
    that replaces the one before it), or disowned the first ("2490 Cobb Pkwy.. no that's my
    work. Home is 85 Roswell St"). A house number put right with the street said again
    ("3222 Irvington Blvd, no perdón, 3322 Irvington") is the address with that number."""
    m = ANCHOR.search(text)
    while m is not None:
        later = ANCHOR.search(text, m.end(2))
        if later is None or not (
            SELF_REPAIR.search(text, m.start(), later.start())
            or DISOWNED.search(text[m.end(2) : later.start()].replace(CLAUSE, ""))
        ):
            break
        m = later
    if m is not None and (fixed := repaired(m.string, m.span(1), m.span(2))) is not None:
        m = ANCHOR.search(fixed, m.start())
    return m


def _with_clauses(norm: Normalised) -> str:
    """The turn's text with `CLAUSE` where the caller's punctuation ended a sentence."""
    text = " ".join(
        f"{CLAUSE.strip()} {tok}" if i in norm.breaks else tok for i, tok in enumerate(norm.tokens)
    )
    return as_ordinals(text)  # "west one 29th street", "12700 west 1 3 5 street"


def _hyphenated(norm: Normalised) -> str:
    """The turn with Queens-style house numbers kept whole: "108-22 71st Avenue" typed, "one
    oh eight dash twenty two seventy first avenue" said (a phone number's hyphens are not)."""
    text = re.sub(r"(?<![\w'])one(?= [0-9])", "1", _with_clauses(norm))
    # "3217B Holmes St": the letter of a house number typed onto it is its own word here.
    text = re.sub(r"(?<![\w'])([0-9]+)([a-z])(?= [a-z])", r"\1 \2", text)
    # "two oh seven dash oh five": a zero said "oh" begins the second half.
    text = re.sub(
        r"(?<=[0-9]) (?:dash|hyphen|guion) (oh )?(?=[0-9])",
        lambda m: "-0 " if m[1] else "-",
        text,
    )
    for a, b in re.findall(r"(?<![0-9-])([0-9]{2,3})-([0-9]{1,3})(?![0-9-])", norm.raw):
        text = re.sub(rf"(?<![\w']){a} {b}(?![\w'])", f"{a}-{b}", text, count=1)
    return text


def detect_address(norm: Normalised, context: Context) -> Extracted[Address] | None:
    if spanish := spanish_street(norm.text, context.towns):
        return spanish
    text = _hyphenated(norm)
    building, without = building_out(text)
    if building and (m := _final_anchor(without)) is not None:
        # "8830 N 43rd Ave, Phoenix, building C apt 117": the street read without its building.
        found = _from_anchor(m, norm, context)
        if found is not None and found.value.line1:
            unit = with_building(found.value.unit, building)
            return Extracted(replace(found.value, unit=unit), found.confidence)
    m = _final_anchor(text)
    if m is None:
        if any(True for _ in affirmed(SAME, norm)) or (
            context.expecting is Expecting.ADDRESS and SAME_ONE.search(norm.text)
        ):
            return Extracted(Address(same_as_last=True), 0.85)
        if (apart := street_said_apart(_with_clauses(norm))) is not None:
            return apart
        if context.expecting is Expecting.ADDRESS and (bare := _bare(norm.text)) is not None:
            return bare
        if (before_town := _bare_before_a_town(norm.text, context.towns)) is not None:
            return before_town
        if (with_unit := _bare_with_unit(norm.text, context.language)) is not None:
            return with_unit
        if (pointed := _bare_after_a_compass_point(norm.text)) is not None:
            return pointed
        if (queens := _typed_queens_number(norm)) is not None:
            return queens
        if town := _town_corrected(norm.text, context.language):
            # Low confidence: a town alone corrects the town of an address given before.
            return Extracted(Address(city=town), 0.55)
        if u := UNIT_ONLY.search(norm.text):
            # Low confidence: a unit alone corrects an address given before, nothing more.
            return Extracted(Address(unit=_format_unit(title(unit_text(u.group(0))))), 0.55)
        return None
    return _from_anchor(m, norm, context)


def _from_anchor(m: re.Match[str], norm: Normalised, context: Context) -> Extracted[Address] | None:
    """The address an `ANCHOR` match found."""
    street = m.group(2)
    if context.language == "es":
        # "el 4112 de la Airline Drive": Spanish puts "de la" before any street's name; a
        # "La" said without it is the name's own ("1200 La Porte Road").
        street = re.sub(r"^de la (?=\S+ \S)", "", street)
    street = re.sub(r"^(?:de|del) ", "", street)  # "el 4521 de Westheimer Rd"
    # "3220 oeste McDowell Road": the compass point said in Spanish before a street's name.
    street = _SPANISH_COMPASS.sub(lambda c: _SPANISH_POINT[c[1]], street)
    if (point := street.rsplit(" ", 1)[-1]) in _SPANISH_POINT_LAST and " " in street:
        street = f"{street.rsplit(' ', 1)[0]} {_SPANISH_POINT_LAST[point]}"  # "... road noroeste"
    said_after = m.group(4) or ""
    said = m.group(1)
    lot = lot_run_into(m.string[: m.start(1)], said)
    if lot is not None:
        said = lot[1]  # "lot 12 51 50 memorial drive": lot 12 at 5150
    if not (KIND_FIRST.fullmatch(street) and NAMED_AFTER.match(said_after)):
        said, street = street_from_number(said, street)  # "87 10 37 avenue"
    number = house_number(said) if said[:1].isdigit() else said
    if said[:1].isdigit() and in_queens(norm.text, context.towns):
        number = queens_number(said, street) or number  # "37 22 95th street": 37-22
    number = re.sub(r"^([0-9]+)([a-z])$", r"\1 \2", number)
    unit_said = unit_text(m.group(3).replace(CLAUSE, ""))
    if not unit_said:
        unit_said = f"lot {lot[0]}" if lot else lot_said(m.string, m.span())
    elif (put_right := repaired_unit(unit_said, said_after)) is not None:
        unit_said, said_after = put_right  # "unit 4b, no sorry, 4d"
    if said_after.startswith(" you") and _AVENUE_U.search(norm.raw):
        said_after = " u" + said_after[len(" you") :]
    if not unit_said and KIND_FIRST.fullmatch(street) and (named := NAMED_AFTER.match(said_after)):
        # "1402 Avenue J", "Highway 6": the kind of street first, then its letter or number.
        street, said_after = f"{street} {named.group(1)}", said_after[named.end() :]
    tail = said_after.replace(CLAUSE, "")
    if not unit_said and (late := _LATE_UNIT.search(tail)):
        # "71-15 Austin Street, Forest Hills, apartment 4C": the unit said after the town.
        unit_said, tail = unit_text(late.group(0)), tail[: late.start()]
    candidate = " ".join(p for p in (number, street, unit_said, _trim_tail(tail)) if p)
    found = _tagged(candidate, context)
    if found is not None and found.value.line1:
        after = m.string[m.end(2) :]
        if (next_address := ANCHOR.search(after)) is not None:
            after = after[: next_address.start()]  # "... my mom's at 12 Elm St apt 3"
        unit = later_unit(found.value.unit, after)
        if unit != found.value.unit:  # "... Overland Park, el edificio de atrás, apartamento 12"
            found = Extracted(
                replace(found.value, unit=_format_unit(title(unit))), found.confidence
            )
    town = _town(said_after, norm.raw)
    if found is not None and found.value.line1 and not found.value.city and town:
        found = Extracted(replace(found.value, city=town), found.confidence)
    return found


def _capital(word: str, raw: str) -> bool:
    return re.search(rf"(?<![\w']){word.capitalize()}(?![\w'])", raw) is not None


def _town(tail: str, raw: str) -> str:
    """The town after the street when no state or ZIP ends it: "... Dobson Road in Mesa",
    "2211 W 79th St, Prairie Village" typed with capitals. Lower-case words that are not after
    "in" are the next thing the caller said ("... oak street kitchen sink's clogged")."""
    said = tail.split()
    if said[:1] == [CLAUSE.strip()]:
        said.pop(0)  # "214 Oak St, Brooklyn": a town may follow its own comma
    after_in = bool(said) and said[0] in {"in", "en"}
    town: list[str] = []
    # "... Avenue D, Katy. Yo soy su hija": the town ends with its sentence.
    for w in said[1:] if after_in else said:
        if len(town) == 3 or not w.isalpha() or w in STOP_AFTER | _TOWN_ENDS or w in NOT_STREET:
            break
        if town and _capital(town[0], raw) and not _capital(w, raw) and is_common(w, "en"):
            break  # "... Pueblo Ave in Mesa needs its tune-up": typed capitals end there
        town.append(w)
    if not town:
        return ""
    capitalised = all(_capital(w, raw) for w in town)
    language = "en" if said[:1] == ["in"] else "es"
    if not (capitalised or (after_in and not all(is_common(w, language) for w in town))):
        return ""
    return title(" ".join(town))


# The town said again to correct it: "Mesa, not Tempe", "it's in Gilbert", "no, en Pasadena".
_TOWN_WORDS = r"([a-z]+(?: [a-z]+)?)"
TOWN_CORRECTION = re.compile(
    rf"(?<![\w'])(?:(?:in|en) {_TOWN_WORDS} not (?:in )?[a-z]+|{_TOWN_WORDS} not (?:in )?([a-z]+)|"
    rf"(?:it's|its|it is|that's|es|esta) (?:in|en) {_TOWN_WORDS}(?![\w']))"
)


def _town_corrected(text: str, language: str) -> str:
    """The town of a `TOWN_CORRECTION`: its last words that are no everyday words ("sorry
    Mesa, not Tempe" is Mesa)."""
    m = TOWN_CORRECTION.search(text)
    if m is None:
        return ""
    if m.group(3) and is_common(m.group(3), language):
        return ""  # "Mesa, not Tempe" names two towns; "Trane, not the Carrier" does not
    said = next(g for g in m.groups() if g).split()
    town: list[str] = []
    while said and not is_common(said[-1], language):
        town.insert(0, said.pop())
    return title(" ".join(town))


def _bare(text: str) -> Extracted[Address] | None:
    """A number and a street name with no suffix, said when the address was asked for."""
    m = BARE.search(text)
    if m is None:
        return None
    kept: list[str] = []
    for w in m.group(2).split():
        if w in STOP_AFTER or w in NOT_STREET or re.fullmatch(UNIT, w):
            break
        kept.append(w)
    if not kept:
        return None
    # What follows the street, as with a suffix: a unit, then a town, state and ZIP ("1500
    # Broadway Ste 200, Denver CO 80202").
    after = text[m.start(2) + len(" ".join(kept)) :]
    unit = re.match(rf" ({UNIT}(?: |(?=[0-9]))[a-z0-9]+(?: [0-9]+)*)(?![\w'])", after)
    rest = after[unit.end() :] if unit else after
    said = (house_number(m.group(1)), " ".join(kept), unit_text(unit[1]) if unit else "",
            _trim_tail(rest))  # fmt: skip
    found = _tagged(" ".join(p for p in said if p), None)
    if found is None or found.confidence < 0.85:  # usaddress saw no number and street name
        return None
    return Extracted(found.value, 0.6)


def _bare_before_a_town(text: str, towns: tuple[str, ...]) -> Extracted[Address] | None:
    """A number and a street with no kind, said before a town the business serves ("héctor
    almaguer siete siete tres uno lawndale houston"), whatever was asked: the town says an
    address was given. The street's words are no everyday words ("12 miles from houston" is
    no street)."""
    for town in towns:
        place = " ".join(fold(town).split())
        if not place or place not in text:
            continue
        m = re.search(
            rf"(?<![\w']){_AN_HOUR_BEFORE}([0-9]+(?: [0-9]+){{0,3}}) "
            rf"((?:[a-z][a-z']* ){{1,3}}){re.escape(place)}(?![\w'])",
            text,
        )
        if m is None:
            continue
        street = m.group(2).split()
        if any(w in STOP_AFTER or w in NOT_STREET or re.fullmatch(UNIT, w) for w in street):
            continue
        if all(is_common(w, "en") or is_common(w, "es") for w in street if w not in _COMPASS_WORDS):
            continue
        found = _tagged(f"{house_number(m.group(1))} {' '.join(street)}", None)
        if found is None or not found.value.line1:
            continue
        return Extracted(replace(found.value, city=title(place)), 0.6)
    return None


_COMPASS_WORDS = {"north", "south", "east", "west", "norte", "sur", "oeste"}


def _bare_with_unit(text: str, language: str) -> Extracted[Address] | None:
    """A street with no kind said with its unit, whatever was asked: "estamos en el parque
    de trailas 6200 aldine bender lote 22", "el número es 8400 kempwood apartamento 12". The
    unit says it is an address, when the house number has three digits or more and the
    street's name is no everyday word."""
    found = _bare(text)
    if found is None or not found.value.unit:
        return None
    number, _, name = found.value.line1.partition(" ")
    if len(number) < 3 or not number.isdigit() or not name:
        return None
    if all(is_common(w, language) for w in name.lower().split()):
        return None
    return found


def _bare_after_a_compass_point(text: str) -> Extracted[Address] | None:
    """A street with no kind said with its compass point between the house number and its
    name, ending the turn, whatever was asked: "ochocientos doce north wayside", "4410 south
    kedvale". The compass point says it is a street, when the house number has three digits
    or more and no word of the name is an everyday one ("200 north main" and "300 west of
    here" are left to the other rules)."""
    m = re.search(
        r"(?<![\w'])([0-9]{3,5}) (north|south|east|west|norte|sur|oeste) ([a-z][a-z']+"
        r"(?: [a-z][a-z']+)?)$",
        text,
    )
    if m is None or any(is_common(w, "en") or is_common(w, "es") for w in m[3].split()):
        return None
    found = _tagged(f"{m[1]} {_SPANISH_POINT.get(m[2], m[2])} {m[3]}", None)
    if found is None or not found.value.line1:
        return None
    return Extracted(found.value, 0.6)


# A house number typed the Queens way, hyphen and two digits ("31-08 Broadway"): an address
# whatever was asked, though its street names no kind. A phone's "555-0112" has four.
_QUEENS_TYPED = re.compile(r"(?<![\w'-])([1-9][0-9]{1,2})-([0-9]{2})(?![\w'-]) ([A-Z][a-z]+)")


def _typed_queens_number(norm: Normalised) -> Extracted[Address] | None:
    m = _QUEENS_TYPED.search(norm.raw)
    if m is None:
        return None
    word = m[3].lower()
    if word in NOT_STREET or word in WEEKDAYS or re.fullmatch(MONTHS, word):
        return None  # "open 10-12 Monday": hours, not a house
    found = _bare(f"{m[1]} {m[2]} {norm.raw[m.start(3) :].lower()}")
    if found is None:
        return None
    line1 = re.sub(rf"^{m[1]}\s?{m[2]}", f"{m[1]}-{m[2]}", found.value.line1)
    return Extracted(replace(found.value, line1=line1), 0.8)


# What names a unit: a number ("12", "4b", "2-a", "#210") or a letter ("b"), never a word.
_UNIT_ID = re.compile(r"#? ?(?:[0-9][0-9a-z-]*|[a-z]-?[0-9][0-9a-z-]*|[a-z])")


def _format_unit(unit: str) -> str:
    return (
        re.sub(r"^(?:Number|No) ", "# ", unit)
        .upper()
        .replace("APT", "Apt")
        .replace("UNIT", "Unit")
        .replace("SUITE", "Suite")
        .replace("STE", "Suite")
        .replace("APARTAMENTO", "Apt")
        .replace("APARTMENT", "Apt")
        .replace("LOTE", "Lot")
        .replace("LOT", "Lot")
    )


def _tagged(candidate: str, context: Context | None) -> Extracted[Address] | None:
    try:
        tagged, _kind = usaddress.tag(candidate)
    except usaddress.RepeatedLabelError:
        return Extracted(Address(line1=title(candidate)), 0.5)
    street = " ".join(_compass(tagged[k]) if "Directional" in k else tagged[k] for k in (
        "AddressNumber", "StreetNamePreDirectional", "StreetNamePreType", "StreetName",
        "StreetNamePostType", "StreetNamePostDirectional") if tagged.get(k))  # fmt: skip
    unit = " ".join(tagged.get(k, "") for k in ("OccupancyType", "OccupancyIdentifier")
                    if tagged.get(k))  # fmt: skip
    if not _UNIT_ID.fullmatch(tagged.get("OccupancyIdentifier", "").lower()):
        unit = ""  # "6104 West 63rd Street no wait sorry ...": "no wait" is no unit "# WAIT"
    state = tagged.get("StateName", "")
    city = tagged.get("PlaceName", "")
    if state and state not in STATES:
        city, state = " ".join(p for p in (city, state) if p), ""
    address = Address(
        line1=title(street),
        unit=_format_unit(title(unit)),
        city=title(city),
        state=state.upper(),
        postal_code=tagged.get("ZipCode", ""),
    )
    confidence = 0.85 if "StreetName" in tagged and "AddressNumber" in tagged else 0.6
    if context is not None and context.expecting is Expecting.ADDRESS:
        confidence = min(0.95, confidence + 0.05)
    return Extracted(address, confidence)
