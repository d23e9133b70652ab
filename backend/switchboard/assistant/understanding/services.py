"""The caller's problem mapped to the tenant's own service catalogue.

Each service is scored on its name and keywords: whole phrases count most, single words count
when they are not generic, and a near-spelling ("faucit", "disposal" vs "garbage disposal")
counts through a similarity ratio, so typos and ASR slips still land on the right service.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from switchboard.assistant.understanding import (
    fault_told,
    first_job,
    generator_hookup,
    not_the_job,
    upkeep,
    work_kind,
)
from switchboard.assistant.understanding.history import PIVOT, history_marker
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Extracted, ServiceOption
from switchboard.assistant.understanding.normalise import Normalised, fold, normalise
from switchboard.assistant.understanding.phrases import negated, words
from switchboard.assistant.understanding.spanish_trade import in_english, places
from switchboard.assistant.understanding.trade_words import with_trade_words

GENERIC = {"service", "repair", "repairs", "install", "installation", "new", "the", "a", "and",
           "of", "my", "fix", "replace", "replacement", "system", "general", "call", "check",
           "de", "la", "el", "reparacion", "instalacion", "inspection", "maintenance", "unit",
           "water", "line", "leak", "agua", "and/or"}  # fmt: skip
MIN_SCORE = 0.55
SUPPORT, SUPPORT_BONUS = 0.6, 0.1
# Conversation words that only look like trade words to a similarity ratio ("thanks" ~ "tank",
# "great" ~ "grate", "seat" ~ "heat"): never fuzzy-matched, only matched exactly.
CHATTER = {"thank", "thanks", "thx", "great", "grate", "yeah", "yes", "okay", "sure", "fine",
           "good", "sounds", "perfect", "please", "bye", "hello", "hi", "hey", "gracia", "gracias",
           "bueno", "vale", "seat", "that", "this", "then", "than", "there"}  # fmt: skip


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    # Spanish verb forms: "goteando", "tapado", "tapando" -> "gote_", "tap_". The mark keeps
    # a Spanish stem from meeting the English word it spells ("tapado" is no faucet's "tap").
    for suffix in ("ando", "iendo", "ados", "adas", "ado", "ada"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)] + "_"
    # English: "leaky" -> "leak", "dripping" -> "drip", "clogged" -> "clog".
    for suffix in ("ing", "es", "s", "ed", "y"):
        if len(word) > 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            # "dripping" -> "dripp" -> "drip"
            return word[:-1] if len(word) > 3 and word[-1] == word[-2] else word
    # A silent final e goes too, so "tune", "tuned" and "tuning" (or "pipe", "pipes",
    # "piping") meet on one stem.
    return word[:-1] if len(word) > 3 and word.endswith("e") and word[-2] != "e" else word


_GENERIC_STEMS = GENERIC | {_stem(w) for w in GENERIC}


def _generic(stem: str) -> bool:
    return stem in _GENERIC_STEMS


# Both ways of saying one thing, so a catalogue's short form meets the caller's long one ("Smoke
# and CO detector replacement", "a carbon monoxide detector").
SHORT_FORMS = {"carbon monoxide": "co", "monoxido de carbono": "co", "air conditioner": "ac",
               "air conditioning": "ac", "aire acondicionado": "ac", "electric vehicle": "ev",
               "electric car": "ev", "electric truck": "ev", "electric suv": "ev"}  # fmt: skip
_SHORT_FORM = re.compile(rf"(?<![\w'])(?:{'|'.join(SHORT_FORMS)})(?![\w'])")
# Things whose last word is a trade word but which are another object ("solar panels" are not
# an electrical panel, "fence panels" neither): said as one word, so the trade word alone does
# not match, unless the catalogue itself names the thing (a solar installer's "solar panels").
OTHER_OBJECTS = words(r"(?:solar|fence|siding|drywall|glass|door|alarm|security) panels?",
                      r"paneles? solares?",
                      # A generator's transfer switch, a pump's float or pressure switch: parts
                      # of another machine, not a wall switch.
                      r"(?:transfer|float|pressure|limit|flow) switch(?:es)?")  # fmt: skip


@lru_cache(maxsize=512)
def _listed_words(catalogue: tuple[ServiceOption, ...]) -> frozenset[str]:
    """Every word of the catalogue's names and keywords, folded: the same for every turn."""
    return frozenset(fold(" ".join(p for s in catalogue for p in (s.name, *s.keywords))).split())


