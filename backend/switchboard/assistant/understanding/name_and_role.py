"""A first and last name followed by who the caller is: their role ("Vernon Pike, owner.",
"Dev Patel, facilities manager", "Rosa Díaz, la administradora") or the company they speak for
("Renee Castellano, Castellano Property Group.", "Carla Jimenez with Sonoran Rentals", "Maureen
Keogh de Inmobiliaria Garza").

Property managers and landlords sign off so, in a turn that also gives the building and the
time ("Maureen Keogh, Keogh Management. Building is 1480 Nostrand Ave. Monday 9am"); the turn
says more than a name, so the bare-name readings never look at it, and the engine kept asking
for a name it had been given. The role or company says who the person is and is never part of
the name; the company found here goes to `company` when no other reading found one. A role
said alone ("Property manager here", "landlord here") names nobody: `a_role` tells it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from switchboard.assistant.understanding.bare_name import a_name
from switchboard.assistant.understanding.company import NEGOCIOS, is_business
from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.name_rules import before_the_street
from switchboard.assistant.understanding.normalise import Normalised, fold

# Who someone is to a building: "owner", "the landlord", "property manager", "el encargado".
_ROLE = re.compile(
    r"(?:(?:the|a|an|el|la|su) )?(?:(?:property|building|facilities|facility|site|office|"
    r"leasing|general|rental|house|maintenance|asset|community|hoa|portfolio) )?"
    r"(?:owner|co-owner|landlord|landlady|manager|mgr|super|superintendent|realtor|agent|"
    r"homeowner|administrator|caretaker|propietario|propietaria|dueno|duena|encargado|"
    r"encargada|administrador|administradora|gerente)(?: (?:here|speaking|aqui))?"
)
# Words that join a name to the company after it: "Carla Jimenez with Sonoran Rentals".
_JOINERS = {"with", "from", "at", "of", "de", "del", "con"}


def a_role(words: str) -> bool:
    """ "property manager", "the landlord here": a role, said in place of a name."""
    return _ROLE.fullmatch(fold(words).strip(" .,")) is not None


def _company(words: list[str]) -> str | None:
    """The words, when they name a business ("castellano property group", "inmobiliaria
    garza"): two words at least, a kind of business among them."""
    while words and words[0] in {"the", "la", "el"}:
        words = words[1:]
    said = " ".join(words)
    if len(words) >= 2 and (is_business(said) or words[0] in NEGOCIOS):
        return said
    return None


def _spelled(raw: str, said: str) -> str:
    """The company as the caller typed it, when the text has it with capitals."""
    folded = fold(raw)
    at = folded.find(said)
    if at >= 0 and len(folded) == len(raw) and raw[at : at + len(said)] != said:
        return raw[at : at + len(said)]
    return " ".join(w.capitalize() for w in said.split())


def name_and_role(norm: Normalised) -> tuple[Extracted[str], Extracted[str] | None] | None:
    """The caller's name said with their role or company right after it, and the company
    when one was named."""
    tokens = norm.tokens
    bounds = sorted({0, *norm.breaks, len(tokens)})
    clauses = list(pairwise(bounds))
    for k, (lo, hi) in enumerate(clauses):
        clause = list(tokens[lo:hi])
        # The name as its own clause, who they are as the next: "Vernon Pike, owner."
        if k + 1 < len(clauses):
            nlo, nhi = clauses[k + 1]
            after = list(tokens[nlo:nhi])
            company = _company(after)
            if (company or a_role(" ".join(after))) and (
                name := a_name(norm, clause, before_the_street)
            ):
                return name, _as_company(norm, company)
        # In one clause, joined: "Carla Jimenez with Sonoran Rentals", "Vernon Pike, the owner".
        for j in range(2, len(clause) - 1):
            if clause[j] not in _JOINERS:
                continue
            company = _company(clause[j + 1 :])
            if company and (name := a_name(norm, clause[:j], before_the_street)):
                return name, _as_company(norm, company)
    return None


def _as_company(norm: Normalised, company: str | None) -> Extracted[str] | None:
    return Extracted(_spelled(norm.raw, company), 0.75) if company else None
