"""The sending rules on their own, and the carrier keywords."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from switchboard.messaging.consent import classify_keyword
from switchboard.messaging.rules import SmsFacts, SmsPolicy, decide_sms
from switchboard.messaging.status import advance

CHICAGO = ZoneInfo("America/Chicago")
BASE = SmsFacts(
    kind="reminder",
    urgent=False,
    now=datetime(2026, 3, 2, 15, 0, tzinfo=UTC),
    zone=CHICAGO,
    lockdown=False,
    country="US",
    opted_out=False,
    confirmations_since_opt_out=0,
    tenant_sent_24h=0,
    recipient_sent_1h=0,
    policy=SmsPolicy(),
)


async def test_defaults_send_in_daytime() -> None:
    assert decide_sms(BASE).action == "send"


@pytest.mark.parametrize(
    ("local", "until_local"),
    [
        (datetime(2026, 3, 2, 21, 0), datetime(2026, 3, 3, 8, 0)),
        (datetime(2026, 3, 2, 23, 59), datetime(2026, 3, 3, 8, 0)),
        (datetime(2026, 3, 3, 0, 30), datetime(2026, 3, 3, 8, 0)),
        (datetime(2026, 3, 3, 7, 59), datetime(2026, 3, 3, 8, 0)),
    ],
)
async def test_quiet_hours_defer_to_eight_local(local: datetime, until_local: datetime) -> None:
    facts = replace(BASE, now=local.replace(tzinfo=CHICAGO).astimezone(UTC))
    decision = decide_sms(facts)
    assert decision.action == "defer"
    assert decision.until == until_local.replace(tzinfo=CHICAGO).astimezone(UTC)


async def test_quiet_hours_are_the_business_zone_not_utc() -> None:
    # 03:00 UTC is 21:00 in Chicago (CST) but 19:00 in Los Angeles.
    now = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    assert decide_sms(replace(BASE, now=now)).action == "defer"
    la = replace(BASE, now=now, zone=ZoneInfo("America/Los_Angeles"))
    assert decide_sms(la).action == "send"


async def test_quiet_hours_are_configurable() -> None:
    policy = SmsPolicy.from_settings(
        {"messaging": {"quiet_hours": {"start": "20:00", "end": "09:30"}}}
    )
    assert (policy.quiet_start, policy.quiet_end) == (time(20, 0), time(9, 30))
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # 09:00 local
    decision = decide_sms(replace(BASE, now=now, policy=policy))
    assert decision.until == datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


async def test_malformed_settings_fall_back_to_defaults() -> None:
    policy = SmsPolicy.from_settings({"messaging": {"daily_cap": "lots", "quiet_hours": 3}})
    assert policy == SmsPolicy()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"lockdown": True}, "lockdown"),
        ({"country": "MX"}, "country"),
        ({"country": None}, "country"),
        ({"opted_out": True}, "opted out"),
        ({"tenant_sent_24h": 500}, "daily"),
        ({"recipient_sent_1h": 5}, "hourly"),
        ({"kind": "opt_out"}, "not opted out"),
        ({"kind": "opt_out", "opted_out": True, "confirmations_since_opt_out": 1}, "already"),
    ],
)
async def test_blocking_rules(change: dict[str, object], reason: str) -> None:
    decision = decide_sms(replace(BASE, **change))  # type: ignore[arg-type]
    assert decision.action == "block"
    assert reason in (decision.reason or "")


async def test_opt_out_confirmation_goes_out_whatever_the_caps_and_hour() -> None:
    facts = replace(
        BASE,
        kind="opt_out",
        opted_out=True,
        tenant_sent_24h=10_000,
        recipient_sent_1h=99,
        now=datetime(2026, 3, 2, 5, 0, tzinfo=UTC),
    )
    assert decide_sms(facts).action == "send"


async def test_lockdown_beats_urgency() -> None:
    assert decide_sms(replace(BASE, urgent=True, lockdown=True)).action == "block"


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("STOP", "opt_out"),
        ("stop", "opt_out"),
        (" Stop. ", "opt_out"),
        ("STOP!!", "opt_out"),
        ("unsubscribe", "opt_out"),
        ("Cancel", "opt_out"),
        ("opt-out", "opt_out"),
        ("OPT OUT", "opt_out"),
        ("stopall", "opt_out"),
        ("quit", "opt_out"),
        ("END", "opt_out"),
        ("revoke", "opt_out"),
        ("START", "opt_in"),
        ("unstop", "opt_in"),
        ("help", "help"),
        ("HELP?", "help"),
        ("stop calling me at work", None),
        ("please cancel my appointment", None),
        ("nothing urgent", None),
        ("", None),
        ("stopping by later", None),
    ],
)
async def test_carrier_keywords(text: str, keyword: str | None) -> None:
    assert classify_keyword(text) == keyword


@pytest.mark.parametrize(
    ("reports", "final"),
    [
        (["sending", "sent", "delivered"], "delivered"),
        (["delivered", "sent", "sending", "queued"], "delivered"),
        (["sent", "sent", "sent"], "sent"),
        (["sent", "failed", "delivered"], "failed"),
        (["undelivered", "sent"], "undelivered"),
        (["delivered", "failed"], "delivered"),
    ],
)
async def test_status_only_moves_forward(reports: list[str], final: str) -> None:
    status = "queued"
    for reported in reports:
        status = advance(status, reported)
    assert status == final


async def test_confirmations_wait_for_the_morning_but_replies_do_not() -> None:
    night = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 23:00 in Chicago
    assert decide_sms(replace(BASE, kind="confirmation", now=night)).action == "defer"
    assert decide_sms(replace(BASE, kind="reply", now=night)).action == "send"
    assert decide_sms(replace(BASE, kind="reminder", urgent=True, now=night)).action == "send"
