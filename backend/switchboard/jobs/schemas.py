from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from switchboard.models.job import Job


class JobOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: str
    business_id: uuid.UUID | None
    status: str
    run_at: datetime
    attempts: int
    max_attempts: int
    last_error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    # What the job is about without what it carries: ids, numbers and flags as they are,
    # text only as its length (a payload may hold a phone number or a message body).
    payload_summary: dict[str, Any]

    @classmethod
    def of(cls, job: Job) -> JobOut:
        data = {name: getattr(job, name) for name in cls.model_fields if name != "payload_summary"}
        return cls(**data, payload_summary=summarise(job.payload or {}))


def _summary(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            return f"<text, {len(value)} characters>"
    if isinstance(value, dict):
        return f"<object, {len(value)} fields>"
    if isinstance(value, list):
        return f"<list, {len(value)} items>"
    return f"<{type(value).__name__}>"


def summarise(payload: dict[str, Any]) -> dict[str, Any]:
    return {str(key)[:60]: _summary(value) for key, value in list(payload.items())[:30]}


class JobList(BaseModel):
    items: list[JobOut]
