"""A smell the caller names as something other than gas: a dead animal in the ducts, mildew,
a wet dog, dirty socks, a sewer-free stale smell ("a dead mouse smell coming out of the
vents", "huele a ratón muerto"). Gas smells of rotten eggs, sulphur or a skunk; a smell put
down to a dead mouse or to damp is a job (a duct cleaning, a dehumidifier), not a leak: the
meaning model, hearing "smell", leans to gas, so its lean is not taken. Gas itself said, or
its own smell named, keeps the leak.

Also: a turn that only says the phone's autocorrect changed a word ("el corrector me lo
cambió a 'in odor'", "autocorrect, sorry") is about a word, not the house: the model does not
weigh it (the rules still read it, so "MAIN. water main" is still the business's own word)."""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_CREATURE = (
    r"(?:mouse|mice|rat|rats|rodent|animal|critter|squirrel|bird|possum|opossum|raccoon|"
    r"something)"
)
OTHER_SMELL = words(
    # "a dead mouse smell", "smells like a dead animal", "like something died in the vents"
    rf"dead {_CREATURE}(?: [\w']+){{0,2}} (?:smell|stink|odou?r)",
    rf"(?:smell\w*|stinks?|reeks?|odou?r)(?: [\w']+){{0,3}} (?:like|of) (?:an? |some )?dead "
    rf"{_CREATURE}",
    r"(?:like )?something (?:died|crawled in and died)",
    r"(?:musty|mildew\w*|moldy|mouldy|damp|wet dog|dirty socks?|stale|mothball\w*) "
    r"(?:smell|stink|odou?r)",
    r"(?:smell\w*|stinks?|reeks?)(?: [\w']+){0,2} (?:musty|mildewy|moldy|mouldy|like mildew|"
    r"like mold|like mould|like (?:a )?wet dog|like dirty socks?|stale)",
    r"(?:huele|olor|apesta)(?: [a-z]+){0,3} (?:a|como a) (?:raton|rata|animal|algo) muert[oa]",
    r"(?:huele|olor) a (?:humedad|moho|encerrado)",
)
# Gas or its own smell said: the smell may still be the gas, and the leak stands.
_GAS_SAID = words(
    r"gas",
    r"propane",
    r"rotten eggs?",
    r"sulfur",
    r"sulphur",
    r"skunk\w*",
    r"huevo podrido",
    r"azufre",
    r"zorrillo",
)
AUTOCORRECT = words(
    r"auto ?correct\w*",
    r"spell ?check\w*",
    r"(?:el |mi )?(?:auto)?corrector",
    r"(?:my |the )?phone (?:changed|keeps changing|keeps adding|auto ?filled|changes)",
)


def smell_is_something_else(norm: Normalised) -> bool:
    """The smell is named as a dead animal, damp or the like, and nothing names gas."""
    return found(OTHER_SMELL, norm) and not found(_GAS_SAID, norm)


def only_a_word_put_right(norm: Normalised) -> bool:
    """The turn says autocorrect changed a word: it puts a word right, it tells nothing."""
    return found(AUTOCORRECT, norm)
