"""A date said as when the caller arrives, with the visit wanted before or after it.

"We get down to our place in Tempe on the fifteenth and I'd like the AC serviced before we
get there" wants a visit before the 15th, never on it; "llegamos el 20, que vengan después
de que lleguemos" one from the 20th on. Without "before" or "after" the date is left as said.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES

_DATE = rf"(?:the |el (?:dia )?)?([0-9]{{1,2}}(?:st|nd|rd|th)?|(?:{WEEKDAY_NAMES}))"
_WHO = r"(?:we|i|they|my (?:wife|husband|parents|mom|dad|tenants?))"
_BE = r"(?:'re|'ll|'m| are| will| will be| am| should| should be| plan to| are going to)?"
_MOVE = (r"(?:get|gets|getting|come|comes|coming|arrive|arrives|arriving|fly|flying|drive|"
         r"driving|move|moving|be|back|return|returning|land|landing|head|heading)")  # fmt: skip
_WHERE = r"(?: (?:down|up|back|in|home|there|here|out|into town))?"
ARRIVAL = re.compile(
    rf"(?<![\w']){_WHO}{_BE} {_MOVE}{_WHERE}(?: (?:to|at|in|into)(?: [a-z']+){{0,5}}?)?"
    rf"(?: on)? {_DATE}(?![\w'])|"
    r"(?<![\w'])(?:llegamos|llego|llegan|llega|regresamos|regreso|regresan|volvemos|vuelvo|"
    r"venimos|vengo|estamos de vuelta|nos mudamos)(?: [a-z]+){0,5}? "
    rf"{_DATE.replace('([0-9]', '(?P<es>[0-9]', 1)}(?![\w'])"
)
BEFORE_IT = words(rf"before {_WHO}{_BE} {_MOVE}{_WHERE}", r"before (?:then|that (?:date|day))",
                  r"antes de que (?:lleguemos|llegue|lleguen|regresemos|volvamos|vengamos)",
                  r"antes de (?:llegar|regresar|volver)")  # fmt: skip
AFTER_IT = words(rf"(?:after|once) {_WHO}{_BE} {_MOVE}{_WHERE}",
                 r"after (?:then|that (?:date|day))",
                 r"(?:despues de que|cuando|una vez que) (?:lleguemos|llegue|lleguen|regresemos|"
                 r"volvamos)", r"despues de (?:llegar|regresar|volver)")  # fmt: skip


def arrival_as_bound(text: str) -> str:
    """The text with an arrival date and "before we get there" said as "before the 15th"."""
    m = ARRIVAL.search(text)
    if m is None:
        return text
    day = next(g for g in m.groups() if g)
    spanish = m.group("es") is not None
    for relation, word in ((BEFORE_IT, "antes del" if spanish else "before the"),
                           (AFTER_IT, "despues del" if spanish else "after the")):  # fmt: skip
        if (said := relation.search(text, m.end())) or (said := relation.search(text[: m.start()])):
            if day[0].isalpha():
                word = word.replace(" the", "")
            rest = text[: m.start()] + " " + text[m.end() :]
            rest = rest.replace(said.group(0), " ", 1)
            return " ".join(f"{rest} {word} {day}".split())
    return text
