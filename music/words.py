"""Words about a piece: what changed between two versions, and whether a sentence's claims
about a piece (key, meter, tempo, bars, instrument) are true of its ABC."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import analyse
from .instruments import ALIASES, GM_NAMES, UnknownInstrument, find_instrument
from .tune import Note, Tune, has_chords

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
        said.append(f"The key is now {b.key} (was {a.key}).")
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
        elif notes(before.voices[i]) != notes(after.voices[i]) and a.key == b.key and a.bars == b.bars:
            said.append(f"Rewrote the notes of the {part}.")
    if has_chords(after) and not has_chords(before):
        said.append("Added chord symbols.")
    elif has_chords(before) and not has_chords(after):
        said.append("Removed the chord symbols.")
    return said


# ------------------------------------------------------------------------------ claims
@dataclass
class Claim:
    kind: str  # key, meter, tempo, bars, instrument
    value: str
    true: bool


KEY_RE = re.compile(r"\b([A-G])(#|b|♯|♭| sharp| flat)? (" + "|".join(MODES) + r")\b")
METER_RE = re.compile(r"(?<![\d/=])(\d{1,2})/(\d{1,2})(?![\d/=])")
TEMPO_RE = re.compile(r"\b(\d{2,3}) ?(?:bpm|beats per minute|beats a minute)\b", re.I)
BARS_RE = re.compile(r"\b(\d{1,3})[ -]bars?\b", re.I)
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
