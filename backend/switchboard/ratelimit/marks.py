"""What the app tells the failed-authentication limiter about an answer.

Only a refused credential or signature counts against the client's address: a 401, or a 403
the authentication layer marked as such. A 403 for what an authenticated client may not do
(a suspended tenant, a field only the operator changes) is not a guess at a credential."""

from __future__ import annotations

from starlette.types import Scope

_KEY = "auth_failure"


def mark_auth_failure(scope: Scope) -> None:
    scope.setdefault("state", {})[_KEY] = True


def is_auth_failure(scope: Scope, status: int) -> bool:
    if status == 401:
        return True
    return status == 403 and bool((scope.get("state") or {}).get(_KEY))
