"""Which part of a read-back the caller wants changed: "the time", "no, the address",
"wrong day", "el nombre". Asked after a "no" to the read-back ("What should I change?"),
or said with the "no" itself."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.normalise import Normalised, normalise
from switchboard.assistant.understanding.phrases import affirmed, words

ADDRESS = words(r"address\w*", r"street", r"location", r"place", r"house number",
                r"street number", r"house", r"direccion", r"domicilio", r"(?:la|mi) (?:calle|casa)",
                r"el lugar")  # fmt: skip
PHONE = words(r"phone(?: number)?", r"cell(?: number)?", r"callback number",
              r"(?:my|the|your) number", r"number", r"numero", r"telefono", r"celular")  # fmt: skip
TIME = words(r"time", r"day", r"date", r"hour", r"slot", r"appointment time", r"hora", r"dia",
             r"fecha", r"horario")  # fmt: skip
NAME = words(r"(?:last |first )?name", r"spelling", r"nombre", r"apellido")
SERVICE = words(r"service", r"problem", r"job", r"issue", r"the work", r"servicio", r"problema",
                r"trabajo")  # fmt: skip
# Most specific first: "the house number" is the address, not the phone.
PARTS = (("address", ADDRESS), ("phone", PHONE), ("time", TIME), ("name", NAME),
         ("service", SERVICE))  # fmt: skip
# "it's not the right day" names the day as the part to change, although "not" precedes it.
NOT_RIGHT = re.compile(r"(?<![\w'])(?:not|isn't|is not|wasn't|no es) (?:the |la |el )?"
                       r"(?:right|correct|correcta|correcto) ")  # fmt: skip


def detect_change(norm: Normalised) -> Extracted[str] | None:
    """The part named first and not denied ("not the time, the address" is the address)."""
    if NOT_RIGHT.search(norm.text):
        norm = normalise(NOT_RIGHT.sub("wrong ", norm.text))
    found: list[tuple[int, int, str]] = []
    for part, pattern in PARTS:
        m = next(affirmed(pattern, norm), None)
        # "the house number" is the address only, not also the phone.
        if m is not None and not any(a <= m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), part))
    return Extracted(min(found)[2], 0.8) if found else None
