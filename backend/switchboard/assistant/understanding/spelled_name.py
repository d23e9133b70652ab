"""A name spelled while it is said: one letter of it ("Katherine with a K", "Yesenia con y")
or every letter ("No, it's Jon, J-O-N", "W-A-L-T-E-R B-R-Z-E-Z-I-N-S-K-I"), and the rest of
the name said around the spelling."""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from switchboard.assistant.understanding.address_words import SUFFIXES
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Context, Expecting, Extracted
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import (
    GREETINGS,
    LEADS,
    STREET_WORD,
    an_answer,
    clean_name,
    name_like,
)
from switchboard.assistant.understanding.name_words import MOST_PARTS, parts_of, run, trimmed, typed
from switchboard.assistant.understanding.normalise import Normalised, fold, normalise
from switchboard.assistant.understanding.spelled_letters import (
    LETTER_RUN,
    a_name_spelled,
    letters_joined,
    put_right,
    spelled_word,
    spelled_words,
    with_breaks,
    without_spellings,
)

# Letters said by their names after "with a" / "con": "Ximena con equis", "Yesenia con i
# griega", "Katelyn with a kay". Only names no everyday word shares ("con ese" is also "with
# that").
_LETTER_NAMES = {
    "equis": "x", "i griega": "y", "ye": "y", "jota": "j", "hache": "h", "zeta": "z",
    "doble ve": "w", "doble u": "w", "uve": "v", "ve chica": "v", "ve corta": "v",
    "be grande": "b", "be larga": "b", "be alta": "b", "ka": "k", "cu": "q", "efe": "f",
    "ele": "l", "eme": "m", "erre": "r", "ge": "g", "ce": "c",
    "kay": "k", "jay": "j", "why": "y", "zee": "z", "zed": "z", "double u": "w",
    "aitch": "h", "cue": "q", "ex": "x", "vee": "v", "bee": "b", "dee": "d", "gee": "g",
}  # fmt: skip
_NAMES_PATTERN = "(?:" + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + ")"
_NAMED_LETTER = re.compile(
    r"(?<![\w'])(with an?|con(?: una?| la| el)?) ("
    + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True))
    + r")(?![\w'])",
    re.IGNORECASE,
)


# A letter the name has not: "Marta sin hache", "Jon without an h". Said to spell, never a
# part of the name, and left out.
_LETTER_LEFT_OUT = re.compile(
    # "without a doubt": the article is no letter left out
    r"(?<![\w'])(?:sin(?: la)? |without (?:an? |the )?(?!an? ))(?:"
    + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True))
    + r"|[a-z])(?![\w'])",
    re.IGNORECASE,
)


# "Gallardo con doble ele", "Allen with a double L": the letter doubled is still the letter
# the name has ("doble ve" and "double u" are W); only right after "con" or "with", as
# "con G y doble n" is two letters given.
_DOUBLED = re.compile(
    r"(?<![\w'])(con|with an?|with) (?:doble|double) (?!(?:ve|u|uve|you)(?![\w']))(?=(?:"
    + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True))
    + r"|[a-z])(?![\w']))",
    re.IGNORECASE,
)


# A letter counted as a spelling aid: "Ferreira with two Rs", "Allen, two L's", "Barrera con
# dos erres". Advice on how the name is written, never a part of it; a word said twice just
# before it ("ferreira ferreira with two rs") was said again to be spelled, and counts once.
_LETTER_COUNTED = re.compile(
    r"(?:(?<![\w'])([a-z][a-z'-]+),? \1)?,? (?<![\w'])(?:with |con |it's |its |it has |has |"
    r"tiene )?(?:two|three|2|3|dos|tres) (?:(?:"
    + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True))
    # "as", "is", "us" are words: those letters only with their apostrophe ("two a's").
    + r")s|[a-z]'s|[b-hj-tv-z](?:s|es))(?![\w'])",
    re.IGNORECASE,
)


def _counted_out(match: re.Match[str]) -> str:
    return f" {match[1]}" if match[1] else " "


