from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, utc_now


class WebSession(IdMixin, Base):
    """A browser sign-in (owner dashboard or admin console). A system table, not tenant data:
    it is found by its cookie before any tenant is known, always in a system scope. Only the
    SHA-256 of the cookie's random token is kept."""

    __tablename__ = "web_sessions"
    __table_args__ = (
        Index("ix_web_sessions_token_hash", "token_hash", unique=True),
        Index("ix_web_sessions_business_id", "business_id"),
    )

    token_hash: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(10))  # "owner" | "admin"
    # The owner's business (None for the operator), and the owner token signed in with: a
    # rotated or revoked token ends the sessions it opened.
    business_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("businesses.id", ondelete="CASCADE"), default=None
    )
    credential_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    expires_at: Mapped[datetime] = mapped_column()
    last_seen_at: Mapped[datetime] = mapped_column(default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class OwnerSignInCode(IdMixin, Base):
    """A one-time sign-in code sent to a business owner's phone or email. A system table like
    `web_sessions`. The contact and the code are kept only as keyed hashes (SECRET_KEY): six
    digits hashed without a key would be read back from a copy of the database at once."""

    __tablename__ = "owner_sign_in_codes"
    __table_args__ = (
        Index("ix_owner_sign_in_codes_contact_hash", "contact_hash"),
        Index("ix_owner_sign_in_codes_business_id", "business_id"),
    )

    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    contact_hash: Mapped[str] = mapped_column(String(64))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    expires_at: Mapped[datetime] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[datetime | None] = mapped_column(default=None)
