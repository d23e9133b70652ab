"""Questions and account requests recognised by their shape: an hours question that names a
day, terms the business has not written down, a visit of ours named by its hour and day then
another time wanted. The wording is our own, not the evaluation corpus's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import (
    Context,
    Intent,
    QuestionTopic,
    understand,
)


@pytest.mark.parametrize(
    "text",
    [
        "r u open saturdays",
        "are y'all even open on the weekend?",
        "question - you guys open sundays at all",
        "sorry, what time are you open tomorrow",
        "what time do you guys close on friday",
    ],
)
def test_hours_questions_that_name_a_day(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.QUESTION, (text, u.intent)
    assert u.question is not None and u.question.value is QuestionTopic.HOURS, text


@pytest.mark.parametrize(
    "text",
    [
        "the drywall is still open tomorrow so you can get behind it",
        "we keep the garage open saturdays for the dog",
    ],
)
def test_open_said_of_something_else_is_no_hours_question(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.question is None or u.question.value is not QuestionTopic.HOURS, text


@pytest.mark.parametrize(
    "text",
    [
        "I've got the 10am drain cleaning tomorrow but I'm stuck at work, can we do Monday instead",
        "we have the water heater install on thursday, could we do the week after instead?",
    ],
)
def test_our_visit_named_by_its_day_then_another_time_is_a_reschedule(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE, (text, u.intent)


@pytest.mark.parametrize(
    "text",
    [
        "I have the dentist wednesday morning, can we do the afternoon instead",
        "I have the kids on friday so can we do saturday instead",
    ],
)
def test_the_callers_own_plans_are_no_reschedule(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.intent is None or u.intent.value is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        "llamo de una constructora, quisiera que alguien me regresara la llamada para cotizar",
        "soy la encargada del edificio, ¿me puede devolver la llamada el dueño?",
        "can you have the owner give me a call, we manage forty units",
    ],
)
def test_asking_to_be_called_back_is_a_message(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    intents = {u.intent.value if u.intent else None, *u.other_intents}
    assert Intent.MESSAGE in intents, (text, intents)


@pytest.mark.parametrize(
    "text",
    [
        "the listing agent has a lockbox on the door",
        "my insurance agent said to get it looked at, can someone come Friday",
        "the buyer's agent will meet you there at 10",
        # said without the apostrophe speech recognition leaves out
        "thursday afternoon maybe three oclock the sellers agent said afternoons work",
        "the agent will let you in",
        "we have an agent coming tuesday",
        "our real estate agent will be there",
    ],
)
def test_someone_elses_agent_is_no_request_for_a_person(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    intents = {u.intent.value if u.intent else None, *u.other_intents}
    assert Intent.HUMAN not in intents, (text, intents)


@pytest.mark.parametrize(
    "text",
    [
        "agent please",
        "can I get an agent",
        "I want a live agent",
        "an agent",
        "connect me to an agent",
        "Agent!",
    ],
)
def test_asking_for_an_agent_is_a_request_for_a_person(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.HUMAN, (text, u.intent)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the tenant is Rosa Whitfield, unit 4B", "Rosa Whitfield"),
        ("Homeowner is Gareth Pyle and the house is 18 Birch Ln", "Gareth Pyle"),
    ],
)
def test_the_person_the_visit_is_for_named_by_their_role(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name, (text, u.name)
