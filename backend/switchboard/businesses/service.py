"""Tenant lifecycle: provisioning, settings, suspension, credentials, lockdown."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from switchboard.audit import service as audit
from switchboard.businesses import dial_targets, owner_phone, owner_pin
from switchboard.businesses import greeting as greetings
from switchboard.businesses import repository as repo
from switchboard.businesses.hours import default_hours
from switchboard.businesses.schemas import BusinessCreate, BusinessUpdate
from switchboard.businesses.settings import BusinessSettings
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, Forbidden, NotFound
from switchboard.core.security import CREDENTIAL_KINDS, CredentialKind, new_credential_secret
from switchboard.models.business import Business
from switchboard.models.credential import Credential
from switchboard.tenancy.context import Actor, TenantContext


class BusinessNotFound(NotFound):
    title = "Business not found"


class PhoneNumberTaken(Conflict):
    title = "Phone number already in use"


@dataclass(frozen=True)
class IssuedSecret:
    kind: CredentialKind
    token: str
    credential: Credential


# Fields an owner may change on their own business; routing (phone_number) and status stay
# with the platform operator.
OWNER_EDITABLE = {
    "name",
    "vertical",
    "timezone",
    "owner_phone",
    "owner_email",
    "language",
    "business_hours",
    "widget_origins",
}


async def create_business(
    uow: UnitOfWork, data: BusinessCreate, actor: Actor, environment: str, clock: Clock
) -> tuple[Business, dict[CredentialKind, str]]:
    async with uow.system_scope("provision tenant"):
        if await repo.by_phone(uow, data.phone_number) is not None:
            raise PhoneNumberTaken("Another business already answers on this phone number.")
        business = Business(
            id=uuid.uuid4(),
            name=data.name,
            vertical=data.vertical,
            timezone=data.timezone,
            phone_number=data.phone_number,
            owner_phone=data.owner_phone,
            owner_email=str(data.owner_email) if data.owner_email else None,
            language=data.language,
            business_hours=data.business_hours or default_hours(),
            widget_origins=list(data.widget_origins),
            settings={},
        )
        uow.session.add(business)
        await uow.session.flush()
        await dial_targets.check(uow, business, {"owner_phone": data.owner_phone or ""}, {})
        secrets: dict[CredentialKind, str] = {}
        for kind in CREDENTIAL_KINDS:
            issued = _issue(uow, business.id, kind, actor, environment, clock)
            secrets[kind] = issued.token
        audit.record_admin(uow, business.id, actor, "business.create", "business", business.id)
    return business, secrets


def _issue(
    uow: UnitOfWork,
    business_id: uuid.UUID,
    kind: CredentialKind,
    actor: Actor,
    environment: str,
    clock: Clock,
) -> IssuedSecret:
    secret = new_credential_secret(kind, environment)
    credential = Credential(
        id=uuid.uuid4(),
        business_id=business_id,
        kind=kind,
        lookup=secret.lookup,
        secret_hash=secret.secret_hash,
        hint=secret.hint,
        created_at=clock.now(),
        created_by=actor.label,
    )
    uow.session.add(credential)
    return IssuedSecret(kind=kind, token=secret.token, credential=credential)


async def list_businesses(
    uow: UnitOfWork,
    status: str | None = None,
    limit: int = 100,
    offset: int = 0,
    q: str | None = None,
) -> Sequence[Business]:
    async with uow.system_scope("admin list tenants"):
        return await repo.list_all(uow, status, limit, offset, q)


async def _require(uow: UnitOfWork, business_id: uuid.UUID) -> Business:
    """The business, read under the caller's system scope, or 404."""
    business = await repo.get(uow, business_id)
    if business is None:
        raise BusinessNotFound()
    return business


async def get_business(uow: UnitOfWork, business_id: uuid.UUID) -> Business:
    async with uow.system_scope("admin read tenant"):
        return await _require(uow, business_id)


def _apply(business: Business, changes: dict[str, Any]) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "owner_email" and value is not None:
            value = str(value)
        if getattr(business, field) != value:
            setattr(business, field, value)
            changed[field] = value
    if "owner_phone" in changed:
        owner_phone.clear(business)  # a new number is not verified until its code comes back
    return changed


async def update_business(
    uow: UnitOfWork, business_id: uuid.UUID, data: BusinessUpdate, actor: Actor
) -> Business:
    async with uow.system_scope("admin update tenant"):
        business = await _require(uow, business_id)
        changes = data.model_dump(exclude_unset=True)
        phone = changes.get("phone_number")
        if phone and phone != business.phone_number:
            other = await repo.by_phone(uow, phone)
            if other is not None and other.id != business.id:
                raise PhoneNumberTaken("Another business already answers on this phone number.")
        changed = _apply(business, {k: v for k, v in changes.items() if v is not None})
        if "owner_phone" in changed:
            await dial_targets.check(
                uow, business, {"owner_phone": business.owner_phone or ""}, business.settings or {}
            )
        await uow.session.flush()
        audit.record_admin(
            uow,
            business.id,
            actor,
            "business.update",
            "business",
            business.id,
            {"fields": sorted(changed)},
        )
    return business


async def set_status(
    uow: UnitOfWork, business_id: uuid.UUID, status: str, actor: Actor, reason: str = ""
) -> Business:
    async with uow.system_scope("admin change tenant status"):
        business = await _require(uow, business_id)
        previous = business.status
        business.status = status
        await uow.session.flush()
        audit.record_admin(
            uow,
            business.id,
            actor,
            f"business.{'suspend' if status == 'suspended' else 'resume'}",
            "business",
            business.id,
            # The operator's reason is written for other operators, about the account
            # (e.g. "unpaid", "number ported away"); the console asks for no personal data.
            {"from": previous, "to": status, **({"reason": reason} if reason else {})},
        )
    return business


