"""Yes, no, unsure or a correction, by meaning and never by substring.

"nothing urgent", "know", "noon" and "north" are not refusals; "no problem" is a yes;
"absolutely not" is a no although it starts with "absolutely". Single polar words count only
at the start of the turn (after fillers) or as the whole turn: "I have no hot water" is not a
"no". Longer phrases ("that works", "not really") count anywhere. When several are present,
the last one wins ("yeah no" is a no, "no wait yes" a yes).
"""

from __future__ import annotations

from switchboard.assistant.understanding.model import Extracted, Polarity
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

# Longest phrases first inside each alternation so "absolutely not" beats "absolutely".
YES_ANYWHERE = words(
    r"no problem",
    r"not a problem",
    r"no worries",
    r"no doubt",
    r"no hay problema",
    r"that works",
    r"that would work",
    r"works for me",
    r"sounds good",
    r"sounds great",
    r"that's (?:fine|right|correct|perfect|great|good)",
    r"that is (?:fine|right|correct)",
    r"(?:is|are) fine",
    r"go ahead",
    r"please do",
    r"book it",
    r"let's do (?:it|that)",
    r"of course",
    r"claro que si",
    r"por supuesto(?! que no)",
    r"esta bien",
    r"de acuerdo",
    r"asi es",
    r"me parece bien",
    r"that's it",
    r"you got it",
    r"yes please",
    r"si por favor",
    r"(?:looks|sounds|seems) (?:good|great|right|fine|perfect|correct|ok|okay)",
    r"go for it",
    r"(?<!not )(?<!isn't )(?:it's |everything(?:'s| is) )?all (?:good|correct|right|set)",
    r"lock it in",
    r"sign me up",
    r"that(?:'ll| will) (?:work|do)",
    r"me sirve",
    r"^sale(?: pues| gracias| entonces)?$",
    r"sale pues",
    r"asi (?:esta|queda) bien",
    r"(?<!no )(?:esta|es) (?:perfecto|correcto)",
    # Warm and regional ways of agreeing: "you betcha", "sure thing", "sounds like a plan",
    # "that'd be great", "dale", "va", "órale pues", "cómo no", "con gusto".
    r"you bet(?:cha)?",
    r"sure thing",
    r"(?<!know )(?<!not )for sure",
    r"by all means",
    r"sounds like a plan",
    r"that(?:'d| would) be (?:great|perfect|fine|good|wonderful|lovely)",
    r"works (?:great|perfectly|fine) for (?:me|us)",
    r"(?:yes|yeah|yep) (?:ma'am|sir|dear|please|indeed)",
    r"^(?:dale|va)(?: pues| gracias| entonces| si| que va)?$",
    r"(?:orale|andale|sale) pues",
    r"^(?:si |ah )?como no(?: pues)?$",
    r"con (?:mucho )?gusto",
    r"me parece (?:perfecto|excelente|muy bien)",
    r"perfecto(?: entonces)?$",
)
NO_ANYWHERE = words(
    r"absolutely not",
    r"definitely not",
    r"of course not",
    r"not really",
    r"not at all",
    r"no thanks?",
    r"no thank you",
    r"no gracias",
    r"claro que no",
    r"por supuesto que no",
    r"para nada",
    r"that (?:doesn't|won't|does not|will not) work",
    r"that's (?:not right|wrong|"
    r"incorrect|not correct)",
    r"that is not (?:right|correct)",
    r"don't (?:book|do) (?:it|that)",
    r"i don't want",
    r"(?:don't|do not) cancel",
    r"keep (?:it|the appointment|my appointment)",
    r"no (?:lo|la) quiero",
    r"not that one",
    r"no (?:es|esta) (?:correcto|bien|eso)",
)
UNSURE_ANYWHERE = words(r"not sure", r"i don't know", r"maybe", r"no se", r"tal vez", r"quizas",
                        r"let me (?:check|think)", r"i'll have to check")  # fmt: skip
YES_WORDS = {"yes", "yeah", "yep", "yup", "ya", "sure", "ok", "okay", "correct", "right",
             "perfect", "great", "fine", "absolutely", "definitely", "si", "claro", "vale",
             "correcto", "perfecto", "exacto", "exactly", "affirmative", "alright", "yea",
             "bueno", "confirm", "confirmed", "certainly", "totally", "uhhuh", "mhm", "mmhmm",
             "k", "kk", "yes'm", "ye", "yeh", "yah", "orale", "andale", "sip", "okey", "oki",
             "listo"}  # fmt: skip
