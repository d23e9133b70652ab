"""Every table, imported here so the metadata (and Alembic) sees them all."""

from switchboard.models.audit import AuditEvent
from switchboard.models.base import Base, TenantScoped
from switchboard.models.billing import (
    BillingAccount,
    BillingEvent,
    BillingInvoice,
    OfflinePaymentRecord,
)
from switchboard.models.business import Business
from switchboard.models.calendar import CalendarConnection, OfflineCalendarEntry
from switchboard.models.callback import Callback
from switchboard.models.catalogue import ServiceType
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.credential import Credential
from switchboard.models.customer import Customer, CustomerAddress
from switchboard.models.job import Job
from switchboard.models.message import Message, SmsConsent, SmsConsentEvent
from switchboard.models.rate_limit import RateLimitCounter
from switchboard.models.scheduling import Appointment, Closure, SchedulingPolicy, Technician
from switchboard.models.webhook_receipt import WebhookReceipt

__all__ = [
    "Appointment",
    "AuditEvent",
    "Base",
    "BillingAccount",
    "BillingEvent",
    "BillingInvoice",
    "Business",
    "CalendarConnection",
    "Callback",
    "Closure",
    "Conversation",
    "ConversationMessage",
    "Credential",
    "Customer",
    "CustomerAddress",
    "Job",
    "Message",
    "OfflineCalendarEntry",
    "OfflinePaymentRecord",
    "RateLimitCounter",
    "SchedulingPolicy",
    "ServiceType",
    "SmsConsent",
    "SmsConsentEvent",
    "Technician",
    "TenantScoped",
    "WebhookReceipt",
]
