"""Someone who must reach the owner now, live: "I need to reach the contractor right now",
"I have to get ahold of the owner before I leave", "a message won't help", "un mensaje no me
sirve". A city inspector on site with nobody to let them in, a crew waiting at a gate: word for
the owner that cannot wait for a callback, so the call is put through while the business is
open (`intent.HUMAN`), never closed with "I've passed that on"."""

from __future__ import annotations

NOW_OR_NEVER = (
    r"(?:i|we) (?:need|have|got|must|gotta|really need) (?:to )?(?:reach|get (?:a )?hold "
    r"of|get ahold of|get in touch with|contact|talk to|speak to|speak with|talk with) "
    r"(?:the |your )?(?:contractor|owner|boss|electrician|plumber|roofer|him|her|someone|"
    r"somebody|tech|technician|manager|office)(?: [a-z]+){0,3} (?:right now|now|"
    r"immediately|asap|right away|live|in person|before i leave|while i'm here)",
    r"(?:a |the |your )?messages? (?:doesn't|doesnt|does not|won't|wont|will not|isn't "
    r"going to|is not going to|can't|cannot) (?:help|work|do|cut it)",
    r"(?:un )?mensaje no (?:me )?(?:sirve|ayuda|va a servir)",
    r"(?:no|not) (?:a )?message,? (?:i need|put me|get me|connect me)",
    # Waiting at the door, with nobody to open it: "I'm out at 3300 Tower Rd for the final and
    # nobody is here to let me in", "no hay nadie para abrirme" (never "let him in", the
    # caller's own door for someone else)
    r"(?:nobody|no one|noone|no body)(?:'s| is|s)? (?:here|there|around|on site|home|showed "
    r"up)(?: yet)? (?:to )?(?:let|open (?:up )?for) (?:me|us) in",
    r"(?:nobody|no one)(?:'s| is) (?:here|there) (?:to )?(?:open|unlock) (?:up|the (?:door|"
    r"gate))(?: for (?:me|us))?",
    r"no (?:hay|esta|vino|llego) nadie (?:aqui |aca |ahi )?(?:para|que) (?:abrirme|abrirnos|"
    r"(?:me|nos) abra|dejarme entrar|dejarnos entrar)",
    # Someone live, asked for on the line: "can I get somebody on the phone", "put the owner on
    # the line", "¿me pone a alguien al teléfono?"
    r"(?:get|put|have) (?:someone|somebody|anyone|anybody|a (?:real |live )?person|the owner|"
    r"the boss|the contractor|him|her|a human) on the (?:phone|line)",
    r"(?:me pone|me pasa|me comunica) (?:a|con) (?:alguien|el dueno|el jefe|una persona)"
    r"(?: al telefono| en la linea)?",
)
