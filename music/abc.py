"""Canonical ABC: the one style of ABC that the corpus and the model speak.

    X:1                       header fields in this order; C:, O: and Q: optional
    T:Title
    M:6/8                     numeric meter
    L:1/8                     always an eighth
    Q:1/4=120                 tempo in quarter notes per minute
    K:D                       tonic + m|dor|phr|lyd|mix|loc
    V:1 nm="Flute"            every voice declared, then its whole body
    %%MIDI program 73         optional General MIDI program of the voice
    |:A|dFA dFA|...           four bars a line, a bar line ends every bar and every line

The `Scanner` reads this grammar incrementally, character by character, keeping the
bar-length bookkeeping as it goes, so the same code parses whole tunes and checks a
prefix that the model is still writing (`feed` raises `AbcError` as soon as the text can
no longer become a valid tune). Given the piece a reply revises (`base`), it also reads a
patch of it (see `music.patch`): T: and Q: lines and voices to add or replace, each voice
held bar for bar to the piece's first.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from enum import Enum
from fractions import Fraction

from .form import (CADENCE_STEP, MOST_IN_A_ROW, MOST_TIMES, STRAIN_END_NOTE, WIDEST_SPAN, Form, beat_of,
                   cadence_pitch_classes, echoes, register, scale_of, similar)
from .pitch import LETTERS, NATURAL_SEMITONES, Key, parse_key
from .tune import (MAX_CHORD, WRITTEN_LENGTHS, Bar, Broken, Clock, Field, Grace, Head, Note, Pickups, Symbol, Tune,
                   Tuplet, Voice, bar_length, chord_track_overruns, default_tuplet_q, format_units as fmt,
                   parse_meter, time_bars)

MAX_GROUP = 6  # notes in one chord or grace group
LAST_NOTES = [x for x in sorted(WRITTEN_LENGTHS.values()) if x >= STRAIN_END_NOTE]  # a strain's last note


class AbcError(ValueError):
    """A place in ABC text that breaks the grammar or the bar arithmetic."""

    def __init__(self, message: str, line: int = 0, column: int = 0):
        self.message, self.line, self.column = message, line, column
        super().__init__(f"line {line}, column {column}: {message}" if line else message)


# ---------------------------------------------------------------------------- lexemes
# lengths as the canonical form writes them: 3, 3/4, /, /8 (a numerator up to 64, checked later)
_LEN = r"(?:[1-9]\d?)?(?:/(?:2|4|8|16|32|64)?)?"
_LEN_PREFIX = r"(?:[1-9]\d?)?(?:/(?:2|4|8|16?|32?|64?)?)?"
_ACCIDENTAL = r"(?:\^\^?|__?|=)"
_LETTER = r"(?:[A-G],*|[a-g]'*)"  # octave marks as the canonical form writes them
_HEAD = _ACCIDENTAL + "?" + _LETTER
_LEN_OR_TIE_PREFIX = "(?:" + _LEN_PREFIX + "|" + _LEN + "-)"  # a tie follows a whole length
# chord qualities abc2midi plays (it stops with an Error on others, such as "min" or "add9")
QUALITIES = ("", "m", "7", "m7", "maj7", "M7", "6", "m6", "9", "m9", "maj9", "M9", "11", "dim", "dim7", "dim9",
             "aug", "aug7", "+", "sus", "sus2", "sus4", "7sus4", "5", "m7b5")
CHORD_SYMBOL = re.compile(r"[A-G][#b]?(?:" + "|".join(re.escape(q) for q in sorted(QUALITIES, key=len, reverse=True))
                          + r")(?:/[A-G][#b]?)?")
# the chord symbols generation may write: every root with the common qualities
SYMBOLS = [root + acc + quality for root in "ABCDEFG" for acc in ("", "#", "b")
           for quality in ("", "m", "7", "m7", "maj7", "6", "m6", "9", "dim", "dim7", "aug", "sus2", "sus4")]


def literal_prefixes(words) -> str:
    """A pattern for every prefix of the given words, the empty one included."""
    return "(?:" + "|".join(sorted({re.escape(w[:k]) for w in words for k in range(len(w) + 1)}, key=len, reverse=True)) + ")"


NAME = r'[^"\x00-\x1f\x7f]'  # a character of a voice name
CLEF_PREFIX = literal_prefixes([f" clef={c}" for c in ("treble", "bass", "alto", "tenor")])
VOICE_PREFIX = (rf'V(?::(?:\d{{1,2}}(?: nm="{NAME}{{0,40}}(?:"{CLEF_PREFIX})?|{literal_prefixes([" nm="])}'
                rf'|{CLEF_PREFIX})?)?)?')
PROGRAM = r"(?:\d|[1-9]\d|1[01]\d|12[0-7])"  # a General MIDI program, 0-127
PROGRAM_PREFIX = r"(?:0|1(?:[01]\d?|2[0-7]?|[3-9])?|[2-9]\d?)?"


class Lexeme(str, Enum):  # a str, as StrEnum is from Python 3.11: compared and joined as its value
    """The kinds of lexeme in a voice's music; each names its group in LEXER and its `take_` method."""
    FIELD = "field"
    ENDING = "ending"
    CHORD_OPEN = "chord_open"
    CHORD_CLOSE = "chord_close"
    BAR = "bar"
    NOTE = "note"
    REST = "rest"
    GRACE_OPEN = "grace_open"
    GRACE_CLOSE = "grace_close"
    TUPLET = "tuplet"
    BROKEN = "broken"
    SYMBOL = "symbol"
    SPACE = "space"
    NEWLINE = "newline"
    VOICE = "voice"
    MIDI = "midi"


# kind, complete form, every prefix of a complete form
LEXEMES = [
    (Lexeme.FIELD, r"\[[KM]:[^\]\n]{1,8}\]", r"\[(?:[KM](?::[^\]\n]{0,8}\]?)?)?"),
    (Lexeme.ENDING, r"\[[1-9](?:[,-][1-9]){0,3}", r"\[(?:[1-9](?:[,-][1-9]){0,2}(?:[,-][1-9]?)?)?"),
    (Lexeme.CHORD_OPEN, r"\[", r"\["),
    (Lexeme.CHORD_CLOSE, r"\]" + _LEN + "-?", r"\]" + _LEN_OR_TIE_PREFIX),
    (Lexeme.BAR, r"\|\||\|\]|\|:|:\||::|\|", r"\|[|\]:]?|:[|:]?"),
    (Lexeme.NOTE, _HEAD + _LEN + "-?", _ACCIDENTAL + "?(?:" + _LETTER + _LEN_OR_TIE_PREFIX + ")?"),
    (Lexeme.REST, r"z" + _LEN, r"z" + _LEN_PREFIX),
    (Lexeme.GRACE_OPEN, r"\{", r"\{"),
    (Lexeme.GRACE_CLOSE, r"\}", r"\}"),
    (Lexeme.TUPLET, r"\([2-9](?::[1-9](?::[1-9])?)?", r"\((?:[2-9](?::(?:[1-9](?::[1-9]?)?)?)?)?"),
    (Lexeme.BROKEN, r">>?|<<?", r">>?|<<?"),
    (Lexeme.SYMBOL, r'"[A-G][^"\n]{0,11}"', r'"(?:[A-G][^"\n]{0,11}"?)?'),
    (Lexeme.SPACE, r" ", r" "),
    (Lexeme.NEWLINE, r"\n", r"\n"),
    (Lexeme.VOICE, r"V:[^\n]*", VOICE_PREFIX),
    (Lexeme.MIDI, r"%%MIDI program " + PROGRAM, r"%(?:%(?:M(?:I(?:D(?:I(?: (?:p(?:r(?:o(?:g(?:r(?:a(?:m(?: "
     + PROGRAM_PREFIX + r")?)?)?)?)?)?)?)?)?)?)?)?)?)?"),
]
LEXEME_OF = {kind.value: kind for kind in Lexeme}  # a LEXER group's name -> its kind, faster than Lexeme(name)
LEXER = re.compile("|".join(f"(?P<{kind.value}>{complete})" for kind, complete, _ in LEXEMES))
PREFIX = re.compile("|".join(f"(?:{prefix})" for _, _, prefix in LEXEMES))  # a prefix of any lexeme
LINE_PREFIXES = {kind: re.compile(prefix) for kind, _, prefix in LEXEMES if kind in (Lexeme.VOICE, Lexeme.MIDI)}

