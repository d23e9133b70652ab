"""A name for someone else is kept for the visit but the caller is not thanked by it ("Gracias,
Rosalinda" to her son); a name said again with a surname put in between ("es nicanor
arredondo villegas" after "Nicanor Villegas") completes the name on the table."""

from __future__ import annotations

from switchboard.assistant.engine.names import completed
from tests.assistant_engine.test_conversations import talk, world


async def test_a_relatives_name_is_kept_without_thanking_the_caller_by_it() -> None:
    w = world()
    lines = ["hola se me tapó el drenaje de la cocina de mi mamá",
             "ella se llama rosalinda ochoa vive en el doce de la calle oak"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.name == "Rosalinda Ochoa"
    assert "Rosalinda" not in replies[-1] and replies[-1].startswith("Gracias")


async def test_the_visit_for_a_relative_in_english() -> None:
    w = world()
    lines = ["the toilet at my mom's house keeps running", "it's for evelyn strand"]
    state, replies = await talk(w, lines)
    assert state.name == "Evelyn Strand"
    assert "Evelyn" not in replies[-1] and replies[-1].startswith("Thanks")


async def test_the_callers_own_name_is_still_thanked_by() -> None:
    w = world()
    state, replies = await talk(w, ["my kitchen drain is clogged", "this is Rosa Diaz"])
    assert state.name == "Rosa Diaz" and replies[-1].startswith("Thanks, Rosa.")


def test_a_surname_put_between_completes_the_name() -> None:
    said = "no perdon villegas es el segundo apellido es nicanor arredondo villegas"
    assert completed("Nicanor Villegas", said) == "Nicanor Arredondo Villegas"
    assert completed("Dana Okafor", "sorry, it's dana mbeki okafor") == "Dana Mbeki Okafor"


def test_other_words_between_are_no_surname() -> None:
    assert completed("Dana Smith", "dana and smith") is None
    assert completed("Dana Smith", "dana smith will call back") is None


async def test_under_a_relatives_name_the_caller_is_not_thanked_by_it() -> None:
    w = world()
    lines = ["my parents need a new thermostat put in",
             "put it under my dads name constantin papadakis"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.name == "Constantin Papadakis"
    assert "Constantin" not in replies[-1] and replies[-1].startswith("Thanks")


def test_the_name_said_again_with_a_surname_then_and_what_comes_next() -> None:
    said = (
        "ponga mi segundo apellido porque hay otro rigoberto ortiz en la misma cuadra es "
        "rigoberto ortiz bermúdez y vivo en el 1212 de la calle quitman"
    )
    assert completed("Rigoberto Ortiz", said) == "Rigoberto Ortiz Bermúdez"
    said = "use my full name, it's dana ruiz okonkwo and the address is 12 elm st"
    assert completed("Dana Ruiz", said) == "Dana Ruiz Okonkwo"


def test_the_name_then_and_is_no_surname_added() -> None:
    assert completed("Dana Ruiz", "dana ruiz and i will be home") is None
