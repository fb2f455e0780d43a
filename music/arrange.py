"""Reworkings the library makes exactly, note for note: a harmony line in thirds or sixths, a
simpler rhythm, ornaments in the style, a section repeated, an accompaniment in the style of
the meter. Each takes a valid Tune and returns a valid one, or raises TransformError in words
a musician understands."""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from .harmony import add_bass, beat_of, harmonise, split_length
from .instruments import clef_for, find_instrument, playable_range
from .pitch import Key, Pitch
from .repeats import explicit_repeats
from .spelling import respell_voice, write_head
from .voices import TransformError, add_voice, check_aligned
from .tune import (SECTION_ENDS, Bar, Field, Grace, Head, Note, Symbol, Tune, Tuplet, Voice, has_chords,
                   sounding_pitches, time_bars)

# diatonic steps of the intervals a harmony line is written in
HARMONY_STEPS = {"third": 2, "sixth": 5}


# ---------------------------------------------------------------------------- harmony line
def diatonic_step(p: Pitch, steps: int, key: Key) -> Pitch:
    """The note `steps` scale degrees from p, spelled as the key signature says."""
    d = p.diatonic + steps
    return Pitch(d % 7, d // 7, key.signature()[d % 7])


def harmony_line(tune: Tune, interval: str = "third", below: bool = False, instrument: int | None = None) -> Tune:
    """A second voice that follows the melody a diatonic third or sixth above or below, in its
    rhythm, for the instrument named (the melody's if none); refused if it leaves that
    instrument's range."""
    if interval not in HARMONY_STEPS:
        raise TransformError(f"I write harmony lines in thirds or sixths, not in {interval}s")
    steps = HARMONY_STEPS[interval] * (-1 if below else 1)
    melody = tune.melody
    one_line = replace(melody, bars=tuple(Bar(tuple(one_note(i, below) for i in bar.items
                                                    if not isinstance(i, (Grace, Symbol))), bar.end, bar.ending)
                                          for bar in melody.bars))
    line = respell_voice(tune, one_line, lambda p, key: diatonic_step(p, steps, key), lambda k: k)
    where = "below" if below else "above"
    program = melody.program if instrument is None else instrument
    line = replace(line, name=f"Harmony ({interval} {where})", clef=None, program=program)
    low, high = playable_range(0 if program is None else program)  # no program: a piano
    harmonised = add_voice(tune, line)
    pitches = [p.midi for t in time_bars(harmonised, harmonised.voices[-1]) for e in t.events for p in e.pitches]
    if pitches and (min(pitches) < low or max(pitches) > high):
        raise TransformError(f"a {interval} {where} the melody goes outside its instrument's range")
    return harmonised


def one_note(item, below: bool):
    """A chord of the melody as the one note a harmony line follows: its top, or its bottom."""
    if isinstance(item, Note) and len(item.heads) > 1:
        pick = min if below else max
        return replace(item, heads=(pick(item.heads, key=lambda h: (h.octave, h.step)),))
    return item


# ---------------------------------------------------------------------------- simpler rhythm
def simplify_rhythm(tune: Tune, only: set[int] | None = None) -> Tune:
    """The melody in one note a beat (a dotted quarter in 6/8, a quarter in 4/4), each the
    pitch that sounded on that beat; a note longer than a beat stays as long. Other voices
    stay, and so do the melody's bars not in `only` (indices; None: every bar)."""
    melody = tune.melody
    timings = time_bars(tune, melody)
    bars = []
    for index, (bar, timing) in enumerate(zip(melody.bars, timings)):
        if only is not None and index not in only:
            bars.append(bar)
            continue
        beats = beat_starts(timing.length, timing.expected, beat_of(timing.meter), pickup=index == 0)
        held = [sounding_at(timing, b) for b in beats]
        written: dict = {}
        items = [i for i in bar.items if isinstance(i, Field)]
        symbols = [(onset, s) for onset, s in symbol_onsets(bar, timing)]
        k = 0
        while k < len(beats):
            event, start = held[k], beats[k]
            j = k + 1  # a note that sounds on, unbroken, through the next beats is one note
            while j < len(beats) and held[j] is event and event is not None:
                j += 1
            end = beats[j] if j < len(beats) else timing.length
            items += [s for onset, s in symbols if start <= onset < end]
            heads = () if event is None else tuple(write_head(p, timing.key, written, set()) for p in event.pitches[-1:])
            parts = split_length(end - start)
            last = timing.events[-1] if timing.events else None  # a tie goes on only from the bar's last note
            tie_on = (event is not None and j == len(beats) and last is not None and last.tie
                      and last.pitches[-1:] == event.pitches[-1:])
            items += [Note(heads, part, tie=bool(heads) and (n < len(parts) - 1 or tie_on)) for n, part in enumerate(parts)]
            k = j
        bars.append(Bar(tuple(items), bar.end, bar.ending))
    return check_aligned(tune.with_voice(0, replace(melody, bars=tuple(bars))))


def beat_starts(length: Fraction, full: Fraction, beat: Fraction, pickup: bool) -> list[Fraction]:
    """Where the beats of a bar start, from 0: a short first bar (a pickup) is the end of a
    bar, its beats counted back from the bar line; any other bar's from its start."""
    offset = (full - length) if pickup and length < full else Fraction(0)
    starts, at = [Fraction(0)], (offset // beat + 1) * beat - offset if offset % beat else beat
    while at < length:
        starts.append(at)
        at += beat
    return starts


def sounding_at(timing, onset: Fraction):
    """The note event sounding at `onset` (from the bar's start), or None for a rest."""
    for e in timing.events:
        rel = e.onset - timing.start
        if rel <= onset < rel + e.length:
            return e if e.pitches else None
    return None


def symbol_onsets(bar: Bar, timing):
    """(onset in the bar, symbol) of each chord symbol: the onset of the note it stands over."""
    onsets = [e.onset - timing.start for e in timing.events] + [timing.length]
    k = 0
    for item in bar.items:
        if isinstance(item, Symbol):
            yield onsets[k], item
        elif isinstance(item, Note):
            k += 1


# ---------------------------------------------------------------------------- ornaments
DANCES = ("jig", "reel", "hornpipe", "slip jig", "polka", "strathspey", "march")


def ornament(tune: Tune, style: str | None = None, only: set[int] | None = None) -> Tune:
    """Grace notes in the style, the main notes and their rhythm unchanged: in a dance tune a
    roll ({upper, main, lower}) on a note a beat long or longer and a cut (the note above) on a
    note that repeats the one before, one a beat at most; in a song or an air an upper grace on a
    note a beat long or longer, one a bar at most. The last note stays plain, and so do the
    bars not in `only` (indices; None: every bar)."""
    dance = style in DANCES or style is None and tune.meter in ((6, 8), (9, 8), (2, 2), (4, 4), (2, 4))
    melody = tune.melody
    timings = time_bars(tune, melody)
    last_bar = len(melody.bars) - 1
    bars, previous, tied_in = [], None, False  # a note a tie reaches takes no grace: the tie goes to it
    for index, (bar, timing) in enumerate(zip(melody.bars, timings)):
        beat = beat_of(timing.meter)
        items, written, events, used_beats = [], {}, iter(timing.events), set()
        for item in bar.items:
            if isinstance(item, Note):
                event = next(events)
                onset = event.onset - timing.start
                grace = None
                if item.heads and len(item.heads) == 1 and not tied_in and onset // beat not in used_beats \
                        and (only is None or index in only) \
                        and not (index == last_bar and event is timing.events[-1]) \
                        and not (items and isinstance(items[-1], (Grace, Tuplet))):  # its own graces, a tuplet's
                    grace = grace_for(event.pitches[0], event.length, previous, beat, timing.key, written, dance)
                if grace is not None:
                    items.append(grace)
                    used_beats.update([onset // beat] if dance else range(int(timing.length // beat) + 1))
                for h in item.heads:
                    if h.accidental is not None:
                        written[(h.step, h.octave)] = h.accidental
                tied_in = item.tie
                previous = event.pitches[0] if event.pitches else None
            items.append(item)
        bars.append(replace(bar, items=tuple(items)))
    ornamented = tune.with_voice(0, replace(melody, bars=tuple(bars)))
    if ornamented == tune:
        raise TransformError("the melody has no note an ornament fits on")
    return check_aligned(ornamented)


def grace_for(p: Pitch, length: Fraction, previous: Pitch | None, beat: Fraction, key: Key, written: dict,
              dance: bool) -> Grace | None:
    """The ornament for one note, or None: written with no accidental, so only where the key
    signature gives its notes (no accidental earlier in the bar on their line)."""
    upper, lower = diatonic_step(p, 1, key), diatonic_step(p, -1, key)
    if dance and length >= beat:
        notes = (upper, p, lower)
    elif dance and previous is not None and previous == p:
        notes = (upper,)
    elif not dance and length >= beat:
        notes = (upper,)
    else:
        return None
    if any((n.step, n.octave) in written and written[(n.step, n.octave)] != n.alter for n in notes):
        return None
    if any(n.alter != key.signature()[n.step] for n in notes):
        return None  # a chromatic main note: its neighbours are left alone
    return Grace(tuple(Head(n.step, n.octave, None) for n in notes))


# ---------------------------------------------------------------------------- repeats
def repeat_section(tune: Tune, section: int = 0, upto: int | None = None) -> Tune:
    """A section played twice, written with repeat signs: `|:` before it and `:|` at its end.
    `section` counts from 1; 0 takes the first not yet repeated. A piece with no section ends
    is one section; `upto` (a bar index) ends the first section there instead ("repeat the
    first eight bars"). An opening pickup that leads into a full last bar stays outside the
    repeat (`D|:G2B ...|A3 A2D:|`), as players write it."""
    if upto is not None:
        melody = tune.melody
        if any(b.end in SECTION_ENDS or b.ending for b in melody.bars[:upto]):
            raise TransformError("those bars cross the end of a section")
        tune = tune.with_voices(replace(v, bars=v.bars[:upto] + (replace(v.bars[upto], end="||"),) + v.bars[upto + 1:])
                                for v in tune.voices) if melody.bars[upto].end == "|" else tune
        section = 1
    if section == 0:
        sections = len([b for b in tune.melody.bars[:-1] if b.end in SECTION_ENDS]) + 1
        section = next((n for n in range(1, sections + 1) if not repeated(tune.melody, n)), 0)
        if not section:
            raise TransformError("every part of the piece is already repeated")
    voices = [repeat_in(v, section, time_bars(tune, v)) for v in tune.voices]
    return explicit_repeats(check_aligned(tune.with_voices(voices)))


def repeated(voice: Voice, section: int) -> bool:
    """Whether a section (from 1) already ends with a repeat or holds an ending."""
    ends = [i for i, b in enumerate(voice.bars) if b.end in SECTION_ENDS or i == len(voice.bars) - 1]
    first = ends[section - 2] + 1 if section > 1 else 0
    last = ends[section - 1]
    return voice.bars[last].end in (":|", "::") or any(b.ending for b in voice.bars[first:last + 1])


def repeat_in(voice: Voice, section: int, timings) -> Voice:
    bars = list(voice.bars)
    ends = [i for i, b in enumerate(bars) if b.end in SECTION_ENDS or i == len(bars) - 1]
    if not 1 <= section <= len(ends):
        raise TransformError(f"the piece has {len(ends)} section{'s' if len(ends) > 1 else ''}, not {section}")
    first = ends[section - 2] + 1 if section > 1 else 0
    last = ends[section - 1]
    if repeated(voice, section):
        raise TransformError(f"the {ordinal(section)} part is already repeated")
    bars[last] = replace(bars[last], end=":|")
    leads_in = timings[first].short and not timings[last].short  # a pickup the full last bar leads back past
    if leads_in and first == 0:
        bars[0] = replace(bars[0], end="|:")
        return replace(voice, bars=tuple(bars))
    if leads_in:
        raise TransformError(f"the {ordinal(section)} part starts with a pickup its last bar does not make room for")
    if section == 1:
        return replace(voice, bars=tuple(bars), start_repeat=True)
    before = bars[first - 1]
    bars[first - 1] = replace(before, end="::" if before.end in (":|", "::") else "|:")
    return replace(voice, bars=tuple(bars))


def ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(n, f"{n}th")


# ---------------------------------------------------------------------------- accompaniment
# the bass figure each meter is accompanied in: oom-pah-pah, boom-chick, dotted quarters,
# an alternating bass (see harmony.bass_figure)
METER_ACCOMPANIMENT = {(3, 4): "waltz", (3, 8): "waltz", (2, 4): "waltz", (6, 8): "root-fifth", (9, 8): "root-fifth",
                       (12, 8): "root-fifth", (4, 4): "root-fifth", (2, 2): "root-fifth"}
STYLE_ACCOMPANIMENT = {"waltz": "waltz", "polka": "waltz", "minuet": "waltz", "jig": "root-fifth",
                       "slip jig": "root-fifth", "reel": "root-fifth", "hornpipe": "root-fifth",
                       "march": "root-fifth", "chorale": "chorale", "air": "roots", "song": "roots",
                       "lullaby": "roots"}


def accompany(tune: Tune, style: str | None = None, instrument: str | int = "piano", chords: bool = True,
              name: str = "Accompaniment") -> Tune:
    """A bass voice in the style of the piece, with the chord symbols it plays (or, without
    `chords`, the bass alone, on the chords the melody implies): a waltz's oom-pah-pah, a
    polka's boom-chick, a jig's dotted quarters, a reel's alternating bass, a walking bass
    ("walking"), a chorale's bass moving with the harmony a beat at a time."""
    if len(tune.voices) > 1:
        raise TransformError("the piece already has a second voice")
    figure = style if style in ("walking", "roots", "drone") else STYLE_ACCOMPANIMENT.get(
        style or "", METER_ACCOMPANIMENT.get(tune.meter, "roots"))
    chorale = figure == "chorale"  # chords a beat, and a bass that moves every beat
    program, _ = find_instrument(instrument)
    if has_chords(tune) or chords:
        harmonised = tune if has_chords(tune) else harmonise(tune, "beat" if chorale else "bar")
        return add_bass(harmonised, figure, name=name, program=program)
    bass = add_bass(harmonise(tune, "beat" if chorale else "bar"), figure, name=name, program=program)
    return tune.with_voices([*tune.voices, bass.voices[-1]])


def with_clefs(tune: Tune, name_all: bool = False) -> Tune:
    """A voice that names no clef and is read in another clef than the treble (a bass part, a
    cello, a viola: `instruments.clef_for`) names it; with `name_all` every other voice names
    the treble clef too, which a score needs to draw one (abc2xml writes no <clef> for a voice
    that names none)."""
    voices = []
    for voice in tune.voices:
        if voice.clef is None:
            clef = clef_for(voice.program, [p.midi for p in sounding_pitches(tune, voice)])
            voice = replace(voice, clef=clef) if clef != "treble" or name_all else voice
        voices.append(voice)
    return tune.with_voices(voices)
