"""Questions answered from the tenant's own data; anything else is taken as a message."""

from __future__ import annotations

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.engine.world import TenantFacts
from switchboard.assistant.understanding import (
    QuestionTopic,
    Understanding,
)


async def answer(t: Turn, u: Understanding) -> bool:
    """Answer from the tenant's data; False when it has no answer (the question is then
    passed to the owner as a message)."""
    topic = u.question.value if u.question else QuestionTopic.OTHER
    facts, lang = t.facts, t.state.language
    if topic is QuestionTopic.HOURS and facts.hours_text:
        t.say("question.hours", hours=facts.hours_text.get(lang) or facts.hours_text.get("en", ""))
    elif topic is QuestionTopic.SERVICE_AREA and facts.service_area:
        place = next((p for p in facts.service_area if p.lower() in u.text.lower()), None)
        if place:
            t.say("question.service_area.yes", place=place)
        else:
            t.say("question.service_area", area=", ".join(facts.service_area[:6]))
    elif topic in {QuestionTopic.PRICE, QuestionTopic.SERVICE_OFFERED} and u.service:
        service = facts.service(u.service.value)
        if service and topic is QuestionTopic.PRICE and service.price_low_cents is not None:
            t.say(
                "question.price",
                service=service.name,
                low=speech.money(service.price_low_cents),
                high=speech.money(service.price_high_cents or service.price_low_cents),
            )
        elif service:
            t.say("question.service_offered.yes", service=service.name)
    else:
        answer = faq(facts, u.text)
        if answer:
            t.said.append(answer)
        else:
            # "I'll take a message" must be true: the owner gets the question to answer.
            t.say("question.unknown")
            await take_message(t, "question", u.text)
            return False
    return True


async def take_message(t: Turn, reason: str, question: str) -> None:
    state = t.state
    if state.callback_created:
        return
    await t.world.create_callback(reason, {**state.captured(), "question": question[:200]})
    state.callback_created = True


def faq(facts: TenantFacts, text: str) -> str | None:
    words = set(text.lower().split())
    best, best_score = None, 0
    for keywords, answer in facts.faq:
        wanted = set(keywords.lower().split())
        score = len(words & wanted)
        if wanted and score >= max(1, len(wanted) // 2) and score > best_score:
            best, best_score = answer, score
    return best
