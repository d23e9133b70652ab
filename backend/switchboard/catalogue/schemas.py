from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ServiceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=120)
    trade: str = Field(default="general", max_length=40)
    duration_minutes: int = Field(default=60, ge=5, le=24 * 60)
    price_min_cents: int | None = Field(default=None, ge=0, le=100_000_000)
    price_max_cents: int | None = Field(default=None, ge=0, le=100_000_000)
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    emergency_eligible: bool = False
    keywords: list[str] = Field(default_factory=list, max_length=50)
    active: bool = True

    @model_validator(mode="after")
    def _range(self) -> ServiceIn:
        low, high = self.price_min_cents, self.price_max_cents
        if low is not None and high is not None and low > high:
            raise ValueError("price_min_cents is above price_max_cents")
        return self


class ServiceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=120)
    trade: str | None = Field(default=None, max_length=40)
    duration_minutes: int | None = Field(default=None, ge=5, le=24 * 60)
    price_min_cents: int | None = Field(default=None, ge=0, le=100_000_000)
    price_max_cents: int | None = Field(default=None, ge=0, le=100_000_000)
    emergency_eligible: bool | None = None
    keywords: list[str] | None = Field(default=None, max_length=50)
    active: bool | None = None


class ServiceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    trade: str
    duration_minutes: int
    price_min_cents: int | None
    price_max_cents: int | None
    currency: str
    emergency_eligible: bool
    keywords: list[str]
    active: bool


class ServiceList(BaseModel):
    items: list[ServiceOut]
