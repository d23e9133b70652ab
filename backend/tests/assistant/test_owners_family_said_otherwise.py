"""The owner's family told in other words: married to him ("this is Carla, I'm married to the
owner"), asking where he is working ("is Marco up on a roof somewhere?"), his phone not reached
("I can't get him on his cell"), or asking him to call them ("tell him to call his dad"). A
message for him, never the caller's job; where he works is never a roof repair. Every line
here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    ServiceOption,
    Understanding,
    understand,
)

ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "roof leak")),
    ServiceOption("gutters", "Gutter cleaning", ("gutter", "gutters")),
)


def intents(u: Understanding) -> list[Intent]:
    return [*([u.intent.value] if u.intent else []), *u.other_intents]


@pytest.mark.parametrize(
    "text",
    [
        "hey this is carla im married to the boss his phone goes straight to voicemail",
        "hi it's dee, i'm married to tony, i can't get him on his cell",
        "hola soy lupe estoy casada con el dueño y no me contesta el celular",
        "hi i cant get him on his cell, this is his sister",
        "just tell him to call his dad about the game saturday",
        "dígale que le llame a su mamá por favor",
    ],
)
def test_family_said_otherwise_leaves_word(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert Intent.MESSAGE in intents(u), text


@pytest.mark.parametrize(
    "text",
    [
        "im married to the owner of the house and the kitchen drain is clogged",
        "my moms drain is clogged, can you send someone to her house",
        "can you have him call my husband about the estimate",
        "i cant get the faucet to shut off",
    ],
)
def test_look_alikes_are_no_family_word(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert Intent.MESSAGE not in intents(u), text


def test_where_the_owner_works_is_not_the_job(ctx: Callable[..., Context]) -> None:
    text = "is marco out on a roof somewhere i cant get him on his cell this is his mom rita"
    u = understand(text, ctx(expecting=Expecting.PROBLEM, trades=("roofing",), services=ROOFING))
    assert u.service is None
    assert Intent.MESSAGE in intents(u)


@pytest.mark.parametrize(
    "text",
    [
        "my husband is up on the roof right now and it is still leaking",
        "can someone come look at a roof for me, shingles are missing",
        "is he coming to look at the roof today",
    ],
)
def test_a_roof_of_the_callers_own_stays_the_job(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM, trades=("roofing",), services=ROOFING))
    assert u.service is not None and u.service.value == "roof_repair", text
