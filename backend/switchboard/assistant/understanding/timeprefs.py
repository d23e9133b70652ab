"""Time preferences in the tenant's zone: "tomorrow morning", "next Tuesday after 3", "asap",
"el viernes", "mañana por la tarde", "the 14th", "December 3rd".

A turn is read in pieces: what it rules out (`ruled_out_times`), the days it asks for
(`calendar_days`, `weekdays`), the part of the day (`day_parts`), the clock times and bounds
(`clock_times`), and a time relative to the slots on the table (`relative_times`); this module
puts them together into one window. Every datetime out is aware, in the tenant's zone, built
from wall-clock times with zoneinfo.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.arrival_dates import arrival_as_bound
from switchboard.assistant.understanding.busy_hours import busy_hours
from switchboard.assistant.understanding.calendar_days import date_range_asked
from switchboard.assistant.understanding.clock_times import (
    EITHER_HOUR,
    NOON,
    SPANISH_MINUTES,
    clock_bounds,
    either_hours,
    hour_alone,
    spanish_minutes_as_clock,
)
from switchboard.assistant.understanding.corrected_hours import corrected_hours
from switchboard.assistant.understanding.dates_gone_by import (
    DESDE_A_DATE,
    ON_A_DATE,
    SINCE_A_DATE,
)
from switchboard.assistant.understanding.day_parts import PARTS, part_of_day, within_part
from switchboard.assistant.understanding.deadline_days import without_deadline_days
from switchboard.assistant.understanding.forecast_days import forecast_as_bound
from switchboard.assistant.understanding.hours_gone_by import HOURS_GONE_BY
from switchboard.assistant.understanding.model import (
    Context,
    Expecting,
    Extracted,
    PartOfDay,
    TimeWindow,
)
from switchboard.assistant.understanding.months import ENDS_WITH_MONTH
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.relative_times import (
    EARLIER,
    IN_THE_WEEK,
    LATER,
    NEXT_DAY,
    relative_window,
)
from switchboard.assistant.understanding.ruled_out_times import ruled_out
from switchboard.assistant.understanding.story_times import STORY_TIMES
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES, weekdays_only

ASAP = words(r"as soon as (?:possible|you can)", r"asap", r"right away", r"earliest",
             r"how (?:soon|fast|quickly)", r"que tan pronto",
             r"soonest", r"lo (?:antes|mas pronto) posible", r"cuanto antes",
             r"(?:first|1st|next) (?:available|opening|open slot)", r"any time today",
             r"today if possible",
             # The earliest of a day or of all: "as early as you can", "first thing (Friday)",
             # "the first one you've got", "lo más temprano", "a primera hora", "la primera
             # que tenga". A bare "the first one" stays a pick among offers (slots).
             r"as early as (?:possible|you can|you have|you've got|you got|they can)",
             r"(?:first|1st) thing",
             r"(?:the )?(?:first|1st) (?:one|slot|time|opening|appointment) "
             r"(?:you(?:'ve| have)? (?:got|have)|available|open)",
             r"lo (?:mas|antes) (?:pronto|temprano)(?: que (?:se )?pueda)?", r"a primera hora",
             r"(?:la|el) primer[oa]? (?:que|cita que|horario que) (?:tenga|tengan|haya)",
             # "right now" is a wish only when it asks for someone: "no water in the basement
             # right now" describes the basement.
             r"(?:come|send|get|need|want|someone|somebody|anyone|here|over|out|please)"
             r"(?: [a-z']+){0,2} right now", r"^right now")  # fmt: skip
# Flexible about the day ("whenever", "cuando sea"): the window opens from now.
ANY_DAY = words(r"whenever", r"no preference", r"any ?day", r"(?:it )?doesn't matter",
                r"cualquier (?:dia|momento)", r"lo que sea", r"flexible", r"cuando sea",
                r"cuando (?:quiera|quieras|puedan|pueda|gusten?)", r"(?:el )?dia que sea",
                r"whatever (?:works|is open|you have|you've got)", r"i'm easy")  # fmt: skip
# Flexible about the hour only ("any time that day", "a cualquier hora"): a day said before
# still holds.
ANY_HOUR = words(r"any ?time(?: of (?:the )?day)?", r"all day", r"(?:a )?cualquier hora",
                 r"(?:a )?la hora que sea", r"whatever time", r"at any hour")  # fmt: skip
# Asking what is open ("what do you have?", "what's available?", "¿qué tiene disponible?") is
# a wish for the openings, from now: answered with slots, never passed on as a question.
OPENINGS = words(r"what (?:do|would|could) (?:you|y'?all|you guys) (?:have|got)(?! for| on| in)",
                 r"what (?:have you got|you got)(?! for| on| in)",
                 r"what(?:'s| is| are) (?:open|available|free)",
                 r"what (?:times?|days?|openings?|slots?|availability) (?:do|would|could) (?:you|"
                 r"y'?all|you guys) have",
                 # "any openings for a plumber apprentice?" asks for a job, not a visit
                 r"(?:any|what) (?:openings|availability)(?! for (?:a|an) )",
                 r"what(?:'s| is| would be) (?:good|best|easiest) for (?:you|y'?all|you guys)",
                 r"what works (?:best )?for (?:you|y'?all|you guys)",
                 r"que (?:tiene|tienen|hay)(?: \w+)? (?:disponibles?|libres?|abiertos?)",
                 r"que (?:dias|horarios?|horas) (?:tiene|tienen|hay)",
                 r"(?:cuando|que) (?:tiene|tienen) (?:disponible|libre|espacio|lugar)")  # fmt: skip
# "any time that day", "ese mismo día": the day of the slots on the table.
THAT_DAY = words(r"that (?:same )?day", r"the same day", r"ese (?:mismo )?dia", r"el mismo dia")
# What went wrong, said in the past: the day it happened is no wish.
_WENT_WRONG = (r"(?:quit|stopped|died|broke|failed|tripped|flooded|leaked|overflowed|froze|burst|"
               r"cracked|blew|clogged|backed up|gave out|crapped out|conked out|went (?:out|off|"
               r"down|dead|bad|kaput)|shut (?:off|down)|happened|noticed it|"
               r"(?:started|began) (?:leaking|dripping|tripping|flickering|sparking|smelling|"
               r"acting up|making (?:a |that |this )?noise|backing up))"
               r"(?: (?:working|running|cooling|heating|draining|flushing|leaking|on (?:me|us)|"
               r"again|up))?|"
               r"(?:se (?:descompuso|apago|rompio|murio|tapo|paro|quemo|inundo|trabo)|"
               r"dejo de (?:funcionar|servir|prender|enfriar|calentar)|empezo|comenzo|fallo)"
               r"(?: el| desde el)?")  # fmt: skip
# Something still not working, in Spanish: "no calienta", "no hay agua caliente", "sin luz".
_STILL_WRONG = (r"(?:no|ya no) (?:calienta|enfria|funciona|sirve|prende|enciende|sale|hay|tengo|"
                r"tenemos|jala|baja|drena|corre|arranca|trabaja|da)|sin (?:agua|luz|gas|"
                r"calefaccion|aire)|(?:esta|sigue) (?:goteando|tirando|fallando|apagad[oa])|"
                r"gotea|tira agua")  # fmt: skip
# The words between the fault and "desde": what is not working, never a wish in between
# ("no hay problema, desde el lunes", "no calienta, pueden venir desde el jueves").
_THE_THING = r"(?!problema|pued|podem|vengan|venir|cuando|si\b|pero|y\b)[a-z]+"
# Words that look like times of day but are not a wish: a greeting ("good morning",
# "buenas tardes"), a complaint about an offer ("those are kind of early for me"), and the
# story of the problem: how long it went on ("runs all night", "se oye toda la noche") and
# what happened or how things were that day ("hurricane season starts today", "it's dry
# today", "was fine this morning").
# What happened on a day, named by it: "Saturday's storm", "Monday's outage".
_EVENT = (
    r"(?:storms?|rain|rainstorm|thunderstorms?|wind ?storm|winds?|hail(?: ?storm)?|"
    r"freeze|frost|snow(?: ?storm)?|ice(?: storm)?|(?:power )?outage|blackout|flood(?:ing)?|"
    r"downpour|tornado|hurricane|(?:earth)?quake|heat ?wave|fire)(?![\w'])"
)
# How the weather went by: "came through", "blew over".
_CAME = (
    r"(?:come|came|roll|rolled|blow|blew|move|moved|pass|passed|tear|tore|go|went) "
    r"(?:through|over|by|in|across)"
)
NOT_A_TIME = words(r"good (?:morning|afternoon|evening|night)",
                   # a year said in two halves: "the thermostat is from nineteen ninety", "the
                   # heater's from twenty ten", "desde el dos mil diez" (never "after 7 PM")
                   r"(?:from|since|in|of|back in|de|del|desde(?: el)?)(?: (?:like|about|around|"
                   r"circa|maybe|the|el|año))? (?:19|20) (?:[1-9][0-9]|0 [1-9])(?![\w':])",
                   # the past is the story: "stopped yesterday morning", "desde ayer en la tarde"
                   r"(?:since |desde )?(?:yesterday|the day before yesterday|ayer|antier|"
                   r"antes de ayer)(?: (?:in the |en la |por la |a la )?(?:morning|afternoon|"
                   r"evening|night|manana|tarde|noche))?",
                   r"(?:since )?(?:last|this past) (?:night|evening)", r"(?:desde )?anoche",
                   # a weekday gone by: "quit sunday", "since last Tuesday", "se descompuso el
                   # domingo", "el lunes pasado"
                   rf"(?:since |desde )?(?:last|this past) (?:{WEEKDAY_NAMES})",
                   rf"since (?:{WEEKDAY_NAMES})", rf"(?:desde )?el (?:{WEEKDAY_NAMES}) pasado",
                   # the weather or trouble a weekday is named by: "after Saturday's storm",
                   # "since Monday's outage" ("Monday's good for me" is still a wish)
                   rf"(?:(?:after|since|from|during|in) )?(?:last |this past )?"
                   rf"(?:{WEEKDAY_NAMES})(?:'s|s) (?:big |bad |huge |last )?{_EVENT}",
                   # the weather a weekday brought, told as the past: "we had that hail
                   # come through saturday", "the storm blew through Sunday" ("we had a storm,
                   # come saturday" is still a wish)
                   rf"(?:had|got)(?: (?:that|the|a|some|this|all that|a big|a bad|that big|"
                   rf"that bad))? {_EVENT}(?: {_CAME})?(?: (?:on|last|this past))? "
                   rf"(?:{WEEKDAY_NAMES})",
                   rf"{_EVENT} (?:came|rolled|blew|went|hit|passed|moved|swept|tore)"
                   rf"(?: (?:through|over|by|in|across|us|down))?(?: (?:on|last|this past))? "
                   rf"(?:{WEEKDAY_NAMES})",
                   # what is still wrong, since a weekday: "no calienta el agua desde el
                   # domingo", "no tenemos luz desde el viernes" ("desde el lunes puedo" is
                   # still a wish: only a fault before it makes it the past)
                   rf"(?:{_STILL_WRONG})(?: {_THE_THING}){{0,3}}? (?:desde el (?:{WEEKDAY_NAMES})|"
                   rf"{DESDE_A_DATE})",
                   rf"(?:{_WENT_WRONG})(?: (?:on|last|this past|early|late|back on))? "
                   rf"(?:{WEEKDAY_NAMES})(?:(?: morning| afternoon| evening| night)(?! at))?",
                   # the date the trouble began: "no hot water since the 20th", "quit on the 3rd"
                   SINCE_A_DATE, rf"(?:{_WENT_WRONG}) {ON_A_DATE}",
                   r"(?:all|every|toda la|todas las|cada) (?:nights?|noches?)(?: long)?",
                   # ("that's fine this afternoon" is a yes, then the wish)
                   r"(?:starts?|started|begins?|began|stopped|happened|was|were|dry|"
                   r"(?:was|were|been|seemed|looked|worked) fine) "
                   r"(?:today|earlier today|this (?:morning|afternoon|evening))",
                   # when it happens: "blows cold for the first 10 minutes in the mornings",
                   # "bangs in the mornings when it kicks on"
                   r"(?:minutes?|hours?|while|bit) in the (?:mornings?|afternoons?|evenings?)",
                   r"in the (?:mornings?|afternoons?|evenings?) when (?:it|the \w+|they) "
                   r"(?:starts?|kicks? on|turns? on|comes? on|fires? up|runs?|gets? going)",
                   # "morning, this is Al": a greeting that opens the turn
                   r"^(?:(?:hi|hey|yeah|well|oh) )?(?:morning|afternoon|evening)(?= (?:this is|"
                   r"it's|its|i'm|im|i am|my name|hi|hello|there|y'?all|folks|um|uh|i need|"
                   r"we need|i have|we have|i've got|we've got|i got|we got|i was|calling)"
                   r"(?![\w']))",
                   r"buen(?:os|as) (?:dias|tardes|noches)",
                   r"(?:too|kind of|kinda|a bit|a little|little|pretty|so|very|really|rather|bit|"
                   r"all) (?:early|late)", r"(?:early|late) for (?:me|us)",
                   # when the weather or the fault struck today: "the wind tonight brought ..."
                   *STORY_TIMES,
                   # what the caller did until an hour: "we danced until two in the morning"
                   *HOURS_GONE_BY)  # fmt: skip


def _in_part(bound: time | None, part: PartOfDay) -> time | None:
    """An hour read as the morning's that only the afternoon or evening holds ("7" tonight)."""
    if bound is None or bound.hour >= 12 or within_part(bound, part):
        return bound
    later = time(bound.hour + 12, bound.minute)
    start, end = PARTS[part]
    return later if start <= later <= end else bound


