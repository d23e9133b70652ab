from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base


class TenantErrorCount(Base):
    """How many answers to one authenticated tenant's requests were 4xx or 5xx in one hour. A
    system table (a counter the operator reads across tenants, like `rate_limit_counters`);
    nothing about the requests themselves is kept."""

    __tablename__ = "tenant_error_counts"

    business_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hour: Mapped[datetime] = mapped_column(primary_key=True)
    status_class: Mapped[str] = mapped_column(String(3), primary_key=True)  # 4xx | 5xx
    count: Mapped[int] = mapped_column(Integer, default=0)
