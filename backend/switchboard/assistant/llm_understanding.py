"""Optional LLM help for understanding one turn, inside a strict time budget.

The model is asked for the same structured fields the deterministic layer extracts. Every
field it proposes is validated against the turn's context (a service id from the tenant's
catalogue, a real phone number, a time window in a sensible range...) and fills in only
where the deterministic result is silent or unsure. On timeout, provider error, low
confidence or output that is not the JSON asked for, the deterministic result stands as it
is. The model never books, pages, looks anything up or reveals anything: it only proposes
fields, and the engine decides with them exactly as it does with its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import structlog

from switchboard.assistant.understanding import (
    Context,
    Hazard,
    Intent,
    Polarity,
    TimeWindow,
    Understanding,
)
from switchboard.assistant.understanding.model import Address, Extracted, PartOfDay
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.errors import ProviderError
from switchboard.integrations.llm.port import ChatTurn, LlmPort

log = structlog.get_logger("switchboard.assistant.llm")

# Below this the deterministic layer counts as unsure and the model may fill the field.
UNSURE_BELOW = 0.6
# The model's own confidence it must state for any of its fields to be used.
MIN_MODEL_CONFIDENCE = 0.6
# What the model's fields are worth next to the deterministic ones.
MODEL_FIELD_CONFIDENCE = 0.65
HORIZON = timedelta(days=120)
MAX_TOKENS = 300
# Intents the model may propose. EMERGENCY comes only with a hazard (below), and the model can
# never take an emergency away.
_INTENTS = {i.value: i for i in Intent if i is not Intent.EMERGENCY}
_NAME = re.compile(r"^[^\W\d_][^\W\d_'.\- ]{0,40}(?: [^\W\d_][^\W\d_'.\-]{0,40}){0,3}$")


@dataclass(frozen=True)
class LlmHelp:
    """An LLM and how long one turn may wait for it."""

    port: LlmPort
    budget_s: float = 1.0


def _prompt(text: str, context: Context, last_reply: str | None) -> list[ChatTurn]:
    local_now = context.now.astimezone(ZoneInfo(context.timezone))
    services = [{"id": s.id, "name": s.name} for s in context.services]
    system = (
        "You extract fields from one turn of a caller talking to a trades business's "
        "receptionist. Answer with one JSON object and nothing else, with these keys (null "
        "when the turn does not say): intent (one of "
        + ", ".join(sorted(_INTENTS))
        + "), name, phone, address {line1, unit, city, state, postal_code}, service_id (only "
        "an id from the catalogue), time {earliest, latest} as local ISO 8601 datetimes, "
        "part_of_day (morning/afternoon/evening), emergency (true/false), hazard (one of "
        + ", ".join(h.value for h in Hazard if h is not Hazard.TENANT_DEFINED)
        + "), polarity (yes/no/unsure/correction), confidence (0 to 1, for the whole answer). "
        "Never invent a value the caller did not say.\n"
        f"Now (local): {local_now.isoformat()} ({context.timezone}). "
        f"Catalogue: {json.dumps(services, ensure_ascii=False)}. "
        f"The assistant just asked about: {context.expecting.value}."
    )
    turns = [ChatTurn("system", system)]
    if last_reply:
        turns.append(ChatTurn("assistant", last_reply[:500]))
    turns.append(ChatTurn("user", text[:1000]))
    return turns


def _parse(raw: str) -> dict[str, Any] | None:
    body = raw.strip()
    if body.startswith("```"):
        body = body.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _unsure(field: Extracted[Any] | None) -> bool:
    return field is None or field.confidence < UNSURE_BELOW


def _str(value: Any, limit: int = 200) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()[:limit]
    return None


def _time(data: dict[str, Any], context: Context) -> TimeWindow | None:
    raw = data.get("time")
    if not isinstance(raw, dict):
        return None
    tz = ZoneInfo(context.timezone)
    try:
        earliest = datetime.fromisoformat(str(raw.get("earliest")))
        latest = datetime.fromisoformat(str(raw["latest"])) if raw.get("latest") else None
    except (TypeError, ValueError):
        return None
    earliest = earliest.replace(tzinfo=tz) if earliest.tzinfo is None else earliest.astimezone(tz)
    if latest is not None:
        latest = latest.replace(tzinfo=tz) if latest.tzinfo is None else latest.astimezone(tz)
    now = context.now.astimezone(tz)
    # A time before today or months away is not what the caller meant: drop it.
    if earliest < now.replace(hour=0, minute=0, second=0, microsecond=0) or earliest > (
        now + HORIZON
    ):
        return None
    if latest is not None and latest <= earliest:
        return None
    part = data.get("part_of_day")
    part_of_day = PartOfDay(part) if part in {p.value for p in PartOfDay} else None
    return TimeWindow(earliest=earliest, latest=latest, part_of_day=part_of_day)


def _address(data: dict[str, Any]) -> Address | None:
    raw = data.get("address")
    if not isinstance(raw, dict):
        return None
    line1 = _str(raw.get("line1"), 120)
    # A street address starts with its number; anything else is not one we can send a van to.
    if not line1 or not line1[0].isdigit():
        return None
    return Address(
        line1=line1,
        unit=_str(raw.get("unit"), 30) or "",
        city=_str(raw.get("city"), 60) or "",
        state=_str(raw.get("state"), 30) or "",
        postal_code=_str(raw.get("postal_code"), 12) or "",
    )


def merge(u: Understanding, data: dict[str, Any], context: Context) -> Understanding:
    """`u` with the model's valid fields filled in where `u` is silent or unsure."""
    confidence = data.get("confidence")
    if not isinstance(confidence, int | float) or confidence < MIN_MODEL_CONFIDENCE:
        return u
    c = MODEL_FIELD_CONFIDENCE
    changes: dict[str, Any] = {}

    intent = _INTENTS.get(str(data.get("intent")))
    if intent is not None and _unsure(u.intent) and not (u.emergency and u.emergency.value):
        changes["intent"] = Extracted(intent, c)
    name = _str(data.get("name"), 80)
    if name and _NAME.match(name) and _unsure(u.name):
        changes["name"] = Extracted(name, c)
    phone = _str(data.get("phone"), 40)
    if phone and _unsure(u.phone):
        with contextlib.suppress(InvalidPhoneNumber):  # not a number: dropped
            changes["phone"] = Extracted(to_e164(phone, context.region), c)
    address = _address(data)
    if address is not None and _unsure(u.address):
        changes["address"] = Extracted(address, c)
    service_id = data.get("service_id")
    if service_id in {s.id for s in context.services} and _unsure(u.service):
        changes["service"] = Extracted(str(service_id), c)
    window = _time(data, context)
    if window is not None and _unsure(u.time):
        changes["time"] = Extracted(window, c)
    polarity = data.get("polarity")
    if polarity in {p.value for p in Polarity} and _unsure(u.polarity):
        changes["polarity"] = Extracted(Polarity(polarity), c)
    # Emergencies: the model may raise one the rules missed (a missed emergency costs more than
    # a page), never lower or clear one, and only with a hazard it names.
    hazard = data.get("hazard")
    if (
        data.get("emergency") is True
        and hazard in {h.value for h in Hazard if h is not Hazard.TENANT_DEFINED}
        and u.emergency is None
    ):
        changes["emergency"] = Extracted(True, c)
        changes["hazards"] = (Extracted(Hazard(hazard), c),)
        changes["intent"] = Extracted(Intent.EMERGENCY, c)
    return replace(u, **changes) if changes else u