TEXT = r"[^\x00-\x1f\x7f]"  # a character of a title or a name: anything printable

HEADER_FIELDS = [  # letter, complete line, prefix of a line, required
    ("X", r"X:\d{1,5}", r"X(?::\d{0,5})?", True),
    ("T", rf"T:{TEXT}{{1,200}}", rf"T(?::{TEXT}{{0,200}})?", True),
    ("C", rf"C:{TEXT}{{1,200}}", rf"C(?::{TEXT}{{0,200}})?", False),
    ("O", rf"O:{TEXT}{{1,200}}", rf"O(?::{TEXT}{{0,200}})?", False),
    ("M", r"M:(?:[1-9]|1[0-6])/(?:1|2|4|8|16)", r"M(?::(?:(?:[1-9]|1[0-6])(?:/(?:1|2|4|8|16)?)?)?)?", True),
    ("L", r"L:1/8", r"L(?::(?:1(?:/8?)?)?)?", True),
    ("Q", r"Q:1/4=(?:[2-9]\d|[1-3]\d\d|400)", r"Q(?::(?:1(?:/(?:4(?:=(?:[1-9]|[1-3]\d{1,2}|[4-9]\d|400)?)?)?)?)?)?",
     False),
    ("K", r"K:[A-G][#b]?(?:m|dor|phr|lyd|mix|loc)?",
     r"K(?::(?:[A-G][#b]?(?:m|mi|mix|d|do|dor|p|ph|phr|l|ly|lyd|lo|loc)?)?)?", True),
]
PATCH_FIELDS = ("T", "Q")  # the header fields a patch may replace (see music.patch)
HEADER_COMPLETE = {f[0]: re.compile(f[1]) for f in HEADER_FIELDS}
HEADER_PREFIX = {f[0]: re.compile(f[2]) for f in HEADER_FIELDS}
VOICE_LINE = re.compile(rf'V:(\d{{1,2}})(?: nm="({NAME}{{1,40}})")?(?: clef=(treble|bass|alto|tenor))?')
KEY_VALUE = re.compile(r"[A-G][#b]?(?:m|dor|phr|lyd|mix|loc)?")
MAX_LINE = 400

# How bar lines move a voice through repeats and endings, as abc2midi reads them. "start": the
# tune's start, an implied repeat; "open": after a |:; "ending": inside an ending [1, until a :|
# closes it; "between": right after that :|, where the next ending may begin; "last": in the
# final ending; "closed": a :| ended the repeat, and only a |: opens another; "reopened": a ::
# ended an ending and, for abc2midi, opened a repeat, so another |: is an Error ("found another
# |: after a |:") until a :| closes it. None: an error.
REPEATS = {
    "start": {":|": "closed", "|:": "open", "::": "open"},
    "open": {":|": "closed", "::": "open", "|:": None, "|]": None},  # |] ends the tune: not inside a repeat
    "ending": {":|": "between", "::": "reopened", "|:": None, "|]": None},
    "reopened": {"|:": None, "::": None, ":|": "closed", "|]": None},
    # the last ending after a ::, which opened a repeat that the next strain goes on in
    "last reopened": {"|": "last reopened", "|]": "last reopened", "|:": None, "::": None, ":|": "closed"},
    "after last": {":|": "closed", "|:": "open", "::": None},  # past the last ending: a new one may begin
    "between": {"|:": "open", "::": None, ":|": "closed"},
    "last": {"|": "last", ":|": "between", "|:": "open", "::": None},
    "closed": {"|:": "open", "::": None, ":|": "closed"},  # a :| repeats from the last :|
}
# where |, || and |] lead
REPEAT_DEFAULT = {"start": "start", "open": "open", "ending": "ending", "between": "closed", "last": "after last",
                  "closed": "closed", "reopened": "reopened", "last reopened": "open", "after last": "after last"}
ENDING_MAY_START = {"start": "ending", "open": "ending", "between": "last", "reopened": "last reopened",
                  "after last": "ending"}
STILL_OPEN = ("ending", "open", "reopened")  # repeat states a voice may not end in


def after_bar_line(repeat: str, text: str) -> str | None:
    """The repeat state after bar line `text` in state `repeat`; None where it does not fit."""
    return REPEATS[repeat].get(text, REPEAT_DEFAULT[repeat])


def after_ending(repeat: str, label: str) -> str | None:
    """The repeat state once an ending [label begins in state `repeat`; None where none may
    (no repeat to vary, or a first ending that is not [1)."""
    if repeat not in ENDING_MAY_START or repeat not in ("between", "reopened") and "1" not in re.split("[,-]", label):
        return None
    return ENDING_MAY_START[repeat]


# a note, rest or chord end whose length is still being written: head, numerator, denominator
SOUNDING = re.compile("(" + _HEAD + r"|z|\])((?:[1-9]\d?)?)(?:/(\d*))?")


def completions(pending: str, fixed: Fraction | None = None, shortest: Fraction = Fraction(0)) -> list[tuple[str, str]]:
    """The complete lexemes (kind, text) that stand for what a pending lexeme may become:
    itself if it cannot grow, or if it can, each length it may grow to, shortest first; a
    note whose written length is `fixed` (after a broken rhythm sign, in a tuplet) at that
    length, and none shorter than `shortest`."""
    if pending in ("|", ":"):
        return [(Lexeme.BAR, pending + end) for end in ("", "|", "]", ":") if LEXER.fullmatch(pending + end)]
    if pending[0] in "V%":
        return [(Lexeme.VOICE, pending)]  # mid-line, where no V: or %% line may start
    sounding = SOUNDING.fullmatch(pending)
    if sounding:  # its length may still grow into any written length that starts so
        head = sounding.group(1)
        kind = Lexeme.REST if head == "z" else Lexeme.CHORD_CLOSE if head == "]" else Lexeme.NOTE
        lengths = [text for text in WRITTEN_LENGTHS if text.startswith(pending[len(head):])
                   and fixed in (None, WRITTEN_LENGTHS[text]) and WRITTEN_LENGTHS[text] >= shortest]
        if not lengths:
            return [(kind, pending)]  # refused when taken
        # shortest first, which asks least of the bar; longer ones where a rule asks for more
        grown = [(kind, head + text) for text in sorted(lengths, key=WRITTEN_LENGTHS.get)]
        return grown if head != pending or fixed is not None else [(kind, head)] + grown  # or in a chord
    m = LEXER.fullmatch(pending)
    if m:
        return [(LEXEME_OF[m.lastgroup], pending)]
    if re.fullmatch(_ACCIDENTAL, pending):  # a note to come, at the lengths it may have
        return [(Lexeme.NOTE, pending + text) for _, text in completions("C", fixed, shortest)]
    if pending.startswith('"'):  # a chord symbol the product writes, or one that fails the check
        words = [w for w in SYMBOLS if w.startswith(pending[1:])]
        return [(Lexeme.SYMBOL, f'"{(words or [pending[1:]])[0]}"')]
    if pending.startswith("("):
        return [(Lexeme.TUPLET, "(3")]
    if re.fullmatch(r"\[\d.*", pending):
        return [(Lexeme.ENDING, pending[:2])]
    return []  # an inline field, judged when it is whole


