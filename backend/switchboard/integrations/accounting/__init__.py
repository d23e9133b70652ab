"""The accounting capability: choose the provider explicitly (`ACCOUNTING_PROVIDER`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from switchboard.core.config import Settings
from switchboard.integrations.accounting.offline import OfflineAccounting
from switchboard.integrations.accounting.port import AccountingPort
from switchboard.integrations.errors import ProviderConfigError


def accounting_for(settings: Settings) -> AccountingPort:
    """The configured provider; it gets the process's database from `attach_database`."""
    choice = settings.accounting_provider.lower()
    if choice == "offline":
        return OfflineAccounting()
    if choice == "quickbooks":
        from switchboard.integrations.accounting.intuit_oauth import IntuitOAuth
        from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting

        if not settings.quickbooks_client_id or not settings.quickbooks_client_secret:
            raise ProviderConfigError(
                "ACCOUNTING_PROVIDER=quickbooks needs QUICKBOOKS_CLIENT_ID and "
                "QUICKBOOKS_CLIENT_SECRET"
            )
        oauth = IntuitOAuth(
            settings.quickbooks_client_id,
            settings.quickbooks_client_secret,
            timeout_s=settings.provider_timeout_s,
        )
        return QuickBooksAccounting(
            oauth,
            environment=settings.quickbooks_environment,
            timeout_s=settings.provider_timeout_s,
        )
    raise ProviderConfigError(f"ACCOUNTING_PROVIDER={choice!r} is not one of offline, quickbooks")


async def get_accounting(request: Request) -> AccountingPort:
    accounting: AccountingPort = request.app.state.providers.accounting
    return accounting


AccountingDep = Annotated[AccountingPort, Depends(get_accounting)]
