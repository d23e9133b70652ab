"""Inventories that a new route or table cannot slip past.

- Every route in the OpenAPI schema answers 401 without credentials, except a short, explicit
  allow-list of public routes and Twilio's signed webhooks (403 without a valid signature).
- Every tenant table has row-level security enabled and forced on PostgreSQL.
"""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from sqlalchemy import text

from switchboard.core.db import Database
from switchboard.models import Base, TenantScoped

_PARAM = re.compile(r"{([^}:]+)(?::[^}]+)?}")

# Routes anyone may call, and why. Keep this list short: a route added here is public.
PUBLIC = {
    ("GET", "/healthz"): "liveness probe",
    ("GET", "/readyz"): "readiness probe",
    # Calendar apps cannot send headers: the secret is the URL itself, a wrong one is 404 and
    # counts towards the failed-auth lockout.
    ("GET", "/v1/calendar-feeds/{token}.ics"): "secret-URL calendar feed",
    # Browser sign-in takes the credential in its body (a wrong one is 401 and counts towards
    # both lockouts); sign-out without a session only clears the cookie.
    ("POST", "/v1/auth/owner/login"): "dashboard sign-in",
    ("POST", "/v1/auth/admin/login"): "admin console sign-in",
    ("POST", "/v1/auth/owner/logout"): "dashboard sign-out",
    # A one-time code to the owner's phone or email (same answer for any contact; per-address
    # and per-contact limits), and signing in with it.
    ("POST", "/v1/auth/owner/code"): "dashboard sign-in code request",
    ("POST", "/v1/auth/owner/code/verify"): "dashboard sign-in with a code",
    ("POST", "/v1/auth/admin/logout"): "admin console sign-out",
    # The web chat widget's files: every website visitor's browser loads them. The chat page
    # names its business by the widget token in the URL (an unknown one is 404 and counts
    # towards the failed-auth lockout); the chat itself needs the widget token's header.
    ("GET", "/widget/embed.js"): "the script a business's website includes",
    ("GET", "/widget/chat"): "the chat page the website's iframe shows",
    ("GET", "/widget/assets/{name}"): "the chat page's scripts and styles",
    # Google sends the owner's browser back here (no header possible): the sealed, expiring
    # OAuth state naming the owner credential authenticates it; a bad one is 400 and counts
    # towards the failed-auth lockout (tests/calendar/test_connect.py).
    ("GET", "/v1/integrations/google/callback"): "OAuth redirect, authenticated by its state",
    # Intuit sends the owner's browser back here the same way (tests/quickbooks/
    # test_quickbooks_connect.py): a bad state is 400 and counts towards the lockout.
    ("GET", "/v1/integrations/quickbooks/callback"): "OAuth redirect, authenticated by its state",
    # Google's push notifications carry the channel's secret token (X-Goog-Channel-Token);
    # anything else is 404 and counts towards the lockout (tests/calendar/test_readback.py).
    ("POST", "/v1/integrations/google/notifications"): "Google push, authenticated by token",
}
# Signed by Twilio (X-Twilio-Signature): refused with 403 before anything is read.
SIGNED_PREFIX = "/twilio/"
# Signed by Stripe (Stripe-Signature): 403 without a valid signature once STRIPE_WEBHOOK_SECRET
# is set (tests/billing/test_webhook.py), 503 while it is not, as here; never accepted unsigned.
STRIPE_WEBHOOK = ("POST", "/v1/billing/stripe/webhook")
# Signed by Intuit (intuit-signature): the same, with QUICKBOOKS_WEBHOOK_VERIFIER
# (tests/accounting/test_payments_back.py).
INTUIT_WEBHOOK = ("POST", "/v1/accounting/quickbooks/webhook")


async def test_every_non_public_route_answers_401_without_credentials(
    client: httpx.AsyncClient,
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    operations = [
        (method.upper(), path) for path, items in app.openapi()["paths"].items() for method in items
    ]
    assert len(operations) > 50, "the walk found too few routes"
    assert set(PUBLIC) <= set(operations), "an allow-listed route no longer exists"
    wrong: list[str] = []
    for method, path in operations:
        if (method, path) in PUBLIC:
            continue
        url = _PARAM.sub(lambda _: str(uuid.uuid4()), path)
        kwargs = {} if method in {"GET", "DELETE"} else {"json": {}}
        response = await client.request(method, url, **kwargs)
        expected = 403 if path.startswith(SIGNED_PREFIX) else 401
        if (method, path) in {STRIPE_WEBHOOK, INTUIT_WEBHOOK}:
            expected = 503
        if response.status_code != expected:
            wrong.append(f"{method} {path}: {response.status_code}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def _tenant_tables() -> list[str]:
    return sorted(
        mapper.local_table.name  # type: ignore[union-attr]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, TenantScoped)
    )


async def test_every_tenant_table_has_row_level_security_forced(
    db: Database, is_postgres: bool
) -> None:
    if not is_postgres:
        pytest.skip("row-level security is a PostgreSQL feature")
    tables = _tenant_tables()
    assert len(tables) > 10, tables
    async with db.engine.connect() as conn:
        rows = (
            await conn.execute(
                text(
                    "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,"
                    " (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)"
                    " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                )
            )
        ).all()
    state = {name: (enabled, forced, policies) for name, enabled, forced, policies in rows}
    missing = [
        f"{t}: enabled={state.get(t, (None,))[0]} forced={state.get(t, (None, None))[1]}"
        f" policies={state.get(t, (None, None, 0))[2]}"
        for t in tables
        if state.get(t, (False, False, 0))[:2] != (True, True) or not state[t][2]
    ]
    assert not missing, "tenant tables without forced row-level security:\n" + "\n".join(missing)
