"""What a turn produces: words for the channel and actions for the channel to carry out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActionKind = Literal["transfer", "hangup", "record_voicemail", "send_link"]


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    # transfer: the number to dial and a short whisper summary for whoever answers.
    number: str | None = None
    whisper: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    # Offered choices, for channels that show buttons (web quick replies).
    options: tuple[str, ...] = ()
    actions: tuple[Action, ...] = field(default=())
    # The outcome so far, for transcripts and evaluation: "booked", "emergency", "handoff"...
    outcome: str | None = None

    @property
    def ends_conversation(self) -> bool:
        return any(a.kind in {"hangup", "transfer", "record_voicemail"} for a in self.actions)
