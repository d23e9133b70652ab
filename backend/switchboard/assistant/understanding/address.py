"""US service addresses, with unit numbers, from a sentence that says other things too
("my water heater burst at 12 Oak St apt 3, this is Dana"), and "same address as last time".

A street-number anchor finds the candidate span; `usaddress` labels its parts.
"""

from __future__ import annotations

import re
from dataclasses import replace

import usaddress

from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Address, Context, Expecting, Extracted
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, words
from switchboard.assistant.understanding.street_parts import (
    in_queens,
    ordinal,
    queens_number,
    street_from_number,
    town_at_end,
)

SUFFIXES = (r"st|street|ave|avenue|av|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|way|pl|"
            r"place|pkwy|parkway|ter|terrace|cir|circle|hwy|highway|trl|trail|loop|row|sq|"
            r"square|pike|run|path|calle|avenida|camino|trafficway|expressway|expy|freeway|fwy|"
            r"turnpike|tpke|causeway|crossing|xing|plaza|plz|terr|cv|cove|cres|crescent|trce|"
            r"trace|hts|heights")  # fmt: skip
UNIT = (r"(?:apt|apartment|apartamento|unit|suite|ste|#|number|no|lot|bldg|building|floor|depto|"
        r"departamento)")  # fmt: skip
# A house number may be said in groups ("nine oh five", "forty four ten"); a unit too
# ("apartment two twelve"). `CLAUSE` marks where the caller's punctuation ended a sentence
# ("9. Dana Ruiz, 214 Oak St"): a house number and its street are never on both sides of
# one, a unit and a town may be ("214 Oak St, Apt 4, Brooklyn").
CLAUSE = " |"
ANCHOR = re.compile(
    # A bare number is never inside the street's name: "10. Dana Ruiz 47 Elm St" is 47.
    rf"(?<![\w'])([0-9]+(?:[ -][0-9]+){{0,4}}(?: [a-z])?) ((?:(?![0-9]+ )[a-z0-9']+ ){{0,4}}?"
    rf"(?:{SUFFIXES})"
    r"(?: (?:n|s|e|w|ne|nw|se|sw|north|south|east|west|northeast|northwest|southeast|"
    r"southwest))?)(?![\w'])"
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
# When the address was asked for, a number and a name are enough ("1500 Broadway").
BARE = re.compile(r"(?<![\w'])([0-9]+(?: [0-9]+){0,3}) ((?:[a-z][a-z']*)(?: [a-z][a-z']*){0,3})")
NOT_STREET = {"am", "pm", "oclock", "days", "day", "weeks", "week", "minutes", "hours",
              "outlets", "lights", "years", "people", "kids"}  # fmt: skip
MAX_HOUSE_DIGITS = 5
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
STOP_AFTER = {"this", "and", "can", "my", "is", "it's", "please", "we", "i", "call", "could",
              "tomorrow", "today", "next", "the", "y", "por", "soy", "me", "thanks", "but",
              "so", "near", "by", "in",
              # "Friday at two if you've got it" answers with a time, not a street
              "if", "you", "you've", "works", "work", "or", "then", "sounds", "would",
              "should", "ok", "okay", "good", "fine", "not"}  # fmt: skip
# "... dobson road in mesa needs a tune-up": the sentence goes on past the town.
_TOWN_ENDS = {"needs", "need", "has", "have", "had", "was", "are", "its", "a", "an", "our",
              "their", "his", "her", "necesita", "tiene", "es", "esta", "el", "la",
              "mi"}  # fmt: skip


_STATE_OR_WORD = {"or", "in", "me", "oh", "ok", "hi", "la", "pa", "de", "co", "id", "al",
                  "ma", "mo", "ne"}  # fmt: skip
_COMPASS = {"northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw"}


def _compass(word: str) -> str:
    """ "Northeast" after a street name is written NE."""
    return _COMPASS.get(word.lower(), word)


def _title(part: str) -> str:
    return " ".join(w.upper() if len(w) == 1 or w in {"ne", "nw", "se", "sw"} else
                    (w if w[0].isdigit() else w.capitalize()) for w in part.split())  # fmt: skip


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


def _house_number(spoken: str) -> str:
    """ "9 0 5" -> "905", "44 10" -> "4410", "12 b" -> "12 b": a house number said in groups.
    Leading groups that would make it implausibly long (a phone number said just before)
    are dropped."""
    if "-" in spoken:  # a Queens number, "108-22": each half said in its own groups
        left, right = spoken.rsplit("-", 1)
        return f"{_house_number(left)}-{_house_number(right)}"
    letter = ""
    if m := re.fullmatch(r"(.*[0-9]) ([a-z])", spoken):
        spoken, letter = m.group(1), m.group(2)
    groups = spoken.split()
    while len(groups) > 1 and (
        sum(len(g) for g in groups) > MAX_HOUSE_DIGITS or groups[0].startswith("0")
    ):
        groups.pop(0)
    number = "".join(groups)
    return f"{number} {letter}" if letter else number


def _unit(text: str) -> str:
    """ "apartment 2 12" -> "apt 212", "apt 4 b" -> "apt 4b"."""
    text = re.sub(r"^(?:apartamento|departamento|depto|apartment)\b", "apt", text.strip())
    text = re.sub(r"([0-9]) ([a-z])$", r"\1\2", text)
    return re.sub(r"(?<=[0-9]) (?=[0-9])", "", text)


# Spanish puts the kind of street first: "el 804 de la calle Shaver en Pasadena", "novecientos
# cuatro de la avenida Southwest Boulevard". "La calle X" is how one says "X street" (the name
# alone is the street); "Calle Real" with no article is a street named so.
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
                  "esta"}  # fmt: skip
