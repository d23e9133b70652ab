"""A generational suffix on a caller's name: said right after it ("marcus odum senior"), or
told as which of two in the house the caller is ("there's jamal senior and jamal junior, I'm
senior", "put senior on it", "soy el junior"); a senior citizen, "I'm a senior" or the junior
high say no suffix, and two suffixes given one first name decide nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def name_of(ctx: Callable[..., Context], text: str, **kw: object) -> str | None:
    u = understand(text, ctx(expecting=Expecting.TIME, **kw))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("marcus odum o d u m senior put senior on it cause my son marcus lives here too",
         "Marcus Odum Sr", "en"),
        ("so its under jamal washington but theres jamal senior and jamal junior in the house "
         "im senior the junior doesnt pay the bills", "Jamal Washington Sr", "en"),
        ("its robert king senior", "Robert King Sr", "en"),
        ("this is robert king junior, my dad has the same name", "Robert King Jr", "en"),
        ("soy juan pérez, aquí vivimos el senior y el junior, soy el junior", "Juan Pérez Jr",
         "es"),
    ],
)  # fmt: skip
def test_the_suffix_the_caller_gives_is_kept(
    ctx: Callable[..., Context], text: str, name: str, language: str
) -> None:
    assert name_of(ctx, text, language=language) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("this is dana smith senior citizen here", "Dana Smith"),
        ("this is robert king, im a senior on a fixed income", "Robert King"),
        ("this is robert king, the junior high is down the street", "Robert King"),
        ("its under jamal washington, theres jamal senior and jamal junior", "Jamal Washington"),
        ("this is John Smith Jr.", "John Smith Jr"),
    ],
)
def test_no_suffix_said_or_none_decided(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert name_of(ctx, text) == name
