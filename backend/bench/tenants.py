"""A tenant as the assistant-turn bench provisions it, shared with the tests that count what a
turn asks of the database (tests/receptionist/test_turn_statements.py), so both measure the
same tenant: a plumber in Chicago's zone with the default hours and the seeded catalogue.
The scheduling bench provisions its tenants here too, without the catalogue."""

from __future__ import annotations

import random
import uuid

from switchboard.businesses.hours import default_hours
from switchboard.catalogue import service as services
from switchboard.core.db import Database
from switchboard.models.business import Business


async def provision_plumber(
    db: Database, *, name: str, reason: str, catalogue: bool = True
) -> uuid.UUID:
    """A new plumbing business (a random +1913 number), with its seeded catalogue unless
    `catalogue` is False; its id. `reason` names the caller in the system scope it
    provisions under."""
    business_id = uuid.uuid4()
    async with db.unit_of_work() as uow, uow.system_scope(reason):
        uow.session.add(
            Business(
                id=business_id,
                name=name,
                vertical="plumbing",
                timezone="America/Chicago",
                phone_number=f"+1913{random.randint(2_000_000, 9_999_999)}",
                language="en",
                business_hours=default_hours(),
                settings={},
            )
        )
        if catalogue:
            await uow.session.flush()
            services.seed_for_new_business(uow, business_id, "plumbing")
    return business_id
