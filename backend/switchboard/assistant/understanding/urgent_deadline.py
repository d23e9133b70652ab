"""An "urgent" that is a deadline, not a hazard: "URGENT - need a toilet reset friday. tile
guys finish thurs and homeowner moves in sat", "urgente, necesito instalar el calentador el
viernes antes de que se muden". The caller wants planned work done by a day to come, because
of something planned around it (a move-in, a closing, an inspection, the crew before or after,
guests); nothing in the home is failing dangerously now, and someone who has an emergency
does not ask for Friday. Nobody is paged for the word; the visit is booked for the day asked.

The day wished must be after today (`understand` checks it), the turn must name planned work
or what is planned around it, with no hazard leaned to at all (no dispatcher's question
either), and a hazard named in the turn still pages by its own rules
("URGENT toilet overflowing, can you come friday" is a flood). "Urgent, no heat, come
tomorrow" names neither planned work nor an event, and keeps its page.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

# Work that is put in, put back or moved, not something broken.
_PLANNED_WORK = words(
    r"install\w*",
    r"re-?set(?:ting)? (?:the |a |my |our )?(?:toilet|sink|vanity|fixtures?)",
    r"(?:toilet|sink|vanity|fixture)s? (?:re-?set|install|swap|hook ?up)",
    r"hook(?:ed|ing)? up",
    r"hook ?up",
    r"put (?:in|back)",
    r"swap(?:ping)? (?:out|in)?",
    r"rough(?:-| )?in",
    r"remodel\w*",
    r"renovat\w+",
    r"relocat\w+",
    r"(?:move|moving) (?:the |a |my |our )?(?:toilet|sink|vanity|line|outlet|thermostat)",
    r"instal\w+",
    r"(?:cambiar|poner|mover|conectar) (?:el |la |un |una )?(?:inodoro|taza|lavabo|calentador|"
    r"boiler|minisplit|enchufe|contacto|termostato)",
    r"remodela\w+",
)
# What is planned around it: people moving in, a sale, an inspection, the other trades, guests.
_PLANNED_AROUND = words(
    r"moves? in",
    r"moving in",
    r"move-?in",
    r"closing",
    r"inspection",
    r"walk ?through",
    r"(?:guys|crew|contractors?|installers?|painters?|tilers?|floor guys) (?:finish|are done|"
    r"wrap up|come|start)\w*",
    r"finish(?:es|ing)? (?:on |by )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*",
    r"(?:guests|company|family|in-?laws) (?:come|coming|arrive|arriving|get here|show up)",
    r"(?:se muda|se mudan|nos mudamos|llegan|vienen) (?:el|los|antes|para)",
    r"(?:entrega|inspeccion|cierre)",
)


def deadline_urgency(norm: Normalised) -> bool:
    """The turn's "urgent" is about planned work and what is planned around it."""
    return found(_PLANNED_WORK, norm) or found(_PLANNED_AROUND, norm)
