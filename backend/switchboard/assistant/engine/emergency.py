"""An emergency in a turn: one triage question when unsure, the page and the safety advice when
certain, a flood that reaches electrics later, a downgrade when the caller says it can wait."""

from __future__ import annotations

from switchboard.assistant.engine import weather_told
from switchboard.assistant.engine.booking import (
    emergency_declared,
)
from switchboard.assistant.engine.caller_facts import merge
from switchboard.assistant.engine.reply import Action, Reply
from switchboard.assistant.engine.stages import ACCOUNT_INTENTS, advance
from switchboard.assistant.engine.turn import (
    Turn,
    intent_of,
    polarity_of,
)
from switchboard.assistant.understanding import (
    Expecting,
    Hazard,
    Intent,
    Polarity,
    Understanding,
)
from switchboard.assistant.understanding.hazards import confirms, near_electrics
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.rain_through_roof import through_the_roof
from switchboard.assistant.understanding.shutoff_asked import shutoff_asked


async def handle(t: Turn, u: Understanding) -> Reply | None:
    state = t.state
    flagged = u.emergency.value if u.emergency else None
    if flagged is False:
        weather_told.settle(state)  # "it's not urgent": nothing said later pages the weather
    if flagged is False and state.emergency:
        state.emergency = False
        state.hazards = []
        if state.stage == "offering":
            # The emergency slot was offered as an emergency; routine work gets a fresh offer.
            state.stage, state.offered, state.chosen = "intake", [], None
        t.say("emergency.downgraded")
        return None
    if state.emergency:
        _escalate(t, u)
        return None
    asked = state.triage if state.expecting == Expecting.TRIAGE.value else None
    state.triage = None
    if flagged:
        return await _declare(t, u, _answered_side(asked, u))
    if asked is not None:
        state.expecting = Expecting.NOTHING.value
        # "Any morning is fine" answers a scheduling question, not "is it happening now?".
        # Nor does "sure, it's Harriet Strand": a courtesy before the name the caller thought
        # was asked for.
        said_yes = polarity_of(u) is Polarity.YES and u.time is None and not _only_a_name(u)
        if said_yes or confirms(Hazard(asked), normalise(u.text)):
            return await _declare(t, u, [asked])
        if polarity_of(u) is Polarity.NO and asked in weather_told.WEATHER_HAZARDS:
            weather_told.settle(state)  # nobody at risk, or not that hot: the caller knows
        elif (told := weather_told.completed(state, u, asked)) is not None:
            # An answer about something else, when the call already told the rest ("3
            # week old twins" earlier, the address now): the question is answered.
            return await _declare(t, u, [told])
        if _details_instead(t, u):
            # "Alan Whitcomb, 1187 Oakdale Rd": the caller gave what they thought came next,
            # and the question is still open. Kept, and asked once more, as a dispatcher does.
            return _ask_again(t, u, asked)
        t.answered_triage = True
        return None  # "no", or an answer to something else: routine, and on with the call
    if (told := weather_told.completed(state, u)) is not None:
        # The failure, the heat or cold and the person at risk, told over several turns.
        return await _declare(t, u, [told])
    # Asked while the problem is being described; a caller already choosing a time has told
    # us it can wait (certain hazards still page at any point).
    if (
        u.triage is not None
        and flagged is not False
        and state.stage == "intake"
        and intent_of(u) not in {Intent.QUESTION, *ACCOUNT_INTENTS}
    ):
        return _ask_triage(t, u, u.triage.value.value)
    return None


def _answered_side(asked: str | None, u: Understanding) -> list[str]:
    """The hazards a turn pages. An answer to the heat question ("tengo una bebé de 3 meses
    y está muy caliente") that the turn alone reads as the other weather hazard is the one
    asked about: the question set the side, the baby's heat is not a freezing house."""
    said = sorted({h.value.value for h in u.hazards})
    weather = weather_told.WEATHER_HAZARDS
    if asked in weather and said and all(h in weather for h in said):
        return [asked]
    return said


