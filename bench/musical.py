"""The musical measures of `tunesmith eval`: what a player checks first, piece by piece, the
same for new pieces and for human tunes.

- valid: `abc2midi -c` reports no Error and no bar-length Warning, abc2xml converts it and
  music21 reads the MusicXML (the independent tools, not our own checker);
- the six checks of a piece (`CHECKS`): strict bars, ends on the final, the key music21's
  Krumhansl estimate finds agrees with the key declared, no loop, range, note lengths;
- form: a dance in two repeated 8-bar strains (AABB);
- style: the meter, and the rhythm, of the type of piece asked for (`rhythm_fits`); the pace
  and the mood asked for.
"""
from __future__ import annotations

import collections
import contextlib
import io
from fractions import Fraction

from music.abc import AbcError, parse, serialise
from music.analysis import MINOR_LIKE, counted_bars
from music.export import ExportError, to_musicxml
from music.form import STYLES
from music.instruments import BASS_RANGE, playable_range
from music.tune import Broken, Note, Tune, Tuplet, sounding_pitches, time_bars
from music.validate import abc2midi_messages, note_problems, validate

CHECKS = ("strict bars", "ends on the final", "key agrees", "no loop", "range", "note lengths")
SPAN = (10, 24)  # semitones: about an octave to two octaves


def independent_verdict(abc: str | None) -> str:
    """"valid", or why not: it must parse and pass `music/` validation, and no independent
    tool may object (abc2midi, abc2xml, music21)."""
    if not abc:
        return "no ABC"
    try:
        tune = parse(abc)
    except AbcError:
        return "does not parse"
    if not validate(tune).ok:
        return "invalid"
    messages = abc2midi_messages(abc)
    if any(m.startswith("Error") for m in messages):
        return "abc2midi error"
    if any("time units" in m for m in messages):
        return "abc2midi bar length"
    try:
        xml = to_musicxml(tune)
    except (ExportError, Exception):  # abc2xml raises what its parser raises
        return "abc2xml fails"
    try:
        music21_key(xml)
    except Exception:
        return "music21 fails"
    return "valid"


def music21_key(xml: str) -> tuple[int, str]:
    """The tonic's pitch class and mode (major or minor) music21's Krumhansl estimate finds."""
    import music21
    with contextlib.redirect_stderr(io.StringIO()):
        key = music21.converter.parse(xml, format="musicxml").analyze("key.krumhansl")
    return key.tonic.pitchClass, key.mode


def checks(tune: Tune) -> dict[str, bool]:
    """The six checks of one piece."""
    melody = tune.melody
    pitches = sounding_pitches(tune, melody)
    bars = [bar.items for bar in melody.bars]
    try:
        tonic, mode = music21_key(to_musicxml(tune))
        key = tonic == tune.key.tonic_pc and (mode == "minor") == (tune.key.mode in MINOR_LIKE)
    except Exception:
        key = False
    return {
        "strict bars": validate(tune).ok and not any("time units" in m for m in abc2midi_messages(serialise(tune))),
        "ends on the final": bool(pitches) and pitches[-1].midi % 12 == tune.key.tonic_pc,
        "key agrees": key,
        "no loop": no_loop(bars),
        "range": in_range(tune),
        "note lengths": not any(note_problems(bar, melody=True) for bar in melody.bars),
    }


def no_loop(bars: list) -> bool:
    """No bar written more than 4 times, and never three identical bars in a row."""
    counts = collections.Counter(bars)
    return max(counts.values(), default=0) <= 4 and not any(a == b == c for a, b, c in zip(bars, bars[1:], bars[2:]))


def in_range(tune: Tune) -> bool:
    """Every voice within its instrument's range, and the melody spans about an octave to two."""
    for i, voice in enumerate(tune.voices):
        midi = [p.midi for p in sounding_pitches(tune, voice)]
        if not midi:
            return False
        low, high = BASS_RANGE if voice.clef == "bass" and voice.program is None else playable_range(voice.program)
        if min(midi) < low or max(midi) > high:
            return False
        if i == 0 and not SPAN[0] <= max(midi) - min(midi) <= SPAN[1]:
            return False
    return True


