"""Migration 0006 starts each SMS consent history from what was known before it: every
number's recorded decision, and decisions shown only on a customer with no number."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

from sqlalchemy import insert, select

from switchboard.core.migrations import upgrade
from switchboard.models import Customer, SmsConsent, SmsConsentEvent
from tests.crm.migration_support import (
    insert_business_at_0005,
    run,
    scratch_url,  # noqa: F401  (the fixture)
)

BUSINESS = uuid.uuid4()
WITH_NUMBER, WITHOUT_NUMBER, NEVER_ASKED = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
MESSAGE = uuid.uuid4()
STOPPED_AT = datetime(2026, 2, 1, 15, 0, tzinfo=UTC)
SAID_AT = datetime(2026, 2, 3, 9, 30, tzinfo=UTC)


def test_existing_consent_becomes_the_first_history_rows(scratch_url: str) -> None:  # noqa: F811
    upgrade(scratch_url, "0005")
    customer = {"business_id": BUSINESS, "tags": [], "notes": "", "extra": {}}
    asyncio.run(
        run(
            scratch_url,
            insert_business_at_0005(BUSINESS, STOPPED_AT),
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

    [rows] = asyncio.run(run(scratch_url, select(SmsConsentEvent).order_by(SmsConsentEvent.phone)))
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