# The summer's heat, not the heating: "fixed before the heat comes", "ahead of the heat". Not
# the heat coming on, which is the system ("before the heat comes on").
_WEATHER_HEAT = re.compile(
    r"(?<![\w'])((?:before|until|till|ahead of) the (?:(?:real|summer|big|worst) )?)heat"
    r"(?= (?:comes|hits|gets here|arrives|sets in|starts|rolls in)(?! on)(?![\w'])| of "
    r"(?:the )?summer|$)"
)


def _other_objects(text: str, catalogue: tuple[ServiceOption, ...]) -> str:
    listed = _listed_words(catalogue)

    def joined(m: re.Match[str]) -> str:
        return m[0] if m[0].split()[0] in listed else m[0].replace(" ", "")

    return OTHER_OBJECTS.sub(joined, text)


# Words that join alternatives in a service's name: "Outlet and switch repair" is an outlet
# job or a switch job, so saying one of the two is saying all the name asks for.
_ALTERNATIVES = {"and", "or", "&", "/", "y", "o", "and/or"}


def _slots(words_: list[str]) -> list[list[str]]:
    """The phrase's words, alternatives grouped: "smoke and co detector" -> [[smoke, co],
    [detector]]."""
    slots: list[list[str]] = []
    joined = False
    for w in words_:
        if w in _ALTERNATIVES:
            joined = bool(slots)
            continue
        if joined:
            slots[-1].append(w)
        else:
            slots.append([w])
        joined = False
    return slots


@lru_cache(maxsize=4096)
def _words(phrase: str) -> frozenset[str]:
    stems = {_stem(w) for w in fold(phrase).replace("-", " ").split() if w not in GENERIC}
    return frozenset(w for w in stems if not _generic(w))


@lru_cache(maxsize=2048)
def _phrase_parts(phrase: str) -> tuple[str, list[str], list[list[str]]]:
    """A catalogue phrase folded, its stems, and its meaningful stems grouped as alternatives:
    the same for every turn, so worked out once."""
    plain = " ".join(fold(phrase).replace("-", " ").split())
    words_ = [_stem(w) for w in plain.split()]
    slots = [[w for w in slot if not _generic(w)] for slot in _slots(words_)]
    return plain, words_, [slot for slot in slots if slot]


class _Reading:
    """One reading of the turn that every catalogue phrase is scored against. A phrase (or a
    word) that several services share is scored once per reading."""

    def __init__(self, tokens: list[str], text: str, proper: frozenset[str]) -> None:
        self.tokens, self.text, self.proper = tokens, text, proper
        self.said = frozenset(tokens)
        self.joined = " ".join(tokens)
        # Where each token begins in `text` (its words are the tokens, as said).
        self._starts: list[int] = []
        offset = 0
        for word in text.split():
            self._starts.append(offset)
            offset += len(word) + 1
        self._phrases: dict[str, tuple[float, int]] = {}
        self._words: dict[str, float] = {}
        # What a near spelling of a catalogue word is looked for among, by first letter (a
        # near spelling starts as the word does), and the said pairs that may be one word
        # heard as two, by their last four letters (they end as the word does): worked out
        # once per reading instead of once per catalogue word.
        self.by_initial: dict[str, list[str]] = {}
        for t in tokens:
            if t not in CHATTER and t not in proper:
                self.by_initial.setdefault(t[:1], []).append(t)
        self.pairs_by_end: dict[str, list[str]] = {}
        for a, b in pairwise(tokens):
            if not is_common(b):
                self.pairs_by_end.setdefault((a + b)[-4:], []).append(a + b)

    def start_of(self, index: int) -> int:
        """Where the token at `index` begins in the text as said."""
        return self._starts[index] if index < len(self._starts) else len(self.text)

    def score(self, phrase: str) -> tuple[float, int]:
        held = self._phrases.get(phrase)
        if held is None:
            held = self._phrases[phrase] = _phrase_score(phrase, self)
        return held

    def word_hit(self, w: str) -> float:
        held = self._words.get(w)
        if held is None:
            held = self._words[w] = _word_hit(w, self)
        return held


