"""Names, callback numbers and service addresses, typed or spoken."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("this is Dana", "Dana"),
        ("my name is Dana Smith", "Dana Smith"),
        ("Dana here", "Dana"),
        ("hi this is dana smith and my sink is leaking", "Dana Smith"),
        ("me llamo María López", "María López"),
        ("it's under Dana Smith", "Dana Smith"),
        ("I'm Dana", "Dana"),
    ],
)
def test_names(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx())
    assert u.name is not None
    assert u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about my sink",
        "this is about my water heater",
        "i'm not sure",
        "it's leaking again",
        "this is an emergency",
    ],
)
def test_not_names(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).name is None


def test_bare_name_when_asked(ctx: Callable[..., Context]) -> None:
    u = understand("Robert Johnson", ctx(expecting=Expecting.NAME))
    assert u.name is not None
    assert u.name.value == "Robert Johnson"
    # While the problem is asked, two words are more likely the job than the caller.
    assert understand("Robert Johnson", ctx(expecting=Expecting.PROBLEM)).name is None


@pytest.mark.parametrize(
    "text",
    [
        "nine one three five five five zero one nine nine",
        "nine one three five five five oh one nine nine",
        "my number is (913) 555-0199",
        "call me back at 913.555.0199 thanks",
        "+1 913 555 0199",
        "one nine one three five five five zero one nine nine",
    ],
)
def test_phones(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PHONE))
    assert u.phone is not None
    assert u.phone.value == "+19135550199"


def test_short_numbers_are_not_phones(ctx: Callable[..., Context]) -> None:
    assert understand("I live at 4410 w 75th st", ctx()).phone is None
    assert understand("at 2pm on the 14th", ctx()).phone is None


@pytest.mark.parametrize(
    ("text", "line1", "unit"),
    [
        ("my water heater burst at 12 Oak St, this is Dana", "12 Oak St", ""),
        ("we're at 4410 w 75th st can someone come tomorrow", "4410 W 75th St", ""),
        ("forty four ten west seventy fifth street apartment two b", "4410 West 75th Street",
         "Apt 2B"),
        ("it's 55 Elm Avenue unit 3", "55 Elm Avenue", "Unit 3"),
        ("12 oak st number 5", "12 Oak St", "# 5"),
        ("vivo en el 4521 de Westheimer Rd apartamento 12", "4521 Westheimer Rd", "Apt 12"),
    ],
)  # fmt: skip
def test_addresses(ctx: Callable[..., Context], text: str, line1: str, unit: str) -> None:
    u = understand(text, ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.unit) == (line1, unit)


def test_full_address_with_city_state_zip(ctx: Callable[..., Context]) -> None:
    u = understand("1200 Main Street Apt 4B, Overland Park, KS 66213", ctx())
    assert u.address is not None
    a = u.address.value
    assert (a.line1, a.unit, a.city, a.state, a.postal_code) == (
        "1200 Main Street", "Apt 4B", "Overland Park", "KS", "66213"
    )  # fmt: skip
    assert a.one_line() == "1200 Main Street Apt 4B, Overland Park, KS 66213"


@pytest.mark.parametrize(
    "text",
    [
        "same address as last time",
        "same place",
        "la misma dirección",
        "same as before",
        "same place as before",
        "the usual address",
        "can you come out to my usual place",
        "same house",
        "uh same house as last time",
        "the address you guys have on file",
        "where you came out last time",
        "you already have my address",
        "en la misma casa de siempre",
        "la dirección que ya tienen",
        "el mismo lugar",
    ],
)
def test_same_address(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.address is not None, text
    assert u.address.value.same_as_last
    assert u.address.value.one_line() == ""  # nothing invented


@pytest.mark.parametrize(
    "text",
    [
        "not the same address as last time",
        "it's a different house than last time",
        "same problem as last time",
        "the same one",  # not asked for the address: a slot, a service, anything
    ],
)
def test_not_the_same_address(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.address is None or not u.address.value.same_as_last


def test_the_same_one_when_asked_for_the_address(ctx: Callable[..., Context]) -> None:
    u = understand("the same one", ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.same_as_last


def test_an_address_said_with_same_as_last_time_is_the_address(
    ctx: Callable[..., Context],
) -> None:
    u = understand("same as last time, 12 oak st", ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.same_as_last) == ("12 Oak St", False)


@pytest.mark.parametrize(
    ("text", "line1", "unit"),
    [
        ("nine oh five south elm street", "905 South Elm Street", ""),
        ("fourteen oh seven west sixty third street", "1407 West 63rd Street", ""),
        ("uh twenty one oh one um west forty seventh place", "2101 West 47th Place", ""),
        ("thirty three hundred york street", "3300 York Street", ""),
        ("sixty six forty west one hundred twenty fifth terrace", "6640 West 125th Terrace", ""),
        ("es el setenta y siete diez bellaire boulevard", "7710 Bellaire Boulevard", ""),
        ("mil doscientos main street", "1200 Main Street", ""),
        ("siete mil cien harwin drive", "7100 Harwin Drive", ""),
        ("two fifty west fifty seventh street sweet twelve hundred", "250 West 57th Street",
         "Suite 1200"),
        ("seventy six ten metcalf avenue apartment two twelve", "7610 Metcalf Avenue",
         "Apt 212"),
        ("its eighteen forty two briarcliff road northeast", "1842 Briarcliff Road NE", ""),
        ("nine twenty one north oak trafficway", "921 North Oak Trafficway", ""),
    ],
)  # fmt: skip
def test_spoken_house_numbers(
    ctx: Callable[..., Context], text: str, line1: str, unit: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None, text
    assert (u.address.value.line1, u.address.value.unit) == (line1, unit)


def test_a_phone_number_before_the_street_is_not_the_house_number(
    ctx: Callable[..., Context],
) -> None:
    u = understand("913 555 0142 12 oak street", ctx())
    assert u.address is not None and u.address.value.line1 == "12 Oak Street"


def test_a_street_without_a_suffix_when_the_address_was_asked(
    ctx: Callable[..., Context],
) -> None:
    u = understand("1500 broadway", ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == "1500 Broadway"
    assert understand("1500 broadway", ctx()).address is None
    assert understand("at 10 tomorrow", ctx(expecting=Expecting.ADDRESS)).address is None


def test_a_unit_said_on_its_own(ctx: Callable[..., Context]) -> None:
    u = understand("yeah that's right, but it's apartment 4, not 3", ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.unit) == ("", "Apt 4")
    assert understand("the indoor unit is dripping", ctx()).address is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my names denise carter", "Denise Carter"),
        ("names walt kowalski", "Walt Kowalski"),
        ("Buenos días, habla José Hernández", "José Hernández"),
        ("Dana speaking", "Dana"),
    ],
)
def test_more_names(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name


def test_a_name_with_a_role_after_it(ctx: Callable[..., Context]) -> None:
    u = understand("Dev Patel, facilities manager", ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Dev Patel"


@pytest.mark.parametrize("text", ["yup", "sí", "nope", "uh huh"])
def test_an_answer_is_not_a_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.NAME)).name is None


def test_an_accented_name_or_an_english_street_does_not_switch_language(
    ctx: Callable[..., Context],
) -> None:
    u = understand("Tomás Herrera", ctx(expecting=Expecting.NAME))
    assert u.language.value == "en" or u.language.confidence < 0.7
    u = understand("mil doscientos main street", ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.language.value == "es" or u.language.confidence < 0.7


def test_a_count_is_not_an_address(ctx: Callable[..., Context]) -> None:
    assert understand("I need 2 outlets replaced", ctx()).address is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yes that one, Dana Smith", "Dana Smith"),
        ("yes that one dana smith", "Dana Smith"),
        ("sí, esa, María López", "María López"),
        ("sí esa maría lópez", "María López"),
        ("that works, Dana", "Dana"),
        ("yes, Dana", "Dana"),
    ],
)
def test_a_name_after_a_confirmation(ctx: Callable[..., Context], text: str, name: str) -> None:
    # "Tuesday at 10 is open. Can I get your name?" "Yes, that one, Dana Smith."
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "yes that one",
        "sí, esa",
        "esa",
        "yes please",
        "go ahead",
        "perfect thanks",
        "sounds good",
        "alright then",
        "yeah go ahead",
    ],
)
def test_a_confirmation_alone_is_not_a_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.NAME)).name is None


def test_a_name_ends_at_the_clause(ctx: Callable[..., Context]) -> None:
    u = understand("se me tapó el drenaje, soy Dana, ¿pueden mañana a las 10?", ctx())
    assert u.name is not None and u.name.value == "Dana"


@pytest.mark.parametrize("text", ["yes, move it", "just cancel that please", "ok book them"])
def test_a_request_answering_the_name_question_is_not_a_name(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is None


@pytest.mark.parametrize(("text", "name"), [("Kim Lo", "Kim Lo"), ("yes that one, Dana", "Dana")])
def test_names_beside_those_requests_still_count(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is someone still coming out friday? - Odalys Brennan-Whitt", "Odalys Brennan-Whitt"),
        ("pls call me back about the quote ~Teodor", "Teodor"),
        ("running late, see you at 3 -- Priya Venkatesan.", "Priya Venkatesan"),
    ],
)
def test_a_text_signed_at_its_end_gives_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(channel="sms"))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text", ["can you come tomorrow - thanks again", "the drain is slow - sorry", "9 - 11 works"]
)
def test_a_closing_word_after_a_dash_is_no_signature(
    ctx: Callable[..., Context], text: str
) -> None:
    assert understand(text, ctx(channel="sms")).name is None


def test_asked_for_a_name_a_name_said_as_a_clause_of_its_own_counts(
    ctx: Callable[..., Context],
) -> None:
    u = understand(
        "yes go ahead and have her ring me. Augustin Deveraux, cell is fine",
        ctx(expecting=Expecting.NAME),
    )
    assert u.name is not None and u.name.value == "Augustin Deveraux"
