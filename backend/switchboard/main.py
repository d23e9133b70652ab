"""create_app(): settings, database, middleware, routers, error handlers and the lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import FastAPI

from switchboard.accounting.webhook import router as quickbooks_webhook_router
from switchboard.accounting_account import upkeep as _accounting_upkeep  # noqa: F401  (jobs)
from switchboard.accounting_account.router import callback_router as quickbooks_callback_router
from switchboard.accounting_account.router import router as quickbooks_account_router
from switchboard.admin import health as _health  # noqa: F401  (registers the checks)
from switchboard.admin.error_counts import TenantErrorCounter
from switchboard.admin.router import router as admin_console_router
from switchboard.alerts import service as _alerts  # noqa: F401  (registers alert jobs)
from switchboard.assistant.understanding.meaning import default_model
from switchboard.billing import processing as _billing_events  # noqa: F401  (registers jobs)
from switchboard.billing.admin_router import router as admin_billing_router
from switchboard.billing.router import router as billing_router
from switchboard.billing.webhook_router import router as stripe_webhook_router
from switchboard.businesses.admin_router import router as admin_businesses_router
from switchboard.calendar_account.admin_router import router as admin_google_router
from switchboard.calendar_account.router import callback_router as google_callback_router
from switchboard.calendar_account.router import router as google_account_router
from switchboard.catalogue.router import router as catalogue_router
from switchboard.conversations.router import router as conversations_router
from switchboard.core.clock import Clock, SystemClock
from switchboard.core.config import Settings, get_settings
from switchboard.core.db import Database
from switchboard.core.edge import EdgeGuard
from switchboard.core.errors import install_error_handlers
from switchboard.core.logging import configure_logging
from switchboard.core.middleware import RequestContextMiddleware
from switchboard.core.security_headers import SecurityHeaders
from switchboard.customers.router import router as customers_router
from switchboard.health.router import router as health_router
from switchboard.integrations.providers import Providers, attach_database, build_providers
from switchboard.jobs import maintenance  # noqa: F401  (registers the queue's own jobs)
from switchboard.jobs.admin_router import router as admin_jobs_router
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.kpis.router import router as kpis_router
from switchboard.live.router import router as live_router
from switchboard.messaging import delivery as _delivery  # noqa: F401  (registers send jobs)
from switchboard.messaging.router import router as messages_router
from switchboard.messaging.twilio_router import router as twilio_sms_router
from switchboard.notices import handlers as _notices  # noqa: F401  (registers booking notices)
from switchboard.owner.router import router as owner_router
from switchboard.owner.setup_router import router as owner_setup_router
from switchboard.pages.admin import mount_console
from switchboard.pages.dashboard import mount_dashboard
from switchboard.privacy import retention as _retention  # noqa: F401  (registers the purge)
from switchboard.ratelimit.middleware import AuthFailureLimiter
from switchboard.scheduling import calendar_sync  # noqa: F401  (registers calendar.write)
from switchboard.scheduling.router import feed_router as calendar_feed_router
from switchboard.scheduling.router import router as scheduling_router
from switchboard.sessions.router import router as sessions_router
from switchboard.sms_channel.router import router as twilio_inbound_sms_router
from switchboard.voice import transcription  # noqa: F401  (registers voicemail transcription)
from switchboard.voice.owner_line import router as owner_line_router
from switchboard.voice.relay import router as relay_router
from switchboard.voice.router import router as voice_router
from switchboard.voice.safety import VoiceSafetyNet
from switchboard.websessions.router import router as websessions_router
from switchboard.widget.cors import WidgetCors
from switchboard.widget.pages import router as widget_pages_router
from switchboard.widget.router import owner_router as widget_owner_router
from switchboard.widget.router import router as widget_router

API_DESCRIPTION = """\
Switchboard answers every call, text and web chat for a trades business, books jobs and keeps
the customer history. Authenticate with one of `X-Owner-Token`, `X-API-Key` (owner API),
`X-Widget-Token` (widget routes) or `X-Admin-API-Key` (`/v1/admin/*`).
Errors are `application/problem+json` (RFC 9457).
"""


def worker_services(settings: Settings, providers: Providers) -> dict[str, Any]:
    """What job handlers reach through `JobContext.services`."""
    return {"settings": settings, "providers": providers}


def create_app(
    settings: Settings | None = None,
    *,
    database: Database | None = None,
    clock: Clock | None = None,
    run_worker: bool | None = None,
    providers: Providers | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    settings.check_production()
    configure_logging(settings.log_level, settings.log_format)
    providers = providers or build_providers(settings)
    db = database or Database(settings)
    clock = clock or SystemClock()
    attach_database(providers, db, clock)
    start_worker = settings.worker_in_process if run_worker is None else run_worker

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The meaning model loads once per process: now, not inside a caller's first turn.
        await asyncio.to_thread(default_model)
        worker: Worker | None = None
        if start_worker:
            worker = Worker(
                db,
                registry,
                clock,
                concurrency=settings.worker_concurrency,
                poll_interval=settings.worker_poll_interval_s,
                lease=timedelta(seconds=settings.job_lease_s),
                services=worker_services(settings, providers),
            )
            worker.start()
        app.state.worker = worker
        try:
            yield
        finally:
            if worker is not None:
                await worker.stop()
            if database is None:
                await db.dispose()

    app = FastAPI(
        title="Switchboard",
        version="0.1.0",
        description=API_DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    app.state.clock = clock
    app.state.worker = None
    app.state.providers = providers

    install_error_handlers(app)
    # Inner first: the voice safety net sits inside the request context (ids, limits, logs).
    app.add_middleware(
        VoiceSafetyNet,
        base_url=settings.public_base_url,
        budget_s=settings.voice_answer_budget_s,
    )
    app.add_middleware(TenantErrorCounter, db=db, clock=clock)
    app.add_middleware(
        AuthFailureLimiter,
        db=db,
        clock=clock,
        limit=settings.auth_failure_limit,
        window=timedelta(seconds=settings.auth_failure_window_s),
        trust_forwarded_for=settings.trust_forwarded_for,
        proxy_hops=settings.trusted_proxy_hops,
    )
    app.add_middleware(
        EdgeGuard, max_header_bytes=settings.max_header_bytes, exempt_prefixes=("/twilio/",)
    )
    app.add_middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(WidgetCors)
    app.add_middleware(SecurityHeaders, https=settings.public_base_url.startswith("https://"))

    # Routes are matched in this order, one pattern after another: Twilio's webhooks, the
    # hot path (every call step, every text), come first.
    app.include_router(voice_router)
    app.include_router(owner_line_router)
    app.include_router(twilio_inbound_sms_router)
    app.include_router(twilio_sms_router)
    app.include_router(relay_router)
    app.include_router(health_router)
    app.include_router(sessions_router)
    app.include_router(websessions_router)
    app.include_router(admin_businesses_router)
    app.include_router(admin_jobs_router)
    app.include_router(admin_billing_router)
    app.include_router(admin_console_router)
    app.include_router(stripe_webhook_router)
    app.include_router(quickbooks_webhook_router)
    app.include_router(billing_router)
    app.include_router(owner_router)
    app.include_router(owner_setup_router)
    app.include_router(messages_router)
    app.include_router(customers_router)
    app.include_router(catalogue_router)
    app.include_router(scheduling_router)
    app.include_router(conversations_router)
    app.include_router(kpis_router)
    app.include_router(live_router)
    app.include_router(calendar_feed_router)
    app.include_router(google_account_router)
    app.include_router(google_callback_router)
    app.include_router(admin_google_router)
    app.include_router(quickbooks_account_router)
    app.include_router(quickbooks_callback_router)
    mount_dashboard(app)
    app.include_router(widget_router)
    app.include_router(widget_owner_router)
    app.include_router(widget_pages_router)
    mount_console(app)
    return app