_SPANISH_KIND = {"avenida": "Avenue", "carretera": "Highway"}


# A street of a grid named with its compass point first, as said in Spanish in Phoenix or
# Houston: "3210 oeste avenida McDowell" is 3210 West McDowell Avenue, "3105 norte calle 32"
# is 3105 North 32nd Street.
GRID_STREET = re.compile(
    r"(?<![\w'])([0-9]+(?: [0-9]+){0,3}) (?:de )?(?:la |el )?(norte|sur|este|oeste) "
    r"(calle|avenida) ([0-9]{1,3}(?![\w'])|[a-z][a-z']*)((?: [a-z][a-z']*){0,4})"
)
_SPANISH_COMPASS = {"norte": "North", "sur": "South", "este": "East", "oeste": "West"}
_GRID_KIND = {"calle": "Street", "avenida": "Avenue"}


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
    line1 = _title(f"{_house_number(' '.join(number))} {street}")
    return Extracted(Address(line1=line1, city=_title(" ".join(city))), 0.85)


# "La calle Fulton número 345": the street, then its number.
SPANISH_NUMBER_LAST = re.compile(
    r"(?<![\w'])(la |el )?(calle|avenida|camino|carretera) ((?:[a-z][a-z']*)(?: [a-z][a-z']*)"
    r"{0,3}?) (?:numero |no |# )?([0-9]+(?: [0-9]+){0,3})(?![\w'])((?: [a-z][a-z']*){0,4})"
)


def street_start(norm: Normalised) -> int | None:
    """Where an address begins in the turn's text, in English or Spanish order ("10. Dana
    Ruiz 874 Dill Ave": at 874, the 10 ended its own sentence)."""
    starts = [m.start() for p in (SPANISH_STREET, SPANISH_NUMBER_LAST)
              if (m := p.search(norm.text)) is not None]  # fmt: skip
    marked = _with_clauses(norm)
    if (m := ANCHOR.search(marked)) is not None:
        before = marked[: m.start()].split()
        index = len([w for w in before if w != CLAUSE.strip()])
        starts.append(len(" ".join(norm.tokens[:index])) + (1 if index else 0))
    return min(starts, default=None)