def _phrase_score(phrase: str, said: _Reading) -> tuple[float, int]:
    """Score of one catalogue phrase against the turn, and where in the turn it was found."""
    plain, words_, slots = _phrase_parts(phrase)
    if not words_:
        return 0.0, 0
    tokens, text, joined = said.tokens, said.text, said.joined
    found = 1.0 if len(words_) > 1 else 0.8
    if (at := f" {text} ".find(f" {plain} ")) >= 0:
        return found, -at
    if (at := f" {joined} ".find(f" {' '.join(words_)} ")) >= 0:
        # Where the stems were found, as a place in the text as said: the stems are shorter
        # than the words, so their own offsets would put a later word before an earlier one.
        return found, -said.start_of(joined.count(" ", 0, at))
    if len(words_) > 1:
        # Written as one word or as several: "tuneup" is "tune up", "hvac" is "h vac".
        squashed = "".join(plain.split())
        raw = text.split()
        # Only a turn whose letters, run together, hold the phrase's can hold it in a run of
        # its words: most turns are ruled out by one search instead of every run tried.
        for i in range(len(raw) if squashed in "".join(raw) else 0):
            for j in range(i + 1, min(len(raw), i + len(words_) + 1) + 1):
                if "".join(raw[i:j]) == squashed:
                    return 1.0, -len(" ".join(raw[:i]))
        # Every word of the phrase said, apart ("a charger for the electric car" names a
        # car charger): stronger than one loose word, weaker than the phrase itself.
        # Not a phrase that negates ("no heat"): its "no" said elsewhere ("no idea") is
        # another thing.
        if (
            any(not _generic(w) for w in words_)
            and all(w in tokens for w in words_)
            and _NEGATING.isdisjoint(words_)
            and (_PARTICLES.isdisjoint(words_) or _close_in_order(words_, tokens))
        ):
            return 0.85, -said.start_of(tokens.index(words_[0]))
    # A negating word ("no heat") or a particle ("backed up") counts only in the phrase, never
    # loose.
    hits = sum(
        max(said.word_hit(w) for w in slot)
        for slot in slots
        if _NEGATING.isdisjoint(slot) and _PARTICLES.isdisjoint(slot)
    )
    return 0.75 * hits / (len(slots) or 1), -len(text)


_NEGATING = {"no", "not", "sin", "non", "never"}
# A phrase made with one of these is a verb and its particle ("backed up", "hook up"): its
# words mean it only together, never one here and one there ("the back bathroom ... mopped it
# all up" is no backup).
_PARTICLES = frozenset({"up", "down", "out", "off", "over", "on", "away"})
_MOST_BETWEEN_PARTICLE = 3


def _close_in_order(words_: list[str], tokens: list[str]) -> bool:
    """The phrase's words said in its order, each within a few words of the one before
    ("backed all the way up")."""
    at = [i for i, t in enumerate(tokens) if t == words_[0]]
    for start in at:
        here, ok = start, True
        for w in words_[1:]:
            ahead = tokens[here + 1 : here + 2 + _MOST_BETWEEN_PARTICLE]
            if w not in ahead:
                ok = False
                break
            here = here + 1 + ahead.index(w)
        if ok:
            return True
    return False


def _word_hit(w: str, said: _Reading) -> float:
    """1 for the word said, less for a near spelling or for the word a re- verb is made on
    ("repiping" the pipes, "rewire" the wires). A near spelling is never chatter or one of the
    caller's `proper` words (their name or street: "Holt" is not "hot water")."""
    if w in said.said:
        # A word of the caller's own name or street said alone is that, never the job ("4409
        # Main Street" is no sewer main); said inside the catalogue's phrase it still counts.
        return 0.0 if w in said.proper else 1.0
    best = max((_near(w, t) for t in said.by_initial.get(w[:1], ()) if abs(len(t) - len(w))
                <= 2), default=0.0)  # fmt: skip
    if best >= NEAR:
        return best * 0.9
    if _split_by_ear(w, said):
        return 0.8
    if w.startswith("re") and len(w) >= 5 and not _generic(w[2:]) and w[2:] in said.said:
        return 0.9
    if w in _UNDONE and "un" + w in said.said:
        return 1.0  # "unclog a kitchen sink" clears the clog the catalogue's "clogged" names
    return 0.0


