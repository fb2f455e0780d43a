"""Revisions the music library makes exactly: tempo, key, mode, instrument, chords, a bass;
and the reworkings the model was not taught: a transposition by a named interval, a harmony
line, a simpler rhythm, ornaments, a repeat, an accompaniment, a sadder or happier version.

When none of the model's candidates does what was asked, and the request is one of the first
kind, the session makes the change with `music/` (the same transforms that wrote the model's
training revisions) rather than give up; the second kind the library makes at once. What
changed is then reported from the versions, as always.
"""
from __future__ import annotations

from dataclasses import replace

from music import arrange, harmony, transform
from music.analysis import analyse
from music.continuation import bars_asked, style_of
from music.instruments import GM_NAMES, playable_range
from music.pitch import key_from_pc
from music.tune import Symbol, Tune, bar_ends, has_chords, sounding_pitches
from music.voices import remove_voice

from reading.request import Request

FASTER, SLOWER = 1.2, 0.8  # "faster" without a number: a fifth quicker, a fifth slower
SADDER, HAPPIER = 0.85, 1.15  # the tempo of a sadder or a happier version
MINOR_LIKE = ("minor", "dorian", "phrygian", "locrian")


def resolve(request: Request, tune: Tune | None) -> Request:
    """The request in the piece's own terms: a tempo ratio or difference as a bpm, the relative
    or parallel key as a key, a length as a multiple of the piece's as bars."""
    if tune is None or request.new_piece:
        return request
    r = request
    if r.ratio or r.delta:
        old = analyse(tune).tempo
        r = replace(r, bpm=max(20, min(400, round(old * r.ratio) if r.ratio else old + r.delta)))
    if r.relation == "parallel":
        r = replace(r, relation=None, tonic=None)
    elif r.relation == "relative":
        turn = 9 if r.mode in MINOR_LIKE else 3  # the relative minor is a minor third below
        target = key_from_pc(tune.key.tonic_pc + (turn if tune.key.mode not in MINOR_LIKE or r.mode not in MINOR_LIKE
                                                  else 0), r.mode)
        r = replace(r, relation=None, tonic=target.tonic)
    if r.factor:
        total = len(bar_ends(tune))
        r = (replace(r, factor=None, rework=r.rework or "continue", more=total) if r.factor > 1 else
             replace(r, factor=None, bars=max(1, round(total * r.factor))))
    return r


def without_chords(tune: Tune) -> Tune:
    if not has_chords(tune):
        raise ValueError("the piece has no chord symbols to take away")
    return tune.with_voices(replace(v, bars=tuple(replace(b, items=tuple(i for i in b.items if not isinstance(i, Symbol)))
                                                  for b in v.bars)) for v in tune.voices)


def without_part(tune: Tune) -> Tune:
    """The piece without its last part added (a bass, a harmony, an accompaniment)."""
    if len(tune.voices) == 1:
        raise ValueError("the piece has only its melody: there is no other part to take away")
    return remove_voice(tune, len(tune.voices) - 1)


def rework(request: Request, tune: Tune) -> Tune:
    """`tune` revised and reworked as the request asks (Request.by_the_library); raises
    ValueError if it cannot be done."""
    r = request
    part = r.instrument if r.rework in ("harmony", "accompany") else None  # "a harmony for the cello"
    tune = edit(replace(request, instrument=None) if part is not None else request, tune)
    style = style_of(tune)
    if r.rework == "harmony":
        return arrange.harmony_line(tune, r.harmony, r.below, part)
    if r.rework == "simplify":
        return arrange.simplify_rhythm(tune, bar_indices(tune, r))
    if r.rework == "ornament":
        return arrange.ornament(tune, style, bar_indices(tune, r))
    if r.rework == "repeat":
        upto = max(bar_indices(tune, r)) if r.bar_range else None
        return arrange.repeat_section(tune, r.section, upto)
    if r.rework == "accompany":
        return arrange.accompany(tune, r.figure or style, part if part is not None else "piano")
    if r.rework in ("sadder", "happier"):
        return with_mood(tune, r.rework)
    return tune


def bar_indices(tune: Tune, request: Request) -> set[int] | None:
    """The melody's bars (indices, an opening pickup with bar 1) an edit is asked of; None for all."""
    if request.bar_range is None:
        return None
    ends = bar_ends(tune)
    first, last = bars_asked(request.bar_range, ends)
    return set(range(ends[first - 2] + 1 if first > 1 else 0, ends[last - 1] + 1))


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


def edit(request: Request, tune: Tune) -> Tune:
    """`tune` revised as the request asks (resolved: see `resolve`); raises ValueError if a
    step cannot be made."""
    r = request
    if r.remove == "chords":
        tune = without_chords(tune)
    elif r.remove == "part":
        tune = without_part(tune)
    if r.bpm:
        tune = transform.set_tempo(tune, r.bpm)
    elif r.tempo:  # as written, or the tempo the piece is said to have
        tune = transform.set_tempo(tune, round(analyse(tune).tempo * (FASTER if r.tempo == "up" else SLOWER)))
    if r.interval:  # "up a fifth, so it's in A": the interval says which way
        steps, semitones = r.interval
        tune = transform.transpose_exactly(tune, semitones, steps)
    elif r.tonic:  # move to the new tonic in the old mode, then change the mode if asked
        tune = transform.transpose(tune, key=f"{r.tonic} {tune.key.mode}")
        if r.mode and r.mode != tune.key.mode:
            tune = transform.change_mode(tune, r.mode)
    elif r.mode:
        tune = transform.change_mode(tune, r.mode)
    elif r.shift:  # "a bit higher": a whole tone (a named size is an interval)
        tune = transform.transpose(tune, 2 if r.shift == "up" else -2)
    if r.chords:
        tune = harmony.harmonise(tune)
    if r.melody is not None:  # "give it to the cello and add a bass line": the melody's, the part's apart
        tune = transform.set_instrument(tune, r.melody)
    if r.bass and len(tune.voices) == 1:  # in the style of the piece: a waltz's oom-pah-pah, a jig's dotted quarters
        if r.instrument is not None:
            return arrange.accompany(tune, style_of(tune), r.instrument, chords=False,
                                     name=GM_NAMES[r.instrument].title())
        tune = arrange.accompany(tune, style_of(tune), "bass", chords=False, name="Bass")
    elif r.instrument is not None:
        tune = transform.set_instrument(tune, r.instrument)
    return tune
