"""Structured JSON logs with personal data kept out.

Every record passes through `scrub`: phone numbers are cut to their last four digits, credentials
are replaced, and fields that carry message content are dropped whole. The scrubber works on the
rendered values too, so a phone number inside an exception message is masked as well.

Exceptions are rendered structurally (`safe_exception`): the stack (file, line, function) and
each exception's type, never its message. A database error's message carries the statement's
parameters (SQLAlchemy's `[parameters: ...]`) and the server's detail ("Key (email)=(...)"):
names, emails, notes, message bodies. What is kept of it is its SQLSTATE and the statement
text with its placeholders.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import MutableMapping
from types import TracebackType
from typing import Any

import structlog

# Anything that looks like a phone number: an optional +, then 7-15 digits possibly separated.
_PHONE_RE = re.compile(r"(?<![\w/-])\+?\d(?:[\s().-]*\d){6,14}(?![\w/])")
# Our credential formats and bearer-looking secrets.
# (A web chat visitor's token, `sb_visitor_...`, has no environment tag.)
_TOKEN_RE = re.compile(r"\bsb_(?:(?:live|test|dev)_[a-z]+|visitor)_[A-Za-z0-9_-]{8,}")
_SECRET_KEYS = {
    "token",
    "api_key",
    "owner_token",
    "widget_token",
    "authorization",
    "password",
    "secret",
    "x-api-key",
    "x-owner-token",
    "x-widget-token",
    "visitor_token",
    "x-visitor-token",
    "x-admin-api-key",
    "cookie",
    "auth_token",
    "secret_key_previous",
}
# Message content is never logged, whatever its field is called.
_CONTENT_KEYS = {"body", "text", "message_body", "transcript", "speech", "content", "email"}


def mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return "***" + digits[-4:] if len(digits) >= 4 else "***"


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _mask_match(match: re.Match[str]) -> str:
    text = match.group(0)
    return text if _DATE_RE.fullmatch(text) else mask_phone(text)


def scrub_text(value: str) -> str:
    value = _TOKEN_RE.sub("[credential]", value)
    return _PHONE_RE.sub(_mask_match, value)


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


_STATEMENT_CHARS = 300
_MAX_CHAIN = 5


def _exception_of(exc_info: Any) -> BaseException | None:
    if isinstance(exc_info, BaseException):
        return exc_info
    if isinstance(exc_info, tuple) and len(exc_info) == 3:
        return exc_info[1] if isinstance(exc_info[1], BaseException) else None
    if exc_info:
        return sys.exc_info()[1]
    return None


def _safe_detail(exc: BaseException) -> str:
    """What may be said of one exception: its type, and for database errors the SQLSTATE and
    the statement (placeholders only). Messages are free text and never kept."""
    kind = type(exc)
    parts = [f"{kind.__module__}.{kind.__qualname__}"]
    orig = getattr(exc, "orig", None)
    if orig is not None:
        parts.append(f"from {type(orig).__module__}.{type(orig).__qualname__}")
    for source in (exc, orig):
        code = getattr(source, "sqlstate", None) or getattr(source, "pgcode", None)
        if isinstance(code, str) and code.isalnum():
            parts.append(f"[sqlstate {code}]")
            break
    statement = getattr(exc, "statement", None)
    if isinstance(statement, str):
        parts.append(f"[statement: {' '.join(statement.split())[:_STATEMENT_CHARS]}]")
    return " ".join(parts)


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return lines


def describe_exception(exc: BaseException) -> str:
    """A traceback without any exception's message (see the module's docstring)."""
    chain: list[BaseException] = [exc]
    causes: list[bool] = []  # causes[i]: chain[i] was raised "from" chain[i + 1]
    while len(chain) < _MAX_CHAIN:
        current = chain[-1]
        if current.__cause__ is not None:
            chain.append(current.__cause__)
            causes.append(True)
        elif current.__context__ is not None and not current.__suppress_context__:
            chain.append(current.__context__)
            causes.append(False)
        else:
            break
    out: list[str] = []
    for index in range(len(chain) - 1, -1, -1):
        if index < len(chain) - 1:
            out.append(
                "The above exception was the direct cause of the following exception:"
                if causes[index]
                else "During handling of the above exception, another exception occurred:"
            )
        out.append("Traceback (most recent call last):")
        out.extend(_frames(chain[index].__traceback__))
        out.append(_safe_detail(chain[index]))
    return "\n".join(out)


def safe_exception(
    _: Any, __: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """Replaces `exc_info` with `describe_exception`, before anything renders a message."""
    exc = _exception_of(event_dict.pop("exc_info", None))
    if exc is not None:
        event_dict["exception"] = describe_exception(exc)
    return event_dict


def scrub(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in list(event_dict):
        if key in {"timestamp", "level", "logger"}:
            continue
        event_dict[key] = _scrub(key, event_dict[key])
    return event_dict


class _StdoutHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stdout` is at emit time (test capture and reloads included)."""

    def __init__(self) -> None:
        super().__init__(sys.stdout)

    @property
    def stream(self) -> Any:
        return sys.stdout

    @stream.setter
    def stream(self, _: Any) -> None:
        pass


def configure_logging(level: str = "INFO", fmt: str = "json") -> None:
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        safe_exception,
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
    handler = _StdoutHandler()
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Uvicorn's access log prints raw paths and query strings (which can hold phone numbers);
    # our own request log records the route template instead.
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("uvicorn.access").propagate = False
    # httpx logs every outbound request's full URL at INFO; a provider's query string can
    # carry a phone number, a name or an address.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
