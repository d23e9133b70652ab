"""A tenant's scheduling set-up: the policy, closures (holidays) and technicians."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from switchboard.audit import service as audit
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import NotFound
from switchboard.models.scheduling import Closure, SchedulingPolicy, Technician
from switchboard.scheduling import availability
from switchboard.scheduling.repository import ClosureRepository, TechnicianRepository
from switchboard.scheduling.schemas import ClosureIn, PolicyIn, TechnicianIn, TechnicianUpdate
from switchboard.tenancy.context import TenantContext


class TechnicianNotFound(NotFound):
    title = "Technician not found"


async def get_policy(uow: UnitOfWork, tenant: TenantContext) -> SchedulingPolicy:
    return await availability.policy_for(uow, tenant)


async def update_policy(uow: UnitOfWork, tenant: TenantContext, data: PolicyIn) -> SchedulingPolicy:
    policy = await availability.policy_for(uow, tenant)
    for key, value in data.model_dump().items():
        setattr(policy, key, value)
    await availability.set_up_changed(uow, tenant)
    await uow.session.flush()
    audit.record(uow, tenant, "scheduling.policy", "scheduling_policy", policy.id)
    return policy


async def list_closures(uow: UnitOfWork, tenant: TenantContext) -> Sequence[Closure]:
    return await ClosureRepository(uow, tenant).list(order_by=Closure.start_date, limit=1000)


async def add_closure(uow: UnitOfWork, tenant: TenantContext, data: ClosureIn) -> Closure:
    closure = ClosureRepository(uow, tenant).add(Closure(id=uuid.uuid4(), **data.model_dump()))
    await availability.set_up_changed(uow, tenant)
    await uow.session.flush()
    audit.record(uow, tenant, "scheduling.closure.add", "closure", closure.id)
    return closure


async def remove_closure(uow: UnitOfWork, tenant: TenantContext, closure_id: uuid.UUID) -> None:
    closure = await ClosureRepository(uow, tenant).get(closure_id)
    if closure is None:
        raise NotFound("No such closure.")
    await uow.session.delete(closure)
    await availability.set_up_changed(uow, tenant)
    await uow.session.flush()
    audit.record(uow, tenant, "scheduling.closure.remove", "closure", closure_id)


async def list_technicians(uow: UnitOfWork, tenant: TenantContext) -> Sequence[Technician]:
    return await TechnicianRepository(uow, tenant).list(order_by=Technician.name, limit=200)


async def get_technician(
    uow: UnitOfWork, tenant: TenantContext, technician_id: uuid.UUID
) -> Technician:
    technician = await TechnicianRepository(uow, tenant).get(technician_id)
    if technician is None:
        raise TechnicianNotFound()
    return technician


async def add_technician(uow: UnitOfWork, tenant: TenantContext, data: TechnicianIn) -> Technician:
    technician = TechnicianRepository(uow, tenant).add(
        Technician(id=uuid.uuid4(), **data.model_dump())
    )
    await availability.set_up_changed(uow, tenant)
    await uow.session.flush()
    audit.record(uow, tenant, "technician.create", "technician", technician.id)
    return technician


async def update_technician(
    uow: UnitOfWork, tenant: TenantContext, technician_id: uuid.UUID, data: TechnicianUpdate
) -> Technician:
    technician = await get_technician(uow, tenant, technician_id)
    changes = data.model_dump(exclude_unset=True)
    await availability.set_up_changed(uow, tenant)
    for key, value in changes.items():
        if value is not None or key == "working_hours":
            setattr(technician, key, value)
    await uow.session.flush()
    audit.record(uow, tenant, "technician.update", "technician", technician.id)
    return technician
