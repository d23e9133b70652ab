"""The dialog state stored on the conversation between turns (JSON, so any server can resume).

It never holds more than the conversation itself produced: what the caller said, what was
offered, and what the engine learned from the world (ids, not copies of customer records).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

Stage = str  # "intake", "offering", "readback", "booked", "reschedule", "cancel", "closed"


@dataclass
class DialogState:
    stage: Stage = "intake"
    language: str = "en"
    turns: int = 0
    # What the caller told us in this conversation.
    name: str | None = None
    phone: str | None = None
    address: str | None = None
    company: str | None = None  # the business the caller speaks for; `name` is the person
    service_id: str | None = None
    problem: str | None = None
    time_window: dict[str, Any] | None = None
    emergency: bool = False
    hazards: list[str] = field(default_factory=list)
    owner_paged: bool = False
    # Offers and choices; datetimes as ISO 8601 strings in UTC.
    offered: list[str] = field(default_factory=list)
    chosen: str | None = None
    # Indexes into `offered` that the last reply spoke but the caller talked over before
    # hearing them (voice barge-in; see engine.barge_in). Cleared by every new reply.
    unheard_offers: list[int] = field(default_factory=list)
    # The caller's phone matched a customer; nothing about them is revealed until verified.
    known_customer_id: str | None = None
    identity_verified: bool = False
    # The first name a returning caller gave when the record has a last name too: kept while
    # the full name is asked for, so "Smith" then completes "Dana" (engine/identity.py).
    first_name_heard: str | None = None
    # "Same address as last time": None, "wanted" (not yet resolved), "which" (asked which
    # of several), "ask_full" (cannot be used: ask for the address), "none_on_file".
    address_on_file: str | None = None
    appointment_id: str | None = None
    # When that visit is (ISO): "move it to Thursday, same time" keeps its hour.
    appointment_start: str | None = None
    pending_intent: str | None = None
    # Times the name on the account was asked for (engine/account.py): never a third.
    identity_asks: int = 0
    expecting: str = "nothing"
    misunderstandings: int = 0
    last_reply: str | None = None
    outcome: str | None = None
    callback_created: bool = False
    # A hazard that may be happening, asked about with one triage question ("Is water coming
    # in right now?"); every hazard asked about once, never again in the conversation.
    triage: str | None = None
    triaged: list[str] = field(default_factory=list)
    # The triage question was met with the caller's details only and asked once more.
    triage_asked_again: bool = False
    # What the caller said of lost heat or cooling, the weather and who is at risk, turn by
    # turn (engine/weather_told.py); "settled" once the caller said it is not urgent.
    weather_told: list[str] = field(default_factory=list)
    # A message for the owner (engine/message_taking.py): why, and the caller's words.
    message_reason: str | None = None
    message: str | None = None
    # Offers the caller turned down (ISO 8601, UTC): never offered again in this conversation.
    rejected: list[str] = field(default_factory=list)
    # The question the last reply asked (with what it was about) and how many replies in a
    # row asked it: the third time it is said in other words, then a message is taken
    # (engine/repair.py).
    asked: str | None = None
    asked_times: int = 0
    # How many replies in a row ended with the same words, whatever the caller added in
    # between: a caller never hears one question a third time in the same words.
    asked_words_times: int = 0
    # "Which one?" asked about these offers, and how many times (engine/booking.py).
    which_for: list[str] = field(default_factory=list)
    which_asked: int = 0
    # A web visitor has no caller ID: times a phone number was asked for, always alongside
    # another question (engine/web_phone.py); never a third, never blocking the booking.
    phone_asks: int = 0
    # A message's caller asked once more for their name after an answer that held none
    # (engine/message_taking.py): never a third time.
    message_name_asked: bool = False
    # ... and asked once more for the number, after an answer that told more of the message
    # instead (engine/message_taking.py): never a third time.
    message_phone_asked: bool = False
    # The last read-back invited that number: the number alone answers it (acceptance.py).
    number_invited: bool = False
    # The booking was made at once on a text channel, without a read-back (engine/instant.py):
    # a reply after it may close, move the booking or correct its details.
    instant: bool = False
    # The visit on file was moved at once on a text channel, to a time the caller wrote
    # (engine/readback.py): a reply after it may close or move it again (engine/instant.py).
    moved_in_writing: bool = False
    # The visit on file cancelled at once on a text channel (engine/account.py): asked again
    # ("yes pls cancel"), it is said to be done, never cancelled twice.
    cancelled_id: str | None = None
    # The cancellation was asked for plainly, not asked about nor held on a condition
    # (understanding/cancel_wavering.py): only then is it made at once in writing.
    cancel_asked: bool = False
    # "When's my appointment, and roughly what's it gonna cost?": the price of the visit on
    # file, asked beside the status question; quoted once the visit is read (engine/account.py).
    price_asked: bool = False
    # The caller told of a visit of ours on file ("I have somebody coming tomorrow"): what they
    # say next of another time or of what is in the way is about it (understanding/visit_alone).
    visit_told: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> DialogState:
        if not data:
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def captured(self) -> dict[str, Any]:
        """What a callback summary or owner alert may carry (the caller's own words)."""
        return {
            k: v
            for k, v in {
                "name": self.name,
                "company": self.company,
                "phone": self.phone,
                "address": self.address,
                "service": self.service_id,
                "problem": self.problem,
                "emergency": self.emergency or None,
                "hazards": self.hazards or None,
            }.items()
            if v
        }
