"""Who is calling when it is not a customer: an official about a permit or an inspection, the
owner's family with word for him, a supplier with an order waiting, labour sold to the business
(a staffing agency, a recruiter, a crew looking to sub); and whether the business does a job,
asked with a fitter's verb; and a caller who asks for another kind of business (a dentist, a
pizzeria). Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.engine.questions import terms_offered
from switchboard.assistant.understanding import Context, Intent, QuestionTopic, understand
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.other_business import other_business_asked


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an official, introduced by the office they call from
        ("morning, Dana Whitfield from the county permit office, about the water heater "
         "permit on Elm, we have to push the final to next week", "en"),
        ("this is the city plumbing inspector, I was at the Maple Ave job and the gas test "
         "needs redoing", "en"),
        ("hi it's Omar with the town of Lenexa code enforcement about a permit you pulled", "en"),
        ("le habla el inspector de la ciudad, necesito cambiar la inspección del lunes", "es"),
        ("buenas tardes, soy Rocío del departamento de permisos de la ciudad de Houston", "es"),
        # the owner's family, the owner out of reach or a message asked for
        ("it's Carol, Dave's mom, he isn't answering his phone, is he out on a call?", "en"),
        ("this is his wife, can you pass him a message when he checks in", "en"),
        ("hola soy la esposa de Ramiro, no me contesta el celular, ¿le puede pasar un recado?",
         "es"),
        # an official naming the office straight after the name, as a badge reads
        ("hi, this is Dana Reyes, county of Fairfax electrical inspections, nobody let me in",
         "en"),
        ("Marcus here, town of Cary building permits, about the final on Oak", "en"),
        ("buenas, habla Irma Salinas de permisos de la ciudad, el final quedó pendiente", "es"),
        # family whose call to him goes unanswered, said the ways people say it
        ("it's Joe's dad, is he there? his cell keeps going straight to voice mail", "en"),
        ("this is Ana, Luis's wife, his cellphone must be dead", "en"),
        ("soy su mamá, tiene el celular apagado desde la mañana", "es"),
    ],
)  # fmt: skip
def test_an_official_or_the_owners_family_leaves_a_message(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.MESSAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an inspector quoted by a customer: the job is theirs
        ("the city inspector said my water heater vent is wrong, can you come fix it", "en"),
        # a customer's family with a job of their own
        ("this is Tom's wife, he's not answering and our water heater is leaking", "en"),
        ("soy la esposa de Ramiro, el calentador no prende", "es"),
        # a paper from an office, or one's own phone, told by a customer
        ("I got a letter from the city of Mesa code enforcement about my water heater, can "
         "you come replace it", "en"),
        ("my phone goes straight to voicemail so text me, the drain is clogged again", "en"),
        # a visit of one's own moved
        ("can we move my drain cleaning to friday", "en"),
    ],
)  # fmt: skip
def test_a_customer_quoting_an_official_or_with_family_is_still_a_customer(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is not Intent.MESSAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hi, Megan here from Keystone Recruiting Group, we match journeymen with plumbing "
         "shops, who does your hiring?", "en"),
        ("we supply licensed electricians to contractors on a temp-to-hire basis", "en"),
        ("we're a framing and roofing outfit out of Oklahoma, happy to subcontract for you "
         "while the storm work lasts", "en"),
        ("we've got three crews available this week if you're backed up after the hail", "en"),
        ("somos una agencia de personal, le conseguimos técnicos certificados", "es"),
        # (a local crew asking for work is a job seeker: test_non_customers_introduced_otherwise)
        ("tenemos dos cuadrillas que vienen siguiendo las tormentas, buscamos trabajo como "
         "subcontratistas", "es"),
    ],
)  # fmt: skip
def test_labour_sold_to_the_business_is_a_pitch(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.SALES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone after a job at the business is an applicant, not a seller
        ("are y'all hiring? I'm a second year apprentice", Intent.JOB_APPLICANT),
        # a customer whose own roofer subcontracted: a job
        ("the crew that did my roof left the drain clogged, can you come clean it", None),
    ],
)
def test_a_job_seeker_or_a_customer_is_no_pitch(
    text: str, expected: Intent | None, ctx: Callable[..., Context]
) -> None:
    intent = _intent(text, ctx)
    assert intent is not Intent.SALES
    if expected is not None:
        assert intent is expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hey is that something — sorry, do you guys ever swap out old shutoff valves", "en"),
        ("do y'all hang outdoor lights for the holidays?", "en"),
        ("do you folks mount tankless units on the outside wall", "en"),
        ("¿ustedes colocan calentadores de paso?", "es"),
    ],
)  # fmt: skip
def test_a_job_asked_with_a_fitters_verb_is_a_service_question(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    u = understand(text, ctx(language=language))
    assert u.question is not None and u.question.value is QuestionTopic.SERVICE_OFFERED


@pytest.mark.parametrize(
    "text",
    ["do you run a special for seniors?", "do you set appointments on saturdays?"],
)
def test_other_questions_are_not_asked_as_a_job(text: str, ctx: Callable[..., Context]) -> None:
    u = understand(text, ctx())
    assert u.question is None or u.question.value is not QuestionTopic.SERVICE_OFFERED


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hey, it's Brenda at the Ferguson counter, the owner's order of copper fittings is "
         "ready for pick up at will call", "en"),
        ("le aviso de la tienda que el pedido de tubería PEX ya está listo para recoger", "es"),
    ],
)  # fmt: skip
def test_an_order_waiting_at_the_supplier_is_a_vendor(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.VENDOR


@pytest.mark.parametrize(
    ("text", "business"),
    [
        ("hello, is this Lakeside Family Dental? I want to change my checkup", "Bristol Plumbing"),
        ("have I reached doctor Okafor's office", "Bristol Plumbing"),
        ("is this Tony's Pizza on Main, I'd like to order", "Comfort Air HVAC"),
        ("buenas, ¿es el consultorio de la doctora Ruiz?", "Plomería Hernández"),
    ],
)
def test_another_kind_of_business_asked_for(text: str, business: str) -> None:
    assert other_business_asked(normalise(text), business)


@pytest.mark.parametrize(
    ("text", "business"),
    [
        # the business's own name carries the word
        ("is this the Drain Doctor? my sink is backing up", "Drain Doctor Plumbing"),
        # the caller's own practice with a job for us
        ("this is Dr. Patel's office, our break room sink is clogged", "Bristol Plumbing"),
        # checking who answered, the business's own trade
        ("is this the plumber? my water heater is out", "Bristol Plumbing"),
        ("my dentist's office recommended you", "Bristol Plumbing"),
    ],
)
def test_this_business_or_a_customer_is_not_another_business(text: str, business: str) -> None:
    assert not other_business_asked(normalise(text), business)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do you guys offer financing on a new furnace", True),
        ("do y'all have any payment plans for a repipe", False),  # not asked with an offer verb
        ("do you do a military discount on tune ups", True),
        ("¿ofrecen meses sin intereses en minisplits?", True),
        # the job itself asked after
        ("do you offer furnace tune ups", False),
        ("do you install tankless water heaters with the warranty registration", False),
    ],
)
def test_terms_offered_are_told_from_a_job_offered(text: str, expected: bool) -> None:
    assert terms_offered(normalise(text).text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "it's Linda, Ray's sister, his phone is off, tell him to pick up the kids at five",
        "this is Gwen, Sam's wife, his cell is dead, the power bill came",
    ],
)
def test_word_for_the_owner_from_his_family_is_asked_after_no_hazard(
    text: str, ctx: Callable[..., Context]
) -> None:
    u = understand(text, ctx())
    assert u.triage is None and not u.hazards
    assert u.intent is not None and u.intent.value is Intent.MESSAGE
