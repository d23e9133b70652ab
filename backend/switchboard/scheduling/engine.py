"""The availability engine: pure functions over plain data, no database, no clock.

Times are UTC instants; every rule about hours is applied in the tenant's wall-clock time
(`zoneinfo`), so a slot at "08:00" stays at 08:00 local across daylight-saving changes.

A slot [start, end) is offered for a resource (a technician, or the business itself when it has
none) only when:
- its local start and end lie inside one open range of that local day, for the business and the
  technician alike, and the day is not a closure;
- no booking or external busy time of that resource lies within the travel buffer of it;
- the day's job cap (less the emergency reserve, for routine work) is not reached;
- it starts after the minimum notice and ends before the horizon and the caller's window.
"""

from __future__ import annotations

import bisect
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from switchboard.businesses.hours import WEEKDAYS, WeeklyHours

PartOfDay = Literal["morning", "afternoon", "evening"]
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "morning": (0, 12 * 60),
    "afternoon": (12 * 60, 17 * 60),
    "evening": (17 * 60, 24 * 60),
}
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Rules:
    zone: ZoneInfo
    hours: WeeklyHours
    closures: Sequence[tuple[date, date]] = ()
    step_minutes: int = 30
    buffer_minutes: int = 30
    min_notice_minutes: int = 120
    horizon_days: int = 60
    daily_cap: int | None = None
    emergency_reserve: int = 0


@dataclass(frozen=True)
class Resource:
    """Something that can do one job at a time. `id` None is the business itself."""

    id: uuid.UUID | None
    hours: WeeklyHours | None = None  # None: the business's hours


@dataclass(frozen=True)
class Booked:
    start: datetime
    end: datetime
    resource_id: uuid.UUID | None  # None blocks every resource
    counts_toward_cap: bool = True


