"""Shared context builders for the understanding tests: a tenant in Kansas City by default."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption

CHICAGO = ZoneInfo("America/Chicago")
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "backed up")),
    ServiceOption("water_heater", "Water heater repair", ("water heater", "no hot water")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "pipe")),
    ServiceOption("toilet", "Toilet repair", ("toilet", "running toilet")),
    ServiceOption("faucet", "Faucet install", ("faucet", "tap")),
    ServiceOption("disposal", "Garbage disposal", ("garbage disposal", "disposal")),
)


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, tz: ZoneInfo = CHICAGO
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


@pytest.fixture
def ctx() -> Callable[..., Context]:
    def make(**overrides: Any) -> Context:
        values: dict[str, Any] = {
            "now": local(2026, 11, 24, 10, 0),  # a Tuesday
            "timezone": "America/Chicago",
            "trades": ("plumbing",),
            "services": PLUMBING,
        }
        values.update(overrides)
        return Context(**values)

    return make
