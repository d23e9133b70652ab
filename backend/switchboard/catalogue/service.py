"""The tenant's service catalogue, seeded from the vertical's defaults on first use."""

from __future__ import annotations

import re
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from switchboard.audit import service as audit
from switchboard.businesses import service as businesses
from switchboard.catalogue.defaults import defaults_for
from switchboard.catalogue.schemas import ServiceIn, ServiceUpdate
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, InvalidInput, NotFound
from switchboard.models.business import Business
from switchboard.models.catalogue import ServiceType
from switchboard.tenancy.context import TenantContext
from switchboard.tenancy.repository import TenantRepository

CHANGED = "catalogue_changed"


class ServiceNotFound(NotFound):
    title = "Service not found"


class ServiceRepository(TenantRepository[ServiceType]):
    model = ServiceType

    async def by_name(self, name: str) -> ServiceType | None:
        rows = await self.session.execute(self.select(ServiceType.name == name))
        return rows.scalar_one_or_none()


async def seed_defaults(uow: UnitOfWork, tenant: TenantContext, vertical: str | None = None) -> int:
    """Give a tenant its vertical's default catalogue when it has no services yet. Idempotent;
    the provisioning flow may call it, and every catalogue read does."""
    repo = ServiceRepository(uow, tenant)
    if await repo.count() > 0:
        return 0
    if vertical is None:
        vertical = (await businesses.get_own_business(uow, tenant)).vertical
    try:
        async with uow.session.begin_nested():
            for item in defaults_for(vertical):
                repo.add(
                    ServiceType(
                        id=uuid.uuid4(),
                        name=item.name,
                        trade=item.trade,
                        duration_minutes=item.duration_minutes,
                        price_min_cents=item.price_min_cents,
                        price_max_cents=item.price_max_cents,
                        currency="USD",
                        emergency_eligible=item.emergency_eligible,
                        keywords=list(item.keywords),
                        active=True,
                    )
                )
            await uow.session.flush()
    except IntegrityError:
        # A concurrent first request seeded the catalogue (PostgreSQL); theirs stands.
        return 0
    await _changed(uow, tenant)
    return len(defaults_for(vertical))


async def list_services(
    uow: UnitOfWork, tenant: TenantContext, include_inactive: bool = False
) -> Sequence[ServiceType]:
    """The catalogue, read once per unit of work: an assistant turn asks for it to know the
    tenant, to match what the caller said and to book, and the list held here also keeps the
    rows in the session's identity map, so `get_service` of one of them costs no statement.
    Creating or changing a service forgets it."""
    key = f"services:{tenant.business_id}:{include_inactive}"
    held = uow.memo.get(key)
    if isinstance(held, list):
        return held
    criteria = [] if include_inactive else [ServiceType.active.is_(True)]
    repo = ServiceRepository(uow, tenant)
    found = list(await repo.list(*criteria, order_by=ServiceType.name, limit=500))
    if not found:
        # Seeded now, or by a concurrent first request that won the race: read again.
        if uow.read_only:
            async with uow.write_aside() as writer:
                await seed_defaults(writer, tenant)
        else:
            await seed_defaults(uow, tenant)
        found = list(await repo.list(*criteria, order_by=ServiceType.name, limit=500))
    uow.memo[key] = found
    return found


async def _changed(uow: UnitOfWork, tenant: TenantContext) -> None:
    """The catalogue changed in this unit of work: forget the list read here, and bump the
    business's catalogue_version (atomically, so two concurrent changes make two numbers)
    so every process drops what it derived from the old catalogue."""
    for include_inactive in (False, True):
        uow.memo.pop(f"services:{tenant.business_id}:{include_inactive}", None)
    uow.memo[CHANGED] = True
    await uow.session.execute(
        update(Business)
        .where(Business.id == tenant.business_id)
        .values(catalogue_version=Business.catalogue_version + 1)
        .execution_options(synchronize_session=False)
    )


def changed_here(uow: UnitOfWork) -> bool:
    """Whether this unit of work changed the catalogue (what it reads is not yet committed)."""
    return bool(uow.memo.get(CHANGED))


async def get_service(uow: UnitOfWork, tenant: TenantContext, service_id: uuid.UUID) -> ServiceType:
    # No seeding here: a catalogue seeded now would have new ids, never the one asked for.
    service = await ServiceRepository(uow, tenant).get(service_id)
    if service is None:
        raise ServiceNotFound()
    # Held for the rest of the unit of work: the identity map keeps only the objects something
    # refers to, so a turn's second and third slot search read the service again without it.
    uow.memo[f"service:{service.id}"] = service
    return service


