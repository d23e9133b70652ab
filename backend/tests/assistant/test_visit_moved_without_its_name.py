"""The visit on file moved without being named: "can the plumber come Monday instead?" before
any time was offered, and "I'm supposed to have somebody come fix it tomorrow ... should we
move it". Once times are offered, "instead" is a counter-offer; anyone or a plain "you" is not
ours alone; a visit that never came is a new job. "I'm supposed to ..." is nobody's name. Our
own wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "it's supposed to storm all day tomorrow, can the plumber come thursday instead?",
        "could your guys come out next week instead, we'll be away",
        "¿puede venir el plomero el lunes mejor? mañana no estamos",
        "im supposed to have somebody come fix the drain tomorrow but can we move it",
        "we're scheduled to have someone out friday for the leak, can it be monday instead",
    ],
)
def test_the_visit_on_file_is_moved(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.intent is not None
    assert u.intent.value is Intent.RESCHEDULE


@pytest.mark.parametrize(
    "text",
    [
        "can someone come thursday instead",
        "can you come thursday instead",
        "i was supposed to have somebody come monday but they never showed, can you come",
    ],
)
def test_no_visit_on_file_is_named(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.intent is None or u.intent.value is not Intent.RESCHEDULE


def test_instead_of_the_times_offered_is_a_counter_offer(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 11, 25, 9), local(2026, 11, 25, 10))
    u = understand(
        "can the plumber come thursday instead",
        ctx(expecting=Expecting.SLOT, offered_slots=offered, days_in_view=(offered[0].date(),) * 2),
    )
    assert u.intent is None or u.intent.value is not Intent.RESCHEDULE


@pytest.mark.parametrize(
    "text",
    ["hi im supposed to have somebody come tomorrow", "hi im scheduled for friday at 10"],
)
def test_a_visit_expected_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.PROBLEM)).name is None


def test_a_name_after_im_is_still_taken(ctx: Callable[..., Context]) -> None:
    u = understand("hi im Dana Whitfield, my drain is clogged", ctx(expecting=Expecting.PROBLEM))
    assert u.name is not None
    assert u.name.value == "Dana Whitfield"
