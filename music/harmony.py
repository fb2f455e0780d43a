"""Harmony and bass lines: chords chosen from the melody, bass voices that follow them."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from .pitch import LETTERS, NATURAL_SEMITONES, Key, Pitch
from .spelling import pitch_name, write_head
from .voices import TransformError, add_voice
from .tune import Bar, Broken, Field, Grace, Note, Symbol, Tune, Tuplet, Voice, time_bars

BASS_STYLES = ("roots", "root-fifth", "walking", "waltz", "drone", "chorale", "block")
CHORD_LOW = 48  # C3: a chord track sounds each chord in the octave below middle C, under the melody
QUALITY_INTERVALS = {"": (0, 4, 7), "m": (0, 3, 7), "dim": (0, 3, 6), "aug": (0, 4, 8)}
PRIOR = {0: 0.35, 3: 0.2, 4: 0.25, 5: 0.1, 1: 0.05, 2: 0.0, 6: -0.2}  # by scale degree
BASS_LOW = 40  # E2: bass roots sit between E2 and D#3
BASS_BELOW = 9  # semitones the bass sits under the melody on average, at least, where it can
LOWEST_BASS = 28  # E1, the lowest string of a double bass
NOTE_VALUES = [Fraction(x) for x in (16, 12, 8, 6, 4, 3, 2)] + [Fraction(3, 2), Fraction(1), Fraction(3, 4),
                                                                 Fraction(1, 2), Fraction(1, 4), Fraction(1, 8)]


@dataclass(frozen=True)
class Chord:
    root: Pitch  # octave ignored
    quality: str  # "", "m", "dim", "aug"

    @property
    def pcs(self) -> list[int]:
        return [(self.root.midi + i) % 12 for i in QUALITY_INTERVALS[self.quality]]

    def symbol(self) -> str:
        return pitch_name(self.root) + self.quality


def diatonic_chords(key: Key) -> list[tuple[int, Chord]]:
    """The triad on each degree of the key's scale, plus the major dominant in minor."""
    sig = key.signature()
    scale = [Pitch((key.tonic_step + d) % 7, 4, sig[(key.tonic_step + d) % 7]) for d in range(7)]
    chords = []
    for d in range(7):
        root, third, fifth = scale[d], scale[(d + 2) % 7], scale[(d + 4) % 7]
        i3, i5 = (third.midi - root.midi) % 12, (fifth.midi - root.midi) % 12
        quality = {(4, 7): "", (3, 7): "m", (3, 6): "dim", (4, 8): "aug"}.get((i3, i5))
        if quality is not None:
            chords.append((d, Chord(root, quality)))
    if key.mode == "minor":
        chords.append((4, Chord(scale[4], "")))
    return chords