def aabb(tune: Tune) -> bool:
    """Two strains of 8 bars, each repeated: `::` or `:|` after bar 8 and a `:|` at the end."""
    ends = [bar.end for bar in tune.melody.bars]
    return counted_bars(tune.melody, time_bars(tune, tune.melody)) == 16 and ends.count(":|") + ends.count("::") >= 2 \
        and ends[-1] == ":|"


def rhythm_fits(tune: Tune, style: str) -> bool:
    """Whether the melody moves as the type of piece does: a reel in running eighths, a
    hornpipe in dotted pairs and triplets, a strathspey in dotted pairs and snaps, a jig in
    eighths, a waltz on a quarter-note pulse, an air, a lullaby and a chorale slow and long."""
    notes = [i for bar in tune.melody.bars for i in bar.items if isinstance(i, Note)]
    if not notes:
        return False
    share = lambda test: sum(1 for n in notes if test(n.length)) / len(notes)
    bars = [bar.items for bar in tune.melody.bars]
    dotted = sum(1 for b in bars if any(isinstance(i, (Broken, Tuplet)) for i in b)) / len(bars)
    slow = (tune.tempo or 120) <= 100
    rules = {
        "reel": share(lambda x: x == 1) >= 0.5 and dotted <= 0.25,
        "hornpipe": dotted >= 0.25,
        "strathspey": dotted >= 0.25,
        "jig": share(lambda x: x == 1) >= 0.4, "slip jig": share(lambda x: x == 1) >= 0.4,
        "slide": share(lambda x: x == 1) >= 0.4,
        "polka": share(lambda x: x <= 1) >= 0.5,
        "march": share(lambda x: Fraction(1, 2) <= x <= 2) >= 0.6,
        "waltz": share(lambda x: x >= 2) >= 0.3, "minuet": share(lambda x: x >= 1) >= 0.6,
        "mazurka": share(lambda x: x >= 1) >= 0.5,
        "air": slow and share(lambda x: x >= 1) >= 0.6,
        "lullaby": slow and share(lambda x: x >= 1) == 1.0,
        "chorale": slow and share(lambda x: x >= 2) >= 0.5,
        "song": True,
    }
    return rules[style]


def style_checks(tune: Tune, style: str | None, pace: str | None = None, mood: str | None = None) -> dict[str, bool]:
    """The named type's meter and rhythm, its form when it is a dance, and the pace and mood asked."""
    out = {}
    if style:
        out["meter"] = f"{tune.meter[0]}/{tune.meter[1]}" in STYLES[style].meters
        out["rhythm"] = rhythm_fits(tune, style)
        if STYLES[style].dance:
            out["AABB form"] = aabb(tune)
    if pace:
        out["pace"] = (tune.tempo or 120) < 100 if pace == "slow" else (tune.tempo or 120) >= 110
    if mood:
        out["mood"] = (tune.key.mode in MINOR_LIKE) == (mood == "sad")
    return out


def summary(pieces: list[tuple[Tune, str | None]]) -> dict:
    """Shares over pieces (each with the type of piece it is, or was asked to be): every check
    passed, each check alone, and the same per type."""
    rows = [(checks(t), style) for t, style in pieces]
    out = {"pieces": len(rows), "all six": share([all(c.values()) for c, _ in rows])}
    out |= {name: share([c[name] for c, _ in rows]) for name in CHECKS}
    by_style = collections.defaultdict(list)
    for c, style in rows:
        by_style[style or "unnamed"].append(all(c.values()))
    out["all six by style"] = {s: {"pieces": len(v), "share": share(v)} for s, v in sorted(by_style.items())}
    return out


def share(values: list[bool]) -> float:
    return round(sum(values) / len(values), 3) if values else 0.0
