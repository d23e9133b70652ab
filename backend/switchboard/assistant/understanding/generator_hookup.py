"""A generator's hookup to the house, said as the panel work it is.

A caller who wants to run a portable generator safely asks for "one of those plugs for a
generator", "an inlet box", "a transfer switch" or "un contacto para la planta": an inlet wired
to the panel through an interlock or a transfer switch, the panel's job, not an outlet's or a
wall switch's. `as_panel_work` says the whole phrase as "generator hookup panel", so its plug
or switch no longer reads as an outlet or a switch, and a catalogue's generator service still
meets the word "generator". All matching is over normalised text.
"""

from __future__ import annotations

import re

_GENERATOR = r"(?:portable |backup |back up |standby |gas |little |big )?generators?"
_OURS = r"(?:the |a |an |our |my |a portable |one )?"
_HOOKUP_PART = (
    r"(?:plugs?|outlets?|inlets?|inlet box(?:es)?|power inlets?|receptacles?|hook ?ups?|"
    r"connections?|interlocks?(?: kits?)?|transfer switch(?:es)?|switch(?:es)?|cords?)"
)
_HOOKUP = re.compile(
    r"(?<![\w'])(?:"
    # "One of those plugs for a generator", "a hookup so we can plug the generator in".
    rf"{_HOOKUP_PART}(?: (?:thing|things|box|kit))?(?: (?:put in|installed|added|wired in))? "
    rf"(?:for|to|on|so (?:we|i) can (?:plug|hook|"
    rf"run)(?: in| up)?|to (?:plug|hook|run)(?: in| up)?|that (?:takes|fits)) {_OURS}{_GENERATOR}"
    # "A generator inlet", "generator hookup".
    rf"|{_GENERATOR} (?:{_HOOKUP_PART})"
    # "Hook the generator up to the house", "wire our generator into the panel".
    rf"|(?:hook|plug|wire|tie|connect)(?: up| in)? {_OURS}{_GENERATOR}(?: up| in)? (?:to|into) "
    r"(?:the |our |my )?(?:house|home|panel|breaker box|box|electrical)"
    # Said on their own, these are a hookup's parts.
    r"|(?:manual |automatic )?transfer switch(?:es)?|interlock kits?|generator interlocks?"
    # "Un contacto para la planta", "conectar el generador a la casa".
    r"|(?:contacto|enchufe|toma|conexion|switch|interruptor)(?: de transferencia)? (?:para|del|de "
    r"la|de) (?:la |el )?(?:planta|generador)(?: de luz)?|(?:conectar|conecten|instalar|"
    r"instalen) (?:el |la |un |una )?(?:generador|planta de luz)"
    r")(?![\w'])"
)


def as_panel_work(text: str) -> str:
    """The text with each generator hookup said as "generator hookup panel"."""
    return _HOOKUP.sub("generator hookup panel", text)
