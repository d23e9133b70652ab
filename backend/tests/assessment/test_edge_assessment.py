"""An assessment of the edge, against the real app over ASGI on whichever database the suite
runs: bad input everywhere the OpenAPI schema says input goes, counted.

- NUL (U+0000) in every JSON string field of every write route, one field at a time, and in
  every string query parameter of every route.
- Extreme dates (year 1, year 9999) in every date query parameter and date body field, and
  extreme integers in every integer query parameter (offsets, limits).
- Spoofed X-Forwarded-For (the lockout counts the proxy's entry, not the client's), and
  oversized request headers.

The counts asserted: no HTTP 500 at all, and none of the unique markers planted in names,
emails, notes and the bad input itself appears in any log line the app writes (uvicorn's
"Exception in ASGI application" traceback included: the app is wrapped the way uvicorn runs
it). Twilio's form-encoded webhooks are left to their own suite (tests/channels).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.main import create_app
from tests import tenancy_walk
from tests.conftest import ADMIN, Tenant, make_settings, provision

_PARAM = re.compile(r"{([^}:]+)(?::[^}]+)?}")
RUN = uuid.uuid4().hex[:10]


def marker(kind: str) -> str:
    """A string that can only appear in a log if personal data leaked into it."""
    return f"Mrk{kind}{RUN}"


EXTREME_DATES = [
    "0001-01-01",
    "9999-12-31",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-12:00",
]
EXTREME_INTS = [str(2**63 + 7), str(10**12), "-1"]


class LikeUvicorn:
    """Logs an unhandled exception the way uvicorn does, so its traceback is assessed too."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.state = app.state  # what tests/tenancy_walk.py reaches for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        except Exception:
            logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
            raise


@dataclass
class Tally:
    requests: int = 0
    server_errors: list[str] = field(default_factory=list)

    def note(self, label: str, response: httpx.Response) -> None:
        self.requests += 1
        if response.status_code >= 500:
            self.server_errors.append(f"{label}: {response.status_code}")


@pytest.fixture
async def client(settings: Settings, db: Database) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, database=db, clock=SystemClock(), run_worker=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=LikeUvicorn(app), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            c.app = app  # type: ignore[attr-defined]
            yield c


def _schema(app: Any) -> dict[str, Any]:
    schema: dict[str, Any] = app.openapi()
    return schema


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = schema["components"]["schemas"][name]
    return node


def _variants(schema: dict[str, Any], node: dict[str, Any]) -> list[dict[str, Any]]:
    node = _resolve(schema, node)
    options = node.get("anyOf") or node.get("oneOf") or [node]
    return [_resolve(schema, o) for o in options]


def string_fields(schema: dict[str, Any], node: dict[str, Any], depth: int = 0) -> list[list[str]]:
    """Paths to every string field of a body schema (nested objects and lists of strings)."""
    found: list[list[str]] = []
    for name, prop in (_resolve(schema, node).get("properties") or {}).items():
        for variant in _variants(schema, prop):
            kind = variant.get("type")
            if kind == "string" and [name] not in found:
                found.append([name])
            elif kind == "array" and any(
                v.get("type") == "string" for v in _variants(schema, variant.get("items", {}))
            ):
                found.append([name, "[]"])
            elif (kind == "object" or "properties" in variant) and depth < 2:
                found += [[name, *sub] for sub in string_fields(schema, variant, depth + 1)]
    return found


def date_fields(schema: dict[str, Any], node: dict[str, Any]) -> list[str]:
    return [
        name
        for name, prop in (_resolve(schema, node).get("properties") or {}).items()
        if any(v.get("format") in {"date", "date-time"} for v in _variants(schema, prop))
    ]


def with_value(body: dict[str, Any], path: list[str], value: str) -> dict[str, Any]:
    out = dict(body)
    head, rest = path[0], path[1:]
    if rest == ["[]"]:
        out[head] = [value]
    elif rest:
        inner = out.get(head) if isinstance(out.get(head), dict) else {}
        out[head] = with_value(inner, rest, value)
    else:
        out[head] = value
    return out


