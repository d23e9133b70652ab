"""US service addresses, with unit numbers, from a sentence that says other things too
("my water heater burst at 12 Oak St apt 3, this is Dana"), and "same address as last time".

A street-number anchor finds the candidate span; `usaddress` labels its parts.
"""

from __future__ import annotations

import re

import usaddress

from switchboard.assistant.understanding.model import Address, Context, Expecting, Extracted
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

SUFFIXES = (r"st|street|ave|avenue|av|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|way|pl|"
            r"place|pkwy|parkway|ter|terrace|cir|circle|hwy|highway|trl|trail|loop|row|sq|"
            r"square|pike|run|path|calle|avenida|camino")  # fmt: skip
UNIT = (r"(?:apt|apartment|apartamento|unit|suite|ste|#|number|no|lot|bldg|building|floor|depto|"
        r"departamento)")  # fmt: skip
ANCHOR = re.compile(
    rf"(?<![\w'])([0-9]+(?: [0-9]+)?(?: [a-z])?) ((?:[a-z0-9']+ ){{0,4}}?(?:{SUFFIXES})"
    r"(?: (?:n|s|e|w|ne|nw|se|sw|north|south|east|west))?)(?![\w'])"
    rf"((?: {UNIT} ?[a-z0-9]+(?: [a-z](?![\w']))?)?)"
    r"((?: [a-z0-9]+){0,6})?(?![\w'])"
)
SAME = words(r"same (?:address|place|house|location)(?: as (?:last time|before))?",
             r"(?:the )?(?:address|place) (?:you have|on file)", r"same as (?:last time|before)",
             r"la misma (?:direccion|casa)", r"misma direccion", r"same one")  # fmt: skip
STATES = {"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in",
          "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
          "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
          "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"}  # fmt: skip
STOP_AFTER = {"this", "and", "can", "my", "is", "it's", "please", "we", "i", "call", "could",
              "tomorrow", "today", "next", "the", "y", "por", "soy", "me", "thanks", "but",
              "so", "near", "by", "in"}  # fmt: skip


def _title(part: str) -> str:
    return " ".join(w.upper() if len(w) == 1 or w in {"ne", "nw", "se", "sw"} else
                    (w if w[0].isdigit() else w.capitalize()) for w in part.split())  # fmt: skip


def _trim_tail(tail: str) -> str:
    """Keep a city/state/ZIP tail only when it ends like one; otherwise it is the next thing
    the caller said ("... this is Dana")."""
    words_ = tail.split()
    while words_ and not (words_[-1] in STATES or re.fullmatch(r"[0-9]{5}", words_[-1])):
        words_.pop()
    kept: list[str] = []
    for w in words_:
        if w in STOP_AFTER:
            break
        kept.append(w)
    return " ".join(kept)


def detect_address(norm: Normalised, context: Context) -> Extracted[Address] | None:
    if SAME.search(norm.text):
        return Extracted(Address(same_as_last=True), 0.85)
    m = ANCHOR.search(norm.text)
    if m is None:
        return None
    number = m.group(1).replace(" ", "") if m.group(1)[:1].isdigit() else m.group(1)
    number = re.sub(r"^([0-9]+)([a-z])$", r"\1 \2", number)
    unit_text = re.sub(r"([0-9]) ([a-z])$", r"\1\2", m.group(3).strip())
    unit_text = re.sub(r"^(?:apartamento|departamento|depto)\b", "apt", unit_text)
    street = re.sub(r"^(?:de|del) ", "", m.group(2))  # "el 4521 de Westheimer Rd"
    candidate = " ".join(p for p in (number, street, unit_text,
                                     _trim_tail(m.group(4) or "")) if p)  # fmt: skip
    try:
        tagged, _kind = usaddress.tag(candidate)
    except usaddress.RepeatedLabelError:
        return Extracted(Address(line1=_title(candidate)), 0.5)
    street = " ".join(tagged.get(k, "") for k in (
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
        unit=re.sub(r"^(?:Number|No) ", "# ", _title(unit))
        .upper()
        .replace("APT", "Apt")
        .replace("UNIT", "Unit")
        .replace("SUITE", "Suite")
        .replace("APARTAMENTO", "Apt")
        .replace("APARTMENT", "Apt"),
        city=_title(city),
        state=state.upper(),
        postal_code=tagged.get("ZipCode", ""),
    )
    confidence = 0.85 if "StreetName" in tagged and "AddressNumber" in tagged else 0.6
    if context.expecting is Expecting.ADDRESS:
        confidence = min(0.95, confidence + 0.05)
    return Extracted(address, confidence)
