"""The number to call back pointed at rather than said: the line the caller is on ("the one
I'm calling from", "this number's fine", "same number", "al mismo del que le hablo") or one
the owner already has ("he's got my cell", "ya tiene mi número"). Asked for the best number,
that answers it: the caller ID (or the owner's own records) is the number, and the caller is
not asked again. Digits said in the turn are a number said, and win over any of this."""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_LINE = r"(?:number|one|line|phone|cell|cell phone|phone number|cell number)"
_OWNER = r"(?:he|she|they|you|y'all|the owner|the boss|your boss|[a-z]+)"
POINTED_AT = words(
    # "the one I'm calling from", "the number I called on", "this phone I'm on"
    rf"(?:the|this|that) {_LINE} (?:i'm|im|i am|i was|i|i've been)(?: (?:calling|called|"
    r"phoning|ringing)(?: you| in)?)? (?:from|on|with)",
    # "this number is fine", "this line works", "that cell's good"
    r"(?:this|that) (?:number|line|cell|phone number|phone)(?:'s| is|s)?(?: (?:here|right "
    r"here))?(?: is)? (?:fine|good|ok|okay|best|great|works|will work|would work|will do|"
    r"the best)",
    # "call me back at this number", "reach me on this line", "same number"
    r"(?:at|on|to|use|call) (?:this|the same|same) (?:number|line|phone|cell)",
    r"same (?:number|one|line|cell)(?: (?:as|i'm|im|is|works|you have))?$",
    # The owner has it: "he's got my number", "the owner has my cell"
    rf"{_OWNER}(?:'s|'ve| has| have| already has| already have|s)?(?: already)? (?:got|has|have)"
    r" my (?:number|cell|cell number|phone number|info|contact info)",
    # "al mismo", "a este número", "el número del que le estoy llamando"
    r"(?:a |al |el )?(?:este|ese|el mismo|al mismo) (?:numero|telefono|celular|cel)",
    r"(?:al|el) mismo(?: numero| telefono| celular)?(?: (?:del|de donde|desde el) que)?",
    r"(?:numero|telefono|celular|cel)? ?(?:del que|desde el que|de donde|con el que) (?:le |les )?"
    r"(?:estoy llamando|llamo|hablo|estoy hablando|marque|marco)",
    r"(?:ya )?(?:tiene|tienen) mi (?:numero|telefono|celular|cel)",
)


def number_pointed_at(norm: Normalised) -> bool:
    """The caller points at a number rather than saying it."""
    return found(POINTED_AT, norm)