@dataclass
class World:
    tenant: Tenant
    ids: dict[str, str]


async def _world(client: httpx.AsyncClient) -> World:
    tenant = await provision(
        client,
        name=f"{marker('Biz')} Plumbing",
        owner_email=f"{marker('owner').lower()}@example.com",
    )
    ids: dict[str, str] = {"business_id": tenant.id}
    for param, factory in tenancy_walk.ID_FACTORIES.items():
        made = await factory(client, tenant)
        ids.update(made if isinstance(made, dict) else {param: made})
    # Personal data with markers, through the routes owners use.
    created = await client.post(
        "/v1/owner/customers",
        json={
            "name": f"{marker('Name')} Person",
            "phone": "+19135550177",
            "email": f"{marker('mail').lower()}@example.com",
            "notes": f"gate code {marker('Note')}",
        },
        headers=tenant.owner,
    )
    assert created.status_code == 201, created.text
    return World(tenant, ids)


def _headers(world: World, path: str) -> dict[str, str]:
    if path.startswith("/v1/admin"):
        return ADMIN
    if path.startswith("/v1/sessions"):
        return {"X-API-Key": world.tenant.api_key}
    if path.startswith("/v1/widget"):
        return {"X-Widget-Token": world.tenant.widget_token, "X-Visitor-Token": "sb_visitor_x"}
    return world.tenant.owner


def _operations(app: Any) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, items in _schema(app)["paths"].items()
        for method, operation in items.items()
        if not path.startswith("/twilio/")
    ]


def _url(world: World, path: str) -> str:
    return _PARAM.sub(lambda m: world.ids.get(m.group(1), str(uuid.uuid4())), path)


def _json_body_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    body = content.get("application/json")
    return body["schema"] if body else None


def _valid_body(method: str, path: str) -> dict[str, Any]:
    body = tenancy_walk.VALID_BODIES.get((method, path), {})
    return dict(body() if callable(body) else body)


