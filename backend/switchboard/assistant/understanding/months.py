"""Month names as callers say and text them, in English and Spanish ("Nov", "November",
"noviembre"), and the month each names."""

from __future__ import annotations

import re

MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|"
          r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")  # fmt: skip
_MONTH_NAMES = (("jan", "enero"), ("feb", "febrero"), ("mar", "marzo"), ("apr", "abril"),
                ("may", "mayo"), ("jun", "junio"), ("jul", "julio"), ("aug", "agosto"),
                ("sep", "septiembre"), ("oct", "octubre"), ("nov", "noviembre"),
                ("dec", "diciembre"))  # fmt: skip
_MONTH_NUMBER = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names}
# A month name just before a point in the text: "Nov 3 or 4" is two days, not two hours.
ENDS_WITH_MONTH = re.compile(rf"(?<![\w'])(?:{MONTHS})\s*$")


def month_number(name: str) -> int:
    """The month (1-12) a `MONTHS` match names."""
    return _MONTH_NUMBER.get(name) or _MONTH_NUMBER[name[:3]]
