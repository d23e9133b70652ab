"""The browser-test machinery itself: the live app answers a real browser, a second origin
serves pages, and the accessibility scan finds a violation that is there and none on a clean
page (so a page test's empty scan means something)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

CLEAN = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clean</title></head>
<body><main><h1>Hello</h1><button type="button">Press</button></main></body></html>"""
BROKEN = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
<body><main><h1>Hello</h1><button type="button"></button>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>"""


def test_live_app_answers_the_browser(live_app: Any, page: Any) -> None:
    response = page.goto(f"{live_app.url}/healthz")
    assert response.status == 200
    assert "ok" in page.content()


def test_live_app_provisions_over_http(live_app: Any) -> None:
    created = live_app.provision(name="Live Plumbing")
    assert created["business"]["name"] == "Live Plumbing"
    assert created["credentials"]["owner_token"]


def test_axe_finds_what_is_there_and_nothing_else(
    other_origin: Any, page: Any, axe: Any, screenshot: Any
) -> None:
    page.goto(other_origin.serve("/clean.html", CLEAN))
    assert axe(page) == []
    page.goto(other_origin.serve("/broken.html", BROKEN))
    found = {v["id"] for v in axe(page)}
    assert {"button-name", "image-alt"} <= found
    assert screenshot(page, "infrastructure-broken").stat().st_size > 0


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The parent id follows the command name, which may itself hold spaces.
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                continue
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_the_browser_is_debians_chromium(browser: Any) -> None:
    """The browser these tests drive is the one Debian installs (/usr/bin/chromium runs
    /usr/lib/chromium/chromium), never one Playwright downloaded under ~/.cache/ms-playwright."""
    running = set()
    for pid in _descendants(os.getpid()):
        with contextlib.suppress(OSError):
            running.add(os.path.realpath(f"/proc/{pid}/exe"))
    browsers = {path for path in running if "chrom" in Path(path).name or "shell" in path}
    assert browsers, running
    assert all(path.startswith("/usr/lib/chromium/") for path in browsers), browsers
