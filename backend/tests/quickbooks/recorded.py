"""Intuit's answers, recorded: the shapes (fields, status codes, fault bodies) of the OAuth
token and revocation endpoints and the QuickBooks Online Accounting API v3 as Intuit
documents and sends them, with identifying values replaced. `RecordedIntuit` replays them
over httpx.MockTransport and keeps every request it was sent."""

from __future__ import annotations

import json
import threading
from typing import Any
from urllib.parse import parse_qs

import httpx

REALM = "9341452800123456"
REFRESH_TOKEN = "AB11773598042RecordedRefreshTokenFirst0000000000000"
ROTATED_REFRESH = "AB11781374042RecordedRefreshTokenRotated00000000000"
ACCESS_TOKEN = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..RecordedAccessFirst"
ACCESS_REFRESHED = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..RecordedAccessSecond"

# POST https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer (authorization_code)
TOKEN_EXCHANGE = {
    "token_type": "bearer",
    "expires_in": 3600,
    "refresh_token": REFRESH_TOKEN,
    "x_refresh_token_expires_in": 8726400,
    "access_token": ACCESS_TOKEN,
}
# The same endpoint (refresh_token): a new refresh token every time.
TOKEN_REFRESH = {
    "token_type": "bearer",
    "expires_in": 3600,
    "refresh_token": ROTATED_REFRESH,
    "x_refresh_token_expires_in": 8726400,
    "access_token": ACCESS_REFRESHED,
}
INVALID_GRANT = {"error": "invalid_grant"}

# GET /v3/company/{realm}/... with an expired or revoked access token.
UNAUTHORIZED = {
    "warnings": None,
    "intuitObject": None,
    "fault": {
        "error": [
            {
                "message": "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                "detail": None,
                "code": "3200",
                "element": None,
            }
        ],
        "type": "AUTHENTICATION",
    },
    "report": None,
    "queryResponse": None,
    "batchItemResponse": [],
    "attachableResponse": [],
    "syncErrorResponse": None,
    "requestId": None,
    "time": 1772463600000,
    "cdcresponse": [],
}
THROTTLED = {
    "Fault": {
        "Error": [
            {
                "Message": "message=ThrottleExceeded; errorCode=003001; statusCode=429",
                "Detail": "The request limit was reached.",
                "code": "3001",
            }
        ],
        "type": "SERVICE",
    },
    "time": "2026-03-02T07:00:00.000-08:00",
}
DUPLICATE_NAME = {
    "Fault": {
        "Error": [
            {
                "Message": "Duplicate Name Exists Error",
                "Detail": "The name supplied already exists. : Another customer, vendor or "
                "employee is already using this name. Please use a different name.",
                "code": "6240",
                "element": "",
            }
        ],
        "type": "ValidationFault",
    },
    "time": "2026-03-02T07:00:00.000-08:00",
}
INVALID_CURRENCY = {
    "Fault": {
        "Error": [
            {
                "Message": "Invalid Reference Id",
                "Detail": "Invalid Reference Id : Currency not enabled for this company: EUR",
                "code": "2500",
                "element": "",
            }
        ],
        "type": "ValidationFault",
    },
    "time": "2026-03-02T07:00:00.000-08:00",
}


def _meta(when: str = "2026-03-02T07:00:00-08:00") -> dict[str, str]:
    return {"CreateTime": when, "LastUpdatedTime": when}


def customer(
    id_: str, name: str, *, email: str | None = None, phone: str | None = None, notes: str = ""
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "Taxable": True,
        "Job": False,
        "BillWithParent": False,
        "Balance": 0,
        "BalanceWithJobs": 0,
        "CurrencyRef": {"value": "USD", "name": "United States Dollar"},
        "PreferredDeliveryMethod": "Print",
        "IsProject": False,
        "domain": "QBO",
        "sparse": False,
        "Id": id_,
        "SyncToken": "0",
        "MetaData": _meta(),
        "FullyQualifiedName": name,
        "DisplayName": name,
        "PrintOnCheckName": name,
        "Active": True,
    }
    if email:
        out["PrimaryEmailAddr"] = {"Address": email}
    if phone:
        out["PrimaryPhone"] = {"FreeFormNumber": phone}
    if notes:
        out["Notes"] = notes
    return out


