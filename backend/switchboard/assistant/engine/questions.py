"""Questions answered from the tenant's own data; anything else is taken as a message."""

from __future__ import annotations

import re

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.more_questions import (
    answer_the_others,
    catalogue_range,
    quote,
)
from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.engine.world import TenantFacts
from switchboard.assistant.understanding import (
    Extracted,
    QuestionTopic,
    ServiceOption,
    Understanding,
)
from switchboard.assistant.understanding.fit_asked import fit_asked
from switchboard.assistant.understanding.intent import detect_question
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.phrases import found, words
from switchboard.assistant.understanding.place_asked import job_in_place, place_asked
from switchboard.assistant.understanding.price_terms import OTHER_RATES, VISIT_FEE
from switchboard.assistant.understanding.question_topics import (
    OFFERED,
    OTHER_Q,
    PRICE,
    trades_named,
)
from switchboard.assistant.understanding.services import GENERIC, match_service
from switchboard.assistant.understanding.spanish_trade import in_english


async def answer(t: Turn, u: Understanding) -> bool:
    """Answer from the tenant's data; False when it has no answer (the question is then
    passed to the owner as a message). Later questions of the turn that the settings answer
    are answered after the first (`more_questions`)."""
    answered = await _answer_first(t, u)
    if answered and u.question:
        answer_the_others(t, u, u.question.value, SURE_SERVICE)
    return answered


async def _answer_first(t: Turn, u: Understanding) -> bool:
    topic = u.question.value if u.question else QuestionTopic.OTHER
    facts, lang = t.facts, t.state.language
    if topic is QuestionTopic.SERVICE_OFFERED and terms_offered(u.text):
        # "Do y'all offer financing on roof repairs?" asks about the financing, which only
        # the owner (or an FAQ answer) can speak for, not whether roof repairs are done.
        topic = QuestionTopic.OTHER
    if topic is QuestionTopic.SERVICE_OFFERED and _asks_about_something_else(u, facts):
        # Not a job in the catalogue: the owner's own answer if written, else said plainly.
        written = faq(facts, u.text)
        if written:
            t.said.append(written)
            return True
        t.say("question.service_offered.unknown")
        await take_message(t, "question", u.text)
        return False
    if topic is QuestionTopic.HOURS and facts.hours_text:
        t.say("question.hours", hours=facts.hours_text.get(lang) or facts.hours_text.get("en", ""))
    elif topic is QuestionTopic.SERVICE_AREA and facts.service_area:
        # "Do you service furnaces?" names a job after the asking words, not a place; "do you
        # go into Manhattan" names a place, whatever job the turn speaks of.
        asked = place_asked(u.text)
        if asked and (
            (u.service and not (_GOING_TO.search(u.text) or job_in_place(u.text.lower())))
            or match_service(normalise(asked), facts.service_options()) is not None
        ):
            asked = None
        # The place asked about, not one said before it ("she's staying with us in Queens, do
        # you go into Manhattan?" asks about Manhattan) nor after it as a landmark ("Roswell?
        # right by the Marietta line" asks about Roswell).
        text = u.text.lower()
        after = text
        if asked and asked.lower() in text:
            # its own words and the next two ("castle rock" said where "castle" was heard)
            words = text[text.rfind(asked.lower()) :].split()
            after = " ".join(words[: len(asked.split()) + 2])
        place = next((p for p in facts.service_area if p.lower() in after), None)
        if place:
            t.say("question.service_area.yes", place=place)
        elif asked:
            # "Do you service Littleton?" and Littleton is not listed: said plainly.
            area = ", ".join(facts.service_area[:6])
            t.say("question.service_area.not_listed", place=asked, area=area)
        else:
            t.say("question.service_area", area=", ".join(facts.service_area[:6]))
    elif (
        topic in {QuestionTopic.PRICE, QuestionTopic.SERVICE_OFFERED}
        and (job := _job_asked_about(t, u))
        and (job.confidence >= SURE_SERVICE or topic is QuestionTopic.SERVICE_OFFERED)
        and facts.service(job.value)
    ):
        service = facts.service(job.value)
        assert service is not None
        name = speech.service_name(service.name, facts.language, lang)
        rest = _unanswered_second_question(u, facts) or _terms_left_unanswered(u, facts)
        if topic is QuestionTopic.PRICE:
            quote(t, name, service.price_low_cents or 0, service.price_high_cents or 0)
        elif rest:
            t.say("question.service_offered.yes_only", service=name)
        else:
            t.say("question.service_offered.yes", service=name)
        if rest:
            # "Do you install metal roofs, and are you certified for the warranty?": the
            # second question is the owner's to answer, not dropped behind the first's answer.
            t.say("question.unknown")
            await take_message(t, "question", u.text)
            return False
    elif topic is QuestionTopic.PRICE and _visit_fee_asked(u) and catalogue_range(t):
        # "What do you guys charge just to show up?": no job named yet, so what a visit
        # costs across the catalogue; the job told next is booked as usual.
        pass
    else:
        answer = faq(facts, u.text)
        if answer:
            t.said.append(answer)
        else:
            # "I'll take a message" must be true: the owner gets the question to answer.
            t.say("question.unknown")
            await take_message(t, "question", u.text)
            return False
    if _unanswered_second_question(u, facts):
        # "Do you install metal roofs, and are you certified with the manufacturer?": the
        # first is answered, the second goes to the owner, as a lone unknown question does.
        t.say("question.unknown")
        await take_message(t, "question", u.text)
        return False
    return True


