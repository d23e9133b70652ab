"""The name the visit is put under, said among other names: it beats the name stated first
and a relative named in the same breath, and a first name alone there keeps the surname of the
name it stands for ("the name is Pat Reyes ... put it under Patrick"). A name put right after
a self-repair still wins, and a name put under alone reads as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("the name is pat reyes but theres two of us here my wife is patricia and im patrick "
         "so put it under patrick", "Patrick Reyes", "en"),
        ("a nombre de maría elena garza pero ojo que mi suegra también vive aquí y se llama "
         "maría garza así que póngale maría elena", "María Elena Garza", "es"),
        ("its for my mom bettye lowe but put it under my name dana smith", "Dana Smith", "en"),
        # a first name unlike the one stated borrows no surname
        ("this is dana smith, put it under gloria", "Gloria", "en"),
    ],
)  # fmt: skip
def test_the_name_put_under_wins(
    ctx: Callable[..., Context], text: str, name: str, language: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME, language=language))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("its under dwayne no sorry im his wife its tanya okafor", "Tanya Okafor"),
        ("put it under my moms name philippa okonkwo", "Philippa Okonkwo"),
        ("it's Theo and Bridget Vance, put it under Theo Vance", "Theo Vance"),
        ("its carol and dwight hendricks put it under carol", "Carol Hendricks"),
        ("lorraine and dale fitzhugh its under lorraine", "Lorraine Fitzhugh"),
    ],
)
def test_look_alikes_read_as_before(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name
