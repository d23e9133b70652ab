"""The CLI and the first run: `switchboard db upgrade`, `tenant create|rotate`, and `run`
(migrate, demo tenant printed once, serve /healthz)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

BACKEND = Path(__file__).resolve().parents[2]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "switchboard.cli", *args],
        env=env,
        cwd=BACKEND,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "TEST_"))}
    env.update(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/cli.db",
            "ENVIRONMENT": "dev",
            "LOG_LEVEL": "WARNING",
            **extra,
        }
    )
    return env


def test_tenant_create_and_rotate(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert _cli("db", "upgrade", env=env).returncode == 0
    created = _cli(
        "tenant",
        "create",
        "--name",
        "CLI Plumbing",
        "--timezone",
        "America/Chicago",
        "--phone",
        "(816) 555-0100",
        env=env,
    )
    assert created.returncode == 0, created.stderr
    data = json.loads(created.stdout)
    assert data["owner_token"].startswith("sb_dev_owner_")
    rotated = _cli("tenant", "rotate", data["business_id"], "owner_token", env=env)
    assert rotated.returncode == 0, rotated.stderr
    assert json.loads(rotated.stdout)["secret"] != data["owner_token"]
    bad = _cli("tenant", "rotate", data["business_id"], "root", env=env)
    assert bad.returncode != 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "switchboard.cli", "run"],
        env=env,
        cwd=BACKEND,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{env['PORT']}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("server did not come up: " + (proc.communicate()[0] or ""))


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.terminate()
    out, _ = proc.communicate(timeout=30)
    return out


def test_run_migrates_prints_demo_once_and_serves(tmp_path: Path) -> None:
    env = _env(tmp_path, PORT=str(_free_port()), HOST="127.0.0.1")
    proc, base = _serve(env)
    try:
        ready = httpx.get(f"{base}/readyz", timeout=5)
        assert ready.status_code == 200
        assert httpx.get(f"{base}/docs", timeout=5).status_code == 200
        dashboard = httpx.get(f"{base}/dashboard/", timeout=5)
        assert dashboard.status_code == 200 and "js/app.js" in dashboard.text
        assert "script-src 'self'" in dashboard.headers["content-security-policy"]
        assert "/v1/admin/businesses" in httpx.get(f"{base}/openapi.json", timeout=5).text
        # A request whose headers pass MAX_HEADER_BYTES is refused (the app's 431), and the
        # server keeps serving.
        big = httpx.get(f"{base}/healthz", headers={"X-Padding": "a" * 1_000_000}, timeout=5)
        assert big.status_code == 431, big.status_code
        assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
    finally:
        first = _stop(proc)
    token = next(line.split()[-1] for line in first.splitlines() if "owner_token" in line)
    assert token.startswith("sb_dev_owner_")
    assert "/docs" in first
    assert f"{base}/dashboard/" in first  # where to sign in, printed with the owner token

    # The second start finds a tenant and prints no credentials; the demo token still works.
    proc, base = _serve(env)
    try:
        me = httpx.get(f"{base}/v1/owner/business", headers={"X-Owner-Token": token}, timeout=5)
        assert me.status_code == 200 and me.json()["name"].startswith("Demo")
    finally:
        second = _stop(proc)
    assert "owner_token" not in second


def test_no_demo_flag_skips_the_demo_tenant(tmp_path: Path) -> None:
    env = _env(tmp_path, PORT=str(_free_port()), SWITCHBOARD_NO_DEMO="1")
    proc, _ = _serve(env)
    out = _stop(proc)
    assert "owner_token" not in out