# A letter said by its name inside a spelling, next to two letters said alone: "ybarra, i
# griega b a r r a", "b a r r ye". Only there: "ye", "ex", "why" are words elsewhere.
_LONE = r"[a-z](?![\w'])"
_NAME_IN_A_SPELLING = re.compile(
    rf"(?<![\w'])(?:(?<=(?<![\w'])[a-z] [a-z] )|(?={_NAMES_PATTERN} {_LONE} {_LONE}))"
    rf"({_NAMES_PATTERN})(?![\w'])",
    re.IGNORECASE,
)


# A two-letter word spelled right after it ("priscilla ng n g"), too short for a spelling of
# its own (three letters at least): the word, said once.
_TWO_SPELLED = re.compile(r"(?<![\w'])([a-z])([a-z]),? \1[.,-]? \2(?![\w'])", re.IGNORECASE)


def letters_by_name(norm: Normalised) -> Normalised:
    """The turn with a letter said by its name after "with a" or "con" written as the letter
    ("ximena con equis x i m e n a" -> "ximena con x x i m e n a"), as a spelling aid is read,
    and a letter said to be left out dropped ("marta sin hache" -> "marta"); a letter said
    by its name among letters said alone is the letter ("i griega b a r r a" -> "y b a r r a"),
    and a two-letter word spelled after it said once ("ng n g" -> "ng")."""
    raw = _DOUBLED.sub(r"\1 ", norm.raw)
    raw = _NAMED_LETTER.sub(lambda m: f"{m[1]} {_LETTER_NAMES[fold(m[2]).lower()]}", raw)
    raw = _LETTER_LEFT_OUT.sub(" ", raw)
    raw = _LETTER_COUNTED.sub(_counted_out, raw)
    raw = _TWO_SPELLED.sub(r"\1\2", raw)
    raw = _NAME_IN_A_SPELLING.sub(lambda m: _LETTER_NAMES[fold(m[1]).lower()], raw)
    return norm if raw == norm.raw else normalise(raw)


# "Katherine with a K", "Smith with an i", "Yesenia con y": a name spelled out, one letter
# of it said (the engine puts it in place of the part of the name it corrects).
SPELLED = re.compile(r"(?<![\w'])([a-z][a-z'-]+) (?:with an?|con(?: una?)?) ([a-z])(?![\w'])")


# "catrina with a c", which normalisation writes as air conditioning ("with ac"): read so only
# after a word that is no everyday word ("a place with ac" is a place).
_WITH_AC = re.compile(r"(?<![\w'])([a-z][a-z'-]+) with a(c)(?![\w'])")


def with_a_letter(norm: Normalised) -> Extracted[str] | None:
    saids = [*SPELLED.finditer(norm.text)]
    saids += [m for m in _WITH_AC.finditer(norm.text) if not is_common(m.group(1))]
    for m in sorted(saids, key=lambda m: m.start()):
        word, letter = m.group(1), m.group(2)
        if letter in word and name_like(word):
            at = norm.token_index(m.start(1))
            said = _said_again(norm, at) or _said_before(norm, at) or word
            said = _surname_after(norm, said, norm.token_index(m.end()) + 1)
            return Extracted(as_written(norm.raw, said), 0.85)
    return None


def _surname_after(norm: Normalised, said: str, at: int) -> str:
    """ "its catrina with a c kowalski": a first name given its letter, then the surname that
    ends the clause; no everyday word ("walter with an e please")."""
    tokens = norm.tokens
    if len(said.split()) != 1 or at >= len(tokens) or at in norm.breaks:
        return said
    word = tokens[at]
    if not (at + 1 == len(tokens) or at + 1 in norm.breaks) or not name_like(word):
        return said
    if is_common(word) and not typed(norm.raw, word):
        return said
    name = clean_name(f"{said} {word}")
    return name if name is not None and len(name.split()) == 2 else said