NO_WORDS = {"no", "nope", "nah", "negative", "nop", "never", "incorrect", "wrong", "neither",
            "ninguno", "ninguna"}  # fmt: skip
# "yeah that's right, but it's apartment 4": a yes that corrects a detail.
BUT_CORRECTION = words(r"but (?:it's|its|it is|the|make it)", r"not [0-9]+(?:[a-z])?$")
CORRECTION = words(r"actually", r"i meant", r"i mean", r"make (?:that|it)", r"change (?:that|it) "
                   r"to", r"sorry i said", r"wait", r"rather", r"instead", r"mejor", r"quise decir",
                   r"en realidad", r"the other (?:one|address)", r"not (?:that|the)",
                   r"me equivoque", r"mas bien")  # fmt: skip
CLOSING_YES = {"yes", "yeah", "yep", "yup", "si"}
NEUTRAL = words(r"ya no", r"no longer", r"no more", r"no matter", r"no one", r"no way to")
LEAD_IN = {"oh", "well", "and", "so", "hi", "hey", "okay", "ok"}
# "right now", "fine print": the polar word is part of something else.
NOT_POLAR_BEFORE = {"now", "away", "there", "here", "after", "before", "side", "hand", "print"}
QUESTION_START = {
    "is",
    "are",
    "do",
    "does",
    "did",
    "can",
    "could",
    "what",
    "when",
    "where",
    "how",
    "why",
    "who",
    "will",
    "would",
    "should",
}


def hits_any_yes(text: str) -> bool:
    first = text.split(" ", 1)[0] if text else ""
    return first in YES_WORDS or YES_ANYWHERE.search(text) is not None


def detect_polarity(norm: Normalised, has_new_content: bool) -> Extracted[Polarity] | None:
    text = norm.text
    if text in {"y", "n"}:  # a text message's one-letter answer ("y" is also Spanish "and")
        return Extracted(Polarity.YES if text == "y" else Polarity.NO, 0.8)
    hits: list[tuple[int, Polarity]] = []
    # "ya no gotea" is "it no longer drips", not "yeah, no".
    claimed: list[tuple[int, int]] = [(m.start(), m.end()) for m in NEUTRAL.finditer(text)]
    for pattern, polarity in ((NO_ANYWHERE, Polarity.NO), (YES_ANYWHERE, Polarity.YES),
                              (UNSURE_ANYWHERE, Polarity.UNSURE)):  # fmt: skip
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for a, b in claimed):
                hits.append((m.start(), polarity))
                claimed.append((m.start(), m.end()))
    short = len(norm.tokens) <= 4 and not (norm.tokens and norm.tokens[0] in QUESTION_START)
    offset = 0
    for i, tok in enumerate(norm.tokens):
        in_phrase = any(a <= offset < b for a, b in claimed)
        leading = all(t in LEAD_IN or t in YES_WORDS or t in NO_WORDS for t in norm.tokens[:i])
        nxt = norm.tokens[i + 1] if i + 1 < len(norm.tokens) else ""
        # "10 on the 18th yes": a plain yes that closes the turn answers the question too.
        closing_yes = i == len(norm.tokens) - 1 and tok in CLOSING_YES
        polar_here = leading or short or i in norm.breaks or closing_yes
        if not in_phrase and polar_here and nxt not in NOT_POLAR_BEFORE:
            if tok in YES_WORDS:
                hits.append((offset, Polarity.YES))
            elif tok in NO_WORDS:
                hits.append((offset, Polarity.NO))
        offset += len(tok) + 1
    corrected = CORRECTION.search(text) is not None
    if hits_any_yes(text) and BUT_CORRECTION.search(text):
        return Extracted(Polarity.CORRECTION, 0.7)
    if not hits:
        return Extracted(Polarity.CORRECTION, 0.7) if corrected and has_new_content else None
    hits.sort()
    kinds = {p for _, p in hits}
    polarity = hits[-1][1]
    confidence = 0.95 if len(kinds) == 1 else 0.6
    if polarity is Polarity.NO and has_new_content:
        return Extracted(Polarity.CORRECTION, 0.8)
    if corrected and has_new_content:  # "yes, but make it Thursday"
        return Extracted(Polarity.CORRECTION, 0.75)
    return Extracted(polarity, confidence)
