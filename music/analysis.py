"""Analysis: the facts of a tune that a musician would ask about."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from fractions import Fraction

from .pitch import Key, key_from_pc
from .repeats import unfold
from .tune import Pickups, Tune, time_bars

# Krumhansl-Kessler key profiles, tonic first.
MAJOR_PROFILE = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88]
MINOR_PROFILE = [6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17]
MINOR_LIKE = ("minor", "dorian", "phrygian", "locrian")  # modes with a minor third: the minor profile
# A plausible tempo (quarter notes per minute) for each rhythm, for tunes that give none.
TYPICAL_TEMPO = {"jig": 180, "slip jig": 180, "reel": 200, "hornpipe": 150, "polka": 150,
                 "waltz": 150, "march": 112, "strathspey": 130, "air": 80, "song": 100}


@dataclass
class Analysis:
    title: str
    key: str
    estimated_key: str
    mode: str
    meter: str
    tempo: int
    tempo_assumed: bool
    bars: int
    voices: int
    instruments: list[str]
    lowest: str
    highest: str
    range_semitones: int
    notes_per_bar: float
    rhythm: str
    pentatonic_share: float
    form: str

    def as_dict(self) -> dict:
        return asdict(self)


def pitch_weights(tune: Tune) -> list[float]:
    weights = [0.0] * 12
    for t in time_bars(tune, tune.melody):
        for e in t.events:
            for p in e.pitches:
                weights[p.midi % 12] += float(e.length)
    return weights


def profile_correlation(weights: list[float], profile: list[float], tonic: int) -> float:
    """Pearson correlation of pitch-class weights with a key profile rotated to `tonic`."""
    rotated = [profile[(pc - tonic) % 12] for pc in range(12)]
    mx, my = sum(weights) / 12, sum(rotated) / 12
    num = sum((x - mx) * (y - my) for x, y in zip(weights, rotated))
    den = (sum((x - mx) ** 2 for x in weights) * sum((y - my) ** 2 for y in rotated)) ** 0.5
    return num / den if den else 0.0


def estimate_key(tune: Tune) -> Key:
    """Best-correlating major or minor key, nudged toward the final note as tonic."""
    weights = pitch_weights(tune)
    timings = time_bars(tune, tune.melody)
    last = next((e for t in reversed(timings) for e in reversed(t.events) if e.pitches), None)
    final_pc = last.pitches[0].midi % 12 if last else None

    best = max(((profile_correlation(weights, prof, tonic) + (0.15 if tonic == final_pc else 0), tonic, mode)
                for tonic in range(12) for prof, mode in ((MAJOR_PROFILE, "major"), (MINOR_PROFILE, "minor"))))
    _, tonic, mode = best
    return key_from_pc(tonic, mode)


def guess_rhythm(tune: Tune, notes_per_bar: float) -> str:
    n, d = tune.meter
    if (n, d) == (6, 8):
        return "jig"
    if (n, d) == (9, 8):
        return "slip jig"
    if (n, d) == (12, 8):
        return "slide"
    if (n, d) == (3, 4):
        return "waltz" if notes_per_bar <= 6 else "mazurka"
    if (n, d) == (2, 4):
        return "polka" if notes_per_bar >= 4 else "march"
    if (n, d) in ((4, 4), (2, 2)):
        broken = sum(1 for b in tune.melody.bars for i in b.items if type(i).__name__ == "Broken")
        if broken > len(tune.melody.bars):
            return "hornpipe"
        return "reel" if notes_per_bar >= 7 else "march"
    if d == 2 or d == 1:
        return "song"
    return "air"


def pentatonic_share(tune: Tune) -> float:
    """Share of note time on the best-fitting pentatonic scale."""
    weights = pitch_weights(tune)
    total = sum(weights) or 1.0
    shape = (0, 2, 4, 7, 9)
    return max(sum(weights[(r + s) % 12] for s in shape) for r in range(12)) / total


def form(tune: Tune) -> str:
    """Phrase letters such as AABB from the melody with repeats written out."""
    flat = unfold(tune)
    timings = time_bars(flat, flat.melody)
    if timings and timings[0].short:
        timings = timings[1:]
    if not timings:
        return ""
    size = 8 if len(timings) >= 16 else 4 if len(timings) >= 8 else max(1, len(timings))
    phrases = []
    for start in range(0, len(timings) - size + 1, size):
        phrases.append([p.midi for t in timings[start:start + size] for e in t.events
                        for p in e.pitches[:1]])
    letters, seen = [], []
    for phrase in phrases:
        match = next((i for i, other in enumerate(seen) if similar(phrase, other)), None)
        if match is None:
            seen.append(phrase)
            match = len(seen) - 1
        letters.append("ABCDEFGHIJKLMNOP"[min(match, 15)])
    return "".join(letters)


def similar(a: list[int], b: list[int]) -> bool:
    if not a or not b:
        return False
    n = min(len(a), len(b))
    same = sum(1 for x, y in zip(a[:n], b[:n]) if x == y)
    return same / max(len(a), len(b)) >= 0.7


def counted_bars(voice, timings) -> int:
    """Bars as a musician counts them: pickups are not bars of their own (see `Pickups`)."""
    pickups = Pickups()
    for bar, timing in zip(voice.bars, timings):
        pickups.close(timing.length, timing.expected, bar.end, bar.ending is not None)
    return pickups.counted


def analyse(tune: Tune) -> Analysis:
    timings = time_bars(tune, tune.melody)
    bars = counted_bars(tune.melody, timings)
    pitches = [p for t in timings for e in t.events for p in e.pitches]
    notes = sum(1 for t in timings for e in t.events if e.pitches)
    lowest = min(pitches, key=lambda p: p.midi) if pitches else None
    highest = max(pitches, key=lambda p: p.midi) if pitches else None
    per_bar = notes / max(1, len(timings))
    rhythm = guess_rhythm(tune, per_bar)
    estimated = estimate_key(tune)
    return Analysis(
        title=tune.title, key=tune.key.describe(), estimated_key=estimated.describe(), mode=tune.key.mode,
        meter=f"{tune.meter[0]}/{tune.meter[1]}", tempo=tune.tempo or TYPICAL_TEMPO.get(rhythm, 120),
        tempo_assumed=tune.tempo is None, bars=bars, voices=len(tune.voices),
        instruments=[v.name or "unnamed" for v in tune.voices],
        lowest=lowest.name() if lowest else "", highest=highest.name() if highest else "",
        range_semitones=(highest.midi - lowest.midi) if pitches else 0,
        notes_per_bar=round(per_bar, 2), rhythm=rhythm, pentatonic_share=round(pentatonic_share(tune), 3),
        form=form(tune),
    )


def played_quarters(tune: Tune) -> Fraction:
    """How long the piece plays, repeats played out, in quarter notes."""
    flat = unfold(tune)
    return sum((t.length for t in time_bars(flat, flat.melody)), Fraction(0)) / 2


def duration_seconds(tune: Tune) -> float:
    return float(played_quarters(tune) * 60 / (tune.tempo or 120))