def _said_again(norm: Normalised, at: int) -> str | None:
    """ "its ellen vasquez vasquez with a z", "ellen vasquez, vasquez with a z": the last part
    of the name just said, said again at once to spell it; the name is the one said, whole.
    Not a part said again further on ("gallardo, ruperto gallardo con doble ele" is said
    anew, for `_said_before`)."""
    if at < 1 or norm.tokens[at - 1] != norm.tokens[at]:
        return None
    return _said_before(norm, at - 1)


def _said_before(norm: Normalised, at: int) -> str | None:
    """ "walter greene with an e on the end": the first name said just before the word a
    letter is given for, in its clause, goes with it (one or two words, none of them an
    everyday word unless it opens the turn or follows a lead-in; "gallardo, ruperto gallardo
    con doble ele" reads back to the word said before). Not when a word before it is the same
    name said another way ("catherine liu katherine with a k" corrects Catherine)."""
    tokens, start = norm.tokens, at
    while (
        start > 0
        and at - start < 2
        and start not in norm.breaks
        and tokens[start - 1] != tokens[at]
        and tokens[start - 1] not in LEADS
        and tokens[start - 1] not in GREETINGS
        and name_like(tokens[start - 1])
        and not an_answer(tokens[start - 1])
        and (not is_common(tokens[start - 1]) or _a_first_name_opening(tokens, start))
    ):
        start -= 1
    before = tokens[start:at]
    if not before or any(SequenceMatcher(None, w, tokens[at]).ratio() >= _ALIKE for w in before):
        return None
    name = clean_name(" ".join(tokens[start : at + 1]))
    return name if name is not None and len(name.split()) == at + 1 - start else None


# How alike two words must be to be one name said two ways ("catherine", "katherine").
_ALIKE = 0.6


def letter_by_letter(norm: Normalised, context: Context) -> Extracted[str] | None:
    """ "No, it's Jon, J-O-N", "W-A-L-T-E-R B-R-Z-E-Z-I-N-S-K-I": words spelled letter by
    letter are a name being made sure of, when the name was asked for or the word was also
    said whole ("a G F C I plug" spells a part, not a person)."""
    spelled = _respelled(with_breaks(norm))
    # "907 Polk Street, P-O-L-K": a street's name spelled out is no person's.
    streets = re.findall(rf"(?<![\w'])([a-z]+) (?:{SUFFIXES})(?![\w'])", norm.text)
    spelled = [w for w in spelled if w not in streets]
    said = set(without_spellings(norm.text).split())
    # "it's spelled with a k, k a t h r y n": the caller said a spelling comes.
    if context.expecting is not Expecting.NAME and not a_name_spelled(norm.text):
        stated = _spelled_as_a_name(with_breaks(norm))
        spelled = [w for w in spelled if w in said or w in stated]
    words = [
        w
        for w in spelled
        if (name_like(w) and (not an_answer(w) or _spelled_right_after(norm, w)))
        or _street_word_spelled_as_a_name(norm, w)
    ][:3]
    if not words:
        return None
    return Extracted(" ".join(as_written(norm.raw, w) for w in words), 0.85)


def _respelled(text: str) -> list[str]:
    """The words spelled in the turn, a spelling put right ("s i e b e r t no sorry s e i b e
    r t") left out."""
    runs = list(LETTER_RUN.finditer(text))
    return [w for i, w in enumerate(spelled_words(text)) if not put_right(runs, text, i)]


def _street_word_spelled_as_a_name(norm: Normalised, word: str) -> bool:
    """ "Gerald Pike, P-I-K-E", "Ana Lane, L-A-N-E": a surname that is also a street word,
    spelled right after it is said, in a turn with no house number (then it could be the
    street's)."""
    return (
        STREET_WORD.match(word) is not None
        and re.fullmatch(r"[a-z]{3,}", word) is not None
        and not re.search(r"[0-9]", norm.text)
        and _spelled_right_after(norm, word)
    )


