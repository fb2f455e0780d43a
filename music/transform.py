"""Transforms: each takes a valid Tune and returns a new valid Tune, touching nothing else."""
from __future__ import annotations

import re
from dataclasses import replace

from .instruments import find_instrument, playable_range
from .pitch import LETTERS, MODE_WORDS, Key, Pitch, interval_between, key_from_pc, parse_key
from .harmony import harmonise
from .repeats import unfold
from .spelling import pitch_name, respell, respell_voice
from .tune import SECTION_ENDS, Bar, Head, Note, Symbol, Tune, bar_ends, sounding_pitches, time_bars
from .voices import TransformError

MIN_TEMPO, MAX_TEMPO = 20, 400


# ---------------------------------------------------------------------------- tempo, instrument
def set_tempo(tune: Tune, qpm: int) -> Tune:
    qpm = round(qpm)
    if not MIN_TEMPO <= qpm <= MAX_TEMPO:
        raise TransformError(f"a tempo of {qpm} is outside {MIN_TEMPO}-{MAX_TEMPO} beats per minute")
    return replace(tune, tempo=qpm)


def scale_tempo(tune: Tune, factor: float, default: int = 120) -> Tune:
    return set_tempo(tune, max(MIN_TEMPO, min(MAX_TEMPO, round((tune.tempo or default) * factor))))


def set_instrument(tune: Tune, spec: str | int, voice: int = 0) -> Tune:
    if not 0 <= voice < len(tune.voices):
        raise TransformError(f"there is no voice {voice + 1}; the piece has {len(tune.voices)}")
    program, name = find_instrument(spec)
    return tune.with_voice(voice, replace(tune.voices[voice], program=program, name=name))


# ---------------------------------------------------------------------------- transposition
def transpose_key(key: Key, steps: int, semitones: int) -> Key:
    tonic = Pitch(key.tonic_step, 4, key.tonic_alter).transpose(steps, semitones)
    return Key(pitch_name(tonic), key.mode)


def transpose_symbol(text: str, steps: int, semitones: int) -> str:
    def move(m):
        p = Pitch(LETTERS.index(m.group(1)), 4, {"#": 1, "b": -1, "": 0}[m.group(2)])
        return pitch_name(p.transpose(steps, semitones))
    return re.sub(r"([A-G])(#|b|)", move, text)


def transpose_by(tune: Tune, steps: int, semitones: int) -> Tune:
    key_fn = lambda k: transpose_key(k, steps, semitones)  # noqa: E731
    return replace(tune, key=key_fn(tune.key)).with_voices(
        respell_voice(tune, v, lambda p, k: p.transpose(steps, semitones), key_fn,
                      lambda s, k: transpose_symbol(s, steps, semitones)) for v in tune.voices)


def transpose(tune: Tune, semitones: int | None = None, key: str | Key | None = None) -> Tune:
    """Transpose by semitones, or to a key (nearest direction), then keep it playable."""
    if key is not None:
        target = parse_key(key) if isinstance(key, str) else key
        moved = (target.tonic_pc - tune.key.tonic_pc) % 12
        semitones = moved - 12 if moved > 6 else moved
        result = transpose_to(tune, target.tonic, semitones)
        if target.mode != tune.key.mode and re.search(r"[a-z]{1,}", str(key)[1:].strip("#b")):
            result = change_mode(result, target.mode)
        return result
    if semitones is None:
        raise TransformError("say how far to transpose, or to which key")
    if abs(semitones) > 24:
        raise TransformError("transpose by at most two octaves")
    target = key_from_pc(tune.key.tonic_pc + semitones, tune.key.mode)
    return transpose_to(tune, target.tonic, semitones)


def transpose_exactly(tune: Tune, semitones: int, steps: int | None = None) -> Tune:
    """Every voice moved by exactly this interval (diatonic steps and semitones: a minor third
    is 2 and 3), never by a different octave. Without steps, or where the interval's key
    would need more than seven sharps or flats (A# major), the key is spelled the usual way
    (Bb major)."""
    if abs(semitones) > 24:
        raise TransformError("transpose by at most two octaves")
    if steps is None or abs(transpose_key(tune.key, steps, semitones).fifths) > 7:
        target = key_from_pc(tune.key.tonic_pc + semitones, tune.key.mode)
        steps, _ = interval_between(tune.key, target, semitones)
    return transpose_by(tune, steps, semitones)


def transpose_to(tune: Tune, tonic: str, semitones: int) -> Tune:
    target = Key(tonic, tune.key.mode)
    semitones = keep_playable(tune, semitones)
    steps, semitones = interval_between(tune.key, target, semitones)
    return transpose_by(tune, steps, semitones)


