from __future__ import annotations

import pytest

from switchboard.core.db import Database
from tests.support import empty_queue


@pytest.fixture(autouse=True)
async def _empty_queue(db: Database) -> None:
    await empty_queue(db)
