"""Words about a piece: what changed between two versions, and whether a sentence's claims
about a piece (key, meter, tempo, bars, instrument) are true of its ABC."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import analyse
from .instruments import ALIASES, GM_NAMES, UnknownInstrument, find_instrument
from .tune import Grace, Note, Tune, Voice, bar_ends, has_chords, sounding_pitches

INTERVALS = {1: "a semitone", 2: "a whole tone", 3: "a minor third", 4: "a major third", 5: "a fourth",
             6: "a tritone", 7: "a fifth", 8: "a minor sixth", 9: "a major sixth", 10: "a minor seventh",
             11: "a major seventh", 12: "an octave"}
MODES = ("major", "minor", "dorian", "mixolydian", "phrygian", "lydian", "locrian")


def instrument_of(tune: Tune, index: int) -> str:
    voice = tune.voices[index]
    if voice.program is None:
        return "piano"
    named = (voice.name or "").lower()
    if ALIASES.get(named, (None,))[0] == voice.program:
        return named
    for word, (program, _) in ALIASES.items():
        if program == voice.program:
            return word
    return GM_NAMES[voice.program].lower()


def notes(voice) -> list:
    """A voice's notes and rests, chord symbols and bar lines aside."""
    return [item for bar in voice.bars for item in bar.items if isinstance(item, Note)]


def changes(before: Tune, after: Tune) -> list[str]:
    """What a musician would notice between two versions, one sentence each."""
    a, b = analyse(before), analyse(after)
    said = []
    if a.key != b.key:
        moved = interval_moved(before, after)
        said.append(f"The key is now {b.key} (was {a.key})" + (f", every note {moved}." if moved else "."))
        register = mean_pitch(after, after.melody) - mean_pitch(before, before.melody)
        if not moved and abs(register) >= 9:
            said.append(f"The melody sits about an octave {'higher' if register > 0 else 'lower'}.")
    if a.meter != b.meter:
        said.append(f"The meter is now {b.meter} (was {a.meter}).")
    if a.tempo != b.tempo:
        said.append(f"The tempo is now {b.tempo} bpm (was {a.tempo} bpm).")
    if a.bars != b.bars:
        said.append(f"It now has {b.bars} bars (was {a.bars}).")
    old_names = [(v.name or f"voice {i + 1}") for i, v in enumerate(before.voices)]
    new_names = [(v.name or f"voice {i + 1}") for i, v in enumerate(after.voices)]
    for i in range(len(before.voices), len(after.voices)):
        name = new_names[i].lower()
        said.append(f"Added {'an' if name[0] in 'aeiou' else 'a'} {name} part for {instrument_of(after, i)}.")
    for i in range(len(after.voices), len(before.voices)):
        said.append(f"Removed the {old_names[i].lower()} part.")
    for i in range(min(len(before.voices), len(after.voices))):
        part = "melody" if i == 0 else f"{old_names[i].lower()} part"  # a voice is often named for its instrument
        if (before.voices[i].program or 0) != (after.voices[i].program or 0):  # no program is piano
            said.append(f"The {part} is now played on {instrument_of(after, i)}.")
        elif notes(before.voices[i]) != notes(after.voices[i]) and a.key == b.key and a.bars == b.bars \
                and (moved := interval_moved(before, after, i)):
            said.append(f"The {part} is {moved}.")
        elif notes(before.voices[i]) != notes(after.voices[i]) and a.key == b.key and a.bars == b.bars:
            old_count, new_count = len(notes(before.voices[i])), len(notes(after.voices[i]))
            said.append(f"Rewrote {bars_changed(before, after, i)} of the {part}" + (
                f": {new_count} notes and rests (was {old_count})." if new_count != old_count else "."))
        graces_added = graces(after.voices[i]) - graces(before.voices[i])
        if graces_added:
            said.append(f"{'Added' if graces_added > 0 else 'Removed'} {abs(graces_added)} grace "
                        f"note{'s' if abs(graces_added) > 1 else ''} "
                        f"{'to' if graces_added > 0 else 'from'} the {part}.")
    repeated = [repeats(t.melody) for t in (before, after)]
    if repeated[1] > repeated[0]:
        said.append(f"Added repeat signs: {repeated[1]} section{'s' if repeated[1] > 1 else ''} now play twice.")
    elif repeated[1] < repeated[0]:
        said.append("Removed repeat signs.")
    if has_chords(after) and not has_chords(before):
        said.append("Added chord symbols.")
    elif has_chords(before) and not has_chords(after):
        said.append("Removed the chord symbols.")
    return said


def mean_pitch(tune: Tune, voice: Voice) -> float:
    pitches = [p.midi for p in sounding_pitches(tune, voice)]
    return sum(pitches) / len(pitches) if pitches else 0.0


