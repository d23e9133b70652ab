"""Run whole corpus conversations through the real engine and judge the final outcome.

Each conversation is played turn by turn through `policy.opening` and `take_turn` against an
in-memory world (`eval.memory_world`) built from the corpus: the tenant's setup, the corpus
clock, the caller's record when the caller is known, an upcoming appointment for reschedule,
cancel and status conversations, and open slots (the ones the script offers, or the tenant's
hours when it offers none). The dialog state goes through JSON between turns, as it does in
the database.

Prints booking success, emergency recall and false alarms (at conversation level: the owner
is paged if and only if an emergency is expected), mean caller turns to a confirmed booking,
the hand-off rate and every failure; exits non-zero below the targets. Conversations marked
`partial: true` stop before their outcome (they exist for the understanding evaluation) and
are not judged here.

    cd backend && .venv/bin/python -m eval.run_conversations
"""

from __future__ import annotations

import asyncio
import re
import statistics
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from eval import gate
from eval.memory_world import MemoryWorld
from eval.run_understanding import CORPUS, load
from switchboard.assistant.engine import DialogState, Reply, TenantFacts, take_turn
from switchboard.assistant.engine.policy import opening
from switchboard.assistant.engine.world import AddressesOnFile, AppointmentInfo, ServiceInfo
from switchboard.assistant.messages import catalogue
from switchboard.assistant.understanding import HazardRule
from switchboard.assistant.understanding.numbers import words_to_digits
from switchboard.businesses.hours import WEEKDAYS
from switchboard.receptionist.facts import hours_text

TARGET_CORRECT = 0.95
TARGET_FALSE_ALARMS = 0.05
MIN_JUDGED = 80  # the floor for a corpus judged end to end
CALLER = "+19135550142"
TRANSFER = "+19135550100"
ACCOUNT_CATEGORIES = {"reschedule", "cancel", "status"}
# A conversation that lists no `offered` slots finds the tenant's hours open, a visit an hour
# on the hour after two hours' notice (the product's default notice; its grid is finer, 30
# minutes). `slot_step_minutes` on a conversation sets another grid: the first hand-written
# time conversations were written against a two-hour one.
SLOT_STEP = timedelta(hours=1)
HORIZON_DAYS = 21


@dataclass
class Played:
    replies: list[Reply]
    state: DialogState
    world: MemoryWorld
    booked_at_turn: int | None
    language: str
    channel: str

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)

    def outcomes(self) -> set[str]:
        return {r.outcome for r in self.replies if r.outcome}


@dataclass
class Report:
    judged: int = 0
    skipped: int = 0
    correct: int = 0
    bookings_expected: int = 0
    bookings_made: int = 0
    booking_turns: list[int] = field(default_factory=list)
    positives: int = 0
    paged: int = 0
    negatives: int = 0
    false_alarms: int = 0
    handoffs: int = 0
    failures: list[str] = field(default_factory=list)
    # category and tags -> [correct, judged]: how a batch (e.g. "unseen") fares on its own.
    by_tag: dict[str, list[int]] = field(default_factory=dict)

    @property
    def correct_rate(self) -> float:
        return self.correct / self.judged if self.judged else 0.0

    @property
    def recall(self) -> float:
        return self.paged / self.positives if self.positives else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0

    def passed(self) -> bool:
        return (
            self.judged >= MIN_JUDGED
            and self.correct_rate >= TARGET_CORRECT
            and self.recall >= 1.0
            and self.false_alarm_rate <= TARGET_FALSE_ALARMS
        )


def _hours(tenant: dict[str, Any]) -> dict[str, list[list[str]]]:
    return {day: [span.split("-", 1)] for day, span in (tenant.get("hours") or {}).items()}


def _open_at(hours: dict[str, list[list[str]]], local: datetime) -> bool:
    clock = local.strftime("%H:%M")
    return any(a <= clock < b for a, b in hours.get(WEEKDAYS[local.weekday()], []))


