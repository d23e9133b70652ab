"""Every table, imported here so the metadata (and Alembic) sees them all."""

from switchboard.models.audit import AuditEvent
from switchboard.models.base import Base, TenantScoped
from switchboard.models.business import Business
from switchboard.models.credential import Credential
from switchboard.models.job import Job
from switchboard.models.message import Message, SmsConsent

__all__ = [
    "AuditEvent",
    "Base",
    "Business",
    "Credential",
    "Job",
    "Message",
    "SmsConsent",
    "TenantScoped",
]