async def rotate_credential(
    uow: UnitOfWork,
    business_id: uuid.UUID,
    kind: CredentialKind,
    actor: Actor,
    environment: str,
    clock: Clock,
) -> IssuedSecret:
    """Revoke every live credential of `kind` and issue a new one; the old stops working now."""
    async with uow.system_scope("rotate tenant credential"):
        await _require(uow, business_id)
        await repo.revoke_kind(uow, business_id, kind, clock.now())
        issued = _issue(uow, business_id, kind, actor, environment, clock)
        await uow.session.flush()
        audit.record_admin(
            uow,
            business_id,
            actor,
            "credential.rotate",
            "credential",
            issued.credential.id,
            {"kind": kind},
        )
    return issued


async def list_credentials(uow: UnitOfWork, business_id: uuid.UUID) -> Sequence[Credential]:
    async with uow.system_scope("admin list credentials"):
        await _require(uow, business_id)
        return await repo.credentials_of(uow, business_id)


# Owner-side operations: the tenant acts on its own business only.


async def get_own_business(uow: UnitOfWork, tenant: TenantContext) -> Business:
    business = await repo.get_own(uow, tenant)
    if business is None:
        raise BusinessNotFound()
    return business


def holds_own_business(uow: UnitOfWork, tenant: TenantContext) -> bool:
    """Whether `get_own_business` would be answered without a statement."""
    return repo.holds_own(uow, tenant)


async def update_own_business(
    uow: UnitOfWork, tenant: TenantContext, data: BusinessUpdate
) -> Business:
    business = await get_own_business(uow, tenant)
    changes = data.model_dump(exclude_unset=True)
    forbidden = sorted(set(changes) - OWNER_EDITABLE)
    if forbidden:
        raise Forbidden(f"Only the platform operator can change: {', '.join(forbidden)}.")
    if changes.get("owner_phone") and changes["owner_phone"] != business.owner_phone:
        await dial_targets.check(
            uow, business, {"owner_phone": changes["owner_phone"]}, business.settings or {}
        )
    changed = _apply(business, {k: v for k, v in changes.items() if v is not None})
    await uow.session.flush()
    audit.record(
        uow, tenant, "business.update", "business", business.id, {"fields": sorted(changed)}
    )
    return business


async def set_lockdown(uow: UnitOfWork, tenant: TenantContext, enabled: bool) -> Business:
    """Lockdown stops all automated answering and outbound messages for this tenant at once."""
    business = await get_own_business(uow, tenant)
    business.lockdown = enabled
    await uow.session.flush()
    audit.record(uow, tenant, "business.lockdown", "business", business.id, {"enabled": enabled})
    return business


async def update_own_settings(
    uow: UnitOfWork, tenant: TenantContext, data: BusinessSettings
) -> dict[str, Any]:
    """Replace the named settings; keys not sent stay as they were. A new owner PIN is stored
    hashed (null removes it); numbers that calls go to are checked (`dial_targets`)."""
    business = await get_own_business(uow, tenant)
    changes = data.model_dump(mode="json", exclude_unset=True)
    origins = changes.pop("widget_origins", None)
    if origins is not None:
        business.widget_origins = origins
    merged = {**(business.settings or {}), **changes}
    if greetings.SETTINGS_KEY in changes:  # per language: a language not sent stays as it was
        kept = greetings.stored(business.settings)
        merged[greetings.SETTINGS_KEY] = {**kept, **changes[greetings.SETTINGS_KEY]}
    numbers = {
        field: str(merged.get(field) or "")
        for field in dial_targets.SETTINGS_FIELDS
        if field in changes or "dial_countries" in changes
    }
    if "dial_countries" in changes:
        numbers["owner_phone"] = business.owner_phone or ""
    await dial_targets.check(uow, business, numbers, merged)
    if "owner_pin" in changes:
        pin = merged.pop(owner_pin.SETTINGS_KEY)
        if pin is not None:
            merged[owner_pin.SETTINGS_KEY] = owner_pin.hash_pin(str(pin))
    business.settings = merged
    await uow.session.flush()
    fields = sorted([*changes, *(["widget_origins"] if origins is not None else [])])
    audit.record(uow, tenant, "business.settings", "business", business.id, {"fields": fields})
    return settings_view(business)


def settings_view(business: Business) -> dict[str, Any]:
    """The settings as the owner sees them: never the owner PIN's hash."""
    return {**owner_pin.public_view(business.settings), "widget_origins": business.widget_origins}


async def reissue_widget_token(
    uow: UnitOfWork, tenant: TenantContext, environment: str, clock: Clock
) -> IssuedSecret:
    """The owner replaces their website chat token: the old one is refused from now on (its
    chats end at their next message), the new one is returned once and only its hash kept."""
    business = await get_own_business(uow, tenant)
    async with uow.system_scope("owner reissues the widget token"):
        await repo.revoke_kind(uow, business.id, "widget_token", clock.now())
        issued = _issue(uow, business.id, "widget_token", tenant.actor, environment, clock)
        await uow.session.flush()
    audit.record(
        uow,
        tenant,
        "credential.rotate",
        "credential",
        issued.credential.id,
        {"kind": "widget_token"},
    )
    return issued


async def widget_token_state(uow: UnitOfWork, tenant: TenantContext) -> Credential | None:
    """The live widget token's record (hint, when issued, last used): never the secret."""
    business = await get_own_business(uow, tenant)
    async with uow.system_scope("owner reads the widget token's record"):
        live = [
            c
            for c in await repo.credentials_of(uow, business.id)
            if c.kind == "widget_token" and c.revoked_at is None
        ]
    return max(live, key=lambda c: c.created_at) if live else None