def parse_head(text: str) -> tuple[Head, str]:
    """A notehead at the start of `text`; returns it and what follows."""
    m = re.match(r"(\^\^|\^|__|_|=)?([A-Ga-g])(,+|'+)?", text)
    accidental = {None: None, "^": 1, "^^": 2, "_": -1, "__": -2, "=": 0}[m.group(1)]
    letter, marks = m.group(2), m.group(3) or ""
    octave = (5 if letter.islower() else 4) + marks.count("'") - marks.count(",")
    return Head(LETTERS.index(letter.upper()), octave, accidental), text[m.end():]


def figures(tune: Tune) -> list[tuple[tuple, tuple]]:
    """Each melody bar's figure as the scanner records it: the MIDI note of each note's first
    head (None for a rest), and each note's written length in sixteenths."""
    return [(tuple(e.pitches[0].midi if e.pitches else None for e in timing.events),
             tuple(int(n.length * 4) for n in bar.items if isinstance(n, Note)))
            for bar, timing in zip(tune.melody.bars, time_bars(tune, tune.melody))]


# ---------------------------------------------------------------------------- scanner
class Stage(Enum):
    """Where the scanner is in a piece: header -> voice -> midi -> body, then voice again for
    the next voice; a patch: patch -> midi -> body."""
    HEADER = "header"
    VOICE = "voice"  # a V: line is due
    MIDI = "midi"  # the voice's %%MIDI program line is due
    BODY = "body"
    PATCH = "patch"  # the header fields a patch changes, before its voices


@dataclass(slots=True)
class VoiceState:
    """What the scanner holds of one voice as it reads it: the bars so far, and the bar being
    written, note by note."""
    id: str  # "1", "2", ...
    name: str | None
    clef: str | None
    meter: tuple[int, int]
    key: Key
    shaped: bool = False  # held to the form of a new piece (the first voice of a whole piece)
    program: int | None = None
    bars: list = field(default_factory=list)  # whole bars, when the scanner builds a Tune
    lengths: list = field(default_factory=list)  # each whole bar's length
    ends: list = field(default_factory=list)  # each whole bar's bar line
    start_repeat: bool = False
    repeat: str = "start"  # where the bar lines have led through repeats and endings (REPEATS)
    pickups: Pickups = field(default_factory=Pickups)
    clock: Clock = field(default_factory=Clock)
    # the bar being written
    items: list = field(default_factory=list)
    length: Fraction = Fraction(0)
    notes: int = 0
    ending: str | None = None  # the ending this bar begins ("1", "2")
    text: str = ""  # the bar's ABC so far
    texts: tuple = ()  # earlier bars' ABC, for the loop rule
    accidentals: dict = field(default_factory=dict)  # accidentals written so far in the bar, by place
    open: str | None = None  # "chord" or "grace": a group begun and not closed
    heads: list = field(default_factory=list)  # the heads of an open chord
    attach: bool = False  # the last item must be followed by a note (a decoration, a grace)
    grace_waiting: bool = False
    tied: list | None = None  # the heads a tie carries into the next note
    written: Fraction | None = None  # the last note's written length
    broken_from: Fraction | None = None  # a broken rhythm's first note's written length
    paired: bool = False  # the last note ended a broken-rhythm pair
    in_tuplet: bool = False
    tuplet_written: Fraction | None = None  # the written length of a tuplet's notes
    low: int | None = None  # range so far, in MIDI numbers
    high: int | None = None
    figure: tuple = ((), ())  # the bar's pitches and lengths so far, for the loop rule
    figures: tuple = ()  # earlier bars' figures
    previous: object = None  # the last pitch

    def copy(self, with_bars: bool) -> "VoiceState":
        """A copy to try a token on: what a token changes in place is copied, the rest shared."""
        clone = copy.copy(self)
        clone.items, clone.heads, clone.lengths, clone.ends = list(self.items), list(self.heads), \
            list(self.lengths), list(self.ends)
        clone.clock, clone.pickups = copy.copy(self.clock), copy.copy(self.pickups)
        if with_bars:
            clone.bars = list(self.bars)
        return clone


