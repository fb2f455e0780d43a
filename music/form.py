"""The shape of a new piece: its length, its strains and phrases, where they cadence, and the
idiom of its style. The scanner holds the melody of a new piece to a `Form` as the model
writes it (see `music.abc.Scanner`), so these hold by construction:

- the piece has exactly the bars asked for (an opening pickup not counted);
- a dance comes in repeated 8-bar strains (AABB): `::` ends each strain but the last, `:|`
  the last, and a strain that opens with a pickup ends on the bar the pickup completes;
- every strain or phrase ends on a note of the tonic or the dominant chord, the piece on the
  key's final;
- no bar of the melody is written more than 4 times, nor three times in a row;
- the melody stays in its instrument's register and spans at most two octaves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from .instruments import playable_range
from .pitch import Key
from .tune import SECTION_ENDS

MOST_TIMES = 3  # a bar written more often than this is a loop, not a motif (the measure allows 4)
MOST_IN_A_ROW = 2
WIDEST_SPAN = 24  # semitones: two octaves
MELODY_REGISTER = (55, 88)  # G3 to E6, where a melody of a wide-ranged instrument sits


@dataclass(frozen=True)
class Style:
    """What a named type of piece is: its meters, tempo range (quarter notes a minute), form
    and rhythm: the shortest note it is written in (units of L:1/8) and whether it moves in
    dotted pairs (`>`, `<`)."""
    meters: tuple[str, ...]
    tempo: tuple[int, int]
    dance: bool  # repeated 8-bar strains; otherwise 4-bar phrases through
    shortest: Fraction = Fraction(1)
    dotted: bool = False
    busy: int = 0  # the fewest notes in a bar (a strain's last aside): a reel runs in eighths


HALF = Fraction(1, 2)
STYLES = {
    "reel": Style(("4/4", "2/2"), (180, 220), True, busy=6),  # running eighths
    "hornpipe": Style(("4/4", "2/2"), (130, 160), True, dotted=True, busy=6),  # dotted pairs and triplets
    "strathspey": Style(("4/4",), (110, 140), True, dotted=True, busy=5),  # dotted pairs and Scotch snaps
    "jig": Style(("6/8",), (160, 200), True, busy=4),  # eighths in threes, a quarter and an eighth
    "slip jig": Style(("9/8",), (160, 200), True, busy=6),
    "slide": Style(("12/8",), (180, 220), True, busy=7),
    "polka": Style(("2/4",), (140, 170), True, HALF, busy=3),
    "march": Style(("2/4", "6/8", "4/4"), (100, 130), True, dotted=True),
    "waltz": Style(("3/4",), (120, 180), True),
    "mazurka": Style(("3/4",), (120, 160), True, dotted=True),
    "minuet": Style(("3/4",), (90, 120), True),
    "air": Style(("3/4", "4/4", "6/8"), (50, 90), False, dotted=True),
    "lullaby": Style(("3/4", "6/8", "4/4"), (50, 80), False),
    "chorale": Style(("4/4", "3/4"), (60, 90), False),  # quarter-note phrases
    "song": Style(("2/4", "3/4", "4/4", "6/8"), (70, 130), False, HALF, dotted=True),
}
STRAIN_END_NOTE = Fraction(2)  # a strain, and the piece, ends on a quarter note or longer


@dataclass(frozen=True)
class Form:
    bars: int  # bars of music written, the opening pickup not counted
    strain: int = 0  # bars a strain: a section line (::, :| or ||) after each; 0 for none
    repeats: bool = False  # each strain repeated
    phrase: int = 4  # a cadence every this many bars
    shortest: Fraction = Fraction(1, 2)  # the shortest written note, in units of L:1/8
    dotted: bool = True  # dotted pairs (`>`, `<`) allowed
    chords: bool = False  # chord symbols asked for
    busy: int = 0  # the fewest notes in a bar but a strain's last (see Style)
    rests: bool = True  # rests inside the melody (a dance tune has none)
    # a piece written on from bars written before (music.continuation.plan): the form holds
    # the bars after the `given` ones; `sections` end a section wherever `strain` says;
    # `lines` are bar lines the piece fixes; without `final` the bars are followed by the
    # rest of the piece, kept as it was, and the last of them ends nothing
    given: int = 0
    sections: frozenset[int] = frozenset()
    lines: tuple[tuple[int, str], ...] = ()
    final: bool = True
    old: tuple[tuple[int, tuple], ...] = ()  # bars being rewritten, with the figure (music.abc) each may not be again
    skeleton: tuple[tuple[int, int], ...] = ()  # bars whose first note is held to a MIDI note (a variation)

    def ends_strain(self, bar: int) -> bool:
        """Whether counted bar `bar` (1-based) ends a strain; the last bar always does."""
        return (bar == self.bars and self.final or bool(self.strain) and bar % self.strain == 0
                or bar in self.sections)

    def cadences(self, bar: int) -> bool:
        return self.ends_strain(bar) or bar % self.phrase == 0

    @property
    def holds_repeat(self) -> bool:
        """Whether a bar line the form holds closes a repeat (a piece rewritten on its own bar
        lines, whose first strain alone repeats, opens with |: as it did)."""
        return any(line in (":|", "::") for _, line in self.lines)

    def bar_line(self, bar: int) -> tuple[str, ...]:
        """The bar lines counted bar `bar` may end with."""
        fixed = dict(self.lines)
        if bar in fixed:
            return (fixed[bar],)
        if not self.ends_strain(bar):
            return ("|",)
        if self.repeats:
            return (":|",) if bar == self.bars else ("::",)
        return ("|]",) if bar == self.bars else ("||",)


# a title as a new piece has one: words of letters (an apostrophe or a hyphen inside), each
# capitalised or a joining word, no all-capitals, digits, catalogue numbers or "--"
JOINING = "of|the|a|an|and|in|on|to|at|by|for|from|with|o'|na|an|de|la|le|du|von|over|under|upon"
WORD = r"(?:[A-Z][a-z]*(?:'[a-z]+|-[A-Za-z][a-z]*)*|(?:" + JOINING + "))"
TITLE = re.compile(WORD + "(?: " + WORD + ")*")
TITLE_WORDS = 8
# word beginnings a title may not contain: ethnic slurs the corpus's old titles and the model's
# invented words can spell (a reviewer found one in a new piece's title)
UNSAYABLE = re.compile(r"\b(coon|nigg|negro|darkie|darky|chink|gook|kike|spic|wop|jap\b|gyp|"
                       r"squaw|savage|retard|fag)", re.I)


def fits_title(title: str, style: str | None, whole: bool = True) -> bool:
    """Whether a new piece's title (or, not `whole`, the start of one) reads as a title and
    names no type of piece but the one asked for ("... Reel" for a waltz)."""
    if not whole and title.endswith((" ", "'", "-")):
        title = title[:-1]  # a word may follow
    if not title and not whole:
        return True
    if not TITLE.fullmatch(title) or len(title.split(" ")) > TITLE_WORDS or UNSAYABLE.search(title):
        return False
    lower = title.lower()
    return not any(re.search(rf"\b{name}s?\b", lower) for name in STYLES
                   if style is None or name != style and name not in style and style not in name)


def form_for(style: str | None, bars: int, chords: bool = False) -> Form:
    """A dance in repeated 8-bar strains when the length allows (16 bars: AABB), anything
    else in 4-bar phrases; a length that is no multiple of 4 only ends on its final."""
    known = STYLES.get(style)
    rhythm = {"shortest": known.shortest, "dotted": known.dotted, "busy": known.busy,
              "rests": not known.dance} if known else {}
    rhythm["chords"] = chords
    if known and known.dance and bars % 8 == 0:
        return Form(bars, strain=8, repeats=True, **rhythm)
    return Form(bars, phrase=4 if bars % 4 == 0 else bars, **rhythm)


def continuation_form(style: str | None, given: int, more: int, repeats: bool, new_section: bool,
                      chords: bool = False) -> Form:
    """The form of a piece of `given` bars written before and `more` to write: a new section
    (a B part: its own strain, repeated if the first was) or more phrases of the same one,
    in the style's rhythm, ending on the key's final."""
    base = form_for(style, given + more, chords)
    return replace(base, strain=0, repeats=repeats, given=given, sections=frozenset({given} if new_section else ()),
                   phrase=4 if more % 4 == 0 and given % 4 == 0 else more)


def infill_form(style: str | None, first: int, last: int, lines: dict[int, str], chords: bool = False) -> Form:
    """The form of bars first..last written anew inside a piece: its bar lines and section
    ends stay where the piece has them, phrases cadence every 4 bars as before, and the rest
    of the piece follows the last of them."""
    return holding_lines(replace(form_for(style, last, chords), strain=0, given=first - 1, final=False, phrase=4), lines)


def holding_lines(form: Form, lines: dict[int, str]) -> Form:
    """The form with the piece's bar lines after the bars `lines` names fixed, and those that
    end a section (`||`, `::`, `:|`, `|]`) ending its strains there."""
    ends = {bar for bar, line in lines.items() if line in SECTION_ENDS}
    return replace(form, lines=tuple(sorted(lines.items())), sections=form.sections | ends)


def octaves_down(program: int | None) -> int:
    """Octaves below the register where tunes are written that a low instrument plays them (a
    cello's melody is written, and learnt, an octave up): the piece is composed there and moved
    down after."""
    high = playable_range(program)[1]
    return min(1, max(0, -((high - MELODY_REGISTER[1] + 9) // 12)))  # a double bass reads an octave up too


def register(program: int | None) -> tuple[int, int]:
    """MIDI notes a melody for the instrument may be written with: its playable range (raised
    by `octaves_down`), or for an instrument of wide range (a piano, a harp) the register
    where melodies sit."""
    up = 12 * octaves_down(program)
    low, high = (x + up for x in playable_range(program))
    if high - low > 36:
        low, high = max(low, MELODY_REGISTER[0]), min(high, MELODY_REGISTER[1])
    return low, high


def scale_of(key: Key) -> set[int]:
    """The pitch classes a folk melody in the key uses: its mode's scale, with the raised
    sixth and seventh of minor (melodic and harmonic minor) and the raised seventh that
    dorian and mixolydian tunes borrow at cadences."""
    pcs = set(key.scale_pitch_classes())
    if key.mode in ("minor", "dorian", "mixolydian"):
        pcs.add((key.tonic_pc - 1) % 12)
    if key.mode == "minor":
        pcs.add((key.tonic_pc + 9) % 12)
    return pcs


def cadence_pitch_classes(key: Key, final: bool, strain: bool = False) -> set[int]:
    """Where a phrase may end: the piece and each strain on the key's final (as 78% of the
    corpus's first strains do; a strain left on the third or fifth sounds unfinished when it
    repeats); another phrase on a tone of the tonic or the dominant chord, with the leading
    tone raised as minor keys raise it."""
    if final or strain:
        return {key.tonic_pc}
    scale = key.scale_pitch_classes()
    return {scale[0], scale[2], scale[4], scale[1], scale[6], (key.tonic_pc - 1) % 12}


CADENCE_STEP = 7  # semitones: a phrase's last note is reached by a fifth at most


def beat_of(meter: tuple[int, int]) -> Fraction:
    """Units of L:1/8 in one beat: a dotted quarter in 6/8, 9/8 and 12/8, else the meter's note."""
    n, d = meter
    return Fraction(3) if d == 8 and n % 3 == 0 else Fraction(8, d)


def echoes(old: tuple[tuple, tuple], new: tuple[tuple, tuple]) -> bool:
    """Whether a bar asked to be written anew is the old one again, or nearly: of the notes of
    the busier of the two (three or more), three quarters or more sound in both at the same
    place and pitch. A note split in two, or one note of four changed, is not a new bar; plain
    beats filled in with passing notes, or a one-note final bar held longer, may be."""
    def notes(figure):
        onsets = [sum(figure[1][:i]) for i in range(len(figure[1]))]
        return {(onset, pitch) for onset, pitch in zip(onsets, figure[0]) if pitch is not None}
    before, after = notes(old), notes(new)
    most = max(len(before), len(after))
    return most >= 3 and len(before & after) >= 0.75 * most


def similar(a: tuple[tuple, tuple], b: tuple[tuple, tuple]) -> bool:
    """Two bars, each (pitches, lengths), that are one figure: the same rhythm, and at most one
    note different."""
    return a[1] == b[1] and sum(x != y for x, y in zip(a[0], b[0])) <= 1
