"""The owner's alert texts: every word in the business's language, the fallbacks too."""

from __future__ import annotations

import pytest

from switchboard.alerts.catalogue import SUBJECTS, TEXTS, alert_subject, alert_text


@pytest.mark.parametrize(
    "event", sorted(e for e, text in TEXTS["es"].items() if "{caller}" in text)
)
def test_a_spanish_alert_without_a_caller_says_so_in_spanish(event: str) -> None:
    text = alert_text("es", event, {"business": "Plomería Garza", "summary": "fuga"})
    assert "unknown" not in text and "desconocido" in text


@pytest.mark.parametrize("event", sorted(SUBJECTS["es"]))
def test_a_spanish_subject_without_a_caller_says_so_in_spanish(event: str) -> None:
    subject = alert_subject("es", event, {"when": "mañana"})
    assert "unknown" not in subject


def test_english_keeps_unknown_caller_and_a_known_caller_is_named() -> None:
    assert "unknown caller" in alert_text("en", "missed_call", {"business": "Bristol"})
    named = alert_text("es", "missed_call", {"business": "Garza", "caller": "+19135550142"})
    assert "+19135550142" in named and "desconocido" not in named


@pytest.mark.parametrize("event", ["accounting_expired", "accounting_expiring"])
def test_the_quickbooks_alerts_name_no_caller_and_speak_the_owners_language(event: str) -> None:
    fields = {"business": "Plomería Garza", "when": "2026-06-01"}
    spanish = alert_text("es", event, fields)
    assert "QuickBooks" in spanish and "Vuelva a conectar" in spanish
    assert "{" not in spanish and "desconocido" not in spanish
    english = alert_text("en", event, {"business": "Bristol", "when": "2026-06-01"})
    assert "Connect QuickBooks again" in english
    assert ("2026-06-01" in english) == (event == "accounting_expiring")
