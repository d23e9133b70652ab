"""A search-ranking pitch made to the business, and a visit waited on asked after ("is he still
coming", "¿sí viene hoy el plomero?"). Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand


def _intent(text: str, ctx: Callable[..., Context], language: str) -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("your shop doesn't show up in the local pack for plumber near me, we fix that", "en"),
        ("we can get you top 3 on google in 90 days or you don't pay", "en"),
        ("our team will put your business on the first page for drain cleaning searches", "en"),
        ("somos una agencia de marketing y lo ponemos en los primeros lugares de google", "es"),
        ("le ofrecemos posicionamiento en google para su plomería", "es"),
    ],
)
def test_search_ranking_sold_to_the_business_is_a_sales_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.SALES, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("found you on the first page of google, my kitchen drain is clogged", "en"),
        ("can you get me on the top of the list for tomorrow? toilet is backed up", "en"),
        ("los encontré en google, se tapó el drenaje de la cocina", "es"),
    ],
)
def test_a_customer_who_found_us_on_google_is_no_sales_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.SALES, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("they said a plumber would be here by nine and it's ten thirty, is he still coming", "en"),
        ("i was told someone would come out today for the water heater, are they still coming",
         "en"),
        ("is she still coming? the office said the tech would stop by before noon", "en"),
        ("buenas tardes, ¿sí viene hoy el técnico? nadie me ha llamado", "es"),
        ("¿ya vienen los muchachos? los estoy esperando desde las ocho", "es"),
        ("¿si llega mañana el plomero o lo cambiaron?", "es"),
    ],
)  # fmt: skip
def test_a_visit_waited_on_asked_after_is_a_status_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my son is he still coming home for lunch, anyway the toilet is clogged", "en"),
        ("i was told by a neighbor you do good work, my drain is clogged", "en"),
        ("si viene el plomero que revise también el lavabo, gotea mucho", "es"),
        ("si vienen hoy les pago en efectivo, se tapó el drenaje", "es"),
    ],
)
def test_a_condition_or_someone_else_coming_is_no_status_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.APPOINTMENT_STATUS, text