def _spelled_right_after(norm: Normalised, word: str) -> bool:
    """ "Dale, D-A-L-E, Wood": a word spelled out right after it is said is a name being made
    sure of, though it is also an answer ("dale" is Spanish for "okay")."""
    text = with_breaks(norm)
    return any(
        spelled_word(m[0]) == word
        and [w for w in text[: m.start()].split() if w != "|"][-1:] == [word]
        for m in LETTER_RUN.finditer(text)
    )


_AND = {"and", "y", "plus", "also"}

# "me llamo X-I-M-E-N-A", "my last name is O-K-A-F-O-R": a spelling that a statement of the
# caller's name opens is that name, whatever else was asked.
_STATEMENT = re.compile(
    r"(?:my name is|my name's|my names|name is|last name is|last name|first name is|"
    r"first name|surname is|me llamo|mi nombre es|mi apellido es|apellido|soy) $"
)


_NAME_PARTS_SAID = re.compile(r"(?<![\w'])(?:last name|first name|surname|apellido)(?![\w'])")


def _spelled_as_a_name(text: str) -> set[str]:
    """The words spelled as a name: after a statement of it, or every spelling in a turn that
    speaks of a first or last name ("K-A-Y-L-A, last name Henderson")."""
    named = _NAME_PARTS_SAID.search(text) is not None
    return {
        spelled_word(m[0])
        for m in LETTER_RUN.finditer(text)
        if named or _STATEMENT.search(text[: m.start()]) is not None
    }


def without_the_job_after(norm: Normalised, said: Extracted[str], spelled: str) -> Extracted[str]:
    """ "No, it's Jon, J-O-N. Kitchen sink.": everyday words said after the spelled name, not
    all typed as names are, are the next thing said (a "Rosa, R-O-S-A, Green" stays whole)."""
    if _said_whole_before_spelling(norm, said.value, spelled):
        return said  # "jon smith, that's j-o-n": the whole name, then one part spelled
    words = said.value.split()
    at = [fold(w) for w in words].index(spelled) if spelled in fold(said.value).split() else -1
    after = words[at + 1 :] if at >= 0 else []
    everyday = after and all(is_common(fold(w)) for w in after)
    if everyday and not all(typed(norm.raw, fold(w)) for w in after):
        if len(after) == 1 and _ends_its_clause(norm, spelled, fold(after[0])):
            return said  # "ximena x i m e n a paredes": a surname, however everyday the word
        return Extracted(" ".join(words[: at + 1]), said.confidence)
    return said


def _said_whole_before_spelling(norm: Normalised, name: str, spelled: str) -> bool:
    """The name was said whole, its words together, before the spelling of one of them."""
    spelling = next(
        (m for m in LETTER_RUN.finditer(norm.text) if spelled_word(m[0]) == spelled), None
    )
    whole = re.search(rf"(?<![\w']){re.escape(fold(name))}(?![\w'])", norm.text)
    return (
        len(name.split()) > 1
        and spelling is not None
        and whole is not None
        and whole.end() <= spelling.start()
    )


# What may follow a surname in its sentence: the next fact, joined on ("... salinas vivo en
# el 2301", "... paredes my number is ...").
_NEXT_FACT = {"and", "y", "at", "on", "al", "en", "from", "de", "vivo", "vivimos", "live",
              "i", "i'm", "we", "we're", "my", "mi", "address", "direccion", "number",
              "numero", "phone", "telefono", "it's", "its", "es"}  # fmt: skip


def _ends_its_clause(norm: Normalised, spelled: str, word: str) -> bool:
    """`word` is the one word said right after the spelling of `spelled`, in the same sentence,
    and nothing but the sentence's end, a number or the next fact follows it ("... p a r e d e s"
    closes the turn; "J-O-N sink is clogged" goes on to say what the sink does)."""
    joined = letters_joined(norm)
    tokens = joined.tokens
    for i in range(len(tokens) - 1):
        if tokens[i] != spelled or tokens[i + 1] != word or (i + 1) in joined.breaks:
            continue
        after = i + 2
        return (
            after == len(tokens)
            or after in joined.breaks
            or tokens[after].isdigit()
            or tokens[after] in _NEXT_FACT
        )
    return False


