"""The moment the caller is asking from, said as why they are brief: "On my lunch break, quick
q: roughly what does gutter cleaning run?", "I'm on my lunch hour, how much for a drain?",
"estoy en mi hora de comida, ¿cuánto cobran?".

`day_parts` reads "on my lunch break" as the caller's lunch hour, which is right when a visit is
asked for then ("can you come on my lunch break tomorrow?"). Said of now, before a question
with no visit asked for, it is when the question is asked, never a wish: the question is
answered, not met with times.
"""

from __future__ import annotations

from datetime import time

from switchboard.assistant.understanding.model import TimeWindow
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

ON_A_BREAK = words(
    # the turn opens with it, or "I'm" says it of now
    r"^(?:(?:hi|hey|hello|ok|so|yeah|hola|buenas)(?: there)? )*(?:(?:i'm|im|i am|we're|"
    r"currently|just) )?on (?:my|our|a) lunch(?: break| hour)?",
    r"(?:i'm|im|i am|we're|we are)(?: just| currently)? on (?:my|our|a) lunch(?: break| hour)?",
    r"(?:estoy|ando|andamos|estamos) en (?:mi |la |nuestra )?(?:hora de (?:la )?(?:comida|"
    r"almuerzo|comer|lonche)|descanso|lonche|break)",
)


def said_of_now(norm: Normalised, window: TimeWindow) -> bool:
    """The turn's only time is the caller's lunch hour, said of the moment they ask from:
    the lunch span of no named day."""
    return (
        found(ON_A_BREAK, norm)
        and not window.dated
        and window.after == time(12)
        and window.before == time(13)
    )