def interval_of(before: Tune, after: Tune, voice: int = 0) -> int | None:
    """The one interval, in semitones, that takes every note of a voice of `before` to `after`."""
    a = [p.midi for p in sounding_pitches(before, before.voices[voice])]
    b = [p.midi for p in sounding_pitches(after, after.voices[voice])]
    steps = {y - x for x, y in zip(a, b)}
    return steps.pop() if len(a) == len(b) and len(steps) == 1 else None


def bars_changed(before: Tune, after: Tune, voice: int) -> str:
    """"bars 7 to 8", "bar 3", "bars 1 to 4 and 9 to 12": the bars whose notes differ,
    counted as a musician counts them (a pickup with the bar it leads into)."""
    old, new = (grouped_notes(t, voice) for t in (before, after))
    if len(old) != len(new):
        return "the notes"
    changed = [i + 1 for i, (x, y) in enumerate(zip(old, new)) if x != y]
    runs = []
    for bar in changed:
        if runs and runs[-1][1] == bar - 1:
            runs[-1][1] = bar
        else:
            runs.append([bar, bar])
    if not runs:
        return "the notes"
    said = [f"{a}" if a == b else f"{a} to {b}" for a, b in runs]
    word = "bar" if len(changed) == 1 else "bars"
    return f"{word} " + (said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" and {said[-1]}")


def grouped_notes(tune: Tune, voice: int) -> list[list]:
    """The notes of each counted bar of a voice, a pickup with the bar it leads into."""
    bars, start = [], 0
    for end in bar_ends(tune):
        bars.append([n for b in tune.voices[voice].bars[start:end + 1] for n in b.items if isinstance(n, Note)])
        start = end + 1
    return bars


def graces(voice: Voice) -> int:
    return sum(isinstance(item, Grace) for bar in voice.bars for item in bar.items)


def repeats(voice: Voice) -> int:
    """Sections the voice plays twice: its bars that end with :| or ::."""
    return sum(bar.end in (":|", "::") for bar in voice.bars)


def interval_moved(before: Tune, after: Tune, voice: int = 0) -> str | None:
    """"up a fourth", "down an octave": the one interval every note of a voice moved by, if one."""
    move = interval_of(before, after, voice)
    if move is None or not 0 < abs(move) <= 12:
        return None
    return f"{'up' if move > 0 else 'down'} {INTERVALS[abs(move)]}"


# ------------------------------------------------------------------------------ claims
@dataclass
class Claim:
    kind: str  # key, meter, tempo, bars, instrument
    value: str
    true: bool


KEY_RE = re.compile(r"\b([A-G])(#|b|♯|♭| sharp| flat)? (" + "|".join(MODES) + r")\b")
METER_RE = re.compile(r"(?<![\d/=])(\d{1,2})/(\d{1,2})(?![\d/=])")
TEMPO_RE = re.compile(r"\b(\d{2,3}) ?(?:bpm|beats per minute|beats a minute)\b", re.I)
# "Added 8 bars", "a B part of 8 bars": bars a change added, not the piece's length
BARS_RE = re.compile(r"(?<!added )(?<!part of )\b(\d{1,3})[ -]bars?\b", re.I)
INSTRUMENT_RE = re.compile(r"\b(?:for|on|to)(?: the| a| an| solo)? ([a-z][a-z ]{0,30})")
# "from D major to G major": the value after "from" describes the old version.
OLD_VALUE_RE = re.compile(r"\b(?:from|was) [^,.;)]*?(?= to |[,.;)]|$)")


def read_claims(text: str, tune: Tune) -> list[Claim]:
    """Every checkable claim a sentence makes about the piece, with whether the ABC bears it out."""
    current = OLD_VALUE_RE.sub("", text)
    a = analyse(tune)
    claims = []
    for m in KEY_RE.finditer(current):
        tonic = m.group(1) + {"#": "#", "♯": "#", " sharp": "#", "b": "b", "♭": "b", " flat": "b"}.get(m.group(2) or "", "")
        claims.append(Claim("key", f"{tonic} {m.group(3)}", f"{tonic} {m.group(3)}" == a.key))
    for m in METER_RE.finditer(current):
        claims.append(Claim("meter", m.group(0), m.group(0) == a.meter))
    for m in TEMPO_RE.finditer(current):
        claims.append(Claim("tempo", m.group(1), int(m.group(1)) == a.tempo))
    for m in BARS_RE.finditer(current):
        claims.append(Claim("bars", m.group(1), int(m.group(1)) == a.bars))
    programs = {v.program if v.program is not None else 0 for v in tune.voices}
    for m in INSTRUMENT_RE.finditer(current.lower()):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            try:
                program, _ = find_instrument(" ".join(words[:n]))
            except UnknownInstrument:
                continue
            claims.append(Claim("instrument", " ".join(words[:n]), program in programs))
            break
    return claims
