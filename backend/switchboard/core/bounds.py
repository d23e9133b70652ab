"""Limits on the dates and page positions a client may send.

A date far outside any real use (year 1, year 9999) overflows when it is moved to UTC or a day
is added to it, and an offset past 2**63 overflows the database's integer: both used to be 500s.
Dates are accepted from 2000 to 2099 (local calendar date, checked before any arithmetic);
list offsets up to `MAX_OFFSET`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
MAX_OFFSET = 100_000
DATE_RANGE_MESSAGE = "dates are between 2000-01-01 and 2099-12-31"


def day_in_range(value: date) -> bool:
    return FIRST_DAY <= value <= LAST_DAY


def _check_day(value: date) -> date:
    if not day_in_range(value):
        raise ValueError(DATE_RANGE_MESSAGE)
    return value


def _check_instant(value: datetime) -> datetime:
    if not day_in_range(value.date()):
        raise ValueError(DATE_RANGE_MESSAGE)
    return value


SaneDate = Annotated[date, AfterValidator(_check_day)]
SaneInstant = Annotated[AwareDatetime, AfterValidator(_check_instant)]
