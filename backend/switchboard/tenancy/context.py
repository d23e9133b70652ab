"""Who is acting, for which tenant.

A `TenantContext` can only be made by `issue_tenant_context`, which only the authentication layer
(and the job worker, re-entering the tenant a job was enqueued for) may call; a test greps for it.
Service functions on tenant data take a `TenantContext`, so a bare id does not type-check.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

ActorKind = Literal[
    "admin",
    "api_key",
    "owner_token",
    "owner_session",
    "admin_session",
    "widget_token",
    "dev_header",
    "system",
    "twilio",
    "stripe",
]


@dataclass(frozen=True, slots=True)
class Actor:
    kind: ActorKind
    # The credential's id (never its secret), "admin", or a system component's name.
    id: str

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.id}"


_ISSUER = object()


class TenantContext:
    __slots__ = ("actor", "business_id")

    business_id: uuid.UUID
    actor: Actor

    def __init__(self, business_id: uuid.UUID, actor: Actor, *, _issuer: object = None) -> None:
        if _issuer is not _ISSUER:
            raise TypeError("TenantContext is issued by the authentication layer only")
        object.__setattr__(self, "business_id", business_id)
        object.__setattr__(self, "actor", actor)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("TenantContext is immutable")

    def __repr__(self) -> str:
        return f"TenantContext(business_id={self.business_id}, actor={self.actor.label})"


def issue_tenant_context(business_id: uuid.UUID, actor: Actor) -> TenantContext:
    return TenantContext(business_id, actor, _issuer=_ISSUER)


SYSTEM_ACTOR = Actor(kind="system", id="system")
ADMIN_ACTOR = Actor(kind="admin", id="admin")
