"""The typed result of understanding one turn, and the context it is understood in."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from switchboard.assistant.understanding.meaning import MeaningModel

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Extracted(Generic[T]):
    value: T
    confidence: float


class Polarity(enum.StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"
    CORRECTION = "correction"


class Intent(enum.StrEnum):
    NEW_JOB = "new_job"
    EMERGENCY = "emergency"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    APPOINTMENT_STATUS = "appointment_status"
    QUESTION = "question"
    HUMAN = "human"
    STOP = "stop"
    WRONG_NUMBER = "wrong_number"
    SALES = "sales"
    VENDOR = "vendor"  # a supplier, a bill, a delivery: a message for the owner
    JOB_APPLICANT = "job_applicant"
    MESSAGE = "message"  # "I'd like to leave a message", "tell him the permit came through"
    REPEAT = "repeat"
    GREETING = "greeting"


class QuestionTopic(enum.StrEnum):
    HOURS = "hours"
    SERVICE_AREA = "service_area"
    PRICE = "price"
    SERVICE_OFFERED = "service_offered"
    OTHER = "other"


class Hazard(enum.StrEnum):
    GAS_LEAK = "gas_leak"
    CARBON_MONOXIDE = "carbon_monoxide"
    ELECTRICAL_FIRE = "electrical_fire"
    ELECTRICAL_SHOCK = "electrical_shock"
    FLOODING = "flooding"
    FLOODING_NEAR_ELECTRICS = "flooding_near_electrics"
    SEWAGE_BACKUP = "sewage_backup"
    NO_HEAT_FREEZING = "no_heat_freezing"
    NO_AC_EXTREME_HEAT = "no_ac_extreme_heat"
    ROOF_BREACH = "roof_breach"
    TENANT_DEFINED = "tenant_defined"


class PartOfDay(enum.StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """What the caller asked for, in the tenant's zone. `latest` is exclusive."""

    earliest: datetime
    latest: datetime | None
    part_of_day: PartOfDay | None = None
    asap: bool = False
    any_time: bool = False
    exact: bool = False  # a specific clock time ("at 2pm")
    # Held on every day of the window, so they survive a closed day or a counter-offer:
    # a local clock range for the start ("not before 4", "after 3 next week"), and the
    # weekdays (Monday 0), dates and parts of the day the caller ruled out ("any weekday
    # except Friday", "not the 22nd", "not mornings").
    after: time | None = None
    before: time | None = None
    skip_weekdays: tuple[int, ...] = ()
    skip_dates: tuple[date, ...] = ()
    skip_parts: tuple[PartOfDay, ...] = ()
    # False when no day was said ("after 3", "any time"): the day of an earlier wish holds.
    dated: bool = True

    @property
    def earliest_date(self) -> date:
        return self.earliest.date()

    def contains(self, moment: datetime) -> bool:
        if not (self.earliest <= moment and (self.latest is None or moment < self.latest)):
            return False
        local = moment.astimezone(self.earliest.tzinfo)
        clock = local.time().replace(tzinfo=None)
        return not (
            self.rules_out(moment)
            or (self.part_of_day is not None and part_of(clock) is not self.part_of_day)
        )

    def rules_out(self, moment: datetime) -> bool:
        """Excluded by what holds on every day ("not mornings", "after 4", "not Friday"),
        whatever the days asked for."""
        local = moment.astimezone(self.earliest.tzinfo)
        clock = local.time().replace(tzinfo=None)
        return (
            (self.after is not None and clock < self.after)
            or (self.before is not None and clock >= self.before)
            or local.weekday() in self.skip_weekdays
            or local.date() in self.skip_dates
            or any(part_of(clock) is p for p in self.skip_parts)
        )


def part_of(clock: time) -> PartOfDay:
    """The part of the day a local start time falls in, as scheduling divides the day."""
    if clock.hour < 12:
        return PartOfDay.MORNING
    return PartOfDay.AFTERNOON if clock.hour < 17 else PartOfDay.EVENING


class SlotDecision(enum.StrEnum):
    CHOSEN = "chosen"
    NONE_SUIT = "none_suit"
    COUNTER = "counter"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True)
class SlotChoice:
    decision: SlotDecision
    index: int | None = None  # into the offered slots
    candidates: tuple[int, ...] = ()
    counter: TimeWindow | None = None


