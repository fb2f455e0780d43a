"""The topics a question about the piece may ask about, and the words that ask about each."""
from __future__ import annotations

import re

TOPICS = [  # (topic, words that ask about it), the first that matches wins
    ("key", r"\bkey\b|\btonality\b|\bmode\b|(?<!have )(?<!have a )(?<!kitchen )(?<!bathroom )(?<!weighing )(?<!luggage )\bscale\b(?! (but|is broken|broke|is bust))|\bmajor\b|\bminor\b|\btonic\b|\bpitch pipe\b|\bstarting note\b|\bwhat note do\b"),
    ("tempo", r"\bbeats (per|a) minute\b|\bmetronome\b|\btempo\b|\bbpm\b|\bfast\b|\bslow\b|\bspeed\b|\bquick\b"),
    ("meter", r"\bcomp[aá]s\b|\bmeter\b|\bmetre\b|\bmetrum\b|time signature|\btime sig\b|\bbeats? (are )?(per|in a|in each|to the|to a|in every|in one|in 1) (bar|measure)\b|(?<!what )\btime is\b|\bin what time\b|\bwhat time is (it|this|the \w+) in\b(?=\W*$|\?)"),
    ("bars", r"\bbars?\b|\bmeasures?\b|\bhow long (is|does) (it|this|the)\b|\blength\b|\bduration\b|"
             r"\bminutes?\b|\bseconds\b"),
    ("range", r"\b(?:can|could|will) (?:my|our|his|her|a) voice\b|\bhow far (up|down)\b|(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )\bgo (above|below|higher|lower|up to|down to|outside)\b|\bstay (in|within|inside)\b|\b(top|high|bottom|low) [A-G]\b|\brange\b|\bambitus\b|\bcompass\b|\btessitura\b|\blowest\b|\bhighest\b|\bhigh\b|\blow\b|\bspan\b|\bstave\b|\bledger\b|\b(top|bottom) note\b"),
    ("instrument", r"\binstruments?\b|\b(?:scored|written|arranged) for\W*$|\bplayed on\b|\bplays\b|\bwho plays (it|this|the)\b|\bwho's playing (it|this|the (tune|melody|piece))\b|(?<!\ba )(?<!\bb )(?<!first )(?<!second )\bparts?\b(?! laid out\b)(?! (is|are|was|were) (laid out|repeated|arranged|ordered|laid out))|"
                   r"\bvoices?\b"),
    ("title", r"\btitle\b|\bname\b|\bnamed\b|\bcalled\b|\bcall (it|this)\b"),
    ("form", r"\bbuilt\b|\bshape of (it|this|the (tune|piece))\b|\bput together\b|\blaid out\b|\blayout\b|\bhow many parts\b|\bwhat order\b|\bform\b|\bstructure\b|\bsections?\b|\bphrases?\b|\baabb\b|\babab\b|\bbinary\b|\bternary\b|\bpart-?wise\b|\brepeated\b|\bparts (are|were) (arranged|ordered|repeated)\b"),
]


def topic_of(message: str) -> str | None:
    """The topic whose words come first in the message; of two at one place, the first listed."""
    found = [(m.start(), rank, topic) for rank, (topic, words) in enumerate(TOPICS)
             for m in [re.search(words, message, re.I)] if m]
    return min(found)[2] if found else None
