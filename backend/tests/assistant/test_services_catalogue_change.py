"""What the matcher works out from a catalogue once (its words, its one-word keywords and
their owners) follows the catalogue: an owner who adds a keyword or renames a service is
matched on the new words at the next turn, in English and in Spanish."""

from __future__ import annotations

from collections.abc import Callable

from switchboard.assistant.understanding import Context, ServiceOption, understand

BEFORE = (
    ServiceOption("drain", "Drain cleaning", ("drain", "clog")),
    ServiceOption("heater", "Water heater repair", ("water heater",)),
)
# The owner added the sump pump (and its Spanish name) to the heater job's keywords.
AFTER = (
    ServiceOption("drain", "Drain cleaning", ("drain", "clog")),
    ServiceOption("heater", "Water heater repair", ("water heater", "sump pump", "bomba")),
)


def _service(text: str, catalogue: tuple[ServiceOption, ...], ctx: Callable[..., Context]) -> str:
    u = understand(text, ctx(services=catalogue))
    return u.service.value if u.service else ""


def test_a_keyword_added_is_matched_at_the_next_turn(ctx: Callable[..., Context]) -> None:
    for text in ("the sump pump in the basement quit on us", "la bomba del sótano no prende"):
        assert _service(text, BEFORE, ctx) == ""
        assert _service(text, AFTER, ctx) == "heater"
        assert _service(text, BEFORE, ctx) == ""  # and the old catalogue still reads as before


def test_a_compound_follows_the_catalogue_it_is_read_against(
    ctx: Callable[..., Context],
) -> None:
    """ "the sink drain": the last word names the thing only while both words are keywords of
    two services; the same words against a catalogue without "sink" stay a drain job."""
    sink = (
        ServiceOption("faucet", "Faucet repair", ("sink", "faucet")),
        ServiceOption("drain", "Drain cleaning", ("drain", "clog")),
    )
    assert _service("the sink drain is backing up again", sink, ctx) == "drain"
    assert _service("the sink drain is backing up again", BEFORE, ctx) == "drain"
    assert _service("the sink faucet drips all night", sink, ctx) == "faucet"
