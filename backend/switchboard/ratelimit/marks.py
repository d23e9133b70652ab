"""What the app tells the failed-authentication limiter about an answer.

Only a refused credential or signature counts against the client's address: a 401, or a 403
the authentication layer marked as such. A 403 for what an authenticated client may not do
(a suspended tenant, a field only the operator changes) is not a guess at a credential."""

from __future__ import annotations

from starlette.types import Scope

_KEY = "auth_failure"
_CLAIMED = "claimed_numbers"


def mark_auth_failure(scope: Scope) -> None:
    scope.setdefault("state", {})[_KEY] = True


def is_auth_failure(scope: Scope, status: int) -> bool:
    if status == 401:
        return True
    return status == 403 and bool((scope.get("state") or {}).get(_KEY))


def mark_claimed_numbers(scope: Scope, numbers: tuple[str, ...]) -> None:
    """The numbers a refused webhook says it is about, most telling first (Twilio's `To`,
    then `From`): the security log attributes the refusal to the tenant owning one of them,
    as *claimed*. Nothing else is ever decided by them."""
    scope.setdefault("state", {})[_CLAIMED] = numbers


def claimed_numbers(scope: Scope) -> tuple[str, ...]:
    return tuple((scope.get("state") or {}).get(_CLAIMED) or ())