def segments_of(timing, per: str):
    """(start, length) of the harmonic segments of a bar: whole bars, or halves, or beats,
    when a full bar splits evenly."""
    length = timing.length
    if per == "beat" and length == timing.expected:
        beat = beat_of(timing.meter)
        return [(beat * i, beat) for i in range(int(length // beat))] if length % beat == 0 else [(Fraction(0), length)]
    if per == "half" and length == timing.expected and timing.meter[0] % 2 == 0:
        half = length / 2
        return [(Fraction(0), half), (half, half)]
    return [(Fraction(0), length)]


def choose_chords(tune: Tune, per: str = "bar") -> list[list[tuple[Fraction, Fraction, Chord]]]:
    """For each melody bar, its segments with the chord that fits the melody best."""
    timings = time_bars(tune, tune.melody)
    result = []
    n = len(timings)
    for index, timing in enumerate(timings):
        candidates = diatonic_chords(timing.key)
        segments = []
        for seg_start, seg_len in segments_of(timing, per):
            weights = [0.0] * 12
            for e in timing.events:
                rel = e.onset - timing.start
                overlap = min(rel + e.length, seg_start + seg_len) - max(rel, seg_start)
                if overlap > 0 and e.pitches:
                    w = float(overlap) * (1.5 if rel == seg_start else 1.0)
                    for p in e.pitches:
                        weights[p.midi % 12] += w
            total = sum(weights) or 1.0
            last = index == n - 1 and seg_start + seg_len == timing.length
            before_last = index == n - 2 and seg_start + seg_len == timing.length

            def score(dc):
                degree, chord = dc
                fit = sum(weights[pc] for pc in chord.pcs) / total
                bonus = PRIOR.get(degree, 0) * 0.3
                if last:
                    bonus += 1.0 if degree == 0 else 0
                if before_last and degree == 4:
                    bonus += 0.15
                return fit + bonus
            degree, chord = max(candidates, key=score)
            segments.append((seg_start, seg_len, chord))
        result.append(segments)
    return result


def harmonise(tune: Tune, per: str = "bar") -> Tune:
    """Chord symbols over the melody, one per bar (or half bar), chosen from its notes."""
    plan = choose_chords(tune, per)
    melody = tune.melody
    timings = time_bars(tune, melody)
    bars = []
    for bar, timing, segments in zip(melody.bars, timings, plan):
        items = [i for i in bar.items if not isinstance(i, Symbol)]
        onsets = iter(e.onset - timing.start for e in timing.events)
        starts = {s: c for s, _, c in segments}
        out, previous = [], None
        for item in items:
            if isinstance(item, Note):
                onset = next(onsets)
                chord = starts.get(onset)
                if chord is not None and chord != previous:
                    at = len(out)
                    while at and isinstance(out[at - 1], (Tuplet, Grace)):
                        at -= 1
                    out.insert(at, Symbol(chord.symbol()))
                    previous = chord
            out.append(item)
        bars.append(replace(bar, items=tuple(out)))
    return tune.with_voice(0, replace(melody, bars=tuple(bars)))


def chords_from_symbols(tune: Tune):
    """The harmony already written as chord symbols, as segments per bar; None if there is none."""
    timings = time_bars(tune, tune.melody)
    found, current = False, None
    plan = []
    for bar, timing in zip(tune.melody.bars, timings):
        onsets = [e.onset - timing.start for e in timing.events]
        segments, k = [], 0
        if current is not None:
            segments.append([Fraction(0), current])
        for item in bar.items:
            if isinstance(item, Symbol):
                chord = parse_symbol(item.text)
                if chord:
                    found, current = True, chord
                    start = onsets[k] if k < len(onsets) else Fraction(0)
                    if segments and segments[-1][0] == start:
                        segments[-1][1] = chord
                    else:
                        segments.append([start, chord])
            elif isinstance(item, Note):
                k += 1
        if not segments:
            segments = [[Fraction(0), None]]
        bounds = [s for s, _ in segments] + [timing.length]
        plan.append([(s, bounds[i + 1] - s, c) for i, (s, c) in enumerate(segments) if bounds[i + 1] > s])
    return plan if found else None


def parse_symbol(text: str) -> Chord | None:
    m = re.match(r"([A-G])([#b]?)(m(?!aj)|min|dim|aug|\+)?", text)
    if not m:
        return None
    root = Pitch(LETTERS.index(m.group(1)), 4, {"#": 1, "b": -1, "": 0}[m.group(2)])
    quality = {"m": "m", "min": "m", "dim": "dim", "aug": "aug", "+": "aug", None: ""}[m.group(3)]
    return Chord(root, quality)


# ---------------------------------------------------------------------------- bass lines
def bass_pitch(pc: int, low: int = BASS_LOW) -> int:
    return low + (pc - low) % 12


def split_length(length: Fraction) -> list[Fraction]:
    """A length as a sum of note values that engrave as single notes."""
    parts = []
    while length > 0:
        value = next((v for v in NOTE_VALUES if v <= length), length)  # below 1/8: the rest as it is
        parts.append(value)
        length -= value
    return parts


def representable(length: Fraction) -> bool:
    return all(part in NOTE_VALUES for part in split_length(length))


def rhythm_of(bar: Bar, heads: tuple) -> tuple:
    """The bar's own rhythm, tuplets and broken rhythm included, on one bass note (or rests)."""
    return tuple(replace(i, heads=heads if i.heads else (), tie=False) if isinstance(i, Note) else i
                 for i in bar.items if isinstance(i, (Note, Tuplet, Broken)))


def beat_of(meter) -> Fraction:
    n, d = meter
    if d == 8 and n % 3 == 0 and n > 3:
        return Fraction(3)
    return Fraction(8, d)


def bass_figure(style: str, chord: Chord, next_chord: Chord | None, key: Key, length: Fraction,
                meter) -> list[tuple[Fraction, tuple[int, ...]]]:
    """MIDI pitches and lengths for one harmonic segment of a bass voice."""
    root = bass_pitch(chord.pcs[0])
    fifth = root + (chord.pcs[2] - chord.pcs[0]) % 12
    if fifth > 55:
        fifth -= 12
    beat = beat_of(meter)
    beats = []
    left = length
    while left > 0:
        beats.append(min(beat, left))
        left -= beats[-1]
    if style == "roots":
        return [(length, (root,))]
    if style == "block":  # the whole chord, held: what a chord symbol sounds like under the tune
        return [(length, tuple(sorted(bass_pitch(pc, CHORD_LOW) for pc in chord.pcs)))]
    if style == "drone":
        tonic = bass_pitch(key.tonic_pc, 38)
        return [(length, (tonic, tonic + 7))]
    if style == "root-fifth":
        return [(b, (root if i % 2 == 0 else fifth,)) for i, b in enumerate(beats)]
    if style == "waltz":
        upper = tuple(sorted(bass_pitch(pc, 50) for pc in chord.pcs[1:]))
        return [(b, (root,) if i == 0 else upper) for i, b in enumerate(beats)]
    if style == "chorale":  # a note a beat: the root as the chord arrives, then its third and fifth
        third = root + (chord.pcs[1] - chord.pcs[0]) % 12
        line = [root, third, fifth]
        return [(b, (line[i % 3],)) for i, b in enumerate(beats)] if next_chord else [(length, (root,))]
    if style == "walking":
        third = root + (chord.pcs[1] - chord.pcs[0]) % 12
        line = [root, third, fifth if fifth > root else fifth + 12]
        target = bass_pitch(next_chord.pcs[0]) if next_chord else root
        scale = key.scale_pitch_classes()
        approach = next((target + d for d in (-1, 1, -2, 2) if (target + d) % 12 in scale), target - 1)
        pitches = (line + [approach])[:len(beats)] if len(beats) > 1 else [root]
        while len(pitches) < len(beats):
            pitches.insert(-1, line[len(pitches) % 3])
        if len(beats) > 1 and next_chord is not None:
            pitches[-1] = approach
        elif len(beats) > 1:
            pitches[-1] = root  # the last bar of the piece rests on its root
        return [(b, (p,)) for b, p in zip(beats, pitches)]
    raise TransformError(f"unknown bass style {style!r}: choose {', '.join(BASS_STYLES)}")


def midi_to_pitch(midi: int, key: Key) -> Pitch:
    """Spell a MIDI pitch as the key would: scale notes by their letter, others by the nearest sharp/flat."""
    pc = midi % 12
    sig = key.signature()
    for step in range(7):
        if (NATURAL_SEMITONES[step] + sig[step]) % 12 == pc:
            alter = sig[step]
            break
    else:
        prefer_flat = key.fifths < 0
        for step in range(7):
            alter = -1 if prefer_flat else 1
            if (NATURAL_SEMITONES[step] + alter) % 12 == pc:
                break
    octave = (midi - NATURAL_SEMITONES[step] - alter) // 12 - 1
    return Pitch(step, octave, alter)


def add_bass(tune: Tune, style: str = "roots", name: str = "Bass", program: int = 32) -> Tune:
    """A bass voice that follows the harmony (the chord symbols, or chords chosen from the melody)."""
    if style not in BASS_STYLES:
        raise TransformError(f"unknown bass style {style!r}: choose {', '.join(BASS_STYLES)}")
    plan = chords_from_symbols(tune) or choose_chords(tune, "bar")
    timings = time_bars(tune, tune.melody)
    flat = [c for segments in plan for _, _, c in segments]

    def bass_bars(shift: int) -> tuple[list[Bar], list[int]]:
        """The bass voice's bars, every pitch moved by `shift` semitones, and the pitches sounded."""
        bars, sounded, k = [], [], 0
        for bar, timing, segments in zip(tune.melody.bars, timings, plan):
            written: dict = {}
            items = [i for i in bar.items if isinstance(i, Field)]
            first_bar_pickup = not bars and timing.short
            if not representable(timing.length):  # a bar of tuplets no plain values add up to
                chord = None if first_bar_pickup else segments[0][2] if segments else None
                root = chord and write_head(midi_to_pitch(bass_pitch(chord.pcs[0]) + shift, timing.key), timing.key, written, set())
                sounded += [bass_pitch(chord.pcs[0]) + shift] if chord else []
                bars.append(Bar(tuple(items) + rhythm_of(bar, (root,) if root else ()), bar.end, bar.ending))
                k += len(segments)
                continue
            for start, length, chord in segments:
                k += 1
                if chord is None or first_bar_pickup:
                    items += [Note((), part) for part in split_length(length)]
                    continue
                nxt = flat[k] if k < len(flat) else None
                for seg_len, midis in bass_figure(style, chord, nxt, timing.key, length, timing.meter):
                    sounded += [m + shift for m in midis]
                    parts = split_length(seg_len)
                    for i, part in enumerate(parts):
                        heads = tuple(write_head(midi_to_pitch(m + shift, timing.key), timing.key, written, set())
                                      for m in midis)
                        items.append(Note(heads, part, tie=i < len(parts) - 1))
            bars.append(Bar(tuple(items), bar.end, bar.ending))
        return bars, sounded

    bars, sounded = bass_bars(0)
    melody = [p.midi for t in timings for e in t.events for p in e.pitches]
    if sounded and melody and sum(melody) / len(melody) - sum(sounded) / len(sounded) < BASS_BELOW \
            and min(sounded) - 12 >= LOWEST_BASS:
        bars, _ = bass_bars(-12)  # a melody that sits low: its bass an octave down, still under it
    return add_voice(tune, Voice("0", tuple(bars), name, program, "bass", tune.melody.start_repeat))
