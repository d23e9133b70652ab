"""A visit of ours told about in passing, and what the telling asks for.

Known callers name the visit on file as something they have, not something they want: "I'm
supposed to have you guys tomorrow at ten", "we're expecting your tech Friday", and then tell
why it cannot go ahead instead of saying "cancel" or "reschedule": the house is sold and the
buyers will deal with it, the AC came back on, the caller will be at the title company all
morning or has to fly out for work. Or they ask whether there is one at all: "do I have
something with you guys tomorrow?". Said beside the visit (`visit_conflict` and `intent` take
these), a reason it cannot happen moves or cancels it, a question about it asks its status,
and "take it off" or "we don't need tomorrow's appointment" cancels it. Never a new booking.
A new caller with nothing of ours named ("the other plumber is coming tomorrow", "I'll deal
with it myself if it's too much") asks for none of this.
"""

from __future__ import annotations

_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this (?:morning|"
        r"afternoon|evening)")  # fmt: skip
# Ours at the door: "you guys", "your tech", "one of your plumbers" (never "a plumber", anyone's).
_OURS = (r"(?:you|u|y'?all|you guys|you all|your (?:guy|guys|tech\w*|man|crew|plumber|"
         r"electrician|roofer|installer|team|people))")  # fmt: skip

# The visit on file told as something the caller has or expects: "I'm supposed to have you
# guys tomorrow at ten", "we're expecting your tech Friday", "I've got you on for tomorrow".
HAVE_US = (
    r"(?:i'm|im|i am|we're|we are|i was|we were) (?:supposed to|meant to|set to|scheduled to|"
    rf"booked to) (?:have|get|see) {_OURS}(?![\w'])",
    rf"(?:i'm|im|i am|we're|we are) expecting {_OURS}(?: (?:out|over|by))?"
    rf"(?: (?:on|this|next|for))? (?:{_DAY})(?![\w'])",
    rf"(?:i|we) (?:have|got|'ve got|'ve) {_OURS} (?:on |down )?(?:for |on |this )?(?:{_DAY})"
    r"(?![\w'])",
    # Anyone, said to us with the work and its day still to come: "I'm supposed to have
    # somebody come fix the roof tomorrow", "we're scheduled to have someone out Friday to
    # look at the AC" (never "I was supposed to have somebody come Monday", a no-show told,
    # nor without its day)
    r"(?:i'm|im|i am|we're|we are) (?:supposed to|meant to|set to|scheduled to|booked to) "
    r"have (?:somebody|someone|a (?:guy|tech\w*|crew|man)) (?:come|coming|out|over|here|there)"
    rf"(?: [a-z'-]+){{0,5}}? (?:on |this |for )?(?:{_DAY})(?![\w'])",
)

# Whether there is one at all: "do I have something with you guys tomorrow", "did we book
# anything with y'all", "am I on for anything this week".
HAVE_ANYTHING = (
    r"(?:do|did) (?:i|we) (?:have|got|book|schedule) (?:something|anything|an appointment|a "
    rf"visit|a booking) (?:with|from|booked with|scheduled with|set up with) {_OURS}(?![\w'])",
    rf"(?:do|does|did) {_OURS} (?:have|got) (?:me|us) (?:down |booked |scheduled )?for "
    r"(?:something|anything)",
)

# The need gone with the house: sold, the buyers or the new owners to deal with it themselves.
# "we sold the house", "the buyers said they'd rather deal with it themselves".
_THEMSELVES = r"(?:themselves|themself|himself|herself|on their own|their own (?:guy|plumber))"
NEED_GONE_TOLD = (
    r"(?:we|i) (?:just |actually |finally |already )?(?:sold|closed on) (?:the|our|my) "
    r"(?:house|home|place|property|condo|townhouse)",
    r"(?:the )?(?:buyers?|new owners?|purchasers?|landlord|tenants?) (?:said |say |says |want |"
    r"wants )?(?:they'd|they would|they will|they'll|he'd|she'd|he'll|she'll|they want to|"
    r"they're going to|they're gonna) (?:rather )?(?:deal with|handle|take care of|fix|sort "
    rf"out) (?:it|that|this|the [a-z-]+) {_THEMSELVES}",
    # The trouble gone of itself or with a reset: "the AC came right back on", "the heat
    # kicked back on", "it started working again"
    r"(?:came|come|comes|kicked|turned|popped|went|started) (?:right |straight |back )?back on"
    r"(?![\w'])",
    r"(?:started|starts|is|it's|its) (?:working|running) (?:again|fine again|normally again)",
)

# The caller elsewhere at the visit's time: "I'll be at the title company all morning",
# "I gotta fly out for work", "we'll be gone all day tomorrow". Never at the house itself.
_SPAN = (r"(?:all (?:morning|day|afternoon|week)|the (?:whole|entire) (?:morning|day|afternoon)|"
         r"(?:un)?til (?:noon|[0-9]{1,2}\b)|till (?:noon|[0-9]{1,2}\b)|until (?:noon|"
         r"[0-9]{1,2}\b)|that (?:morning|day|afternoon)|at that time|then)")  # fmt: skip
_AT_HOME = r"(?:house|home|property|place|rental|unit|apartment|condo|job|site)"
ELSEWHERE = (
    r"(?:i'll|i will|we'll|we will|i'm going to|i'm gonna|we're going to|we're gonna|i have to|"
    r"we have to|i got to|we got to) be (?:at|in|over at|down at|stuck at|stuck in|tied up at) "
    rf"(?:the|a|an|my|our|his|her|their)(?: (?!{_AT_HOME}(?![\w']))[a-z'-]+){{1,3}} {_SPAN}",
    r"(?:i'll|i will|we'll|we will|i'm going to|i'm gonna|we're going to|we're gonna) be "
    rf"(?:out|gone|away|tied up|stuck) {_SPAN}",
    r"(?:fly|flying|flew|drive|driving|head|heading|travel|traveling|travelling|leave|leaving) "
    r"(?:out )?(?:for|on) (?:work|business|a (?:work |business )?trip|a conference|a job)",
)

# The visit taken off the books: "can you take it off", "pull the appointment off the
# schedule" ("take me off" is a stop to texts: `intent.STOP`).
TAKE_IT_OFF = (
    r"(?:take|took|pull|drop|get) (?:it|that|the (?:appointment|appt|visit|booking)) off"
    r"(?: (?:the|your|my) (?:schedule|calendar|books|list))?(?![\w'])",
)
# The caller taken off the schedule: "take me off the schedule for tomorrow", "can you take us
# off the calendar for Friday": the visit named by its schedule, cancelled ("take me off your
# list" stops texts instead).
OFF_THE_SCHEDULE = (
    r"(?:take|pull|drop|get) (?:me|us) off (?:the|your|my|our) (?:schedule|calendar|books|"
    r"route)(?![\w'])",
    r"(?:take|pull|drop|get) (?:me|us) off (?:for )?(?:tomorrow|today|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w'])",
)
# The visit itself no longer wanted, named with its day: "we don't need tomorrow's appointment
# anymore", "won't need the Friday visit".
APPOINTMENT_UNNEEDED = (
    r"(?:don't|do not|won't|will not|no longer|dont) need (?:the|my|our|that|this|tomorrow'?s|"
    r"today'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s)(?: [a-z0-9:-]+){0,2} "
    r"(?:appointment|appt|visit|booking|service call)",
)
