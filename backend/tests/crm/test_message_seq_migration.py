"""Migration 0008 renumbers conversations whose messages share a seq (written by two turns at
once before turns locked their conversation), makes (conversation, seq) unique, and gives each
conversation the seq its next message takes."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from switchboard.core.migrations import upgrade
from tests.crm.migration_support import (
    insert_business_at_0005,
    old_table,
    run,
    scratch_url,  # noqa: F401  (the fixture)
)

T0 = datetime(2026, 2, 1, 15, 0, tzinfo=UTC)
_CONVERSATIONS = old_table(
    "conversations",
    ("id", sa.Uuid()),
    ("business_id", sa.Uuid()),
    ("channel", sa.String()),
    ("started_at", sa.DateTime(timezone=True)),
    ("summary", sa.Text()),
    ("state", sa.JSON()),
)
_MESSAGES = old_table(
    "conversation_messages",
    ("id", sa.Uuid()),
    ("business_id", sa.Uuid()),
    ("conversation_id", sa.Uuid()),
    ("seq", sa.Integer()),
    ("role", sa.String()),
    ("text", sa.Text()),
    ("at", sa.DateTime(timezone=True)),
    ("meta", sa.JSON()),
)


def test_doubled_seqs_are_renumbered_then_made_unique(scratch_url: str) -> None:  # noqa: F811
    upgrade(scratch_url, "0007")
    business, doubled, clean = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    # Two turns numbered from the same max(seq): 0, 1, 1, 2, 2 in time order.
    said = [(0, "greeting"), (1, "first text"), (1, "second text"), (2, "reply 1"), (2, "reply 2")]
    rows = [
        {
            "id": uuid.uuid4(),
            "business_id": business,
            "conversation_id": doubled,
            "seq": seq,
            "role": "caller",
            "text": text,
            "at": T0 + timedelta(seconds=n),
            "meta": {},
        }
        for n, (seq, text) in enumerate(said)
    ] + [
        {
            "id": uuid.uuid4(),
            "business_id": business,
            "conversation_id": clean,
            "seq": seq,
            "role": "caller",
            "text": f"clean {seq}",
            "at": T0,
            "meta": {},
        }
        for seq in (0, 1)
    ]
    asyncio.run(
        run(
            scratch_url,
            insert_business_at_0005(business, T0),
            sa.insert(_CONVERSATIONS).values(
                [
                    {"id": c, "business_id": business, "channel": "sms", "started_at": T0}
                    | {"summary": "", "state": {}}
                    for c in (doubled, clean)
                ]
            ),
            sa.insert(_MESSAGES).values(rows),
        )
    )

    upgrade(scratch_url, "head")

    def texts_of(conversation: uuid.UUID) -> sa.Select[tuple[int, str]]:
        return (
            sa.select(_MESSAGES.c.seq, _MESSAGES.c.text)
            .where(_MESSAGES.c.conversation_id == conversation)
            .order_by(_MESSAGES.c.seq)
        )

    renumbered, untouched = asyncio.run(run(scratch_url, texts_of(doubled), texts_of(clean)))
    assert [tuple(r) for r in renumbered] == [
        (0, "greeting"),
        (1, "first text"),
        (2, "second text"),
        (3, "reply 1"),
        (4, "reply 2"),
    ]
    assert [tuple(r) for r in untouched] == [(0, "clean 0"), (1, "clean 1")]
    conversations = sa.table("conversations", sa.column("id", sa.Uuid()), sa.column("next_seq"))
    [counted] = asyncio.run(
        run(scratch_url, sa.select(conversations.c.id, conversations.c.next_seq))
    )
    assert {(c, n) for c, n in counted} == {(doubled, 5), (clean, 2)}
    again = {**rows[-1], "id": uuid.uuid4()}
    with pytest.raises(IntegrityError):
        asyncio.run(run(scratch_url, sa.insert(_MESSAGES).values(again)))
