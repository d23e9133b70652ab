"""The owner's set-up from the dashboard: the assistant's greeting, the website chat token
(shown and reissued), and proving the owner phone with a texted code."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, Field

from switchboard.admin.service import embed_snippet
from switchboard.assistant.engine.greeting import CHANNELS, opening_text
from switchboard.auth.dependencies import OwnerDep
from switchboard.businesses import greeting as greetings
from switchboard.businesses import owner_phone
from switchboard.businesses import service as businesses
from switchboard.businesses.greeting import Greeting
from switchboard.businesses.settings import BusinessSettings
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.core.errors import problem

router = APIRouter(prefix="/v1/owner", tags=["owner"])


class GreetingOut(BaseModel):
    en: str | None
    es: str | None
    max_length: int
    # What the assistant will say first, per language and channel (voice, sms, web).
    preview: dict[str, dict[str, str]]


def _greeting_out(name: str, greeting: dict[str, str]) -> GreetingOut:
    preview = {
        lang: {ch: opening_text(greeting.get(lang), ch, lang, name) for ch in CHANNELS}
        for lang in greetings.LANGUAGES
    }
    return GreetingOut(
        en=greeting.get("en"),
        es=greeting.get("es"),
        max_length=greetings.MAX_LENGTH,
        preview=preview,
    )


@router.get("/business/greeting", response_model=GreetingOut)
async def get_greeting(tenant: OwnerDep, uow: UowDep) -> GreetingOut:
    """The owner's greeting per language (null: the standard one) and what callers hear."""
    business = await businesses.get_own_business(uow, tenant)
    return _greeting_out(business.name, greetings.stored(business.settings))


@router.put("/business/greeting", response_model=GreetingOut)
async def put_greeting(body: Greeting, tenant: OwnerDep, uow: UowDep) -> GreetingOut:
    """Set both languages' greetings (null or empty: back to the standard greeting)."""
    full = Greeting(en=body.en, es=body.es)
    await businesses.update_own_settings(uow, tenant, BusinessSettings(greeting=full))
    business = await businesses.get_own_business(uow, tenant)
    return _greeting_out(business.name, greetings.stored(business.settings))


@router.post("/business/greeting/preview", response_model=GreetingOut)
async def preview_greeting(body: Greeting, tenant: OwnerDep, uow: UowDep) -> GreetingOut:
    """What callers would hear with these words; nothing is saved."""
    business = await businesses.get_own_business(uow, tenant)
    chosen = {lang: text for lang, text in body.model_dump().items() if text}
    return _greeting_out(business.name, chosen)


class WidgetTokenOut(BaseModel):
    hint: str | None = Field(description="The end of the live token; never the token itself.")
    issued_at: datetime | None
    last_used_at: datetime | None
    script_url: str


class WidgetTokenIssued(BaseModel):
    widget_token: str = Field(description="Shown once: only its hash is kept.")
    hint: str
    issued_at: datetime
    snippet: str


@router.get("/widget-token", response_model=WidgetTokenOut)
async def get_widget_token(tenant: OwnerDep, uow: UowDep, settings: SettingsDep) -> WidgetTokenOut:
    live = await businesses.widget_token_state(uow, tenant)
    return WidgetTokenOut(
        hint=live.hint if live else None,
        issued_at=live.created_at if live else None,
        last_used_at=live.last_used_at if live else None,
        script_url=settings.public_base_url.rstrip("/") + "/widget/embed.js",
    )


@router.post(
    "/widget-token/reissue", response_model=WidgetTokenIssued, status_code=status.HTTP_201_CREATED
)
async def reissue_widget_token(
    tenant: OwnerDep, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> WidgetTokenIssued:
    """A new website chat token; the old one is refused at once (paste the new tag)."""
    issued = await businesses.reissue_widget_token(uow, tenant, settings.environment, clock)
    return WidgetTokenIssued(
        widget_token=issued.token,
        hint=issued.credential.hint,
        issued_at=issued.credential.created_at,
        snippet=embed_snippet(settings.public_base_url, issued.token),
    )


class PhoneCodeSent(BaseModel):
    sent: bool
    to: str = Field(description="The owner phone, all but its last four digits hidden.")
    expires_in_s: int


class PhoneCodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=r"^\d{6}$")


class OwnerPhoneOut(BaseModel):
    owner_phone: str | None
    verified: bool
    verified_at: datetime | None


def _masked(phone: str) -> str:
    return "•" * max(len(phone) - 4, 0) + phone[-4:]


@router.get("/owner-phone", response_model=OwnerPhoneOut)
async def get_owner_phone(tenant: OwnerDep, uow: UowDep) -> OwnerPhoneOut:
    business = await businesses.get_own_business(uow, tenant)
    return OwnerPhoneOut(
        owner_phone=business.owner_phone,
        verified=business.owner_phone_verified_at is not None,
        verified_at=business.owner_phone_verified_at,
    )


@router.post(
    "/owner-phone/code", response_model=PhoneCodeSent, status_code=status.HTTP_202_ACCEPTED
)
async def send_owner_phone_code(tenant: OwnerDep, uow: UowDep, clock: ClockDep) -> PhoneCodeSent:
    """Text a six-digit code to the owner phone (3 per 15 minutes; 429 beyond)."""
    business = await businesses.get_own_business(uow, tenant)
    phone = await owner_phone.send_code(uow, tenant, business, clock)
    return PhoneCodeSent(
        sent=True, to=_masked(phone), expires_in_s=int(owner_phone.CODE_TTL.total_seconds())
    )


@router.post("/owner-phone/verify", response_model=OwnerPhoneOut)
async def verify_owner_phone(
    body: PhoneCodeIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> Any:
    """The code texted to the owner phone marks it verified; a wrong one (5 tries) or an
    expired one answers 422 and leaves it as it was."""
    business = await businesses.get_own_business(uow, tenant)
    error = await owner_phone.verify(uow, tenant, business, body.code, clock.now())
    if error is not None:
        # Answered, not raised: the counted wrong try must be committed with the request.
        return problem(error.status, error.detail, title=error.title, type_slug=error.type_slug)
    return OwnerPhoneOut(
        owner_phone=business.owner_phone,
        verified=True,
        verified_at=business.owner_phone_verified_at,
    )