def _spanish(text: str, towns: tuple[str, ...] = ()) -> Extracted[Address] | None:
    if grid := _grid_street(text):
        return grid
    m = SPANISH_STREET.search(text)
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
        while said and len(city) < 3 and said[0] not in _SPANISH_STOPS:
            city.append(said.pop(0))
    elif name[0].isdigit():
        name, city = name[:1], name[1:4]  # "calle 168 jamaica queens": the town follows
    elif len(name) > 1:
        # "la calle Shaver Pasadena", "la calle Fulton Houston Texas": a town the business
        # serves, or one before a state, ends the street's name.
        name, city = town_at_end(name, towns)
    kind, street, article = m.group(3), " ".join(name), bool(m.group(2))
    if name[0].isdigit() and kind in _GRID_KIND:  # "calle 168" is 168th Street
        street = " ".join([ordinal(name[0]), *name[1:], _GRID_KIND[kind]])
    elif re.search(rf"(?:^| )(?:{SUFFIXES})$", street) or (article and kind == "calle"):
        pass  # "la avenida Southwest Boulevard", "la calle Shaver": the name says it all
    elif article and kind in _SPANISH_KIND:
        street = f"{street} {_SPANISH_KIND[kind]}"  # "la avenida Broadway" is Broadway Avenue
    else:
        street = f"{kind} {street}"  # "Camino Real", "Calle Real": part of the name
    number = _house_number(m.group(1))
    if in_queens(text, towns):  # "87 21 calle 168": 87-21 168th Street
        number = queens_number(m.group(1), street) or number
    line1 = _title(f"{number} {street}")
    return Extracted(Address(line1=line1, city=_title(" ".join(city))), 0.85)


# Said between an address and the one that replaces it: "9 Vine St... sorry, 19 Vine St".
SELF_REPAIR = words(r"sorry", r"i mean", r"i meant", r"actually", r"no wait", r"wait", r"oops",
                    r"correction", r"perdon", r"digo", r"quise decir", r"mejor dicho")  # fmt: skip


def _final_anchor(text: str) -> re.Match[str] | None:
    """The address the caller ended on: a later one replaces an earlier one only when the
    caller corrected themselves in between ("2 blocks from Main Street" is not an address
    that replaces the one before it)."""
    m = ANCHOR.search(text)
    while m is not None:
        later = ANCHOR.search(text, m.end(2))
        if later is None or not SELF_REPAIR.search(text, m.start(), later.start()):
            return m
        m = later
    return m


def _with_clauses(norm: Normalised) -> str:
    """The turn's text with `CLAUSE` where the caller's punctuation ended a sentence."""
    return " ".join(
        f"{CLAUSE.strip()} {tok}" if i in norm.breaks else tok for i, tok in enumerate(norm.tokens)
    )


def _hyphenated(norm: Normalised) -> str:
    """The turn with Queens-style house numbers kept whole: "108-22 71st Avenue" typed, "one
    oh eight dash twenty two seventy first avenue" said (a phone number's hyphens are not)."""
    text = re.sub(r"(?<![\w'])one(?= [0-9])", "1", _with_clauses(norm))
    # "3217B Holmes St": the letter of a house number typed onto it is its own word here.
    text = re.sub(r"(?<![\w'])([0-9]+)([a-z])(?= [a-z])", r"\1 \2", text)
    text = re.sub(r"(?<=[0-9]) (?:dash|hyphen|guion) (?=[0-9])", "-", text)
    for a, b in re.findall(r"(?<![0-9-])([0-9]{2,3})-([0-9]{1,3})(?![0-9-])", norm.raw):
        text = re.sub(rf"(?<![\w']){a} {b}(?![\w'])", f"{a}-{b}", text, count=1)
    return text


