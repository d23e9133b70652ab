"""What can be a person's name: the words that never are ("this is about...", "Dana here"),
how a said name is cleaned (ended at a word no name has, cased), and the words a name is
made of, alone or right after a statement ("my name is") or before a house number."""

from __future__ import annotations

import itertools
import re

from switchboard.assistant.understanding.address_words import SUFFIXES
from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.name_case import HONORIFICS, cased
from switchboard.assistant.understanding.name_words import PARTICLES
from switchboard.assistant.understanding.normalise import fold
from switchboard.assistant.understanding.yesno import NO_WORDS, YES_WORDS, hits_any_yes

GREETINGS = {"hi", "hey", "hello", "hola", "yeah", "yes", "oh", "buenas", "buenos", "dias",
             "tardes", "noches", "good", "morning", "afternoon", "evening",
             # "yes ma'am, it's Beauregard Tillman": the caller addressing us
             "maam", "ma'am", "mam", "sir", "senor", "senora"}  # fmt: skip
# How a Spanish caller picks up before giving their name ("bueno", "sí", "aló"): words that may
# be surnames too (Bueno), so never GREETINGS, only an opening before "habla" or "soy".
PICKUPS = {"bueno", "si", "alo", "diga", "oiga", "mande"}

# Words that follow "this is"/"I'm" without being a name.
_NOT_NAMES_TEXT = """
    a an the about calling not at in on from looking having trying wondering interested going
    just so very really sure fine good ok okay here home out still also urgent emergency my your
    our this that it to for with leaking flooding getting gonna new moving renting owner tenant
    landlord afraid worried sorry hoping wanting need needing ready available free busy back
    done all what who correct right wrong yes no de el la un una muy dana's like kind sort
    outside inside downstairs upstairs usually over there due is was that's it's happy glad
    scared cold hot freezing stuck locked concerned confused asking texting writing following
    returning checking phoning after before probably definitely hopefully actually tired nervous
    alone pregnant elderly disabled del propietario cliente inquilino too coming off leaving
    near by under todo nuevo nueva seeing smelling hearing noticing lucky yup yep yea nope nah
    si uhhuh mmhmm mhm k kk espanol ingles english spanish usted ustedes please then thing
    been being had has have gone always never only purely simply mostly basically more less
    maintenance prevention preventive routine regular normal planning thinking still kinda
    esa ese esta este eso esas esos aquella aquel apt apartment unit suite y'all yall
    oh ah uh um umm hmm wait hold oops whoops ugh shoot espera perdon perdona disculpe ay
    any every some either neither none each anytime whenever cualquier cualquiera algun alguna
    muchas muchos gracias thanks thank his him them their hers theirs her
    spelled spelt spelling
    i i'm im i've we we're were apellido apellidos surname autocorrect autocorrected
    retired retirada retirado jubilado jubilada pensionado pensionada widowed widow widower
    viudo viuda married casado casada single soltero soltera unemployed disabled sick ill
    well warm warmer chilly cool cooler comfortable comfy cozy toasty fresco fresca
    caliente calientito tibio tibia bien mal enfermo enferma cansado cansada
    awake asleep up better worse great fantastic wonderful bored lonely old older
    because porque pero but cuz since cause
    sin without
    pretty quite fairly extremely awfully somewhat totally completely super seriously
    incredibly
    name nombre
    lot lote lots space espacio trailer traila trailas
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays lunes martes miercoles jueves viernes sabado
    today tomorrow tonight hoy manana
    supposed meant scheduled expecting booked
"""
# A label ("Name: Dmitri Volkov") and the lot, space or trailer of a park ("dwayne hollis lot
# 12 ...") are said around a name, never in it; a day ("ok thursday") is when, not who.
# A visit expected ("hi im supposed to have somebody come", "I'm scheduled for Friday") says
# what the caller has, never who they are.
# A word of degree ("it's pretty strong when you open the door") begins how something is,
# never a name.
# What a caller calls us, never their name: "I'm retired honey", "it's fine dear".
ENDEARMENTS = frozenset(
    {"honey", "hun", "hon", "dear", "dearie", "sweetie", "sweetheart", "darling", "mija",
     "mijo", "mijita", "mijito", "carino", "corazon"}
)  # fmt: skip
_NOT_NAMES_TEXT += " ".join(ENDEARMENTS)
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
SECOND_NOT_NAMES = {"and", "i", "from", "at", "my", "calling", "here", "with", "again", "y",
                    "the", "about", "in", "on", "please", "need", "we", "i'm", "it's", "there",
                    "to", "de", "del", "speaking", "so", "but", "is", "yeah", "yes", "can",
                    "could", "will", "would", "has", "have", "had", "did", "does", "just",
                    "texting", "by", "for", "over", "que", "you", "a", "call", "text", "phone",
                    "reach", "thanks", "thank", "our", "hi", "hello", "were", "we're", "was",
                    "am", "im", "live", "lives", "got", "otra", "en", "vivo", "tengo",
                    "estoy", "estamos", "soy", "somos",
                    # "it's roberto camacho tell him to call me": word for the owner begins
                    "tell", "ask", "let",
                    # "póngalo como guadalupe treviño así está la casa": how, not who
                    "asi",
                    # "this is darnell ruiz wanna get a tune up": what the caller wants begins
                    "want", "wants", "wanted", "wanna", "gotta", "needs", "needed",
                    # "me llamo rosa jiménez es el ciento ...": the address begins
                    "es", "era", "fue",
                    # "ella se llama rosalinda ochoa vive en ...": a verb, the name ended
                    "vive", "viven", "vivimos", "tiene", "quiere", "necesita", "dice",
                    "necesito", "tomorrow",
                    # "habla rogelio fuentes queria confirmar ...": the request begins
                    "queria", "quiero", "quisiera", "queriamos", "queremos", "llamaba",
                    "hablaba", "necesitaba", "ocupo", "ocupaba", "estaba", "tenia", "teniamos",
                    "pero", "porque", "para", "today", "tonight", "next", "this", "se", "me",
                    "nos", "les", "mi", "y'all", "yall", *ENDEARMENTS,
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "mañana", "manana", "hoy",
                    # The next fact named: "my name is Arkady Volkov address is ..."
                    "address", "direccion", "number", "numero", "telefono", "cell",
                    "celular", "email", "correo", "zip",
                    # "a nombre de Ximena Paredes Lugo (yo)": who the name is, not a part of it
                    "yo", "ella", "el",
                    # "tell him curtis lindgren called": the message begins after the name
                    "called", "calls", "rang", "phoned", "stopped", "dropped", "came",
                    # "any weekday", "cualquier día": a time, never a surname
                    "weekday", "weekdays", "weekend", "weekends", "mornings",
                    "afternoons", "evenings", "gracias",
                    # "ask for Warren when you get there": what follows the name
                    "when", "whenever", "if", "once", "cuando", "si", "now", "ahora"}  # fmt: skip
