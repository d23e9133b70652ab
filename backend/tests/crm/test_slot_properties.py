"""Property tests of the availability engine around DST changes and in far-off zones.

The checks below re-derive every rule from `zoneinfo` directly instead of reusing the engine's
helpers, so a bug in the engine's time arithmetic cannot hide itself.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from switchboard.businesses.hours import WEEKDAYS
from switchboard.scheduling.engine import Availability, Booked, Preference, Resource, Rules

CHICAGO = ZoneInfo("America/Chicago")
AUCKLAND = ZoneInfo("Pacific/Auckland")
# (zone, a moment shortly before a transition): spring-forward, fall-back, both hemispheres.
AROUND_DST = [
    (CHICAGO, datetime(2026, 3, 7, 12, 0, tzinfo=UTC)),
    (CHICAGO, datetime(2026, 10, 31, 12, 0, tzinfo=UTC)),
    (AUCKLAND, datetime(2026, 4, 3, 12, 0, tzinfo=UTC)),
    (AUCKLAND, datetime(2026, 9, 25, 12, 0, tzinfo=UTC)),
]
# SLOT_EXAMPLES=5000 for a longer search before a release.
EXAMPLES = int(os.environ.get("SLOT_EXAMPLES", "250"))
TECH_IDS = [uuid.UUID(int=i + 1) for i in range(3)]


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@st.composite
def day_ranges(draw: st.DrawFn) -> list[list[str]]:
    # Night hours too, so ranges land in the skipped and repeated hours.
    points = sorted(draw(st.sets(st.integers(0, 48).map(lambda h: h * 30), max_size=4)))
    ranges = []
    for a, b in zip(points[::2], points[1::2], strict=False):
        if a < b:
            ranges.append([_hm(a), _hm(b) if b < 1440 else "24:00"])
    return ranges


weekly = st.fixed_dictionaries({day: day_ranges() for day in WEEKDAYS})


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, object]:
    zone, base = draw(st.sampled_from(AROUND_DST))
    now = base + timedelta(minutes=30 * draw(st.integers(0, 96)))
    cap = draw(st.none() | st.integers(1, 4))
    techs = draw(st.integers(0, 3))
    resources = [Resource(TECH_IDS[i], draw(st.none() | weekly)) for i in range(techs)]
    owners = [None, *[r.id for r in resources]]
    booked = [
        Booked(
            now + timedelta(minutes=15 * draw(st.integers(-8, 7 * 96))),
            timedelta(minutes=30 * draw(st.integers(1, 6))),  # type: ignore[arg-type]
            draw(st.sampled_from(owners)),
        )
        for _ in range(draw(st.integers(0, 25)))
    ]
    booked = [Booked(b.start, b.start + b.end, b.resource_id) for b in booked]  # type: ignore[operator]
    busy = [
        Booked(
            b, b + timedelta(hours=draw(st.integers(1, 5))), draw(st.sampled_from(owners)), False
        )
        for b in [
            now + timedelta(minutes=30 * draw(st.integers(0, 300)))
            for _ in range(draw(st.integers(0, 4)))
        ]
    ]
    rules = Rules(
        zone=zone,
        hours=draw(weekly),
        closures=[
            (d, d)
            for d in draw(
                st.sets(
                    st.sampled_from(
                        [(now + timedelta(days=i)).astimezone(zone).date() for i in range(7)]
                    ),
                    max_size=2,
                )
            )
        ],
        step_minutes=draw(st.sampled_from([15, 30, 60])),
        buffer_minutes=draw(st.sampled_from([0, 15, 30, 45])),
        min_notice_minutes=draw(st.sampled_from([0, 60, 120])),
        horizon_days=draw(st.integers(1, 8)),
        daily_cap=cap,
        emergency_reserve=draw(st.integers(0, cap)) if cap else 0,
    )
    return {
        "rules": rules,
        "resources": resources,
        "booked": booked,
        "busy": busy,
        "now": now,
        "duration": timedelta(minutes=draw(st.sampled_from([30, 60, 90, 120]))),
        "emergency": draw(st.booleans()),
        "part": draw(st.sampled_from([None, "morning", "afternoon", "evening"])),
    }


def _wall(instant: datetime, zone: ZoneInfo) -> tuple[date, int]:
    local = instant.astimezone(zone)
    return local.date(), local.hour * 60 + local.minute


def _within(
    hours: dict[str, list[list[str]]], start: datetime, end: datetime, zone: ZoneInfo
) -> bool:
    day, s = _wall(start, zone)
    end_day, e = _wall(end, zone)
    if end_day != day:
        if not (end_day == day + timedelta(days=1) and e == 0):
            return False
        e = 1440
    for a, b in hours[WEEKDAYS[day.weekday()]]:
        lo = int(a[:2]) * 60 + int(a[3:])
        hi = 1440 if b == "24:00" else int(b[:2]) * 60 + int(b[3:])
        if lo <= s and e <= hi:
            return True
    return False


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_slot_obeys_every_rule(case: dict[str, object]) -> None:
    rules: Rules = case["rules"]  # type: ignore[assignment]
    resources: list[Resource] = case["resources"]  # type: ignore[assignment]
    booked: list[Booked] = case["booked"]  # type: ignore[assignment]
    busy: list[Booked] = case["busy"]  # type: ignore[assignment]
    now: datetime = case["now"]  # type: ignore[assignment]
    duration: timedelta = case["duration"]  # type: ignore[assignment]
    emergency: bool = case["emergency"]  # type: ignore[assignment]
    zone = rules.zone
    engine = Availability(rules, resources, booked, busy)
    slots = engine.find(
        duration,
        now,
        Preference(part_of_day=case["part"]),
        limit=8,  # type: ignore[arg-type]
        emergency=emergency,
    )

    per_day = Counter(b.start.astimezone(zone).date() for b in booked)
    buffer = timedelta(minutes=rules.buffer_minutes)
    notice = timedelta(minutes=0 if emergency else rules.min_notice_minutes)
    starts = [s.start for s in slots]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    for slot in slots:
        assert slot.end - slot.start == duration
        assert _within(rules.hours, slot.start, slot.end, zone)
        resource = next((r for r in resources if r.id == slot.resource_id), None)
        if resources:
            assert resource is not None
            if resource.hours is not None:
                assert _within(resource.hours, slot.start, slot.end, zone)
        else:
            assert slot.resource_id is None
        assert slot.start >= now + notice
        assert slot.end <= now + timedelta(days=rules.horizon_days)
        day = slot.start.astimezone(zone).date()
        assert not any(a <= day <= b for a, b in rules.closures)
        if rules.daily_cap is not None:
            allowed = rules.daily_cap - (0 if emergency else rules.emergency_reserve)
            assert per_day[day] < allowed
        for other in [*booked, *busy]:
            if other.resource_id is None or other.resource_id == slot.resource_id:
                assert not (other.start - buffer < slot.end and other.end + buffer > slot.start)
        # The booking-time check agrees with the search.
        assert engine.check(slot.start, duration, now, emergency, slot.resource_id) is not None
        if case["part"] is not None:
            minute = _wall(slot.start, zone)[1]
            lo, hi = {"morning": (0, 720), "afternoon": (720, 1020), "evening": (1020, 1440)}[
                case["part"]  # type: ignore[index]
            ]
            assert lo <= minute < hi


def _first(zone: ZoneInfo, now: datetime, hours: dict[str, list[list[str]]]) -> datetime:
    rules = Rules(zone=zone, hours=hours, min_notice_minutes=0, buffer_minutes=0)
    return Availability(rules, [], []).find(timedelta(hours=1), now, limit=1)[0].start


OFFICE = {d: [["08:00", "17:00"]] for d in WEEKDAYS}


def test_chicago_spring_forward_keeps_local_opening_time() -> None:
    # Saturday 7 March is CST (-6); Sunday 8 March clocks jump; Monday is CDT (-5).
    assert _first(CHICAGO, datetime(2026, 3, 7, 12, tzinfo=UTC), OFFICE) == datetime(
        2026, 3, 7, 14, tzinfo=UTC
    )
    assert _first(CHICAGO, datetime(2026, 3, 7, 23, tzinfo=UTC), OFFICE) == datetime(
        2026, 3, 8, 13, tzinfo=UTC
    )
    night = {d: [["02:00", "04:00"]] for d in WEEKDAYS}
    # 02:00-03:00 does not exist on 8 March: the first slot is 03:00 CDT, one hour long.
    assert _first(CHICAGO, datetime(2026, 3, 8, 6, tzinfo=UTC), night) == datetime(
        2026, 3, 8, 8, tzinfo=UTC
    )


def test_chicago_fall_back_keeps_local_opening_time() -> None:
    assert _first(CHICAGO, datetime(2026, 10, 31, 23, tzinfo=UTC), OFFICE) == datetime(
        2026, 11, 1, 14, tzinfo=UTC
    )
    night = {d: [["01:00", "03:00"]] for d in WEEKDAYS}
    # 01:00-02:00 happens twice on 1 November; the day opens in the first (CDT) pass, which
    # ends at 07:00 UTC. (A slot ending exactly at the repeated 01:00 is not offered: read on
    # the wall clock its end would precede the opening time.)
    first = _first(CHICAGO, datetime(2026, 11, 1, 5, tzinfo=UTC), night)
    assert datetime(2026, 11, 1, 6, tzinfo=UTC) <= first < datetime(2026, 11, 1, 7, tzinfo=UTC)


def test_auckland_dst_end_and_start() -> None:
    # NZDT (+13) ends Sunday 5 April 2026; Monday opens at 08:00 NZST (+12).
    assert _first(AUCKLAND, datetime(2026, 4, 4, 12, tzinfo=UTC), OFFICE) == datetime(
        2026, 4, 4, 20, tzinfo=UTC
    )
    assert _first(AUCKLAND, datetime(2026, 4, 5, 12, tzinfo=UTC), OFFICE) == datetime(
        2026, 4, 5, 20, tzinfo=UTC
    )
    # NZDT starts Sunday 27 September; Monday 08:00 is 19:00 UTC on the Sunday.
    assert _first(AUCKLAND, datetime(2026, 9, 27, 12, tzinfo=UTC), OFFICE) == datetime(
        2026, 9, 27, 19, tzinfo=UTC
    )