@dataclass(frozen=True, slots=True)
class Address:
    line1: str = ""
    unit: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    same_as_last: bool = False

    def one_line(self) -> str:
        parts = [" ".join(p for p in (self.line1, self.unit) if p)]
        tail = " ".join(p for p in (self.state, self.postal_code) if p)
        parts += [p for p in (self.city, tail) if p]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class ServiceOption:
    """One entry of the tenant's catalogue, as the scheduling service describes it."""

    id: str
    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HazardRule:
    """A tenant's own emergency words; they extend the built-in rules, never replace them."""

    phrase: str
    hazard: Hazard = Hazard.TENANT_DEFINED


class Expecting(enum.StrEnum):
    """What the assistant just asked, so a bare "Dana" or "yes" is read in that light."""

    NOTHING = "nothing"
    CONFIRMATION = "confirmation"
    NAME = "name"
    PHONE = "phone"
    ADDRESS = "address"
    TIME = "time"
    SLOT = "slot"
    PROBLEM = "problem"
    CHANGE = "change"  # "What should I change?" after a "no" to the read-back
    TRIAGE = "triage"  # "Is water coming in right now?"


@dataclass(frozen=True, slots=True)
class Context:
    now: datetime  # timezone-aware
    timezone: str
    channel: str = "voice"
    language: str = "en"
    trades: tuple[str, ...] = ()
    services: tuple[ServiceOption, ...] = ()
    tenant_hazards: tuple[HazardRule, ...] = ()
    offered_slots: tuple[datetime, ...] = ()
    expecting: Expecting = Expecting.NOTHING
    outdoor_temp_f: float | None = None
    region: str = "US"
    business_name: str = ""  # the tenant's own name, never a hazard said by a caller
    # The towns the business serves: one said after a street ends the street's name.
    towns: tuple[str, ...] = ()
    # The days of the slots on the table (offered, or chosen and being confirmed), first and
    # last: a time said without a day ("anything after 3?") is about these days.
    days_in_view: tuple[date, date] | None = None
    # The days of the caller's standing wish when it spans several ("mornings next week"),
    # first and last: a weekday said about offers in it is that weekday of it.
    days_wished: tuple[date, date] | None = None
    # The time taken and being confirmed: "yeah, the 8" about Wednesday at 8 is its hour.
    chosen: datetime | None = None
    # The caller told of a visit of ours on file earlier in the call ("I have somebody coming
    # tomorrow"): "can we do Wednesday instead" said next is about it (`visit_alone`).
    visit_told: bool = False
    # The meaning model (understanding/meaning.py); None: the rules alone judge urgency.
    meaning: MeaningModel | None = field(default_factory=lambda: _default_meaning())


@dataclass(frozen=True, slots=True)
class Understanding:
    text: str  # the normalised text: never logged, it may hold personal data
    language: Extracted[str]
    # The caller asked for a language, or said which one they cannot follow.
    language_request: Extracted[str] | None = None
    intent: Extracted[Intent] | None = None
    question: Extracted[QuestionTopic] | None = None
    polarity: Extracted[Polarity] | None = None
    emergency: Extracted[bool] | None = None
    hazards: tuple[Extracted[Hazard], ...] = ()
    time: Extracted[TimeWindow] | None = None
    slot: Extracted[SlotChoice] | None = None
    name: Extracted[str] | None = None
    # The business the caller speaks for ("calling from Acme Property Management").
    company: Extracted[str] | None = None
    phone: Extracted[str] | None = None
    address: Extracted[Address] | None = None
    service: Extracted[str] | None = None
    # At a read-back: the part the caller wants changed ("time", "address", "name", "phone",
    # "service").
    change: Extracted[str] | None = None
    other_intents: tuple[Intent, ...] = field(default=())
    # Where each clause of `text` ends (character offsets), from the caller's punctuation: a
    # question ends at its question mark ("do you offer a discount? I need a tune-up").
    clause_ends: tuple[int, ...] = field(default=())
    # The caller asked for a visit in so many words ("can someone come out", "book me in").
    visit_requested: bool = False
    # A hazard that may be happening: not paged, asked about with one triage question.
    triage: Extracted[Hazard] | None = None
    # What the turn says of heat or cooling lost, the weather and who is at risk in it
    # (`weather_facts`): put together across turns by the engine.
    weather_facts: frozenset[str] = frozenset()
    # The turn names a visit of ours on file ("I got you guys coming out tomorrow at ten").
    visit_told: bool = False

    @property
    def guidance_keys(self) -> tuple[str, ...]:
        return tuple(f"safety.{h.value}" for h in (x.value for x in self.hazards))


def _default_meaning() -> MeaningModel | None:
    from switchboard.assistant.understanding.meaning import default_model

    return default_model()