async def test_bad_input_everywhere_gives_no_500_and_no_personal_data_in_logs(
    client: httpx.AsyncClient, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    app = client.app  # type: ignore[attr-defined]
    schema = _schema(app)
    world = await _world(client)
    tally = Tally()
    nul_fields = nul_queries = date_inputs = int_inputs = 0

    for method, path, operation in _operations(app):
        url, headers = _url(world, path), _headers(world, path)

        # NUL in every JSON string field of every write route, one field at a time.
        body_schema = _json_body_schema(operation)
        if method in {"POST", "PUT", "PATCH"} and body_schema is not None:
            base = _valid_body(method, path)
            for field_path in string_fields(schema, body_schema):
                value = f"{marker('Nul')}\u0000{'.'.join(field_path)}"
                body = with_value(base, field_path, value)
                response = await client.request(method, url, json=body, headers=headers)
                tally.note(f"{method} {path} NUL in {field_path}", response)
                assert response.status_code == 422, (method, path, field_path, response.text)
                nul_fields += 1
            # Extreme dates in every date field of the body.
            for name in date_fields(schema, body_schema):
                for value in EXTREME_DATES:
                    body = {**_booking_body(method, path), name: value}
                    response = await client.request(method, url, json=body, headers=headers)
                    tally.note(f"{method} {path} {name}={value}", response)
                    assert 400 <= response.status_code < 500, (path, name, value, response.text)
                    date_inputs += 1

        for param in operation.get("parameters", []):
            if param["in"] != "query":
                continue
            variants = _variants(schema, param.get("schema", {}))
            kinds = {v.get("type") for v in variants}
            formats = {v.get("format") for v in variants}
            name = param["name"]
            if "string" in kinds:
                response = await client.request(
                    method,
                    url,
                    params={name: f"{marker('Q')}\u0000x"},
                    headers=headers,
                    **({"json": _valid_body(method, path)} if method != "GET" else {}),
                )
                tally.note(f"{method} {path} ?{name}=NUL", response)
                assert response.status_code == 422, (path, name, response.text)
                nul_queries += 1
            if name in {"start", "end"} or formats & {"date", "date-time"}:
                for value in EXTREME_DATES:
                    response = await client.request(
                        method, url, params={name: value}, headers=headers
                    )
                    tally.note(f"{method} {path} ?{name}={value}", response)
                    assert response.status_code == 422, (path, name, value, response.text)
                    date_inputs += 1
            if "integer" in kinds:
                for value in EXTREME_INTS:
                    response = await client.request(
                        method, url, params={name: value}, headers=headers
                    )
                    tally.note(f"{method} {path} ?{name}={value}", response)
                    assert response.status_code == 422, (path, name, value, response.text)
                    int_inputs += 1

    # Oversized headers, on a public route, an owner route and a write.
    for method, path in (
        ("GET", "/healthz"),
        ("GET", "/v1/owner/customers"),
        ("POST", "/v1/owner/customers"),
    ):
        response = await client.request(
            method, path, headers={**world.tenant.owner, "X-Padding": "p" * 1_000_000}
        )
        tally.note(f"{method} {path} with a 1 MB header", response)
        assert response.status_code == 431

    await _spoofed_forwarded_for(database_url, world.tenant, tally)

    # Every kind of input was really tried.
    assert nul_fields >= 40, nul_fields
    assert nul_queries >= 10, nul_queries
    assert date_inputs >= 20, date_inputs
    assert int_inputs >= 15, int_inputs
    assert tally.server_errors == [], "\n".join(tally.server_errors)

    out = capsys.readouterr().out
    assert out.count('"event": "request"') >= tally.requests // 2, "the app's logs were not seen"
    leaked = sorted({m for m in re.findall(rf"Mrk\w+?{RUN}", out, flags=re.IGNORECASE)})
    assert leaked == [], f"personal data in the logs: {leaked}"


def _booking_body(method: str, path: str) -> dict[str, Any]:
    """A body that passes validation apart from the date under test."""
    if (method, path) == ("POST", "/v1/owner/appointments"):
        return {
            "customer": {"name": f"{marker('Book')} Caller", "phone": "+19135550178"},
            "duration_minutes": 60,
            "address": f"12 {marker('Street')} St",
            "notes": marker("BookNote"),
        }
    if (method, path) == ("POST", "/v1/owner/closures"):
        return {"start_date": "2026-12-24", "end_date": "2026-12-26"}
    return _valid_body(method, path)


async def _spoofed_forwarded_for(database_url: str, tenant: Tenant, tally: Tally) -> None:
    """Behind a proxy, a client rotating spoofed X-Forwarded-For entries is still locked out."""
    settings = make_settings(database_url, auth_failure_limit=4, trust_forwarded_for=True)
    db = Database(settings)
    app = create_app(settings, database=db, clock=SystemClock(), run_worker=False)
    transport = httpx.ASGITransport(
        app=LikeUvicorn(app), client=("10.0.0.9", 443), raise_app_exceptions=False
    )
    real = f"198.51.{int(RUN[:2], 16)}.{int(RUN[2:4], 16) % 250 + 1}"
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            statuses = []
            for i in range(8):
                spoofed = {"X-Forwarded-For": f"192.0.2.{i}, {real}"}
                response = await c.get(
                    "/v1/owner/business",
                    headers={"X-Owner-Token": "sb_test_owner_guessguessguessguess", **spoofed},
                )
                tally.note("spoofed X-Forwarded-For", response)
                statuses.append(response.status_code)
            assert statuses[:4] == [401] * 4 and set(statuses[4:]) == {429}, statuses
            legit = await c.get(
                "/v1/owner/business", headers={**tenant.owner, "X-Forwarded-For": real}
            )
            assert legit.status_code == 429
    finally:
        await db.dispose()
