"""The scope of a hazard mention: whether what the caller names is happening here and now.

A mention is read within its clause and a window of words either side: past, preventive, an
install, a brief nuisance, only warned of or chosen, all clear since, or a day gone by
(`hazard_days_gone`) put it out of scope; a "now" that is not denied keeps it current.
`hazards` collects the mentions; this module judges each one.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.aside_dismissed import aside_ends
from switchboard.assistant.understanding.hazard_containment import (
    DELIBERATE,
    HELD_OR_SHUT,
    SMALL_NOW,
    STAYED_DRY,
    WARNED,
    old_marks,
    restored,
)
from switchboard.assistant.understanding.hazard_days_gone import gone_by
from switchboard.assistant.understanding.hazard_hearsay import in_jest_or_on_paper, warned_by_others
from switchboard.assistant.understanding.hazard_plain_words import LINE_LYING
from switchboard.assistant.understanding.hazard_scope_words import (
    ALL_CLEAR,
    FEELING_NOW,
    HYPOTHETICAL_SCOPE,
    NOW_SCOPE,
    PAST_SCOPE,
    PRESENT_HAZARD,
    PREVENTIVE_SCOPE,
    ROUTINE_SCOPE,
    VISIT_WISH,
)
from switchboard.assistant.understanding.hazard_words import RESOLVED
from switchboard.assistant.understanding.heat_figures import heat_figures
from switchboard.assistant.understanding.mistaken_beliefs import believed_then_put_right
from switchboard.assistant.understanding.model import Hazard
from switchboard.assistant.understanding.moved_in_lately import without_moving_in
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words
from switchboard.assistant.understanding.power_cut_off import cut_off_signs
from switchboard.assistant.understanding.smell_as_it_died import smell_as_it_died
from switchboard.assistant.understanding.weather_hazards import FAILED_LATELY

# Water hazards the caller can say have settled ("it stopped when the rain stopped").
SETTLES_DOWN = {Hazard.FLOODING, Hazard.SEWAGE_BACKUP, Hazard.ROOF_BREACH}

# An all-clear with its "now" ("ahorita todo funciona bien", "it's running fine right now").
_CLEAR_NOW = re.compile(
    rf"(?:(?:right now|now|ahorita|ahora) )?(?:{ALL_CLEAR.pattern})(?: (?:right now|now|ahorita))?"
)
_LINE_LYING = words(*LINE_LYING)
SCOPE_WINDOW = 10  # tokens either side of a mention, within its clause


def _scope_text(
    norm: Normalised, start: int, end: int, tokens: tuple[str, ...] | None = None
) -> str:
    first = norm.token_index(start)
    last = norm.token_index(max(start, end - 1))
    # Backwards across a comma ("every time it rains, the porch floods"), forwards to the
    # end of the clause.
    lo = max(0, first - SCOPE_WINDOW)
    next_break = min((b for b in norm.breaks if b > last), default=len(norm.tokens))
    hi = min(next_break, last + 1 + SCOPE_WINDOW)
    return " ".join((norm.tokens if tokens is None else tokens)[lo:hi])


def _without_all_clear(norm: Normalised) -> tuple[str, ...]:
    """The turn's tokens with every all-clear ("ahorita todo funciona bien") and every "now"
    of a feeling or a wish ("so now I'm paranoid") blanked out, so that "now" keeps nothing
    current, however the scope window cuts it."""
    spans = [m.span() for p in (_CLEAR_NOW, FEELING_NOW, SMALL_NOW) for m in p.finditer(norm.text)]
    if not spans:
        return norm.tokens
    out, offset = [], 0
    for token in norm.tokens:
        start, offset = offset, offset + len(token) + 1
        inside = any(a <= start < b for a, b in spans)
        out.append("~" if inside else token)
    return tuple(out)


def out_of_scope(norm: Normalised, start: int, end: int) -> bool:
    """A mention that is past, preventive, an install or a brief recurring nuisance, and
    not said to be happening now."""
    # When the caller moved in ("we just moved in 2 weeks ago and ...") dates no hazard.
    near = without_moving_in(_scope_text(norm, start, end))
    # Only warned of ("could get electrocuted"), or chosen ("because I had the city shut it
    # off"): whatever "now" the turn says, unless the hazard itself is said in the present.
    # So is a mark left over, said as what is there now ("now there's a little scorch mark").
    within = [m.span() for p in (WARNED, SMALL_NOW) for m in p.finditer(norm.text)]
    # Or passed on as someone's claim ("my neighbor swears those things can electrocute you").
    within += warned_by_others(norm)
    # Or said in jest, or found written in a report ("the inspection report has the words
    # 'possible sewage intrusion'", "he keeps joking this is how people get electrocuted").
    within += in_jest_or_on_paper(norm)
    # Or only feared, and put right in the same breath ("thought the house was flooding, but
    # it's just the tank filling").
    within += believed_then_put_right(norm)
    # Or a burning smell told as how a machine quit ("then like a burning smell and it quit").
    within += smell_as_it_died(norm)
    # Or a mark told as old ("an old burn mark on the switch plate").
    within += old_marks(norm)
    # Or a sign told as what it did before the power was cut and left off ("the breaker that
    # was sparking is still flipped off").
    within += cut_off_signs(norm)
    warned = any(a <= start and end <= b for a, b in within)
    if (warned or DELIBERATE.search(near)) and not PRESENT_HAZARD.search(near):
        return True
    # "Now" keeps a mention current, unless it is denied ("not raining now", "nothing's
    # wrong right now") or says that all is well now ("it's running fine now").
    current = _scope_text(norm, start, end, _without_all_clear(norm))
    # A "now" after the mention and a past marker that follows it is about the next thing
    # ("the heater burst two years ago and we replaced it, now the shower drips").
    first = norm.token_index(start)
    lo = max(0, first - SCOPE_WINDOW)
    said_at = len(" ".join(norm.tokens[lo : norm.token_index(max(start, end - 1)) + 1]))
    past_after = min((m.start() for m in PAST_SCOPE.finditer(current, said_at)), default=None)
    # So is a "now" after an all-clear that follows the mention ("we had the basement flood,
    # it's all dried out now, but the floor drain is slow now"; "eso ya quedó, ahorita nomás es
    # el inodoro"): the all-clear is blanked out of `current` as "~".
    cleared_after = current.find("~", said_at)
    if cleared_after >= 0 and (past_after is None or cleared_after < past_after):
        past_after = cleared_after
    if any(
        not re.search(
            r"\b(?:not|isn't|no|nothing|nothing's|ain't|nada)(?: (?!and |but |y |pero )\S+){0,2} $",
            current[: m.start()],
        )
        and (past_after is None or m.start() < past_after)
        for m in NOW_SCOPE.finditer(current)
    ):
        return False
    if any(p.search(near) for p in (PREVENTIVE_SCOPE, ROUTINE_SCOPE)):
        return True
    if PRESENT_HAZARD.search(near):
        return False  # "we had a pipe burst and water is everywhere"
    return (
        any(p.search(near) for p in (PAST_SCOPE, ALL_CLEAR))
        or HYPOTHETICAL_SCOPE.search(VISIT_WISH.sub(" ", near)) is not None
        # A line lying where it fell is there now, whatever day brought it down.
        or (
            gone_by(*map(without_moving_in, _clause_text(norm, start, end)))
            and not _LINE_LYING.search(near)
        )
    )


def _clause_text(norm: Normalised, start: int, end: int) -> tuple[str, str]:
    """The mention's own clause within the scope window, and the rest of the clause after it:
    a day gone by told in the sentence before ("the furnace came on last night. this morning
    we all have headaches") is not the mention's."""
    first = norm.token_index(start)
    last = norm.token_index(max(start, end - 1))
    lo = max(norm.clause_start(first), first - SCOPE_WINDOW)
    next_break = min((b for b in norm.breaks if b > last), default=len(norm.tokens))
    hi = min(next_break, last + 1 + SCOPE_WINDOW)
    return " ".join(norm.tokens[lo:hi]), " ".join(norm.tokens[hi:next_break])


def failed_now(norm: Normalised, said: tuple[re.Pattern[str], ...]) -> bool:
    """Heat or cooling failed and still out: a failure said in the present, or one that began
    lately ("stopped about an hour ago"), and nothing says it works again since."""
    mentions = [m for p in said for m in affirmed(p, norm)]
    current = found(FAILED_LATELY, norm) or any(
        not out_of_scope(norm, m.start(), m.end()) for m in mentions
    )
    return bool(mentions) and current and not restored(norm, said)


def turn_out_of_scope(norm: Normalised) -> bool:
    """The whole turn speaks of the past, of prevention, of an install or of a brief
    nuisance, and nowhere of now: what the meaning model leans to is not happening."""
    return bool(norm.text) and out_of_scope(norm, 0, len(norm.text))


def all_clear(norm: Normalised, hazards: list[Hazard] | tuple[Hazard, ...] = ()) -> bool:
    """The caller says nothing is happening now ("nothing's wrong right now"), or, of water,
    that it has stopped ("it stopped when the rain stopped") and nothing says it is back."""
    if found(PRESENT_HAZARD, norm):
        return False  # "nothing's wrong with the toilet but sewage is coming up"
    # Of water: stopped, never got in ("it's been dry"), or held ("I put a bucket under it").
    settled = (RESOLVED, STAYED_DRY, HELD_OR_SHUT)
    return found(ALL_CLEAR, norm) or (
        any(h in SETTLES_DOWN for h in hazards) and any(found(p, norm) for p in settled)
    )


def now_or_scoped(pattern: re.Pattern[str], norm: Normalised) -> tuple[bool, bool]:
    """(said now, said only out of scope): un-negated mentions split by their scope."""
    now = scoped = False
    # "The back bedroom is on fire, that's how hot it gets": a figure of speech, no mention.
    figures = heat_figures(norm)
    # Small talk the caller set aside ("... redoing the water main, but that's not why I'm
    # calling"): no mention at all.
    aside = aside_ends(norm)
    for match in affirmed(pattern, norm):
        if any(match.start() < b and a < match.end() for a, b in figures):
            continue
        if aside is not None and match.end() <= aside:
            continue
        if out_of_scope(norm, match.start(), match.end()):
            scoped = True
        else:
            now = True
    return now, scoped and not now