def keep_playable(tune: Tune, semitones: int) -> int:
    """Move by octaves until the melody sits inside its instrument's range (if it can)."""
    low, high = playable_range(tune.melody.program)
    pitches = [p.midi for p in sounding_pitches(tune, tune.melody)]
    if not pitches:
        return semitones
    lo, hi = min(pitches), max(pitches)
    for _ in range(3):
        if hi + semitones > high and lo + semitones - 12 >= low - 2:
            semitones -= 12
        elif lo + semitones < low and hi + semitones + 12 <= high + 2:
            semitones += 12
    return semitones


# ---------------------------------------------------------------------------- mode
def change_mode(tune: Tune, mode: str) -> Tune:
    """Same tonic, new mode: every scale degree takes the new mode's form."""
    mode = MODE_WORDS.get(mode.lower().strip(), mode)
    if mode not in ("major", "minor", "dorian", "phrygian", "lydian", "mixolydian", "locrian"):
        raise TransformError(f"unknown mode {mode!r}: use major, minor, dorian, phrygian, "
                             "lydian, mixolydian or locrian")

    def key_fn(k: Key) -> Key:
        return Key(k.tonic, mode)

    def pitch_fn(p: Pitch, old: Key) -> Pitch:
        offset = p.alter - old.signature()[p.step]
        new = key_fn(old).signature()[p.step]
        # a chromatic note that would need a double accidental is the new mode's own degree
        # (minor's raised leading tone becomes major's plain seventh)
        return Pitch(p.step, p.octave, new + offset if abs(new + offset) < 2 else new)

    had_symbols = any(isinstance(i, Symbol) for b in tune.melody.bars for i in b.items)
    result = replace(tune, key=key_fn(tune.key)).with_voices(
        respell_voice(tune, v, pitch_fn, key_fn) for v in tune.voices)
    if had_symbols:
        result = harmonise(result)
    return result


# ---------------------------------------------------------------------------- structure
def passage(tune: Tune, first: int, last: int) -> Tune:
    """Bars first..last as a musician counts them (an opening pickup with bar 1), as written
    and played once through: repeat signs become plain section ends and endings are played in
    turn, for practising them over and over."""
    ends = bar_ends(tune)
    if not 1 <= first <= last <= len(ends):
        raise TransformError(f"the piece has bars 1 to {len(ends)}")
    start = ends[first - 2] + 1 if first > 1 else 0
    voices = []
    for voice in tune.voices:
        bars = [replace(bar, ending=None, end="||" if bar.end in SECTION_ENDS else "|")
                for bar in voice.bars[start:ends[last - 1] + 1]]
        bars[-1] = replace(bars[-1], end="|]")
        voices.append(replace(voice, bars=tuple(bars), start_repeat=False))
    return tune.with_voices(voices)


def cut(tune: Tune, n_bars: int) -> Tune:
    """The first n bars (after any pickup), repeats written out, ending on the tonic."""
    if n_bars < 1:
        raise TransformError("cut to at least one bar")
    flat = unfold(tune)
    timings = time_bars(flat, flat.melody)
    pickup = 1 if timings and timings[0].short else 0
    total = len(timings) - pickup
    if n_bars > total:
        raise TransformError(f"the piece has only {total} bars")
    keep = n_bars + pickup
    voices = []
    for voice in flat.voices:
        bars = untie_last_note(list(voice.bars[:keep]))
        bars[-1] = end_on_tonic(bars[-1], flat.key, voice.clef == "bass")
        bars[-1] = replace(bars[-1], end="|]")
        voices.append(replace(voice, bars=tuple(bars)))
    return respell(flat.with_voices(voices))


def untie_last_note(bars: list[Bar]) -> list[Bar]:
    """The bars with no tie into their last sounding note, which end_on_tonic may change."""
    notes = [(b, i) for b, bar in enumerate(bars) for i, item in enumerate(bar.items) if isinstance(item, Note)]
    last = max((k for k, (b, i) in enumerate(notes) if not bars[b].items[i].is_rest), default=None)
    if not last:
        return bars
    b, i = notes[last - 1]
    items = list(bars[b].items)
    items[i] = replace(items[i], tie=False)
    return bars[:b] + [replace(bars[b], items=tuple(items))] + bars[b + 1:]


def end_on_tonic(bar: Bar, key: Key, bass: bool) -> Bar:
    """Replace the last sounding note of a bar by the nearest tonic."""
    items = list(bar.items)
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        if isinstance(item, Note) and not item.is_rest:
            low = min(item.heads, key=lambda h: (h.octave, h.step)) if bass else \
                max(item.heads, key=lambda h: (h.octave, h.step))
            approx = 12 * (low.octave + 1) + [0, 2, 4, 5, 7, 9, 11][low.step]
            best = min((Pitch(key.tonic_step, octave, key.tonic_alter) for octave in range(1, 8)),
                       key=lambda p: abs(p.midi - approx))
            items[i] = replace(item, heads=(Head(best.step, best.octave, best.alter),), tie=False)
            break
    return replace(bar, items=tuple(items))
