"""How the meaning model's lean is used: a hazard of another trade gives way to the nearest one
that applies, and a flood question asked beside plugs and cords is the one for water near
electricity. A scripted model stands in for the encoder so the lean is exact."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.meaning import MeaningJudgement

NOW = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("America/Chicago"))


@dataclass
class Scripted:
    """A model that always leans the same way."""

    judgement: MeaningJudgement

    def judge(self, text: str) -> MeaningJudgement | None:
        return self.judgement


ROOF_THEN_WATER = MeaningJudgement(
    Hazard.ROOF_BREACH,
    0.60,
    0.30,
    "repair",
    ((Hazard.ROOF_BREACH, 0.60), (Hazard.FLOODING, 0.58), (Hazard.GAS_LEAK, 0.20)),
)
# Said in words no rule lists, so the model alone decides.
TURN = "something gave way up there and it keeps coming down onto everything in the den"


def ctx(model: Scripted, trades: tuple[str, ...]) -> Context:
    return Context(now=NOW, timezone="America/Chicago", trades=trades, meaning=model)


def test_a_roofers_hazard_gives_way_to_water_for_a_plumber() -> None:
    u = understand(TURN, ctx(Scripted(ROOF_THEN_WATER), ("plumbing",)))
    assert [h.value for h in u.hazards] == [Hazard.FLOODING]
    assert u.guidance_keys == ("safety.flooding",)
    # For a roofer the model's own first choice stands.
    u = understand(TURN, ctx(Scripted(ROOF_THEN_WATER), ("roofing",)))
    assert [h.value for h in u.hazards] == [Hazard.ROOF_BREACH]


def test_the_runner_up_is_held_to_its_own_margin() -> None:
    # The stand-in hazard is far behind routine: no page, no question.
    weak = replace(ROOF_THEN_WATER, routine=0.57)
    u = understand(TURN, ctx(Scripted(weak), ("plumbing",)))
    assert not u.hazards and u.triage is None


def test_without_a_runner_up_nothing_stands_in() -> None:
    alone = replace(ROOF_THEN_WATER, ranked=((Hazard.ROOF_BREACH, 0.60),))
    u = understand(TURN, ctx(Scripted(alone), ("plumbing",)))
    assert not u.hazards and u.triage is None


def test_a_flood_question_beside_plugs_is_about_water_near_electricity() -> None:
    leaning = MeaningJudgement(Hazard.FLOODING, 0.50, 0.41, "repair", ((Hazard.FLOODING, 0.50),))
    model = Scripted(leaning)
    near = understand(
        "the pit by the washer keeps creeping up and the extension cord is on the floor",
        ctx(model, ("plumbing",)),
    )
    assert near.triage is not None and near.triage.value is Hazard.FLOODING_NEAR_ELECTRICS
    away = understand(
        "the pit by the washer keeps creeping up toward the back door", ctx(model, ("plumbing",))
    )
    assert away.triage is not None and away.triage.value is Hazard.FLOODING
