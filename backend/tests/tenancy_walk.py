"""What the cross-tenant walk needs to visit a route: how to make a real object for a path id.

Every path parameter of a tenant route must be registered here; the walk fails for any route
whose parameter has no factory, so new routes join the cross-tenant suite automatically.
A factory makes an object as `tenant` (through the API) and returns its id.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from tests.conftest import Tenant

# A factory returns the id, or a dict of related ids (an address and its customer).
Factory = Callable[[httpx.AsyncClient, Tenant], Awaitable[Any]]

ID_FACTORIES: dict[str, Factory] = {}
# (METHOD, path template) -> a JSON body that passes validation, for mutating routes.
VALID_BODIES: dict[tuple[str, str], Any] = {}


def id_factory(param: str) -> Callable[[Factory], Factory]:
    def register(fn: Factory) -> Factory:
        ID_FACTORIES[param] = fn
        return fn

    return register


@id_factory("event_id")
async def _audit_event(client: httpx.AsyncClient, tenant: Tenant) -> str:
    await client.post("/v1/owner/lockdown", json={"enabled": False}, headers=tenant.owner)
    response = await client.get("/v1/owner/audit", headers=tenant.owner)
    return str(response.json()["items"][0]["id"])


@id_factory("message_id")
async def _message(client: httpx.AsyncClient, tenant: Tenant) -> str:
    # Messages are made by the system (no public "send" route): queue one through the service.
    from switchboard.core.clock import SystemClock
    from switchboard.messaging import service
    from tests.support import as_tenant

    app = client._transport.app  # type: ignore[attr-defined]
    async with as_tenant(app.state.db, tenant.id) as (uow, ctx):
        message = await service.send_sms(
            uow, ctx, to="+19135550142", body="Walk", kind="reply", clock=SystemClock()
        )
    return str(message.id)


# CRM ------------------------------------------------------------------------------------

_counter = itertools.count(1)


_slots = itertools.count(0)


def _future_weekday_10am() -> str:
    """A distinct bookable time for each call: a weekday in Chicago business hours, a week or
    more ahead; no two calls get the same time."""
    k = next(_slots)
    day = datetime.now(UTC).date() + timedelta(days=7)
    weekdays = 0
    while True:
        if day.weekday() < 5:
            if weekdays == k // 4:
                break
            weekdays += 1
        day += timedelta(days=1)
    hour = 8 + 2 * (k % 4)
    return datetime(
        day.year, day.month, day.day, hour, tzinfo=ZoneInfo("America/Chicago")
    ).isoformat()


async def _json(response: httpx.Response) -> Any:
    assert response.status_code < 300, response.text
    return response.json()


@id_factory("customer_id")
async def _customer(client: httpx.AsyncClient, tenant: Tenant) -> str:
    body = {"name": "Walk Customer", "phone": f"+1816555{next(_counter) % 10000:04d}"}
    return str(
        (await _json(await client.post("/v1/owner/customers", json=body, headers=tenant.owner)))[
            "id"
        ]
    )


@id_factory("address_id")
async def _address(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, str]:
    customer = await _customer(client, tenant)
    await _json(
        await client.post(
            f"/v1/owner/customers/{customer}/addresses",
            json={"line": "12 Oak St, Olathe, KS"},
            headers=tenant.owner,
        )
    )
    detail = await _json(await client.get(f"/v1/owner/customers/{customer}", headers=tenant.owner))
    return {"customer_id": customer, "address_id": str(detail["addresses"][0]["id"])}


@id_factory("appointment_id")
async def _appointment(client: httpx.AsyncClient, tenant: Tenant) -> str:
    body = {
        "customer": {"name": "Walk Customer", "phone": "+19135550142"},
        "start": _future_weekday_10am(),
        "duration_minutes": 60,
        "address": "12 Oak St",
    }
    return str(
        (await _json(await client.post("/v1/owner/appointments", json=body, headers=tenant.owner)))[
            "id"
        ]
    )


@id_factory("service_id")
async def _service(client: httpx.AsyncClient, tenant: Tenant) -> str:
    items = (await _json(await client.get("/v1/owner/services", headers=tenant.owner)))["items"]
    return str(items[0]["id"])


@id_factory("technician_id")
async def _technician(client: httpx.AsyncClient, tenant: Tenant) -> str:
    return str(
        (
            await _json(
                await client.post(
                    "/v1/owner/technicians", json={"name": "Ray"}, headers=tenant.owner
                )
            )
        )["id"]
    )


@id_factory("closure_id")
async def _closure(client: httpx.AsyncClient, tenant: Tenant) -> str:
    day = (datetime.now(UTC).date() + timedelta(days=300 + next(_counter))).isoformat()
    return str(
        (
            await _json(
                await client.post(
                    "/v1/owner/closures",
                    json={"start_date": day, "end_date": day},
                    headers=tenant.owner,
                )
            )
        )["id"]
    )


async def _seed_conversation(client: httpx.AsyncClient, tenant: Tenant) -> tuple[str, str]:
    """A conversation with a callback, the way the channels create them."""
    from switchboard.conversations import service as conversations
    from switchboard.tenancy.context import Actor, issue_tenant_context

    app = client._transport.app  # type: ignore[attr-defined]
    db = app.state.db
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    now = datetime.now(UTC)
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        convo = await conversations.start_conversation(
            uow, context, "voice", now, phone="+19135550142"
        )
        await conversations.append_message(uow, context, convo.id, "caller", "hello", now)
        callback = await conversations.open_callback(
            uow,
            context,
            reason="partial_intake",
            at=now,
            phone="+19135550142",
            conversation_id=convo.id,
        )
        # A voicemail's audio, so the recording route has something to answer with.
        callback.recording_url = f"https://api.twilio.com/Recordings/RE{uuid.uuid4().hex}"
        app.state.providers.voice.add_recording(callback.recording_url, b"RIFF")
        return str(convo.id), str(callback.id)


@id_factory("conversation_id")
async def _conversation(client: httpx.AsyncClient, tenant: Tenant) -> str:
    return (await _seed_conversation(client, tenant))[0]


@id_factory("callback_id")
async def _callback(client: httpx.AsyncClient, tenant: Tenant) -> str:
    return (await _seed_conversation(client, tenant))[1]


VALID_BODIES.update(
    {
        ("PATCH", "/v1/owner/customers/{customer_id}"): {"notes": "x"},
        ("POST", "/v1/owner/customers/{customer_id}/addresses"): {"line": "1 Main St"},
        ("PUT", "/v1/owner/customers/{customer_id}/sms-consent"): {
            "granted": True,
            "method": "owner",
            "evidence": "asked",
        },
        ("PATCH", "/v1/owner/appointments/{appointment_id}"): {"notes": "x"},
        ("POST", "/v1/owner/appointments/{appointment_id}/cancel"): {},
        ("POST", "/v1/owner/appointments/{appointment_id}/complete"): {"amount_cents": 100},
        ("POST", "/v1/owner/appointments/{appointment_id}/reschedule"): lambda: {
            "start": _future_weekday_10am()
        },
        ("PATCH", "/v1/owner/services/{service_id}"): {"duration_minutes": 30},
        ("PATCH", "/v1/owner/technicians/{technician_id}"): {"name": "x"},
        ("POST", "/v1/owner/conversations/{conversation_id}/messages"): {"text": "x"},
        ("POST", "/v1/owner/conversations/{conversation_id}/sms"): {"text": "x"},
        ("POST", "/v1/owner/callbacks/{callback_id}/resolve"): {"resolution": "x"},
        ("POST", "/v1/owner/callbacks/{callback_id}/assign"): {"assignee": "x"},
    }
)
# Bodies that need an object of their own, made as the same tenant.
BODY_FACTORIES: dict[tuple[str, str], Factory] = {}


async def _merge_body(client: httpx.AsyncClient, tenant: Tenant) -> str:
    return await _customer(client, tenant)


BODY_FACTORIES[("POST", "/v1/owner/customers/{customer_id}/merge")] = _merge_body


@id_factory("session_id")
async def _session(client: httpx.AsyncClient, tenant: Tenant) -> str:
    return str(
        (
            await _json(
                await client.post(
                    "/v1/sessions", json={"channel": "web"}, headers={"X-API-Key": tenant.api_key}
                )
            )
        )["id"]
    )


VALID_BODIES[("POST", "/v1/sessions/{session_id}/turns")] = {"text": "hello there"}


# The web chat: a chat started through the widget, and its visitor's token, which the walk
# sends with the widget routes (tests/core/test_cross_tenant.py).
VISITOR_TOKENS: dict[str, str] = {}


@id_factory("chat_id")
async def _chat(client: httpx.AsyncClient, tenant: Tenant) -> str:
    started = await _json(
        await client.post(
            "/v1/widget/conversations", json={}, headers={"X-Widget-Token": tenant.widget_token}
        )
    )
    VISITOR_TOKENS[str(started["id"])] = str(started["visitor_token"])
    return str(started["id"])


VALID_BODIES[("POST", "/v1/widget/conversations/{chat_id}/messages")] = {"text": "hello there"}
VALID_BODIES[("POST", "/v1/owner/conversations/{conversation_id}/reply")] = {"text": "Hi"}
