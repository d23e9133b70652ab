"""Structured JSON logs with personal data kept out.

Every record passes through `scrub`: phone numbers are cut to their last four digits, credentials
are replaced, and fields that carry message content are dropped whole. The scrubber works on the
rendered values too, so a phone number inside an exception message is masked as well.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

# Anything that looks like a phone number: an optional +, then 7-15 digits possibly separated.
_PHONE_RE = re.compile(r"(?<![\w/-])\+?\d(?:[\s().-]*\d){6,14}(?![\w/])")
# Our credential formats and bearer-looking secrets.
_TOKEN_RE = re.compile(r"\bsb_(?:live|test|dev)_[a-z]+_[A-Za-z0-9_-]{8,}")
_SECRET_KEYS = {
    "token", "api_key", "owner_token", "widget_token", "authorization", "password", "secret",
    "x-api-key", "x-owner-token", "x-widget-token", "x-admin-api-key", "cookie", "auth_token",
}
# Message content is never logged, whatever its field is called.
_CONTENT_KEYS = {"body", "text", "message_body", "transcript", "speech", "content", "email"}


def mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return "***" + digits[-4:] if len(digits) >= 4 else "***"


def scrub_text(value: str) -> str:
    value = _TOKEN_RE.sub("[credential]", value)
    return _PHONE_RE.sub(lambda m: mask_phone(m.group(0)), value)


def _scrub(key: str, value: Any) -> Any:
    lowered = key.lower()
    if lowered in _SECRET_KEYS or lowered.endswith(("_token", "_secret", "_key", "password")):
        return "[redacted]"
    if lowered in _CONTENT_KEYS:
        return "[omitted]"
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {str(k): _scrub(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(key, v) for v in value]
    return value


def scrub(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in list(event_dict):
        if key in {"timestamp", "level", "logger"}:
            continue
        event_dict[key] = _scrub(key, event_dict[key])
    return event_dict


def configure_logging(level: str = "INFO", fmt: str = "json") -> None:
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info,
        scrub,
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared[:-1],
            scrub,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Uvicorn's access log prints raw paths and query strings (which can hold phone numbers);
    # our own request log records the route template instead.
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("uvicorn.access").propagate = False
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
