"""Migration 0006 starts each SMS consent history from what was known before it: every
number's recorded decision, and decisions shown only on a customer with no number."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import create_async_engine

from switchboard.core.db import normalise_url
from switchboard.core.migrations import upgrade
from switchboard.models import Customer, SmsConsent, SmsConsentEvent
from tests.conftest import _create_pg_database, _drop_pg_database

# The businesses table as revision 0005 left it (the model has gained columns since).
_BUSINESSES_AT_0005 = sa.table(
    "businesses",
    *(
        sa.column(name, kind)
        for name, kind in (
            ("id", sa.Uuid()),
            ("name", sa.String()),
            ("vertical", sa.String()),
            ("timezone", sa.String()),
            ("phone_number", sa.String()),
            ("language", sa.String()),
            ("business_hours", sa.JSON()),
            ("status", sa.String()),
            ("lockdown", sa.Boolean()),
            ("settings", sa.JSON()),
            ("created_at", sa.DateTime(timezone=True)),
            ("updated_at", sa.DateTime(timezone=True)),
        )
    ),
)
BUSINESS = uuid.uuid4()
WITH_NUMBER, WITHOUT_NUMBER, NEVER_ASKED = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
MESSAGE = uuid.uuid4()
STOPPED_AT = datetime(2026, 2, 1, 15, 0, tzinfo=UTC)
SAID_AT = datetime(2026, 2, 3, 9, 30, tzinfo=UTC)


@pytest.fixture
def scratch_url(tmp_path: Path) -> Iterator[str]:
    """A database of its own: this test stops at an older revision."""
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        url = _create_pg_database(configured)
        yield url
        _drop_pg_database(url)
    else:
        yield f"sqlite+aiosqlite:///{tmp_path}/migration.db"


async def _run(url: str, *statements: Any) -> list[Any]:
    engine = create_async_engine(normalise_url(url))
    try:
        async with engine.begin() as conn:
            results = [await conn.execute(s) for s in statements]
            return [r.all() if r.returns_rows else None for r in results]
    finally:
        await engine.dispose()


def test_existing_consent_becomes_the_first_history_rows(scratch_url: str) -> None:
    upgrade(scratch_url, "0005")
    customer = {"business_id": BUSINESS, "tags": [], "notes": "", "extra": {}}
    asyncio.run(
        _run(
            scratch_url,
            insert(_BUSINESSES_AT_0005).values(
                id=BUSINESS,
                name="Bristol Plumbing",
                vertical="plumbing",
                timezone="America/Chicago",
                phone_number="+19135550100",
                language="en",
                business_hours={},
                status="active",
                lockdown=False,
                settings={},
                created_at=STOPPED_AT,
                updated_at=STOPPED_AT,
            ),
            insert(Customer).values(
                id=WITH_NUMBER,
                name="Dana Smith",
                phone="+19135550142",
                sms_opt_out=True,
                sms_consent="revoked",
                sms_consent_at=STOPPED_AT,
                sms_consent_method="sms_keyword",
                **customer,
            ),
            insert(Customer).values(
                id=WITHOUT_NUMBER,
                name="Sam Okafor",
                sms_opt_out=True,
                sms_consent="revoked",
                sms_consent_at=SAID_AT,
                sms_consent_method="verbal",
                sms_consent_evidence="asked for no texts",
                **customer,
            ),
            insert(Customer).values(
                id=NEVER_ASKED, name="Lee Park", phone="+19135550144", **customer
            ),
            insert(SmsConsent).values(
                business_id=BUSINESS,
                phone="+19135550142",
                opted_out=True,
                evidence={
                    "source": "sms_keyword",
                    "message_id": str(MESSAGE),
                    "at": STOPPED_AT.isoformat(),
                    "actor": "twilio:webhook",
                },
                updated_at=STOPPED_AT,
            ),
            insert(SmsConsent).values(
                business_id=BUSINESS,
                phone="+19135550177",  # a number that texted STOP and is no customer
                opted_out=True,
                evidence={"source": "carrier"},
                updated_at=STOPPED_AT,
            ),
        )
    )

    upgrade(scratch_url, "head")

    [rows] = asyncio.run(_run(scratch_url, select(SmsConsentEvent).order_by(SmsConsentEvent.phone)))
    events = {
        (e.phone, e.customer_id, e.opted_out, e.source, e.message_id, e.actor, e.note, e.at)
        for e in rows
    }
    assert events == {
        (
            "+19135550142",
            WITH_NUMBER,
            True,
            "sms_keyword",
            MESSAGE,
            "twilio:webhook",
            None,
            STOPPED_AT,
        ),
        ("+19135550177", None, True, "carrier", None, "", None, STOPPED_AT),
        (None, WITHOUT_NUMBER, True, "verbal", None, "", "asked for no texts", SAID_AT),
    }
