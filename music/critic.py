"""A musical critic: measures of a melody that tell a tune a player would enjoy from one they
would not, and a score that weighs them, to choose among candidates sampled together.

What the form guarantees by construction (full bars, cadences, strains, no loops, range) is
not measured again here; these are the qualities a constraint cannot force:

- key fit: how well the time spent on each pitch class matches the declared key's
  Krumhansl-Kessler profile (tonal stability);
- motion: the share of steps among the melody's moves (folk melodies move mostly by step);
- leaps: the share of moves wider than a fifth;
- monotony: the share of moves that repeat the note;
- variety: distinct bars among the bars written;
- span: semitones from the lowest note to the highest (an octave or more sings).
"""
from __future__ import annotations

from dataclasses import dataclass

from .analysis import MAJOR_PROFILE, MINOR_LIKE, MINOR_PROFILE, pitch_weights, profile_correlation
from .tune import Tune, sounding_pitches


@dataclass(frozen=True)
class Measures:
    key_fit: float  # -1..1
    motion: float  # 0..1: steps (1 or 2 semitones) among the moves
    leaps: float  # 0..1: moves wider than a fifth
    monotony: float  # 0..1: moves to the same note
    variety: float  # 0..1: distinct bars among the bars
    span: int  # semitones

    @property
    def score(self) -> float:
        """Higher is better. Each term is near 0 for a tune like the corpus's human ones and
        negative as the tune departs from them."""
        return (2.0 * self.key_fit
                - 2.0 * max(0.0, 0.45 - self.motion)
                - 3.0 * max(0.0, self.leaps - 0.1)
                - 2.0 * max(0.0, self.monotony - 0.25)
                - 1.0 * max(0.0, 0.5 - self.variety)
                - 0.05 * max(0, 10 - self.span) - 0.05 * max(0, self.span - 24))


def key_fit(tune: Tune) -> float:
    """Correlation of the melody's pitch-class durations with the declared key's profile."""
    profile = MINOR_PROFILE if tune.key.mode in MINOR_LIKE else MAJOR_PROFILE
    return profile_correlation(pitch_weights(tune), profile, tune.key.tonic_pc)


def measure(tune: Tune) -> Measures:
    midi = [p.midi for p in sounding_pitches(tune, tune.melody)]
    moves = [abs(b - a) for a, b in zip(midi, midi[1:])]
    n = max(1, len(moves))
    bars = [bar.items for bar in tune.melody.bars]
    return Measures(
        key_fit=key_fit(tune),
        motion=sum(1 for m in moves if 1 <= m <= 2) / n,
        leaps=sum(1 for m in moves if m > 7) / n,
        monotony=sum(1 for m in moves if m == 0) / n,
        variety=len(set(bars)) / max(1, len(bars)),
        span=max(midi) - min(midi) if midi else 0,
    )


def ranked(tunes: list[Tune], likelihoods: list[float] | None = None) -> list[int]:
    """The indices of the tunes, the one the critic likes best first; the model's own mean
    log-likelihood per token, where given, breaks near ties (a tenth of a nat counts 0.1)."""
    scores = [measure(t).score + (likelihoods[i] if likelihoods else 0.0) for i, t in enumerate(tunes)]
    return sorted(range(len(tunes)), key=scores.__getitem__, reverse=True)


def best(tunes: list[Tune], likelihoods: list[float] | None = None) -> int:
    """The index of the tune the critic likes best (see `ranked`)."""
    return ranked(tunes, likelihoods)[0]