def detect_address(norm: Normalised, context: Context) -> Extracted[Address] | None:
    if spanish := _spanish(norm.text, context.towns):
        return spanish
    m = _final_anchor(_hyphenated(norm))
    if m is None:
        if any(True for _ in affirmed(SAME, norm)) or (
            context.expecting is Expecting.ADDRESS and SAME_ONE.search(norm.text)
        ):
            return Extracted(Address(same_as_last=True), 0.85)
        if context.expecting is Expecting.ADDRESS and (bare := _bare(norm.text)) is not None:
            return bare
        if town := _town_corrected(norm.text, context.language):
            # Low confidence: a town alone corrects the town of an address given before.
            return Extracted(Address(city=town), 0.55)
        if u := UNIT_ONLY.search(norm.text):
            # Low confidence: a unit alone corrects an address given before, nothing more.
            return Extracted(Address(unit=_format_unit(_title(_unit(u.group(0))))), 0.55)
        return None
    street = re.sub(r"^(?:de|del) ", "", m.group(2))  # "el 4521 de Westheimer Rd"
    said_after = m.group(4) or ""
    said = m.group(1)
    if not (KIND_FIRST.fullmatch(street) and NAMED_AFTER.match(said_after)):
        said, street = street_from_number(said, street)  # "87 10 37 avenue"
    number = _house_number(said) if said[:1].isdigit() else said
    if said[:1].isdigit() and in_queens(norm.text, context.towns):
        number = queens_number(said, street) or number  # "37 22 95th street": 37-22
    number = re.sub(r"^([0-9]+)([a-z])$", r"\1 \2", number)
    unit_text = _unit(m.group(3).replace(CLAUSE, ""))
    if said_after.startswith(" you") and _AVENUE_U.search(norm.raw):
        said_after = " u" + said_after[len(" you") :]
    if not unit_text and KIND_FIRST.fullmatch(street) and (named := NAMED_AFTER.match(said_after)):
        # "1402 Avenue J", "Highway 6": the kind of street first, then its letter or number.
        street, said_after = f"{street} {named.group(1)}", said_after[named.end() :]
    tail = said_after.replace(CLAUSE, "")
    candidate = " ".join(p for p in (number, street, unit_text, _trim_tail(tail)) if p)
    found = _tagged(candidate, context)
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
    return _title(" ".join(town))


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
    return _title(" ".join(town))


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
    said = (_house_number(m.group(1)), " ".join(kept), _unit(unit[1]) if unit else "",
            _trim_tail(rest))  # fmt: skip
    found = _tagged(" ".join(p for p in said if p), None)
    if found is None or found.confidence < 0.85:  # usaddress saw no number and street name
        return None
    return Extracted(found.value, 0.6)


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
    )


def _tagged(candidate: str, context: Context | None) -> Extracted[Address] | None:
    try:
        tagged, _kind = usaddress.tag(candidate)
    except usaddress.RepeatedLabelError:
        return Extracted(Address(line1=_title(candidate)), 0.5)
    street = " ".join(_compass(tagged[k]) if "Directional" in k else tagged[k] for k in (
        "AddressNumber", "StreetNamePreDirectional", "StreetNamePreType", "StreetName",
        "StreetNamePostType", "StreetNamePostDirectional") if tagged.get(k))  # fmt: skip
    unit = " ".join(tagged.get(k, "") for k in ("OccupancyType", "OccupancyIdentifier")
                    if tagged.get(k))  # fmt: skip
    state = tagged.get("StateName", "")
    city = tagged.get("PlaceName", "")
    if state and state not in STATES:
        city, state = " ".join(p for p in (city, state) if p), ""
    address = Address(
        line1=_title(street),
        unit=_format_unit(_title(unit)),
        city=_title(city),
        state=state.upper(),
        postal_code=tagged.get("ZipCode", ""),
    )
    confidence = 0.85 if "StreetName" in tagged and "AddressNumber" in tagged else 0.6
    if context is not None and context.expecting is Expecting.ADDRESS:
        confidence = min(0.95, confidence + 0.05)
    return Extracted(address, confidence)
