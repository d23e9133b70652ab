"""What the caller only believed, either way.

- An all-clear only believed: "we thought it was just the battery", "pensamos que ya estaba
  bien". Told as what they thought, before what is happening now, it clears nothing: the
  thought is why they are calling late, not a finding.
- A hazard only feared, then put right in the same breath: "my wife heard it hissing and
  thought the house was flooding, but it's just the tank filling", "pensé que era una fuga
  de gas pero nomás era el drenaje". The hazard is the mistaken belief, not what is there.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

# Each a fixed width, as a look-behind needs.
_BELIEVED = (
    "thought ",
    "thought that ",
    "figured ",
    "figured that ",
    "assumed ",
    "assumed that ",
    "guessed ",
    "hoped ",
    "thinking ",
    "pense que ",
    "pensaba que ",
    "pensamos que ",
    "pensabamos que ",
    "crei que ",
    "creia que ",
    "creimos que ",
    "creiamos que ",
    "supuse que ",
    "supusimos que ",
)
_NOT_AFTER_A_BELIEF = "".join(f"(?<!{belief})" for belief in _BELIEVED)


def unless_believed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, unless it follows a word of belief ("thought", "creímos que")."""
    return re.compile(_NOT_AFTER_A_BELIEF + pattern.pattern, pattern.flags)


# A belief that may be mistaken ("thought", "was afraid", "creí que").
_FEARED = words(
    r"(?:thought|thinks|figured|assumed|was afraid|were afraid|was scared|were scared|"
    r"was worried|were worried|feared|freaked out thinking|pense|pensaba|pensamos|penso|"
    r"crei|creia|creimos|creyo|tenia miedo de)(?: that| que)?"
)
# What it turned out to be, said against the belief ("but it's just the tank filling",
# "turns out it was the dryer", "pero nomás era el drenaje"). Not the belief's own words ("we
# thought it was just the battery": an all-clear only believed).
_PUT_RIGHT = words(
    r"but (?:it's|its|it is|it was|that's|thats|that is|that was)(?: really)? (?:just|only|"
    r"simply|actually|nothing but)",
    r"(?:but )?(?:it )?(?:turns|turned) out",
    r"pero (?:nomas|nada mas|solo|solamente) (?:era|es|fue)",
    r"pero (?:era|es|fue) (?:nomas|nada mas|solo|solamente)",
    r"(?:pero )?(?:resulta|resulto) que",
)
FEAR_REACH = 16  # tokens from the belief to what put it right


def believed_then_put_right(norm: Normalised) -> list[tuple[int, int]]:
    """From a belief to what put it right, when it is put right within reach: a hazard named
    in between is what was feared, not what is happening."""
    spans = []
    for belief in _FEARED.finditer(norm.text):
        at = norm.token_index(belief.start())
        limit = len(" ".join(norm.tokens[: at + 1 + FEAR_REACH]))
        right = _PUT_RIGHT.search(norm.text, belief.end(), limit)
        # Something was believed in between ("thought the house was flooding, but ...").
        if right is not None and len(norm.text[belief.end() : right.start()].split()) >= 2:
            spans.append((belief.end(), right.start()))
    return spans
