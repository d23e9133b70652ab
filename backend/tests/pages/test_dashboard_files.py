"""/dashboard/ serves the dashboard's own files, under the strict page policy, and nothing
outside its folder."""

from __future__ import annotations

import httpx


async def test_the_dashboard_is_served_with_the_strict_page_policy(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/dashboard/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert '<script type="module" src="js/app.js">' in page.text
    script = await client.get("/dashboard/js/api.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    words = await client.get("/dashboard/i18n/es.json")
    assert words.status_code == 200 and words.json()["nav.today"] == "Hoy"
    bare = await client.get("/dashboard")
    assert bare.status_code in (301, 307, 308) and bare.headers["location"].endswith("/dashboard/")


async def test_nothing_outside_the_dashboard_folder_is_served(client: httpx.AsyncClient) -> None:
    for path in (
        "/dashboard/../backend/pyproject.toml",
        "/dashboard/%2e%2e/backend/pyproject.toml",
        "/dashboard/..%2fREADME.md",
        "/dashboard/missing.js",
    ):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert "uv" not in response.text


def test_every_word_the_pages_use_exists_in_english_and_spanish() -> None:
    import json
    import re
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "dashboard"
    english = json.loads((folder / "i18n" / "en.json").read_text())
    spanish = json.loads((folder / "i18n" / "es.json").read_text())
    assert set(english) == set(spanish)
    assert all(spanish[k].strip() for k in spanish)
    used = set()
    for script in (folder / "js").rglob("*.js"):
        used |= set(re.findall(r"\bt\('([a-zA-Z0-9_.]+)'", script.read_text()))
    used |= set(re.findall(r'data-i18n="([^"]+)"', (folder / "index.html").read_text()))
    assert used and not used - set(english), sorted(used - set(english))
