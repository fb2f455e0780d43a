"""The tune model: what a piece of canonical ABC means, as immutable data.

Lengths are Fractions in units of the canonical unit note length, an eighth note (L:1/8).
A written note keeps its spelling (letter, octave, explicit accidental or None) so that a
tune serialises back to exactly the text it came from; `time_bars` applies the key signature,
the bar's accidentals, tuplets and broken rhythm to get what sounds when.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from fractions import Fraction

from .pitch import Key, Pitch, parse_key

UNIT = Fraction(1, 8)  # L:1/8, the one unit note length of canonical ABC
SECTION_ENDS = ("||", "|]", ":|", "::")


@dataclass(frozen=True, order=True)
class Head:
    """A written notehead: letter step (0 = C), octave (4 = the octave of ABC 'C'), accidental."""
    step: int
    octave: int
    accidental: int | None = None  # None: as the key says; -2..2 written (0 is '=')


@dataclass(frozen=True)
class Note:
    """A note (one head), a chord (several heads) or a rest (no heads)."""
    heads: tuple[Head, ...]
    length: Fraction = Fraction(1)
    tie: bool = False

    @property
    def is_rest(self) -> bool:
        return not self.heads


@dataclass(frozen=True)
class Grace:
    heads: tuple[Head, ...]


@dataclass(frozen=True)
class Tuplet:
    p: int
    q: int
    r: int


@dataclass(frozen=True)
class Broken:
    sign: str  # '>', '<', '>>', '<<'


@dataclass(frozen=True)
class Symbol:
    """A chord symbol such as "Am" or "D7/F#"."""
    text: str


@dataclass(frozen=True)
class Field:
    """An inline field at the start of a bar: a key ('K') or meter ('M') change."""
    name: str
    value: str


Item = Note | Grace | Tuplet | Broken | Symbol | Field


@dataclass(frozen=True)
class Bar:
    items: tuple[Item, ...]
    end: str = "|"
    ending: str | None = None  # "1", "2", "1,3": this bar opens a volta


@dataclass(frozen=True)
class Voice:
    id: str = "1"
    bars: tuple[Bar, ...] = ()
    name: str | None = None
    program: int | None = None
    clef: str | None = None
    start_repeat: bool = False


@dataclass(frozen=True)
class Tune:
    title: str
    meter: tuple[int, int]
    key: Key
    voices: tuple[Voice, ...]
    tempo: int | None = None  # quarter notes per minute
    composer: str | None = None
    origin: str | None = None
    number: int = 1

    @property
    def melody(self) -> Voice:
        return self.voices[0]

    def with_voices(self, voices) -> "Tune":
        return replace(self, voices=tuple(voices))

    def with_voice(self, index: int, voice: Voice) -> "Tune":
        voices = list(self.voices)
        voices[index] = voice
        return self.with_voices(voices)


# Note lengths a musician writes, in units of L:1/8, as canonical ABC spells them: from a
# thirty-second to a dotted whole note, dotted values included. Others (5, 7, /16, 47/64) are
# written as ties by a player, and the model may not invent them.
WRITTEN_LENGTHS = {"/4": Fraction(1, 4), "/": Fraction(1, 2), "3/4": Fraction(3, 4), "": Fraction(1),
                   "3/": Fraction(3, 2), "2": Fraction(2), "3": Fraction(3), "4": Fraction(4),
                   "6": Fraction(6), "8": Fraction(8), "12": Fraction(12), "16": Fraction(16)}
MUSICIAN_LENGTHS = frozenset(WRITTEN_LENGTHS.values())
MAX_CHORD = 4  # notes in one chord of a melody


@dataclass
class Pickups:
    """The one rule for short bars, bar after bar, as `abc2midi -c` counts them and a player
    expects: a short bar is the piece's opening pickup; or a section's pickup that completes
    the short bar before it; or the last bar of a section, completed by the pickup it pairs
    with: the next bar for `||`, `::` and `:|` (unless an ending follows), and for `:|` and
    `::` also the pickup of the section repeated; the piece's last bar pairs with the opening
    pickup. Nowhere else, and `|]` only at the very end. The scanner, the validator and the
    normaliser all step through bars with this class."""
    opening: Fraction = Fraction(0)  # the piece's pickup (0: none)
    repeated: Fraction = Fraction(0)  # the pickup of the section a :| or :: repeats
    owed: Fraction | None = None  # the pickup the bar before asks of the next bar
    owed_in: Fraction = Fraction(0)  # the bar length the owed pickup completes (a meter change breaks the pair)
    repeat_starts: bool = True  # the next bar opens a section that a :| may repeat
    section_first: bool = True  # the next bar follows a section end (or is the first)
    last_short: bool = False  # the bar before was short
    last_pickup: bool = False  # the bar before was a pickup
    ended: bool = False  # a |] was written
    bars: int = 0
    counted: int = 0  # bars that are not pickups

    def is_pickup(self, length: Fraction, full: Fraction, ending: bool) -> bool:
        """Whether a bar this long, closed now, is a pickup (the opening one or one owed)."""
        return length < full and self.section_first and (self.bars == 0 or self.owed is not None and not ending)

    def room(self, full: Fraction, ending: bool) -> Fraction:
        """The most the bar being written may hold: a pickup owed holds what it owes."""
        return self.owed if self.owed is not None and not ending else full

    def close(self, length: Fraction, full: Fraction, end: str, ending: bool = False) -> str | None:
        """Take one bar (its length, the meter's, its bar line, whether it opens an ending);
        returns what is wrong with it, or None."""
        problem = self.judge(length, full, end, ending)
        short = length < full
        pickup = self.is_pickup(length, full, ending)
        if self.bars == 0 and short:
            self.opening = length
        if self.repeat_starts and not ending:
            self.repeated = length if pickup else Fraction(0)
        self.repeat_starts = end in ("|:", "::", ":|")
        self.section_first = end != "|"
        self.owed = full - length if short and not pickup and end in ("||", "::", ":|") else None
        self.owed_in = full
        self.last_short, self.last_pickup, self.ended = short, pickup, end == "|]"
        self.bars += 1
        self.counted += not pickup
        return problem

    def judge(self, length: Fraction, full: Fraction, end: str, ending: bool) -> str | None:
        if self.ended:
            return "|] ends the piece: nothing may follow it"
        short = length < full
        if self.owed is not None and not ending:
            if full != self.owed_in:  # abc2midi counts such a pair in the new meter, and finds both wrong
                return "the meter changes between a short bar and the pickup that completes it"
            if length != self.owed:
                return (f"{format_units(length)} units where the short bar before asks for a pickup of "
                        f"{format_units(self.owed)}: the two make one bar")
            return None if end in ("|", "|:") else "a pickup cannot end a section"
        if not short:
            if end in (":|", "::") and self.repeated:
                return (f"a full bar before {end}, where the section's pickup of {format_units(self.repeated)} "
                        f"units asks for a last bar of {format_units(full - self.repeated)}")
            return None
        if self.bars == 0:
            return None if end in ("|", "|:") else "a pickup cannot end a section"
        if self.section_first and not ending:
            return (f"a pickup of {format_units(length)} units that no short bar before it asks for "
                    f"(the meter asks for {format_units(full)})")
        if end not in SECTION_ENDS:
            return f"{format_units(length)} units, the meter asks for {format_units(full)}"
        if self.last_short and not ending:
            return "two short bars in a row"
        if end in (":|", "::") and length + self.repeated != full:
            return (f"{format_units(length)} units before {end}: with the pickup of the section it repeats "
                    f"({format_units(self.repeated)}) it must make one bar of {format_units(full)}")
        return None

    def finish(self, full: Fraction, last: Fraction) -> str | None:
        """What is wrong with the piece's last bar (`last` units long), or None."""
        if last < full and (self.last_pickup or last + self.opening != full):
            return (f"the last bar has {format_units(last)} units: with the opening pickup "
                    f"({format_units(self.opening)}) it must make one bar of {format_units(full)}")
        return None


# abc2midi's chord track, per meter, as `abc2midi -c` behaves: the length of a step in units
# and which steps sound ("z" rests). A tune with chord symbols whose last bar ends inside a
# sounding step holds that chord past the end of the track: "Sustained notes beyond end of
# track", an Error. 3/2 and 3/8 overran at no length; a meter not listed is taken to overrun
# at any length that is not a whole number of units.
CHORD_TRACK = {
    (2, 2): (1, "fzczfzcz"), (4, 4): (1, "fzczfzcz"), (2, 4): (1, "fzcz"), (3, 4): (1, "fzczcz"),
    (6, 8): (1, "fzcfzc"), (9, 8): (1, "fzcfzcfzc"), (12, 8): (1, "fzcfzcfzcfzc"), (7, 8): (1, "fzcfzcz"),
    (6, 4): (1, "fzczfzczfzcz"), (5, 4): (2, "fzccz"), (3, 2): (1, "z"), (3, 8): (1, "z"),
}


def has_chords(tune: Tune) -> bool:
    return any(isinstance(i, Symbol) for v in tune.voices for b in v.bars for i in b.items)


def chord_track_overruns(meter: tuple[int, int], last_bar: Fraction) -> bool:
    """Whether a tune with chord symbols may not end on a last bar this long (see CHORD_TRACK)."""
    step, pattern = CHORD_TRACK.get(meter, (1, "f"))
    at, inside = divmod(last_bar, step)
    return inside != 0 and pattern[int(at) % len(pattern)] != "z"


def format_units(x: Fraction) -> str:
    """A length in units as it reads in a message: 6, 11/2."""
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


@functools.cache  # asked for at every note the constraint tries
def bar_length(meter: tuple[int, int]) -> Fraction:
    """Length of a full bar in units."""
    return Fraction(meter[0], meter[1]) / UNIT


def parse_meter(text: str) -> tuple[int, int]:
    text = text.strip()
    if text == "C":
        return (4, 4)
    if text == "C|":
        return (2, 2)
    num, _, den = text.partition("/")
    if not (num.isdigit() and den.isdigit()):
        raise ValueError(f"meter {text!r} is not of the form N/D")
    n, d = int(num), int(den)
    if not (1 <= n <= 32 and d in (1, 2, 4, 8, 16)):
        raise ValueError(f"meter {text!r} is out of range")
    return (n, d)


def default_tuplet_q(p: int, meter: tuple[int, int]) -> int:
    if p in (2, 4, 8):
        return 3
    if p in (3, 6):
        return 2
    compound = meter[1] == 8 and meter[0] % 3 == 0 and meter[0] > 3
    return 3 if compound else 2


BROKEN_FACTORS = {">": (Fraction(3, 2), Fraction(1, 2)), "<": (Fraction(1, 2), Fraction(3, 2)),
                  ">>": (Fraction(7, 4), Fraction(1, 4)), "<<": (Fraction(1, 4), Fraction(7, 4))}


@dataclass
class Clock:
    """How written lengths become sounding lengths within a bar: tuplets and broken rhythm.

    The one place this arithmetic lives; the scanner, the serialiser's beaming, the normaliser
    and the timeline all step through a bar with it.
    """
    tuplet_left: int = 0
    tuplet_factor: Fraction = Fraction(1)
    next_factor: Fraction = Fraction(1)  # what a broken rhythm sign does to the next note
    last_length: Fraction = Fraction(0)

    @property
    def broken_pending(self) -> bool:
        return self.next_factor != 1

    def tuplet(self, t: Tuplet):
        self.tuplet_left, self.tuplet_factor = t.r, Fraction(t.q, t.p)

    def note(self, written: Fraction) -> Fraction:
        """The sounding length of the next note, rest or chord."""
        length = written * self.next_factor
        self.next_factor = Fraction(1)
        if self.tuplet_left:
            length *= self.tuplet_factor
            self.tuplet_left -= 1
        self.last_length = length
        return length

    def broken(self, sign: str) -> Fraction:
        """Apply a broken rhythm sign: returns how much longer the previous note became."""
        first, second = BROKEN_FACTORS[sign]
        grown = self.last_length * (first - 1)
        self.last_length *= first
        self.next_factor = second
        return grown


@dataclass
class Event:
    """A sounding note (or rest) with its place in time, for analysis and arrangement."""
    onset: Fraction
    length: Fraction
    pitches: tuple[Pitch, ...]
    bar: int
    tie: bool = False


@dataclass
class BarTiming:
    start: Fraction  # onset of the bar in the voice
    length: Fraction  # what the bar's notes add up to
    expected: Fraction  # what the meter asks for
    meter: tuple[int, int]
    key: Key
    events: list[Event] = field(default_factory=list)

    @property
    def short(self) -> bool:
        return self.length < self.expected


def sounding_pitch(head: Head, key: Key, bar_accidentals: dict) -> Pitch:
    """The real pitch of a written head; records a written accidental for the rest of the bar."""
    place = (head.step, head.octave)
    if head.accidental is not None:
        bar_accidentals[place] = head.accidental
        return Pitch(head.step, head.octave, head.accidental)
    if place in bar_accidentals:
        return Pitch(head.step, head.octave, bar_accidentals[place])
    return Pitch(head.step, head.octave, key.signature()[head.step])




def time_bars(tune: Tune, voice: Voice) -> list[BarTiming]:
    """Sounding events bar by bar: tuplets, broken rhythm, key and meter changes applied."""
    meter, key = tune.meter, tune.key
    onset = Fraction(0)
    timings = []
    for index, bar in enumerate(voice.bars):
        accidentals: dict = {}
        events: list[Event] = []
        clock = Clock()
        start = onset
        for item in bar.items:
            if isinstance(item, Field):
                if item.name == "M":
                    meter = parse_meter(item.value)
                elif item.name == "K":
                    key = parse_key(item.value)
            elif isinstance(item, Tuplet):
                clock.tuplet(item)
            elif isinstance(item, Broken):
                grown = clock.broken(item.sign)
                events[-1].length += grown
                onset += grown
            elif isinstance(item, Note):
                length = clock.note(item.length)
                pitches = tuple(sounding_pitch(h, key, accidentals) for h in item.heads)
                events.append(Event(onset, length, pitches, index, item.tie))
                onset += length
        timings.append(BarTiming(start, onset - start, bar_length(meter), meter, key, events))
    return timings


def sounding_pitches(tune: Tune, voice: Voice) -> list[Pitch]:
    """Every pitch the voice plays, in order."""
    return [p for t in time_bars(tune, voice) for e in t.events for p in e.pitches]


def bar_ends(tune: Tune) -> list[int]:
    """The index in the melody of the bar each counted bar ends with: a pickup is counted
    with the bar it completes, as a musician counts bars."""
    pickups, ends = Pickups(), []
    for index, (bar, timing) in enumerate(zip(tune.melody.bars, time_bars(tune, tune.melody))):
        before = pickups.counted
        pickups.close(timing.length, timing.expected, bar.end, bar.ending is not None)
        if pickups.counted > before:
            ends.append(index)
    return ends
