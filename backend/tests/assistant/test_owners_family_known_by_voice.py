""" "Hi it's me, it's Terri, is Rick around? His cell keeps going straight to voicemail": a
caller who expects to be known by voice, asking for someone there by name whose own phone did
not reach him, is the owner's family or a friend: her name is taken and the call is a message
for him. A returning customer's "it's me again" about a job is no such call."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    Understanding,
    understand,
)


def intents(u: Understanding) -> list[Intent]:
    return [*([u.intent.value] if u.intent else []), *u.other_intents]


def test_known_by_voice_asking_for_him_leaves_word(ctx: Callable[..., Context]) -> None:
    u = understand(
        "hi its me its terri is rick around his cell keeps going straight to voicemail",
        ctx(expecting=Expecting.PROBLEM),
    )
    assert u.name is not None and u.name.value == "Terri"
    assert Intent.MESSAGE in intents(u)


@pytest.mark.parametrize(
    "text",
    [
        "hi its me again the kitchen sink is leaking again",
        "its me its terri i need the drain looked at",
        "hi its me is rick around",
    ],
)
def test_look_alikes_leave_no_message(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert Intent.MESSAGE not in intents(u)


@pytest.mark.parametrize("text", ["its me its wet", "hi its me its leaking again"])
def test_how_it_is_after_its_me_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.PROBLEM)).name is None
