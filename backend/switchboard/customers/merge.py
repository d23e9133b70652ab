"""Folding a duplicate customer into the survivor: its own fields, addresses and SMS consent.

Rows of other domains (appointments, conversations, callbacks, the message log) are moved by
the merge flow (`records.merge`) before `absorb` runs.

SMS consent is per number, and `messaging.consent` (what the sending rules read) is its truth:
1. No opt-out is lost. For each number of the two records, the latest decision about it is
   found: its sending record, the record that holds the number, and (for the number the
   survivor will have) a record with no number, whose decision was about the person. When
   that latest decision is an opt-out the sending record does not show yet, the opt-out is
   written there (source `merge`). A merge never opts a number in.
2. The duplicate's decisions, and its number's decisions from before it was anyone's, move
   to the survivor's history (its timeline).
3. The survivor keeps its own number (or takes the duplicate's when it has none) and shows
   that number's state: its sending record when there is one, else the latest decision that
   applies to it. The duplicate's consent for a number the survivor does not keep stays with
   that number; it never becomes the survivor's.
"""

from __future__ import annotations

from datetime import datetime

from switchboard.core.db import UnitOfWork
from switchboard.customers.repository import AddressRepository
from switchboard.customers.service import adopt_recorded_consent, clean_tags, set_name
from switchboard.customers.sms_consent import ShownDecision, apply_sms_consent, shown_decision
from switchboard.messaging import consent as sms_consent
from switchboard.models.customer import Customer
from switchboard.tenancy.context import TenantContext

MERGE_SOURCE = "merge"


def _about(
    decisions: list[ShownDecision], phone: str | None, survivor_phone: str | None
) -> list[ShownDecision]:
    """The decisions that speak for `phone`: made on it, or (for the survivor's number) made
    on a record that had no number."""
    return [
        d for d in decisions if d.phone == phone or (d.phone is None and phone == survivor_phone)
    ]


async def absorb(
    uow: UnitOfWork,
    tenant: TenantContext,
    keeper: Customer,
    duplicate: Customer,
    now: datetime,
) -> None:
    """Fold `duplicate`'s own fields, addresses and SMS consent into `keeper`, then delete
    `duplicate`."""
    decisions = [d for d in (shown_decision(keeper), shown_decision(duplicate)) if d is not None]
    survivor_phone = keeper.phone or duplicate.phone
    await _keep_opt_outs(
        uow, tenant, (keeper.phone, duplicate.phone), decisions, survivor_phone, now
    )
    await sms_consent.move_customer(uow, tenant, duplicate.id, keeper.id, phone=duplicate.phone)

    repo = AddressRepository(uow, tenant)
    have = {a.line_lower for a in (await repo.of([keeper.id]))[keeper.id]}
    for address in (await repo.of([duplicate.id]))[duplicate.id]:
        if address.line_lower in have:
            await uow.session.delete(address)
        else:
            address.customer_id = keeper.id
    if not keeper.name and duplicate.name:
        set_name(keeper, duplicate.name)
    keeper.email = keeper.email or duplicate.email
    keeper.tags = clean_tags([*(keeper.tags or []), *(duplicate.tags or [])])
    if duplicate.notes:
        keeper.notes = "\n".join(part for part in (keeper.notes, duplicate.notes) if part)
    phone = duplicate.phone
    await uow.session.delete(duplicate)
    await uow.session.flush()
    if keeper.phone is None and phone is not None:
        keeper.phone = phone
        await uow.session.flush()
    await _show_survivor_consent(uow, tenant, keeper, decisions)


async def _keep_opt_outs(
    uow: UnitOfWork,
    tenant: TenantContext,
    phones: tuple[str | None, str | None],
    decisions: list[ShownDecision],
    survivor_phone: str | None,
    now: datetime,
) -> None:
    for phone in dict.fromkeys(p for p in phones if p):
        latest = max(_about(decisions, phone, survivor_phone), key=lambda d: d.at, default=None)
        if latest is None or not latest.opted_out:
            continue
        record = await sms_consent.current(uow, tenant, phone)
        if record is not None and (record.opted_out or record.updated_at >= latest.at):
            continue  # the number already says so, or said otherwise later
        await sms_consent.opt_out(
            uow,
            tenant,
            phone,
            now,
            source=MERGE_SOURCE,
            note=(
                f"opt-out kept from a merged customer record "
                f"({latest.method}, {latest.at.date().isoformat()}): {latest.evidence}"
            ),
        )


async def _show_survivor_consent(
    uow: UnitOfWork, tenant: TenantContext, keeper: Customer, decisions: list[ShownDecision]
) -> None:
    record = await sms_consent.current(uow, tenant, keeper.phone) if keeper.phone else None
    if record is not None:
        shown = shown_decision(keeper)
        if shown is None or shown.opted_out != record.opted_out:
            await adopt_recorded_consent(uow, tenant, keeper)
        # else the survivor's own words (the owner's evidence) already say what the number's
        # record says, and stay.
        return
    latest = max(_about(decisions, keeper.phone, keeper.phone), key=lambda d: d.at, default=None)
    if latest is not None:
        apply_sms_consent(
            keeper,
            granted=not latest.opted_out,
            method=latest.method,
            evidence=latest.evidence,
            at=latest.at,
        )
    await uow.session.flush()
