"""Revisions the music library makes exactly: tempo, key, mode, instrument, chords, a bass;
and the reworkings the model was not taught: a transposition by a named interval, a harmony
line, a simpler rhythm, ornaments, a repeat, an accompaniment, a sadder or happier version.

When none of the model's candidates does what was asked, and the request is one of the first
kind, the session makes the change with `music/` (the same transforms that wrote the model's
training revisions) rather than give up; the second kind the library makes at once. What
changed is then reported from the versions, as always.
"""
from __future__ import annotations

import re

from music import arrange, harmony, transform
from music.analysis import analyse
from music.form import STYLES
from music.instruments import GM_NAMES, playable_range
from music.tune import Tune, sounding_pitches

from .request import Request

FASTER, SLOWER = 1.2, 0.8  # "faster" without a number: a fifth quicker, a fifth slower
SADDER, HAPPIER = 0.85, 1.15  # the tempo of a sadder or a happier version
MINOR_LIKE = ("minor", "dorian", "phrygian", "locrian")


def rework(request: Request, tune: Tune, message: str) -> Tune:
    """`tune` revised and reworked as the request asks (Request.by_the_library); raises
    ValueError if it cannot be done."""
    r = request
    tune = edit(request, tune, message)
    style = style_of(tune)
    if r.rework == "harmony":
        return arrange.harmony_line(tune, r.harmony, r.below)
    if r.rework == "simplify":
        return arrange.simplify_rhythm(tune)
    if r.rework == "ornament":
        return arrange.ornament(tune, style)
    if r.rework == "repeat":
        return arrange.repeat_section(tune, r.section)
    if r.rework == "accompany":
        instrument = r.instrument if r.instrument is not None else "piano"
        return arrange.accompany(tune, r.figure or style, instrument)
    if r.rework in ("sadder", "happier"):
        return with_mood(tune, r.rework)
    return tune


def style_of(tune: Tune) -> str | None:
    """The type of piece its title names ("... Reel"), if any."""
    words = re.findall(r"[a-z]+(?: jig)?", tune.title.lower())
    return next((w for w in reversed(words) if w in STYLES), None)


def with_mood(tune: Tune, mood: str) -> Tune:
    """Sadder: in minor, slower and an octave lower; happier: in major, quicker and an octave
    higher; the octave only where the instrument reaches it."""
    sad = mood == "sadder"
    if sad and tune.key.mode not in MINOR_LIKE:
        tune = transform.change_mode(tune, "minor")
    elif not sad and tune.key.mode in MINOR_LIKE:
        tune = transform.change_mode(tune, "major")
    tune = transform.set_tempo(tune, analyse(tune).tempo * (SADDER if sad else HAPPIER))
    low, high = playable_range(0 if tune.melody.program is None else tune.melody.program)
    pitches = [p.midi for p in sounding_pitches(tune, tune.melody)]
    if pitches and (min(pitches) - 12 >= low if sad else max(pitches) + 12 <= high):
        tune = transform.transpose_by(tune, -7 if sad else 7, -12 if sad else 12)
    return tune


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
    elif r.interval:
        steps, semitones = r.interval
        tune = transform.transpose_exactly(tune, semitones, steps)
    elif r.shift:
        size = 1 if re.search(r"semitone|half ?step", message, re.I) else 12 if re.search("octave", message, re.I) else 2
        tune = transform.transpose(tune, size if r.shift == "up" else -size)
    if r.chords:
        tune = harmony.harmonise(tune)
    if r.bass and len(tune.voices) == 1:  # in the style of the piece: a waltz's oom-pah-pah, a jig's dotted quarters
        if r.instrument is not None:
            return arrange.accompany(tune, style_of(tune), r.instrument, chords=False,
                                     name=GM_NAMES[r.instrument].title())
        tune = arrange.accompany(tune, style_of(tune), "bass", chords=False, name="Bass")
    elif r.instrument is not None:
        tune = transform.set_instrument(tune, r.instrument)
    return tune
