"""Price words that ask no price of ours: whether the business matches or beats another
company's figure ("do you guys price match?", "can you beat a quote of $89?", "¿igualan el
precio?"). It reads the normalised turn so `intent.topics_asked` leaves the price topic out:
such a question is a term of business for the owner, never a range read from the settings."""

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
