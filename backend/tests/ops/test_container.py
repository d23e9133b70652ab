"""The image and the one-box compose file keep their promises: no Docker engine runs here, so
the files themselves are read and held to what a deployment relies on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
COMPILERS = ("build-essential", "gcc", "g++", "clang", "make ", "cc ")


def _stages() -> list[tuple[str, list[str]]]:
    """The Dockerfile as (stage name, instructions) with continuation lines joined."""
    text = (REPO / "Dockerfile").read_text()
    text = re.sub(r"\\\n\s*", " ", text)
    stages: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = re.match(r"FROM\s+\S+\s+AS\s+(\S+)", line, re.IGNORECASE)
        if match:
            stages.append((match.group(1), []))
        elif stages:
            stages[-1][1].append(line)
    return stages


def test_the_image_is_built_in_two_stages_from_the_lock() -> None:
    stages = dict(_stages())
    assert list(stages) == ["builder", "runtime"]
    syncs = [line for line in stages["builder"] if line.startswith("RUN uv sync")]
    assert syncs
    assert all("--frozen" in line and "--no-dev" in line for line in syncs)
    assert any("COPY backend/pyproject.toml backend/uv.lock" in line for line in stages["builder"])


def test_the_final_stage_has_no_compiler_and_runs_unprivileged() -> None:
    runtime = dict(_stages())["runtime"]
    for line in runtime:
        if line.startswith("RUN"):
            assert not any(word in line for word in COMPILERS), line
        assert "uv " not in line or line.startswith("COPY"), line
    users = [line.split()[1] for line in runtime if line.startswith("USER")]
    assert users
    assert users[-1].split(":")[0] not in {"0", "root"}
    assert "--from=builder" in " ".join(runtime)


def test_the_image_checks_its_health_and_listens_on_all_interfaces() -> None:
    runtime = " ".join(dict(_stages())["runtime"])
    assert "HEALTHCHECK" in runtime
    assert "/healthz" in runtime
    assert "HOST=0.0.0.0" in runtime
    assert 'CMD ["switchboard", "run"]' in runtime


def test_the_build_context_leaves_out_secrets_and_local_databases() -> None:
    ignore = (REPO / ".dockerignore").read_text().splitlines()
    assert ignore[next(i for i, line in enumerate(ignore) if not line.startswith("#"))] == "**"
    for pattern in ("**/.env", "**/*.db"):
        assert pattern in ignore


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "compose.yaml").read_text())
    return data


def test_compose_runs_web_and_worker_on_postgres_after_the_migration(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    assert set(services) == {"postgres", "migrate", "web", "worker"}
    assert services["postgres"]["image"] == "postgres:15"
    assert any(v.startswith("pgdata:") for v in services["postgres"]["volumes"])
    assert "pgdata" in compose["volumes"]
    assert services["migrate"]["command"] == ["switchboard", "db", "upgrade"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name, command in (("web", "run"), ("worker", "worker")):
        service = services[name]
        assert service["command"][:2] == ["switchboard", command]
        env = service["environment"]
        assert env["WORKER_IN_PROCESS"] == "false"
        assert env["DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert service["read_only"] is True


def test_compose_takes_secrets_from_the_environment_never_from_the_file(
    compose: dict[str, Any],
) -> None:
    env = compose["services"]["web"]["environment"]
    for name in ("ADMIN_API_KEY", "SECRET_KEY"):
        assert re.fullmatch(r"\$\{" + name + r":\?[^}]+\}", env[name]), env[name]
    assert "${POSTGRES_PASSWORD:?" in env["DATABASE_URL"]
    # Published on loopback only: TLS is the proxy's job.
    assert all(p.startswith("127.0.0.1:") for p in compose["services"]["web"]["ports"])