# Blockages whose un- verb is the job of clearing them ("unclog", "unblock"); never "unplug"
# or "uninstall", which undo the thing.
_UNDONE = frozenset({"clog", "block", "jam", "stop"})


# How alike two spellings must be to be one word heard or typed differently.
NEAR = 0.8


def _near(a: str, b: str) -> float:
    """How alike `a` and `b` are (difflib's ratio) when it reaches NEAR, else 0. Most pairs
    share too few letters to get there, which counting letters shows at a fraction of the
    cost of matching them (the letters both hold bound the ratio from above)."""
    shared = sum(min(a.count(c), b.count(c)) for c in set(a))
    if 2.0 * shared / (len(a) + len(b)) < NEAR:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def _split_by_ear(w: str, said: _Reading) -> bool:
    """A long word speech recognition heard as two ("garbage this posal" for "disposal"): two
    said words that, joined, end as the word does and spell it nearly, the second no word of
    its own ("the later" is not "heater")."""
    if len(w) < 6:
        return False
    return any(
        abs(len(joined) - len(w)) <= 2 and _near(w, joined) >= NEAR
        for joined in said.pairs_by_end.get(w[-4:], ())
    )


# Only nouns the caller says they do NOT have are dropped ("no leak or anything", "no active
# leaks"): "the faucet is not working" still names the faucet.
_PROBLEM_WORDS = frozenset({"leak", "leaks", "leaking", "leaky", "drip", "dripping", "clog",
                            "clogged", "clogs", "backup", "backing", "backed", "backs",
                            "overflowing", "flood", "flooding", "tripping", "fuga", "fugas",
                            "gotea", "goteando", "tapado", "tapada"})  # fmt: skip


def _affirmed_tokens(norm: Normalised, first: int = 0, end: int | None = None) -> list[str]:
    """The turn's tokens from `first` on (up to `end`), without problem words the caller
    denies ("no leak right now") or a thing they say the job is not ("not the gutters")."""
    out, offset = [], 0
    denied_things = not_the_job.denied_things(norm)
    for index, token in enumerate(norm.tokens):
        start = offset
        offset += len(token) + 1
        if index < first or (end is not None and index >= end) or index in denied_things:
            continue
        if token in _PROBLEM_WORDS and negated(norm, start, start + len(token)):
            continue
        out.append(token)
    return out


def _current_part(norm: Normalised) -> list[str]:
    """The tokens about the job in hand: after the history, when the caller gave one."""
    history = history_marker(norm.text)
    if history is None:
        return _affirmed_tokens(norm)
    pivot = next((p for p in PIVOT.finditer(norm.text) if p.start() > history.end()), None)
    if pivot is not None:
        return _affirmed_tokens(norm, norm.token_index(pivot.end()))
    history_at = norm.token_index(history.start())
    clause_end = min((b for b in norm.breaks if b > history_at), default=None)
    if clause_end is not None:
        return _affirmed_tokens(norm, clause_end)
    # Told in one breath ("a fire in an outlet last year it was handled but ...", "you replaced
    # our water heater two years ago and the toilet ..."): what comes before the last marker is
    # the history.
    last = history
    while (later := history_marker(norm.text, last.end())) is not None:
        last = later
    after = _affirmed_tokens(norm, norm.token_index(last.end() + 1))
    # The job said first, the story after it in a sentence of its own ("... want a proper
    # charger put in the garage. Our neighbor's garage caught fire last month from some cheap
    # plug-in setup"): what was said before the story's sentence is the job in hand too.
    story_start = max((b for b in norm.breaks if b <= history_at), default=0)
    return [*_affirmed_tokens(norm, 0, story_start), *after] if story_start else after


# The thing the caller asks to have worked on ("could someone check the wiring?") decides
# between two things the turn names, one of them only a symptom ("the lights dim").
ASKED_BONUS = 0.05
# Likewise the thing whose fault is told ("the outdoor plug trips") over a thing said along the
# way ("putting the christmas lights up").
FAULT_BONUS = 0.05
# An upgrade service, for a caller who reports a fault and asks for no upgrade.
UPGRADE_PENALTY = 0.1


