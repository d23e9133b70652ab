"""What the caller rules out: "except Friday", "not mornings", "anything but the 22nd",
"cualquier día menos el viernes", "Fridays don't work", "I work Tuesdays", "por la mañana no
puedo"; and the words left once those phrases are taken out."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from switchboard.assistant.understanding.calendar_days import day_of_month_from
from switchboard.assistant.understanding.model import PartOfDay
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES, WEEKDAYS, weekdays_only

_DAY_WORD = rf"(?:{WEEKDAY_NAMES})(?:s|'s)?"
_PART_WORD = (r"(?:mornings?|afternoons?|evenings?|nights?|(?:la |las )?mananas?|"
              r"(?:la |las )?tardes?|(?:la |las )?noches?)")  # fmt: skip
_ONE_DATE = r"(?:tomorrow|today|manana|hoy|(?:the |el (?:dia )?)?[0-9]{1,2}(?:st|nd|rd|th))"
_ONE_DATE_ES = r"(?:el (?:dia )?[0-9]{1,2})"
_ARTICLES = r"(?:(?:on|in|the|el|los|por|en|this|next|este|a|any)\s+){0,2}"
# What keeps the caller busy on a day: "Wednesday is my dentist", "I have the doctor Friday",
# "el miércoles tengo cita con el dentista".
_ENGAGEMENT = (r"(?:a |an |the |my |our |his |her |their |mi |una |la |el )?(?:(?:kid'?s|son'?s|"
               r"daughter'?s|husband'?s|wife'?s|mom'?s|dad'?s) )?(?:(?:dentist|doctor|dr|"
               r"doctor's|dentist's|eye doctor|vet|surgery|therapy|physical therapy|chemo|"
               r"dialysis|court|jury duty|meeting|class|game|recital|funeral|wedding|shift|"
               # what people go to at set hours: "I have bridge in the afternoon"
               r"bridge|bingo|cards|church|mass|bible study|choir|book club|golf|tennis|"
               r"pickleball|yoga|pilates|the gym|gym|bowling|practice|rehearsal|lessons?|"
               r"tutoring|errands|volunteering|carpool|pickup|school pickup|daycare pickup)"
               r"(?: (?:appointment|appt|visit))?|(?:cita|consulta) (?:con el|con la|en el|al|"
               r"del|de la) (?:dentista|doctor|doctora|medico|medica|hospital|clinica)|"
               r"(?:dentista|doctor|medico|cita medica|junta|clases?|consulta|"
               r"terapia|misa|iglesia|ensayo|practica|gimnasio|mandados))")  # fmt: skip
_NOT_A_REASON = (r"(?<!que )(?<!porque )(?<!pues )(?<!because )(?<!cause )(?<!since )"
                 r"(?<!'cause )")  # fmt: skip
# Said after the day: "Wednesday I have the dentist", "el miércoles tengo cita con el doctor".
_BUSY_WITH = (rf"(?:(?:i|we) (?:have|got|have got)|(?:i've|we've) got) {_ENGAGEMENT}|"
              rf"(?:tengo|tenemos) {_ENGAGEMENT}")  # fmt: skip
_RULED_OUT = (r"except(?: for| on)?|excepting|but not|not|(?<=anything )but|(?<=day )but|"
              r"(?<=time )but|(?<=days )but|(?<=week )but|(?<=weekday )but|"
              # "next week any morning but Friday"
              r"(?<=morning )but|(?<=mornings )but|(?<=afternoon )but|(?<=afternoons )but|"
              r"(?<=evening )but|(?<=evenings )but|"
              r"other than|besides|apart from|menos|excepto|salvo|que no sea|"
              r"no puedo|can't do|can not do|cannot do|can't make it|can't make|can't come|"
              r"can't|cannot|nothing|ni|"
              # "I work Tuesdays", "trabajo los martes": days the caller is busy
              r"(?<=i )work|(?<=we )work|(?<=i )have work|(?<=i )have to work|(?<=we )have to work|"
              r"me toca trabajar|nos toca trabajar|tengo que trabajar|tenemos que trabajar|"
              # "he's out of town this weekend", "we're away Friday", "no estamos el sábado"
              r"(?:i'm|im|i am|we're|we are|he's|hes|he is|she's|shes|she is|they're|they are|"
              r"tenant's|tenant is)(?: (?:gonna|going to) be)? (?:working|busy|out of town|away|"
              r"gone|travell?ing|not (?:around|home|here|available|in town))|"
              r"(?:estoy|estamos|esta|estan) (?:fuera|de viaje|trabajando|ocupad[oa]s?)|"
              r"no (?:estoy|estamos|esta|estan)(?: en casa)?|"
              r"(?<!\w )trabajo|tengo (?:trabajo|clases?|escuela)|"
              # "I have the dentist Wednesday", "my doctor's appointment is Friday" (never the
              # reason for a day said before it: "el lunes no, que tengo cita con el doctor; el
              # martes a las 11" wants Tuesday)
              rf"{_NOT_A_REASON}(?:(?:i|we) (?:have|got|have got)|(?:i've|we've) got) "
              rf"{_ENGAGEMENT}(?: on)?|"
              rf"{_NOT_A_REASON}(?:tengo|tenemos) {_ENGAGEMENT}|"
              rf"{_NOT_A_REASON}{_ENGAGEMENT} (?:is|'s|es|sera)(?: on)?")  # fmt: skip
# "Monday to Wednesday", "de lunes a miércoles": every day of the run.
_DAY_RUN = rf"(?:{_DAY_WORD})\s+(?:to|through|till|until|a|al|hasta)\s+(?:el\s+)?(?:{_DAY_WORD})"
_WEEKEND_WORD = r"(?:weekend|fin de semana)"
_TARGET = rf"({_DAY_RUN}|{_DAY_WORD}|{_PART_WORD}|{_WEEKEND_WORD}|{_ONE_DATE_ES}|{_ONE_DATE})"
SKIP_BEFORE = re.compile(rf"(?<![\w'])(?:({_RULED_OUT})|(no))\s+{_ARTICLES}{_TARGET}(?![\w'])")
SKIP_AFTER = re.compile(
    rf"(?<![\w']){_ARTICLES}{_TARGET}\s+(?:(?:is|are|would be|will be)\s+)?(?:(?:not )?"
    r"(?:out|bad|no good|not good|a no|doesn't work|don't work|won't work|does not work|"
    r"do not work|will not work|not going to work)|(?:no|tampoco) (?:me |nos )?(?:sirven?|"
    r"quedan?|funcionan?|conviene|puedo|podemos|"
    # "mañana no me dan permiso en el trabajo": the day off is not given
    r"dan (?:permiso|chance|el dia)|da (?:permiso|chance)|dejan(?: salir| faltar)?)|no$|"
    # "el lunes no que tengo cita", "monday no because i work": the day, then why not
    r"no(?= (?:que|porque|pues|ya que|because|cause|since)(?![\w']))|"
    # "thursday I work", "el jueves trabajo": the day's busy, all of it (never "Friday I work
    # till 3", whose hours are a bound)
    r"(?:(?:i|we)(?: work| have work| have to work| have class| am working|'m working|'re working|"
    r" are working|"
    r"'m busy| am busy|'re busy| are busy| am at work|'m at work)|trabajo|trabajamos|"
    r"(?:me|nos) toca trabajar|tengo que trabajar|tenemos que trabajar|"
    r"tengo (?:trabajo|clases?)|estoy (?:trabajando|ocupad[oa])|estamos (?:trabajando|ocupados)|"
    # "el lunes salgo tarde del trabajo", "monday I get off late": the day is taken by work
    r"(?:salgo|salimos) tarde(?: del trabajo| de trabajar)?|(?:i|we) (?:get off|work) late|"
    r"(?:i'm|i am|we're|we are) working late)"
    r"(?: all day| todo el dia)?(?=\s*$|\s+(?:so|and|but|y|pero|asi que)(?![\w']))|"
    # "Wednesday is my dentist", "el miércoles tengo cita con el doctor"
    rf"(?:(?:'s|es) )?{_ENGAGEMENT}|{_BUSY_WITH})(?![\w'])"
)
_AND_OR = r"(?:and|or|nor|y|o|ni|e|u)"
_LISTED_BEFORE = re.compile(rf"(?<![\w']){_ARTICLES}{_TARGET}\s+{_AND_OR}\s+$")
_LISTED_AFTER = re.compile(rf"^\s+{_AND_OR}\s+{_ARTICLES}{_TARGET}(?![\w'])")
_PART_NAMES = {"morning": PartOfDay.MORNING, "manana": PartOfDay.MORNING,
               "afternoon": PartOfDay.AFTERNOON, "tarde": PartOfDay.AFTERNOON,
               "evening": PartOfDay.EVENING, "night": PartOfDay.EVENING,
               "noche": PartOfDay.EVENING}  # fmt: skip


Skips = tuple[tuple[int, ...], tuple[date, ...], tuple[PartOfDay, ...]]


def ruled_out(norm: Normalised, today: date) -> tuple[Skips, str]:
    """Weekdays, dates and parts of the day the caller ruled out, and the text without those
    phrases (so "except Friday" is never read as a wish for Friday). Read clause by clause:
    "no, Friday" is a correction, not "not Friday"."""
    weekdays: set[int] = set()
    dates: set[date] = set()
    parts: set[PartOfDay] = set()
    kept: list[str] = []
    starts = sorted({0, *norm.breaks, len(norm.tokens)})
    for lo, hi in pairwise(starts):
        clause = " ".join(norm.tokens[lo:hi])
        # "Lunes y martes no puedo el miércoles": a negation said after its days is theirs,
        # so those come first and the day after it is the wish.
        for pattern in (SKIP_AFTER, SKIP_BEFORE):
            for m in reversed(list(pattern.finditer(clause))):
                bare_no = pattern is SKIP_BEFORE and m.group(2) is not None
                if pattern is SKIP_BEFORE and _only_its_hours(m, clause):
                    continue
                if _rule_out(m.group(pattern.groups), m.group(0), bare_no, today,
                             weekdays, dates, parts):  # fmt: skip
                    start, end = m.start(), m.end()
                    # Every one of a list goes: "Monday or Tuesday is no good", "not
                    # Monday or Tuesday", "ni lunes ni martes".
                    listed = _LISTED_BEFORE if pattern is SKIP_AFTER else _LISTED_AFTER
                    while (more := listed.search(clause[:start] if pattern is SKIP_AFTER
                                                 else clause[end:])) is not None:  # fmt: skip
                        if not _rule_out(more.group(1), more.group(0), False, today,
                                         weekdays, dates, parts):  # fmt: skip
                            break
                        if pattern is SKIP_AFTER:
                            start = more.start()
                        else:
                            end += more.end()
                    clause = clause[:start] + " " + clause[end:]
        kept.append(" ".join(clause.split()))
    if weekdays_only(norm.text):
        weekdays |= {5, 6}
    skips = (tuple(sorted(weekdays)), tuple(sorted(dates)), tuple(sorted(parts)))
    return skips, " ".join(k for k in kept if k)


# "We have a recital Friday evening", "I've got the dentist Wednesday at 3": the engagement
# keeps only those hours (`SKIP_AFTER` reads "Friday evening is my recital" as the evening).
_ENGAGED = re.compile(rf"(?:{_BUSY_WITH}|{_ENGAGEMENT} (?:is|'s|es|sera))(?: on)?")
_ITS_HOURS = re.compile(r"^ (?:(?:in the |por la |en la )?(?:morning|afternoon|evening|night|"
                        r"tarde|noche)|at [0-9]|a las? [0-9]|from [0-9]|[0-9])")  # fmt: skip


def _only_its_hours(m: re.Match[str], clause: str) -> bool:
    engaged = m.group(1) is not None and _ENGAGED.fullmatch(m.group(1)) is not None
    return engaged and _ITS_HOURS.match(clause[m.end() :]) is not None


def _rule_out(
    target: str,
    phrase: str,
    bare_no: bool,
    today: date,
    weekdays: set[int],
    dates: set[date],
    parts: set[PartOfDay],
) -> bool:
    words_ = target.split()
    head = words_[-1]
    singular = re.sub(r"(?:'s|s)$", "", head)
    if len(words_) >= 3 and (run := _days_of_run(words_[0], head)):
        weekdays.update(run)
        return True
    if head in WEEKDAYS or singular in WEEKDAYS:
        if bare_no and head in WEEKDAYS:  # "no Friday" is as often "no, Friday" as "not Friday"
            return False
        weekdays.add(WEEKDAYS[head] if head in WEEKDAYS else WEEKDAYS[singular])
        return True
    if singular in _PART_NAMES and not (singular == "manana" and _is_tomorrow(target, phrase)):
        parts.add(_PART_NAMES[singular])
        return True
    if bare_no:
        return False
    if head == "weekend" or target.endswith("fin de semana"):
        # "Out of town this weekend": the coming Saturday and Sunday ("next": a week on).
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:
            saturday = today - timedelta(days=1)
        if re.search(r"(?<![\w'])(?:next|proximo)(?![\w'])", target):
            saturday += timedelta(days=7)
        dates.update({saturday, saturday + timedelta(days=1)})
        return True
    if head in {"tomorrow", "manana"}:
        dates.add(today + timedelta(days=1))
        return True
    if head in {"today", "hoy"}:
        dates.add(today)
        return True
    if (n := re.match(r"[0-9]{1,2}", head)) and (day := day_of_month_from(int(n.group()), today)):
        dates.add(day)
        return True
    return False


def _days_of_run(first: str, last: str) -> tuple[int, ...]:
    """ "Monday" to "Wednesday": 0, 1, 2 (a run past Sunday wraps round)."""
    first, last = (w if w in WEEKDAYS else re.sub(r"(?:'s|s)$", "", w) for w in (first, last))
    if first not in WEEKDAYS or last not in WEEKDAYS:
        return ()
    start, end = WEEKDAYS[first], WEEKDAYS[last]
    return tuple((start + i) % 7 for i in range((end - start) % 7 + 1))


def _is_tomorrow(target: str, phrase: str) -> bool:
    """Bare "mañana" is tomorrow; "la mañana", "por la mañana" and "mañanas" the morning."""
    return target == "manana" and not re.search(r"(?:la|por|en) manana", phrase)