def _job_asked_about(t: Turn, u: Understanding) -> Extracted[str] | None:
    """The job a price or a "do you do it?" is about: the one the words name, or, beside a
    question whether the job suits what the house has ("will it even work with an old steam
    boiler? and roughly what does install cost"), the job already told."""
    if t.state.service_id and not u.visit_requested and fit_asked(normalise(u.text)):
        return Extracted(t.state.service_id, 0.9)
    return u.service


def _visit_fee_asked(u: Understanding) -> bool:
    """ "What do you charge just to show up?": what a visit costs, no job named, no term
    (a licence, a discount) nor another rate (an emergency's, a weekend's) asked with it."""
    norm = normalise(u.text)
    return (
        u.service is None
        and found(VISIT_FEE, norm)
        and not found(OTHER_RATES, norm)
        and not found(TERMS, norm)
    )


# Asking words of going somewhere, which name a place and never a job.
_GOING_TO = re.compile(r"\b(?:come|go|get|drive|travel)(?: out| up| down| over)? (?:to|into)\b")


# Where a second question joins the first: ", and are you certified ...", "and do you offer
# financing?", "y tienen garantía?".
_SECOND_QUESTION = re.compile(
    r"(?:,|\band\b|\balso\b|\bplus\b|\by\b)\s+(?:also\s+)?"
    r"(?=(?:are|is|do|does|can|could|will|would|have|did)\s+(?:you|y'?all|u|they)\b|"
    r"(?:est[aá]n|son|tienen|dan|aceptan|ofrecen|manejan)\b)"
)


def _unanswered_second_question(u: Understanding, facts: TenantFacts) -> bool:
    """A second question in the turn, about something the tenant's data does not answer
    (a certification, a warranty, a licence): not one of the topics answered from the
    settings, and no FAQ entry for it."""
    for m in _SECOND_QUESTION.finditer(u.text.lower()):
        rest = u.text[m.end() :]
        norm = normalise(rest)
        # It starts by asking ("are you certified", "están certificados") and about none of
        # the topics the settings answer. (The turn's text is normalised: no question mark.)
        asks = OTHER_Q.match(norm.text) is not None
        topic = detect_question(norm)
        if not asks or (topic is not None and topic.value is not QuestionTopic.OTHER):
            continue
        return faq(facts, rest) is None
    return False


