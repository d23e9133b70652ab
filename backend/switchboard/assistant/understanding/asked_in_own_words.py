"""Questions about the business put in the caller's own words, beside or inside a time.

When it works, asked of the business in general: "do you ever come out in the evening after 6,
or on Sundays?", "do you guys work weekends", "are you working today?", "¿trabajan hoy
domingo?", "¿atienden en la noche?". The evening, the Sunday or the "today" are what the
question is about, never a wish for a visit: the answer is the hours ("can you come out in the
evening?" asks for a visit and is no question here).

Where it goes, pointed at: "¿ustedes trabajan allá por Baytown?", "¿llegan hasta allá por
Katy?": the service area, whatever job is told next.

What a job costs, the job named bare: "roughly what does gutter cleaning run for a 2 story
house?", "what would drain cleaning cost": the price.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_YOU = r"(?:you|u|y'?all|ya)(?: guys| all| folks| people)?"
# Times of the day or week asked after as a habit of the business.
_WHEN = (
    r"(?:in the evenings?|evenings|at night|nights|after hours|late|early(?: in the morning)?|"
    r"(?:after|past|before) [0-9]+(?: ?(?:am|pm|o'?clock))?|on (?:the )?weekends?|weekends|"
    r"on (?:sun|satur)days?|(?:sun|satur)days|on holidays|holidays)"
)
WHEN_ASKED = words(
    # "do you ever come out in the evening after 6, or on Sundays?", "do y'all do calls after
    # 5", "does your crew work Saturdays"
    rf"(?:do|does) (?:{_YOU}|your (?:guys|techs?|crews?|people|men))(?: ever| even| usually| "
    r"normally| also| still)? (?:come out|come|go out|work|do (?:calls|jobs|service calls|"
    r"appointments|visits)|take (?:calls|appointments|jobs)|schedule|book|run calls|send "
    rf"(?:someone|anyone|anybody|a tech|techs|guys)(?: out)?)(?: [\w-]+){{0,2}} {_WHEN}"
    rf"(?:,? or (?:on )?{_WHEN})*",
    # "are you guys working today?", "you working this Sunday?" (never "working on my house")
    rf"(?:are|r) {_YOU} (?:working|open) (?:today|tonight|tomorrow|this (?:weekend|sunday|"
    r"saturday|evening)|on (?:the )?(?:weekend|sunday|saturday|holiday))",
    # "is anybody actually working today?", "is anyone in on Saturdays"
    r"(?:is|are) (?:anybody|anyone|somebody|someone|any of (?:you|y'?all))(?: actually| even| "
    r"still)? (?:working|open|in) (?:today|tonight|tomorrow|this (?:weekend|sunday|saturday|"
    r"evening)|on (?:the )?(?:weekends?|sundays?|saturdays?|holidays?))(?![\w'])",
    # "¿trabajan hoy domingo?", "¿abren mañana?", "¿atienden en la noche?", "¿trabajan este
    # sábado?" (never "trabajan en mi casa")
    r"(?:trabajan|abren|atienden|estan (?:abiertos|trabajando)|hay servicio|dan servicio)"
    r"(?: ustedes)? (?:(?:hoy|manana)(?: (?:domingo|sabado|en la noche|en la tarde|temprano))?|"
    r"(?:este|el) (?:domingo|sabado|fin de semana|dia festivo)|en la noche|de noche|en la tarde "
    r"noche|en (?:dias? )?festivos?)(?! (?:en|a|al) (?:mi|la|el|su|nuestra|nuestro)\b)",
)
WHERE_ASKED = words(
    # "¿ustedes trabajan allá por Baytown?", "¿llegan hasta allá por Katy?"
    r"(?:van|llegan|vienen|salen|trabajan|dan servicio|cubren|atienden)(?: ustedes)? "
    r"(?:hasta )?(?:alla|aca|por alla|por aca) (?:por|en|a) (?:el lado de |la zona de |el "
    r"rumbo de )?(?!(?:la|el|los|las|mi|su|un|una|hora|dia)\b)[a-z]+",
)
PRICE_ASKED = words(
    # "what does gutter cleaning run", "what would drain cleaning usually cost" (with an
    # article, "what does a tune-up run", in `question_topics.PRICE`)
    r"what (?:does|do|would|will|'ll|should) (?!(?:it|that|this|a|an|the|my|our|you|he|she|"
    r"they|we|i)\b)[a-z-]+(?: [a-z-]+){0,2}(?: usually| typically| normally| generally| "
    r"roughly)? (?:run|cost|go for|set (?:me|us|you) back)",
    # "what's a faucet install run?", "what is a tune up going for": the job said between
    r"what(?:'s| is) (?:a |an |the |your )?(?!(?:it|that|this)\b)[a-z-]+(?: [a-z-]+){0,2} "
    r"(?:run|go for|going for|cost|costing|set (?:me|us|you) back)(?![\w'])",
    # "what's the cheapest you can fix a running toilet", "how cheap could y'all do a
    # faucet", "¿qué es lo más barato que me cobran?": the low end of a job's price asked
    r"cheapest (?:you|y'?all|u|ya)(?: guys| all| folks)? (?:can|could|would|will|do)",
    r"how cheap (?:can|could|would|will|do|does|is)",
    r"lo mas barato (?:que|en que|por el que) (?:me |nos )?(?:cobran|cobrarian|pueden|podrian|"
    r"hacen|harian|sale|saldria)",
)
