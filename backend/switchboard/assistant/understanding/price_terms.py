"""What a price question asks of the business, read from the normalised turn. Whether it
matches or beats another company's figure ("do you guys price match?", "can you beat a quote
of $89?", "¿igualan el precio?"): `intent.topics_asked` then leaves the price topic out, a
term of business for the owner, never a range read from the settings. What a visit itself
costs, no job named (`VISIT_FEE`), and rates the catalogue never gives (`OTHER_RATES`): read
by `engine/questions.py` to answer with the catalogue's range or pass the question on."""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_THEIRS = r"(?:a|an|the|their|his|her|another|other|someone's|somebody's|any|competitors?'?)"
_FIGURE = r"(?:price|prices|pricing|quote|quotes|estimate|estimates|bid|bids|offer)"

PRICE_MATCH = words(
    r"price[ -]?match(?:es|ing|ed)?",
    rf"(?:match|beat|meet|top|undercut)(?: {_THEIRS})?(?: [a-z']+)?(?: [a-z']+)? {_FIGURE}",
    r"(?:igualan|igualar|iguala|mejoran|mejorar|mejora|superan|bajan)(?: (?:el|la|su|sus|"
    r"un|una|otro|otra))? (?:precio|precios|cotizacion|cotizaciones|presupuesto|presupuestos)",
)

# What a visit itself costs, asked before any job is named: "what do you guys charge just to
# show up", "what's your fee to send somebody out", "how much for a service call", "¿cuánto
# cobran nomás por venir a revisar?". The catalogue's whole range answers it (what a visit
# costs, whatever the job); "how much to run a gas line" names a job and is no such question.
_COMES = (
    r"(?:(?:you|y'?all|u|someone|somebody|a tech\w*|a guy|a plumber|an electrician|him|them) "
    r"(?:to )?)?(?:show(?:ing)? up|come (?:out|over|by)|coming (?:out|over|by)|stop by|"
    r"send (?:someone|somebody|a tech\w*|a guy|him|them|out)|look at it|take a look|have a look|"
    r"diagnose it|a visit|the visit|a service call|the service call|a house call)"
)
VISIT_FEE = words(
    rf"(?:charge|cost|costs|fee|pay|run)(?: (?:me|us|anything|extra))?(?: just| only| simply)?"
    rf" (?:to|for) {_COMES}",
    r"(?:service call|house call|visit|diagnostic|call ?out|show ?up) (?:fee|charge|cost|price)",
    r"cuanto (?:me |nos )?(?:cobran|cobra|cuesta|sale)(?: nomas| nada mas| solo| solamente)? "
    r"(?:por|para) (?:venir|ir|la visita|revisar|que vengan|salir|el diagnostico)",
)
# Rates the catalogue does not give: an emergency's, a weekend's, after hours ("how much do
# you charge for an emergency call on weekends?") are the owner's to say.
OTHER_RATES = words(
    r"emergenc(?:y|ies)", r"after ?hours?", r"weekends?", r"holidays?", r"overnight",
    r"nights?", r"sundays?", r"saturdays?", r"overtime", r"urgencias?", r"fines? de semana",
    r"de noche", r"domingos?",
)  # fmt: skip