def _asks_about_something_else(u: Understanding, facts: TenantFacts) -> bool:
    """ "We'll need a new boiler. Do you offer financing?": what "do you offer" asks about is
    what follows it. When that is several words and names no service, the question is not
    whether the business does the job mentioned elsewhere in the turn ("is that something
    you do?" has nothing after it, so the job said before is what it asks about)."""
    m = OFFERED.search(u.text)
    if m is None:
        return False
    catalogue = facts.service_options()
    # The question ends at its question mark: "do you offer a senior discount? I'd like a
    # tune-up" asks about the discount ...
    end = next((e for e in u.clause_ends if e > m.end()), len(u.text))
    tail = normalise(u.text[m.end() : end])
    asked = [w for w in tail.tokens if w not in _FILLER]
    if match_service(tail, catalogue) is not None:
        return False
    named = trades_named(tail.text)
    if named and facts.trades and not named & set(facts.trades):
        # "do u guys also do electrical?" of a plumber: another trade, asked by its name.
        return True
    if len(asked) < 2 and not _other_trade_thing(asked, catalogue):
        return False
    # ... unless the thing it asks about is the one the rest of the turn has the job on ("a
    # limb crushed our shed's roof. Do you do small sheds?").
    rest = f"{u.text[: m.start()]} {u.text[end:]}".split()
    said_elsewhere = any(w.rstrip("s") in {r.rstrip("s") for r in rest} for w in asked)
    whole_tail = normalise(u.text[m.end() :])
    return not (said_elsewhere and match_service(whole_tail, catalogue) is not None)


def _other_trade_thing(asked: list[str], catalogue: tuple[ServiceOption, ...]) -> bool:
    """One word asked about ("¿instalan minisplits?", "do you do minisplits") that the trade
    lexicon knows as a thing of some trade ("minisplit" is an AC), and that the catalogue does
    not list under either name: a job the business does not list. A word the lexicon does not
    know ("do you do drains?" for a catalogue that says "drain cleaning" is matched above;
    "do you do plumbing?") is never taken for one."""
    if len(asked) != 1:
        return False
    said = " ".join(asked)
    twin = in_english(said)
    if twin == said or all(w in GENERIC for w in twin.split()):
        return False  # "¿hacen mantenimiento?": work of any trade, not a thing of one
    return match_service(normalise(twin), catalogue) is None


# Terms and credentials only the owner can speak for (unless an FAQ answer says them):
# licences, insurance, certifications, warranties, guarantees, financing, payment, discounts.
TERMS = words(
    r"licen[cs]ed?|insured|insurance|bonded|certifi\w*|warrant\w*|guarantee\w*|financ\w*|"
    r"(?:take|accept) (?:credit|cards?|checks?|payments?)",
    r"payment plans?|(?:monthly|installment) (?:payments|plans?)|pay (?:over time|in "
    r"installments)|layaway|discounts?|coupons?|rebates?|promotions?|promos?|specials|"
    r"price[ -]?match\w*",
    r"licencia\w*|asegurad\w*|garantia\w*|financiamiento|credito|planes? de pagos?|"
    r"pagos? (?:a plazos|mensuales|diferidos)|a plazos|meses sin intereses|descuentos?|"
    r"cupones?|promociones?|rebajas?",
)


def terms_offered(text: str) -> bool:
    """ "Do you offer payment plans on a new roof?", "¿ofrecen descuento en la instalación?":
    what the question asks to be offered (its first words) is a term of business, not a job."""
    m = OFFERED.search(text) or _OFFER_ES.search(text)
    if m is None:
        return False
    asked = [w for w in text[m.end() :].split() if w not in _FILLER][:3]
    return found(TERMS, normalise(" ".join(asked)))


_OFFER_ES = words(r"(?:ofrecen|manejan|tienen|dan|hacen)")


def _terms_left_unanswered(u: Understanding, facts: TenantFacts) -> bool:
    """A question about terms asked after the one answered, in a clause of its own, with no
    written answer."""
    first = next((m.end() for m in (OFFERED.search(u.text), PRICE.search(u.text)) if m), None)
    if first is None:
        return False
    end = next((e for e in u.clause_ends if e > first), None)
    if end is None:
        return False
    rest = normalise(u.text[end:])
    return found(TERMS, rest) and faq(facts, rest.text) is None


_FILLER = {"a", "an", "the", "any", "some", "kind", "of", "sort", "type", "that", "this", "it",
           "those", "these", "you", "guys", "all", "too", "also", "ever", "please"}  # fmt: skip


# A price is quoted only for a job the words surely name: one service's range is never read
# out for another job that merely sounds like it.
SURE_SERVICE = 0.75


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