# "benedict oyugi one oh eight twenty...": digits said as words that normalisation left as
# words; the house number or the phone number begins.
DIGIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "zero", "oh", "uno", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
                "nueve", "cero"}  # fmt: skip
SECOND_NOT_NAMES |= DIGIT_WORDS


# Titles of an office said before a name ("Deacon Raymond Fitzgerald", "el pastor Tomás
# Herrera"): left out of a first and last name, kept with one name alone ("Pastor Okafor",
# "Father Mike"), how the caller is called.
OFFICES = {"deacon", "pastor", "pastora", "father", "reverend", "rev", "rabbi", "imam",
           "minister", "sister", "brother", "padre", "hermano", "hermana", "reverendo",
           "diacono", "officer", "sergeant", "sgt", "captain", "coach", "professor",
           # an official calling about a permit or a case: "Inspector Ray Collins"
           "inspector", "inspectora", "detective", "deputy", "lieutenant", "lt", "sheriff",
           "trooper", "chief", "commissioner", "councilman", "councilwoman", "councilmember",
           "alderman", "judge", "mayor", "senator", "oficial", "sargento", "capitan",
           "licenciado", "licenciada", "ingeniero", "ingeniera", "arquitecto", "arquitecta",
           "profesor", "profesora", "regidor", "regidora", "alcalde", "alcaldesa"}  # fmt: skip


# Posts held in an office, not forms of address: left out even before one name ("Inspector
# Alvarez" is Alvarez; the office is in the message), as a pastor's or a doctor's title is not.
POSTS = {"inspector", "inspectora", "detective", "deputy", "officer", "sergeant", "sgt",
         "lieutenant", "lt", "sheriff", "trooper", "commissioner", "councilman", "councilwoman",
         "councilmember", "alderman", "oficial", "sargento", "regidor", "regidora"}  # fmt: skip


_POST_BEFORE = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted(POSTS, key=len, reverse=True)) + r")\.? ([\w'-]+)"
)


def said_with_a_post(name: str, text: str) -> bool:
    """Whether the one name was said after a post ("inspector alvarez", "officer daniels")."""
    wanted = fold(name)
    return any(m.group(1) == wanted for m in _POST_BEFORE.finditer(text))


# Courtesy titles left out of a first and last name as an office is ("Mrs. Dana Ruiz" is
# Dana Ruiz), kept with one name ("Dr. Patel"); "Don" is a given name too.
_TITLES = set(HONORIFICS) - {"don"}


