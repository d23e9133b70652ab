""" "Emergency" said by the caller and taken back at once: "I need him to know it's an
EMERGENCY... ok not really lol", "this is an emergency, jk", "es una emergencia, no es cierto,
jaja". A joke or an overstatement withdrawn in the next breath is no declaration: nobody is
paged for the word, and what the caller goes on to say is read as it is (a hazard named in the
turn is still judged by its own rules). "It's an emergency, not really a flood but the toilet
won't stop" withdraws nothing: the take-back must stand alone right after the word, ending
the clause: before a full stop or a comma ("EMERGENCY!!! lol not really. in laws come for
thanksgiving"), or, in speech without punctuation, before a word that starts a new one.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_WITHDRAWN = (
    r"(?:ok |okay |well |lol |haha |hahaha |jaja |jajaja |nah |no |ha )*"
    r"(?:not really(?: an emergency)?|just kidding|kidding|jk|j k|jking|just joking|joking|"
    r"i'm kidding|i'm joking|"
    r"not an emergency|no es cierto|es broma|(?:nomas|nada mas|solo) (?:es )?broma|bromeo|"
    r"estoy bromeando)"
)
_TAKEN_BACK = words(
    # The word, at most three words of its own, then the take-back ending there: "not really"
    # said of something else ("not really flooding") runs on into its object.
    rf"emergency(?: [\w']+){{0,3}} {_WITHDRAWN}(?: (?:lol|haha|jaja|lmao|\W))*"
    r"(?= (?:lol|haha|jaja|lmao|ok|okay|but|just|it's|its|moms?|dads?|the|i|we|he|she|tell|can|"
    r"pero|es|solo)\b|$)",
    rf"emergencia(?: [\w']+){{0,3}} {_WITHDRAWN}(?: (?:jaja|jajaja|lol))*"
    r"(?= (?:jaja|ok|pero|es|solo|nomas|la|el|mi|dile|le)\b|$)",
)


# The same take-back with whatever follows it: it stands alone when its clause ends there.
_TAKEN_BACK_ANY_FOLLOWER = words(
    rf"emergency(?: [\w']+){{0,3}} {_WITHDRAWN}(?: (?:lol|haha|jaja|lmao))*",
    rf"emergencia(?: [\w']+){{0,3}} {_WITHDRAWN}(?: (?:jaja|jajaja|lol))*",
)


def _ends_its_clause(norm: Normalised, end: int) -> bool:
    following = norm.token_index(end) + 1
    return following >= len(norm.tokens) or following in norm.breaks


def taken_back(norm: Normalised) -> bool:
    """The caller's own "emergency", withdrawn right after it ("... not really lol")."""
    if found(_TAKEN_BACK, norm):
        return True
    return any(
        _ends_its_clause(norm, m.end()) for m in _TAKEN_BACK_ANY_FOLLOWER.finditer(norm.text)
    )
