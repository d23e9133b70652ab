"""`POST /v1/accounting/quickbooks/webhook`: Intuit's change notifications, verified, each
applied once; a job then reads the changed invoices through the port.

- The `intuit-signature` header is the base64 HMAC-SHA256 of the raw body under the app's
  webhook verifier token (`QUICKBOOKS_WEBHOOK_VERIFIER`). It is checked before the body is
  parsed or the database touched; without the setting the route answers 503 and accepts
  nothing; a missing or wrong signature is 403 and counts towards the failed-auth lockout.
- Both payloads Intuit documents are read: the original
  `{"eventNotifications": [{"realmId", "dataChangeEvent": {"entities": [{"name", "id",
  "operation", "lastUpdated"}]}}]}` and the CloudEvents array (2025) of
  `{"specversion", "id", "source", "type": "qbo.invoice.updated.v1", "datacontenttype",
  "time", "intuitentityid", "intuitaccountid", "data"}`.
- The realm (`realmId` / `intuitaccountid`) names the business through
  `accounting_connections`; an unknown realm is ignored (200: Intuit must not retry it).
- Each notification is recorded once in the webhook receipts (the CloudEvent id, or the
  entity, operation and time of the original format): a replay changes nothing.
- An Invoice notification queues `accounting.sync` for that invoice; a Payment one the
  changes since a little before it (a payment changes the invoices it pays).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel
from sqlalchemy import select

from switchboard.accounting.sync import SYNC_JOB
from switchboard.auth.dependencies import accounting_context
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep
from switchboard.core.errors import DomainError, Forbidden
from switchboard.jobs import queue
from switchboard.models.accounting import AccountingConnection
from switchboard.ratelimit.marks import mark_auth_failure
from switchboard.webhooks import receipts

router = APIRouter(tags=["accounting"])

# A payment's notification: its invoices changed at about the payment's time.
PAYMENT_LOOKBACK = timedelta(minutes=10)
MAX_NOTIFICATIONS = 1000


class WebhookNotConfigured(DomainError):
    status = 503
    type_slug = "accounting-webhook-not-configured"
    title = "Accounting webhook not configured"


class BadNotification(DomainError):
    status = 400
    type_slug = "bad-notification"
    title = "Malformed notification"


class QuickBooksAck(BaseModel):
    received: int  # notifications in the delivery
    new: int  # recorded now (for a business we know)
    duplicates: int  # recorded before: nothing done again
    ignored: int  # unknown realm, or an entity we do not follow


@dataclass(frozen=True)
class Notification:
    key: str  # what makes a delivery of it a replay
    realm: str
    entity: str  # "invoice", "payment", ...
    entity_id: str
    at: datetime | None


def valid_signature(body: bytes, signature: str | None, verifier: str) -> bool:
    if not signature:
        return False
    expected = base64.b64encode(hmac.new(verifier.encode(), body, hashlib.sha256).digest())
    return hmac.compare_digest(expected, signature.strip().encode())


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def parse(payload: Any) -> list[Notification]:
    """The notifications of either documented format; anything else is malformed."""
    found: list[Notification] = []
    if isinstance(payload, dict) and isinstance(payload.get("eventNotifications"), list):
        for group in payload["eventNotifications"]:
            if not isinstance(group, dict):
                raise BadNotification("An event notification is not an object.")
            realm = str(group.get("realmId") or "")
            change = group.get("dataChangeEvent")
            entities = change.get("entities") if isinstance(change, dict) else None
            if not realm or not isinstance(entities, list):
                raise BadNotification("An event notification needs realmId and entities.")
            for entity in entities:
                if not isinstance(entity, dict) or not entity.get("name") or not entity.get("id"):
                    raise BadNotification("An entity needs a name and an id.")
                name, ident = str(entity["name"]), str(entity["id"])
                operation, updated = str(entity.get("operation")), str(entity.get("lastUpdated"))
                key = f"{realm}:{name}:{ident}:{operation}:{updated}"
                found.append(
                    Notification(key, realm, name.lower(), ident, _when(entity.get("lastUpdated")))
                )
    elif isinstance(payload, list):
        for event in payload:
            if not isinstance(event, dict):
                raise BadNotification("A CloudEvent is not an object.")
            event_id, kind = event.get("id"), event.get("type")
            account, entity_id = event.get("intuitaccountid"), event.get("intuitentityid")
            if not (event_id and isinstance(kind, str) and account and entity_id):
                raise BadNotification(
                    "A CloudEvent needs id, type, intuitaccountid and intuitentityid."
                )
            # "qbo.invoice.updated.v1": the entity is the second part.
            parts = kind.split(".")
            entity = parts[1].lower() if len(parts) > 2 else kind.lower()
            when = _when(event.get("time"))
            found.append(Notification(str(event_id), str(account), entity, str(entity_id), when))
    else:
        raise BadNotification("Not a QuickBooks notification.")
    if len(found) > MAX_NOTIFICATIONS:
        raise BadNotification("Too many notifications in one delivery.")
    return found


@router.post("/v1/accounting/quickbooks/webhook", response_model=QuickBooksAck)
async def quickbooks_webhook(
    request: Request,
    settings: SettingsDep,
    db: DatabaseDep,
    clock: ClockDep,
    intuit_signature: Annotated[str | None, Header()] = None,
) -> QuickBooksAck:
    verifier = settings.quickbooks_webhook_verifier
    if not verifier:
        raise WebhookNotConfigured("QUICKBOOKS_WEBHOOK_VERIFIER is not set; nothing is accepted.")
    body = await request.body()
    if not valid_signature(body, intuit_signature, verifier):
        mark_auth_failure(request.scope)  # a forged signature counts towards the lockout
        raise Forbidden("The intuit-signature is not valid.")
    try:
        payload = json.loads(body)
    except ValueError:
        raise BadNotification("The body is not JSON.") from None
    notifications = parse(payload)
    now = clock.now()
    new = duplicates = ignored = 0
    async with db.unit_of_work() as uow:
        realms = {n.realm for n in notifications}
        async with uow.system_scope("accounting webhook finds the business of each realm"):
            rows = (
                await uow.session.execute(
                    select(AccountingConnection.realm_id, AccountingConnection.business_id).where(
                        AccountingConnection.realm_id.in_(realms),
                        AccountingConnection.status == "connected",
                    )
                )
            ).all()
        businesses: dict[str, uuid.UUID] = {realm: business for realm, business in rows}
        for notification in notifications:
            business_id = businesses.get(notification.realm)
            if business_id is None or notification.entity not in ("invoice", "payment"):
                ignored += 1
                continue
            claim = await receipts.claim(uow, f"quickbooks:{notification.key}", now)
            if claim.is_replay:
                duplicates += 1
                continue
            if notification.entity == "invoice":
                payload_out: dict[str, Any] = {"invoice_ids": [notification.entity_id]}
            else:
                since = (notification.at or now) - PAYMENT_LOOKBACK
                payload_out = {"since": since.isoformat()}
            await queue.enqueue(
                uow,
                SYNC_JOB,
                payload_out,
                tenant=accounting_context(business_id),
                idempotency_key=f"{SYNC_JOB}:webhook:{notification.key}"[:200],
                now=now,
            )
            new += 1
    return QuickBooksAck(
        received=len(notifications), new=new, duplicates=duplicates, ignored=ignored
    )
