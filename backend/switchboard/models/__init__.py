"""Every table, imported here so the metadata (and Alembic) sees them all."""

from switchboard.models.accounting import (
    AccountingConnection,
    OfflineAccountingCustomer,
    OfflineAccountingInvoice,
)
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
from switchboard.models.integration_health import IntegrationHealth
from switchboard.models.job import Job
from switchboard.models.message import Message, SmsConsent, SmsConsentEvent
from switchboard.models.platform_job_event import PlatformJobEvent
from switchboard.models.rate_limit import RateLimitCounter
from switchboard.models.scheduling import Appointment, Closure, SchedulingPolicy, Technician
from switchboard.models.security_event import SecurityEvent
from switchboard.models.tenant_error_count import TenantErrorCount
from switchboard.models.web_session import OwnerSignInCode, WebSession
from switchboard.models.webhook_receipt import WebhookReceipt

__all__ = [
    "AccountingConnection",
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
    "IntegrationHealth",
    "Job",
    "Message",
    "OfflineAccountingCustomer",
    "OfflineAccountingInvoice",
    "OfflineCalendarEntry",
    "OfflinePaymentRecord",
    "OwnerSignInCode",
    "PlatformJobEvent",
    "RateLimitCounter",
    "SchedulingPolicy",
    "SecurityEvent",
    "ServiceType",
    "SmsConsent",
    "SmsConsentEvent",
    "Technician",
    "TenantErrorCount",
    "TenantScoped",
    "WebSession",
    "WebhookReceipt",
]
