"""What the cross-tenant walk needs to visit a route: how to make a real object for a path id.

Every path parameter of a tenant route must be registered here; the walk fails for any route
whose parameter has no factory, so new routes join the cross-tenant suite automatically.
A factory makes an object as `tenant` (through the API) and returns its id.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from tests.conftest import Tenant

Factory = Callable[[httpx.AsyncClient, Tenant], Awaitable[str]]

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
