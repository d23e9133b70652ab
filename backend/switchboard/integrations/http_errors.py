"""Mapping HTTP outcomes of any REST provider onto retry-later / ambiguous / permanent."""

from __future__ import annotations

import httpx

from switchboard.integrations.errors import (
    ProviderAmbiguous,
    ProviderError,
    ProviderPermanent,
    ProviderRetryable,
)


def transport_error(vendor: str, exc: httpx.TransportError) -> ProviderError:
    """A connect failure means the request never left; anything later might have arrived."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return ProviderRetryable(f"{vendor}: could not connect ({type(exc).__name__})")
    return ProviderAmbiguous(f"{vendor}: no answer after sending ({type(exc).__name__})")


def status_error(vendor: str, response: httpx.Response, code: object = None) -> ProviderError:
    detail = f"{vendor}: HTTP {response.status_code}" + (f" code {code}" if code else "")
    if response.status_code == 429 or response.status_code >= 500:
        return ProviderRetryable(detail)
    return ProviderPermanent(detail)