def facts_for(
    tenant: dict[str, Any], now: datetime, outdoor_temp_f: float | None = None
) -> TenantFacts:
    hours = _hours(tenant)
    open_now = _open_at(hours, now.astimezone(ZoneInfo(tenant["timezone"])))
    return TenantFacts(
        business_name=tenant["business"],
        timezone=tenant["timezone"],
        language=tenant.get("language", "en"),
        trades=tuple(tenant.get("trades", ())),
        services=tuple(
            ServiceInfo(
                s["id"],
                s["name"],
                tuple(s.get("keywords", ())),
                s.get("price_low_cents", 10000),
                s.get("price_high_cents", 30000),
                emergency=bool(s.get("emergency", False)),
            )
            for s in tenant.get("services", ())
        ),
        hazards=tuple(HazardRule(w) for w in tenant.get("emergency_words", ())),
        hours_text={lang: hours_text(hours, lang) for lang in ("en", "es")},
        service_area=tuple(str(p) for p in tenant.get("service_area", ())),
        faq=tuple((q["question"], q["answer"]) for q in tenant.get("faq", ())),
        open_now=open_now,
        transfer_number=tenant.get("transfer_number", TRANSFER),
        emergency_transfer_number=tenant.get("emergency_transfer_number"),
        callback_when={"en": "within the hour" if open_now else "first thing next business day"},
        outdoor_temp_f=outdoor_temp_f,
    )


def _slots_from_hours(
    tenant: dict[str, Any], now: datetime, step: timedelta = SLOT_STEP
) -> list[datetime]:
    tz = ZoneInfo(tenant["timezone"])
    hours = _hours(tenant)
    today = now.astimezone(tz).date()
    out = []
    for offset in range(HORIZON_DAYS):
        day = today + timedelta(days=offset)
        for start, end in hours.get(WEEKDAYS[day.weekday()], []):
            opens = datetime.fromisoformat(f"{day.isoformat()}T{start}").replace(tzinfo=tz)
            closes = datetime.fromisoformat(f"{day.isoformat()}T{end}").replace(tzinfo=tz)
            moment = opens
            while moment + timedelta(hours=1) <= closes:
                if moment >= now + timedelta(hours=2):
                    out.append(moment)
                moment += step
    return out


def world_for(tenant: dict[str, Any], conversation: dict[str, Any], now: datetime) -> MemoryWorld:
    tz = ZoneInfo(tenant["timezone"])
    offered = {
        datetime.fromisoformat(s).replace(tzinfo=tz)
        for turn in conversation["turns"]
        for s in turn.get("offered", ())
    }
    step = timedelta(minutes=conversation.get("slot_step_minutes", SLOT_STEP.seconds // 60))
    world = MemoryWorld(open_slots=sorted(offered) or _slots_from_hours(tenant, now, step))
    caller = conversation.get("caller") or {}
    category = conversation["category"]
    if caller.get("known") or category in ACCOUNT_CATEGORIES:
        name = caller.get("name", "Dana Smith")
        world.customers[CALLER] = ("cust-1", name)
        world.addresses["cust-1"] = AddressesOnFile(
            last_visit=caller.get("last_visit"), saved=tuple(caller.get("addresses", ()))
        )
        if caller.get("appointment", category in ACCOUNT_CATEGORIES):
            # The job on file: the next business morning, a service from the catalogue.
            local = now.astimezone(tz)
            day = local + timedelta(days=1)
            while WEEKDAYS[day.weekday()] not in _hours(tenant):
                day += timedelta(days=1)
            start = day.replace(hour=10, minute=0, second=0, microsecond=0)
            service = tenant["services"][0]["name"]
            world.appointments["cust-1"] = AppointmentInfo("appt-on-file", start, service)
    return world


async def play(tenants: dict[str, Any], conversation: dict[str, Any]) -> Played:
    tenant = {**tenants[conversation["tenant"]], **conversation.get("tenant_overrides", {})}
    start_clock = datetime.fromisoformat(conversation["clock"]).astimezone(UTC)
    facts = facts_for(tenant, start_clock, conversation.get("outdoor_temp_f"))
    world = world_for(tenant, conversation, start_clock)
    channel = conversation["channel"]
    phone = None if channel == "web" else CALLER
    state = DialogState()
    replies = [await opening(world, facts, state, channel, phone)]
    booked_at = None
    for index, turn in enumerate(conversation["turns"], start=1):
        now = datetime.fromisoformat(turn.get("clock", conversation["clock"])).astimezone(UTC)
        state = DialogState.from_json(state.to_json())
        reply, _ = await take_turn(
            world, facts, state, turn["say"], channel=channel, now=now, caller_phone=phone
        )
        replies.append(reply)
        if booked_at is None and world.booked:
            booked_at = index
        if reply.ends_conversation:
            break
    return Played(replies, state, world, booked_at, state.language, channel)


@cache
def _template_patterns(language: str) -> dict[str, re.Pattern[str]]:
    patterns = {}
    for key, template in catalogue(language).items():
        parts = re.split(r"\{[a-z_]+\}", template)
        patterns[key] = re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)
    return patterns


def said(played: Played, message_id: str) -> bool:
    for language in ("en", "es"):
        pattern = _template_patterns(language).get(message_id)
        if pattern and pattern.search(played.text):
            return True
    return False


def _local(moment: datetime, tenant: dict[str, Any]) -> str:
    return moment.astimezone(ZoneInfo(tenant["timezone"])).strftime("%Y-%m-%dT%H:%M")


def as_heard(name: str) -> str:
    """A name as speech carries it: no case, accents, hyphens or apostrophes (a voice caller's
    "Adebayo-Hart" and "Adebayo Hart", "DiMartino" and "Dimartino", "Ramírez" and "Ramirez"
    sound the same; text channels are judged on the name exactly as typed)."""
    bare = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in bare if not unicodedata.combining(c)).replace("'", "")
    return " ".join(re.split(r"[\s\-]+", bare)).strip()


