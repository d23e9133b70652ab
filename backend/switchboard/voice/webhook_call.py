"""One Twilio voice webhook: the call it belongs to (tenant, business, caller, clock), its
receipt (a delivery is answered once; a retry or replay gets the first answer back) and the
URLs it names for the next step. Shared by the call flow (`voice.router`) and the owner line
(`voice.owner_line`)."""

from __future__ import annotations

import hashlib
import json
import uuid
from urllib.parse import urlencode

from fastapi import Request, Response

from switchboard.assistant.engine import DialogState
from switchboard.assistant.messages import render
from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.businesses import service as businesses
from switchboard.conversations.service import ConversationNotFound
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.voice import twilio as twiml
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.receptionist import turns
from switchboard.receptionist.facts import open_at
from switchboard.tenancy.context import TenantContext
from switchboard.voice import caller_id
from switchboard.voice.hints import speech_hints
from switchboard.webhooks import receipts

# The Gather step a call is at, kept in the conversation's state and named in the action URL
# (`s`): a turn posted for any other step is a replay of a step already taken.
VOICE_STEP = "voice_step"


def xml(body: str) -> Response:
    return Response(body, media_type="text/xml")


def url(settings: Settings, path: str, **query: str) -> str:
    return f"{settings.public_base_url}{path}" + (f"?{urlencode(query)}" if query else "")


def receipt_key(form: dict[str, str], step: str, *parts: str) -> str:
    """A delivery's receipt key, from what its signature covers: the call, the step and the
    step's own identifiers. Twilio's retries repeat it; so does a replay, header or not."""
    return ":".join(("twilio", form.get("To", ""), form.get("CallSid", ""), step, *parts))


def digest(form: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(form, sort_keys=True).encode()).hexdigest()[:32]


def uuid_or_none(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


def sorry() -> str:
    return twiml.say_and_hang_up("Sorry, something went wrong. Please call again.")


def phone_or_none(value: str | None) -> str | None:
    try:
        return to_e164(value) if value else None
    except InvalidPhoneNumber:
        return None


class Call:
    """The tenant, business and clock of one webhook, once its number is known."""

    def __init__(
        self,
        uow: UnitOfWork,
        tenant: TenantContext,
        business: Business,
        clock: Clock,
        settings: Settings,
        request: Request,
        caller: str | None,
    ) -> None:
        self.uow, self.tenant, self.business = uow, tenant, business
        self.clock, self.settings, self.request = clock, settings, request
        self.caller = caller  # None: withheld, or not a number
        self._hints: tuple[str, ...] | None = None

    @property
    def calendar(self):  # type: ignore[no-untyped-def]
        return self.request.app.state.providers.calendar

    def facts_transfer_number(self, state: DialogState) -> str | None:
        settings = self.business.settings or {}
        if state.emergency and settings.get("emergency_transfer"):
            return str(settings.get("on_call_number") or self.business.owner_phone or "") or None
        if open_at(self.business, self.clock.now()) and settings.get("transfer_calls", True):
            return str(settings.get("transfer_number") or self.business.owner_phone or "") or None
        return None

    async def conversation(
        self, conversation_id: uuid.UUID | None
    ) -> tuple[Conversation, DialogState] | None:
        """The call's conversation (named in the webhook's URL) and its dialog state; None
        when the URL names no conversation of this business."""
        if conversation_id is None:
            return None
        try:
            conversation = await turns.by_id(self.uow, self.tenant, conversation_id)
        except ConversationNotFound:
            return None
        return conversation, DialogState.from_json(conversation.state)

    async def hints(self) -> tuple[str, ...]:
        if self._hints is None:
            self._hints = await speech_hints(self.uow, self.tenant, self.business)
        return self._hints

    async def listen(self, conversation: Conversation, text: str, language: str, step: int) -> str:
        conversation.state = {**(conversation.state or {}), VOICE_STEP: step}
        return twiml.gather(
            twiml.GatherSpec(
                say=text,
                action=url(
                    self.settings, "/twilio/voice/turn", c=str(conversation.id), s=str(step)
                ),
                language=language,
                hints=await self.hints(),
            )
        )

    def voicemail(self, intro: str, language: str) -> str:
        disclosure = render("handoff.voicemail_disclosure", language)
        return twiml.record_voicemail(
            f"{intro} {disclosure}".strip(),
            action=url(self.settings, "/twilio/voice/voicemail/done"),
            # The recording status callback names neither caller nor number: the URL does.
            status_callback=url(
                self.settings,
                "/twilio/voice/voicemail/recorded",
                b=str(self.tenant.business_id),
                **({"f": self.caller} if self.caller else {}),
            ),
            language=language,
        )


def step_of(conversation: Conversation) -> int:
    try:
        return int((conversation.state or {}).get(VOICE_STEP, 0))
    except (TypeError, ValueError):
        return 0


async def find_call(
    uow: UnitOfWork,
    form: dict[str, str],
    clock: Clock,
    settings: Settings,
    request: Request,
    number_field: str = "To",
) -> Call | None:
    number = phone_or_none(form.get(number_field))
    tenant = await tenant_for_twilio_number(uow, number) if number else None
    if tenant is None:
        return None
    business = await businesses.get_own_business(uow, tenant)
    caller = caller_id.usable(form.get("From")) if number_field == "To" else None
    return Call(uow, tenant, business, clock, settings, request, caller)


async def once(uow: UnitOfWork, key: str | None, clock: Clock, answer_for: object) -> Response:
    """Run `answer_for()` once per delivery; a retry gets the first answer back."""
    if key is None:
        return xml(await answer_for())  # type: ignore[operator]
    claim = await receipts.claim(uow, key, clock.now())
    if claim.is_replay:
        return xml(claim.replay or twiml.empty())
    body: str = await answer_for()  # type: ignore[operator]
    # The answering tenant, once the number was known: its receipts go with it.
    await receipts.remember(uow, key, body, uow.tenant.business_id if uow.tenant else None)
    return xml(body)
