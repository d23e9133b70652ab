"""SECRET_KEY rotation for encrypted columns: key A encrypts; B with A as previous reads and
rotates; B alone then reads everything, and A alone no longer can."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable

import pytest
from sqlalchemy import Column, MetaData, Table, Text, Uuid, insert, select, type_coerce

from switchboard import cli
from switchboard.core.config import Settings
from switchboard.core.crypto import EncryptedText, Keyring, SecretUnreadable
from switchboard.core.db import Database
from switchboard.core.key_rotation import encrypted_columns, rotate_secrets
from tests.conftest import make_settings

KEY_A = "first-secret-key-aaaaaaaaaaaaaaaa-0123456789"
KEY_B = "second-secret-key-bbbbbbbbbbbbbbbb-9876543210"


@pytest.fixture
def vault() -> Table:
    # A table of its own (not in the app's metadata), made and dropped by this test, with the
    # connecting role so PostgreSQL's row-level security is not what is tested here.
    return Table(
        f"vault_{uuid.uuid4().hex[:8]}",
        MetaData(),
        Column("id", Uuid, primary_key=True),
        Column("token", EncryptedText(), nullable=True),
    )


@pytest.fixture
async def with_keys(database_url: str, vault: Table) -> AsyncIterator[Callable[..., Database]]:
    made: list[Database] = []

    def open_db(secret: str, previous: str = "") -> Database:
        settings: Settings = make_settings(
            database_url, secret_key=secret, secret_key_previous=previous, database_app_role=""
        )
        made.append(Database(settings))
        return made[-1]

    setup = open_db(KEY_A)
    async with setup.engine.begin() as conn:
        await conn.run_sync(vault.metadata.create_all)
    yield open_db
    async with setup.engine.begin() as conn:
        await conn.run_sync(vault.metadata.drop_all)
    for db in made:
        await db.dispose()


async def _read(db: Database, vault: Table) -> dict[uuid.UUID, str | None]:
    async with db.unit_of_work() as uow:
        rows = (await uow.session.execute(select(vault.c.id, vault.c.token))).all()
    return {r.id: r.token for r in rows}


async def _raw(db: Database, vault: Table) -> list[str]:
    async with db.unit_of_work() as uow:
        stmt = select(type_coerce(vault.c.token, Text)).where(vault.c.token.isnot(None))
        return list((await uow.session.execute(stmt)).scalars())


async def test_rotation_moves_every_value_to_the_new_key(
    with_keys: Callable[..., Database], vault: Table
) -> None:
    secrets = {uuid.uuid4(): f"refresh-token-{i}" for i in range(3)}
    empty = uuid.uuid4()
    a = with_keys(KEY_A)
    async with a.unit_of_work() as uow:
        await uow.session.execute(
            insert(vault), [{"id": k, "token": v} for k, v in secrets.items()]
        )
        await uow.session.execute(insert(vault), [{"id": empty, "token": None}])
    stored = await _raw(a, vault)
    assert stored and not any("refresh-token" in token for token in stored)

    # B is the key now, A is still listed as previous: everything reads.
    b_with_a = with_keys(KEY_B, f" {KEY_A} ")
    assert await _read(b_with_a, vault) == {**secrets, empty: None}

    report = await rotate_secrets(b_with_a, vault.metadata)
    assert report.rotated == {f"{vault.name}.token": 3}
    assert set(await _raw(b_with_a, vault)).isdisjoint(stored)

    # A dropped: B alone reads every value; A alone reads none.
    assert await _read(with_keys(KEY_B), vault) == {**secrets, empty: None}
    with pytest.raises(SecretUnreadable, match="SECRET_KEY_PREVIOUS"):
        await _read(with_keys(KEY_A), vault)


async def test_a_value_under_an_unlisted_key_is_refused_by_name(
    with_keys: Callable[..., Database], vault: Table
) -> None:
    a = with_keys(KEY_A)
    async with a.unit_of_work() as uow:
        await uow.session.execute(insert(vault).values(id=uuid.uuid4(), token="xoxb-secret"))
    b_only = with_keys(KEY_B)
    with pytest.raises(SecretUnreadable):
        await _read(b_only, vault)
    with pytest.raises(SecretUnreadable):
        await rotate_secrets(b_only, vault.metadata)


def test_keyed_hashes_follow_the_ring() -> None:
    old, new = Keyring([KEY_A]), Keyring([KEY_B, KEY_A])
    assert old.digest("+15550100") in new.digests("+15550100")
    assert new.digest("+15550100") != old.digest("+15550100")
    assert new.key_ids[1] == old.key_ids[0]
    assert Keyring([KEY_B]).digests("+15550100") == [new.digest("+15550100")]


def test_the_cli_rotates_the_apps_encrypted_columns(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from switchboard.models import Base

    # The test database's own key stays current: the rows other tests stored (Google
    # connections) are rotated under it and stay readable for them.
    settings = make_settings(database_url, secret_key_previous=KEY_A)
    monkeypatch.setattr(cli, "get_settings", lambda: settings)
    assert cli.main(["rotate-secrets"]) == 0
    out = capsys.readouterr().out
    # Whatever encrypted columns the app has are listed (none yet is a valid answer).
    for table, column in encrypted_columns(Base.metadata):
        assert f"{table.name}.{column.name}" in out
    assert '"rotated"' in out
