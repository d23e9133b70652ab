"""The two ways an outside provider fails, as every port reports them.

Adapters map their vendor's errors onto these; services and job handlers never see a vendor
exception. Messages are short and hold no personal data (they end up in job records and logs).
"""

from __future__ import annotations


class ProviderError(Exception):
    """Base of provider failures."""


class ProviderRetryable(ProviderError):
    """Temporary: timeout before the request left, 429, 5xx, connection refused. Try later."""


class ProviderAmbiguous(ProviderRetryable):
    """The request may have reached the provider (e.g. a read timeout after sending). Before
    any retry the caller must reconcile, or the recipient could get the same message twice."""


class ProviderPermanent(ProviderError):
    """Retrying cannot help: the provider refused the request (4xx, invalid recipient)."""


class ProviderUnavailable(ProviderError):
    """The capability is switched off (e.g. no LLM configured); callers use their fallback."""


class ProviderConfigError(ValueError):
    """A provider is named that does not exist, lacks the settings it needs, or needs an
    optional extra that is not installed. Raised at start-up: the process must not start."""
