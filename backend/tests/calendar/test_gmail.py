"""EMAIL_PROVIDER=gmail: a business that granted Gmail sends from its own account (recorded
users.messages.send); one that did not, or whose grant Google refuses, still sends through
the fallback provider."""

from __future__ import annotations

import base64
import email
import uuid
from collections.abc import AsyncIterator
from email import policy

import httpx
import pytest
from sqlalchemy import select

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.calendar.google import GoogleCalendar
from switchboard.integrations.email.gmail import GmailEmail
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.errors import ProviderConfigError
from switchboard.integrations.providers import Providers, build_providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.messaging import service
from switchboard.models.message import Message
from tests.calendar.conftest import connect
from tests.calendar.recorded import INVALID_GRANT, RecordedGoogle
from tests.conftest import Tenant, app_client, make_settings
from tests.support import as_tenant

SEND = "/gmail/v1/users/me/messages/send"
SENT = {"id": "18c2e4a1b2f3d4e5", "threadId": "18c2e4a1b2f3d4e5", "labelIds": ["SENT"]}


@pytest.fixture
def providers(calendar: GoogleCalendar) -> Providers:
    return Providers(calendar=calendar, email=GmailEmail(calendar, OfflineEmail()))


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, providers: Providers
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=clock, providers=providers) as c:
        yield c


async def _email(db: Database, tenant: Tenant, clock: FixedClock, to: str) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await service.send_email(
            uow,
            ctx,
            to=to,
            subject="Booked: Tuesday 10:00",
            body="See you Tuesday.",
            kind="confirmation",
            clock=clock,
            from_addr="no-reply@switchboard.example",
        )


async def _providers(db: Database, tenant: Tenant) -> list[str | None]:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        rows = await uow.session.scalars(
            select(Message.provider_id).where(Message.business_id == uuid.UUID(tenant.id))
        )
        return list(rows)


async def _sent(client: httpx.AsyncClient, tenant: Tenant) -> list[dict[str, str]]:
    answer = await client.get(
        "/v1/owner/messages", params={"channel": "email"}, headers=tenant.owner
    )
    assert answer.status_code == 200
    items: list[dict[str, str]] = answer.json()["items"]
    return items


async def test_a_business_that_granted_gmail_sends_from_its_own_account(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    google: RecordedGoogle,
    db: Database,
    clock: FixedClock,
    providers: Providers,
    settings: Settings,
) -> None:
    assert (await connect(client, tenant, google, gmail=True)).status_code == 303
    google.on("POST", SEND, (200, SENT))
    await _email(db, tenant, clock, "dana@example.com")
    await _email(db, other_tenant, clock, "sam@example.com")
    worker = Worker(db, registry, clock, services={"providers": providers, "settings": settings})
    await worker.drain()

    (sent,) = google.sent("POST", SEND)
    mime = email.message_from_bytes(
        base64.urlsafe_b64decode(RecordedGoogle.body(sent)["raw"]), policy=policy.default
    )
    assert mime["To"] == "dana@example.com"
    assert mime["Subject"] == "Booked: Tuesday 10:00"
    assert mime["From"] is None  # Gmail writes the owner's own address
    assert mime.get_content().strip() == "See you Tuesday."
    assert [m["status"] for m in await _sent(client, tenant)] == ["sent"]
    assert await _providers(db, tenant) == [SENT["id"]]
    # The other business never granted Gmail: its email went through the fallback.
    assert [m["status"] for m in await _sent(client, other_tenant)] == ["sent"]
    assert SENT["id"] not in await _providers(db, other_tenant)

    # Google refuses the grant: the email still goes out, through the fallback.
    google.on("POST", "/token", (400, INVALID_GRANT))
    providers.calendar.forget(uuid.UUID(tenant.id))  # type: ignore[attr-defined]
    await _email(db, tenant, clock, "lee@example.com")
    await worker.drain()
    assert len(google.sent("POST", SEND)) == 1
    assert all(m["status"] == "sent" for m in await _sent(client, tenant))


def test_gmail_needs_the_google_connection(database_url: str) -> None:
    with pytest.raises(ProviderConfigError, match="CALENDAR_PROVIDER=google"):
        build_providers(make_settings(database_url, email_provider="gmail"))
    google = {
        "calendar_provider": "google",
        "google_client_id": "1234.apps.googleusercontent.com",
        "google_client_secret": "GOCSPX-x",
    }
    with pytest.raises(ProviderConfigError, match="GMAIL_FALLBACK_PROVIDER"):
        build_providers(
            make_settings(
                database_url, email_provider="gmail", gmail_fallback_provider="nope", **google
            )
        )
    chosen = build_providers(make_settings(database_url, email_provider="gmail", **google))
    assert isinstance(chosen.email, GmailEmail)
    assert isinstance(chosen.email.fallback, OfflineEmail)


def test_prod_refuses_gmail_with_an_offline_fallback(database_url: str) -> None:
    from switchboard.core.config import ProductionConfigError

    settings = make_settings(
        database_url, environment="prod", email_provider="gmail", gmail_fallback_provider="offline"
    )
    with pytest.raises(ProductionConfigError, match="GMAIL_FALLBACK_PROVIDER=offline"):
        settings.check_production()
