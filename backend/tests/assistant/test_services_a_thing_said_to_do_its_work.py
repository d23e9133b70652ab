"""A thing said to do its own work fine ("the disposal grinds fine", "the toilet flushes ok",
"el boiler calienta bien") beside the thing that is wrong is not the job; a slow fixture told
with "that's slow" is a slow drain."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "slow drain")),
    ServiceOption("water_heater", "Water heater repair", ("water heater", "boiler")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "pipe")),
    ServiceOption("toilet", "Toilet repair", ("toilet", "running toilet", "flush")),
    ServiceOption("faucet", "Faucet install", ("faucet", "tap")),
    ServiceOption("disposal", "Garbage disposal", ("garbage disposal", "disposal")),
)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("oh wait the disposal grinds fine, its the tub in the kids bathroom that's slow", "drain"),
        ("never mind, toilet flushes ok its the faucet that drips", "faucet"),
        ("the disposal runs just fine, its the pipe under it thats leaking", "leak"),
        ("el triturador muele bien, es el lavabo que tarda en bajar", "drain"),
        ("the shower in the basement thats slow", "drain"),
    ],
)
def test_the_thing_doing_its_work_is_not_the_job(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    u = understand(text, ctx(services=PLUMBING))
    assert u.service is not None and u.service.value == service


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # Said to work with nothing else wrong, or working but with a fault of its own.
        ("the disposal grinds fine but it leaks underneath", "disposal"),
        ("the toilet flushes fine now but it keeps running", "toilet"),
        ("my disposal hums but does not grind", "disposal"),
    ],
)
def test_a_thing_with_its_own_fault_stays_the_job(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    u = understand(text, ctx(services=PLUMBING))
    assert u.service is not None and u.service.value == service
