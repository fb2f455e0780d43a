"""Questions about the current piece, answered from its analysis rather than from memory."""
from __future__ import annotations

import re

from music.analysis import analyse, duration_seconds
from music.tune import Tune
from music.words import instrument_of

TOPICS = [  # (topic, words that ask about it), the first that matches wins
    ("key", r"\bkey\b|\bmode\b|\bscale\b|\bmajor\b|\bminor\b|\btonic\b"),
    ("tempo", r"\btempo\b|\bbpm\b|\bfast\b|\bslow\b|\bspeed\b|\bquick\b"),
    ("meter", r"\bmeter\b|\bmetre\b|time signature|\bbeats? (per|in a) bar\b|\btime is\b|\bin what time\b"),
    ("bars", r"\bbars?\b|\bmeasures?\b|\bhow long (is|does) (it|this|the)\b|\blength\b|\bduration\b|"
             r"\bminutes?\b|\bseconds?\b"),
    ("range", r"\brange\b|\blowest\b|\bhighest\b|\bhigh\b|\blow\b|\bspan\b|\bstave\b|\bledger\b"),
    ("instrument", r"\binstruments?\b|\bplayed on\b|\bplays\b|\bwho plays\b|\bwho's playing\b|\bparts?\b|"
                   r"\bvoices?\b"),
    ("title", r"\btitle\b|\bname\b|\bcalled\b"),
    ("form", r"\bform\b|\bstructure\b|\bsections?\b|\bphrases?\b|\baabb\b|\babab\b|\bbinary\b|\bternary\b"),
]


def topic_of(message: str) -> str | None:
    for topic, words in TOPICS:
        if re.search(words, message, re.I):
            return topic
    return None


def answer(topic: str, tune: Tune) -> str:
    """A factual answer to a question about `tune` on one of TOPICS."""
    a = analyse(tune)
    if topic == "key":
        return f"It's in {a.key}."
    if topic == "tempo":
        return f"It's at {a.tempo} bpm" + (" (no tempo was written, so that is the usual one for its kind)."
                                            if a.tempo_assumed else ".")
    if topic == "meter":
        return f"It's in {a.meter} time."
    if topic == "bars":
        return f"It has {a.bars} bars and plays for about {round(duration_seconds(tune))} seconds, repeats included."
    if topic == "range":
        return f"The melody goes from {a.lowest} up to {a.highest}, a span of {a.range_semitones} semitones."
    if topic == "instrument":
        parts = [f"{v.name or ('the melody' if i == 0 else f'voice {i + 1}')} on {instrument_of(tune, i)}"
                 for i, v in enumerate(tune.voices)]
        return ", ".join(parts).capitalize() + "."
    if topic == "title":
        return f'It\'s called "{a.title}".' if a.title != "Untitled" else "It has no title yet."
    return f"Its phrases run {a.form}." if a.form else "Its phrases do not repeat in a clear pattern."