def with_surname_after(norm: Normalised, spelled: Extracted[str]) -> Extracted[str] | None:
    """ "It's Katharine with an 'a': K-A-T-H-A-R-I-N-E. And Lindgren-Moss.": a first name
    spelled out, then the surname as a clause of its own."""
    if len(spelled.value.split()) != 1:
        return None
    bounds = sorted({*norm.breaks, len(norm.tokens)})
    for lo, hi in itertools.pairwise(bounds):
        clause = list(norm.tokens[lo:hi])
        joined = False
        while clause and clause[0] in _AND:
            clause.pop(0)
            joined = True
        if not 1 <= len(clause) <= 2 or not all(name_like(t) for t in clause):
            continue
        if fold(spelled.value) in clause:
            continue  # "Frederiksen. F-R-E-D-E-R-I-K-S-E-N": the spelled word said whole
        # "X-I-M-E-N-A. Y Paredes": one capitalised word joined on is a surname, however
        # everyday ("paredes" is also "walls").
        added = joined and len(clause) == 1 and typed(norm.raw, clause[0])
        if not added and (
            any(is_common(t) and not typed(norm.raw, t) for t in clause)
            or all(is_common(t) for t in clause)
        ):
            continue  # "J-O-N. Kitchen sink.": the job, not a surname
        surname = as_written(norm.raw, " ".join(clause))
        return Extracted(f"{spelled.value} {surname}", spelled.confidence)
    return None


def opens_a_name(norm: Normalised, word: str, spelled: str, language: str) -> bool:
    """`word`, said before the spelled name, may be part of it: it is no answer ("Tom"), or,
    to a caller not speaking Spanish, it is an answer only in Spanish ("dale", Dale to
    everyone else) said in the same clause as the spelled word ("dale okonkwo o k o n k w
    o"; "dale, Jon, J-O-N" stays "okay")."""
    if not an_answer(word):
        return True
    if language == "es" or not name_like(word) or word not in norm.tokens:
        return False
    at, name_at = (
        norm.tokens.index(word),
        norm.tokens.index(spelled) if spelled in norm.tokens else -1,
    )
    return at < name_at and not any(at < b <= name_at for b in norm.breaks)


def around(
    norm: Normalised, spelled: str, said_in: Normalised | None = None, language: str = "en"
) -> Extracted[str] | None:
    """ "Sure, it's Rosamund Dunleavy, D-U-N-L-E-A-V-Y", "his name on the account, rajesh
    mehra, r-a-j-e-s-h": the whole name the spelled word was said in, when no statement
    ("my name is") took it; the name's other words are read back to the last lead-in ("it's")
    and on to the first word no name has, never into an everyday word before it unless that
    word opens the turn or follows a lead-in ("tom okafor o k a f o r"), and never back across
    the end of a sentence in `said_in`, the turn as said ("Ugh autocorrect. Siobhan.
    S-I-O-B-H-A-N O'Driscoll"). Each place the spelled word was said is tried, first to
    last: a caller who says it alone and then whole ("it's pruitt now, dana pruitt,
    p-r-u-i-t-t") gave the name whole the second time."""
    places = [i for i, token in enumerate(norm.tokens) if token == spelled]
    for nth, at in enumerate(places):
        if (found := _around_at(norm, spelled, at, nth, said_in, language)) is not None:
            return found
    return None


