"""A business the caller speaks for: "this is Sparky's Diner", "calling from Acme Property
Management", "le hablo de la Taquería Lupita". Taken only with a word that names a kind of
business (diner, management, apartments, LLC, taquería...), so a person's name is never
mistaken for one; the caller's own name is still asked for."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.model import Context, Expecting, Extracted
from switchboard.assistant.understanding.normalise import Normalised, fold

# Words that end an English business name ("Acme Property Management", "Oak Ridge
# Apartments"). Not "law", "church", "lodge" or "plaza" (surnames), nor "co" (a CO alarm).
_BUSINESS_TEXT = """
    llc inc incorporated corp corporation company ltd diner restaurant cafe grill bakery
    pizzeria pizza deli bistro tavern pub brewery hotel motel salon spa clinic dental pharmacy
    property properties management realty realtors rentals apartments condos condominiums hoa
    association holdings enterprises group services school academy daycare preschool market
    store shop mart center centre offices motors laundromat cleaners firm partners
    associates storage construction builders contracting investments ministries foundation
    hospital university college bank insurance agency studios fitness gym catering club
    warehouse farms nursery veterinary supply supplies wholesale distributors
"""
BUSINESS_WORDS = frozenset(_BUSINESS_TEXT.split())
# Words that start a Spanish business name ("Restaurante El Sol", "Inmobiliaria Garza").
_NEGOCIOS_TEXT = """
    restaurante taqueria panaderia tienda empresa compania inmobiliaria escuela clinica
    oficina oficinas hotel salon lavanderia carniceria mercado farmacia apartamentos
    departamentos constructora fonda cafeteria pasteleria guarderia distribuidora
    distribuidor ferreteria aseguradora proveedora taller agencia despacho suministros
    materiales refaccionaria refacciones madereria bodega almacen transportes notaria
    municipio
"""
NEGOCIOS = frozenset(_NEGOCIOS_TEXT.split())

_BIZ = "|".join(sorted(BUSINESS_WORDS))
_NEG = "|".join(sorted(NEGOCIOS))
# Words that cannot be part of the name before the business word.
_STOP = (r"(?:from|with|for|at|of|this|is|i|i'm|my|our|your|a|an|and|we|we're|the|"
         r"calling|here|about|to|in|on|it's|that|there|over|manager|owner|just|hi|hello|hey|"
         r"yes|yeah)")  # fmt: skip
_INTRO = (r"(?:this is|it's|i'm|i am|we're|we are|from|with|on behalf of|here at|"
          r"over at|calling for|manager (?:at|of|for)|owner of|i own|i manage|"
          r"i work (?:at|for))")  # fmt: skip
ENGLISH = re.compile(
    rf"(?<![\w']){_INTRO} (?:the )?((?:(?!{_STOP} )[a-z0-9'&]+ ){{1,3}}?(?:{_BIZ})"
    rf"(?: (?:{_BIZ}))*)(?![\w'])"
)
_INTRO_ES = (r"(?:soy de|somos de|hablo de|llamo de|le hablo de|le llamo de|de parte de|"
             r"trabajo en|trabajo para|del|de la|de los|de las)")  # fmt: skip
_STOP_ES = (r"(?:y|que|se|hay|tenemos|tiene|tienen|necesito|necesitamos|porque|con|para|en|a|"
            r"esta|estamos|por|me|nos|no)")  # fmt: skip
SPANISH = re.compile(
    rf"(?<![\w']){_INTRO_ES} ((?:{_NEG})(?: (?!{_STOP_ES}(?![\w']))[a-z0-9']+){{1,3}})(?![\w'])"
)
BARE = re.compile(
    rf"^(?:the )?((?:(?!{_STOP} )[a-z0-9'&]+ ){{1,3}}(?:{_BIZ})(?: (?:{_BIZ}))*|"
    rf"(?:{_NEG})(?: [a-z0-9']+){{1,3}})$"
)

# "it's the old school building", "the rental property on Main": a place, not a name.
_DESCRIBING_TEXT = """
    old new main rental upstairs downstairs back front big small little basement second first
    other same whole entire local nearby corner next empty vacant commercial residential
"""
DESCRIBING = frozenset(_DESCRIBING_TEXT.split())


def is_business(words: str) -> bool:
    """Does a name candidate ("sparky's diner") name a business rather than a person?"""
    parts = words.split()
    return bool(set(parts[1:]) & BUSINESS_WORDS) or bool(parts and parts[0] in NEGOCIOS)


def _clause_end(norm: Normalised, start: int, end: int) -> int:
    """`end`, cut back to the clause break inside [start, end), if there is one."""
    first = norm.token_index(start)
    for b in sorted(norm.breaks):
        if b > first and b <= norm.token_index(end - 1):
            return start + len(" ".join(norm.tokens[first:b]))
    return end


def _spelled(raw: str, company: str) -> str:
    """The caller's own spelling when the text has it ("Sparky's Diner", "Taquería Lupita")."""
    folded = fold(raw)
    at = folded.find(company)
    if at >= 0 and len(folded) == len(raw):
        said = raw[at : at + len(company)]
        if said != said.lower():
            return said
    return " ".join(w.upper() if w in {"llc", "hoa"} else w.capitalize() for w in company.split())


def _a_name(raw: str, company: str) -> bool:
    """A proper name, not a description or a street address: capitalised when the caller
    (or the speech recogniser) capitalises at all, else not "old school"."""
    first = company.split()[0]
    if first[0].isdigit():
        return False  # "21 Main Street Apartments" is where, not who
    if raw == raw.lower():
        return first not in DESCRIBING
    folded = fold(raw)
    at = folded.find(company)
    return at < 0 or len(folded) != len(raw) or raw[at].isupper()


def detect_company(norm: Normalised, context: Context) -> Extracted[str] | None:
    text = norm.text
    for pattern in (ENGLISH, SPANISH):
        for m in pattern.finditer(text):
            end = _clause_end(norm, m.start(1), m.end(1))
            company = text[m.start(1) : end]
            if len(company.split()) >= 2 and _a_name(norm.raw, company):
                return Extracted(_spelled(norm.raw, company), 0.8)
    bare = BARE.match(text) if context.expecting is Expecting.NAME else None
    if bare is not None and _a_name(norm.raw, bare.group(1)):
        return Extracted(_spelled(norm.raw, bare.group(1)), 0.7)
    return None
