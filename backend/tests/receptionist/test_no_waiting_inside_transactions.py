"""Nothing slow runs inside a transaction: a read takes no writer lock, and a turn asks the
model before its transaction opens. On SQLite one writer serves the whole process, so a model
call inside a transaction used to stall every other tenant's request until the model answered.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import event, insert

from switchboard.assistant.llm_understanding import LlmHelp
from switchboard.businesses import service as businesses
from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database, ReadOnlyTransaction, UnitOfWork
from switchboard.integrations.llm.port import ChatTurn
from switchboard.integrations.providers import Providers
from switchboard.models.rate_limit import RateLimitCounter
from switchboard.receptionist import turns
from switchboard.sms_channel.flow import handle_inbound
from switchboard.tenancy.context import TenantContext
from switchboard.voice import calls
from tests.channels.conftest import (
    PUBLIC,
    TWILIO_TOKEN,
    Call,
    TwiML,
    messages,
    sms_params,
    twilio_post,
    voice_tenant,
)
from tests.conftest import Tenant, app_client, make_settings, provision
from tests.support import context_for

QUICK = 3.0  # seconds a request may take while the model (or a writer) is busy elsewhere
# A voice turn has `voice_answer_budget_s` (12 s in tests) before the safety net answers for it
# and lets go of whatever it held: another tenant's work must be done well before then to show
# it never waited.
VOICE_QUICK = QUICK


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


class RecordingLlm:
    """A model that only notes what it was asked."""

    name = "recording-test-model"

    def __init__(self) -> None:
        self.prompts: list[list[ChatTurn]] = []

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        self.prompts.append(turns)
        return json.dumps({"confidence": 0.9, "intent": "new_job"})


class _Undo(Exception):
    pass


async def prompt_asked_inside_the_transaction(
    db: Database,
    tenant: Tenant,
    take_turn: Callable[[UnitOfWork, TenantContext, LlmHelp], Awaitable[Any]],
) -> list[ChatTurn]:
    """The prompt a turn gave the model when it asked it itself, inside its own transaction
    (as every channel did before asking ahead): the turn is taken with a recording model in
    a unit of work that is then rolled back."""
    model = RecordingLlm()
    context = context_for(tenant.id)
    with pytest.raises(_Undo):
        async with db.unit_of_work() as uow:
            await uow.bind(context)
            await take_turn(uow, context, LlmHelp(model, budget_s=10))
            raise _Undo
    assert len(model.prompts) == 1
    return model.prompts[0]


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(
        database_url,
        llm_budget_text_s=20,
        llm_budget_voice_s=10,
        twilio_auth_token=TWILIO_TOKEN,
        public_base_url=PUBLIC,
    )


@pytest.fixture
def slow() -> SlowLlm:
    return SlowLlm()


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, slow: SlowLlm
) -> AsyncIterator[httpx.AsyncClient]:
    # A fixed clock: the prompt names the time, and is compared with the one asked before.
    async with app_client(settings, db, clock=clock, providers=Providers(llm=slow)) as c:
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


async def test_a_slow_model_in_a_call_does_not_block_another_tenant(
    client: httpx.AsyncClient, db: Database, clock: FixedClock, slow: SlowLlm
) -> None:
    waiting, other = await voice_tenant(client), await provision(client, name="Other Electric")
    call = Call(client, waiting.phone_number)
    await call.start()
    said = "my water heater is leaking all over the garage"

    async def inline(uow: UnitOfWork, tenant: TenantContext, llm: LlmHelp) -> None:
        conversation = await calls.conversation_for_call(uow, tenant, call.sid)
        assert conversation is not None
        await turns.turn(uow, tenant, clock, None, conversation, said, llm=llm)

    before = await prompt_asked_inside_the_transaction(db, waiting, inline)
    turn = asyncio.create_task(call.say(said))
    try:
        await asyncio.wait_for(slow.asked.wait(), timeout=VOICE_QUICK)

        async def other_tenant_work() -> None:
            # Another business's caller is greeted, and its owner adds a customer.
            greeting = await Call(client, other.phone_number).start()
            assert greeting.find("Gather") is not None, greeting.text
            created = await client.post(
                "/v1/owner/customers",
                json={"name": "Quick Quinn", "phone": "+19135550123"},
                headers=other.owner,
            )
            assert created.status_code == 201, created.text

        await asyncio.wait_for(other_tenant_work(), timeout=VOICE_QUICK)
        assert not turn.done(), "the turn should still be waiting for the model"
    finally:
        slow.answer.set()
    answered: TwiML = await asyncio.wait_for(turn, timeout=10)
    assert answered.find("Gather") is not None, answered.text  # the assistant's, not the net's
    assert slow.prompts == [before]


async def test_a_slow_model_answering_a_text_does_not_block_another_tenant(
    client: httpx.AsyncClient, db: Database, clock: FixedClock, slow: SlowLlm
) -> None:
    waiting, other = await voice_tenant(client), await provision(client, name="Other Electric")
    sender = "+19135550142"
    # The catalogue (in the prompt, by id) is made on first use: made now, not inside the
    # rolled-back turn below.
    assert (await client.get("/v1/owner/services", headers=waiting.owner)).status_code == 200

    def inline(
        body: str, sid: str
    ) -> Callable[[UnitOfWork, TenantContext, LlmHelp], Awaitable[Any]]:
        async def take(uow: UnitOfWork, tenant: TenantContext, llm: LlmHelp) -> None:
            business = await businesses.get_own_business(uow, tenant)
            outcome = await handle_inbound(
                uow,
                tenant,
                business,
                clock,
                None,
                sender=sender,
                body=body,
                message_sid=sid,
                llm=llm,
            )
            assert outcome == "reply"

        return take

    async def other_tenant_work(customer_phone: str) -> None:
        # Another business is texted, and its owner adds a customer.
        texted = await twilio_post(
            client, "/twilio/sms", sms_params(sender, other.phone_number, "HELP")
        )
        assert texted.status_code == 200, texted.text
        created = await client.post(
            "/v1/owner/customers",
            json={"name": "Quick Quinn", "phone": customer_phone},
            headers=other.owner,
        )
        assert created.status_code == 201, created.text

    for number, body in enumerate(("my water heater is leaking", "tomorrow morning works")):
        sid = "SM" + uuid.uuid4().hex
        # The first text starts the thread (the greeting, then the turn); the second continues it.
        before = await prompt_asked_inside_the_transaction(db, waiting, inline(body, sid))
        slow.asked.clear()
        slow.answer.clear()
        text = asyncio.create_task(
            twilio_post(client, "/twilio/sms", sms_params(sender, waiting.phone_number, body, sid))
        )
        try:
            await asyncio.wait_for(slow.asked.wait(), timeout=QUICK)
            await asyncio.wait_for(other_tenant_work(f"+1913555012{number}"), timeout=QUICK)
            assert not text.done(), "the text should still be waiting for the model"
        finally:
            slow.answer.set()
        answered = await asyncio.wait_for(text, timeout=10)
        assert answered.status_code == 200, answered.text
        assert slow.prompts[number] == before
    assert len(slow.prompts) == 2
    replies = [m for m in await messages(client, waiting) if m["direction"] == "outbound"]
    assert len(replies) == 2


async def test_without_a_model_a_turn_reads_nothing_ahead(
    settings: Settings, db: Database, clock: FixedClock
) -> None:
    """With no model configured (the default) the voice and SMS turns open no read-only
    transaction ahead of their write: no extra round trip."""
    if not db.is_sqlite:
        pytest.skip("only SQLite tells a reader's BEGIN from a writer's")
    async with app_client(settings, db, clock=clock) as client:
        tenant = await voice_tenant(client)
        call = Call(client, tenant.phone_number)
        await call.start()
        begins: list[str] = []

        def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.strip().upper().startswith("BEGIN"):
                begins.append(statement.strip().upper())

        event.listen(db.engine.sync_engine, "before_cursor_execute", note)
        try:
            await call.say("my water heater is leaking")
            texted = await twilio_post(
                client, "/twilio/sms", sms_params("+19135550142", tenant.phone_number, "hi there")
            )
            assert texted.status_code == 200
        finally:
            event.remove(db.engine.sync_engine, "before_cursor_execute", note)
    assert begins == ["BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]


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


async def test_a_voice_turn_past_its_budget_is_answered_by_the_safety_net(
    database_url: str, db: Database, clock: FixedClock, slow: SlowLlm
) -> None:
    """The model may wait longer than a caller may: past `voice_answer_budget_s` the caller
    hears the apology and the voicemail prompt (Twilio's own timeout never fires), and the
    turn lets go of what it held."""
    budget = 0.5
    short = make_settings(
        database_url,
        llm_budget_voice_s=10,
        voice_answer_budget_s=budget,
        twilio_auth_token=TWILIO_TOKEN,
        public_base_url=PUBLIC,
    )
    async with app_client(short, db, clock=clock, providers=Providers(llm=slow)) as client:
        tenant = await voice_tenant(client)
        call = Call(client, tenant.phone_number)
        await call.start()
        try:
            answered = await asyncio.wait_for(
                call.say("my water heater is leaking all over the garage"), timeout=QUICK
            )
        finally:
            slow.answer.set()
        assert answered.find("Record") is not None, answered.text
        assert "leave your name" in answered.said()
        assert answered.find("Gather") is None
        # Nothing was held: the business's owner reads its conversations at once.
        listed = await asyncio.wait_for(
            client.get("/v1/owner/conversations", headers=tenant.owner), timeout=QUICK
        )
        assert listed.status_code == 200
