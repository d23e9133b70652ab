"""The problem as the caller meant it, once a text puts a word of it right after the phone's
autocorrect ("Water mail broke ..." then "MAIN. water main. autocorrect"): the problem is kept
put right, for the owner and the technician, and what it names now is heard (the business's own
emergency words, a hazard, the job), as if it had been typed so."""

from __future__ import annotations

from dataclasses import replace

from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.understanding import Context, Expecting, Understanding, understand
from switchboard.assistant.understanding.autocorrect import only_put_right, put_right


def with_problem_put_right(
    u: Understanding, text: str, context: Context, state: DialogState
) -> Understanding:
    """`u`, with what the problem put right says added to it; `state.problem` put right."""
    fixed = put_right(state.problem, text)
    if fixed is None:
        return u
    state.problem = fixed[:200]
    meant = understand(fixed, replace(context, expecting=Expecting.PROBLEM))
    heard = {h.value for h in u.hazards}
    hazards = (*u.hazards, *(h for h in meant.hazards if h.value not in heard))
    emergency = u.emergency if u.emergency is not None else meant.emergency
    # "MAIN. water main. autocorrect" says only the word: its job is the problem's, not the
    # word's own ("main" is no "main line" sewer job).
    service = meant.service if only_put_right(text) or u.service is None else u.service
    return replace(u, hazards=hazards, emergency=emergency, service=service)
