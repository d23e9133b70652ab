"""A known caller's visit on file they cannot keep (named by its reminder or by the time they
cannot make, with what is in its way, or the trouble fixed since), the new time said with it;
and pitches to grow the business. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from tests.assistant.conftest import local


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # named by its reminder, moved by a pronoun
        ("got your reminder text for thursday. soccer practice got moved, could we move it?",
         "en"),
        ("just saw the confirmation for tomorrow at 8, we should push it", "en"),
        # named by the time the caller cannot keep
        ("I won't be able to make tomorrow at 9 for the water heater, sorry", "en"),
        ("we cant make thursday's 11am appointment", "en"),
        ("no voy a poder el jueves a las 10 para lo del calentador", "es"),
        # a visit on file and what is in its way
        ("you guys have us booked thursday for the sink but I have to work", "en"),
        ("y'all are coming wednesday and something just came up", "en"),
        ("you've got us down for friday and my husband has a doctor's appointment then",
         "en"),
        ("tengo una cita el viernes para el calentador pero tengo que trabajar", "es"),
        ("tenemos la visita mañana y nos salió un compromiso", "es"),
        ("me llegó el recordatorio de la cita del jueves, me toca trabajar ese día", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_the_caller_cannot_keep_is_a_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I have an appointment with you guys thursday but my brother fixed it, it's working "
         "fine now", "en"),
        ("you've got me down for friday for the toilet. my neighbor took care of it", "en"),
        ("tengo cita mañana para lo del fregadero pero mi hijo ya lo arregló", "es"),
        ("teníamos una visita el lunes, ya se destapó solito", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_whose_trouble_is_fixed_is_a_cancel(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.CANCEL, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # new visits: a day said with what is in the caller's way, no visit on file
        ("my kitchen sink is clogged, I have to work tomorrow so can someone come friday", "en"),
        ("something came up with the water heater, it's leaking. can you come today?", "en"),
        ("I can't do tomorrow, my toilet keeps running, can you come thursday", "en"),
        ("el lavabo está tapado, mañana me toca trabajar, ¿pueden el sábado?", "es"),
        # the caller's own other appointment, not ours
        ("tengo cita con el doctor el martes, mejor vengan el miércoles a las 10", "es"),
        # where the caller is, asking when the visit is
        ("I'm at work right now, is the plumber coming today or tomorrow?", "en"),
        # our own earlier work, told as history, with a visit still wanted
        ("you fixed it last year and we have an appointment with you thursday", "en"),
        # fixed, but not for good
        ("tengo cita el viernes, mi yerno lo destapó pero sigue tapado", "es"),
    ],
)  # fmt: skip
def test_look_alikes_are_neither_moved_nor_cancelled(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) not in {Intent.RESCHEDULE, Intent.CANCEL}, text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the visit's day and the day of what is in the way are not the wish
        ("saw the reminder for tomorrow 10am for the drain. kid has a tournament tmrw, can we "
         "move it? not friday tho, monday after lunch like 1?", local(2026, 11, 30, 13)),
        ("Something came up at work and I can't do tomorrow at 10 for the sink. Can we do "
         "Thursday at 3?", local(2026, 11, 26, 15)),
        ("tengo la cita para mañana pero el miércoles me toca trabajar, la quiero pasar para el "
         "viernes a las 9", local(2026, 11, 27, 9)),
    ],
)  # fmt: skip
def test_the_new_time_said_with_it_is_the_wish(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE, text
    assert u.time is not None and u.time.value.earliest == start, (text, u.time)


@pytest.mark.parametrize(
    "text",
    [
        "you've got me down for tomorrow morning and my son is taking me to a doctor's "
        "appointment tomorrow",
        "tengo la visita del calentador para el jueves pero me toca trabajar",
    ],
)
def test_no_new_time_said_leaves_none(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None, (text, u.time)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Your shop isn't showing up on the first page of Google for 'plumber near me'. Can we "
         "chat?", "en"),
        ("We guarantee first page rankings or you don't pay", "en"),
        ("who's the right person to talk to about growing your business online?", "en"),
        ("we can rank your website in the top 3 of google maps", "en"),
        ("su negocio no aparece en la primera página, garantizamos más clientes", "es"),
        ("queremos ayudarle a hacer crecer su negocio con publicidad", "es"),
    ],
)  # fmt: skip
def test_a_pitch_to_grow_the_business_is_sales(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert u.intent is not None and Intent.SALES in {u.intent.value, *u.other_intents}, text


@pytest.mark.parametrize(
    "text",
    [
        "found you on google, my water heater isn't working right",
        "my toilet isn't flushing, you rank well with my neighbors",
        "the drain in the basement is not showing up on the inspection report",
        "los encontré en google, el calentador no prende",
    ],
)
def test_customers_mentioning_search_are_not_sales(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is not Intent.SALES, text
    assert Intent.SALES not in u.other_intents, text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("thursday after lunch like 1?", local(2026, 11, 26, 13)),
        ("fri morning 9 works", local(2026, 11, 27, 9)),
        ("not wednesday tho, thursday afternoon 2", local(2026, 11, 26, 14)),
    ],
)
def test_an_hour_after_a_day_and_its_part_is_the_hour(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact, (text, u.time)
    assert u.time.value.earliest == start, (text, u.time)


def test_a_count_after_a_day_and_its_part_is_no_hour(ctx: Callable[..., Context]) -> None:
    u = understand("thursday morning 2 techs came by and left a mess", ctx())
    assert u.time is None or not u.time.value.exact