async def _ask(help: LlmHelp, text: str, context: Context, last_reply: str | None) -> str | None:
    """The model's raw answer within the budget; None when it timed out or failed."""
    try:
        return await asyncio.wait_for(
            help.port.complete(
                _prompt(text, context, last_reply), max_tokens=MAX_TOKENS, timeout_s=help.budget_s
            ),
            timeout=help.budget_s,
        )
    except (TimeoutError, ProviderError) as exc:
        log.info("llm_understanding_skipped", reason=type(exc).__name__)
        return None


async def refine(
    u: Understanding, text: str, context: Context, help: LlmHelp, last_reply: str | None
) -> Understanding:
    """Ask the model within the budget; whatever goes wrong, `u` stands."""
    raw = await _ask(help, text, context, last_reply)
    if raw is None:
        return u
    data = _parse(raw)
    if data is None:
        log.info("llm_understanding_skipped", reason="not_json")
        return u
    return merge(u, data, context)


class Answered:
    """An `LlmPort` that gives back at once what the model already answered. A turn that runs
    inside a database transaction takes the model's help through it, having asked the model
    first (`ask_ahead`) with no transaction open."""

    def __init__(self, name: str, raw: str) -> None:
        self.name = name
        self.raw = raw

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        return self.raw


async def ask_ahead(
    help: LlmHelp, text: str, context: Context, last_reply: str | None
) -> LlmHelp | None:
    """Ask the model about a turn before the turn runs, within the same budget `refine`
    gives it. Returns the help to pass to `take_turn` (it answers at once with what the model
    said, and `refine` checks and merges it exactly as it would have), or None when the model
    timed out or failed: the turn's understanding is then the deterministic one, as it would
    have been."""
    raw = await _ask(help, text, context, last_reply)
    if raw is None:
        return None
    return LlmHelp(Answered(help.port.name, raw), budget_s=help.budget_s)
