"""Questions about the current piece, answered from its analysis rather than from memory."""
from __future__ import annotations

from music.analysis import analyse, duration_seconds
from music.tune import Tune
from music.words import instrument_of


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
