"""`switchboard run | worker | db upgrade | tenant create | tenant rotate | backup | restore |
rotate-secrets`."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import signal
import sys
import uuid
from datetime import timedelta
from typing import Any

from pydantic import ValidationError

from switchboard.businesses import service as businesses
from switchboard.businesses.schemas import BusinessCreate
from switchboard.core.clock import SystemClock
from switchboard.core.config import ProductionConfigError, Settings, get_settings
from switchboard.core.db import Database
from switchboard.core.logging import configure_logging
from switchboard.core.migrations import upgrade
from switchboard.core.security import CREDENTIAL_KINDS
from switchboard.integrations.errors import ProviderConfigError
from switchboard.tenancy.context import Actor

CLI_ACTOR = Actor(kind="admin", id="cli")

DEMO_TENANT = {
    "name": "Demo Plumbing & Heating",
    "vertical": "plumbing",
    "timezone": "America/Chicago",
    "phone_number": "+15005550006",
    "owner_phone": "+15005550009",
    "owner_email": "owner@example.com",
    "language": "en",
}


def _db_upgrade(settings: Settings) -> None:
    upgrade(settings.database_url)


async def _create_tenant(settings: Settings, data: dict[str, Any]) -> dict[str, Any]:
    db = Database(settings)
    try:
        async with db.unit_of_work() as uow:
            business, secrets = await businesses.create_business(
                uow, BusinessCreate(**data), CLI_ACTOR, settings.environment, SystemClock()
            )
        return {
            "business_id": str(business.id),
            "name": business.name,
            **{str(kind): token for kind, token in secrets.items()},
        }
    finally:
        await db.dispose()


async def _ensure_demo(settings: Settings) -> dict[str, Any] | None:
    db = Database(settings)
    try:
        async with db.unit_of_work() as uow, uow.system_scope("first-run demo check"):
            from switchboard.businesses import repository

            if await repository.count_all(uow) > 0:
                return None
    finally:
        await db.dispose()
    return await _create_tenant(settings, DEMO_TENANT)


def _print_demo(settings: Settings, demo: dict[str, Any]) -> None:
    base = f"http://{settings.host}:{settings.port}"
    lines = [
        "",
        "=" * 72,
        "Switchboard: created a demo tenant. These secrets are shown only this once.",
        f"  business      {demo['name']} ({demo['business_id']})",
        f"  api_key       {demo['api_key']}",
        f"  owner_token   {demo['owner_token']}",
        f"  widget_token  {demo['widget_token']}",
        f"  dashboard     {base}/dashboard/  (sign in with the owner token)",
        f"  API docs      {base}/docs",
        f"  owner API     {base}/v1/owner/business  (header X-Owner-Token)",
        f"  admin console {base}/admin/  (sign in with ADMIN_API_KEY)",
        "=" * 72,
        "",
    ]
    # Printed to the terminal on purpose, not through the log pipeline (which redacts tokens).
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def settle_heap() -> None:
    """Move everything start-up made (modules, the app, SQLAlchemy's mappers, the message
    catalogues) out of the garbage collector's way: a full collection then walks only what
    requests create, instead of the whole heap, which took tens of milliseconds and showed up
    as the p99 of every route."""
    gc.collect()
    gc.freeze()


def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from switchboard.integrations.providers import build_providers
    from switchboard.main import create_app

    settings = get_settings()
    settings.check_production()
    # Before anything is migrated or created: a provider that cannot be built stops the start.
    providers = build_providers(settings)
    configure_logging(settings.log_level, settings.log_format)
    if not args.no_migrate:
        _db_upgrade(settings)
    if not settings.switchboard_no_demo:
        demo = asyncio.run(_ensure_demo(settings))
        if demo:
            _print_demo(settings, demo)
    app = create_app(settings, providers=providers)
    settle_heap()
    uvicorn.run(
        app,
        host=args.host or settings.host,
        port=args.port or settings.port,
        access_log=False,
        log_config=None,
        proxy_headers=False,
        # httptools (uvicorn's fast parser) reads a head of any size; the app refuses one
        # past MAX_HEADER_BYTES with 431 (core/edge.py), and the reverse proxy in front of a
        # deployment caps it earlier. h11 would cap it here, but parses every request slower.
    )
    return 0


def cmd_worker(_: argparse.Namespace) -> int:
    from switchboard.integrations.providers import attach_database, build_providers
    from switchboard.jobs import maintenance  # noqa: F401
    from switchboard.jobs.registry import registry
    from switchboard.jobs.worker import Worker
    from switchboard.main import worker_services  # also registers every job handler
    from switchboard.notices import handlers  # noqa: F401  (booking notices and reminders)

    settings = get_settings()
    settings.check_production()
    configure_logging(settings.log_level, settings.log_format)
    settle_heap()

    async def main() -> None:
        db = Database(settings)
        clock = SystemClock()
        providers = build_providers(settings)
        attach_database(providers, db, clock)
        worker = Worker(
            db,
            registry,
            clock,
            concurrency=settings.worker_concurrency,
            poll_interval=settings.worker_poll_interval_s,
            lease=timedelta(seconds=settings.job_lease_s),
            services=worker_services(settings, providers),
        )
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        worker.start()
        await stop.wait()
        await worker.stop()
        await db.dispose()

    asyncio.run(main())
    return 0


def cmd_db_upgrade(_: argparse.Namespace) -> int:
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    _db_upgrade(settings)
    return 0


def cmd_tenant_create(args: argparse.Namespace) -> int:
    settings = get_settings()
    data = {
        k: v
        for k, v in {
            "name": args.name,
            "timezone": args.timezone,
            "phone_number": args.phone,
            "vertical": args.vertical,
            "owner_phone": args.owner_phone,
            "owner_email": args.owner_email,
            "language": args.language,
        }.items()
        if v is not None
    }
    result = asyncio.run(_create_tenant(settings, data))
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


def cmd_tenant_rotate(args: argparse.Namespace) -> int:
    settings = get_settings()

    async def rotate() -> str:
        db = Database(settings)
        try:
            async with db.unit_of_work() as uow:
                issued = await businesses.rotate_credential(
                    uow,
                    uuid.UUID(args.business_id),
                    args.kind,
                    CLI_ACTOR,
                    settings.environment,
                    SystemClock(),
                )
            return issued.token
        finally:
            await db.dispose()

    sys.stdout.write(json.dumps({"kind": args.kind, "secret": asyncio.run(rotate())}) + "\n")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from switchboard.backups import archive

    settings = get_settings()
    result = archive.backup(args.database_url or settings.database_url, Path(args.file))
    sys.stdout.write(
        json.dumps({"file": str(result.path), "bytes": result.bytes, "engine": result.engine})
        + "\n"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from switchboard.backups import archive

    settings = get_settings()
    target = args.into or settings.database_url
    archive.restore(Path(args.file), target)
    # A backup from an older release is brought to this release's schema.
    upgrade(target)
    sys.stdout.write(json.dumps({"restored": args.file}) + "\n")
    return 0


def cmd_rotate_secrets(_: argparse.Namespace) -> int:
    from switchboard.core.key_rotation import rotate_secrets
    from switchboard.privacy.pseudonyms import kept_under_old_keys

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)

    async def rotate() -> dict[str, Any]:
        db = Database(settings)
        try:
            report = await rotate_secrets(db)
            return {
                "rotated": report.rotated,
                # Keyed hashes cannot be re-encrypted: these still need their old key listed.
                "erased_opt_outs_under_old_keys": await kept_under_old_keys(db),
            }
        finally:
            await db.dispose()

    sys.stdout.write(json.dumps(asyncio.run(rotate())) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="switchboard")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="migrate, create the demo tenant, serve HTTP with a worker")
    run.add_argument("--host")
    run.add_argument("--port", type=int)
    run.add_argument(
        "--no-migrate",
        action="store_true",
        help="do not apply migrations (a separate step does; /readyz waits for it)",
    )
    run.set_defaults(func=cmd_run)

    sub.add_parser("worker", help="run a job worker process").set_defaults(func=cmd_worker)

    db = sub.add_parser("db", help="database commands")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db_upgrade)

    tenant = sub.add_parser("tenant", help="tenant commands")
    tenant_sub = tenant.add_subparsers(dest="tenant_command", required=True)
    create = tenant_sub.add_parser("create", help="provision a business; prints its credentials")
    create.add_argument("--name", required=True)
    create.add_argument("--timezone", required=True)
    create.add_argument("--phone", required=True)
    create.add_argument("--vertical")
    create.add_argument("--owner-phone")
    create.add_argument("--owner-email")
    create.add_argument("--language")
    create.set_defaults(func=cmd_tenant_create)
    rotate = tenant_sub.add_parser("rotate", help="rotate one credential; prints the new secret")
    rotate.add_argument("business_id")
    rotate.add_argument("kind", choices=CREDENTIAL_KINDS)
    rotate.set_defaults(func=cmd_tenant_rotate)

    backup = sub.add_parser("backup", help="write a consistent copy of the database to FILE")
    backup.add_argument("file")
    backup.add_argument("--database-url", help="default: DATABASE_URL")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser(
        "restore", help="restore FILE into an empty database (refuses one with tables)"
    )
    restore.add_argument("file")
    restore.add_argument("--into", help="the new database's URL; default: DATABASE_URL")
    restore.set_defaults(func=cmd_restore)
    sub.add_parser(
        "rotate-secrets",
        help="re-encrypt every stored secret under SECRET_KEY (old keys in SECRET_KEY_PREVIOUS)",
    ).set_defaults(func=cmd_rotate_secrets)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.func(args)
    except (ProductionConfigError, ProviderConfigError) as exc:
        # A configuration mistake is one readable line, not a stack trace.
        sys.stderr.write(f"switchboard: {exc}\n")
        return 2
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']).upper()}: {error['msg']}"
            for error in exc.errors()
        )
        sys.stderr.write(f"switchboard: invalid settings: {problems}\n")
        return 2
    return result


if __name__ == "__main__":
    raise SystemExit(main())
