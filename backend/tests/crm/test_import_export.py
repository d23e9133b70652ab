from __future__ import annotations

import csv
import io

import httpx

from tests.conftest import Tenant
from tests.crm.conftest import book, make_customer

MESSY = (
    "\ufeffPhone #; E-Mail ;FIRST NAME;Last Name;Street Address;City;State;Zip;Notes\r\n"
    "(913) 555-0101;ann@example.com;Ann;Lee;12 Oak St;Overland Park;KS;66210;gate code 4\r\n"
    "\r\n"
    "913.555.0102;;Bo;Ng;;;;;\r\n"
    ";;;;;;;;\r\n"
    "+1 913 555 0101;ann.other@example.com;Ann;Lee;12 Oak St;Overland Park;KS;66210;\r\n"
    "not a number;x@example.com;Bad;Row;;;;;\r\n"
    "9135550103;broken@;Cy;Doe;;;;;\r\n"
    '1-913-555-0104;dee@example.com;Dee;;"4 Elm, Apt 2";Lenexa;KS;;"says ""hi"""\r\n'
    "9135550177;;;;;;;;existing customer gets an address\r\n"
)


async def test_messy_csv_import_reports_every_row(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    existing = await make_customer(client, tenant.owner, name="Sam Okafor", phone="+19135550177")
    response = await client.post(
        "/v1/owner/customers/import",
        content=MESSY.encode(),
        headers={**tenant.owner, "Content-Type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    result = response.json()
    by_line = {row["line"]: row for row in result["rows"]}
    assert by_line[2]["status"] == "created"
    assert by_line[4]["status"] == "created"
    assert by_line[6] == {**by_line[6], "status": "duplicate", "error": "same phone as line 2"}
    assert by_line[7]["status"] == "error"
    assert "phone" in by_line[7]["error"]
    assert by_line[8]["status"] == "error"
    assert "email" in by_line[8]["error"]
    assert by_line[9]["status"] == "created"
    assert by_line[10] == {**by_line[10], "status": "updated", "customer_id": existing["id"]}
    assert 3 not in by_line
    assert 5 not in by_line
    assert (result["created"], result["updated"], result["duplicates"], result["errors"]) == (
        3,
        1,
        1,
        2,
    )

    customers = (await client.get("/v1/owner/customers", headers=tenant.owner)).json()["items"]
    ann = next(c for c in customers if c["phone"] == "+19135550101")
    assert ann["name"] == "Ann Lee"
    assert ann["email"] == "ann@example.com"
    assert ann["addresses"][0]["line"] == "12 Oak St, Overland Park, KS 66210"
    assert ann["notes"] == "gate code 4"
    dee = next(c for c in customers if c["phone"] == "+19135550104")
    assert dee["addresses"][0]["line"] == "4 Elm, Apt 2, Lenexa, KS"
    assert dee["notes"] == 'says "hi"'
    sam = next(c for c in customers if c["id"] == existing["id"])
    assert sam["name"] == "Sam Okafor"  # never overwritten by the import
    assert sam["notes"] == "existing customer gets an address"

    again = await client.post(
        "/v1/owner/customers/import",
        content=MESSY.encode(),
        headers={**tenant.owner, "Content-Type": "text/csv"},
    )
    assert again.json()["created"] == 0  # importing twice creates no duplicates


async def test_import_rejects_files_it_cannot_read(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    headers = {**tenant.owner, "Content-Type": "text/csv"}
    for body in (b"", b"colour,size\nred,9\n", b"\n\n"):
        response = await client.post("/v1/owner/customers/import", content=body, headers=headers)
        assert response.status_code == 422, body
    latin = "Name,Phone\nJos\xe9 P\xe9rez,913-555-0111\n".encode("latin-1")
    response = await client.post("/v1/owner/customers/import", content=latin, headers=headers)
    assert response.status_code == 200
    found = await client.get("/v1/owner/customers", params={"q": "josé"}, headers=tenant.owner)
    assert found.json()["items"][0]["name"] == "José Pérez"


EVIL = ['=HYPERLINK("http://x")', "+SUM(1)", "-2+3", "@cmd", "\t=1", "plain"]


async def test_exports_neutralise_formulas(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await make_customer(
        client,
        tenant.owner,
        name=EVIL[0],
        tags=EVIL[1:4],
        notes=EVIL[4],
        addresses=[{"line": "=cmd|' /C calc'!A0"}],
    )
    booked = await book(
        client,
        tenant.owner,
        "2026-03-03T10:00:00-06:00",
        notes="@SUM(A1)",
        customer={"name": "-Mallory", "phone": "+19135550188"},
    )
    assert booked.status_code == 201

    exported = await client.get("/v1/owner/customers/export", headers=tenant.owner)
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    evil = next(r for r in rows if "HYPERLINK" in r["name"])
    assert evil["name"] == "'" + EVIL[0]
    assert evil["notes"] == "'\t=1"
    assert evil["phone"] == "'+19135550142"

    as_json = (
        await client.get(
            "/v1/owner/customers/export", params={"format": "json"}, headers=tenant.owner
        )
    ).json()["items"]
    evil_json = next(r for r in as_json if "HYPERLINK" in r["name"])
    assert evil_json["name"] == "'" + EVIL[0]
    assert evil_json["tags"] == ["'+SUM(1)", "'-2+3", "'@cmd"]
    assert evil_json["addresses"] == ["'=cmd|' /C calc'!A0"]
    assert evil_json["phone"] == "+19135550142"  # a validated E.164 number stays usable

    appointments = await client.get("/v1/owner/appointments/export", headers=tenant.owner)
    rows = list(csv.DictReader(io.StringIO(appointments.text)))
    assert rows[0]["customer_name"] == "'-Mallory"
    assert rows[0]["notes"] == "'@SUM(A1)"
    assert rows[0]["start"] == "2026-03-03T10:00:00-06:00"
    bad = await client.get(
        "/v1/owner/customers/export", params={"format": "xlsx"}, headers=tenant.owner
    )
    assert bad.status_code == 422


async def test_exports_neutralise_formulas_behind_leading_whitespace(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    # Spreadsheets strip leading spaces, tabs and line breaks before they evaluate a cell.
    hidden = [' =HYPERLINK("http://x")', "\n@SUM(A1)", "\r\n+1+1", "  \t-2+3"]
    await make_customer(
        client,
        tenant.owner,
        name="Wanda Whitespace",
        phone="+19135550189",
        notes=hidden[0],
        tags=hidden[1:],
    )
    exported = await client.get("/v1/owner/customers/export", headers=tenant.owner)
    row = next(
        r for r in csv.DictReader(io.StringIO(exported.text)) if r["name"] == "Wanda Whitespace"
    )
    assert row["notes"] == "'" + hidden[0]
    assert row["tags"].startswith("'"), row["tags"]
    as_json = (
        await client.get(
            "/v1/owner/customers/export", params={"format": "json"}, headers=tenant.owner
        )
    ).json()["items"]
    wanda = next(r for r in as_json if r["name"] == "Wanda Whitespace")
    assert wanda["notes"] == "'" + hidden[0]
    assert all(tag.startswith("'") for tag in wanda["tags"]), wanda["tags"]
    # A cell that only starts with a space stays as it was.
    await make_customer(client, tenant.owner, name="Plain Pat", phone="+19135550190", notes=" hi")
    rows = list(
        csv.DictReader(
            io.StringIO((await client.get("/v1/owner/customers/export", headers=tenant.owner)).text)
        )
    )
    assert next(r for r in rows if r["name"] == "Plain Pat")["notes"] == " hi"


async def test_import_refuses_a_nul_character_in_a_cell(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    # PostgreSQL cannot store NUL in text: the import must refuse it, never fail with a 500.
    body = b"Name,Phone,Notes\nNina Nul,913-555-0112,gate\x00code\n"
    response = await client.post(
        "/v1/owner/customers/import",
        content=body,
        headers={**tenant.owner, "Content-Type": "text/csv"},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "NUL" in response.json()["detail"]
    found = await client.get("/v1/owner/customers", params={"q": "Nina"}, headers=tenant.owner)
    assert found.json()["items"] == []