@dataclass(frozen=True)
class ServiceTerms:
    """What finding and booking a slot take from a service: plain values, safe to keep."""

    id: uuid.UUID
    name: str
    duration_minutes: int
    currency: str
    price_min_cents: int | None
    price_max_cents: int | None

    @classmethod
    def of(cls, service: ServiceType) -> ServiceTerms:
        return cls(
            service.id,
            service.name,
            service.duration_minutes,
            service.currency,
            service.price_min_cents,
            service.price_max_cents,
        )


# Each tenant's service terms by (business id, catalogue_version, service id): every catalogue
# change bumps the version in its own transaction, so every process drops what it holds at
# its next search. The oldest go first.
_TERMS: OrderedDict[tuple[uuid.UUID, int, uuid.UUID], ServiceTerms] = OrderedDict()
TERMS_CACHED = 4096


async def service_terms(
    uow: UnitOfWork, tenant: TenantContext, service_id: uuid.UUID
) -> ServiceTerms:
    """`get_service`'s terms, read from the database once per catalogue version (per process):
    every slot search and booking of an assistant turn needs them. A unit of work that changed
    the catalogue reads its own uncommitted view and keeps it from the process. An id that is
    not the tenant's raises ServiceNotFound, as `get_service` does."""
    # The business is the session's own object (the turn has read it): no statement. Its
    # version was read before the service row, so what is kept is never older than its key.
    business = await businesses.get_own_business(uow, tenant)
    key = (business.id, business.catalogue_version or 0, service_id)
    changed = changed_here(uow)
    held = None if changed else _TERMS.get(key)
    if held is not None:
        _TERMS.move_to_end(key)
        return held
    terms = ServiceTerms.of(await get_service(uow, tenant, service_id))
    if not changed:
        _TERMS[key] = terms
        while len(_TERMS) > TERMS_CACHED:
            _TERMS.popitem(last=False)
    return terms


async def create_service(uow: UnitOfWork, tenant: TenantContext, data: ServiceIn) -> ServiceType:
    await seed_defaults(uow, tenant)
    repo = ServiceRepository(uow, tenant)
    if await repo.by_name(data.name) is not None:
        raise Conflict("A service with this name exists.")
    service = repo.add(ServiceType(id=uuid.uuid4(), **data.model_dump()))
    await uow.session.flush()
    await _changed(uow, tenant)
    audit.record(uow, tenant, "service.create", "service", service.id)
    return service


async def update_service(
    uow: UnitOfWork, tenant: TenantContext, service_id: uuid.UUID, data: ServiceUpdate
) -> ServiceType:
    service = await get_service(uow, tenant, service_id)
    changes = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    renamed = "name" in changes and changes["name"] != service.name
    if renamed and await ServiceRepository(uow, tenant).by_name(changes["name"]) is not None:
        raise Conflict("A service with this name exists.")
    for key, value in changes.items():
        setattr(service, key, value)
    low, high = service.price_min_cents, service.price_max_cents
    if low is not None and high is not None and low > high:
        raise InvalidInput("price_min_cents is above price_max_cents")
    await uow.session.flush()
    await _changed(uow, tenant)
    audit.record(uow, tenant, "service.update", "service", service.id, {"fields": sorted(changes)})
    return service


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


async def match_service(
    uow: UnitOfWork, tenant: TenantContext, text: str, *, emergency: bool = False
) -> ServiceType | None:
    """The catalogue entry whose keywords best match what the caller said (longest keyword
    wins); with `emergency`, emergency-eligible services are preferred."""
    said = _words(text)
    best: tuple[int, int, str] | None = None
    chosen: ServiceType | None = None
    for service in await list_services(uow, tenant):
        for keyword in [service.name, *service.keywords]:
            if _words(keyword) in said:
                score = (int(emergency and service.emergency_eligible), len(keyword), service.name)
                if best is None or score > best:
                    best, chosen = score, service
    return chosen


def seed_for_new_business(uow: UnitOfWork, business_id: uuid.UUID, vertical: str) -> int:
    """For the provisioning flow, which runs in the system scope before any tenant context
    exists: add the vertical's default catalogue to a business created in this transaction."""
    if not uow.session.sync_session.info.get("system_scope"):
        raise RuntimeError("seed_for_new_business runs inside uow.system_scope(...)")
    items = defaults_for(vertical)
    for item in items:
        uow.session.add(
            ServiceType(
                id=uuid.uuid4(),
                business_id=business_id,
                name=item.name,
                trade=item.trade,
                duration_minutes=item.duration_minutes,
                price_min_cents=item.price_min_cents,
                price_max_cents=item.price_max_cents,
                currency="USD",
                emergency_eligible=item.emergency_eligible,
                keywords=list(item.keywords),
                active=True,
            )
        )
    return len(items)