# Words an address is written with either way: "Street" or "St", "West" or "W".
_ADDRESS_ABBREVIATIONS = {
    "street": "st",
    "road": "rd",
    "avenue": "ave",
    "av": "ave",
    "boulevard": "blvd",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "parkway": "pkwy",
    "highway": "hwy",
    "terrace": "ter",
    "circle": "cir",
    "trail": "trl",
    "square": "sq",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "northeast": "ne",
    "northwest": "nw",
    "southeast": "se",
    "southwest": "sw",
    "apartment": "apt",
}


def _address_words(text: str) -> str:
    # "31-45 41st St" and "3145 41st St": a Queens house number with or without its hyphen.
    words = re.sub(r"[.,#]", " ", re.sub(r"(?<=[0-9])-(?=[0-9])", "", text.lower())).split()
    return " ".join(_ADDRESS_ABBREVIATIONS.get(w, w) for w in words_to_digits(words))


def address_matches(want: str, got: object) -> bool:
    """The expected part of the address is in the one booked. "Ninth", as a script writes what
    was heard, and "9th", as the address is kept, are the same street; so are "West 65th
    Street" and "W 65th St"."""
    wanted = want.lower()
    forms = {wanted, " ".join(words_to_digits(wanted.split())), _address_words(want)}
    said = str(got).lower()
    return bool(got) and any(
        re.search(rf"(?<!\w){re.escape(f)}", text)
        for f in forms
        for text in (said, _address_words(said))
    )


def phone_matches(want: str, got: object) -> bool:
    """The same number however it is written: "602-555-0184" is "+16025550184"."""
    digits = re.sub(r"\D", "", str(want))
    kept = re.sub(r"\D", "", str(got or ""))
    return bool(kept) and (kept == digits or kept == "1" + digits or "1" + kept == digits)


def expected_emergency(outcome: dict[str, Any]) -> bool:
    return bool(outcome.get("page_owner"))


MAX_SAME_REPLY = 2  # the same question more than twice in a row is a repair failure


def every_turn(p: Played) -> list[str]:
    """What every turn of every conversation must do, whatever its outcome: answer something,
    and never say the same reply a third time in a row."""
    errors = [f"turn {i}: empty reply" for i, r in enumerate(p.replies) if not r.text.strip()]
    run = 1
    for i, (a, b) in enumerate(zip(p.replies, p.replies[1:], strict=False), start=1):
        run = run + 1 if a.text == b.text else 1
        if run > MAX_SAME_REPLY:
            errors.append(f"repeated: the same reply {run} times in a row at turn {i}")
            break
    return errors


