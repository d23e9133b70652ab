"""Browser tests: the real app served by uvicorn on 127.0.0.1, driven by Debian's Chromium
(`/usr/bin/chromium`, always) through Playwright (never a downloaded browser), with axe-core
for accessibility scans.

- `live_app`: the app with its lifespan and in-process job worker, on a fresh database of its
  own (SQLite file, or a new PostgreSQL database when TEST_DATABASE_URL is set).
- `other_origin`: a second server on another port, for pages that embed ours.
- `page` / `phone_page`: a fresh browser context per test, desktop or phone sized.
- `axe(page)`: serious and critical accessibility violations on the page.
- `screenshot(page, name)`: a PNG under backend/var/screenshots/.

Chromium missing outside CI skips these tests with the reason; under CI it fails them.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from switchboard.core.config import Settings
from switchboard.core.migrations import upgrade
from switchboard.main import create_app
from tests.conftest import (
    ADMIN,
    ADMIN_KEY,
    _create_pg_database,
    _drop_pg_database,
    make_settings,
    random_phone,
)

# Debian's chromium and nothing else: no variable names another browser. `CHROMIUM_PATH` did,
# and set but empty in a CI environment it passed the check below (`Path("")` is the current
# directory) and reached Playwright as an empty `executable_path`, which Playwright takes as
# none given: it went for its own download (/root/.cache/ms-playwright/chromium*-1255).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
VENDOR = Path(__file__).parent / "vendor"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
BLOCKING_IMPACTS = ("serious", "critical")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class LiveApp:
    url: str
    settings: Settings
    client: httpx.Client
    admin_key: str = ADMIN_KEY
    server: uvicorn.Server | None = field(default=None, repr=False)

    def provision(self, **fields: Any) -> dict[str, Any]:
        body = {
            "name": "Bristol Plumbing",
            "timezone": "America/Chicago",
            "phone_number": random_phone(),
            **fields,
        }
        response = self.client.post("/v1/admin/businesses", json=body, headers=ADMIN)
        assert response.status_code == 201, response.text
        data: dict[str, Any] = response.json()
        return data


class _Served:
    """uvicorn in a background thread, stopped by `close()`."""

    def __init__(self, app: Any) -> None:
        self.port = _free_port()
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_config=None,
            access_log=False,
            lifespan="on",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live app did not start")
            time.sleep(0.05)

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def _off_loop(fn: Callable[..., Any], *args: Any) -> Any:
    """Run set-up that calls asyncio.run in a thread of its own: Playwright's sync API keeps
    an event loop running in the test's thread once the browser has started."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args).result()


def _fresh_database(tmp: Path) -> tuple[str, Callable[[], None]]:
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        url = _off_loop(_create_pg_database, configured)
        _off_loop(upgrade, url)
        return url, lambda: _off_loop(_drop_pg_database, url)
    url = f"sqlite+aiosqlite:///{tmp / 'live.db'}"
    _off_loop(upgrade, url)
    return url, lambda: None


@pytest.fixture(scope="module")
def live_app_factory(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., LiveApp]]:
    """Start the real app with these setting overrides; every app started is stopped (and its
    database dropped) at the end of the module."""
    stops: list[Callable[[], None]] = []

    def start(**overrides: Any) -> LiveApp:
        url, drop = _fresh_database(tmp_path_factory.mktemp("live"))
        settings = make_settings(url, worker_in_process=True, **overrides)
        served = _Served(create_app(settings))
        base = f"http://127.0.0.1:{served.port}"
        client = httpx.Client(base_url=base, timeout=30)
        stops.extend([drop, served.close, client.close])
        return LiveApp(url=base, settings=settings, client=client, server=served.server)

    yield start
    for stop in reversed(stops):
        stop()


@pytest.fixture(scope="module")
def live_app(live_app_factory: Callable[..., LiveApp]) -> LiveApp:
    return live_app_factory()


class OtherOrigin:
    """Static pages from a second origin (another port on 127.0.0.1)."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = pages.get(self.path.split("?", 1)[0])
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(body or b"not found")

            def log_message(self, *_: Any) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, path: str, html: str) -> str:
        self.pages[path] = html.encode()
        return self.url + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def other_origin() -> Iterator[OtherOrigin]:
    site = OtherOrigin()
    yield site
    site.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Per module, not per session: while Playwright's sync API runs, it holds an event loop
    # running in this thread, and the async tests of the next module need it gone.

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def phone_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    tab = context.new_page()
    yield tab
    context.close()


_AXE_SOURCE = (VENDOR / "axe.min.js").read_text()


def run_axe(page: Any) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations on the page as it is now. The scanner is
    evaluated through the DevTools protocol, which the pages' CSP does not govern."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_AXE_SOURCE)
    result: dict[str, Any] = page.evaluate(
        "async () => await window.axe.run(document, {resultTypes: ['violations']})"
    )
    return [v for v in result["violations"] if v.get("impact") in BLOCKING_IMPACTS]


@pytest.fixture
def axe() -> Callable[[Any], list[dict[str, Any]]]:
    return run_axe


def take_screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


@pytest.fixture
def screenshot() -> Callable[[Any, str], Path]:
    return take_screenshot
