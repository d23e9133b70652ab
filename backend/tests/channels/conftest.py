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
from tests.twilio_params import ACCOUNT_SID, API_VERSION, geo, sms_params, sms_status_params

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
    """One simulated phone call: keeps the CallSid and follows the TwiML. Each webhook sends
    exactly the parameters Twilio documents for it (Voice webhooks; TwiML <Gather>, <Dial>,
    <Number url>, <Record>, recordingStatusCallback, <Connect action>), nothing more."""

    client: httpx.AsyncClient
    to: str
    caller: str = "+19135550142"
    sid: str = field(default_factory=lambda: "CA" + uuid.uuid4().hex)
    next_url: str | None = None
    turns: list[TwiML] = field(default_factory=list)

    def params(self, call_status: str = "in-progress", **extra: str) -> dict[str, str]:
        """The parameters of every voice request about this call (the incoming leg)."""
        return {
            "CallSid": self.sid,
            "AccountSid": ACCOUNT_SID,
            "From": self.caller,
            "To": self.to,
            "CallStatus": call_status,
            "ApiVersion": API_VERSION,
            "Direction": "inbound",
            **geo("From", self.caller),
            **geo("To", self.to),
            **extra,
        }

    async def start(self) -> TwiML:
        twiml = TwiML.parse(await twilio_post(self.client, "/twilio/voice", self.params("ringing")))
        return self._remember(twiml)

    def gather_params(self, speech: str = "", digits: str = "") -> dict[str, str]:
        """The <Gather action>: SpeechResult and Confidence for speech, Digits for keys."""
        extra = {"SpeechResult": speech, "Confidence": "0.9"} if speech else {}
        if digits:
            extra["Digits"] = digits
        return self.params(**extra)

    async def say(
        self, speech: str = "", digits: str = "", idempotency_token: str | None = None
    ) -> TwiML:
        assert self.next_url, "nothing to answer: the last TwiML had no Gather"
        # Twilio names every delivery; a retry of the same delivery repeats the token.
        twiml = TwiML.parse(
            await twilio_post(
                self.client,
                self.next_url,
                self.gather_params(speech, digits),
                idempotency_token=idempotency_token or uuid.uuid4().hex,
            )
        )
        return self._remember(twiml)

    def dial_params(self, status: str, *, dial_sid: str | None = None) -> dict[str, str]:
        """The <Dial action>: DialCallStatus, DialCallSid, DialCallDuration, DialBridged."""
        extra = {
            "DialCallStatus": status,
            "DialCallSid": dial_sid or "CA" + uuid.uuid4().hex,
            "DialBridged": "true" if status == "completed" else "false",
        }
        if status == "completed":
            extra["DialCallDuration"] = "31"
        return self.params("completed" if status == "completed" else "in-progress", **extra)

    def whisper_params(self, dialed: str, caller_id: str) -> dict[str, str]:
        """The <Number url> request is about the new (child) leg: its own CallSid, the
        ParentCallSid of this call, From the callerId of the <Dial>, To the number dialed."""
        return {
            "CallSid": "CA" + uuid.uuid4().hex,
            "ParentCallSid": self.sid,
            "AccountSid": ACCOUNT_SID,
            "From": caller_id,
            "To": dialed,
            "CallStatus": "in-progress",
            "ApiVersion": API_VERSION,
            "Direction": "outbound-dial",
            **geo("From", caller_id),
            **geo("To", dialed),
        }

    def record_params(self, recording_url: str, duration: str = "12") -> dict[str, str]:
        """The <Record action>: RecordingUrl, RecordingDuration, RecordingSid, Digits."""
        return self.params(
            "completed",
            RecordingUrl=recording_url,
            RecordingDuration=duration,
            RecordingSid="RE" + uuid.uuid4().hex,
            Digits="hangup",
        )

    def recording_params(
        self, recording_url: str, *, recording_sid: str | None = None, duration: str = "12"
    ) -> dict[str, str]:
        """The recordingStatusCallback carries these and nothing else: no From, no To."""
        return {
            "AccountSid": ACCOUNT_SID,
            "CallSid": self.sid,
            "RecordingSid": recording_sid or "RE" + uuid.uuid4().hex,
            "RecordingUrl": recording_url,
            "RecordingStatus": "completed",
            "RecordingDuration": duration,
            "RecordingChannels": "1",
            "RecordingSource": "RecordVerb",
            "RecordingStartTime": "Mon, 02 Mar 2026 15:01:07 +0000",
        }

    def status_params(self, status: str = "completed", sequence: str = "0") -> dict[str, str]:
        """The call status callback: the call's parameters plus CallDuration, Timestamp,
        CallbackSource and SequenceNumber."""
        return self.params(
            status,
            CallDuration="42" if status == "completed" else "0",
            Timestamp="Mon, 02 Mar 2026 15:02:00 +0000",
            CallbackSource="call-progress-events",
            SequenceNumber=sequence,
        )

    def relay_ended_params(self, handoff: str, duration: str = "20") -> dict[str, str]:
        """The <Connect action> after ConversationRelay: SessionId, SessionStatus,
        SessionDuration and HandoffData."""
        return self.params(
            SessionId="VX" + uuid.uuid4().hex,
            SessionStatus="ended",
            SessionDuration=duration,
            HandoffData=handoff,
        )

    async def end(self, status: str = "completed") -> httpx.Response:
        return await twilio_post(self.client, "/twilio/voice/status", self.status_params(status))

    async def record(self, status_callback: str, recording_url: str, **kw: str) -> httpx.Response:
        return await twilio_post(
            self.client, status_callback, self.recording_params(recording_url, **kw)
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


__all__ = ["ADMIN", "sms_params", "sms_status_params"]
