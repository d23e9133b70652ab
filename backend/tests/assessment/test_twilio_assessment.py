"""The hardening assessment's Twilio probes (issue 11), replayable on either database.

Against the app over ASGI, with requests signed by the twilio library and carrying exactly
the parameters Twilio documents: forged signatures on every Twilio route, every signed
webhook replayed with and without `I-Twilio-Idempotency-Token`, withheld caller IDs on every
voice path (the recording status callback with only its documented parameters), a
RecordingUrl on another host, NUL in a text and a huge text. It counts what the assessment
counted and requires: 0 HTTP 500s, 0 lost voicemails (each recording made a callback item and
an owner page), 0 replayed effects, 0 JSON answers to signed Twilio webhooks.

`make test PYTEST_ARGS="tests/assessment -s"` prints the figures."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import func, select

from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs.worker import Worker
from switchboard.models import (
    Callback,
    Conversation,
    ConversationMessage,
    Job,
    Message,
    RateLimitCounter,
)
from tests.channels.conftest import Call, TwiML, sign, sms_params, sms_status_params, voice_tenant
from tests.conftest import Tenant

WITHHELD = ["Anonymous", "Restricted", "+266696687", "Unavailable", "", "+86282452253"]
PUBLIC = "https://switchboard.example.com"


@dataclass
class Figures:
    requests: int = 0
    server_errors: list[str] = field(default_factory=list)
    json_to_signed: list[str] = field(default_factory=list)
    forged_accepted: list[str] = field(default_factory=list)
    replayed_effects: list[str] = field(default_factory=list)
    recordings: int = 0
    lost_voicemails: list[str] = field(default_factory=list)
    refused_recordings: int = 0


class Probe:
    def __init__(self, client: httpx.AsyncClient, db: Database) -> None:
        self.client, self.db, self.figures = client, db, Figures()

    async def post(
        self,
        url: str,
        params: dict[str, str],
        *,
        token: str | None = None,
        forged: bool = False,
    ) -> httpx.Response:
        public = url if url.startswith("http") else PUBLIC + url
        local = public.removeprefix(PUBLIC)
        headers = {"X-Twilio-Signature": "Zm9yZ2Vk" if forged else sign(public, params)}
        if token:
            headers["I-Twilio-Idempotency-Token"] = token
        response = await self.client.post(local, data=params, headers=headers)
        self.figures.requests += 1
        route = local.split("?")[0]
        if response.status_code >= 500:
            self.figures.server_errors.append(f"{route} {response.status_code}")
        if forged:
            if response.status_code != 403:
                self.figures.forged_accepted.append(f"{route} {response.status_code}")
        elif "json" in response.headers.get("content-type", "") or response.status_code != 200:
            self.figures.json_to_signed.append(f"{route} {response.status_code}")
        return response

    async def effects(self, tenant: Tenant) -> dict[str, int]:
        """What a webhook can change for a tenant: rows it adds, and the owner PIN counter."""
        business = uuid.UUID(tenant.id)
        counts: dict[str, int] = {}
        async with self.db.unit_of_work() as uow, uow.system_scope("assessment counts"):
            for name, model in (
                ("conversations", Conversation),
                ("conversation_messages", ConversationMessage),
                ("callbacks", Callback),
                ("messages", Message),
                ("jobs", Job),
            ):
                column = model.business_id  # type: ignore[attr-defined]
                counts[name] = int(
                    (
                        await uow.session.execute(
                            select(func.count()).select_from(model).where(column == business)
                        )
                    ).scalar_one()
                )
            counts["pin_failures"] = int(
                (
                    await uow.session.execute(
                        select(func.coalesce(func.sum(RateLimitCounter.count), 0)).where(
                            RateLimitCounter.key == f"owner_pin:{business}"
                        )
                    )
                ).scalar_one()
            )
        return counts

    async def replayed(
        self, name: str, tenant: Tenant, url: str, params: dict[str, str]
    ) -> httpx.Response:
        """Deliver once, then replay it unchanged: no header, the same one, a fresh one."""
        first = await self.post(url, params, token="first-" + uuid.uuid4().hex)
        after_first = await self.effects(tenant)
        for token in (None, None, "replay-" + uuid.uuid4().hex):
            await self.post(url, params, token=token)
        if await self.effects(tenant) != after_first:
            self.figures.replayed_effects.append(name)
        # A forged copy of the same delivery is refused and changes nothing either.
        await self.post(url, params, forged=True)
        return first

    async def voicemail_kept(self, tenant: Tenant, recording_url: str, what: str) -> None:
        callbacks = (await self.client.get("/v1/owner/callbacks", headers=tenant.owner)).json()
        kept = [c for c in callbacks["items"] if c.get("recording_url") == recording_url]
        pages = (
            await self.client.get(
                "/v1/owner/messages", params={"kind": "owner_alert"}, headers=tenant.owner
            )
        ).json()["items"]
        paged = any("voicemail" in str(m["body"]).lower() for m in pages)
        self.figures.recordings += 1
        if len(kept) != 1 or not paged:
            self.figures.lost_voicemails.append(what)


def _recording_url() -> str:
    return f"https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE{uuid.uuid4().hex}"


async def _leave_voicemail(
    probe: Probe, call: Call, twiml: TwiML, tenant: Tenant, what: str
) -> None:
    record = twiml.find("Record")
    assert record is not None, twiml.text
    await probe.replayed(
        f"{what}: <Record action>",
        tenant,
        record.attrib["action"],
        call.record_params(_recording_url()),
    )
    url = _recording_url()
    await probe.replayed(
        f"{what}: recording callback",
        tenant,
        record.attrib["recordingStatusCallback"],
        call.recording_params(url),
    )
    await probe.voicemail_kept(tenant, url, what)


async def test_the_twilio_assessment(
    client: httpx.AsyncClient, db: Database, worker: Worker, providers: Providers
) -> None:
    probe = Probe(client, db)

    # Every voice path for callers with and without a usable caller ID, each step replayed.
    for caller in ["+19135550142", *WITHHELD]:
        tenant = await voice_tenant(client)
        call = Call(client, tenant.phone_number, caller=caller)
        start = TwiML.parse(
            await probe.replayed("incoming", tenant, "/twilio/voice", call.params("ringing"))
        )
        call._remember(start)
        for words in ("hi my kitchen sink is clogged", "", ""):
            assert call.next_url is not None
            twiml = TwiML.parse(
                await probe.replayed(
                    f"turn {words or 'silence'}", tenant, call.next_url, call.gather_params(words)
                )
            )
            call._remember(twiml)
        await _leave_voicemail(probe, call, twiml, tenant, f"voicemail from {caller!r}")
        await probe.replayed("status", tenant, "/twilio/voice/status", call.status_params())
        missed = Call(client, tenant.phone_number, caller=caller)
        await probe.replayed(
            "status no-answer", tenant, "/twilio/voice/status", missed.status_params("no-answer")
        )
        # Lockdown: a message taken before any conversation exists.
        await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
        locked = Call(client, tenant.phone_number, caller=caller)
        closed = TwiML.parse(
            await probe.replayed(
                "incoming in lockdown", tenant, "/twilio/voice", locked.params("ringing")
            )
        )
        await _leave_voicemail(probe, locked, closed, tenant, f"lockdown voicemail from {caller!r}")

    # Ring the office first, nobody answers; an emergency transfer, nobody answers.
    tenant = await voice_tenant(
        client,
        ring_owner_seconds=15,
        office_number="+19135550166",
        emergency_transfer=True,
        on_call_number="+19135550177",
    )
    for caller in ["+19135550143", "Anonymous"]:
        call = Call(client, tenant.phone_number, caller=caller)
        ring = TwiML.parse(await probe.post("/twilio/voice", call.params("ringing")))
        call._remember(
            TwiML.parse(
                await probe.replayed(
                    "unanswered", tenant, ring.action("Dial"), call.dial_params("no-answer")
                )
            )
        )
        assert call.next_url is not None
        transfer = TwiML.parse(
            await probe.replayed(
                "emergency turn",
                tenant,
                call.next_url,
                call.gather_params("water is pouring from a burst pipe"),
            )
        )
        number = transfer.find("Dial/Number")
        assert number is not None, transfer.text
        await probe.replayed(
            "whisper",
            tenant,
            number.attrib["url"],
            call.whisper_params(str(number.text), tenant.phone_number),
        )
        ended = TwiML.parse(
            await probe.replayed(
                "transfer ended", tenant, transfer.action("Dial"), call.dial_params("no-answer")
            )
        )
        await _leave_voicemail(probe, call, ended, tenant, f"after a transfer from {caller!r}")

    # ConversationRelay's hand-off.
    tenant = await voice_tenant(client, voice_mode="relay")
    call = Call(client, tenant.phone_number)
    relay = TwiML.parse(await probe.post("/twilio/voice", call.params("ringing")))
    connect = relay.find("Connect")
    assert connect is not None
    handoff = json.dumps({"reason": "record_voicemail"})
    ended = TwiML.parse(
        await probe.replayed(
            "relay ended", tenant, connect.attrib["action"], call.relay_ended_params(handoff)
        )
    )
    await _leave_voicemail(probe, call, ended, tenant, "after the relay")

    # The owner line: a wrong PIN, the right one, "press 1".
    tenant = await voice_tenant(client, owner_pin="4821")
    owner = Call(client, tenant.phone_number, caller="+19135550199")
    owner._remember(
        TwiML.parse(
            await probe.replayed("owner line", tenant, "/twilio/voice", owner.params("ringing"))
        )
    )
    assert owner.next_url is not None
    owner._remember(
        TwiML.parse(
            await probe.replayed(
                "wrong PIN", tenant, owner.next_url, owner.gather_params(digits="0000")
            )
        )
    )
    assert owner.next_url is not None
    owner._remember(
        TwiML.parse(
            await probe.replayed(
                "right PIN", tenant, owner.next_url, owner.gather_params(digits="4821")
            )
        )
    )
    assert owner.next_url is not None
    await probe.replayed("press 1", tenant, owner.next_url, owner.gather_params(digits="1"))

    # A RecordingUrl that is not Twilio's: answered, nothing stored, nothing fetched.
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    twiml = TwiML.parse(await probe.post("/twilio/voice", call.params("ringing")))
    for _ in range(2):
        call._remember(twiml)
        assert call.next_url is not None
        twiml = TwiML.parse(await probe.post(call.next_url, call.gather_params()))
    record = twiml.find("Record")
    assert record is not None
    for url in (
        "https://attacker.example/RE1",
        "http://api.twilio.com/RE1",
        "https://api.twilio.com.evil.example/x",
    ):
        await probe.post(record.attrib["recordingStatusCallback"], call.recording_params(url))
        probe.figures.refused_recordings += 1
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    assert callbacks == [], "a recording at another host was stored"

    # Texts: replayed, STOP then a text, NUL, a huge body, senders with no usable number.
    tenant = await voice_tenant(client)
    customer = "+19135550148"
    for body in ("do you fix water heaters", "hi\x00 there\x00", "sink clogged " + "z" * 900_000):
        await probe.replayed(
            "text", tenant, "/twilio/sms", sms_params(customer, tenant.phone_number, body)
        )
    for sender in WITHHELD:
        await probe.replayed(
            "text from no number",
            tenant,
            "/twilio/sms",
            sms_params(sender, tenant.phone_number, "hello"),
        )
    await probe.replayed(
        "STOP", tenant, "/twilio/sms", sms_params(customer, tenant.phone_number, "STOP")
    )
    await probe.replayed(
        "text after STOP",
        tenant,
        "/twilio/sms",
        sms_params(customer, tenant.phone_number, "hello?"),
    )
    await worker.drain()
    provider_id = providers.sms.sent[-1].receipt.provider_id  # type: ignore[attr-defined]
    for status in ("sent", "delivered", "failed"):
        await probe.replayed(
            f"sms status {status}",
            tenant,
            "/twilio/sms/status",
            sms_status_params(provider_id, status, tenant.phone_number, customer),
        )
    after_stop = [
        m
        for m in (
            await client.get("/v1/owner/messages", params={"to": customer}, headers=tenant.owner)
        ).json()["items"]
        if m["direction"] == "outbound" and m["status"] != "blocked"
    ]
    assert next(m["kind"] for m in after_stop) == "opt_out", "an answer went after STOP"

    figures: dict[str, Any] = {
        "requests": probe.figures.requests,
        "http_500s": len(probe.figures.server_errors),
        "json_or_non_200_to_signed_webhooks": len(probe.figures.json_to_signed),
        "forged_accepted": len(probe.figures.forged_accepted),
        "recordings": probe.figures.recordings,
        "lost_voicemails": len(probe.figures.lost_voicemails),
        "replayed_effects": len(probe.figures.replayed_effects),
        "refused_recording_urls": probe.figures.refused_recordings,
    }
    print("\nTwilio assessment:", json.dumps(figures))
    assert probe.figures.server_errors == []
    assert probe.figures.json_to_signed == []
    assert probe.figures.forged_accepted == []
    assert probe.figures.lost_voicemails == []
    assert probe.figures.replayed_effects == []
