"""Nothing slow runs inside a transaction: a read takes no writer lock, and a turn asks the
model before its transaction opens. On SQLite one writer serves the whole process, so a model
call inside a transaction used to stall every other tenant's request until the model answered.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import insert

from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database, ReadOnlyTransaction
from switchboard.integrations.llm.port import ChatTurn
from switchboard.integrations.providers import Providers
from switchboard.models.rate_limit import RateLimitCounter
from tests.conftest import Tenant, app_client, make_settings, provision

QUICK = 3.0  # seconds a request may take while the model (or a writer) is busy elsewhere


class SlowLlm:
    """A model that answers only when the test lets it."""

    name = "slow-test-model"

    def __init__(self) -> None:
        self.asked = asyncio.Event()
        self.answer = asyncio.Event()
        self.prompts: list[list[ChatTurn]] = []

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        self.prompts.append(turns)
        self.asked.set()
        await self.answer.wait()
        return json.dumps({"confidence": 0.9, "intent": "new_job"})


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, llm_budget_text_s=20, llm_budget_voice_s=10)


@pytest.fixture
def slow() -> SlowLlm:
    return SlowLlm()


@pytest.fixture
async def client(
    settings: Settings, db: Database, slow: SlowLlm
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=SystemClock(), providers=Providers(llm=slow)) as c:
        yield c


async def test_a_slow_model_does_not_block_another_tenants_requests(
    client: httpx.AsyncClient, slow: SlowLlm
) -> None:
    waiting, other = await provision(client, name="Waits On A Model"), await provision(client)
    key = {"X-API-Key": waiting.api_key}
    session = (await client.post("/v1/sessions", json={"channel": "sms"}, headers=key)).json()
    turn = asyncio.create_task(
        client.post(
            f"/v1/sessions/{session['id']}/turns",
            json={"text": "my sink is leaking"},
            headers=key,
        )
    )
    try:
        await asyncio.wait_for(slow.asked.wait(), timeout=10)

        async def other_tenant_work() -> None:
            created = await client.post(
                "/v1/owner/customers",
                json={"name": "Quick Quinn", "phone": "+19135550123"},
                headers=other.owner,
            )
            assert created.status_code == 201, created.text
            listed = await client.get("/v1/owner/customers", headers=other.owner)
            assert listed.status_code == 200
            business = await client.get("/v1/owner/business", headers=waiting.owner)
            assert business.status_code == 200  # even the waiting tenant can read

        await asyncio.wait_for(other_tenant_work(), timeout=QUICK)
        assert not turn.done(), "the turn should still be waiting for the model"
    finally:
        slow.answer.set()
    answered = await asyncio.wait_for(turn, timeout=10)
    assert answered.status_code == 200, answered.text
    assert len(slow.prompts) == 1
    history = await client.get(f"/v1/owner/conversations/{session['id']}", headers=waiting.owner)
    roles = [m["role"] for m in history.json()["messages"]]
    assert roles == ["assistant", "caller", "assistant"]


async def test_reads_do_not_wait_for_a_writer(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    held = asyncio.Event()
    done = asyncio.Event()

    async def slow_writer() -> None:
        async with db.unit_of_work():
            held.set()
            await done.wait()

    writer = asyncio.create_task(slow_writer())
    try:
        await asyncio.wait_for(held.wait(), timeout=5)
        response = await asyncio.wait_for(
            client.get("/v1/owner/customers", headers=tenant.owner), timeout=QUICK
        )
        assert response.status_code == 200
    finally:
        done.set()
        await writer


async def test_a_read_only_unit_of_work_refuses_writes(db: Database) -> None:
    with pytest.raises(ReadOnlyTransaction):
        async with db.unit_of_work(read_only=True) as uow:
            await uow.session.execute(insert(RateLimitCounter).values(key="ro", count=1))
    with pytest.raises(ReadOnlyTransaction):
        async with db.unit_of_work(read_only=True) as uow:
            uow.session.add(RateLimitCounter(key="ro"))
            await uow.session.flush()
