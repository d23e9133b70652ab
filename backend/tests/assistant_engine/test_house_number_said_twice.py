"""A house number said twice over to be sure of it, once whole and once digit by digit ("twenty
one oh five, two one zero five north elm"), is the number once, however many groups the line
broke it into; so is a new number put right that way ("no wait, thirteen sixty, one three six
zero", where the tens word runs into the first digit). A number put right plainly, a phone
number said before the address and "twelve twelve" stay as they were. Every line here was
written for this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine.house_number import corrected
from switchboard.assistant.understanding.normalise import normalise


@pytest.mark.parametrize(
    ("address", "said", "after"),
    [
        ("360 Maple Avenue", "no wait thirteen sixty one three six zero", "1360 Maple Avenue"),
        ("2718 Oak Street", "no it's 2781 not 2718", "2781 Oak Street"),
        ("95 Pine Road", "sorry not ninety five, fifty nine", "59 Pine Road"),
    ],
)
def test_a_house_number_put_right(address: str, said: str, after: str) -> None:
    assert corrected(address, normalise(said).text) == after