@lru_cache(maxsize=512)
def _compounds(
    catalogue: tuple[ServiceOption, ...],
) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """For `_heads_only`, worked out once per catalogue: the services each one-word keyword
    (as a stem) belongs to, and every phrase of the catalogue, folded."""
    owners: dict[str, set[str]] = {}
    for s in catalogue:
        for p in _both_languages(s):
            if len(ws := _phrase_parts(p)[1]) == 1:
                owners.setdefault(ws[0], set()).add(s.id)
    phrases = frozenset(_phrase_parts(p)[0] for s in catalogue for p in _both_languages(s))
    return {w: frozenset(ids) for w, ids in owners.items()}, phrases


# Words that say what is wrong, never the thing itself.
_WHAT_IT_DOES = {_stem(w) for w in (*_PROBLEM_WORDS, "drips", "leaks", "clogged", "flickering",
                 "flicker", "tripping", "trips", "dripping", "running", "overflow")}  # fmt: skip


def _heads_only(text: str, catalogue: tuple[ServiceOption, ...]) -> str:
    """In a compound of two services' words, the last names the thing: "the light switch" is
    a switch, "the sink drain" a drain. The first word is left out of the matching, unless
    the compound is itself one of the catalogue's phrases."""
    owners_of, phrases = _compounds(catalogue)
    tokens = text.split()
    out = list(tokens)
    for i in range(len(tokens) - 1):
        first, second = _stem(tokens[i]), _stem(tokens[i + 1])
        if second in _WHAT_IT_DOES:
            continue  # "the faucet drips", "toilet leak": the thing, then what is wrong with it
        owners = owners_of.get(first, frozenset())
        heads = owners_of.get(second, frozenset())
        if (
            owners
            and heads
            and not owners & heads
            and f"{tokens[i]} {tokens[i + 1]}" not in phrases
        ):
            out[i] = "~"
    return " ".join(out)


@lru_cache(maxsize=512)
def _what_sets_apart(catalogue: tuple[ServiceOption, ...]) -> dict[str, tuple[str, float]]:
    """Each service's name without the words it shares with another service's name, and how
    much saying it counts: in "AC repair" and "AC tune-up" the trade is said by both, so "a
    tune up" names the whole second one. A work word only one name has ("repair" beside a
    tune-up) counts less: it says the work, not the thing."""
    names = {s.id: fold(s.name).replace("-", " ").split() for s in catalogue}
    out = {}
    for sid, name in names.items():
        others = {_stem(w) for oid, words_ in names.items() if oid != sid for w in words_}
        own = [w for w in name if _stem(w) not in others]
        if not own or len(own) == len(name):
            continue
        if any(not _generic(_stem(w)) for w in own):
            rest = [w for w in name if _stem(w) not in others or _generic(_stem(w))]
            out[sid] = (" ".join(rest), 1.0)
        elif all(w in _WORK_WORDS for w in own):
            out[sid] = (" ".join(own), WORK_WORD_WEIGHT)
    return out


# "It's a repair": a work word that only one service's name has, worth a match just above the
# floor, so any thing named outweighs it.
WORK_WORD_WEIGHT = 0.7
_WORK_WORDS = {"repair", "repairs", "install", "installation", "inspection", "maintenance",
               "service", "reparacion", "instalacion"}  # fmt: skip


@lru_cache(maxsize=512)
def _both_languages(service: ServiceOption) -> tuple[str, ...]:
    """The service's name and keywords, and the English twins of its Spanish ones: a Spanish
    catalogue's "agua caliente" meets a caller who says "hot water" between Spanish words."""
    own = (service.name, *service.keywords)
    twins = (in_english(fold(p)) for p in own)
    return own + tuple(dict.fromkeys(t for t in twins if t not in {fold(p) for p in own}))


