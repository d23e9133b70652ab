"""The real app starts in production: `create_app` with its lifespan (the in-process worker
included) on a migrated database answers /readyz; `switchboard run` refuses a bad production
configuration before it touches the database."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import respx

from switchboard.core.config import ProductionConfigError, Settings
from switchboard.core.migrations import upgrade
from switchboard.integrations.email.sendgrid import SendGridEmail
from switchboard.integrations.sms.twilio import TwilioSms
from switchboard.integrations.voice.twilio import TwilioVoice
from switchboard.main import create_app
from tests.core.test_config import PROD, WEAK

BACKEND = Path(__file__).resolve().parents[2]


def _prod_settings(database_url: str, **overrides: object) -> Settings:
    values = {
        **PROD,
        "database_url": database_url,
        "switchboard_no_demo": True,
        "offline_voice_dir": str(Path(database_url.rsplit("///", 1)[-1]).parent / "voice"),
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


async def test_the_app_boots_and_is_ready_in_production(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/prod.db"
    await asyncio.to_thread(upgrade, url)
    app = create_app(_prod_settings(url, worker_in_process=True))
    providers = app.state.providers
    assert isinstance(providers.sms, TwilioSms)
    assert isinstance(providers.voice, TwilioVoice)
    assert isinstance(providers.email, SendGridEmail)
    # No request may leave for a real provider while the app starts and serves.
    with respx.mock(assert_all_called=False) as outside:
        async with app.router.lifespan_context(app):
            assert app.state.worker is not None
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="https://x") as client:
                ready = await client.get("/readyz")
                assert ready.status_code == 200, ready.text
                health = await client.get("/healthz")
                assert "max-age" in health.headers.get("strict-transport-security", "")
        assert not outside.calls


async def test_the_app_boots_in_production_with_quickbooks(tmp_path: Path) -> None:
    from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting

    url = f"sqlite+aiosqlite:///{tmp_path}/prod.db"
    await asyncio.to_thread(upgrade, url)
    app = create_app(
        _prod_settings(
            url,
            accounting_provider="quickbooks",
            quickbooks_client_id="ABprodClientId",
            quickbooks_client_secret="prod-client-secret",
            quickbooks_environment="production",
        )
    )
    accounting = app.state.providers.accounting
    assert isinstance(accounting, QuickBooksAccounting)
    assert accounting.base_url == "https://quickbooks.api.intuit.com"
    with respx.mock(assert_all_called=False) as outside:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="https://x") as client:
                assert (await client.get("/readyz")).status_code == 200
        assert not outside.calls


@pytest.mark.parametrize(("overrides", "reason"), WEAK)
def test_create_app_refuses_each_weak_setting(
    tmp_path: Path, overrides: dict[str, object], reason: str
) -> None:
    settings = _prod_settings(f"sqlite+aiosqlite:///{tmp_path}/prod.db", **overrides)
    with pytest.raises(ProductionConfigError, match=reason):
        create_app(settings)


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "TEST_"))}
    # The parent's settings must not leak in: only what each case names.
    for key in list(base):
        if key.endswith("_PROVIDER") or key.startswith(("TWILIO_", "ADMIN_", "SECRET_")):
            del base[key]
    base.update(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/run.db",
            "SWITCHBOARD_NO_DEMO": "1",
            "PORT": "1",  # never reached: each case is refused before serving
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "switchboard.cli", "run"],
        env=base,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _env(settings: dict[str, object]) -> dict[str, str]:
    return {k.upper(): str(v) for k, v in settings.items() if v is not None}


def test_switchboard_run_refuses_a_weak_production_config(tmp_path: Path) -> None:
    weak = _env({**PROD, "secret_key": "changeme", "voice_provider": "offline"})
    refused = _run(tmp_path, **weak)
    assert refused.returncode == 2
    assert "refusing to start in prod" in refused.stderr
    assert "SECRET_KEY is weak" in refused.stderr and "VOICE_PROVIDER=offline" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "run.db").exists()  # nothing migrated or created


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("SMS_PROVIDER", "carrier-pigeon", "SMS_PROVIDER='carrier-pigeon' is not one of"),
        ("CALENDAR_PROVIDER", "outlook", "CALENDAR_PROVIDER='outlook' is not one of"),
        # A real provider without its settings is refused the same way.
        ("CALENDAR_PROVIDER", "google", "needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET"),
        (
            "ACCOUNTING_PROVIDER",
            "quickbooks",
            "needs QUICKBOOKS_CLIENT_ID and QUICKBOOKS_CLIENT_SEC",
        ),
    ],
)
def test_switchboard_run_refuses_an_unknown_provider_in_any_environment(
    tmp_path: Path, setting: str, value: str, message: str
) -> None:
    refused = _run(tmp_path, ENVIRONMENT="dev", **{setting: value})
    assert refused.returncode == 2
    assert message in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "run.db").exists()
