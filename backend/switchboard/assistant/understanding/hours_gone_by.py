"""Hours of something the caller already did, told as part of their story: "we danced until
two in the morning", "I was up till 3 with the baby", "we stayed at the ER until 5 am",
"the kids partied till midnight". Said with a past verb and "until", the hour is when that
ended, never a wish for a visit ("I'm stuck at work until 4" and "I work till 4" are the
caller's limits and stay so; `clock_times`). `timeprefs.NOT_A_TIME` leaves these out.
"""

from __future__ import annotations

# Who did it: the caller, their household, or "everyone".
_WHO = (r"(?:i|we|they|he|she|everyone|everybody|the (?:kids|family|guests|party)|"
        r"my (?:wife|husband|son|daughter|kids|family))")  # fmt: skip
# What they did, in the past: a regular past form ("danced", "stayed", "worked") or a common
# irregular one. "I'm tied up until 4" is not past: a form of "be" before it is never taken.
_DID = (r"(?:[a-z]+ed|was|were|got|sat|slept|went|kept|ran|drove|ate|spent|stood|left|"
        r"had|did|woke|came)")  # fmt: skip
_HOUR = r"(?:[0-9]{1,2}(?::[0-9]{2})?|12 pm|midnight)"

HOURS_GONE_BY = (
    rf"{_WHO}(?: (?:just|all|both|only))? {_DID}(?: (?!until|till|til)[a-z']+){{0,3}} "
    rf"(?:until|till|til) {_HOUR}(?: ?(?:am|pm|oclock))?"
    r"(?: (?:in the morning|at night|last night|that night|the night before))?",
)
