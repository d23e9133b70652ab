"""An all-clear the caller only believed: "we thought it was just the battery", "pensamos que
ya estaba bien". Told as what they thought, before what is happening now, it clears nothing:
the thought is why they are calling late, not a finding.
"""

from __future__ import annotations

import re

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
