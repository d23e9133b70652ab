"""Dates the trouble began on, told as its story and never a wish for a visit.

"No hot water since the 20th", "it's been leaking ever since November 3rd", "the furnace quit
on the 2nd", "no calienta desde el 15": a date after "since" (or after what went wrong) is when
the trouble started. Spanish "desde el 20" alone still asks "from the 20th on": only a fault
said before it makes it the past (`timeprefs.NOT_A_TIME` puts the fault in front).
"""

from __future__ import annotations

from switchboard.assistant.understanding.months import MONTHS
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES

_NTH = r"[0-9]{1,2}(?:st|nd|rd|th)?"
# The day of the month, as said after "since": "the 20th", "Monday the 3rd", "the 15th of this
# month", "November 20", "early December", "the holidays".
_DAY_OF_MONTH = (rf"(?:(?:last |this past )?(?:{WEEKDAY_NAMES}) )?(?:the )?{_NTH}"
                 rf"(?: of (?:this|last) month| of (?:{MONTHS}))?")  # fmt: skip
_MONTH_DAY = (rf"(?:early |late |mid |the (?:start|beginning|middle|end) of )?(?:{MONTHS})"
              rf"(?: (?:the )?{_NTH})?")  # fmt: skip
_HOLIDAY = (r"(?:the |this past |last )?(?:weekend|holidays?|thanksgiving|christmas|easter|"
            r"new year'?s(?: day| eve)?|(?:the )?(?:storm|freeze|power outage|"
            r"outage))")  # fmt: skip

# "(ever) since the 20th": "since" of a date is never a wish ("since you're open the 20th"
# has no date after it).
SINCE_A_DATE = (
    rf"(?:ever )?since (?:(?:about|around|like|on) )?(?:{_DAY_OF_MONTH}|{_MONTH_DAY}|{_HOLIDAY})"
)
# The day of the month said right after what went wrong: "quit on the 20th", "broke the 3rd".
ON_A_DATE = rf"(?:on )?(?:the )?{_NTH}(?: of (?:this|last) month| of (?:{MONTHS}))?"
# "desde el 20", "desde el día 15 de noviembre", "desde el fin de semana": after a fault only.
DESDE_A_DATE = (rf"desde (?:el |la )?(?:(?:dia )?[0-9]{{1,2}}(?: de (?:{MONTHS}))?|fin de semana|"
                r"navidad|ano nuevo|puente)")  # fmt: skip
