"""Several questions in one turn ("¿van a Pasadena? ¿cuánto cobran por destapar un drenaje? ¿y
trabajan los sábados?", "1) do you work on heat pumps 2) Mesa ok?"): after the first is
answered, each later one the settings answer (hours, the service area, a job's price) is
answered too, in the order asked, so no question the caller asked is silently dropped.

A price asked before any job is named ("what do you charge just to show up?", "¿cuánto cobran
por venir?") is answered with the catalogue's whole range, from its lowest to its highest
price (`catalogue_range`): what a visit costs, whatever the job turns out to be."""

from __future__ import annotations

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.understanding import QuestionTopic, Understanding
from switchboard.assistant.understanding.intent import topics_asked
from switchboard.assistant.understanding.normalise import normalise

# Topics answered from the settings alone; any other later question is left as it was.
_FROM_SETTINGS = (QuestionTopic.HOURS, QuestionTopic.SERVICE_AREA, QuestionTopic.PRICE)


def answer_the_others(t: Turn, u: Understanding, first: QuestionTopic, sure: float) -> None:
    """Answer the turn's other questions that the settings answer, in the order asked, once
    each; `first` was answered already. `sure` is how sure the job must be to quote its
    price."""
    facts, lang = t.facts, t.state.language
    for topic in topics_asked(normalise(u.text)):
        if topic is first or topic not in _FROM_SETTINGS:
            continue
        if topic is QuestionTopic.HOURS and facts.hours_text:
            hours = facts.hours_text.get(lang) or facts.hours_text.get("en", "")
            t.say("question.hours", hours=hours)
        elif topic is QuestionTopic.SERVICE_AREA and facts.service_area:
            place = next((p for p in facts.service_area if p.lower() in u.text.lower()), None)
            if place:
                t.say("question.service_area.yes", place=place)
            else:
                t.say("question.service_area", area=", ".join(facts.service_area[:6]))
        elif topic is QuestionTopic.PRICE and u.service and u.service.confidence >= sure:
            service = facts.service(u.service.value)
            if service is not None:
                name = speech.service_name(service.name, facts.language, lang)
                quote(t, name, service.price_low_cents or 0, service.price_high_cents or 0)


def quote(t: Turn, name: str, low: int, high: int) -> None:
    """A price range as said; never "$0 to $0": no set price is the technician's to quote on
    site."""
    high = max(high, low)
    name = name[:1].upper() + name[1:]  # it starts the sentence
    if high <= 0:
        t.say("question.price.on_site", service=name)
    elif low <= 0:
        t.say("question.price.up_to", service=name, high=speech.money(high))
    elif low == high:
        t.say("question.price.fixed", service=name, low=speech.money(low))
    else:
        t.say("question.price", service=name, low=speech.money(low), high=speech.money(high))


def catalogue_range(t: Turn) -> bool:
    """Say what a visit usually costs across the catalogue's priced, non-emergency jobs;
    False (nothing said) when no job has a price."""
    priced = [s for s in t.facts.services if not s.emergency and (s.price_high_cents or 0) > 0]
    if not priced:
        return False
    low = min(s.price_low_cents or 0 for s in priced)
    high = max(s.price_high_cents or 0 for s in priced)
    if low <= 0 or low >= high:
        t.say("question.price.any_job_up_to", high=speech.money(high))
    else:
        t.say("question.price.any_job", low=speech.money(low), high=speech.money(high))
    return True