def parse_time(norm: Normalised, context: Context) -> Extracted[TimeWindow] | None:
    tz = ZoneInfo(context.timezone)
    now_local = context.now.astimezone(tz)
    today = now_local.date()
    # Clause by clause on the tokens, before any rewriting of the text.
    (skip_weekdays, skip_dates, skip_parts), kept = ruled_out(norm, today)
    # "We get there on the 15th ... before we get there": before the 15th.
    # "A heat wave coming next week ... before it hits": before next week.
    # "The inspection period ends next week, Friday 8am?": the deadline's week is not Friday's.
    norm = replace(norm, text=without_deadline_days(forecast_as_bound(arrival_as_bound(kept))))
    if NOT_A_TIME.search(norm.text):
        # What is left either side of a span taken out never runs together: "she leaves at
        # 8:30 so early is better" must not become "8:30 is better".
        kept_apart = " ".join(NOT_A_TIME.sub(" _ ", norm.text).split())
        norm = replace(norm, text=re.sub(r"^(?:_ )+|(?: _)+$|(?<=_)(?: _)+", "", kept_apart))
    if NOON.search(norm.text):
        norm = replace(norm, text=NOON.sub("12 pm", norm.text))
    if SPANISH_MINUTES.search(norm.text):
        norm = replace(norm, text=SPANISH_MINUTES.sub(spanish_minutes_as_clock, norm.text))
    relative = relative_window(norm, context, tz, now_local)
    about_days = relative is not None and bool(
        IN_THE_WEEK.search(norm.text) or NEXT_DAY.search(norm.text)
    )
    if relative is not None:
        # "later"/"más tarde" are not the afternoon, nor "this week" a new range.
        for pattern in (LATER, EARLIER, NEXT_DAY, IN_THE_WEEK):
            norm = replace(norm, text=" ".join(pattern.sub(" ", norm.text).split()))
    asap = ASAP.search(norm.text) is not None
    any_day = ANY_DAY.search(norm.text) is not None or (
        not context.offered_slots and OPENINGS.search(norm.text) is not None
    )
    any_time = any_day or ANY_HOUR.search(norm.text) is not None
    skips: dict[str, Any] = {
        "skip_weekdays": skip_weekdays,
        "skip_dates": skip_dates,
        "skip_parts": skip_parts,
    }
    held = (*context.offered_slots, *((context.chosen,) if context.chosen else ()))
    clock_hours = frozenset(s.astimezone(tz).hour % 12 or 12 for s in held)
    dates = date_range_asked(norm, today, now_local, clock_hours)
    part, span_start, span_end = part_of_day(norm)
    # "Thursday at one, no, two": the hours said after the correction; "I'm at the
    # dentist from noon to 8": the hours around the busy ones.
    taken = context.chosen.astimezone(tz).time() if context.chosen else None
    start_t, end_t, exact = corrected_hours(norm, taken) or busy_hours(norm) or clock_bounds(norm)
    if exact and start_t is not None and part is not None and not within_part(start_t, part):
        later = time(start_t.hour + 12, start_t.minute) if start_t.hour < 12 else None
        if later is not None and within_part(later, part):
            start_t, end_t = later, time(min(later.hour + 1, 23), later.minute)  # "tonight at 7"
        else:
            # "I have the dentist Wednesday morning, can we do the 1 o'clock": the part of the
            # day is why the other time fails; the clock time said is the wish.
            part, span_start, span_end = None, None, None
    if not exact and part is not None:
        # "Tonight after 7", "in the evening before 8": the bound is an hour of that part.
        start_t, end_t = _in_part(start_t, part), _in_part(end_t, part)
    if start_t is None and end_t is None and (span_start or span_end):
        start_t, end_t = span_start, span_end
    talking_times = context.days_in_view is not None or context.expecting is Expecting.TIME
    # "like four or five" while times are being discussed: from the first to the second.
    either = EITHER_HOUR.search(norm.text) if start_t is None and end_t is None else None
    if either and ENDS_WITH_MONTH.search(norm.text[: either.start()]):
        either = None  # "Nov 3 or 4": two days
    if either and (talking_times or either.group(3)):
        start_t, end_t = either_hours(either, norm)
    alone = hour_alone(norm) if start_t is None and end_t is None else None
    if alone is not None and context.days_in_view is not None:
        # "3" answering "Friday at 4, would that work?": Friday at 3, offered or not.
        start_t, end_t, exact = alone, time(min(alone.hour + 1, 23), alone.minute), True
    if exact and start_t is not None and skip_parts:
        # "Make it ten, I'm not a morning person": the hour said is the wish, and the part of
        # the day put down beside it only the reason for it, never a rule against that hour.
        skips["skip_parts"] = tuple(p for p in skip_parts if not within_part(start_t, p))
    if (
        dates is not None
        and exact
        and THAT_DAY.search(norm.text)
        and dates[1] - dates[0] > timedelta(days=1)
    ):
        # "I'm off starting the 22nd, can you do 9am that day?": the day the range starts.
        dates = (dates[0], dates[0] + timedelta(days=1), dates[2])
    # A clock range said as a bound ("after 3", "between 9 and 11") holds on every day.
    # So does a clock time said for several days ("around noon any day next week").
    several_days = dates is not None and dates[1] - dates[0] > timedelta(days=1)
    daily = (start_t, end_t) if not exact or several_days else (None, None)
    if relative is not None and (start_t or end_t) and not about_days:
        relative = None  # "anything later, like four or five?": the hours say how much later
    if relative is not None:
        window = TimeWindow(relative[0], relative[1], part_of_day=part, after=daily[0],
                            before=daily[1], any_time=any_time, **skips)  # fmt: skip
        return Extracted(window, 0.75)
    if dates is None and part is None and start_t is None and end_t is None:
        if THAT_DAY.search(norm.text) and context.days_in_view is not None:
            # "Any time that day" about the slots on the table: their days, any hour.
            first_day, last_day_in_view = context.days_in_view
            earliest = max(now_local, datetime.combine(first_day, time(0), tzinfo=tz))
            latest = datetime.combine(last_day_in_view + timedelta(days=1), time(0), tzinfo=tz)
            return Extracted(TimeWindow(earliest, latest, any_time=True, **skips), 0.8)
        if asap or any_time or skip_weekdays or skip_dates or skip_parts:
            # "Whenever", "as soon as you can" and "any weekday except Friday" open the
            # window from now; "any time" or "not mornings" alone leave the day as it was.
            dated = asap or any_day or weekdays_only(norm.text)
            window = TimeWindow(now_local, None, asap=asap, any_time=any_time, dated=dated,
                                **skips)  # fmt: skip
            return Extracted(window, 0.9)
        return None
    if part is not None and start_t is None and end_t is None:
        start_t, end_t = PARTS[part]
    dated = dates is not None
    if dates is None and (any_day or weekdays_only(norm.text)):
        # "Any weekday after 3", "whenever, as long as it's after 3": from now on.
        window = TimeWindow(now_local, None, part_of_day=part, any_time=any_time,
                            after=start_t, before=end_t, **skips)  # fmt: skip
        return Extracted(window, 0.85)
    if dates is None and context.days_in_view is not None:
        # "Anything after three?" about Wednesday's openings means Wednesday after three.
        first_day, last_day_in_view = context.days_in_view
        wished = context.days_wished
        if wished is not None and wished[0] <= first_day and last_day_in_view <= wished[1]:
            # "Anything around 10 or 11?" about Monday's offers for "mornings next week":
            # those hours on the days asked for, not only the days offered.
            first_day, last_day_in_view = max(wished[0], today), wished[1]
        dates = (first_day, last_day_in_view + timedelta(days=1), 0.75)
        dated = True
        if last_day_in_view > first_day:
            # "Five works" about Thursday's and Friday's openings: five on either day, never
            # everything from Thursday at five to Friday at six.
            daily = (start_t, end_t)
    first, last, confidence = dates if dates else (today, today + timedelta(days=1), 0.8)
    earliest = datetime.combine(first, start_t or time(0), tzinfo=tz)
    last_day = last - timedelta(days=1) if end_t is not None else last
    latest = datetime.combine(last_day, end_t or time(0), tzinfo=tz)
    if dates is None and latest - max(earliest, now_local) < timedelta(hours=1):
        # "after 3" said at 4 pm, or "after 2" said at 23:30: the caller means the next day.
        earliest = datetime.combine(first + timedelta(days=1), earliest.time(), tzinfo=tz)
        latest = datetime.combine(last_day + timedelta(days=1), latest.time(), tzinfo=tz)
    if earliest < now_local < latest:
        earliest = now_local
    window = TimeWindow(earliest, latest, part_of_day=part, asap=asap, any_time=any_time,
                        exact=exact, after=daily[0], before=daily[1], dated=dated,
                        **skips)  # fmt: skip
    return Extracted(window, confidence)