def judge(tenant: dict[str, Any], outcome: dict[str, Any], p: Played) -> list[str]:
    """Every key of the expected outcome, checked against what the world and the caller saw."""
    errors: list[str] = every_turn(p)
    w, outcomes, transfers = (
        p.world,
        p.outcomes(),
        [a for r in p.replies for a in r.actions if a.kind == "transfer"],
    )
    handoff = bool(w.callbacks) or "handoff" in outcomes
    for key, want in outcome.items():
        if key == "booked":
            got: Any = bool(w.booked)
            if got != want:
                errors.append(f"booked: expected {want}, got {got} (stage {p.state.stage})")
        elif key == "service":
            got = w.booked[0]["service"] if w.booked else None
            if got != want:
                errors.append(f"service: expected {want}, got {got}")
        elif key == "start":
            if "rescheduled" in outcome:
                got = _local(w.rescheduled[0][1], tenant) if w.rescheduled else None
            else:
                got = _local(w.booked[0]["start"], tenant) if w.booked else None
            if got != want:
                errors.append(f"start: expected {want}, got {got}")
        elif key == "page_owner":
            got = any(kind == "emergency" for kind, _ in w.pages)
            if got != want:
                errors.append(f"page_owner: expected {want}, got {got}")
        elif key == "guidance":
            if not said(p, want):
                errors.append(f"guidance: {want} not said")
        elif key == "downgraded":
            got = not p.state.emergency and said(p, "emergency.downgraded")
            if got != want:
                errors.append(f"downgraded: expected {want}, got {got}")
        elif key == "cancelled":
            if bool(w.cancelled) != want:
                errors.append(f"cancelled: expected {want}, got {bool(w.cancelled)}")
        elif key == "rescheduled":
            if bool(w.rescheduled) != want:
                errors.append(f"rescheduled: expected {want}, got {bool(w.rescheduled)}")
        elif key == "status_read":
            got = "status_given" in outcomes
            if got != want:
                errors.append(f"status_read: expected {want}, got {got}")
            appointment = w.appointments.get("cust-1")
            if not want and appointment and appointment.service_name in p.text:
                errors.append("status_read: appointment details revealed")
        elif key == "answered":
            ids = {
                "hours": ["question.hours"],
                "price": ["question.price"],
                "service_area": ["question.service_area", "question.service_area.yes"],
                # Whether the business does a job, answered from its catalogue: yes, or (not
                # listed) "I'm not sure we do that" with the question passed to the owner.
                "service_offered": [
                    "question.service_offered.yes",
                    "question.service_offered.unknown",
                ],
                "unknown": ["question.unknown", "question.service_offered.unknown"],
            }.get(want, [f"question.{want}"])
            if not any(said(p, i) for i in ids):
                errors.append(f"answered: expected {want}, said {p.replies[-1].text!r}")
        elif key == "message_taken":
            if bool(w.callbacks) != want:
                errors.append(f"message_taken: expected {want}, got {bool(w.callbacks)}")
        elif key == "transfer":
            if bool(transfers) != want:
                errors.append(f"transfer: expected {want}, got {bool(transfers)}")
        elif key == "handoff":
            if handoff != want:
                errors.append(f"handoff: expected {want}, got {handoff}")
        elif key in {"sales_declined", "opted_out", "ended"}:
            got = {
                "sales_declined": "sales" in outcomes,
                "opted_out": w.opted_out and "opted_out" in outcomes,
                "ended": p.state.stage == "closed",
            }[key]
            if got != want:
                errors.append(f"{key}: expected {want}, got {got}")
        elif key == "repeated":
            if said(p, "repeat.prefix") != want:
                errors.append(f"repeated: expected {want}")
        elif key == "greeted":
            if not p.replies[-1].text or w.callbacks or w.booked:
                errors.append("greeted: expected a plain answer")
        elif key in {"language", "company"}:
            got = getattr(p.state, key)  # the conversation's language at the end; the business
            if got != want:
                errors.append(f"{key}: expected {want}, got {got}")
        elif key == "said":
            for message_id in want if isinstance(want, list) else [want]:
                if not said(p, message_id):
                    errors.append(f"said: {message_id} not said")
        elif key == "no_repeat":
            # Never the same reply twice in a row: an answered question is not asked again.
            again = [
                b.text for a, b in zip(p.replies, p.replies[1:], strict=False) if a.text == b.text
            ]
            if want and again:
                errors.append(f"no_repeat: said twice in a row: {again[0]!r}")
        elif key in {"phone", "name", "address"}:
            got = getattr(p.state, key)
            if key == "address":
                # Where the visit was booked, when it was: that is the address that matters.
                got = w.booked[0].get("address") if w.booked else got
                ok = address_matches(str(want), got)
            elif key == "name" and p.channel == "voice":
                ok = bool(got) and as_heard(str(got)) == as_heard(str(want))
            elif key == "phone":
                ok = phone_matches(str(want), got)
            else:
                ok = got == want
            if not ok:
                errors.append(f"{key}: expected {want}, got {got}")
        elif key == "not_said":
            # Customer details the caller must never see (an unidentified caller, web chat).
            for secret in want if isinstance(want, list) else [want]:
                if str(secret).lower() in p.text.lower():
                    errors.append(f"not_said: {secret!r} was said")
        elif key == "reason":
            continue  # prose for the reader
        else:
            errors.append(f"unknown outcome key {key!r}")
    return errors


