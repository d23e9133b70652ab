"""A smell the caller names as something other than gas: a dead animal in the ducts, mildew,
a wet dog, dirty socks, a sewer-free stale smell ("a dead mouse smell coming out of the
vents", "huele a ratón muerto"). Gas smells of rotten eggs, sulphur or a skunk; a smell put
down to a dead mouse or to damp is a job (a duct cleaning, a dehumidifier), not a leak: the
meaning model, hearing "smell", leans to gas, so its lean is not taken. Gas itself said, or
its own smell named, keeps the leak.

A smell likened to a household chemical ("some kind of gas smell like bleach", "fumes like
ammonia after we poured the drain opener", "olía a cloro") is the product's fumes, not the
utility's gas, even when the caller calls it "gas": gas likened to bleach is named by what it
smells of. Gas said apart from that likeness ("smells like bleach and I smell gas by the
stove"), or its own smell named, keeps the leak.

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
_CHEMICAL = (
    r"(?:bleach|chlorine|ammonia|clorox|drano|lye|pool chemicals?|cleaning (?:products?|stuff|"
    r"supplies)|(?:the |some )?(?:drain|oven|toilet) (?:cleaner|opener)(?: stuff)?|nail polish|"
    r"paint thinner|vinegar|cloro|amoniaco|blanqueador|destapacanos|cloralex)"
)
# The smell, or "gas" or fumes, likened to or named as the chemical.
CHEMICAL_SMELL = words(
    rf"(?:(?:gas|chemical|fumes?|smell|odou?r|stink|vapou?rs?) )?(?:smell\w*|odou?rs?|fumes?|"
    rf"stinks?|reeks?|gas|vapou?rs?)(?: [\w']+){{0,2}} (?:like|of|from) (?:the |some |that )?"
    rf"{_CHEMICAL}",
    rf"{_CHEMICAL} (?:smell|odou?r|fumes?|stink|gas)",
    r"chemical (?:gas )?(?:smell|odou?r|fumes?|stink)",
    # Gas named, then at once likened ("smells like gas, kind of like bleach", "huele a gas
    # como a cloro"): the likeness says which.
    rf"(?:smell\w*|huele|olia|olio|olor) (?:like |a |of )?gas,? (?:como |like |kind of like |"
    rf"kinda like |sort of like |more like )(?:a |an )?{_CHEMICAL}",
    rf"(?:huele|olia|olio|olor|apesta|gas|vapor) (?:como )?(?:a |de )(?:puro )?{_CHEMICAL}",
)
# Gas said apart from the likeness, or its own smell named: the leak may be there too.
_GAS_ITSELF = words(
    r"gas (?:leak|line|meter|stove|range|furnace|dryer|fireplace|company|valve)",
    r"(?:smell|smells|smelling|odou?r of) (?:natural )?gas",
    r"propane",
    r"rotten eggs?",
    r"sulfur",
    r"sulphur",
    r"skunk\w*",
    r"fuga de gas",
    r"huele a gas",
    r"huevo podrido",
    r"azufre",
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


def smell_is_a_chemical(norm: Normalised) -> bool:
    """The smell, or the "gas", is likened to a household chemical, and gas itself is not
    said apart from it: the product's fumes, not a gas leak."""
    likeness = [m.span() for m in CHEMICAL_SMELL.finditer(norm.text)]
    return bool(likeness) and not any(
        not any(a <= m.start() < b for a, b in likeness) for m in _GAS_ITSELF.finditer(norm.text)
    )


def only_a_word_put_right(norm: Normalised) -> bool:
    """The turn says autocorrect changed a word: it puts a word right, it tells nothing."""
    return found(AUTOCORRECT, norm)