def _best(
    tokens_in: list[str],
    catalogue: tuple[ServiceOption, ...],
    proper: frozenset[str],
    fixing: bool = False,
    apart: dict[str, tuple[str, float]] | None = None,
) -> tuple[float, str] | None:
    """The best service and its score; `fixing` when the caller reports a fault and asks
    for no upgrade, so an upgrade service is not the job by a tie."""
    best: tuple[tuple[float, int], str] | None = None
    # As said, then with Spanish trade words as their English twins (a Spanish caller and an
    # English catalogue, or a catalogue listing keywords in both languages).
    said_text = " ".join(tokens_in)
    said_text = _other_objects(places(generator_hookup.as_panel_work(said_text)), catalogue)
    said_text = _WEATHER_HEAT.sub(r"\1summertime", said_text)
    for text in (said_text, in_english(said_text)):
        text = with_trade_words(text)
        text = _SHORT_FORM.sub(lambda m: f"{m[0]} {SHORT_FORMS[m[0]]}", text)
        text = _heads_only(text, catalogue)
        tokens = [_stem(t) for t in text.split()]
        asked = {_stem(w) for w in work_kind.asked_for(text)}
        faulty = {_stem(w) for w in fault_told.faulty_things(text)}
        apart = _what_sets_apart(catalogue) if apart is None else apart
        reading = _Reading(tokens, text, proper)
        said = set(tokens)
        for service in catalogue:
            own = [(p, 1.0) for p in _both_languages(service)]
            own += [apart[service.id]] if service.id in apart else []
            # Ties go to the service named first: "my toilet is leaking" is a toilet job.
            phrases = sorted(
                (((sc := reading.score(p))[0] * weight, sc[1]), p) for p, weight in own
            )[::-1]
            # More of a service's own words said is more evidence: "main sewer line ... run a
            # camera down it" is the sewer job even though "backs up" is also a drain word.
            best_words = _words(phrases[0][1]) & said
            support = set().union(*(_words(p) & said for sc, p in phrases if sc[0] >= SUPPORT))
            top = phrases[0][0]
            # A one-word name the generic list hides ("an inspection") still counts when asked.
            named = _words(phrases[0][1]) or set(_phrase_parts(phrases[0][1])[1])
            asked_for = ASKED_BONUS if named & asked else 0.0
            asked_for += FAULT_BONUS if named & faulty else 0.0
            not_the_work = UPGRADE_PENALTY if fixing and work_kind.is_upgrade(service) else 0.0
            score = (
                top[0] + SUPPORT_BONUS * len(support - best_words) + asked_for - not_the_work,
                top[1],
            )
            if best is None or score > best[0]:
                best = (score, service.id)
    return None if best is None else (best[0][0], best[1])


def own_words(*said: str) -> frozenset[str]:
    """The stems of a name or an address the caller gave, for `match_service(proper=...)`."""
    return frozenset(_stem(w) for w in fold(" ".join(said)).replace("-", " ").split())


def match_service(
    norm: Normalised, catalogue: tuple[ServiceOption, ...], proper: frozenset[str] = frozenset()
) -> Extracted[str] | None:
    checkup = upkeep.checkup(norm, catalogue)
    if checkup is not None:
        return checkup
    current = _current_part(norm)
    # What sets a service apart is read on the whole catalogue, before any is left out.
    apart = _what_sets_apart(catalogue)
    catalogue = upkeep.for_a_fault(norm, normalise(" ".join(current)), catalogue) or catalogue
    fixing = work_kind.fault_to_fix(norm)
    for thing in first_job.put_first(norm):  # several jobs, one put first: that one
        if (first := _best(thing, catalogue, proper, fixing, apart)) and first[0] >= MIN_SCORE:
            return Extracted(first[1], round(min(0.95, first[0]), 2))
    best = _best(current, catalogue, proper, fixing, apart) if current else None
    said = _affirmed_tokens(norm)
    if (best is None or best[0] < MIN_SCORE) and len(current) < len(said):
        best = _best(said, catalogue, proper, fixing, apart)
    if (best is None or best[0] < MIN_SCORE) and upkeep.WATER_MARK.search(norm.text):
        best = _best([*said, "leak"], catalogue, proper, fixing, apart)  # water that got in
    if best is None or best[0] < MIN_SCORE:
        return None
    return Extracted(best[1], round(min(0.95, best[0]), 2))
