"""A date said as when the caller arrives or leaves, with the visit wanted before or after it.

"We get down to our place in Tempe on the fifteenth and I'd like the AC serviced before we
get there" wants a visit before the 15th, never on it; "llegamos el 20, que vengan después
de que lleguemos" one from the 20th on; "I'm leaving for Florida on Feb 1 ... before I go"
and "nos vamos el 10, antes de irnos" want one before the day of leaving. Without "before" or
"after" the date is left as said.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.months import MONTHS
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES

_DAY = (rf"(?:(?:{MONTHS}) [0-9]{{1,2}}(?:st|nd|rd|th)?|"
        rf"[0-9]{{1,2}}(?:st|nd|rd|th)?(?: (?:of|de) (?:{MONTHS}))?|"
        rf"(?:{WEEKDAY_NAMES}))")  # fmt: skip


def _date(group: str) -> str:
    return rf"(?:the |el (?:dia )?)?(?P<{group}>{_DAY})"


# Who arrives: the caller's household, or the people a landlord or seller waits for ("new
# tenant moves in on the 5th, need it fixed before then", "the buyers close on the 20th").
_WHO = (
    r"(?:we|i|they|my (?:wife|husband|parents|mom|dad|tenants?)|(?:the |my |our |a )?"
    r"(?:new )?(?:tenants?|renters?|residents?|occupants?|owners?|buyers?|guests?|family))"
)
_BE = r"(?:'re|'ll|'m| are| will| will be| am| should| should be| plan to| are going to)?"
_MOVE = (r"(?:get|gets|getting|come|comes|coming|arrive|arrives|arriving|fly|flying|drive|"
         r"driving|move|moves|moving|be|back|return|returning|land|landing|head|heading|"
         r"close|closes|closing)")  # fmt: skip
_WHERE = r"(?: (?:down|up|back|in|home|there|here|out|into town))?"
ARRIVAL = re.compile(
    rf"(?<![\w']){_WHO}{_BE} {_MOVE}{_WHERE}(?: (?:to|at|in|into)(?: [a-z']+){{0,5}}?)?"
    rf"(?: on)? {_date('en')}(?![\w'])|"
    r"(?<![\w'])(?:llegamos|llego|llegan|llega|regresamos|regreso|regresan|volvemos|vuelvo|"
    r"venimos|vengo|estamos de vuelta|nos mudamos)(?: [a-z]+){0,5}? "
    rf"{_date('es')}(?![\w'])"
)
# Leaving: "I'm leaving for Florida on Feb 1", "we fly out the 10th", "nos vamos el 10".
_LEAVE = (r"(?:leave|leaves|leaving|fly out|flying out|head out|heading out|take off|"
          r"taking off|go away|going away|travel|traveling|travelling|move out|moving out|"
          r"ship out|deploy|deploying)")  # fmt: skip
DEPARTURE = re.compile(
    rf"(?<![\w']){_WHO}{_BE} {_LEAVE} (?:(?:for|to|from) (?:[a-z']+ ){{0,4}}?)?"
    rf"(?:on )?{_date('en')}(?![\w'])|"
    r"(?<![\w'])(?:nos vamos|me voy|salimos|salgo|nos mudamos|viajamos|viajo)(?: [a-z]+){0,5}? "
    rf"{_date('es')}(?![\w'])"
)
BEFORE_LEAVING = words(rf"before {_WHO}{_BE} (?:go|leave|head out|fly out|take off|travel|"
                       r"move out|get going)", r"before (?:then|that (?:date|day)|i'm gone|"
                       r"we're gone)", r"antes de (?:irme|irnos|salir|viajar|que me vaya|"
                       r"que nos vayamos)")  # fmt: skip
BEFORE_IT = words(rf"before {_WHO}{_BE} {_MOVE}{_WHERE}", r"before (?:then|that (?:date|day))",
                  r"antes de que (?:lleguemos|llegue|lleguen|regresemos|volvamos|vengamos)",
                  r"antes de (?:llegar|regresar|volver)")  # fmt: skip
AFTER_IT = words(rf"(?:after|once) {_WHO}{_BE} {_MOVE}{_WHERE}",
                 r"after (?:then|that (?:date|day))",
                 r"(?:despues de que|cuando|una vez que) (?:lleguemos|llegue|lleguen|regresemos|"
                 r"volvamos)", r"despues de (?:llegar|regresar|volver)")  # fmt: skip


def arrival_as_bound(text: str) -> str:
    """The text with an arrival date and "before we get there" said as "before the 15th"
    (and a day of leaving with "before I go")."""
    for said_day, relations in ((ARRIVAL, (BEFORE_IT, AFTER_IT)), (DEPARTURE, (BEFORE_LEAVING,))):
        if (m := said_day.search(text)) is not None and (bounded := _bounded(text, m, relations)):
            return bounded
    return text


def _bounded(text: str, m: re.Match[str], relations: tuple[re.Pattern[str], ...]) -> str | None:
    day = m.group("en") or m.group("es")
    spanish = m.group("es") is not None
    for relation in relations:
        word = ("despues del" if spanish else "after the") if relation is AFTER_IT else (
            "antes del" if spanish else "before the")  # fmt: skip
        if (said := relation.search(text, m.end())) or (said := relation.search(text[: m.start()])):
            if day[0].isalpha():
                word = word.replace(" the", "")
            rest = text[: m.start()] + " " + text[m.end() :]
            rest = rest.replace(said.group(0), " ", 1)
            return " ".join(f"{rest} {word} {day}".split())
    return None
