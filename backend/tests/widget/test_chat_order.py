"""What the visitor's page shows when messages cross: an owner's live reply (or another tab's
message) written between the page's last poll and the visitor's own message is still shown.

The page shows a chat by message number (`seq`): it polls "what came after the last one I
showed", and moves its cursor to the `seq` a sent message's answer gives. A message written in
between (while the visitor typed, or while the assistant was answering them) has a number
below that answer's, so a poll after the answer never returns it. The page now tells the send
what it has shown (`?after=<seq>`), and the answer carries what it had not (`missed`).
Runs on SQLite and PostgreSQL like the rest of the suite."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from switchboard.conversations import service as conversations
from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.llm.port import ChatTurn
from switchboard.integrations.providers import Providers
from switchboard.models.conversation import Conversation
from switchboard.widget import service as widget_service
from tests.channels.conftest import voice_tenant
from tests.conftest import Tenant, app_client, make_settings
from tests.support import as_tenant, context_for


class SlowLlm:
    """A model that answers only when the test lets it: the visitor's turn is held between
    its read and its write, as a real model holds it for a second or two."""

    name = "slow-test-model"

    def __init__(self) -> None:
        self.asked = asyncio.Event()
        self.answer = asyncio.Event()

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        self.asked.set()
        await self.answer.wait()
        return json.dumps({"confidence": 0.9, "intent": "new_job"})


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, llm_budget_text_s=20)


@pytest.fixture
def slow() -> SlowLlm:
    return SlowLlm()


@pytest.fixture
async def slow_client(
    settings: Settings, db: Database, clock: FixedClock, slow: SlowLlm
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=clock, providers=Providers(llm=slow)) as c:
        yield c


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=clock) as c:
        yield c


def _visitor(tenant: Tenant, chat: dict[str, Any]) -> dict[str, str]:
    return {"X-Widget-Token": tenant.widget_token, "X-Visitor-Token": chat["visitor_token"]}


async def _start(client: httpx.AsyncClient, tenant: Tenant, **body: Any) -> dict[str, Any]:
    response = await client.post(
        "/v1/widget/conversations", json=body, headers={"X-Widget-Token": tenant.widget_token}
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


async def _send(
    client: httpx.AsyncClient,
    tenant: Tenant,
    chat: dict[str, Any],
    text: str,
    after: int | None,
) -> dict[str, Any]:
    """The page's send: `after` is the last message number it has shown."""
    query = "" if after is None else f"?after={after}"
    response = await client.post(
        f"/v1/widget/conversations/{chat['id']}/messages{query}",
        json={"text": text},
        headers=_visitor(tenant, chat),
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


async def _poll(
    client: httpx.AsyncClient, tenant: Tenant, chat: dict[str, Any], after: int
) -> list[dict[str, Any]]:
    response = await client.get(
        f"/v1/widget/conversations/{chat['id']}/messages?after={after}",
        headers=_visitor(tenant, chat),
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def _owner_replies(
    client: httpx.AsyncClient, tenant: Tenant, chat: dict[str, Any], text: str
) -> int:
    response = await client.post(
        f"/v1/owner/conversations/{chat['id']}/reply", json={"text": text}, headers=tenant.owner
    )
    assert response.status_code == 201, response.text
    seq: int = response.json()["seq"]
    return seq


async def _shown_after_sending(
    client: httpx.AsyncClient, tenant: Tenant, chat: dict[str, Any], answer: dict[str, Any]
) -> list[tuple[str, str]]:
    """What the page adds after its send, as the page does it: the answer's `missed`, its
    reply, then its next poll after the answer's `seq`."""
    shown = [(m["role"], m["text"]) for m in answer.get("missed", [])]
    if answer["reply"]:
        shown.append(("assistant", answer["reply"]))
    shown += [(m["role"], m["text"]) for m in await _poll(client, tenant, chat, answer["seq"])]
    return shown


async def test_an_owner_reply_written_while_the_assistant_answers_is_shown(
    slow_client: httpx.AsyncClient, slow: SlowLlm
) -> None:
    client = slow_client
    tenant = await voice_tenant(client)
    chat = await _start(client, tenant)  # the page shows the greeting, message 0
    sending = asyncio.create_task(
        _send(client, tenant, chat, "Could someone quote me for a new water heater?", after=0)
    )
    await asyncio.wait_for(slow.asked.wait(), timeout=10)
    # The owner answers from the inbox while the assistant is still working on the message.
    seq = await _owner_replies(client, tenant, chat, "Sam here, I can quote that today.")
    slow.answer.set()
    answer = await sending
    assert answer["seq"] > seq  # the visitor's message was written after the owner's reply
    shown = await _shown_after_sending(client, tenant, chat, answer)
    assert shown.count(("owner", "Sam here, I can quote that today.")) == 1, (answer, shown)


async def test_an_owner_reply_written_before_the_next_poll_is_shown_in_spanish(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    chat = await _start(client, tenant, language="es")
    # The owner answers between two of the page's polls; the visitor sends before the next.
    await _owner_replies(client, tenant, chat, "Hola, soy Sam. ¿En qué le ayudo?")
    answer = await _send(client, tenant, chat, "quiero un presupuesto para el calentador", 0)
    shown = await _shown_after_sending(client, tenant, chat, answer)
    assert shown == [("owner", "Hola, soy Sam. ¿En qué le ayudo?")], (answer, shown)
    assert [m["seq"] for m in answer["missed"]] == [1]


async def test_another_tab_of_the_same_chat_sees_what_the_first_tab_said(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    chat = await _start(client, tenant)
    first = await _send(client, tenant, chat, "my basement drain is backing up", after=0)
    # A second tab of the same chat, which has shown only the greeting, sends next.
    second = await _send(client, tenant, chat, "it started this morning", after=0)
    assert [(m["role"], m["seq"]) for m in second["missed"]] == [
        ("caller", 1),
        ("assistant", first["seq"]),
    ]
    assert second["missed"][1]["text"] == first["reply"]


async def test_a_page_that_is_up_to_date_gets_nothing_twice(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    chat = await _start(client, tenant)
    answer = await _send(client, tenant, chat, "do you fix garbage disposals?", after=0)
    assert answer["missed"] == []
    # An owner's note is the owner's own: never shown to the visitor, never "missed".
    note = await client.post(
        f"/v1/owner/conversations/{chat['id']}/messages",
        json={"text": "quote high, they were rude last time"},
        headers=tenant.owner,
    )
    assert note.status_code == 201, note.text
    again = await _send(client, tenant, chat, "ok, what does it cost?", after=answer["seq"])
    assert again["missed"] == []
    assert again["seq"] == answer["seq"] + 3  # the note took a number the page never shows
    # A page that does not say what it has shown (an older page) is answered as before.
    older = await _send(client, tenant, chat, "thanks", after=None)
    assert older["missed"] == [] and older["seq"] == again["seq"] + 2


async def test_an_owner_reply_during_a_turn_waits_for_it_and_takes_the_next_number(
    client: httpx.AsyncClient, db: Database, settings: Settings, clock: FixedClock
) -> None:
    """The turn's transaction holds the conversation (its row lock on PostgreSQL, the one
    writer on SQLite) from reading `next_seq` to writing: an owner's reply sent meanwhile is
    written after it, never with a number the turn took."""
    tenant = await voice_tenant(client)
    chat = await _start(client, tenant)
    chat_id = uuid.UUID(chat["id"])
    context = context_for(tenant.id)
    async with as_tenant(db, tenant.id) as (uow, _):
        conversation = await widget_service.visitor_chat(
            uow, context, chat_id, chat["visitor_token"], clock.now(), settings
        )
        first = conversation.next_seq

        async def owner() -> int:
            async with as_tenant(db, tenant.id) as (other, _):
                message = await widget_service.owner_reply(
                    other, context, clock, settings, chat_id, "Sam here."
                )
                await other.session.flush()
                return message.seq

        replying = asyncio.create_task(owner())
        await asyncio.sleep(0.3)
        assert not replying.done()  # waiting for the turn's transaction
        await conversations.append_to(uow, context, conversation, "caller", "hi", clock.now())
        await conversations.append_to(uow, context, conversation, "assistant", "hello", clock.now())
    assert await asyncio.wait_for(replying, timeout=10) == first + 2
    async with as_tenant(db, tenant.id) as (uow, _):
        seqs = [m.seq for m in await conversations.messages_of(uow, context, chat_id)]
        found = await conversations.for_turn(uow, context, Conversation.id == chat_id)
    assert seqs == list(range(first + 3)) and found is not None and found.next_seq == first + 3
