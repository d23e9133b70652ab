"""A wrong number that came through a listing: "I must have hit the wrong thing on Google",
"Yelp gave me this number", "your number came up for the vet on Google Maps".

A caller who dials someone else by their own slip ("I dialed wrong", "wrong number, sorry")
tells the owner nothing. One who reached the business through a search or a directory, looking
for another business, may be telling of a listing that sends the wrong callers: that is worth a
note for the owner, the caller's own words with it.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_LISTING = (r"(?:google(?: maps)?|yelp|apple maps|maps|bing|nextdoor|angi|angie'?s list|"
            r"facebook|the internet|the directory|yellow pages|the search|siri|alexa)")  # fmt: skip
LISTING_MIXUP = words(
    # "hit the wrong thing on google", "clicked the wrong one on yelp"
    rf"(?:hit|clicked|tapped|pressed|picked|called|got|chose) the wrong (?:thing|one|link|"
    rf"number|listing|result|button)(?: (?:on|in|from|off))? {_LISTING}",
    # "google gave me this number", "yelp has your number for the vet", "google says this is"
    rf"{_LISTING} (?:gave|gives|has|had|showed|shows|says|said|listed|lists|put|brought up)"
    r"(?: me)? (?:this|your|the)(?: number| one| place)?",
    # "I got this number off google", "found you on google for the pharmacy"
    rf"(?:got|found|looked up|pulled up|searched) (?:this|your|the) (?:number|listing)"
    rf"(?: (?:on|off|from|in|through))? {_LISTING}",
    r"(?:este|su) numero (?:sale|aparece|salio|aparecio) en (?:google|internet|facebook)",
)


def through_a_listing(norm: Normalised) -> bool:
    """The wrong number is said to have come from a search or a directory listing."""
    return found(LISTING_MIXUP, norm)
