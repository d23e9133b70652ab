"""The provider is called with no transaction open, and what that makes possible."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from urllib.parse import urlencode

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.integrations.sms.port import OutboundSms, SmsReceipt
from switchboard.jobs.worker import Worker
from tests.conftest import Tenant
from tests.messaging.test_sending import get_message, queue_sms
from tests.messaging.test_status_callbacks import PATH, signed
from tests.support import update_business
from tests.twilio_params import sms_status_params


class GatedSms(OfflineSms):
    """Holds each send until the test opens the gate; can "crash" right after accepting."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = asyncio.Event()
        self.gate = asyncio.Event()
        self.crash_after_accept = False

    async def send(self, message: OutboundSms) -> SmsReceipt:
        self.entered.set()
        await self.gate.wait()
        receipt = await super().send(message)
        if self.crash_after_accept:
            self.crash_after_accept = False
            raise RuntimeError("worker died before storing the result")
        return receipt


@pytest.fixture
def sms() -> GatedSms:
    return GatedSms()


@pytest.fixture
def providers(sms: GatedSms, email: OfflineEmail) -> Providers:
    return Providers(sms=sms, email=email)


async def test_no_transaction_is_held_while_the_provider_is_called(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: GatedSms
) -> None:
    await queue_sms(db, tenant, clock)
    run = asyncio.create_task(worker.drain())
    await asyncio.wait_for(sms.entered.wait(), timeout=10)
    # On SQLite a held write transaction would make this wait for the provider.
    await asyncio.wait_for(update_business(db, tenant.id, name="Still Writable"), timeout=5)
    sms.gate.set()
    await run
    assert len(sms.sent) == 1


async def test_crash_after_the_provider_accepted_is_reconciled_not_resent(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: GatedSms,
) -> None:
    sms.gate.set()
    sms.crash_after_accept = True
    message_id = await queue_sms(db, tenant, clock)
    await worker.drain()
    assert (await get_message(client, tenant, message_id))["status"] == "sending"
    clock.advance(timedelta(minutes=5))
    await worker.drain()
    assert sms.attempts == 1
    message = await get_message(client, tenant, message_id)
    assert (message["status"], message["provider_id"]) == ("sent", sms.sent[0].receipt.provider_id)


async def test_status_callback_that_outruns_the_job_is_kept(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: GatedSms,
) -> None:
    message_id = await queue_sms(db, tenant, clock)
    run = asyncio.create_task(worker.drain())
    await asyncio.wait_for(sms.entered.wait(), timeout=10)
    sid = "SMfast0000000000000000000000000001"
    params = sms_status_params(sid, "delivered", tenant.phone_number, "+19135550142")
    url = f"http://127.0.0.1:8000{PATH}?m={message_id}"
    response = await client.post(
        f"{PATH}?m={message_id}", content=urlencode(params), headers=signed(params, url=url)
    )
    assert response.status_code == 200
    sms.gate.set()
    await run
    message = await get_message(client, tenant, message_id)
    assert message["status"] == "delivered"  # the job's later "sent" did not move it back
    assert message["provider_id"] == sid
