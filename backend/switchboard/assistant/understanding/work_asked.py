"""Work asked about, for the caller or for someone else: a job enquiry for the owner.

"Is your boss taking on any apprentices?", "does he need a helper, my son just finished trade
school", "¿están aceptando aprendices?", "¿habrá trabajo para mi nieto?": a place on the crew
asked after, which is a message for the owner with who asked and their number, never a
booking. A helper or a plumber wanted at the caller's house ("I need a plumber") is not asked
after here: the words are about joining the business.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_KIN = (r"(?:son|grandson|nephew|daughter|granddaughter|niece|brother|sister|cousin|husband|"
        r"wife|boy|kid|friend|neighbor's (?:son|boy|kid|daughter))")  # fmt: skip
_PIEZA = r"(?:hijo|nieto|sobrino|hija|nieta|sobrina|hermano|hermana|primo|esposo|muchacho)"
# Those who join a crew, not those who come to a house.
_RECRUIT = (r"(?:apprentices?|apprenticeships?|trainees?|interns?|internships?|helpers?|"
            r"new (?:guys|hires|people|techs?)|(?:an? |any )?(?:extra|more) hands)")  # fmt: skip

WORK_ASKED = words(
    # "is your boss taking on any apprentices", "are y'all hiring helpers", "do you take interns"
    rf"(?:taking on|take on|takes on|take|taking|hire|hires|hiring|need|needs|looking for|"
    rf"have room for|got room for|accept|accepting|train|training) (?:any |an? |some |more |new )?"
    rf"{_RECRUIT}",
    r"(?:an? |any )?apprenticeships?",
    rf"(?:openings?|spots?|positions?|room|place|opportunit(?:y|ies)) for (?:an? )?(?:apprentice|"
    rf"helper|trainee|intern|my {_KIN})",
    # "a job for my grandson", "any work for my nephew", "could my son come work for you"
    rf"(?:a job|any jobs|work|any work|a position|an opening|a spot) for my {_KIN}",
    rf"my {_KIN} (?:come |could |to |can |would like to |wants to )?(?:come )?(?:work|apprentice|"
    r"train) (?:for|with|under) (?:you|y'?all|your|him|her|the)",
    # "¿están aceptando aprendices?", "¿necesitan ayudantes?", "trabajo para mi nieto"
    r"(?:aceptan|aceptando|toman|tomando|reciben|recibiendo|necesitan|ocupan|buscan|contratan|"
    r"contratando) (?:a )?(?:algun |algunos |mas |nuevos )?(?:aprendices|aprendiz|ayudantes?|"
    r"practicantes?|chalanes?)",
    rf"(?:trabajo|empleo|chamba|lugar|chance) para (?:mi|nuestro|nuestra) {_PIEZA}",
    rf"(?:mi|nuestro|nuestra) {_PIEZA} (?:quiere|quisiera|podria|puede) (?:trabajar|aprender) "
    r"(?:con|para) (?:ustedes|el|usted)",
)
