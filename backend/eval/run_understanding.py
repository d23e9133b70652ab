"""Run the understanding layer over every turn of the evaluation corpus.

Prints per-category accuracy, emergency recall and false-alarm rate, and every failure.
Exits non-zero when emergency recall < 100%, false alarms > 5% or turn accuracy < 95%.
Only field names and corpus values are printed: the corpus is synthetic, and the same code
must never be pointed at real transcripts with output going to logs.

    cd backend && .venv/bin/python -m eval.run_understanding
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    HazardRule,
    ServiceOption,
    SlotDecision,
    Understanding,
    understand,
)

CORPUS = Path(__file__).parent / "corpus"
TARGET_ACCURACY = 0.95
TARGET_FALSE_ALARMS = 0.05


@dataclass
class Turn:
    conversation: str
    index: int
    categories: tuple[str, ...]
    text: str
    context: Context
    expect: dict[str, Any]
    emergency_expected: bool | None  # None: not scored for emergency


@dataclass
class Report:
    conversations: int = 0
    turns: int = 0
    correct: int = 0
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    positives: int = 0
    detected: int = 0
    negatives: int = 0
    false_alarms: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.turns if self.turns else 0.0

    @property
    def recall(self) -> float:
        return self.detected / self.positives if self.positives else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0

    def passed(self) -> bool:
        return (
            self.recall >= 1.0
            and self.false_alarm_rate <= TARGET_FALSE_ALARMS
            and self.accuracy >= TARGET_ACCURACY
        )


def load(corpus: Path = CORPUS) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    tenants = yaml.safe_load((corpus / "tenants.yaml").read_text(encoding="utf-8"))
    conversations: list[dict[str, Any]] = []
    for path in sorted(corpus.glob("*.yaml")):
        if path.name != "tenants.yaml":
            conversations.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return tenants, conversations


def _services(tenant: dict[str, Any]) -> tuple[ServiceOption, ...]:
    return tuple(
        ServiceOption(s["id"], s["name"], tuple(s.get("keywords", ())))
        for s in tenant.get("services", ())
    )


def turns_of(tenants: dict[str, Any], conversation: dict[str, Any]) -> list[Turn]:
    tenant = {**tenants[conversation["tenant"]], **conversation.get("tenant_overrides", {})}
    tz = ZoneInfo(tenant["timezone"])
    categories = (conversation["category"], *conversation.get("tags", ()))
    is_emergency_conversation = "emergency" in categories
    out = []
    for i, turn in enumerate(conversation["turns"]):
        clock = datetime.fromisoformat(turn.get("clock", conversation["clock"]))
        offered = tuple(
            datetime.fromisoformat(s).replace(tzinfo=tz) for s in turn.get("offered", ())
        )
        context = Context(
            now=clock.astimezone(UTC),
            timezone=tenant["timezone"],
            channel=conversation["channel"],
            language=turn.get(
                "language", conversation.get("language", tenant.get("language", "en"))
            ),
            trades=tuple(tenant.get("trades", ())),
            services=_services(tenant),
            tenant_hazards=tuple(HazardRule(w) for w in tenant.get("emergency_words", ())),
            business_name=tenant.get("business", ""),
            offered_slots=offered,
            expecting=Expecting(turn.get("expecting", "nothing")),
            outdoor_temp_f=conversation.get("outdoor_temp_f"),
        )
        expect = dict(turn.get("expect") or {})
        if "emergency" in expect:
            emergency: bool | None = bool(expect["emergency"])
        elif expect.get("hazard"):
            emergency = True
        else:
            emergency = None if is_emergency_conversation else False
        out.append(Turn(conversation["id"], i, categories, turn["say"], context, expect, emergency))
    return out


def _local(value: datetime | None, tz: str) -> str | None:
    return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%dT%H:%M") if value else None


def _check_time(expected: dict[str, Any], u: Understanding, tz: str) -> list[str]:
    if u.time is None:
        return [f"time: expected {expected}, got nothing"]
    w = u.time.value
    got = {
        "date": w.earliest.astimezone(ZoneInfo(tz)).date().isoformat(),
        "earliest": _local(w.earliest, tz),
        "latest": _local(w.latest, tz),
        "utc_earliest": w.earliest.astimezone(UTC).strftime("%Y-%m-%dT%H:%M"),
        "part_of_day": w.part_of_day.value if w.part_of_day else None,
        "asap": w.asap,
        "any_time": w.any_time,
    }
    return [f"time.{k}: expected {v}, got {got[k]}" for k, v in expected.items() if got[k] != v]


def _house_words(value: object) -> str:
    """ "31-45 41st Street" and "3145 41st Street": a Queens house number with or without its
    hyphen is the same address."""
    return re.sub(r"(?<=[0-9])-(?=[0-9])", "", str(value).lower())


def _check_address(expected: dict[str, Any], u: Understanding) -> list[str]:
    if u.address is None:
        return [f"address: expected {expected}, got nothing"]
    got = u.address.value
    errors = []
    for key, value in expected.items():
        actual = getattr(got, key)
        if (
            (_house_words(actual) != _house_words(value))
            if key != "same_as_last"
            else actual != value
        ):
            errors.append(f"address.{key}: expected {value}, got {actual}")
    return errors


def _check_slot(expected: Any, u: Understanding) -> list[str]:
    if u.slot is None:
        return [f"slot: expected {expected}, got nothing"]
    choice = u.slot.value
    if isinstance(expected, int):
        ok = choice.decision is SlotDecision.CHOSEN and choice.index == expected
    else:
        ok = choice.decision.value == expected
    return [] if ok else [f"slot: expected {expected}, got {choice.decision.value}/{choice.index}"]


def check(turn: Turn, u: Understanding) -> list[str]:
    errors: list[str] = []
    exp = turn.expect
    simple = {
        "intent": u.intent.value.value if u.intent else None,
        "question": u.question.value.value if u.question else None,
        "polarity": u.polarity.value.value if u.polarity else None,
        "name": u.name.value if u.name else None,
        "company": u.company.value if u.company else None,
        "phone": u.phone.value if u.phone else None,
        "service": u.service.value if u.service else None,
        "language": u.language.value,
    }
    for key, got in simple.items():
        wanted = exp.get(key)
        if isinstance(wanted, bool):  # YAML 1.1 reads a bare yes/no as a boolean
            wanted = "yes" if wanted else "no"
        if key in exp and got != wanted:
            errors.append(f"{key}: expected {wanted}, got {got}")
    if "hazard" in exp:
        wanted = exp["hazard"] if isinstance(exp["hazard"], list) else [exp["hazard"]]
        got_hazards = {h.value.value for h in u.hazards}
        if not set(wanted) <= got_hazards:
            errors.append(f"hazard: expected {wanted}, got {sorted(got_hazards)}")
    if "time" in exp:
        errors += _check_time(exp["time"], u, turn.context.timezone)
    if "address" in exp:
        errors += _check_address(exp["address"], u)
    if "slot" in exp:
        errors += _check_slot(exp["slot"], u)
    return errors


def evaluate(corpus: Path = CORPUS) -> Report:
    tenants, conversations = load(corpus)
    report = Report(conversations=len(conversations))
    for conversation in conversations:
        for turn in turns_of(tenants, conversation):
            u = understand(turn.text, turn.context)
            errors = check(turn, u)
            predicted = bool(u.emergency and u.emergency.value)
            if turn.emergency_expected is True:
                report.positives += 1
                report.detected += predicted
                if not predicted:
                    errors.append("emergency: missed")
            elif turn.emergency_expected is False:
                report.negatives += 1
                report.false_alarms += predicted
                if predicted:
                    errors.append("emergency: false alarm")
            report.turns += 1
            report.correct += not errors
            for category in turn.categories:
                report.by_category[category][0] += not errors
                report.by_category[category][1] += 1
            report.failures += [f"{turn.conversation}#{turn.index}: {e}" for e in errors]
    return report


def render(report: Report) -> list[str]:
    lines = [f"conversations: {report.conversations}, turns: {report.turns}"]
    for category, (ok, total) in sorted(report.by_category.items()):
        lines.append(f"  {category:<14} {ok:>4}/{total:<4} {ok / total:6.1%}")
    lines.append(f"turn accuracy:       {report.accuracy:6.1%} (target >= {TARGET_ACCURACY:.0%})")
    lines.append(
        f"emergency recall:    {report.recall:6.1%} ({report.detected}/{report.positives})"
    )
    lines.append(
        f"false-alarm rate:    {report.false_alarm_rate:6.1%} "
        f"({report.false_alarms}/{report.negatives}, target <= {TARGET_FALSE_ALARMS:.0%})"
    )
    lines += [f"FAIL {f}" for f in report.failures]
    lines.append("targets met" if report.passed() else "targets not met (the gate below decides)")
    return lines


def main() -> int:
    from eval import gate

    report = evaluate()
    print("\n".join(render(report)))
    lines, ok = gate.render("understanding", report.failures, gate.known())
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