def doing(word: str) -> bool:
    """ "running", "watching", "freezing": an everyday verb said as what is happening ("it's
    running down the driveway", "i'm watching her son"); "Sterling", "Irving" are no verb."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = {stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem}
    return any(len(s) >= 3 and is_common(s, "en") for s in stems)


_SUBJECTS = {"he", "she", "they", "it", "ella", "ellos", "ellas"}
_PRONOUN_CONTRACTION = re.compile(r"(?:i|you|we|they|he|she)'(?:ll|m|ve|d|re)$")


def clean_name(candidate: str) -> str | None:
    parts = candidate.split()
    if not parts or parts[0] in NOT_NAMES or any(ch.isdigit() for ch in candidate):
        return None
    if doing(parts[0]) and all(is_common(p) for p in parts[1:]):
        return None  # "it's running down": what is happening; "Channing Tatum" stays a name
    if parts[0].endswith("'s"):
        return None  # "this is Rick's plumber": whose, not who
    # "I'm her son, I'll meet your guy there": a pronoun's contraction is no name, and ends one.
    cut = next((i for i, p in enumerate(parts) if _PRONOUN_CONTRACTION.match(p)), None)
    if cut == 0:
        return None
    parts = parts[:cut]
    # "its carol he knows the number": a pronoun begins a clause about someone; "he" said last
    # may be a surname ("Wei He").
    cut = next(
        (i for i, p in enumerate(parts) if i and p in _SUBJECTS and (p != "he" or parts[i + 1 :])),
        None,
    )
    parts = parts[:cut]
    if len(candidate.strip(".")) < 2:  # "y", a text message's yes, is nobody's name
        return None
    for i in range(1, len(parts)):
        rest = list(itertools.dropwhile(PARTICLES.__contains__, parts[i:]))
        if parts[i] in PARTICLES and rest and is_business(" ".join(rest)):
            parts = parts[:i]  # "soy María de la Taquería Lupita": María, from the company
            break
    if is_business(" ".join(parts)):
        return None  # "this is Sparky's Diner": the company (company.py), not a person
    for i, part in enumerate(parts[1:], start=1):
        # "Maria de los Angeles": a particle with the name going on after it is no end.
        if part in PARTICLES and i + 1 < len(parts):
            continue
        if part in SECOND_NOT_NAMES or part in NOT_NAMES:
            parts = parts[:i]
            break
    # "octavio villarreal garza al siete uno tres...": "al" before the number, not "Al-Amin".
    while parts[-1] in PARTICLES or (len(parts) > 1 and parts[-1] == "al"):
        parts.pop()
    if (parts[0] in HONORIFICS or parts[0] in OFFICES) and len(parts) == 1:
        return None  # "I'm Mrs." is not yet a name
    if (parts[0] in OFFICES or parts[0] in _TITLES) and len(parts) > 2:
        parts = parts[1:]  # "la señora Carmen Hernández": Carmen Hernández
    elif parts[0] in POSTS and len(parts) == 2:
        parts = parts[1:]  # "this is inspector Alvarez with the city": Alvarez
    return " ".join(p if i and p in PARTICLES else cased(p.strip(".")) for i, p in enumerate(parts))


def an_answer(candidate: str) -> bool:
    """ "perfect", "go ahead", "sounds good": a yes or a no, not a name."""
    parts = candidate.split()
    return bool(set(parts) & (YES_WORDS | NO_WORDS)) or hits_any_yes(candidate)


# Said before a name: "it's", "this is", "sure, Dana Ruiz, ...".
LEADS = {"it's", "its", "this", "is", "i'm", "im", "name's", "names", "soy", "llamo", "sure",
          "ok", "okay", "so", "um", "uh", "and", "hi", "hey", "hello", "yes", "yeah"}  # fmt: skip
STREET_WORD = re.compile(rf"^(?:{SUFFIXES}|n|s|e|w|north|south|east|west)$")


def name_like(token: str) -> bool:
    return (
        re.fullmatch(r"[a-z][a-z'\.-]*", token) is not None
        and token not in NOT_NAMES
        and token not in SECOND_NOT_NAMES
        and token not in GREETINGS
        and token not in YES_WORDS
        and token not in NO_WORDS
        and STREET_WORD.match(token) is None
    )


_COMPASS = {"n", "s", "e", "w", "north", "south", "east", "west"}


def before_the_street(token: str) -> bool:
    """A word of a name said before the house number: there a street word is a surname
    ("Ingeborg Halvorsen-Pike 10455 W 125th St", "Dana Lane, 12 Elm St"), the street being
    still to come."""
    return name_like(token) or (
        STREET_WORD.match(token) is not None
        and token not in _COMPASS
        and re.fullmatch(r"[a-z]{3,}", token) is not None
    )


def name_part(token: str) -> bool:
    """A word that can go on a name once a statement ("my name is", "soy") has begun it."""
    return (
        re.fullmatch(r"[a-z][a-z'\.]+", token) is not None
        and not token.endswith(("'ve", "'ll", "'d", "'re", "'m"))  # "i've got you all..."
        and token not in NOT_NAMES
        and token not in SECOND_NOT_NAMES
    )
