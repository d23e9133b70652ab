"""For tests that stop the schema at an older revision: a scratch database of their own, raw
statements against it, and tables as an old revision left them (the models have moved on)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from switchboard.core.db import normalise_url
from tests.conftest import _create_pg_database, _drop_pg_database


@pytest.fixture
def scratch_url(tmp_path: Path) -> Iterator[str]:
    """A database of its own: the test stops at an older revision."""
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        url = _create_pg_database(configured)
        yield url
        _drop_pg_database(url)
    else:
        yield f"sqlite+aiosqlite:///{tmp_path}/migration.db"


async def run(url: str, *statements: Any) -> list[Any]:
    """The statements in one transaction; each result's rows (None for a write)."""
    engine = create_async_engine(normalise_url(url))
    try:
        async with engine.begin() as conn:
            results = [await conn.execute(s) for s in statements]
            return [r.all() if r.returns_rows else None for r in results]
    finally:
        await engine.dispose()


def old_table(name: str, *columns: tuple[str, sa.types.TypeEngine[Any]]) -> sa.TableClause:
    return sa.table(name, *(sa.column(column, kind) for column, kind in columns))


# The businesses table as revision 0005 left it.
BUSINESSES_AT_0005 = old_table(
    "businesses",
    ("id", sa.Uuid()),
    ("name", sa.String()),
    ("vertical", sa.String()),
    ("timezone", sa.String()),
    ("phone_number", sa.String()),
    ("language", sa.String()),
    ("business_hours", sa.JSON()),
    ("status", sa.String()),
    ("lockdown", sa.Boolean()),
    ("settings", sa.JSON()),
    ("created_at", sa.DateTime(timezone=True)),
    ("updated_at", sa.DateTime(timezone=True)),
)


def insert_business_at_0005(business_id: uuid.UUID, at: datetime) -> sa.Insert:
    return sa.insert(BUSINESSES_AT_0005).values(
        id=business_id,
        name="Bristol Plumbing",
        vertical="plumbing",
        timezone="America/Chicago",
        phone_number="+19135550100",
        language="en",
        business_hours={},
        status="active",
        lockdown=False,
        settings={},
        created_at=at,
        updated_at=at,
    )
