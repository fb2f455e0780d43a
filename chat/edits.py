"""Revisions the music library makes exactly: tempo, key, mode, instrument, chords, a bass.

When none of the model's candidates does what was asked, and the request is one of these, the
session makes the change with `music/` (the same transforms that wrote the model's training
revisions) rather than give up. What changed is then reported from the versions, as always.
"""
from __future__ import annotations

import re

from music import harmony, transform
from music.analysis import analyse
from music.instruments import GM_NAMES
from music.tune import Tune

from .request import Request

FASTER, SLOWER = 1.2, 0.8  # "faster" without a number: a fifth quicker, a fifth slower


def edit(request: Request, tune: Tune, message: str) -> Tune:
    """`tune` revised as the request asks; raises ValueError if a step cannot be made."""
    r = request
    if r.bpm:
        tune = transform.set_tempo(tune, r.bpm)
    elif r.tempo:
        by = re.search(r"\bby (\d{1,3})\b|\b(\d{1,3}) ?bpm\b", message)
        step = int(by.group(1) or by.group(2)) if by else None
        old = analyse(tune).tempo  # as written, or the tempo the piece is said to have
        new = old + step * (1 if r.tempo == "up" else -1) if step else old * (FASTER if r.tempo == "up" else SLOWER)
        tune = transform.set_tempo(tune, new)
    if r.tonic:  # move to the new tonic in the old mode, then change the mode if asked
        tune = transform.transpose(tune, key=f"{r.tonic} {tune.key.mode}")
        if r.mode and r.mode != tune.key.mode:
            tune = transform.change_mode(tune, r.mode)
    elif r.mode:
        tune = transform.change_mode(tune, r.mode)
    elif r.shift:
        size = 1 if re.search(r"semitone|half ?step", message, re.I) else 12 if re.search("octave", message, re.I) else 2
        tune = transform.transpose(tune, size if r.shift == "up" else -size)
    if r.chords:
        tune = harmony.harmonise(tune)
    if r.bass and len(tune.voices) == 1:
        if r.instrument is not None:
            name = GM_NAMES[r.instrument].title()
            return harmony.add_bass(tune, "roots", name=name, program=r.instrument)
        tune = harmony.add_bass(tune)
    elif r.instrument is not None:
        tune = transform.set_instrument(tune, r.instrument)
    return tune