class Scanner:
    """Incremental reader of canonical ABC. `feed` text, then `finish` to get the Tune."""

    def __init__(self, build: bool = True, require: dict[str, set[str]] | None = None, base: Tune | None = None,
                 form: Form | None = None):
        self.build = build
        self.require = require or {}  # header letter -> the values it may take (generation asks for these)
        self.form = form  # the shape the melody of a new piece must take (see music.form)
        self.pending = ""
        self.line, self.column = 1, 1
        self.stage = Stage.HEADER
        self.header: dict[str, str] = {}
        self.field_index = 0
        self.voices: list[dict] = []
        self.meter = (4, 4)
        self.key = Key("C")
        self.prev = Lexeme.NEWLINE  # kind of the last lexeme
        self.chords = False  # a chord symbol written: see check_chord_track_ends
        self.lead = None  # a patch's voices follow this voice's bars: the first voice of the piece it revises
        owed = self.owed_by_patch(base) if base is not None else None
        if owed is not None:
            self.stage, self.meter, self.key, self.voice_count = Stage.PATCH, base.meter, base.key, len(base.voices)
            self.lead = Scanner(build=False).feed(serialise(base.with_voices(base.voices[:1]))).voices[0]
            self.owed = owed

    @classmethod
    def continuing(cls, start: str, form: Form) -> "Scanner":
        """A scanner that has read `start`, the opening of a one-voice piece written before
        (its header and first bars, to a bar line), and holds the melody after it to `form`
        (`Form.given` counts the bars it has)."""
        scanner = cls(build=False).feed(start).settle()
        if len(scanner.voices) != 1 or scanner.voices[0].pickups.counted != form.given:
            raise AbcError(f"a continuation starts after bar {form.given} of a one-voice piece")
        scanner.form, scanner.voices[0].shaped = form, True
        return scanner

    def owed_by_patch(self, base: Tune) -> set[str] | None:
        """The header fields a patch of `base` must write: those whose required values the piece
        does not have already. None when one of them is a field no patch may write (a new key
        or meter): then only a whole piece will do."""
        has = {"T": base.title, "M": f"{base.meter[0]}/{base.meter[1]}", "L": "1/8", "K": base.key.abc(),
               "Q": f"1/4={base.tempo}" if base.tempo else None}
        owed = {letter for letter, values in self.require.items() if has.get(letter) not in values}
        return owed if owed <= set(PATCH_FIELDS) else None

    def copy(self) -> "Scanner":
        clone = object.__new__(Scanner)  # a shallow copy, without copy.copy's generic machinery
        clone.__dict__.update(self.__dict__)
        clone.header = dict(self.header)
        clone.voices = list(self.voices)
        if self.voices:
            clone.voices[-1] = self.voices[-1].copy(self.build)
        return clone

    # -- driving ---------------------------------------------------------------------
    def error(self, message: str):
        raise AbcError(message, self.line, self.column)

    def feed(self, text: str) -> "Scanner":
        """Consume text; every complete lexeme is checked, the last one is kept pending."""
        text = self.pending + text
        pos = 0
        while pos < len(text):
            if self.reads_whole_line(text[pos]):
                end = text.find("\n", pos)
                if end < 0:
                    self.check_line_prefix(text[pos:])
                    self.pending = text[pos:]
                    return self
                self.take_line(text[pos:end])
                self.advance(text[pos:end + 1])
                pos = end + 1
                continue
            m = LEXER.match(text, pos)
            # the rest of the text may begin a longer lexeme than the one matched: `[K` -> `[K:D]`
            if not m or m.end() == len(text) or PREFIX.fullmatch(text, pos):
                tail = text[pos:]
                if PREFIX.fullmatch(tail):
                    self.pending = tail
                    return self
                self.error(f"unexpected {tail[:12]!r}")
            self.take(LEXEME_OF[m.lastgroup], m.group())
            self.advance(m.group())
            pos = m.end()
        self.pending = ""
        return self

    def settle(self) -> "Scanner":
        """Check the pending lexeme as far as it is written. Generation checks each token this
        way, so a tied note that overfills its bar, a note in a bar that is already full, or a
        line break after an ending is refused when it is written, rather than one token later
        when nothing could follow it. A lexeme that may still grow is tried as each of the
        complete lexemes it could become (`|` as `||`, `A2` at its shortest, `A2/64`), and
        refused only if none would do."""
        if not self.pending or self.reads_whole_line(self.pending[0]):
            return self
        if self.stage == Stage.VOICE:
            self.error("music before the voice line")
        self.check_tie_partner(self.pending)
        self.check_broken_partner(self.pending)
        self.check_tuplet_partner(self.pending)
        error = None
        v = self.voices[-1] if self.voices else None
        fixed = None
        if v and not v.open:
            fixed = v.broken_from if v.broken_from is not None else v.tuplet_written if v.clock.tuplet_left else None
        shortest = self.form.shortest if v and self.shaping(v) else Fraction(0)
        for kind, text in completions(self.pending, fixed, shortest):
            try:
                trial = self.copy()
                if text != self.pending and trial.voices:  # a stand-in: its tie partner may still change
                    trial.voices[-1].tied = None
                trial.take(kind, text)
                return self
            except AbcError as e:
                error = error or e
        if error:
            raise error
        return self

    def check_tie_partner(self, pending: str):
        """What follows a tie must repeat the tied pitch, as far as it is written: a single note
        its head (the accidental may be left out), a chord every tied note when it closes."""
        v = self.voices[-1] if self.voices else None
        if not (v and v.tied):
            return
        if v.open == "chord" and pending.startswith("]"):
            self.check_tie(v, v.heads)
        if v.open or pending[0] not in "^_=ABCDEFGabcdefgz[":  # not a note, rest or chord yet
            return
        if len(v.tied) > 1 and pending[0] != "[":
            self.error("a tied chord continues into a chord")
        if pending[0] == "[":
            return
        heads = {head_text(h) for h in v.tied} | {head_text(replace(h, accidental=None)) for h in v.tied}
        if not any(h.startswith(pending) or pending.startswith(h) and not re.match("[,']", pending[len(h):])
                   for h in heads):
            self.error("a tie joins two notes of the same pitch")

    def check_broken_partner(self, pending: str):
        """After a broken rhythm sign the next note's written length, as far as it is written,
        must be heading for the previous note's (abc2midi needs the two equal)."""
        v = self.voices[-1] if self.voices else None
        sounding = SOUNDING.fullmatch(pending)
        if v and sounding and v.broken_from is not None and not v.open:
            written = pending[len(sounding.group(1)):]
            if not length_text(v.broken_from).startswith(written):
                self.error("a broken rhythm joins two notes of the same written length")

    def check_tuplet_partner(self, pending: str):
        """Inside a tuplet the next note's written length, as far as it is written, must be
        heading for the first note's."""
        v = self.voices[-1] if self.voices else None
        sounding = SOUNDING.fullmatch(pending)
        if v and sounding and v.tuplet_written is not None and v.clock.tuplet_left and not v.open:
            if not length_text(v.tuplet_written).startswith(pending[len(sounding.group(1)):]):
                self.error("the notes of a tuplet have one written length")

    def check_tie(self, v, heads):
        """The notes after a tie hold every tied pitch, without a new accidental."""
        places = {(h.step, h.octave) for h in heads}
        if not ({(h.step, h.octave) for h in v.tied} <= places and all(
                h.accidental in (None, t.accidental) for t in v.tied for h in heads if h.step == t.step)):
            self.error("a tie joins two notes of the same pitch")

    def reads_whole_line(self, first: str) -> bool:
        """Header lines, V: lines and %%MIDI lines are read a whole line at a time."""
        return self.stage in (Stage.HEADER, Stage.PATCH) or (self.prev == Lexeme.NEWLINE and first in "V%")

    def advance(self, text: str):
        newlines = text.count("\n")
        if newlines:
            self.line += newlines
            self.column = len(text) - text.rfind("\n")
        else:
            self.column += len(text)

    def finish(self) -> Tune:
        if self.pending:
            if self.reads_whole_line(self.pending[0]):
                self.take_line(self.pending)
            else:
                m = LEXER.fullmatch(self.pending)
                if not m:
                    self.error(f"incomplete {self.pending!r}")
                self.take(LEXEME_OF[m.lastgroup], m.group())
            self.pending = ""
        if self.lead is not None:
            return self.finish_patch()
        if self.stage != Stage.BODY:
            self.error("the tune ends before its music does")
        if self.prev not in (Lexeme.BAR, Lexeme.NEWLINE):
            self.error("the last bar has no bar line")
        voice = self.voices[-1]
        if voice.items or voice.open:
            self.error("the last bar has no bar line")
        if not voice.lengths:  # a header alone is no piece: music21 cannot read one
            self.error("the tune ends before its first bar")
        if voice.tied:
            self.error("the last note is tied to nothing")
        if self.form is not None and not self.form.final:  # bars inside a piece: the rest of it follows
            self.check_form_complete(voice)
            return None
        if voice.repeat in STILL_OPEN:
            self.error("a repeat |: or an ending [1 is never closed with :|")
        self.check_as_long_as_the_first(voice)
        self.check_last_bar(voice)
        self.check_form_complete(self.voices[0])
        self.check_chord_track_ends(voice)
        return self.tune() if self.build else None

    def finish_patch(self) -> None:
        """A patch ends after a whole field or voice, with every field asked for written."""
        if not self.header and not self.voices:
            self.error("an empty patch")
        missing = self.owed - set(self.header)
        if missing:
            self.error(f"the patch must set {', '.join(sorted(missing))}:")
        if self.voices:
            voice = self.voices[-1]
            if voice.items or voice.open or voice.tied:
                self.error("the last bar has no bar line")
            if voice.repeat in STILL_OPEN:
                self.error("a repeat |: or an ending [1 is never closed with :|")
            self.check_as_long_as_the_first(voice)
            self.check_last_bar(voice)
            self.check_chord_track_ends(voice)
        return None

    def check_as_long_as_the_first(self, voice: dict):
        """A voice has as many bars as the first; in a patch, a voice may also be its V: and
        %%MIDI lines alone, which change its name, clef and program but not its music."""
        lead = self.lead if self.lead is not None else self.voices[0]
        if self.lead is not None and not voice.lengths and not voice.items and int(voice.id) <= self.voice_count:
            return  # a voice of the piece, renamed or given another program
        if len(voice.lengths) != len(lead.lengths):
            self.error(f"voice {voice.id} has {len(voice.lengths)} bars, "
                       f"voice 1 has {len(lead.lengths)}")

    def check_last_bar(self, voice: dict):
        """A short last bar makes one bar with the opening pickup (`Pickups.finish`)."""
        if voice.lengths:
            problem = voice.pickups.finish(bar_length(voice.meter), voice.lengths[-1])
            if problem:
                self.error(f"voice {voice.id}: {problem}")

    def check_chord_track_ends(self, voice: dict):
        """A tune with chord symbols ends where abc2midi's chord track can (`chord_track_overruns`)."""
        if self.chords and voice.lengths and chord_track_overruns(voice.meter, voice.lengths[-1]):
            self.error(f"a tune with chord symbols cannot end on a bar of {fmt(voice.lengths[-1])} units "
                       f"in {voice.meter[0]}/{voice.meter[1]}: abc2midi's chord track would sound past its end")

    def can_end(self) -> bool:
        try:
            self.copy().finish()
            return True
        except AbcError:
            return False

    # -- header and voice lines -----------------------------------------------------------
    def allowed_fields(self):
        """Header letters that may come next (the optional ones may be skipped)."""
        allowed = []
        for letter, _, _, required in HEADER_FIELDS[self.field_index:]:
            if self.require.get(letter) == set():
                continue  # a field the piece may not have
            allowed.append(letter)
            if required or letter in self.require:
                break
        return allowed

    def check_line_prefix(self, text: str):
        if len(text) > MAX_LINE:
            self.error("line too long")
        if self.stage == Stage.PATCH and not text.startswith("V"):
            if not any(HEADER_PREFIX[f].fullmatch(text) for f in self.patch_fields()):
                self.error(f"expected {self.patch_choices()}")
            self.check_required_value(text)
        elif self.stage == Stage.HEADER:
            if not any(HEADER_PREFIX[f].fullmatch(text) for f in self.allowed_fields()):
                self.error(f"expected a header field {'/'.join(self.allowed_fields())}:")
            self.check_required_value(text)
        elif text and not any(LINE_PREFIXES[kind].fullmatch(text) for kind in self.line_kinds()):
            self.error(f"unexpected {text[:12]!r}")
        elif text.startswith("V"):
            self.check_voice_may_start(text)

    def check_required_value(self, text: str):
        """A header line being written heads for one of the values asked for, if any."""
        values = self.require.get(text[0]) if text[1:2] == ":" else None
        if values is not None and not any(v.startswith(text[2:]) for v in values):
            self.error(f"{text[0]}: must be one of {', '.join(sorted(values)[:5])}")

    def line_kinds(self) -> list[str]:
        """The whole-line lexemes that may start here: the %%MIDI line right after a V: line
        (or, in a patch, another V: line), else a V: line."""
        if self.stage != Stage.MIDI:
            return ["voice"]
        return ["midi", "voice"] if self.lead is not None else ["midi"]

    def take_line(self, text: str):
        if self.stage == Stage.PATCH and text.startswith("X"):  # a whole piece after all
            self.stage, self.lead, self.meter, self.key = Stage.HEADER, None, (4, 4), Key("C")
        if self.stage == Stage.PATCH and not text.startswith("V"):
            return self.take_patch_field(text)
        if self.stage == Stage.HEADER:
            return self.take_header(text)
        if text.startswith("V"):
            return self.take_voice(text)
        m = re.fullmatch(r"%%MIDI program (\d+)", text)
        if not m or self.stage != Stage.MIDI or int(m.group(1)) > 127:
            self.error("expected %%MIDI program 0-127 right after a V: line")
        self.voices[-1].program = int(m.group(1))
        self.stage, self.prev = Stage.BODY, Lexeme.NEWLINE

    def take_header(self, text: str):
        for letter in self.allowed_fields():
            if HEADER_COMPLETE[letter].fullmatch(text):
                value = text[2:].strip()
                if letter in self.require and value not in self.require[letter]:
                    self.error(f"{letter}: must be one of {', '.join(sorted(self.require[letter])[:5])}")
                if letter == "M":
                    try:
                        self.meter = parse_meter(value)
                    except ValueError as e:
                        self.error(str(e))
                if letter == "K":
                    self.key = parse_key(value)
                    self.stage = Stage.VOICE
                if letter == "Q" and not 20 <= int(value.split("=")[1]) <= 400:
                    self.error("tempo out of range 20-400")
                self.header[letter] = value
                self.field_index = [f[0] for f in HEADER_FIELDS].index(letter) + 1
                return
        self.error(f"expected a header field {'/'.join(self.allowed_fields())}:, got {text[:20]!r}")

    def patch_fields(self) -> list[str]:
        """What a patch may start with, or write next before its voices: X: (then it is a
        whole piece), T:, Q:, each once and in that order."""
        if self.voices:
            return []
        written = [PATCH_FIELDS.index(f) for f in self.header]
        return (["X"] if not written else []) + list(PATCH_FIELDS[max(written, default=-1) + 1:])

    def patch_choices(self) -> str:
        return " or ".join([f + ":" for f in self.patch_fields()] + ["a V: line"])

    def take_patch_field(self, text: str):
        letter = text[:1]
        if letter not in self.patch_fields() or not HEADER_COMPLETE[letter].fullmatch(text):
            self.error(f"expected {self.patch_choices()}, got {text[:20]!r}")
        value = text[2:].strip()
        if letter in self.require and value not in self.require[letter]:
            self.error(f"{letter}: must be one of {', '.join(sorted(self.require[letter])[:5])}")
        if letter == "Q" and not 20 <= int(value.split("=")[1]) <= 400:
            self.error("tempo out of range 20-400")
        self.header[letter] = value

    def next_voice_numbers(self) -> list[str]:
        """The numbers the next voice may have: the next one; in a patch, any voice of the
        piece after the last one written, or the one after them all."""
        if self.lead is None:
            return [str(len(self.voices) + 1)]
        last = int(self.voices[-1].id) if self.voices else 0
        return [str(n) for n in range(last + 1, self.voice_count + 2)]

    def take_voice(self, text: str):
        m = VOICE_LINE.fullmatch(text)
        if not m:
            self.error('expected V:N with optional nm="Name" and clef=bass')
        self.check_voice_may_start(text)
        if m.group(1) not in self.next_voice_numbers():
            self.error(f"voices are numbered 1, 2, ...: expected V:{'/'.join(self.next_voice_numbers())}")
        self.voices.append(VoiceState(m.group(1), m.group(2), m.group(3), self.meter, self.key,
                                      shaped=self.form is not None and self.lead is None and m.group(1) == "1"))
        self.stage, self.prev = Stage.MIDI, Lexeme.NEWLINE

    def check_voice_may_start(self, text: str):
        """A voice line, or its start, where a voice may begin: after the header or after a
        whole voice as long as the first, and numbered next."""
        if self.stage not in (Stage.VOICE, Stage.BODY) + ((Stage.PATCH, Stage.MIDI) if self.lead is not None else ()):
            self.error("a voice line must follow the header or a finished voice")
        if self.voices:
            last = self.voices[-1]
            if last.items or not (last.lengths or self.lead is not None):
                self.error(f"voice {last.id} must end with a bar line before a new voice")
            if last.tied:
                self.error(f"voice {last.id} ends on a tie")
            if last.repeat in STILL_OPEN:  # abc2midi: "Missing :| at end of tune"
                self.error(f"voice {last.id} ends inside a repeat |: or an ending [1 it never closed with :|")
            self.check_as_long_as_the_first(last)
            self.check_last_bar(last)
            self.check_form_complete(last)
        number, expected = re.match(r"V:?(\d*)", text).group(1), self.next_voice_numbers()
        if not (number in expected or (text.endswith(number) and any(e.startswith(number) for e in expected))):
            self.error(f"voices are numbered 1, 2, ...: expected V:{'/'.join(expected)}")

    # -- body lexemes --------------------------------------------------------------------
    def take(self, kind: Lexeme, text: str):
        if self.stage == Stage.MIDI:
            self.stage = Stage.BODY
        if self.stage != Stage.BODY:
            self.error("music before the voice line")
        v = self.voices[-1]
        prev = self.prev
        if kind in (Lexeme.VOICE, Lexeme.MIDI):
            self.error("V: and %%MIDI lines must start on a line of their own")
        if v.pickups.ended and kind != Lexeme.NEWLINE:
            self.error("|] ends the piece: nothing may follow it")
        if self.shaping(v) and kind not in (Lexeme.SPACE, Lexeme.NEWLINE, Lexeme.BAR):
            if v.pickups.counted >= self.form.bars:
                self.error(f"the piece has its {self.form.bars} bars")
            if self.form.repeats and not v.start_repeat and not v.lengths:
                self.error("a piece in repeated strains opens with |:")
            v.text += text
        if kind == Lexeme.SPACE:
            if prev in (Lexeme.SPACE, Lexeme.NEWLINE, Lexeme.BAR, Lexeme.BROKEN, Lexeme.TUPLET, Lexeme.SYMBOL,
                        Lexeme.GRACE_CLOSE, Lexeme.ENDING) or v.open:
                self.error("a space may only separate notes")
        elif kind == Lexeme.NEWLINE:
            if prev != Lexeme.BAR:
                self.error("a line must end with a bar line")
        elif prev == Lexeme.SPACE and kind == Lexeme.BAR:
            self.error("no space before a bar line")
        getattr(self, "take_" + kind.value)(v, text)
        self.prev = kind

    def take_space(self, v, text):
        pass

    def take_newline(self, v, text):
        pass

    def take_field(self, v, text):
        if v.notes or v.attach or v.clock.tuplet_left or v.open:
            self.error("inline fields go at the start of a bar")
        name, value = text[1], text[3:-1]
        try:
            if name == "M":
                v.meter = parse_meter(value)
            else:
                if not KEY_VALUE.fullmatch(value):
                    raise ValueError(f"key {value!r} is not canonical")
                v.key = parse_key(value)
        except ValueError as e:
            self.error(str(e))
        self.add(v, Field(name, value))

    def take_ending(self, v, text):
        if self.shaping(v):
            self.error("a new piece repeats its strains whole, without endings")
        if v.items or v.ending or v.open or self.prev not in (Lexeme.BAR, Lexeme.NEWLINE):
            self.error("an ending [N goes right after a bar line")
        if v.tied:  # on the pass that skips the ending, abc2midi holds the note past the end of the track
            self.error("a tie cannot lead into an ending")
        if v.repeat not in ENDING_MAY_START:
            self.error("an ending [N needs a repeat to vary: a |: before it, or the :| of the ending before it")
        repeat = after_ending(v.repeat, text[1:])
        if repeat is None:
            self.error("the first ending of a repeat is [1")
        v.repeat = repeat
        v.ending = text[1:]

    def take_chord_open(self, v, text):
        self.expect_not_open(v)
        if self.shaping(v):
            self.error("the melody of a new piece sounds one note at a time")
        self.check_room(v, "a chord")
        v.open, v.heads = "chord", []

    def take_chord_close(self, v, text):
        if v.open != "chord" or len(v.heads) < 2:
            self.error("a chord needs at least two notes inside [ ]")
        v.open = None
        body = text[1:]
        tie = body.endswith("-")
        self.take_sounding(v, tuple(v.heads), body.rstrip("-"), tie)

    def take_grace_open(self, v, text):
        self.expect_not_open(v)
        self.check_room(v, "grace notes")
        if v.grace_waiting:
            self.error("two grace groups need a note between them")
        if v.tied:
            self.error("a tie goes straight to its note, not to grace notes")
        v.open, v.heads = "grace", []

    def take_grace_close(self, v, text):
        if v.open != "grace" or not v.heads:
            self.error("grace notes { } need at least one note")
        v.open = None
        self.add(v, Grace(tuple(v.heads)))
        v.attach = v.grace_waiting = True

    def take_note(self, v, text):
        head, rest = parse_head(text)
        if not 1 <= head.octave <= 7:
            self.error("note out of range")
        if v.open:
            if rest:
                self.error("notes inside chords and grace groups carry no length or tie")
            if len(v.heads) == MAX_GROUP:
                self.error(f"at most {MAX_GROUP} notes in a chord or grace group")
            if v.open == "chord" and v.id == "1" and len(v.heads) == MAX_CHORD:
                self.error(f"at most {MAX_CHORD} notes in a chord of the melody")
            v.heads.append(head)
            return
        tie = rest.endswith("-")
        self.take_sounding(v, (head,), rest.rstrip("-"), tie)

    def take_rest(self, v, text):
        self.expect_not_open(v)
        self.take_sounding(v, (), text[1:], False)

    def take_sounding(self, v, heads, length_text, tie):
        if length_text not in WRITTEN_LENGTHS:
            self.error(f"a note length of {length_text!r} units: a musician writes 1/4 to 16 eighths, "
                       f"dotted or plain (longer or odd values as ties)")
        written = WRITTEN_LENGTHS[length_text]
        if self.shaping(v) and (written < self.form.shortest or written % self.form.shortest):
            self.error(f"notes of this style are whole multiples of {fmt(self.form.shortest)} units")
        if v.clock.tuplet_left:
            if v.tuplet_written is not None and written != v.tuplet_written:
                self.error("the notes of a tuplet have one written length")
            v.tuplet_written = written
        if v.broken_from is not None and written != v.broken_from:
            self.error("a broken rhythm joins two notes of the same written length")
        v.paired = v.broken_from is not None  # this note ends a broken-rhythm pair
        v.written, v.broken_from, v.grace_waiting = written, None, False
        if v.tied:
            self.check_tie(v, heads)
        v.tied = heads if tie else None
        v.in_tuplet = v.clock.tuplet_left > 0
        v.length += v.clock.note(written)
        v.attach = False
        v.notes += 1
        self.check_not_over(v)
        if self.shaping(v):
            self.check_room_left(v)
            if not heads and not self.form.rests:
                self.error("a dance tune's melody has no rests")
            pitches = self.check_register(v, heads)
            if self.form.skeleton and len(v.figure[0]) == 0 and not self.in_pickup(v):
                self.check_skeleton(v, pitches)
            pitch, quarters = pitches[0] if pitches else None, int(written * 4)  # ints compare fast
            v.figure = (v.figure[0] + (pitch,), v.figure[1] + (quarters,))
            if v.length == self.room(v):
                self.check_bar_whole(v, pitches, tie)
            v.previous = pitches[0] if pitches else v.previous
        self.add(v, Note(heads, written, tie))

    def take_tuplet(self, v, text):
        self.expect_not_open(v)
        self.check_room(v, "a tuplet")
        if v.clock.tuplet_left:
            self.error("a tuplet inside a tuplet")
        if v.clock.broken_pending:
            self.error("a broken rhythm cannot lead into a tuplet")
        if self.shaping(v) and text != "(3":
            self.error("the melody of a new piece uses triplets (3 only")
        if self.shaping(v) and self.ends_strain_here(v):
            self.error("a strain ends on a quarter note or longer, not a triplet")
        parts = [int(x) for x in text[1:].split(":")]
        p = parts[0]
        if p < 2:
            self.error("a tuplet needs 2 to 9 notes")
        q = parts[1] if len(parts) > 1 else default_tuplet_q(p, v.meter)
        r = parts[2] if len(parts) > 2 else p
        if q < 1 or r < 1:
            self.error("bad tuplet")
        tuplet = Tuplet(p, q, r)
        v.clock.tuplet(tuplet)
        v.tuplet_written = None
        self.add(v, tuplet)

    def take_broken(self, v, text):
        if self.shaping(v) and not self.form.dotted:
            self.error("dotted pairs are not of this style")
        if self.prev not in (Lexeme.NOTE, Lexeme.REST, Lexeme.CHORD_CLOSE) or v.open or v.clock.broken_pending:
            self.error("a broken rhythm sign goes between two notes")
        if v.paired:  # A>B>c: B was already shortened, and abc2midi stops on it
            self.error("a note that ends a broken rhythm cannot start another")
        if v.in_tuplet and not v.clock.tuplet_left:  # abc2midi needs both notes in it or out of it
            self.error("a broken rhythm cannot join a tuplet's last note to the note after it")
        v.broken_from = v.written
        v.length += v.clock.broken(text)
        self.check_room(v, "a broken rhythm's second note")
        partner = copy.copy(v.clock).note(v.written)  # written as long as the first note, it must fit
        if v.length + partner > self.room(v):
            self.error(f"a broken rhythm's second note would overfill bar {len(v.lengths) + 1}")
        self.add(v, Broken(text))

    def take_symbol(self, v, text):
        self.expect_not_open(v)
        self.check_room(v, "a chord symbol")
        if self.prev == Lexeme.SYMBOL:
            self.error("one chord symbol to a note")
        if self.shaping(v) and not self.form.chords:
            self.error("chord symbols only where they were asked for")
        if not CHORD_SYMBOL.fullmatch(text[1:-1]):
            self.error(f"{text} is not a chord symbol")
        self.add(v, Symbol(text[1:-1]))
        v.attach = True
        self.chords = True

    def take_bar(self, v, text):
        clock = v.clock
        if v.open or clock.tuplet_left or clock.broken_pending or v.attach:
            self.error("a bar line cannot close an open chord, tuplet, grace, broken rhythm or chord symbol")
        if text in ("|:", "::") and not v.lengths and not v.items and not v.start_repeat:
            if v.shaped and not (self.form.repeats or self.form.holds_repeat):
                self.error("this piece has no repeats")
            v.start_repeat, v.repeat = True, "open"  # the repeat sign before the first bar
            return
        if text in (":|", "::") and v.repeat == "start" and v.pickups.opening:
            # abc2midi pairs the opening pickup with this bar only after an explicit |:
            self.error("a repeat back to a pickup opens with |: before the pickup")
        repeat = after_bar_line(v.repeat, text)
        if repeat is None:
            self.error(f"{text} does not fit the repeats before it: an open |: or ending [1 closes with :|, "
                       f"and :: needs an open repeat")
        if not v.notes:
            self.error("an empty bar")
        if v.shaped:
            self.check_form_bar_line(v, text)
        problem = v.pickups.close(v.length, bar_length(v.meter), text, v.ending is not None)
        if problem:
            self.error(f"bar {len(v.lengths) + 1}: {problem}")
        index = len(v.lengths)
        lead = self.lead if self.lead is not None else self.voices[0] if len(self.voices) > 1 else None
        if lead is not None:
            if index >= len(lead.lengths):
                self.error(f"voice {v.id} is longer than voice 1")
            if lead.lengths[index] != v.length or lead.ends[index] != text:
                self.error(f"bar {index + 1} of voice {v.id} must match voice 1 "
                           f"({fmt(lead.lengths[index])} units, '{lead.ends[index]}')")
        v.lengths.append(v.length)
        v.ends.append(text)
        if self.build:
            v.bars.append(Bar(tuple(v.items), text, v.ending))
        v.items, v.ending, v.length, v.notes = [], None, Fraction(0), 0
        v.text, v.accidentals, v.figure = "", {}, ((), ())
        v.repeat = repeat

    # -- helpers ---------------------------------------------------------------------------
    def expect_not_open(self, v):
        if v.open:
            self.error(f"unclosed {v.open}")

    def check_room(self, v, what: str):
        """What must lead into a note cannot start in a full bar: nothing could follow it."""
        if v.length >= self.room(v):
            self.error(f"{what} in a full bar")

    def check_not_over(self, v):
        room = self.room(v)
        if v.length > room:
            self.error(f"bar {len(v.lengths) + 1} is longer than {fmt(room)} units")

    def room(self, v) -> Fraction:
        """The most this bar may hold: the meter's bar; a pickup owed, what it owes; in a new
        piece, a strain's last bar what the pickup it pairs with leaves: before :| or :: the
        pickup of the section repeated, at the end the opening pickup."""
        full = bar_length(v.meter)
        room = v.pickups.room(full, v.ending is not None)
        bar = v.pickups.counted + 1
        if self.shaping(v) and room == full and self.form.ends_strain(bar):
            line = self.form.bar_line(bar)[0]
            room = full - (v.pickups.repeated if line in (":|", "::") else
                           v.pickups.opening if line == "|]" else 0)
        return room

    # -- the form of a new piece (music.form) ------------------------------------------------
    def shaping(self, v) -> bool:
        """Whether the bar being written is held to the form: a bar of the melody of a new
        piece, or of what is written on from bars given before (`Form.given`)."""
        return v.shaped and v.pickups.counted >= self.form.given

    def sounding(self, v, head: Head) -> int:
        """The MIDI note of a head, with the bar's accidentals and the key; records its own."""
        place = (head.step, head.octave)
        if head.accidental is not None:
            alter = head.accidental
            if self.shaping(v) and place not in v.accidentals and alter == v.key.signature()[head.step]:
                self.error("no sharp, flat or natural the key already gives")  # engraved, it reads as a change
            v.accidentals = {**v.accidentals, place: alter}
        else:
            alter = v.accidentals.get(place, v.key.signature()[head.step])
        return 12 * (head.octave + 1) + NATURAL_SEMITONES[head.step] + alter

    def check_room_left(self, v):
        """What is left of the bar can still be filled with notes of the style: none shorter
        than its shortest, in whole multiples of it (a tuplet or a dotted pair settles its own)."""
        left = self.room(v) - v.length
        if v.clock.tuplet_left or v.broken_from is not None:
            return
        busy = min(self.form.busy, int(bar_length(v.meter) // self.form.shortest) - 1)  # a reel in 2/4 holds 4
        if (busy and not self.in_pickup(v) and not self.cadence_here(v)
                and v.notes + left // self.form.shortest < busy):
            self.error(f"a bar of this style has {busy} notes or more")
        if not left:
            return
        if left < self.form.shortest or left % self.form.shortest:
            self.error(f"{fmt(left)} units left in the bar, which no note of this style fills")
        if self.ends_strain_here(v) and not self.last_note_fits(v, left):
            self.error("a strain ends on a quarter note or longer, on a beat")

    def last_note_fits(self, v, left: Fraction) -> bool:
        """Whether what is left of a strain's last bar can still end on a note a quarter or
        longer that falls on a beat, after notes of the style."""
        room, beat = self.room(v), beat_of(v.meter)
        return any(last <= left and not (room - last) % beat
                   and (last == left or left - last >= self.form.shortest and not (left - last) % self.form.shortest)
                   for last in LAST_NOTES)

    def ends_strain_here(self, v) -> bool:
        return not self.in_pickup(v) and self.form.ends_strain(v.pickups.counted + 1)

    def cadence_here(self, v) -> bool:
        """The bar being written ends a phrase (where a long note may stand)."""
        return not self.in_pickup(v) and self.form.cadences(v.pickups.counted + 1)

    @staticmethod
    def in_pickup(v) -> bool:
        return v.pickups.owed is not None and v.ending is None

    def check_register(self, v, heads) -> list[int]:
        """The melody stays in its key's scale and its instrument's register, and spans two
        octaves at most. Returns the MIDI notes of the heads."""
        low, high = register(v.program)
        pitches = []
        for head in heads:
            midi = self.sounding(v, head)
            if midi % 12 not in scale_of(v.key):
                self.error(f"a note outside the scale of {v.key.describe()}")
            if not low <= midi <= high:
                self.error(f"a note outside the melody's register (MIDI {low} to {high})")
            v.low, v.high = min(v.low or midi, midi), max(v.high or midi, midi)
            if v.high - v.low > WIDEST_SPAN:
                self.error("a melody spans two octaves at most")
            pitches.append(midi)
        return pitches

    def check_bar_whole(self, v, pitches: list[int], tie: bool = False):
        """The note that fills a bar of the melody: a phrase ends on a tone of the tonic or the
        dominant chord, reached by a fifth at most, a strain and the piece on the key's
        final; no bar is a loop, nor a figure written over and over."""
        pickups = v.pickups
        if self.in_pickup(v):
            return  # a pickup, not a bar of the form
        bar = pickups.counted + 1
        if tie and self.form.ends_strain(bar):
            self.error("a strain's last note is tied to nothing")
        if self.form.ends_strain(bar) and (v.length - v.clock.last_length) % beat_of(v.meter):
            self.error("a strain's last note falls on a beat")
        if self.form.cadences(bar):
            final, strain = bar == self.form.bars and self.form.final, self.form.ends_strain(bar)
            allowed = cadence_pitch_classes(v.key, final, strain)
            if not pitches or any(p % 12 not in allowed for p in pitches):
                self.error(f"bar {bar} ends the piece on the key's final" if final else
                           f"bar {bar} ends a strain on the key's final" if strain else
                           f"bar {bar} ends a phrase on a tone of the tonic or the dominant chord")
            if v.previous is not None and abs(pitches[0] - v.previous) > CADENCE_STEP:
                self.error("a phrase's last note is reached by a fifth at most")
        old = dict(self.form.old).get(bar) if self.form.old else None
        if old is not None and (old == v.figure or echoes(old, v.figure)):
            self.error(f"bar {bar} is written anew")
        if sum(similar(v.figure, figure) for figure in v.figures) >= MOST_TIMES:
            self.error(f"a figure (a bar, or one a note away) written {MOST_TIMES} times already")
        if v.texts[-MOST_IN_A_ROW:] == (v.text,) * MOST_IN_A_ROW:
            self.error(f"a bar written {MOST_IN_A_ROW} times in a row already")

    def check_skeleton(self, v, pitches: list[int]):
        """A variation keeps the tune's skeleton: each bar opens on the note the tune's did."""
        held = dict(self.form.skeleton).get(v.pickups.counted + 1)
        if held is not None and pitches[:1] != [held]:
            self.error(f"bar {v.pickups.counted + 1} of a variation opens on the tune's note")

    def check_form_bar_line(self, v, text: str):
        """Each bar of the melody ends with the bar line its place in the form asks for."""
        pickups = v.pickups
        full = bar_length(v.meter)
        if pickups.is_pickup(v.length, full, v.ending is not None):
            if pickups.bars == 0 and v.length > full / 2:
                self.error("a pickup of more than half a bar")
            return
        bar = pickups.counted + 1
        allowed = self.form.bar_line(bar)
        if text not in allowed:
            self.error(f"bar {bar} of {self.form.bars} ends with {' or '.join(allowed)}")
        v.texts += (v.text,)
        v.figures += (v.figure,)

    def check_form_complete(self, v):
        if v.shaped and v.pickups.counted != self.form.bars:
            self.error(f"the piece has {v.pickups.counted} of its {self.form.bars} bars")

    def add(self, v, item):
        if self.build:
            v.items.append(item)
        else:
            v.items.append(None)

    def tune(self) -> Tune:
        h = self.header
        voices = tuple(Voice(v.id, tuple(v.bars), v.name, v.program, v.clef,
                             v.start_repeat) for v in self.voices)
        return Tune(title=h["T"], meter=parse_meter(h["M"]), key=parse_key(h["K"]), voices=voices,
                    tempo=int(h["Q"].split("=")[1]) if "Q" in h else None,
                    composer=h.get("C"), origin=h.get("O"), number=int(h["X"]))


def parse(text: str) -> Tune:
    """Parse canonical ABC; raises AbcError with line and column on the first problem."""
    return Scanner().feed(text).finish()


# ---------------------------------------------------------------------------- serialiser
BARS_PER_LINE = 4


def serialise(tune: Tune) -> str:
    lines = [f"X:{tune.number}", f"T:{tune.title}"]
    lines += [f"{letter}:{value}" for letter, value in
              (("C", tune.composer), ("O", tune.origin)) if value]
    lines += [f"M:{tune.meter[0]}/{tune.meter[1]}", "L:1/8"]
    if tune.tempo:
        lines.append(f"Q:1/4={tune.tempo}")
    lines.append(f"K:{tune.key.abc()}")
    for voice in tune.voices:
        lines.append(voice_line(voice))
        if voice.program is not None:
            lines.append(f"%%MIDI program {voice.program}")
        lines += body_lines(tune, voice)
    return "\n".join(lines) + "\n"


def voice_line(voice: Voice) -> str:
    text = f"V:{voice.id}"
    if voice.name:
        text += f' nm="{voice.name}"'
    if voice.clef:
        text += f" clef={voice.clef}"
    return text


def body_lines(tune: Tune, voice: Voice) -> list[str]:
    lines, current = [], "|:" if voice.start_repeat else ""
    meter = tune.meter
    counted = 0
    for index, bar in enumerate(voice.bars):
        for item in bar.items:
            if isinstance(item, Field) and item.name == "M":
                meter = parse_meter(item.value)
        text, length = bar_text(bar, meter)
        if bar.ending:
            text = f"[{bar.ending}" + text
        current += text + bar.end
        pickup = index == 0 and length < bar_length(meter)
        if not pickup:
            counted += 1
        if counted % BARS_PER_LINE == 0 and not pickup or index == len(voice.bars) - 1:
            lines.append(current)
            current = ""
    return lines


def beat_units(meter: tuple[int, int]) -> Fraction:
    """Where beams break: every dotted quarter in compound time, half bars of 4/4 eighths."""
    n, d = meter
    if d == 8 and n % 3 == 0:
        return Fraction(3)
    if (n, d) in ((4, 4), (2, 2)) or d == 2 or d == 1:
        return Fraction(4)
    return Fraction(2)


def bar_text(bar: Bar, meter: tuple[int, int]) -> tuple[str, Fraction]:
    """The items of a bar with a space at each beat; returns the text and the bar's length."""
    beat = beat_units(meter)
    out, onset = [], Fraction(0)
    clock = Clock()
    group_start = None  # index in out where the current note's group begins
    for item in bar.items:
        if isinstance(item, Note):
            length = clock.note(item.length)
            start = len(out) if group_start is None else group_start
            after_broken = start > 0 and out[start - 1] in (">", "<", ">>", "<<")
            if onset > 0 and onset % beat == 0 and out and not after_broken:
                out.insert(start, " ")
            out.append(note_text(item))
            onset += length
            group_start = None
        else:
            if isinstance(item, Tuplet):
                clock.tuplet(item)
            if isinstance(item, Broken):
                onset += clock.broken(item.sign)
            elif not isinstance(item, Field) and group_start is None:
                group_start = len(out)
            out.append(item_text(item))
    return "".join(out), onset


def head_text(head: Head) -> str:
    accidental = {None: "", 1: "^", 2: "^^", -1: "_", -2: "__", 0: "="}[head.accidental]
    letter = LETTERS[head.step]
    if head.octave >= 5:
        return accidental + letter.lower() + "'" * (head.octave - 5)
    return accidental + letter + "," * (4 - head.octave)


def length_text(length: Fraction) -> str:
    n, d = length.numerator, length.denominator
    top = "" if n == 1 else str(n)
    if d == 1:
        return top
    return top + "/" + ("" if d == 2 else str(d))


def note_text(note: Note) -> str:
    if note.is_rest:
        body = "z"
    elif len(note.heads) == 1:
        body = head_text(note.heads[0])
    else:
        body = "[" + "".join(head_text(h) for h in note.heads) + "]"
    return body + length_text(note.length) + ("-" if note.tie else "")


def item_text(item) -> str:
    if isinstance(item, Note):
        return note_text(item)
    if isinstance(item, Grace):
        return "{" + "".join(head_text(h) for h in item.heads) + "}"
    if isinstance(item, Tuplet):
        return f"({item.p}" if (item.q, item.r) == (default_q(item), item.p) else f"({item.p}:{item.q}:{item.r}"
    if isinstance(item, Broken):
        return item.sign
    if isinstance(item, Symbol):
        return f'"{item.text}"'
    if isinstance(item, Field):
        return f"[{item.name}:{item.value}]"
    raise TypeError(item)


def default_q(t: Tuplet) -> int:
    # canonical text writes (p alone only where q is the same in every meter
    return {2: 3, 3: 2, 4: 3, 6: 2, 8: 3}.get(t.p, -1)

