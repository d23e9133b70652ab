"""Owner API for customers: CRUD, search, addresses, SMS consent, merge, timeline,
CSV import, CSV/JSON export."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from switchboard.auth.dependencies import OwnerDep
from switchboard.core.bounds import MAX_OFFSET
from switchboard.core.deps import ClockDep, UowDep
from switchboard.core.errors import InvalidInput
from switchboard.customers import exporter, importer, records, service
from switchboard.customers.schemas import (
    AddressIn,
    AddressOut,
    CustomerIn,
    CustomerList,
    CustomerOut,
    CustomerUpdate,
    ImportResult,
    MergeIn,
    SmsConsentIn,
    Timeline,
)
from switchboard.exports.spreadsheet import safe_json, to_csv
from switchboard.privacy import service as privacy

router = APIRouter(prefix="/v1/owner/customers", tags=["customers"])


async def _one(uow: UowDep, tenant: OwnerDep, customer_id: uuid.UUID) -> CustomerOut:
    customer = await service.get_customer(uow, tenant, customer_id)
    return (await service.to_out(uow, tenant, [customer]))[0]


@router.get("", response_model=CustomerList)
async def search_customers(
    tenant: OwnerDep,
    uow: UowDep,
    q: str | None = Query(default=None, max_length=200, description="name, phone digits, address"),
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=MAX_OFFSET),
) -> CustomerList:
    items = await service.search_customers(uow, tenant, q, limit, offset)
    return CustomerList(items=await service.to_out(uow, tenant, items))


@router.post("", response_model=CustomerOut, status_code=status.HTTP_201_CREATED)
async def create_customer(body: CustomerIn, tenant: OwnerDep, uow: UowDep) -> CustomerOut:
    customer = await service.create_customer(uow, tenant, body)
    return (await service.to_out(uow, tenant, [customer]))[0]


@router.post("/import", response_model=ImportResult)
async def import_customers(request: Request, tenant: OwnerDep, uow: UowDep) -> ImportResult:
    """Body: the CSV file itself (`Content-Type: text/csv`)."""
    data = await request.body()
    if not data:
        raise InvalidInput("Send the CSV file as the request body.")
    return await importer.import_customers(uow, tenant, data)


@router.get("/export", response_model=None)
async def export_customers(
    tenant: OwnerDep, uow: UowDep, format: Literal["csv", "json"] = "csv"
) -> Response:
    rows = await exporter.customer_records(uow, tenant)
    if format == "json":
        return JSONResponse(
            {"items": safe_json(rows)},
            headers={"Content-Disposition": 'attachment; filename="customers.json"'},
        )
    return Response(
        to_csv(exporter.CUSTOMER_COLUMNS, rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="customers.csv"'},
    )


@router.get("/{customer_id}", response_model=CustomerOut)
async def get_customer(customer_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> CustomerOut:
    return await _one(uow, tenant, customer_id)


@router.patch("/{customer_id}", response_model=CustomerOut)
async def update_customer(
    customer_id: uuid.UUID, body: CustomerUpdate, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> CustomerOut:
    await service.update_customer(uow, tenant, customer_id, body, clock.now())
    return await _one(uow, tenant, customer_id)


@router.delete("/{customer_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_customer(customer_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> Response:
    await records.delete(uow, tenant, customer_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{customer_id}/addresses", response_model=AddressOut, status_code=status.HTTP_201_CREATED
)
async def add_address(
    customer_id: uuid.UUID, body: AddressIn, tenant: OwnerDep, uow: UowDep
) -> AddressOut:
    return AddressOut.model_validate(await service.add_address(uow, tenant, customer_id, body))


@router.delete("/{customer_id}/addresses/{address_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_address(
    customer_id: uuid.UUID, address_id: uuid.UUID, tenant: OwnerDep, uow: UowDep
) -> Response:
    await service.remove_address(uow, tenant, customer_id, address_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put("/{customer_id}/sms-consent", response_model=CustomerOut)
async def set_sms_consent(
    customer_id: uuid.UUID, body: SmsConsentIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> CustomerOut:
    await service.set_sms_consent(
        uow,
        tenant,
        customer_id,
        granted=body.granted,
        method=body.method,
        evidence=body.evidence,
        at=clock.now(),
    )
    return await _one(uow, tenant, customer_id)


@router.post("/{customer_id}/merge", response_model=CustomerOut)
async def merge_customers(
    customer_id: uuid.UUID, body: MergeIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> CustomerOut:
    """Fold `duplicate_id` into this customer; the duplicate's history moves over, SMS
    consent included (an opt-out of either record keeps its number blocked)."""
    await records.merge(uow, tenant, customer_id, body.duplicate_id, clock.now())
    return await _one(uow, tenant, customer_id)


@router.get("/{customer_id}/timeline", response_model=Timeline)
async def customer_timeline(customer_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> Timeline:
    return await records.timeline(uow, tenant, customer_id)


@router.get("/{customer_id}/personal-data", response_model=None)
async def export_personal_data(
    customer_id: uuid.UUID, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> JSONResponse:
    """Everything held about this person (a data subject access request), as one JSON file."""
    document = await privacy.export(uow, tenant, customer_id, clock.now())
    return JSONResponse(
        document,
        headers={"Content-Disposition": f'attachment; filename="customer-{customer_id}.json"'},
    )


@router.post("/{customer_id}/erase")
async def erase_personal_data(
    customer_id: uuid.UUID, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> dict[str, int]:
    """Erase this person's data; consent evidence and appointment facts stay in minimal form."""
    return await privacy.erase(uow, tenant, customer_id, clock.now())
