"""Migration 0022 indexes the offline calendar's entries by (business_id, kind, end_at), so
the busy read of every slot search skips the event row kept for each appointment ever booked;
the entries already there are untouched, and the downgrade takes the index away again."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import command
from sqlalchemy.ext.asyncio import create_async_engine

from switchboard.core.db import normalise_url
from switchboard.core.migrations import alembic_config, upgrade
from tests.crm.migration_support import (
    insert_business_at_0005,
    old_table,
    run,
    scratch_url,  # noqa: F401  (the fixture)
)

INDEX = "ix_offline_calendar_entries_business_id_kind_end_at"
T0 = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)
_ENTRIES = old_table(
    "offline_calendar_entries",
    ("id", sa.Uuid()),
    ("business_id", sa.Uuid()),
    ("kind", sa.String()),
    ("key", sa.String()),
    ("start_at", sa.DateTime(timezone=True)),
    ("end_at", sa.DateTime(timezone=True)),
    ("title", sa.String()),
    ("location", sa.String()),
    ("description", sa.Text()),
    ("cancelled", sa.Boolean()),
)


async def _indexes(url: str) -> dict[str, list[str]]:
    engine = create_async_engine(normalise_url(url))
    try:
        async with engine.connect() as conn:
            found = await conn.run_sync(
                lambda sync: sa.inspect(sync).get_indexes("offline_calendar_entries")
            )
    finally:
        await engine.dispose()
    return {str(i["name"]): [str(c) for c in i["column_names"]] for i in found}


def _entry(business: uuid.UUID, kind: str, key: str | None, hours: int) -> dict[str, object]:
    start = T0 + timedelta(hours=hours)
    return {
        "id": uuid.uuid4(),
        "business_id": business,
        "kind": kind,
        "key": key,
        "start_at": start,
        "end_at": start + timedelta(hours=1),
        "title": "",
        "location": "",
        "description": "",
        "cancelled": False,
    }


def test_the_busy_index_is_made_over_the_entries_there_and_taken_away_again(
    scratch_url: str,  # noqa: F811
) -> None:
    upgrade(scratch_url, "0021")
    business = uuid.uuid4()
    rows = [_entry(business, "event", f"appt-{n}", n) for n in range(3)]
    rows.append(_entry(business, "busy", None, 30))
    asyncio.run(
        run(scratch_url, insert_business_at_0005(business, T0), sa.insert(_ENTRIES).values(rows))
    )
    assert INDEX not in asyncio.run(_indexes(scratch_url))

    upgrade(scratch_url, "0022")
    assert asyncio.run(_indexes(scratch_url))[INDEX] == ["business_id", "kind", "end_at"]
    [kept] = asyncio.run(
        run(
            scratch_url,
            sa.select(_ENTRIES.c.kind, sa.func.count()).group_by(_ENTRIES.c.kind).order_by("kind"),
        )
    )
    assert [tuple(r) for r in kept] == [("busy", 1), ("event", 3)]

    command.downgrade(alembic_config(scratch_url), "0021")
    assert INDEX not in asyncio.run(_indexes(scratch_url))