# What goes with a name said as an answer ("sure, it's ...", "sí, soy ...", "yeah my name is ...").
_NAME_OPENERS = frozenset(
    {
        *("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "si", "claro"),
        *("it's", "its", "it", "is", "this", "i'm", "im", "i", "am", "my", "name"),
        *("me", "llamo", "soy", "es", "mi", "nombre"),
    }
)


def _only_a_name(u: Understanding) -> bool:
    """The turn is a yes-word and a name, and nothing else."""
    if u.name is None:
        return False
    name = set(normalise(u.name.value).tokens)
    rest = [w for w in normalise(u.text).tokens if w not in name and w not in _NAME_OPENERS]
    return not rest


def _escalate(t: Turn, u: Understanding) -> None:
    """A flood already paged that reaches electrics later in the call ("it's running under
    the breaker box") gets that advice too, once; so do the business's own emergency words
    said only after the page ("MAIN. water main. autocorrect" after "water mail broke"); a
    caller who cannot find the shut-off is told where it usually is."""
    state = t.state
    own = Hazard.TENANT_DEFINED.value
    if own not in state.hazards and any(h.value is Hazard.TENANT_DEFINED for h in u.hazards):
        # The owner's own words were paged as another hazard: the owner's advice is theirs.
        state.hazards = [*state.hazards, own]
        t.say(f"safety.{own}")
    hazards = near_electrics(state.hazards, [u.text])
    if hazards != state.hazards:
        state.hazards = hazards
        t.say("safety.flooding_near_electrics")
    _where_shutoff(t, u)


# The hazards whose advice is to shut the main water off.
_SHUT_THE_WATER = {Hazard.FLOODING.value, Hazard.FLOODING_NEAR_ELECTRICS.value}


def _where_shutoff(t: Turn, u: Understanding) -> None:
    """Told to shut off the water, the caller does not know where: where it usually is."""
    if _SHUT_THE_WATER & set(t.state.hazards) and shutoff_asked(u.text):
        t.say("safety.where_shutoff")


def _ask_triage(t: Turn, u: Understanding, hazard: str) -> Reply | None:
    """One question decides an uncertain hazard, as a dispatcher asks it; never twice."""
    state = t.state
    if hazard in state.triaged:
        return None
    state.triaged.append(hazard)
    state.triage = hazard
    merge(t, u)
    _note_problem(t, u)
    t.say(f"triage.{hazard}")
    state.expecting = Expecting.TRIAGE.value
    return Reply(t.text())


def _details_instead(t: Turn, u: Understanding) -> bool:
    """The answer to the triage question is only the caller's details (a name, an address, a
    number), with no yes or no, no time and no question; asked again at most once a call."""
    if t.state.triage_asked_again or polarity_of(u) is not None or u.time is not None:
        return False
    if intent_of(u) is Intent.QUESTION:
        return False
    return u.name is not None or u.address is not None or u.phone is not None


def _ask_again(t: Turn, u: Understanding, hazard: str) -> Reply:
    state = t.state
    state.triage_asked_again = True
    state.triage = hazard
    merge(t, u)
    t.say("triage.again")
    t.say(f"triage.{hazard}")
    state.expecting = Expecting.TRIAGE.value
    return Reply(t.text())


def _note_problem(t: Turn, u: Understanding) -> None:
    if t.state.problem is None and len(u.text.split()) >= 3:
        t.state.problem = u.text[:200]


async def _declare(t: Turn, u: Understanding, hazards: list[str]) -> Reply:
    """A confirmed emergency: page now, speak the safety advice, then the fastest help."""
    state = t.state
    state.emergency = True
    # Water through a roof the call told opened earlier is the roof's breach, not a flood.
    roof_asked = Hazard.ROOF_BREACH.value in state.triaged
    hazards = through_the_roof(hazards, [state.problem or ""], u.text, t.facts.trades, roof_asked)
    state.hazards = near_electrics(hazards, [state.problem or "", u.text])
    emergency_declared(state)
    merge(t, u)
    _note_problem(t, u)
    urgent = t.facts.emergency_service()
    if urgent is not None:
        state.service_id = urgent.id
    if state.problem is None:
        state.problem = "emergency"
    # Page now, inside this turn: the owner must not wait for the call to end.
    await t.world.page_owner("emergency", state.captured())
    state.owner_paged = True
    for hazard in state.hazards:
        t.say(f"safety.{hazard}")
    _where_shutoff(t, u)
    # The business's own emergency words already say "we'll treat this as urgent": the
    # acknowledgement then only says who is being alerted, so the urgency is said once.
    if Hazard.TENANT_DEFINED.value in state.hazards:
        t.say("emergency.alerting")
    else:
        t.say("emergency.acknowledge")
    number = t.facts.emergency_transfer_number
    if number and t.channel == "voice":
        t.say("emergency.transfer")
        whisper = "Emergency: " + ", ".join(state.hazards or ["urgent job"])
        return Reply(
            t.text(),
            actions=(Action("transfer", number=number, whisper=whisper),),
            outcome="emergency_transfer",
        )
    reply = await advance(t, u, True)
    return reply or Reply(t.text(), outcome="emergency")
