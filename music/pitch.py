"""Spelled pitches, keys and modes: the arithmetic behind transposition and mode changes."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

LETTERS = "CDEFGAB"
NATURAL_SEMITONES = (0, 2, 4, 5, 7, 9, 11)
LETTER_FIFTHS = {"C": 0, "D": 2, "E": 4, "F": -1, "G": 1, "A": 3, "B": 5}
SHARP_ORDER = "FCGDAEB"
FLAT_ORDER = "BEADGCF"

# Fifths of each mode relative to the major key on the same tonic (D dorian has C major's signature).
MODE_FIFTHS = {"major": 0, "lydian": 1, "mixolydian": -1, "dorian": -2,
               "minor": -3, "phrygian": -4, "locrian": -5}
MODE_SUFFIX = {"major": "", "minor": "m", "dorian": "dor", "phrygian": "phr",
               "lydian": "lyd", "mixolydian": "mix", "locrian": "loc"}
# Semitones of each scale degree above the tonic.
MODE_SCALES = {
    "major": (0, 2, 4, 5, 7, 9, 11), "dorian": (0, 2, 3, 5, 7, 9, 10),
    "phrygian": (0, 1, 3, 5, 7, 8, 10), "lydian": (0, 2, 4, 6, 7, 9, 11),
    "mixolydian": (0, 2, 4, 5, 7, 9, 10), "minor": (0, 2, 3, 5, 7, 8, 10),
    "locrian": (0, 1, 3, 5, 6, 8, 10),
}
MODE_WORDS = {
    "": "major", "maj": "major", "major": "major", "ion": "major", "ionian": "major",
    "m": "minor", "min": "minor", "minor": "minor", "aeo": "minor", "aeolian": "minor",
    "dor": "dorian", "dorian": "dorian", "phr": "phrygian", "phrygian": "phrygian",
    "lyd": "lydian", "lydian": "lydian", "mix": "mixolydian", "mixolydian": "mixolydian",
    "loc": "locrian", "locrian": "locrian",
}
# German key names found in the Essen collection.
GERMAN_TONICS = {"h": "B", "es": "Eb", "as": "Ab", "des": "Db", "ges": "Gb",
                 "fis": "F#", "cis": "C#", "gis": "G#", "dis": "D#", "ais": "A#"}


@dataclass(frozen=True, order=True)
class Pitch:
    """A spelled pitch: letter step (0 = C .. 6 = B), octave (4 = middle C's), alteration."""
    step: int
    octave: int
    alter: int = 0

    @property
    def midi(self) -> int:
        return 12 * (self.octave + 1) + NATURAL_SEMITONES[self.step] + self.alter

    @property
    def diatonic(self) -> int:
        return 7 * self.octave + self.step

    def transpose(self, steps: int, semitones: int) -> "Pitch":
        diatonic = self.diatonic + steps
        step, octave = diatonic % 7, diatonic // 7
        natural = 12 * (octave + 1) + NATURAL_SEMITONES[step]
        return Pitch(step, octave, self.midi + semitones - natural)

    def name(self) -> str:
        return LETTERS[self.step] + {-2: "bb", -1: "b", 0: "", 1: "#", 2: "##"}.get(self.alter, "?") + str(self.octave)


@dataclass(frozen=True)
class Key:
    tonic: str  # letter plus optional '#' or 'b', e.g. "F#", "Bb"
    mode: str = "major"

    @property
    def tonic_step(self) -> int:
        return LETTERS.index(self.tonic[0])

    @property
    def tonic_alter(self) -> int:
        return self.tonic.count("#") - self.tonic.count("b")

    @property
    def tonic_pc(self) -> int:
        return (NATURAL_SEMITONES[self.tonic_step] + self.tonic_alter) % 12

    @property
    def fifths(self) -> int:
        """Sharps (positive) or flats (negative) in the key signature."""
        return LETTER_FIFTHS[self.tonic[0]] + 7 * self.tonic_alter + MODE_FIFTHS[self.mode]

    def signature(self) -> dict[int, int]:
        """Alteration of each letter step under this key signature (one dict per key, shared:
        read it, do not change it)."""
        return key_signature(self)

    def abc(self) -> str:
        return self.tonic + MODE_SUFFIX[self.mode]

    def describe(self) -> str:
        """The key in words: "Bb minor", "F# dorian"."""
        return f"{self.tonic} {self.mode}"

    def scale_pitch_classes(self) -> list[int]:
        return [(self.tonic_pc + s) % 12 for s in MODE_SCALES[self.mode]]


@functools.cache  # the constraint asks at every note it tries
def key_signature(key: Key) -> dict[int, int]:
    alters = {step: 0 for step in range(7)}
    n = key.fifths
    order = SHARP_ORDER if n > 0 else FLAT_ORDER
    for i in range(abs(n)):
        letter = order[i % 7]
        alters[LETTERS.index(letter)] += 1 if n > 0 else -1
    return alters


KEY_RE = re.compile(r"^\s*([A-Ga-gHh])\s*(#|b|is|es|s)?\s*([A-Za-z]*)", re.ASCII)


def parse_key(text: str) -> Key:
    """Read a K: value in any common spelling ("G", "Em", "E Minor", "Ador", "Es", "H", "F#m")."""
    raw = text.strip()
    if not raw:
        raise ValueError("empty key")
    word = raw.split()[0].lower()
    rest = raw[len(raw.split()[0]):].strip()
    for german, tonic in GERMAN_TONICS.items():
        if word == german or (word.startswith(german) and word[len(german):] in ("moll", "dur")):
            mode = "minor" if word.endswith("moll") else "major"
            return Key(tonic, mode)
    m = KEY_RE.match(raw)
    if not m:
        raise ValueError(f"unknown key {text!r}")
    letter, accidental, mode_word = m.group(1), m.group(2) or "", m.group(3)
    if letter in "Hh":
        letter = "B"
    accidental = {"is": "#", "es": "b", "s": "b"}.get(accidental, accidental)
    letter = letter.upper()
    mode_word = mode_word.lower()
    if not mode_word and rest:
        mode_word = rest.split()[0].lower()
    mode_word = re.sub(r"[^a-z]", "", mode_word)
    if mode_word not in MODE_WORDS:
        mode_word = mode_word[:3]
        if mode_word.startswith("m") and mode_word not in MODE_WORDS:
            mode_word = "m" if mode_word.startswith("mi") else mode_word
    if mode_word not in MODE_WORDS:
        raise ValueError(f"unknown mode in key {text!r}")
    return Key(letter + accidental, MODE_WORDS[mode_word])


def key_from_pc(pc: int, mode: str) -> Key:
    """The conventional spelling of the key whose tonic has pitch class `pc` (fewest accidentals)."""
    best = None
    for letter in LETTERS:
        for alter, sign in ((0, ""), (1, "#"), (-1, "b")):
            if (NATURAL_SEMITONES[LETTERS.index(letter)] + alter) % 12 != pc % 12:
                continue
            key = Key(letter + sign, mode)
            score = (abs(key.fifths), key.fifths < 0)
            if best is None or score < best[0]:
                best = (score, key)
    return best[1]


def interval_between(a: Key, b: Key, semitones: int) -> tuple[int, int]:
    """(diatonic steps, semitones) moving tonic a onto tonic b by `semitones` (already signed)."""
    steps = (b.tonic_step - a.tonic_step) % 7
    # the step count consistent with the direction and size of the move, however many octaves
    expected = round(semitones * 7 / 12)
    candidates = [steps + 7 * k for k in range(expected // 7 - 1, expected // 7 + 2)]
    steps = min(candidates, key=lambda s: abs(s - expected))
    return steps, semitones
