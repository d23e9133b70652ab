"""An hour said after a day the caller praises ("saturday is best like eleven", "friday works
better, 10") is the hour asked for; Spanish noon written apart ("el martes a medio día") is
noon, while "medio día" alone is half a day. Phrasings written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("saturday is best like eleven", local(2026, 11, 28, 11)),
        ("friday works better, 10", local(2026, 11, 27, 10)),
        ("thursday would be ideal, say 9", local(2026, 11, 26, 9)),
        ("el martes a medio día", local(2026, 12, 1, 12)),
        ("ok. el viernes al medio dia, Rosa Treviño, 410 Elm St", local(2026, 11, 27, 12)),
        ("monday at mid-day", local(2026, 11, 30, 12)),
    ],
)
def test_the_hour_is_taken(ctx: Callable[..., Context], text: str, start: object) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact, text
    assert u.time.value.earliest == start


@pytest.mark.parametrize(
    "text",
    [
        # A count after the praise, not an hour.
        "saturday is best, 2 guys can help",
        "tuesday is best 3 or 4 guys",
        # Half a day of work, not noon.
        "el martes, ¿tarda medio día el trabajo?",
    ],
)
def test_no_hour_is_taken(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None or not u.time.value.exact, text