def item(id_: str, name: str) -> dict[str, Any]:
    return {
        "Name": name,
        "Description": name,
        "Active": True,
        "FullyQualifiedName": name,
        "Taxable": False,
        "UnitPrice": 0,
        "Type": "Service",
        "IncomeAccountRef": {"value": "1", "name": "Services"},
        "PurchaseCost": 0,
        "TrackQtyOnHand": False,
        "domain": "QBO",
        "sparse": False,
        "Id": id_,
        "SyncToken": "0",
        "MetaData": _meta(),
    }


def invoice(
    id_: str,
    doc_number: str,
    *,
    total: float,
    balance: float | None = None,
    note: str = "",
    email_status: str = "NotSet",
    when: str = "2026-03-02T07:00:00-08:00",
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "AllowIPNPayment": False,
        "AllowOnlinePayment": False,
        "AllowOnlineCreditCardPayment": False,
        "AllowOnlineACHPayment": False,
        "domain": "QBO",
        "sparse": False,
        "Id": id_,
        "SyncToken": "0",
        "MetaData": _meta(when),
        "CustomField": [],
        "DocNumber": doc_number,
        "TxnDate": "2026-03-02",
        "CurrencyRef": {"value": "USD", "name": "United States Dollar"},
        "LinkedTxn": [],
        "Line": [
            {
                "Id": "1",
                "LineNum": 1,
                "Amount": total,
                "DetailType": "SalesItemLineDetail",
                "SalesItemLineDetail": {
                    "ItemRef": {"value": "1", "name": "Services"},
                    "TaxCodeRef": {"value": "NON"},
                },
            },
            {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ],
        "TxnTaxDetail": {"TotalTax": 0},
        "CustomerRef": {"value": "58", "name": "Ana Ruiz"},
        "DueDate": "2026-04-01",
        "TotalAmt": total,
        "ApplyTaxAfterDiscount": False,
        "PrintStatus": "NotSet",
        "EmailStatus": email_status,
        "Balance": total if balance is None else balance,
    }
    if note:
        out["PrivateNote"] = note
    return out


def query(entity: str, *found: dict[str, Any]) -> dict[str, Any]:
    if not found:
        return {"QueryResponse": {}, "time": "2026-03-02T07:00:00.000-08:00"}
    return {
        "QueryResponse": {entity: list(found), "startPosition": 1, "maxResults": len(found)},
        "time": "2026-03-02T07:00:00.000-08:00",
    }


def entity(name: str, body: dict[str, Any]) -> dict[str, Any]:
    return {name: body, "time": "2026-03-02T07:00:00.000-08:00"}


class RecordedIntuit:
    """Routes by method, a fragment of the path and, for queries, a fragment of the statement
    (newest routes win); the last answer of a standing route repeats."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._routes: list[tuple[str, str, str, list[tuple[int, Any]], bool]] = []
        self._lock = threading.Lock()
        self.on("POST", "/oauth2/v1/tokens/bearer", (200, TOKEN_REFRESH))
        self.on("POST", "/v2/oauth2/tokens/revoke", (200, {}))

    def on(self, method: str, path: str, *answers: tuple[int, Any], where: str = "") -> None:
        self._routes.insert(0, (method, path, where, list(answers), True))

    def once(self, method: str, path: str, *answers: tuple[int, Any], where: str = "") -> None:
        self._routes.insert(0, (method, path, where, list(answers), False))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            statement = request.url.params.get("query", "")
            for method, path, where, answers, repeat in self._routes:
                if request.method != method or path not in request.url.path:
                    continue
                if where and where not in statement:
                    continue
                if not answers:
                    continue
                status, body = answers.pop(0) if (len(answers) > 1 or not repeat) else answers[0]
                return httpx.Response(status, json=body)
        return httpx.Response(
            400,
            json={
                "Fault": {
                    "Error": [{"Message": "unexpected request", "Detail": str(request.url)}],
                    "type": "ValidationFault",
                }
            },
        )

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and path in r.url.path]

    def sent_to(self, method: str, suffix: str) -> list[httpx.Request]:
        """Requests whose path ends with `suffix` (an entity, not what lies under it)."""
        return [r for r in self.requests if r.method == method and r.url.path.endswith(suffix)]

    def queries(self) -> list[str]:
        return [r.url.params.get("query", "") for r in self.sent("GET", "/query")]

    @staticmethod
    def form(request: httpx.Request) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}

    @staticmethod
    def body(request: httpx.Request) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(request.content)
        return data
