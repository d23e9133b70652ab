"""Details put right in passing: a job said to be fine without its article, before the one that
is not ("scratch that, faucet's fine, it's the disposal"); a thing denied that is named again
only to say where the job is ("no es el calentador, es el tubo de arriba del calentador"); a
name spelled letter by letter that holds "a c" ("k a c z m a r e k") is no air conditioner;
and an hour said with a part of the day put down as its reason ("make it ten, I'm not a morning
person") is the hour wished; work wanted "for the insurance" is no insurer calling; dates typed
short ("7/16", "el sáb 8") are those days; "do you have Thursday at eleven" asks for a time, not
the owner; and the day of whoever lets the technician in ("she leaves for work at 8:30") bounds
the visit; a street named like a service ("Main Street") is no job, work on the thing named
("flush it out") no new job, and a sink backing up a clogged drain. Look-alikes keep what they
said. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    ServiceOption,
    understand,
)
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant.conftest import PLUMBING, local
from tests.assistant.test_services_jobs_beside_their_symptoms import HVAC_COOL, PLOMERO


def _service(
    ctx: Callable[..., Context], text: str, catalogue: tuple[ServiceOption, ...] = PLUMBING
) -> str | None:
    found = understand(text, ctx(services=catalogue)).service
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wait scratch that, faucets fine. its the disposal, it just hums and doesnt spin",
         "disposal"),
        ("toilet's fine now, it's the drain in the tub that won't go down", "drain"),
        ("disposal works fine its the kitchen faucet, it wobbles and drips", "faucet"),
    ],
)  # fmt: skip
def test_a_job_said_to_be_fine_is_not_the_job(
    ctx: Callable[..., Context], text: str, expected: str
) -> None:
    assert _service(ctx, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no no es el calentador en sí es el tubo de arriba del calentador el que está goteando",
        "no es el calentador, es la llave de paso junto al calentador, gotea",
    ],
)
def test_a_thing_denied_stays_denied_where_it_is_named_again(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, PLOMERO) == "leak"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the faucet needs replacing", "faucet"),  # nothing said to be fine
        ("el calentador no prende, no hay agua caliente", "water_heater"),  # nothing denied
    ],
)
def test_a_job_said_plainly_stays_the_job(
    ctx: Callable[..., Context], text: str, expected: str
) -> None:
    catalogue = PLOMERO if "calentador" in text else PLUMBING
    assert _service(ctx, text, catalogue) == expected


def test_a_name_spelled_out_is_no_air_conditioner() -> None:
    assert "k a c z" in normalise("brian kaczmarek k a c z m a r e k").text
    assert normalise("the a c quit on us").text == "the ac quit on us"
    assert normalise("a c not cooling, the a c i think").text == "ac not cooling the ac i think"


def test_a_spelled_name_with_an_address_leaves_the_job_unsaid(
    ctx: Callable[..., Context],
) -> None:
    text = "brian kaczmarek k a c z m a r e k twelve oh five south mill avenue tempe"
    assert _service(ctx, text, HVAC_COOL) is None


def _wish(ctx: Callable[..., Context], text: str):  # type: ignore[no-untyped-def]
    confirming = local(2026, 11, 28, 9)  # Saturday at 9, being read back
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION, chosen=confirming,
                             days_in_view=(date(2026, 11, 28), date(2026, 11, 28))))  # fmt: skip
    assert u.time is not None
    return u.time.value


def test_an_hour_said_with_a_part_of_day_put_down_is_the_hour(
    ctx: Callable[..., Context],
) -> None:
    wish = _wish(ctx, "actually make it ten im not a morning person")
    assert wish.exact and wish.earliest == local(2026, 11, 28, 10)
    assert wish.skip_parts == ()


def test_a_part_of_day_put_down_beside_another_hour_still_holds(
    ctx: Callable[..., Context],
) -> None:
    wish = _wish(ctx, "saturday at two, no mornings")
    assert wish.earliest == local(2026, 11, 28, 14)
    assert [p.value for p in wish.skip_parts] == ["morning"]


@pytest.mark.parametrize(
    "text",
    [
        "she had some wind damage back in the fall and she wants it looked at for the insurance",
        "need the roof checked at some point for the insurance renewal",
    ],
)
def test_work_wanted_for_the_insurance_is_no_insurer_calling(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.intent is None or u.intent.value is not Intent.MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "this is janelle with homeguard warranty, do you accept our dispatches",
        "hi im calling from state farm insurance about a claim at a policyholder's home",
    ],
)
def test_an_insurer_or_warranty_company_calling_still_leaves_word(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.MESSAGE


def _day_and_hour(ctx: Callable[..., Context], text: str, **context: object) -> tuple[int, int]:
    u = understand(text, ctx(expecting=Expecting.TIME, **context))
    assert u.time is not None
    return u.time.value.earliest.day, u.time.value.earliest.hour


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/3 at 2", (3, 14)),  # typed month and day
        ("Thu 12/3, 9:00am?", (3, 9)),
        ("el sab 28 a las 10?", (28, 10)),  # Spanish weekdays typed short
        ("vie a las 9am", (27, 9)),
        ("1/2 bath toilet keeps running, 12/1 works", (1, 0)),  # half a bath is no date
    ],
)
def test_days_typed_short_are_those_days(
    ctx: Callable[..., Context], text: str, expected: tuple[int, int]
) -> None:
    assert _day_and_hour(ctx, text) == expected


def test_a_date_typed_outweighs_the_days_on_the_table(ctx: Callable[..., Context]) -> None:
    # The 4th is being talked about; the caller types another Friday.
    on_table = (date(2026, 12, 4), date(2026, 12, 4))
    assert _day_and_hour(ctx, "Thu 12/3, 2:00pm?", days_in_view=on_table) == (3, 14)


def test_a_part_of_an_inch_is_no_date(ctx: Callable[..., Context]) -> None:
    # Tuesday the 24th is today; "3/4 inch" is never March 4th.
    assert _day_and_hour(ctx, "need a 3/4 inch line run, wednesday at 2") == (25, 14)


@pytest.mark.parametrize(
    "text",
    [
        "do you have thursday at eleven",
        "you guys got anything tomorrow at 9am?",
        "¿tienen el jueves a las 11?",
    ],
)
def test_a_time_asked_for_is_no_question_for_the_owner(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.question is None


@pytest.mark.parametrize(
    "text", ["do you have saturday hours", "do you have financing", "do you have sunday service"]
)
def test_questions_about_the_business_stay_questions(
    ctx: Callable[..., Context], text: str
) -> None:
    assert understand(text, ctx()).question is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who lets the technician in leaves at 8:30: the 8 asked for stands
        ("wednesday at eight in the morning she leaves for work at eight thirty so early is "
         "better", (25, 8)),
        ("wednesday, my husband leaves for work at 9", (25, 0)),  # before 9 that day
        # at a daycare the children leaving is when the visit may start
        ("It has to be after the kids leave at 4. Wednesday the 25th at 4?", (25, 16)),
    ],
)  # fmt: skip
def test_someone_elses_day_bounds_the_visit(
    ctx: Callable[..., Context], text: str, expected: tuple[int, int]
) -> None:
    assert _day_and_hour(ctx, text) == expected


def test_someone_elses_day_sets_a_bound(ctx: Callable[..., Context]) -> None:
    u = understand("she gets home at 5, thursday works", ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.after is not None
    assert u.time.value.after.hour == 17


def test_a_street_named_like_a_service_is_no_job(ctx: Callable[..., Context]) -> None:
    sewer = (*PLUMBING, ServiceOption("sewer", "Sewer line service", ("sewer", "main line")))
    u = understand("nadia haddad h a d d a d and its forty four oh nine main street",
                   ctx(services=sewer, expecting=Expecting.TIME))  # fmt: skip
    assert u.service is None
    told = understand("the main line is backed up again", ctx(services=sewer))
    assert told.service is not None and told.service.value == "sewer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work on the thing already named is no job of its own
        ("nothing wet anywhere, just want somebody to look at it, maybe flush it out", None),
        ("the gutters by the garage, can you clean them out", None),
        # told of a toilet, flushing stays the toilet's
        ("every time i flush it it leaks at the base", "toilet"),
        ("can you snake it, the tub is slow", "drain"),
    ],
)
def test_work_on_it_is_no_new_job(
    ctx: Callable[..., Context], text: str, expected: str | None
) -> None:
    assert _service(ctx, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "your dad did my water heater years ago so i trust you guys. kitchen sink is backing up, "
        "both sides full of standing water",
        "the upstairs shower keeps backing up when we run the washer",
        "the bathroom sink won't drain at all",
    ],
)
def test_a_sink_backing_up_is_a_clogged_drain(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, PLOMERO) == "drain"