def _around_at(
    norm: Normalised, spelled: str, at: int, nth: int, said_in: Normalised | None, language: str
) -> Extracted[str] | None:
    """`around` for the spelled word's `nth` saying, at token `at`."""
    tokens = norm.tokens
    start = at
    earlier = _said_before_in_its_clause(said_in, spelled, nth)
    while (
        start > 0
        and start > at - earlier
        and tokens[start - 1] not in LEADS
        and tokens[start - 1] not in GREETINGS
        and name_like(tokens[start - 1])
        # "dale, Jon, J-O-N": "dale" is "okay" there
        and opens_a_name(said_in or norm, tokens[start - 1], spelled, language)
        and (
            not is_common(tokens[start - 1], _everyday_in(language))
            or _a_first_name_opening(tokens, start)
        )
    ):
        start -= 1
    # "tom okafor o k a f o r": a clause that is only the name and its spelling holds the
    # whole name, though its first part is an everyday word too ("Tom", "Bill", "Rose").
    clause_start = max((b for b in norm.breaks if b <= start), default=0)
    if (
        0 < start - clause_start <= 2
        and at - clause_start <= earlier
        and all(
            name_like(t)
            and t not in LEADS
            and t not in GREETINGS
            and opens_a_name(said_in or norm, t, spelled, language)
            for t in tokens[clause_start:start]
        )
    ):
        start = clause_start
    # the spelled word is a name though a street word too ("gerald pike p i k e")
    # "Fiona Ni Bhriain (irish spelling, ...)": the name ends with the spelled word's sentence.
    ends = {*norm.breaks, at + 1 + _said_after_in_its_clause(said_in, spelled, nth)}
    words, _, clean = run(tokens, start, lambda w: name_like(w) or w == spelled, ends)
    words = trimmed(words, clean, norm.raw)
    if not 2 <= len(parts_of(words)) <= MOST_PARTS:
        return None
    name = clean_name(" ".join(words))
    if name is None or len(name.split()) != len(words):
        return None
    return Extracted(as_written(norm.raw, name), 0.85)


def _everyday_in(language: str) -> str | None:
    """Whose everyday words stop a name read back from its spelled part: an English caller's
    ("now javier ruelas r u e l a s": Javier is a Spanish word, not an English one); a
    Spanish caller mixes in English, so both languages'."""
    return "en" if language == "en" else None


def _said_before_in_its_clause(said_in: Normalised | None, spelled: str, nth: int = 0) -> int:
    """How many words the caller said before `spelled` in its own sentence, where they said it
    whole the `nth` time (the last time, when they said it fewer times); as many as there are
    when the turn as said is not known."""
    if said_in is None or spelled not in said_in.tokens:
        return len(said_in.tokens) if said_in is not None else 1_000
    places = [i for i, token in enumerate(said_in.tokens) if token == spelled]
    at = places[min(nth, len(places) - 1)]
    return at - max((b for b in said_in.breaks if b <= at), default=0)


def _said_after_in_its_clause(said_in: Normalised | None, spelled: str, nth: int = 0) -> int:
    """How many words the caller said after `spelled` before its sentence ended, where they
    said it whole the `nth` time; as many as there are when the turn as said is not known."""
    if said_in is None or spelled not in said_in.tokens:
        return len(said_in.tokens) if said_in is not None else 1_000
    places = [i for i, token in enumerate(said_in.tokens) if token == spelled]
    at = places[min(nth, len(places) - 1)]
    end = min((b for b in said_in.breaks if b > at), default=len(said_in.tokens))
    # "Siobhan. S-I-O-B-H-A-N O'Driscoll": the spelling that follows goes on with the name.
    spelling = LETTER_RUN.match(" ".join(said_in.tokens[end:]))
    if spelling is not None and spelled_word(spelling[0]) == spelled:
        return len(said_in.tokens)
    return end - at - 1


def _a_first_name_opening(tokens: tuple[str, ...] | list[str], start: int) -> bool:
    """The word before the name's `start` opens the turn or follows a lead-in: "gordon" in
    "gordon pfeiffer p f e i f f e r" is a first name however everyday the word."""
    before = start - 1
    if before == 0:
        return True
    lead = tokens[before - 1]
    if lead in _FILLER_LEADS and before - 1 > 0:
        return False  # "thanks so much okafor ...": "so" mid-sentence is no lead-in
    return lead in LEADS or lead in GREETINGS


# Lead-ins that are fillers: a lead-in only where they open the turn ("um tom okafor ...").
_FILLER_LEADS = {"so", "and", "um", "uh"}
