"""A caller asking when the visit on file is, in the ways callers ask it: "when is my
appointment", "when's my AC appointment", "what time are you guys coming", "is my visit
tomorrow?", "a qué hora viene el técnico", "no me acuerdo a qué hora me dijeron que venía el
plomero". Never a visit still wanted ("when is the next available appointment").
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

# Words of a visit still to be found, never one on file: "the next available appointment".
_NOT_YET_BOOKED = r"(?:next|earliest|soonest|first|available|open|nearest|new|another)(?![\w'])"
# Whoever is expected at the door: "you guys", "your man", "the electrician", "they".
_EXPECTED = r"(?:you|y'?all|you guys|you all|you people|they|someone|somebody|(?:your|the) \w+)"
STATUS = words(r"when(?: is|'s) (?:my|the|our) (?:appointment|visit|tech|technician|plumber)",
               # the visit named by what it is for: "when is my ac appointment", "when's our
               # furnace tune up visit" (never "the next available appointment", one wanted)
               rf"when(?: is|'s) (?:my|our)(?: (?!{_NOT_YET_BOOKED})[a-z/-]+){{1,3}} "
               r"(?:appointment|appt|visit)(?![\w'])",
               r"what time (?:is|are) (?:my|the|you|your|they)(?! (?:guys |all )?(?:open|close|"
               r"closed|opening|closing)\b)", r"when (?:are|is) (?:you|they|"
               r"the tech|the technician|someone|somebody|the plumber|the electrician) coming",
               r"is (?:my|the) appointment still", r"do i have an appointment",
               r"(?:what time|when) my appointment is", r"checking (?:on )?my appointment",
               r"(?:cuando|a que hora) (?:es|viene|vienen) (?:mi cita|el tecnico|ustedes)",
               # "no me acuerdo a qué hora me dijeron que venía el plomero"
               r"(?:a que hora|que dia|cuando) (?:me |nos )?(?:dijeron|quedaron|quedamos)(?: que)?"
               r"(?: \w+)? (?:venia|vendria|venian|vendrian|llegaba|llegaria|iba a venir|"
               r"iban a venir|pasaba|pasarian)",
               r"(?:a que hora|que dia|cuando) (?:es|era|tengo|quedo) (?:mi|la) cita",
               r"my appointment (?:time|date)", r"confirm(?:ing)? my appointment",
               # asked indirectly: "I just wanted to check when the heating guy is coming",
               # "I want to know what time your tech is supposed to come"
               rf"(?:check|checking|know|find out|ask|asking|see|confirm|confirming|wondering|"
               rf"remember|tell me|sure) (?:on )?(?:when|what time|what day) {_EXPECTED}"
               r"(?: \w+)? (?:is|are|'s|'re) (?:coming|showing up|arriving|supposed to (?:come|"
               r"be here)|scheduled|due)(?![\w'])",
               r"(?:what|which) day is my",
               # "what day/time is my AC appointment again?", "what day and time is our visit"
               r"(?:what|which) (?:day|date|time) (?:/|and|or|&|and what|or what) (?:day|date|"
               r"time) (?:is|'s) (?:my|our)",
               # "is my AC appointment thursday or friday?", "is my visit tomorrow?": its day asked
               r"is (?:my|our|the)(?: [a-z-]+){0,2} (?:appointment|appt|visit) (?:on |for |this |"
               r"next )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)(?![\w'])",
               # "which day is the appointment", "what day did I book the tune up for"
               r"(?:what|which) (?:day|date|time) is (?:the|our) (?:appointment|appt|visit)",
               r"(?:what|which) (?:day|date|time) did (?:i|we) (?:book|schedule)",
               # "when is your man coming out", "when you guys are coming", "are you people
               # actually coming tomorrow": someone already expected to arrive.
               # "what day is the technician coming", "what time will they get here"
               rf"(?:when|what day|what time) (?:is|are|will) {_EXPECTED}(?: \w+)? (?:coming|"
               r"showing up|arriving|"
               r"getting here|"
               r"supposed to|scheduled|going to (?:come|be here|be there|show))",
               rf"(?:when|what time|what day) {_EXPECTED}(?: (?:are|is|were|was)|'re) (?:coming|"
               r"showing up|arriving|"
               r"supposed to|scheduled|going to come)",
               r"(?:are|is) (?:you|y'?all|you guys|you all|you people|they|(?:your|the) (?:tech\w*|"
               r"guys?|man|crew|plumber|electrician|installer))(?: still| actually| really| even)? "
               r"(?:coming|showing up)(?: out| over| by)? (?:tomorrow|today|tonight|this "
               r"(?:morning|afternoon|evening|week)|on \w+|or (?:not|what))",
               # "¿a qué hora va a llegar el plomero?", "¿cuándo vendrán ustedes?"
               r"(?:cuando|a que hora|que dia) (?:viene|vienen|llega|llegan|pasa|pasan|vendra|"
               r"vendran|llegara|llegaran|(?:va|van|iba|iban) a (?:venir|llegar|pasar)) "
               r"(?:el|la|los|ustedes|su)",
               # the day of the visit said with it: "¿a qué hora llegan mañana?", "what time do
               # you guys get here tomorrow", "when will they be here today"
               r"(?:cuando|a que hora) (?:viene|vienen|llega|llegan|pasa|pasan|vendra|vendran|"
               r"llegara|llegaran|(?:va|van) a (?:venir|llegar|pasar)) (?:hoy|manana|el (?:lunes|"
               r"martes|miercoles|jueves|viernes|sabado|domingo)|a (?:mi|la|nuestra) casa)",
               rf"(?:what time|when) (?:do|does|will) {_EXPECTED}(?: \w+)? (?:get here|get there|"
               r"arrive|show up|come|be here|be there|be over|come out|come by)(?: \w+)? (?:today|"
               r"tomorrow|tonight|this (?:morning|afternoon|evening)|(?:on )?(?:mon|tues|wednes|"
               r"thurs|fri|satur|sun)day(?![\w']))")  # fmt: skip
