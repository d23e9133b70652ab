"""The service catalogue (`/v1/owner/services`)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from switchboard.auth.dependencies import OwnerDep
from switchboard.catalogue import service
from switchboard.catalogue.schemas import ServiceIn, ServiceList, ServiceOut, ServiceUpdate
from switchboard.core.deps import UowDep

router = APIRouter(prefix="/v1/owner/services", tags=["catalogue"])


@router.get("", response_model=ServiceList)
async def list_services(
    tenant: OwnerDep, uow: UowDep, include_inactive: bool = False
) -> ServiceList:
    items = await service.list_services(uow, tenant, include_inactive)
    return ServiceList(items=[ServiceOut.model_validate(s) for s in items])


@router.post("", response_model=ServiceOut, status_code=status.HTTP_201_CREATED)
async def create_service(body: ServiceIn, tenant: OwnerDep, uow: UowDep) -> ServiceOut:
    return ServiceOut.model_validate(await service.create_service(uow, tenant, body))


@router.get("/{service_id}", response_model=ServiceOut)
async def get_service(service_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> ServiceOut:
    return ServiceOut.model_validate(await service.get_service(uow, tenant, service_id))


@router.patch("/{service_id}", response_model=ServiceOut)
async def update_service(
    service_id: uuid.UUID, body: ServiceUpdate, tenant: OwnerDep, uow: UowDep
) -> ServiceOut:
    return ServiceOut.model_validate(await service.update_service(uow, tenant, service_id, body))
