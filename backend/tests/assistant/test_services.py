"""Conversation words never fuzzy-match a trade word in the catalogue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

TANK = ServiceOption("water_heater", "Water heater repair", ("water heater", "tank"))
GRATE = ServiceOption("drain", "Drain cleaning", ("drain", "grate"))


@pytest.mark.parametrize("text", ["no thanks", "thanks", "great, thank you", "ok thanks bye"])
def test_chatter_is_not_a_service(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(services=(TANK, GRATE))).service is None


def test_real_trade_words_still_match(ctx: Callable[..., Context]) -> None:
    found = understand("the tank is leaking", ctx(services=(TANK, GRATE))).service
    assert found is not None and found.value == "water_heater"
