"""An "urgent" that is a pitch to the business, not a caller's emergency: the urgency is the
business's own account, listing or profile, threatened with suspension or fixed for a fee
("URGENT: your Google Business Profile is scheduled for suspension... a one-time fee of
$149", "URGENTE: su perfil de negocio será suspendido"). No home has a hazard in it; paging the
owner for it is what the pitch wants. A hazard named in the same turn still pages."""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

# The business's own presence or account, addressed to it.
_ACCOUNT = words(
    r"your (?:google |yelp |facebook |bing |apple |business |company |online |local |maps )*"
    r"(?:profile|listing|account|page|website|web site|domain|verification|ranking|reviews|"
    r"business|merchant account|storefront)",
    r"(?:su|tu) (?:perfil|cuenta|ficha|pagina|listado|sitio web|sitio|dominio|negocio|empresa)"
    r"(?: de (?:google|negocio|empresa|facebook|yelp))?",
)
# What a pitch threatens, or what it charges to make it go away.
_THREAT = words(
    r"suspen\w+",
    r"deactivat\w+",
    r"de-?listed",
    r"delist\w*",
    r"unverified",
    r"verify (?:your|the) (?:profile|listing|account|business)",
    r"(?:will|could|may) be (?:removed|taken down|deleted|disabled|shut down)",
    r"(?:one-time|one time|small|processing|verification|renewal) fee",
    r"fee of",
    r"(?:suspend|suspension|desactiv)\w*",
    r"(?:sera|puede ser|podria ser) (?:eliminad[oa]|borrad[oa]|dad[oa] de baja)",
    r"sin verificar",
    r"(?:cuota|tarifa|cargo|pago) (?:unic[oa]|de verificacion|de renovacion)",
)


def pitched_urgency(norm: Normalised) -> bool:
    """The turn's urgency is a threat to the business's own account, as a pitch makes it."""
    return found(_ACCOUNT, norm) and found(_THREAT, norm)
