"""Speech-recognition-style text made regular: one lowercase, accent-folded, space-separated form
that every extractor matches against, whether the turn was typed, texted or transcribed.

Fillers go ("uh", "um", filler "like"), number words become digits, contractions that ASR
spells without the apostrophe get it back ("dont" -> "don't"), and a few homophones that matter
here are repaired ("gas leek", "a c", "p m"). Clause breaks (punctuation) are remembered so
negation never reaches across a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from switchboard.assistant.understanding.numbers import (
    clock_fractions,
    is_number_word,
    words_to_digits,
)
from switchboard.assistant.understanding.quantities import spell_money_and_percent

FILLERS = {"uh", "uhh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "mm", "mmm", "eh", "em"}
# "like" is a filler only where it cannot be the verb or the comparison.
_LIKE_KEEP_BEFORE = {"would", "i'd", "we'd", "you'd", "looks", "look", "sounds", "smells",
                     "smell", "feels", "feel", "something", "just", "don't", "not", "really",
                     "seems", "i", "we", "they", "you", "what"}  # fmt: skip
CONTRACTIONS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "wasnt": "wasn't",
    "cant": "can't", "wont": "won't", "im": "i'm", "ive": "i've", "id": "i'd", "thats": "that's",
    "whats": "what's", "theres": "there's", "its": "it's", "arent": "aren't", "werent": "weren't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "hasnt": "hasn't", "havent": "haven't",
    "youre": "you're", "were's": "where's", "wheres": "where's", "lets": "let's", "ill": "i'll",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "yall": "y'all", "whens": "when's",
}  # fmt: skip
# Text-message shorthand, spelled out so every extractor reads one form.
# ("u" and "ur" stay: "U Street" is a street; so does "ty": Ty is a name.)
SHORTHAND = {
    "b4": "before", "2day": "today", "tday": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
    "btwn": "between", "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2nite": "tonight",
    # and its own ("need to move tmrws ac appt")
    "tmrws": "tomorrow's", "tmrw's": "tomorrow's", "tmws": "tomorrow's", "tmw's": "tomorrow's",
    "2moros": "tomorrow's", "2moro's": "tomorrow's",
    "tonite": "tonight", "nite": "night", "aftn": "afternoon", "arvo": "afternoon",
    "mornin": "morning", "wk": "week", "wknd": "weekend", "nxt": "next", "pls": "please",
    "plz": "please", "thx": "thanks", "thnx": "thanks", "tks": "thanks",
    "appt": "appointment", "abt": "about", "bc": "because", "cuz": "because",
    "thru": "through", "rn": "right now", "asap": "as soon as possible", "u": "you",
    "pic": "picture", "bsmt": "basement", "kitch": "kitchen",
    # Spanish texting: "a q hora abren?", "xq no vinieron", "xfa"
    "q": "que", "xq": "porque", "pq": "porque", "porq": "porque", "tmb": "tambien",
    "xfa": "por favor", "xfavor": "por favor", "msj": "mensaje",
}  # fmt: skip
_DAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|"
    r"tuesday|saturday|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
)
_TWO_SPELLED = re.compile(r"(?<![\w'-])([a-z](?:-[a-z]){2,})\s+(?=[a-z](?:-[a-z]){2,}(?![\w']))")
_DAY_RUN = re.compile(rf"(?<![\w'])({_DAY})\s*-\s*({_DAY})(?![\w'])")
# "12-1", "btwn 9-11", "8-10am": a run of hours, kept as one ("12 to 1"); only where it ends
# the clause or am/pm or agreement follows (never "10-12 Oak St", nor "94-14", a Queens house
# number).
_HOUR = r"(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?"
_HOUR_RUN = re.compile(
    rf"(?<![\w'-])(?<!apt )(?<!unit )(?<!suite )(?<!# )(?<!lot )(?<!bldg )(?<!building )"
    rf"({_HOUR})\s*-\s*({_HOUR})"
    rf"(?=\s*(?:am|pm|a\.m|p\.m)(?![\w'])|\s+(?:only|works?|please|pls|por favor|ok|is fine|"
    rf"would|me sirve|esta bien)(?![\w'])|\s*[.,;!?]|\s*$)"
)
# "uh huh", "mm hmm": a yes that the filler list would otherwise eat half of.
ASSENT_PAIRS = {("uh", "huh"): "uhhuh", ("mm", "hmm"): "mmhmm", ("uh", "hum"): "uhhuh",
                ("mhm", "hmm"): "mmhmm", ("um", "hmm"): "mmhmm"}  # fmt: skip
# Phrase-level repairs applied on the joined text (word-bounded).
HOMOPHONES: tuple[tuple[str, str], ...] = (
    (r"\bgas leek\b", "gas leak"),
    (r"\bleeking\b", "leaking"),
    (r"\bleeks\b", "leaks"),
    # Never inside a name spelled out ("k a c z m a r e k").
    (r"(?:^|(?<=[^a-z] )|(?<=[a-z]{2} ))a c\b(?! [b-hj-z]\b)", "ac"),
    (r"\ba/c\b", "ac"),
    (r"\bh vac\b", "hvac"),
    (r"\bp m\b", "pm"),
    (r"\ba m\b(?= |$)", "am"),
    (r"\bo ?'?clock\b", "oclock"),  # "o'clock", and "o clock" as a recogniser spells it
    (r"\bsewer back up\b", "sewer backup"),
    (r"\bback up\b", "backup"),
    (r"\bfurnish\b", "furnace"),
    (r"\bbrakers?\b", "breaker"),
    (r"\bdon't no\b", "don't know"),
    (r"\bi no\b(?= (what|where|when|how|that)\b)", "i know"),
    (r"\bt v\b", "tv"),
    (r"\bsee oh (alarm|detector)\b", r"co \1"),
    (r"\bhot water heater\b", "water heater"),
    (r"\bsweet (?=[0-9])", "suite "),  # "sweet twelve hundred"
    (r"\b(air|the|my|our|your|heating|vent|hvac) ducks\b", r"\1 ducts"),
    (r"\b(after|before|at|around|by|until|til) for\b(?! (?:a|an|the|me|us|you|it)\b)", r"\1 4"),
    (r"\btues day\b", "tuesday"),
    (r"\bthurs day\b", "thursday"),
)
_COMPILED_HOMOPHONES = tuple((re.compile(p), r) for p, r in HOMOPHONES)
_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)*(?::[0-9]{2})?|[#/]|[.,;!?]")
BREAK = {".", ",", ";", "!", "?"}


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to decompose: most turns, and every English catalogue word
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("\u2019", "'")


def fold(text: str) -> str:
    """Lowercase and strip accents: ASR and hurried typists drop them ("manana", "si")."""
    return strip_accents(text.lower())


@dataclass(frozen=True, slots=True)
class Normalised:
    raw: str
    text: str  # tokens joined by single spaces, no punctuation
    tokens: tuple[str, ...]
    breaks: frozenset[int]  # token indexes that start a new clause
    question_mark: bool
    has_accents: bool

    def clause_start(self, index: int) -> int:
        start = 0
        for b in self.breaks:
            if start < b <= index:
                start = b
        return start

    def token_index(self, char_offset: int) -> int:
        return self.text.count(" ", 0, char_offset)


def _drop_fillers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    skip_next = False
    for i, tok in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        if i + 1 < len(tokens) and (tok, tokens[i + 1]) in ASSENT_PAIRS:
            out.append(ASSENT_PAIRS[(tok, tokens[i + 1])])
            skip_next = True
            continue
        if tok in FILLERS:
            continue
        if tok == "like":
            prev = out[-1] if out else ""
            if prev not in _LIKE_KEEP_BEFORE and prev not in BREAK:
                continue
            if not out:
                continue
        # "you know" as a filler mid-sentence; "do you know" stays.
        if (
            tok == "know"
            and out
            and out[-1] == "you"
            and (i + 1 == len(tokens) or i > 1)
            and (len(out) < 2 or out[-2] not in {"do", "did", "would", "if"})
        ):
            out.pop()
            continue
        out.append(tok)
    return out


_ASIDE = re.compile(r"\((?=\s*[a-z])|(?<=[a-z.!?])\s*\)")
_HOUSE_DIRECTION = re.compile(r"(\b[0-9]+ (?:[nsew]|ne|nw|se|sw))\. ")


def normalise(raw: str) -> Normalised:
    folded = fold(raw)
    has_accents = folded != raw.lower().replace("\u2019", "'")
    # "mon-wed", "lunes-miércoles": a run of days, kept as one ("mon to wed").
    folded = _DAY_RUN.sub(r"\1 to \2", folded)
    folded = _HOUR_RUN.sub(r"\1 to \2", folded)
    folded = spell_money_and_percent(folded)  # "$10", "10%": a quantity, never an hour
    # "W-A-L-T-E-R B-R-Z-E-Z-I-N-S-K-I": two words spelled, kept apart as two.
    folded = _TWO_SPELLED.sub(r"\1, ", folded)
    # "7300 W. 119th Street": the full stop of a direction after the house number abbreviates
    # it and ends no clause.
    folded = _HOUSE_DIRECTION.sub(r"\1 ", folded)
    # "Fiona Ni Bhriain (irish spelling, ...)": words in brackets are an aside of their own;
    # "(713) 555-0142" keeps its area code with the number.
    folded = _ASIDE.sub(", ", folded)
    folded = folded.replace("-", " ").replace("¿", " ").replace("¡", " ")
    pieces = [CONTRACTIONS.get(t, SHORTHAND.get(t, t)) for t in _TOKEN.findall(folded)]
    expanded: list[str] = []
    for piece in pieces:
        # "nine's fine", "two's good": the number, then "is".
        if piece.endswith("'s") and is_number_word(piece[:-2]):
            piece = f"{piece[:-2]} is"
        expanded.extend(piece.split(" "))
    words = _drop_fillers(expanded)
    # Numbers and repairs are applied per clause: a comma between two numbers keeps them
    # apart, and clause breaks stay exact token indexes.
    tokens: list[str] = []
    breaks: set[int] = set()
    clause: list[str] = []
    for tok in [*words, "."]:
        if tok not in BREAK:
            clause.append(tok)
            continue
        if clause:
            text = clock_fractions(" ".join(words_to_digits(clause)))
            for pattern, replacement in _COMPILED_HOMOPHONES:
                text = pattern.sub(replacement, text)
            tokens.extend(text.split())
            breaks.add(len(tokens))
            clause = []
    final = tuple(tokens)
    return Normalised(
        raw=raw,
        text=" ".join(final),
        tokens=final,
        breaks=frozenset(b for b in breaks if 0 < b < len(final)),
        question_mark="?" in raw,
        has_accents=has_accents,
    )
