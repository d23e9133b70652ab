"""CSV and JSON exports that open safely in spreadsheet software.

A cell beginning with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed, or with
spaces and those whitespace characters before `=`, `+`, `-`, `@` (spreadsheets strip leading
whitespace before evaluating), is prefixed with an apostrophe so it is shown as text, never run
as a formula (OWASP "CSV injection"). JSON exports apply the same rule to every free-text field,
since they are routinely pasted or converted into spreadsheets; ids, timestamps and E.164
phones are machine formats and are left as they are in JSON.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

_FORMULA = ("=", "+", "-", "@")
_DANGEROUS = (*_FORMULA, "\t", "\r", "\n")
_LEADING_SPACE = " \t\r\n"

_JSON_TEXT = {
    "name",
    "email",
    "tags",
    "addresses",
    "notes",
    "service",
    "address",
    "reason",
    "customer_name",
}


def neutralise(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_DANGEROUS) or text.lstrip(_LEADING_SPACE).startswith(_FORMULA):
        return "'" + text
    return text


def to_csv(columns: Sequence[str], records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([neutralise(_flat(record.get(c))) for c in columns])
    return buffer.getvalue()


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return " | ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def safe_json(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for record in records:
        clean: dict[str, Any] = {}
        for key, value in record.items():
            if key in _JSON_TEXT:
                if isinstance(value, list):
                    value = [neutralise(v) for v in value]
                elif value is not None:
                    value = neutralise(value)
            clean[key] = value
        out.append(clean)
    return out
