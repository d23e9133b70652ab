"""Customer exports; the spreadsheet-safety rules live in `exports.spreadsheet`."""

from __future__ import annotations

from typing import Any

from switchboard.core.db import UnitOfWork
from switchboard.customers import service
from switchboard.tenancy.context import TenantContext

CUSTOMER_COLUMNS = (
    "id",
    "name",
    "phone",
    "email",
    "tags",
    "addresses",
    "notes",
    "sms_opt_out",
    "sms_consent",
    "created_at",
)


async def customer_records(uow: UnitOfWork, tenant: TenantContext) -> list[dict[str, Any]]:
    customers = await service.all_customers(uow, tenant)
    addresses = await service.addresses_of(uow, tenant, [c.id for c in customers])
    return [
        {
            "id": str(c.id),
            "name": c.name,
            "phone": c.phone,
            "email": c.email,
            "tags": list(c.tags or []),
            "addresses": [a.line for a in addresses.get(c.id, [])],
            "notes": c.notes,
            "sms_opt_out": c.sms_opt_out,
            "sms_consent": c.sms_consent,
            "created_at": c.created_at.isoformat(),
        }
        for c in customers
    ]
