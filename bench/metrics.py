"""Measures of a set of tunes, for `bench.eval`: what their melodies are made of, how varied
they are, how much they copy, and how close their distributions are to human tunes'.

Every measure works on canonical `Tune`s through `music/` timing (tuplets, broken rhythm and
key signatures applied), on the melody (the first voice). Distributions are normalised
histograms (dicts of bin -> share); the distance between two is the total variation distance,
half the sum of absolute differences: 0 for the same distribution, 1 for disjoint ones.
"""
from __future__ import annotations

import collections
import math
from fractions import Fraction

from music.abc import bar_text
from music.analysis import MAJOR_PROFILE, MINOR_PROFILE, pitch_weights, profile_correlation
from music.tune import Tune, time_bars

MAX_RUN = 16  # longest shared run of bars looked for


def normalised(counts: collections.Counter) -> dict:
    total = sum(counts.values())
    return {k: v / total for k, v in counts.items()} if total else {}


def distance(p: dict, q: dict) -> float:
    """Total variation distance between two normalised histograms."""
    return 0.5 * sum(abs(p.get(k, 0.0) - q.get(k, 0.0)) for k in set(p) | set(q))


def melody_events(tune: Tune):
    return [e for t in time_bars(tune, tune.melody) for e in t.events]


def pitches(tune: Tune) -> list[int]:
    """MIDI numbers of the melody's notes, ties merged (a tied note sounds once)."""
    out, tied = [], False
    for e in melody_events(tune):
        if e.pitches and not tied:
            out.append(max(p.midi for p in e.pitches))
        tied = e.tie
    return out


# ---------------------------------------------------------------------------- per-tune features
def pitch_classes(tune: Tune) -> list[int]:
    """Pitch classes relative to the tonic, so tunes in different keys compare."""
    tonic = tune.key.tonic_pc
    return [(p - tonic) % 12 for p in pitches(tune)]


def intervals(tune: Tune) -> list[int]:
    """Semitones between successive melody notes, clipped to an octave either way."""
    ps = pitches(tune)
    return [max(-12, min(12, b - a)) for a, b in zip(ps, ps[1:])]


def durations(tune: Tune) -> list[Fraction]:
    """Note lengths in quarter notes."""
    return [e.length / 2 for e in melody_events(tune) if e.pitches]


def notes_per_bar(tune: Tune) -> list[int]:
    return [sum(1 for e in t.events if e.pitches) for t in time_bars(tune, tune.melody)]


def pitch_range(tune: Tune) -> int:
    ps = pitches(tune)
    return max(ps) - min(ps) if ps else 0


def bar_texts(tune: Tune) -> list[str]:
    """The melody's bars as written (bar lines left out): equal texts are equal bars."""
    return [bar_text(bar, tune.meter)[0] for bar in tune.melody.bars]


def repeated_bars(tune: Tune) -> float:
    """The share of the melody's bars that repeat an earlier bar of the same tune."""
    bars = bar_texts(tune)
    return 1 - len(set(bars)) / len(bars) if bars else 0.0


def key_correlation(tune: Tune) -> float:
    """Tonal stability: the best correlation of the melody's pitch-class weights with the
    Krumhansl-Kessler major and minor profiles over the 12 tonics (1: perfectly tonal)."""
    w = pitch_weights(tune)
    return max(profile_correlation(w, p, t) for t in range(12) for p in (MAJOR_PROFILE, MINOR_PROFILE))


# ---------------------------------------------------------------------------- set distributions
def bucket(x: float, width: float) -> float:
    return round(math.floor(x / width + 1e-9) * width, 2)


FEATURES = {  # name: the histogram of a set of tunes
    "pitch classes": lambda ts: collections.Counter(pc for t in ts for pc in pitch_classes(t)),
    "intervals": lambda ts: collections.Counter(i for t in ts for i in intervals(t)),
    "durations": lambda ts: collections.Counter(str(min(d, Fraction(4))) for t in ts for d in durations(t)),
    "notes per bar": lambda ts: collections.Counter(min(n, 16) for t in ts for n in notes_per_bar(t)),
    "range": lambda ts: collections.Counter(min(pitch_range(t), 36) // 3 * 3 for t in ts),
    "repeated bars": lambda ts: collections.Counter(bucket(repeated_bars(t), 0.1) for t in ts),
    "tonal stability": lambda ts: collections.Counter(bucket(key_correlation(t), 0.05) for t in ts),
}


def distributions(tunes: list[Tune]) -> dict[str, dict]:
    return {name: normalised(f(tunes)) for name, f in FEATURES.items()}


def closeness(tunes: list[Tune], human: list[Tune]) -> dict[str, float]:
    """Distance to the human tunes per feature, and their average."""
    ours, theirs = distributions(tunes), distributions(human)
    out = {name: round(distance(ours[name], theirs[name]), 4) for name in FEATURES}
    out["average"] = round(sum(out.values()) / len(FEATURES), 4)
    return out


# ---------------------------------------------------------------------------- diversity, collapse
def distinct(tunes: list[Tune], n: int = 1) -> float:
    """Distinct bar n-grams over all bar n-grams of the set (1: nothing repeats)."""
    grams = [tuple(bars[i:i + n]) for bars in map(bar_texts, tunes) for i in range(len(bars) - n + 1)]
    return len(set(grams)) / len(grams) if grams else 0.0


def spread(values: list) -> float:
    """Normalised entropy of the choices made (0: always the same, 1: all equally often)."""
    counts = collections.Counter(values)
    if len(counts) < 2:
        return 0.0
    total = sum(counts.values())
    h = -sum(c / total * math.log(c / total) for c in counts.values())
    return h / math.log(len(counts)) if len(counts) > 1 else 0.0


def entropy_bits(values: list) -> float:
    counts = collections.Counter(values)
    total = sum(counts.values())
    return -sum(c / total * math.log2(c / total) for c in counts.values()) if total else 0.0


# ---------------------------------------------------------------------------- novelty
class BarIndex:
    """Every run of 1 to MAX_RUN consecutive melody bars of a set of tunes, as hashes."""

    def __init__(self, tunes):
        self.runs: list[set[int]] = [set() for _ in range(MAX_RUN + 1)]
        for bars in tunes:
            bars = bars if isinstance(bars, list) else bar_texts(bars)
            for n in range(1, MAX_RUN + 1):
                for i in range(len(bars) - n + 1):
                    self.runs[n].add(hash(tuple(bars[i:i + n])))

    def longest_shared(self, tune: Tune) -> int:
        """The longest run of consecutive bars of `tune` found in any indexed tune."""
        bars, best = bar_texts(tune), 0
        for n in range(1, MAX_RUN + 1):
            if not any(hash(tuple(bars[i:i + n])) in self.runs[n] for i in range(len(bars) - n + 1)):
                break
            best = n
        return best
