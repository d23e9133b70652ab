"""The owner reissues the website chat token: the new one is shown once, the old one is
refused by the widget API at once, the change is audited; another business is untouched."""

from __future__ import annotations

import httpx

from tests.conftest import ADMIN, Tenant


def _widget(token: str) -> dict[str, str]:
    return {"X-Widget-Token": token}


async def test_reissue_refuses_the_old_token_at_once(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    before = (await client.get("/v1/owner/widget-token", headers=tenant.owner)).json()
    assert before["hint"][-4:] == tenant.widget_token[-4:]
    assert before["script_url"].endswith("/widget/embed.js")
    assert "widget_token" not in before
    ok = await client.post(
        "/v1/widget/conversations", json={}, headers=_widget(tenant.widget_token)
    )
    assert ok.status_code == 201

    issued = await client.post("/v1/owner/widget-token/reissue", headers=tenant.owner)
    assert issued.status_code == 201, issued.text
    new = issued.json()["widget_token"]
    assert new != tenant.widget_token and new.startswith("sb_")
    assert f'data-widget-token="{new}"' in issued.json()["snippet"]

    old = await client.post(
        "/v1/widget/conversations", json={}, headers=_widget(tenant.widget_token)
    )
    assert old.status_code == 401
    fresh = await client.post("/v1/widget/conversations", json={}, headers=_widget(new))
    assert fresh.status_code == 201
    assert fresh.json()["business"]["name"] == "Bristol Plumbing"

    after = (await client.get("/v1/owner/widget-token", headers=tenant.owner)).json()
    assert after["hint"] == issued.json()["hint"] and "widget_token" not in after
    audit = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    rotated = [e for e in audit if e["action"] == "credential.rotate"]
    assert rotated and rotated[0]["details"] == {"kind": "widget_token"}
    assert new not in str(audit)

    # The other business's token still works; its owner sees its own hint.
    theirs = await client.post(
        "/v1/widget/conversations", json={}, headers=_widget(other_tenant.widget_token)
    )
    assert theirs.status_code == 201
    other = (await client.get("/v1/owner/widget-token", headers=other_tenant.owner)).json()
    assert other["hint"] != after["hint"]


async def test_only_the_owner_may_reissue(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.post("/v1/owner/widget-token/reissue")).status_code == 401
    as_widget = await client.post(
        "/v1/owner/widget-token/reissue", headers=_widget(tenant.widget_token)
    )
    assert as_widget.status_code == 401
    as_admin = await client.post("/v1/owner/widget-token/reissue", headers=ADMIN)
    assert as_admin.status_code == 401
    bad = await client.post(
        "/v1/owner/widget-token/reissue", headers={"X-Owner-Token": "sb_owner_nope"}
    )
    assert bad.status_code == 401
    still = await client.post(
        "/v1/widget/conversations", json={}, headers=_widget(tenant.widget_token)
    )
    assert still.status_code == 201
