"""Channel tests talk to the app the way Twilio does: form posts signed with the SDK's
`RequestValidator` over PUBLIC_BASE_URL plus the path and query, TwiML answers parsed, and
the URLs inside them followed."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from twilio.request_validator import RequestValidator

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.main import worker_services
from tests.conftest import ADMIN, Tenant, app_client, make_settings, provision

TWILIO_TOKEN = "twilio-test-auth-token-0123456789"
PUBLIC = "https://switchboard.example.com"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, twilio_auth_token=TWILIO_TOKEN, public_base_url=PUBLIC)


@pytest.fixture
def providers() -> Providers:
    return Providers()


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, providers: Providers
) -> AsyncIterator[httpx.AsyncClient]:
    # The app sits behind a proxy: it is reached at an internal address, not PUBLIC.
    async with app_client(
        settings, db, clock=clock, providers=providers, base_url="http://internal:8000"
    ) as c:
        yield c


@pytest.fixture
def worker(db: Database, clock: FixedClock, settings: Settings, providers: Providers) -> Worker:
    return Worker(db, registry, clock, services=worker_services(settings, providers))


def sign(url: str, params: dict[str, str], token: str = TWILIO_TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(url, params))


async def twilio_post(
    client: httpx.AsyncClient,
    url_or_path: str,
    params: dict[str, str],
    *,
    idempotency_token: str | None = None,
    signature: str | None = None,
) -> httpx.Response:
    """POST like Twilio: to an absolute PUBLIC url (from TwiML) or a path, signed over PUBLIC."""
    public = url_or_path if url_or_path.startswith("http") else PUBLIC + url_or_path
    parts = urlsplit(public)
    local = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = {"X-Twilio-Signature": signature or sign(public, params)}
    if idempotency_token:
        headers["I-Twilio-Idempotency-Token"] = idempotency_token
    return await client.post(local, data=params, headers=headers)


@dataclass
class TwiML:
    root: ET.Element
    text: str

    @classmethod
    def parse(cls, response: httpx.Response) -> TwiML:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(("text/xml", "application/xml"))
        # Our own TwiML, produced by the app under test.
        return cls(ET.fromstring(response.text), response.text)  # noqa: S314

    def find(self, tag: str) -> ET.Element | None:
        return self.root.find(f".//{tag}")

    def said(self) -> str:
        return " ".join((e.text or "") for e in self.root.iter("Say"))

    def action(self, tag: str = "Gather") -> str:
        element = self.find(tag)
        assert element is not None, self.text
        return element.attrib["action"]


@dataclass
class Call:
    """One simulated phone call: keeps the CallSid and follows the TwiML."""

    client: httpx.AsyncClient
    to: str
    caller: str = "+19135550142"
    sid: str = field(default_factory=lambda: "CA" + uuid.uuid4().hex)
    next_url: str | None = None
    turns: list[TwiML] = field(default_factory=list)

    def params(self, **extra: str) -> dict[str, str]:
        return {
            "CallSid": self.sid,
            "From": self.caller,
            "To": self.to,
            "AccountSid": "AC" + "1" * 32,
            "Direction": "inbound",
            **extra,
        }

    async def start(self) -> TwiML:
        twiml = TwiML.parse(
            await twilio_post(self.client, "/twilio/voice", self.params(CallStatus="ringing"))
        )
        return self._remember(twiml)

    async def say(self, speech: str = "", digits: str = "") -> TwiML:
        assert self.next_url, "nothing to answer: the last TwiML had no Gather"
        extra = {"SpeechResult": speech, "Confidence": "0.9"} if speech else {}
        if digits:
            extra["Digits"] = digits
        # Twilio names every delivery; a retry of the same delivery repeats the token.
        twiml = TwiML.parse(
            await twilio_post(
                self.client, self.next_url, self.params(**extra), idempotency_token=uuid.uuid4().hex
            )
        )
        return self._remember(twiml)

    async def end(self, status: str = "completed") -> httpx.Response:
        return await twilio_post(
            self.client, "/twilio/voice/status", self.params(CallStatus=status, CallDuration="42")
        )

    def _remember(self, twiml: TwiML) -> TwiML:
        gather = twiml.find("Gather")
        self.next_url = gather.attrib["action"] if gather is not None else None
        self.turns.append(twiml)
        return twiml


async def voice_tenant(client: httpx.AsyncClient, **settings: Any) -> Tenant:
    tenant = await provision(
        client,
        name="Bristol Plumbing",
        vertical="plumbing",
        owner_phone="+19135550199",
        owner_email="owner@example.com",
    )
    if settings:
        response = await client.patch(
            "/v1/owner/business/settings", json=settings, headers=tenant.owner
        )
        assert response.status_code == 200, response.text
    return tenant


async def messages(client: httpx.AsyncClient, tenant: Tenant, **query: str) -> list[dict[str, Any]]:
    response = await client.get("/v1/owner/messages", params=query, headers=tenant.owner)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


__all__ = ["ADMIN"]
