"""The assessment drives the app the way the channel tests do (signed like Twilio, over ASGI)."""

from tests.channels.conftest import client, providers, settings, worker

__all__ = ["client", "providers", "settings", "worker"]
