"""Lost cooling or heat told over several turns, through the whole engine: the heat and the
person at risk first and the failure later, or the failure and the heat first and the person
after a question left unanswered, page on the turn that completes them, with the heat's advice
(never the cold's, for a hall warming up at 115 outside). A no to the dispatcher's question,
"it's not urgent", a unit that cools however loud, weak cooling with nobody at risk and people
staying elsewhere never page; someone else's failure beside a service-area question is
answered as that question, about the place asked."""

from __future__ import annotations

from dataclasses import replace

from switchboard.assistant.engine import DialogState, weather_told
from switchboard.assistant.understanding import Extracted, Understanding
from tests.assistant_engine.test_conversations import FACTS, talk, world

HVAC = replace(FACTS, business_name="Bristol Heating", trades=("hvac",))
HEAT_ADVICE = "coolest room"


async def test_heat_and_a_person_first_then_the_failure_pages_on_the_failure() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "it's 96 in the house and climbing and my mom is 88",
            "the ac is blowing warm air",
        ],
        facts=HVAC,
    )
    assert HEAT_ADVICE not in replies[1]
    assert HEAT_ADVICE in replies[2]
    assert state.hazards == ["no_ac_extreme_heat"]
    assert [kind for kind, _ in w.pages] == ["emergency"]


async def test_failure_then_heat_then_the_person_pages_on_the_third() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "my ac is blowing warm air",
            "it's like 97 in here",
            "my husband just got out of the hospital",
        ],
        facts=HVAC,
    )
    assert HEAT_ADVICE in replies[3]
    assert [kind for kind, _ in w.pages] == ["emergency"]


async def test_a_question_left_unanswered_is_no_no_once_the_call_tells_the_rest() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "el aire no enfría y adentro está en 96",
            "Yesenia Ruiz, 1845 W Broadway Rd",
            "tengo un bebé de 2 meses",
        ],
        channel="sms",
        facts=replace(HVAC, language="es"),
    )
    assert state.hazards == ["no_ac_extreme_heat"]
    assert [kind for kind, _ in w.pages] == ["emergency"]


async def test_a_hall_warming_at_115_outside_gets_the_heat_advice() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "we run a cooling center at the church hall and both rooftop units just stopped",
            "forty people in here, most of them elderly, it's 115 outside and warming up fast",
        ],
        facts=HVAC,
    )
    assert state.hazards == ["no_ac_extreme_heat"]
    assert "pipes" not in replies[2]


async def test_no_to_the_question_is_kept_whatever_is_said_later() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my ac is blowing warm air and it's 100 outside",
            "no, it's just me and I'm fine",
            "my grandson is 80 years old I mean my grandfather",
        ],
        facts=HVAC,
    )
    assert not state.emergency and w.pages == []


async def test_not_urgent_said_first_is_kept() -> None:
    w = world()
    _, _ = await talk(
        w,
        [
            "the ac is blowing warm air, no rush",
            "it's 97 in the house",
            "my mom is 90",
        ],
        facts=HVAC,
    )
    assert w.pages == []


async def test_loud_but_cooling_and_weak_with_nobody_at_risk_are_bookings() -> None:
    for lines in (
        ["my ac unit is really loud but it cools fine, my mom is 90", "it's 100 outside"],
        ["my ac isn't cooling as well as it used to, it's 98 outside", "no just me"],
        [
            "my ac stopped working",
            "my mom's 90 but she's at a hotel till it's fixed",
            "it's 102 out",
        ],
    ):
        w = world()
        state, _ = await talk(w, [*lines, "Dana Ruiz, 12 Main St"], facts=HVAC)
        assert not state.emergency and w.pages == [], lines


async def test_someone_elses_failure_beside_an_area_question_answers_the_place_asked() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "my son's ac died over in kansas city, he's fine, he's staying with us in olathe "
            "for now, but do you guys go into kansas city"
        ],
        facts=HVAC,
    )
    assert w.pages == [] and not state.emergency
    assert "Kansas City isn't in our service area" in replies[1]


def test_a_question_unanswered_after_the_call_told_the_rest_pages_what_it_asked() -> None:
    """The question asked because the cooling failed, the heat and the person already told:
    an answer about something else (the address) is no "no"."""
    state = DialogState(triaged=["no_ac_extreme_heat"], weather_told=["at_risk", "hot"])
    address = Understanding(text="12 main st", language=Extracted("en", 1.0))
    assert weather_told.completed(state, address, "no_ac_extreme_heat") == "no_ac_extreme_heat"
    # Not asked: facts already complete earlier and not paged then are not paged now.
    state = DialogState(weather_told=["at_risk", "hot", "no_cooling"])
    assert weather_told.completed(state, address) is None
    # Nobody at risk told: the question stays unanswered.
    state = DialogState(triaged=["no_ac_extreme_heat"], weather_told=["hot"])
    assert weather_told.completed(state, address, "no_ac_extreme_heat") is None


async def test_an_answer_to_the_heat_question_pages_the_heat_not_the_cold() -> None:
    # The answer alone ("a hot, crying baby") may read as the other weather hazard: the
    # question asked set the side.
    w = world()
    state, replies = await talk(
        w,
        [
            "el aire no enfría nada y todavía estamos a 108 afuera",
            "tengo una bebé de 3 meses y está muy caliente y llorando mucho",
        ],
        channel="sms",
        facts=replace(HVAC, language="es"),
    )
    assert state.hazards == ["no_ac_extreme_heat"]
    assert "congelen" not in replies[2]
    assert [kind for kind, _ in w.pages] == ["emergency"]
