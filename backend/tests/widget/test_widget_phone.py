"""A web visitor's phone number (CONTRACT "Web chat widget"): asked for with the name and the
address, once more beside the next question or in the confirmation, never required. The detail
that completes name and address books the time taken. A visitor who gives none is booked all
the same (a customer without a phone, no text queued for them, the owner told to
answer in the chat); one who gives it gets the confirmation text as a caller does."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.main import worker_services
from tests.channels.conftest import messages, voice_tenant
from tests.conftest import Tenant, provision
from tests.widget.test_widget_api import say, start

TECHNICIAN = "phone number the technician can call"


@pytest.fixture
def worker(db: Database, settings: Settings) -> Worker:
    # The widget tests' app runs on the system clock: so do its jobs.
    return Worker(db, registry, SystemClock(), services=worker_services(settings, Providers()))


async def _to_details(client: httpx.AsyncClient, tenant: Tenant, problem: str) -> tuple[Any, Any]:
    chat = await start(client, tenant)
    offered = (await say(client, tenant, chat, problem)).json()
    assert offered["options"], offered
    asked = (await say(client, tenant, chat, offered["options"][0])).json()
    return chat, asked


async def _appointments(client: httpx.AsyncClient, tenant: Tenant) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = (
        await client.get("/v1/owner/appointments", headers=tenant.owner)
    ).json()["items"]
    return items


async def test_a_visitor_who_gives_no_number_is_booked_and_answered_in_the_chat(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    chat, asked = await _to_details(client, tenant, "the bathroom faucet drips, tomorrow")
    # One question for the three details.
    assert "name" in asked["reply"] and "address" in asked["reply"], asked
    assert TECHNICIAN in asked["reply"], asked
    done = (await say(client, tenant, chat, "Rowan Achterberg, 77 Elm St, Olathe KS")).json()
    # The last detail books the time taken; the number is invited once more in the
    # confirmation, which says to reply in the chat.
    assert done["booking"] is not None, done
    assert "You're booked" in done["reply"] and "just reply here" in done["reply"], done
    assert TECHNICIAN in done["reply"], done
    [appointment] = await _appointments(client, tenant)
    assert appointment["customer"]["phone"] is None
    assert appointment["customer"]["name"] == "Rowan Achterberg"
    assert "No phone given; reply in the chat." in appointment["notes"]
    await worker.drain()
    assert await messages(client, tenant, kind="confirmation") == []
    assert await messages(client, tenant, kind="reminder") == []
    alerts = await messages(client, tenant, kind="owner_alert")
    assert any("no phone given; reply in the chat" in m["body"] for m in alerts), alerts
    # A number typed afterwards goes on the booking's customer; the note goes.
    added = (await say(client, tenant, chat, "oh my number is 913 555 0177")).json()
    assert "added your number" in added["reply"], added
    [appointment] = await _appointments(client, tenant)
    assert appointment["customer"]["phone"] == "+19135550177"
    assert "No phone given" not in appointment["notes"]


async def test_a_visitor_who_gives_a_number_gets_the_confirmation_text(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    chat, _ = await _to_details(client, tenant, "my kitchen drain is clogged, tomorrow")
    done = (
        await say(client, tenant, chat, "Dana Smith, 12 Oak St, Olathe KS, 913 555 0142")
    ).json()
    # The number was given with the details: booked at once, not asked for again.
    assert done["booking"] is not None and "You're booked" in done["reply"], done
    assert TECHNICIAN not in done["reply"], done
    [appointment] = await _appointments(client, tenant)
    assert appointment["customer"]["phone"] == "+19135550142"
    assert "No phone" not in (appointment["notes"] or "")
    await worker.drain()
    confirmations = await messages(client, tenant, kind="confirmation")
    assert [m["to"] for m in confirmations] == ["+19135550142"]
    alerts = await messages(client, tenant, kind="owner_alert")
    assert alerts and not any("no phone" in m["body"] for m in alerts)


async def test_spanish_visitor_without_a_number(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    chat = await start(client, tenant, language="es")
    offered = (await say(client, tenant, chat, "gotea la llave del baño, para mañana")).json()
    assert offered["options"], offered
    asked = (await say(client, tenant, chat, offered["options"][0])).json()
    assert "teléfono" in asked["reply"], asked
    done = (await say(client, tenant, chat, "Lucía Ferrer, 90 Pine St, Olathe KS")).json()
    assert done["booking"] is not None and "quedó agendado" in done["reply"], done
    assert "responda aquí" in done["reply"] and "teléfono" in done["reply"], done


async def test_visitors_without_numbers_stay_with_their_own_business(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    other = await provision(client, name="Other Plumbing", vertical="plumbing")
    for business, name, street in (
        (tenant, "Ada Quill", "5 Ash St"),
        (other, "Ben Rook", "6 Birch St"),
        (other, "Cy Moss", "7 Cedar St"),
    ):
        chat, _ = await _to_details(client, business, "the toilet keeps running, tomorrow")
        done = (await say(client, business, chat, f"{name}, {street}, Olathe KS")).json()
        assert done["booking"] is not None, done
    mine = await _appointments(client, tenant)
    theirs = await _appointments(client, other)
    assert [a["customer"]["name"] for a in mine] == ["Ada Quill"]
    # Two customers without a number in one business are two customers, not a clash.
    assert sorted(a["customer"]["name"] for a in theirs) == ["Ben Rook", "Cy Moss"]
    assert len({a["customer"]["id"] for a in theirs}) == 2


async def test_a_number_another_customer_has_stays_on_the_job_only(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    owned = await client.post(
        "/v1/owner/customers",
        json={"name": "Margaret Okafor", "phone": "+19135550142"},
        headers=tenant.owner,
    )
    assert owned.status_code == 201, owned.text
    chat, _ = await _to_details(client, tenant, "the laundry sink drains slowly, tomorrow")
    done = (await say(client, tenant, chat, "Rowan Achterberg, 77 Elm St, Olathe KS")).json()
    assert done["booking"] is not None, done
    added = (await say(client, tenant, chat, "913 555 0142")).json()
    assert "added your number" in added["reply"], added
    [appointment] = await _appointments(client, tenant)
    # Nobody else's record is touched, and nothing of it is said: the job keeps the number.
    assert appointment["customer"]["name"] == "Rowan Achterberg"
    assert appointment["customer"]["phone"] is None
    assert "+19135550142" in appointment["notes"] and "No phone given" not in appointment["notes"]
    assert "Okafor" not in added["reply"]


async def test_a_time_taken_with_the_details_known_is_booked_at_once_and_corrected(
    client: httpx.AsyncClient,
) -> None:
    # The web chat books a taken time at once (no read-back); a corrected address or name
    # after it changes the job itself (DatabaseWorld.update_details), never a second one.
    tenant = await voice_tenant(client)
    chat = await start(client, tenant)
    first = "the bathroom faucet drips. Rowan Achterberg, 77 Elm St, Olathe KS"
    await say(client, tenant, chat, first)
    offered = (await say(client, tenant, chat, "tomorrow")).json()
    assert offered["options"], offered
    done = (await say(client, tenant, chat, offered["options"][0])).json()
    assert done["booking"] is not None and "You're booked" in done["reply"], done
    assert TECHNICIAN in done["reply"], done
    fixed = (await say(client, tenant, chat, "sorry, the address is 79 Elm St, Olathe KS")).json()
    assert "updated" in fixed["reply"], fixed
    fixed = (await say(client, tenant, chat, "and my name is Rowan Achterburg")).json()
    assert "updated" in fixed["reply"], fixed
    [appointment] = await _appointments(client, tenant)
    assert "79 Elm St" in appointment["address"]
    assert "Rowan Achterburg" in appointment["notes"]
