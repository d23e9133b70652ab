"""Website origins allowed to embed a business's chat: how they are written and checked.

An origin is `scheme://host[:port]` (http or https, no path, no credentials), stored in
lower case without a default port, so a browser's `Origin` header compares equal to it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field

MAX_ORIGINS = 20
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_origin(value: str) -> str:
    """`HTTPS://Example.com:443/` -> `https://example.com`; ValueError for anything that is
    not a bare web origin."""
    text = value.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ValueError("not an origin (scheme://host[:port])") from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError("an origin is http:// or https:// and a host")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError("an origin has no credentials, query or fragment")
    if parts.path not in {"", "/"}:
        raise ValueError("an origin has no path")
    host = parts.hostname.lower()
    if any(ch in host for ch in " *'\";,"):
        raise ValueError("not a host name")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _origins(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        origin = normalise_origin(value)
        if origin not in seen:
            seen.append(origin)
    return seen


WidgetOrigins = Annotated[
    list[Annotated[str, Field(max_length=300)]],
    Field(max_length=MAX_ORIGINS),
    AfterValidator(_origins),
]


def origin_allowed(origin: str | None, allowed: list[str], own: Collection[str]) -> bool:
    """An empty list allows any origin. Otherwise the request's `Origin` must be listed, or be
    one of our own (the chat page we serve, which browsers let only the listed sites frame)."""
    if not allowed:
        return True
    if not origin:
        return False
    try:
        presented = normalise_origin(origin)
    except ValueError:
        return False
    return presented in allowed or presented in own


def frame_ancestors(allowed: list[str]) -> str:
    """The chat page's CSP `frame-ancestors` source list."""
    return " ".join(allowed) if allowed else "*"