async def evaluate(corpus: Path = CORPUS) -> Report:
    tenants, conversations = load(corpus)
    report = Report()
    for conversation in conversations:
        outcome = conversation.get("outcome")
        if not outcome or conversation.get("partial"):
            report.skipped += 1
            continue
        tenant = {**tenants[conversation["tenant"]], **conversation.get("tenant_overrides", {})}
        played = await play(tenants, conversation)
        errors = judge(tenant, outcome, played)
        paged = any(kind == "emergency" for kind, _ in played.world.pages)
        if expected_emergency(outcome):
            report.positives += 1
            report.paged += paged
            if not paged and "page_owner" not in outcome:
                errors.append("emergency: owner not paged")
        else:
            report.negatives += 1
            report.false_alarms += paged
            if paged and "page_owner" not in outcome:
                errors.append("emergency: false alarm (owner paged)")
        if outcome.get("booked"):
            report.bookings_expected += 1
            if played.world.booked:
                report.bookings_made += 1
        if played.booked_at_turn is not None:
            report.booking_turns.append(played.booked_at_turn)
        if played.world.callbacks or "handoff" in played.outcomes():
            report.handoffs += 1
        report.judged += 1
        report.correct += not errors
        for tag in (conversation["category"], *conversation.get("tags", ())):
            counts = report.by_tag.setdefault(tag, [0, 0])
            counts[0] += not errors
            counts[1] += 1
        report.failures += [f"{conversation['id']}: {e}" for e in errors]
    return report


def render(report: Report) -> list[str]:
    turns = report.booking_turns
    mean_turns = sum(turns) / len(turns) if turns else float("nan")
    booking_rate = (
        report.bookings_made / report.bookings_expected if report.bookings_expected else 1.0
    )
    return [
        f"conversations judged end to end: {report.judged} (partial scripts skipped: "
        f"{report.skipped})",
        f"correct outcomes:      {report.correct_rate:6.1%} ({report.correct}/{report.judged}, "
        f"target >= {TARGET_CORRECT:.0%})",
        f"booking success:       {booking_rate:6.1%} "
        f"({report.bookings_made}/{report.bookings_expected})",
        f"emergency recall:      {report.recall:6.1%} ({report.paged}/{report.positives}, "
        "target 100%)",
        f"false-alarm rate:      {report.false_alarm_rate:6.1%} "
        f"({report.false_alarms}/{report.negatives}, target <= {TARGET_FALSE_ALARMS:.0%})",
        f"caller turns to a confirmed booking: mean {mean_turns:.2f}, median "
        f"{statistics.median(turns) if turns else float('nan'):.1f} (target median <= 5)",
        f"hand-off rate:         {report.handoffs / max(report.judged, 1):6.1%} "
        f"({report.handoffs}/{report.judged})",
        "correct by category and tag:",
        *[
            f"  {tag:<14} {ok:>4}/{total:<4} {ok / total:6.1%}"
            for tag, (ok, total) in sorted(report.by_tag.items())
        ],
        *[f"FAIL {f}" for f in report.failures],
        "targets met" if report.passed() else "targets not met (the gate below decides)",
    ]


def main() -> int:
    report = asyncio.run(evaluate())
    print("\n".join(render(report)))
    lines, ok = gate.render("conversations", report.failures, gate.known())
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
