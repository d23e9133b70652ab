"""A turn in progress and the moves every stage shares: hanging up, handing off to a
person, and counting misunderstandings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from switchboard.assistant.engine.reply import Action, Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.world import TenantFacts, World
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Intent,
    Polarity,
    Understanding,
)

MAX_MISUNDERSTANDINGS = 3
OFFER_COUNT = 3


@dataclass
class Turn:
    world: World
    facts: TenantFacts
    state: DialogState
    channel: str
    now: datetime
    caller_phone: str | None
    said: list[str]
    # What this turn changed in the state ("address", "name", "time"...): a read-back
    # answered with a new detail is read back again, not booked.
    changed: set[str] = field(default_factory=set)
    # The caller asked for the other language in this turn ("no hablo inglés").
    switched_language: bool = False
    # This turn repeated the last reply ("repeat that"): the reply to repeat stays the same.
    repeated: bool = False
    # The caller answered the triage question with a no (or something else): understood.
    answered_triage: bool = False
    # The name taken this turn is the person the visit is for ("ella se llama Rosalinda"),
    # not the caller's: the caller is not thanked by it.
    name_of_someone_else: bool = False

    def say(self, message_id: str, **values: Any) -> None:
        self.said.append(render(message_id, self.state.language, **values))

    def text(self) -> str:
        return " ".join(s for s in self.said if s)


def intent_of(u: Understanding) -> Intent | None:
    return u.intent.value if u.intent else None


def polarity_of(u: Understanding) -> Polarity | None:
    return u.polarity.value if u.polarity else None


def hangup(t: Turn) -> tuple[Action, ...]:
    return (Action("hangup"),) if t.channel == "voice" else ()


def can_transfer(t: Turn) -> bool:
    """Someone can take the call now: the business is open and a voice call can be put
    through to its number."""
    return bool(t.facts.open_now and t.facts.transfer_number and t.channel == "voice")


async def handoff(t: Turn, reason: str) -> Reply:
    state = t.state
    when = t.facts.callback_when.get(state.language) or render(
        "handoff.when_default", state.language
    )
    if can_transfer(t):
        t.say("handoff.transfer")
        return Reply(
            t.text(),
            actions=(Action("transfer", number=t.facts.transfer_number),),
            outcome="handoff",
        )
    if not state.callback_created:
        await t.world.create_callback(reason, state.captured())
        state.callback_created = True
    t.say("handoff.after_hours", when=when)
    state.stage = "closed"
    return Reply(t.text(), actions=hangup(t), outcome="handoff")


async def not_understood(t: Turn) -> Reply:
    state = t.state
    state.misunderstandings += 1
    if state.misunderstandings >= MAX_MISUNDERSTANDINGS:
        return await handoff(t, "partial_intake")
    t.say("clarify.didnt_understand")
    return Reply(t.text())
