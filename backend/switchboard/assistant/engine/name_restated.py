"""A name said again at the read-back to put right a mishearing that did not happen: "no no
that's not it, it's Siobhan, S-I-O-B-H-A-N" when Siobhan Doyle is already the name taken, "no,
mi nombre es Guadalupe Treviño" after it was taken so. The caller cannot hear the name in the
read-back, so they fear it was heard wrong; the receptionist says the name as taken ("I have
the name as Siobhan Doyle.") and reads the booking back again, never asks "what should I
change?" about a part that needs no change. A different name goes the way of every new detail
(`names.merged`, then the read-back again)."""

from __future__ import annotations

from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.understanding import Polarity, Understanding
from switchboard.assistant.understanding.normalise import fold


def restated(t: Turn, u: Understanding, polarity: Polarity | None) -> bool:
    """The caller said "no" with a name that is the one taken, or a part of it, in this turn
    of the read-back ("no, the name is ..." too), and nothing else to change."""
    if polarity not in {Polarity.NO, Polarity.CORRECTION} or u.name is None:
        return False
    if (
        (u.change is not None and u.change.value != "name")
        or u.time
        or u.address
        or u.phone
        or "name" in t.changed
    ):
        return False
    taken = t.state.name
    if not taken:
        return False
    said = fold(u.name.value).split()
    return bool(said) and set(said) <= set(fold(taken).split())


def say_the_name(t: Turn) -> None:
    t.say("readback.name_as_taken", name=t.state.name)