@dataclass(frozen=True)
class Preference:
    earliest: datetime | None = None
    latest: datetime | None = None
    part_of_day: PartOfDay | None = None
    # Held on every day: local start minutes [daily_from, daily_until) ("not before 4"),
    # weekdays (Monday 0), dates and parts of the day ruled out, and starts not to offer
    # again (a caller already turned them down).
    daily_from: int | None = None
    daily_until: int | None = None
    skip_weekdays: frozenset[int] = frozenset()
    skip_dates: frozenset[date] = frozenset()
    skip_parts: frozenset[str] = frozenset()
    exclude: frozenset[datetime] = frozenset()

    def allows_day(self, day: date) -> bool:
        return day.weekday() not in self.skip_weekdays and day not in self.skip_dates

    def allows_start(self, start: datetime, minute_of_day: int) -> bool:
        if start in self.exclude:
            return False
        if self.daily_from is not None and minute_of_day < self.daily_from:
            return False
        if self.daily_until is not None and minute_of_day >= self.daily_until:
            return False
        return not any(
            lo <= minute_of_day < hi
            for lo, hi in (PARTS_OF_DAY[p] for p in self.skip_parts if p in PARTS_OF_DAY)
        )


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    resource_id: uuid.UUID | None


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def localize(day: date, minute_of_day: int, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local wall time. A time skipped by a spring-forward gap maps to
    the instant the clocks jumped; a repeated fall-back time maps to its first occurrence."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minute_of_day)
    instant = naive.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == naive:
        return instant
    low = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = instant
    if low > high:
        low, high = high, low
    # The first minute whose wall time is past `naive` is the jump.
    while high - low > timedelta(minutes=1):
        mid = low + (high - low) / 2
        mid = mid.replace(second=0, microsecond=0)
        if mid <= low:
            break
        if mid.astimezone(zone).replace(tzinfo=None) > naive:
            high = mid
        else:
            low = mid
    return high


def wall_minutes(instant: datetime, zone: ZoneInfo) -> tuple[date, int]:
    local = instant.astimezone(zone)
    return local.date(), local.hour * 60 + local.minute


def _ranges(hours: WeeklyHours, weekday: int) -> list[tuple[int, int]]:
    return [(_minutes(a), _minutes(b)) for a, b in hours.get(WEEKDAYS[weekday], [])]


def _intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if lo < hi:
                out.append((lo, hi))
    return sorted(out)


def inside_range(
    start: datetime, end: datetime, day: date, rng: tuple[int, int], zone: ZoneInfo
) -> bool:
    """Both ends of [start, end) read on the local wall clock lie within `rng` of `day`."""
    start_day, start_min = wall_minutes(start, zone)
    end_day, end_min = wall_minutes(end, zone)
    if start_day != day:
        return False
    if end_day != day:
        if end_day == day + timedelta(days=1) and end_min == 0:
            end_min = MINUTES_PER_DAY
        else:
            return False
    return rng[0] <= start_min < rng[1] and rng[0] < end_min <= rng[1]


@dataclass
class _Calendar:
    """Bookings and busy times per resource, sorted by start, for bisecting."""

    by_resource: dict[uuid.UUID | None, list[tuple[datetime, datetime]]] = field(
        default_factory=dict
    )
    max_len: timedelta = timedelta(0)

    def add(self, resource: uuid.UUID | None, start: datetime, end: datetime) -> None:
        self.by_resource.setdefault(resource, []).append((start, end))
        self.max_len = max(self.max_len, end - start)

    def finish(self) -> None:
        for items in self.by_resource.values():
            items.sort()

    def clashes(self, resource: uuid.UUID | None, start: datetime, end: datetime) -> bool:
        keys = (resource,) if resource is None else (resource, None)
        for key in keys:
            items = self.by_resource.get(key)
            if not items:
                continue
            # Anything that could overlap starts after start - longest item and before end.
            i = bisect.bisect_left(items, (start - self.max_len, start))
            while i < len(items) and items[i][0] < end:
                if items[i][1] > start:
                    return True
                i += 1
        return False


class Availability:
    """Holds one tenant's rules, resources and bookings for a window; answers slot questions."""

    def __init__(
        self,
        rules: Rules,
        resources: Sequence[Resource],
        booked: Iterable[Booked],
        busy: Iterable[Booked] = (),
    ) -> None:
        self.rules = rules
        self.resources = list(resources) or [Resource(None)]
        buffer = timedelta(minutes=rules.buffer_minutes)
        self._calendar = _Calendar()
        self._per_day: Counter[date] = Counter()
        for item in list(booked) + list(busy):
            # The buffer is travel time: it pads both sides of every existing commitment.
            self._calendar.add(item.resource_id, item.start - buffer, item.end + buffer)
            if item.counts_toward_cap:
                self._per_day[item.start.astimezone(rules.zone).date()] += 1
        self._calendar.finish()
        self._closures = list(rules.closures)

    def _closed(self, day: date) -> bool:
        return any(a <= day <= b for a, b in self._closures)

    def _cap_reached(self, day: date, emergency: bool) -> bool:
        cap = self.rules.daily_cap
        if cap is None:
            return False
        allowed = cap if emergency else cap - self.rules.emergency_reserve
        return self._per_day[day] >= allowed

    def _day_ranges(self, day: date) -> list[tuple[Resource, list[tuple[int, int]]]]:
        business = _ranges(self.rules.hours, day.weekday())
        out = []
        for resource in self.resources:
            ranges = business
            if resource.hours is not None:
                ranges = _intersect(business, _ranges(resource.hours, day.weekday()))
            out.append((resource, ranges))
        return out

    def _window(
        self, now: datetime, preference: Preference, emergency: bool
    ) -> tuple[datetime, datetime]:
        notice = 0 if emergency else self.rules.min_notice_minutes
        earliest = now + timedelta(minutes=notice)
        latest = now + timedelta(days=self.rules.horizon_days)
        if preference.earliest is not None:
            earliest = max(earliest, preference.earliest)
        if preference.latest is not None:
            latest = min(latest, preference.latest)
        return earliest, latest

    def _fits(
        self,
        resource: Resource,
        rng: tuple[int, int],
        day: date,
        start: datetime,
        end: datetime,
        preference: Preference,
    ) -> bool:
        if not inside_range(start, end, day, rng, self.rules.zone):
            return False
        minute_of_day = wall_minutes(start, self.rules.zone)[1]
        if preference.part_of_day is not None:
            lo, hi = PARTS_OF_DAY[preference.part_of_day]
            if not lo <= minute_of_day < hi:
                return False
        if not preference.allows_start(start, minute_of_day):
            return False
        return not self._calendar.clashes(resource.id, start, end)

    def find(
        self,
        duration: timedelta,
        now: datetime,
        preference: Preference = Preference(),
        limit: int = 5,
        emergency: bool = False,
        resource_id: uuid.UUID | None = None,
    ) -> list[Slot]:
        """The earliest `limit` slots in the window, one resource per start time."""
        earliest, latest = self._window(now, preference, emergency)
        if earliest >= latest or limit <= 0:
            return []
        zone = self.rules.zone
        step = timedelta(minutes=self.rules.step_minutes)
        slots: list[Slot] = []
        day = earliest.astimezone(zone).date()
        last_day = latest.astimezone(zone).date()
        while day <= last_day and len(slots) < limit:
            if (
                not self._closed(day)
                and not self._cap_reached(day, emergency)
                and preference.allows_day(day)
            ):
                slots.extend(
                    self._day_slots(
                        day,
                        duration,
                        step,
                        earliest,
                        latest,
                        preference,
                        resource_id,
                        limit - len(slots),
                    )
                )
            day += timedelta(days=1)
        return slots

    def _day_slots(
        self,
        day: date,
        duration: timedelta,
        step: timedelta,
        earliest: datetime,
        latest: datetime,
        preference: Preference,
        resource_id: uuid.UUID | None,
        limit: int,
    ) -> list[Slot]:
        zone = self.rules.zone
        candidates: dict[datetime, list[tuple[Resource, tuple[int, int]]]] = {}
        for resource, ranges in self._day_ranges(day):
            if resource_id is not None and resource.id != resource_id:
                continue
            for rng in ranges:
                start = localize(day, rng[0], zone)
                close = (
                    localize(day, rng[1], zone)
                    if rng[1] < MINUTES_PER_DAY
                    else localize(day + timedelta(days=1), 0, zone)
                )
                if start < earliest:
                    # Jump to the first grid point at or after `earliest`.
                    skipped = -(-(earliest - start) // step)
                    start += step * skipped
                while start + duration <= close:
                    candidates.setdefault(start, []).append((resource, rng))
                    start += step
        out: list[Slot] = []
        for start in sorted(candidates):
            end = start + duration
            if end > latest:
                break
            for resource, rng in candidates[start]:
                if self._fits(resource, rng, day, start, end, preference):
                    out.append(Slot(start, end, resource.id))
                    break
            if len(out) >= limit:
                break
        return out

    def check(
        self,
        start: datetime,
        duration: timedelta,
        now: datetime,
        emergency: bool = False,
        resource_id: uuid.UUID | None = None,
    ) -> Slot | None:
        """Whether a booking at exactly `start` is allowed, and for which resource."""
        end = start + duration
        earliest, latest = self._window(now, Preference(), emergency)
        if start < earliest or end > latest:
            return None
        day = start.astimezone(self.rules.zone).date()
        if self._closed(day) or self._cap_reached(day, emergency):
            return None
        for resource, ranges in self._day_ranges(day):
            if resource_id is not None and resource.id != resource_id:
                continue
            for rng in ranges:
                if self._fits(resource, rng, day, start, end, Preference()):
                    return Slot(start, end, resource.id)
        return None
