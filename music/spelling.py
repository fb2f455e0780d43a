"""Spelling: the letter and accidental each sounding pitch is written with, in a key, with
accidentals only where the key signature and the bar's earlier notes need them."""
from __future__ import annotations

from dataclasses import replace

from .pitch import LETTERS, Key, Pitch, parse_key
from .tune import Field, Grace, Head, Note, Symbol, Tune, Voice, sounding_pitch


def pitch_name(p: Pitch) -> str:
    return LETTERS[p.step] + ("#" * p.alter if p.alter > 0 else "b" * -p.alter)


def respell_voice(tune: Tune, voice: Voice, pitch_fn, key_fn, symbol_fn=lambda s, k: s) -> Voice:
    """Rewrite every head of a voice: sounding pitch -> pitch_fn -> spelled in the new key.

    Accidentals are written exactly where the new key signature and the bar's earlier notes
    would otherwise give the wrong pitch; a grace note's accidental is never relied upon.
    """
    old_key = tune.key
    bars = []
    for bar in voice.bars:
        new_key = key_fn(old_key)
        heard: dict = {}
        written: dict = {}
        doubtful: set = set()
        items = []
        for item in bar.items:
            if isinstance(item, Field) and item.name == "K":
                old_key = parse_key(item.value)
                new_key = key_fn(old_key)
                item = Field("K", new_key.abc())
            elif isinstance(item, Note):
                heads = tuple(write_head(pitch_fn(sounding_pitch(h, old_key, heard), old_key),
                                         new_key, written, doubtful) for h in item.heads)
                item = replace(item, heads=heads)
            elif isinstance(item, Grace):
                heads = []
                for h in item.heads:
                    p = within_double_accidentals(pitch_fn(sounding_pitch(h, old_key, dict(heard)), old_key))
                    heads.append(Head(p.step, p.octave, p.alter if p.alter != new_key.signature()[p.step]
                                      or (p.step, p.octave) in written else None))
                    doubtful.add((p.step, p.octave))
                item = Grace(tuple(heads))
            elif isinstance(item, Symbol):
                item = Symbol(symbol_fn(item.text, old_key))
            items.append(item)
        bars.append(replace(bar, items=tuple(items)))
    return replace(voice, bars=tuple(bars))


def within_double_accidentals(p: Pitch) -> Pitch:
    """The same pitch on a neighbouring letter when it would need a triple sharp or flat."""
    while abs(p.alter) > 2:
        if p.alter > 0:
            step, octave = (p.step + 1) % 7, p.octave + (p.step == 6)
        else:
            step, octave = (p.step - 1) % 7, p.octave - (p.step == 0)
        p = Pitch(step, octave, p.midi - Pitch(step, octave, 0).midi)
    return p


def write_head(p: Pitch, key: Key, written: dict, doubtful: set) -> Head:
    p = within_double_accidentals(p)
    place = (p.step, p.octave)
    expected = written.get(place, key.signature()[p.step])
    if p.alter == expected and place not in doubtful:
        return Head(p.step, p.octave, None)
    written[place] = p.alter
    doubtful.discard(place)
    return Head(p.step, p.octave, p.alter)


def respell(tune: Tune) -> Tune:
    """The same music with accidentals written only where needed."""
    return tune.with_voices(respell_voice(tune, v, lambda p, k: p, lambda k: k) for v in tune.voices)
