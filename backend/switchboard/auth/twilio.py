"""Twilio webhooks authenticate by signature: the request is trusted only once
`X-Twilio-Signature` checks out against PUBLIC_BASE_URL plus the raw path and query (never the
Host or X-Forwarded-* headers), before anything is read from or written to the database.
The tenant then comes from the number it names (`dependencies.tenant_for_twilio_number`).

A refused request is trusted for nothing, but the numbers it names (`To`, then `From`, when
they look like phone numbers) are handed to the failed-authentication limiter, which files the
refusal in the security log under the tenant owning one of them, marked as claimed: the
operator sees which tenant's number forged or misconfigured webhooks name."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import Depends, Header, Request

from switchboard.core.deps import SettingsDep
from switchboard.core.errors import Forbidden
from switchboard.integrations.sms.twilio import signature_is_valid
from switchboard.ratelimit.marks import mark_auth_failure, mark_claimed_numbers


def public_url(base: str, request: Request) -> str:
    raw_path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    url = base + raw_path.decode("latin-1")
    return url + ("?" + query.decode("latin-1") if query else "")


async def verified_twilio_form(
    request: Request,
    settings: SettingsDep,
    x_twilio_signature: Annotated[str | None, Header()] = None,
) -> dict[str, str]:
    """The webhook's form parameters, once the signature is valid; 403 otherwise (also when no
    TWILIO_AUTH_TOKEN is configured: an unsigned webhook is never accepted)."""
    token = settings.twilio_auth_token
    raw = await request.body()
    try:
        params = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise _refused(request, {}) from None
    if not token or not x_twilio_signature:
        raise _refused(request, params)
    if not signature_is_valid(
        token, public_url(settings.public_base_url, request), params, x_twilio_signature
    ):
        raise _refused(request, params)
    # The signature covers the raw values, so NUL is stripped only now: PostgreSQL refuses
    # it in text, and no caller, carrier or Twilio field means anything by it.
    return {_no_nul(k): _no_nul(v) for k, v in params.items()}


def _no_nul(value: str) -> str:
    return value.replace("\x00", "") if "\x00" in value else value


_NUMBER = re.compile(r"\+[1-9][0-9]{6,14}")


def _refused(request: Request, params: dict[str, str]) -> Forbidden:
    # A failed signature is a failed authentication (the limiter counts it); other 403s are not.
    mark_auth_failure(request.scope)
    claimed = tuple(
        params[name] for name in ("To", "From") if _NUMBER.fullmatch(params.get(name) or "")
    )
    if claimed:
        mark_claimed_numbers(request.scope, claimed)
    return Forbidden("Missing or invalid Twilio signature.")


TwilioForm = Annotated[dict[str, str], Depends(verified_twilio_form)]
