"""Callers who are not customers, through the engine: an official or the owner's family leaves
a message (never offered a slot, even when the call names an inspection or a day), a supplier's
order waiting is a message, labour sold to the business is declined (and declined again when
pressed), and a job asked with a fitter's verb is answered from the catalogue. Wording is our
own."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("lines", "channel"),
    [
        (["good afternoon, Pat Kowalski from the county building department, I have to "
          "reschedule the final inspection on the Cedar Lane water heater to Monday",
          "he can reach me at 913 555 0177"], "voice"),
        (["hi it's Janet, Bob's wife, he's not answering his cell, can you get him a message",
          "tell him the dog got out and to call me when he can"], "voice"),
        (["hola, le escribo de la distribuidora, el pedido de su jefe ya está listo para "
          "recoger en el mostrador", "soy Lupita, gracias"], "sms"),
    ],
)  # fmt: skip
async def test_business_for_the_owner_is_a_message_not_a_booking(
    lines: list[str], channel: str
) -> None:
    w = world()
    _state, replies = await talk(w, lines, channel=channel)
    assert len(w.callbacks) == 1 and not w.booked and not w.pages
    assert not any("AM" in r or "PM" in r or "When would" in r for r in replies)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Hey there, Sam with Apex Trade Staffing. We place vetted plumbers with local shops, "
            "no upfront fee. Who makes hiring decisions?",
            "Sure, can I email a one-pager?",
        ],
        [
            "we're a storm crew out of Tulsa, two crews ready to go, looking to sub for a local "
            "company",
            "can I just get the owner's cell",
        ],
    ],
)
async def test_labour_sold_to_the_business_is_declined_even_when_pressed(
    lines: list[str],
) -> None:
    w = world()
    state, replies = await talk(w, lines, channel="sms")
    assert state.outcome == "sales" and not w.callbacks and not w.booked
    assert "not interested" in replies[-1]


async def test_a_job_asked_with_a_fitters_verb_is_answered_from_the_catalogue() -> None:
    w = world()
    _state, replies = await talk(w, ["quick question, do y'all swap out water heaters"])
    assert "Water heater repair" in replies[1] and not w.callbacks


@pytest.mark.parametrize(
    ("lines", "channel"),
    [
        (["is this Westside Pediatrics? I need to move Ella's checkup to Thursday",
          "oh my mistake, wrong number"], "sms"),
        (["hola, ¿es la clínica del doctor Salas? quiero cambiar mi cita",
          "ay perdón, número equivocado"], "voice"),
    ],
)  # fmt: skip
async def test_another_business_asked_for_is_told_who_answered_and_left_no_message(
    lines: list[str], channel: str
) -> None:
    w = world()
    state, replies = await talk(w, lines, channel=channel)
    assert "Bristol Plumbing" in replies[1]
    assert not w.callbacks and not w.booked and state.outcome == "wrong_number"


async def test_a_practice_calling_with_a_job_of_its_own_is_a_customer() -> None:
    w = world()
    _state, replies = await talk(w, ["this is Dr. Lin's dental office, our staff sink drain is "
                                     "clogged, can someone come tomorrow"])  # fmt: skip
    assert "wrong number" not in replies[1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("hey it's Janet, Bob's wife, he's not answering his cell, can you get him a message",
         "tell him the dog got out and to call me"),
        ("hola soy Marta, la esposa de Ramiro, no me contesta, ¿le puede pasar un recado?",
         "que recoja a los niños a las cinco"),
    ],
)  # fmt: skip
async def test_the_owners_family_is_asked_what_to_pass_on_not_a_surname(
    first: str, second: str
) -> None:
    w = world()
    _state, replies = await talk(w, [first, second])
    assert "full name" not in replies[1] and "nombre completo" not in replies[1]
    assert "?" in replies[1]
    assert len(w.callbacks) == 1 and second.split()[1] in w.callbacks[0][1]["message"]


async def test_a_supplier_with_a_first_name_is_still_asked_the_full_name() -> None:
    w = world()
    _state, replies = await talk(
        w, ["hi it's Kyle at Metro Supply, the fittings your boss ordered are in, have him call me"]
    )
    assert "full name" in replies[1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("hey it's Linda, Ray's sister, is he around? his phone keeps going to voicemail",
         "tell him grandma is home from the hospital"),
        ("hola, soy Lucía, la hermana de Ramiro, ¿está él? tiene el celular apagado",
         "dígale que su tío está en la casa"),
    ],
)  # fmt: skip
async def test_the_owners_family_asking_for_him_is_asked_what_to_pass_on(
    first: str, second: str
) -> None:
    w = world()
    _state, replies = await talk(w, [first, second])
    assert "pass on" in replies[1] or "?" in replies[1]
    assert "AM" not in replies[2] and "PM" not in replies[2] and not w.booked
    assert len(w.callbacks) == 1 and second.split()[-1] in w.callbacks[0][1]["message"]


async def test_the_owners_family_with_the_word_said_is_closed_at_once() -> None:
    w = world()
    _state, replies = await talk(
        w, ["it's Linda, Ray's sister, his phone is off, tell him to pick up the kids at five"]
    )
    assert "passed that on" in replies[1] and len(w.callbacks) == 1


@pytest.mark.parametrize(
    ("lines", "phone"),
    [
        (["morning, Pat Hughes here, Polk County permitting, nobody showed for the final on "
          "Birch Street, I need the owner to give me a call", "it's 816 555 0199"],
         "+18165550199"),
        (["buenos días, habla Ken Alvarez de inspecciones de la ciudad, nadie me abrió en la "
          "calle Olmo, necesito que el contratista me llame",
          "al ocho uno seis cinco cinco cinco cero uno nueve nueve"], "+18165550199"),
    ],
)  # fmt: skip
async def test_a_call_back_asked_for_last_waits_for_the_number_to_call(
    lines: list[str], phone: str
) -> None:
    w = world()
    _state, replies = await talk(w, lines)
    assert "passed that on" not in replies[1] and "?" in replies[1]
    assert "passed that on" in replies[2] or "pasé su mensaje" in replies[2]
    assert w.callbacks[-1][1]["phone"] == phone and not w.booked


async def test_a_call_back_asked_with_the_number_after_it_is_closed_at_once() -> None:
    w = world()
    line = (
        "this is Rob Hale at Midwest Pipe Supply, his invoice is overdue, have him call me, "
        "my number is 913 555 0177 and I'm here till five"
    )
    _state, replies = await talk(w, [line])
    assert "passed that on" in replies[1]
