"""Whatever a caller or a speech recogniser sends, understanding answers and never raises:
a crash here would drop a live call."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import PLUMBING, local

CONTEXT = Context(
    now=datetime(2026, 11, 24, 16, 0, tzinfo=UTC),
    timezone="America/Chicago",
    services=PLUMBING,
    offered_slots=(local(2026, 11, 25, 9), local(2026, 11, 26, 14)),
)
_TRICKY = (
    "no yes the 2nd one in days weeks 99999999999 tomorrow next tuesday after at pm am : / "
    "the 31st 0 february 30 de las a las gas smell not anymore # apt 12 oak st 555 nine oh "
    "hundred double triple manana por la tarde between and 25 99 ? , . ' - emergency"
)
WORDS = st.sampled_from(_TRICKY.split())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    understand(text, CONTEXT)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join))
def test_any_sequence_of_tricky_words(text: str) -> None:
    understand(text, CONTEXT)


def test_absurd_numbers_give_no_window() -> None:
    assert understand("in 99999999999 days", CONTEXT).time is None
    assert understand("at 25:99", CONTEXT).time is None
    assert understand("at 0", CONTEXT).time is None
