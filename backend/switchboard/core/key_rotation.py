"""`switchboard rotate-secrets`: re-encrypt every stored `EncryptedText` value under SECRET_KEY.

The columns are found by walking the metadata for the `EncryptedText` type, so a table that
adds one is rotated without being listed here. Values are read and written as raw text (the
Fernet token), never decrypted into memory longer than MultiFernet.rotate needs, in batches of
one transaction each: a crash midway leaves every value readable (old or new key), and running
the command again finishes the job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Column, MetaData, Table, Text, select, type_coerce, update

from switchboard.core.crypto import EncryptedText
from switchboard.core.db import Database

BATCH = 500


@dataclass
class RotationReport:
    # "table.column" -> how many values were re-encrypted
    rotated: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rotated.values())


def encrypted_columns(metadata: MetaData) -> list[tuple[Table, Column[str]]]:
    return [
        (table, column)
        for table in metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EncryptedText)
    ]


async def rotate_secrets(db: Database, metadata: MetaData | None = None) -> RotationReport:
    """Re-encrypt every value under the current key; raises `SecretUnreadable` for a value no
    key of the ring decrypts (nothing after it is written, nothing before it is lost)."""
    if metadata is None:
        from switchboard.models import Base

        metadata = Base.metadata
    report = RotationReport()
    for table, column in encrypted_columns(metadata):
        (key,) = table.primary_key.columns  # every table here has a one-column id
        raw = type_coerce(column, Text)
        done, after = 0, None
        while True:
            async with db.unit_of_work() as uow, uow.system_scope("rotate secrets"):
                stmt = select(key, raw).where(column.isnot(None)).order_by(key).limit(BATCH)
                if after is not None:
                    stmt = stmt.where(key > after)
                rows = (await uow.session.execute(stmt)).all()
                for ident, token in rows:
                    await uow.session.execute(
                        update(table)
                        .where(key == ident)
                        .values({column.name: type_coerce(uow.keyring.rotate(token), Text)})
                    )
            done += len(rows)
            if len(rows) < BATCH:
                break
            after = rows[-1][0]
        report.rotated[f"{table.name}.{column.name}"] = done
    return report
