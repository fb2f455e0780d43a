"""Does a new version do what was asked, and is what the reply says about it true?

Each check returns a sentence a musician would understand; an empty list means the version
passes. Only what the request names is checked: a request to "make it faster" is held to a
faster tempo and an untouched melody, nothing else.
"""
from __future__ import annotations

import re

from music.abc import serialise
from music.analysis import Analysis, analyse
from music.tune import Tune, has_chords, sounding_pitches
from music.validate import abc2midi_messages, validate
from music.words import graces, interval_of, mean_pitch, notes, read_claims, repeats

from reading.request import DANCE_METERS, STYLE, STYLE_WORDS, Request

QUOTED = re.compile(r'"([^"]{1,80})"')  # a title, as replies name a piece
DANCE_WORD = re.compile(r"\b(" + "|".join(sorted(DANCE_METERS, key=len, reverse=True)) + r")s?\b", re.I)

MIN_BARS = 8  # a new piece shorter than this is a fragment, unless fewer bars were asked for


def music_problems(request: Request, before: Tune | None, after: Tune) -> list[str]:
    """What is wrong with the new version itself: validity, and what was asked of it."""
    report = validate(after)
    if not report.ok:
        return [f"the piece is not valid: {report}"]
    # an Error, or a bar abc2midi counts wrong: our bar rule is the stricter, so abc2midi
    # objecting to a bar means the two disagree, and the piece is not shown
    found = [f"abc2midi reports: {m}" for m in abc2midi_messages(serialise(after))
             if m.startswith("Error") or "time units" in m]
    return found + asked_for(request, before, after)


def false_claims(text: str, tune: Tune, style: str | None = None) -> list[str]:
    """What the reply's words claim about the piece (key, meter, tempo, bars, instrument, its
    title, the type of piece it is) that is not so. A dance is held to its meters: a "polka"
    in 4/4 is not one; a piece written as the type asked for is not called another."""
    found = [f"the reply says {c.value}, which is not true of the piece" for c in read_claims(text, tune)
             if not c.true]
    meter = f"{tune.meter[0]}/{tune.meter[1]}"
    for dance in dict.fromkeys(m.lower() for m in DANCE_WORD.findall(text)):  # once each, in order
        if meter not in DANCE_METERS[dance]:
            found.append(f"the reply calls it a {dance}, which a piece in {meter} is not")
    if style:
        named = {STYLE_WORDS[m.group(1).lower()] for m in STYLE.finditer(text)}
        found += [f"the reply calls it a {other}, but a {style} was written" for other in sorted(named - {style})]
    found += [f"the reply calls it \"{name}\", but its title is \"{tune.title}\"" for name in QUOTED.findall(text)
              if name != tune.title]
    return found


# "now 130 bpm, up from 150", "slower: 96 bpm, down from 112": which way the tempo moved, and from what
TEMPO_MOVED = re.compile(r"\b(up|down|faster|slower|quicker|raised|lowered)\b[^.;]{0,24}?\bfrom (\d{2,3})\b(?! ?(?:%|bars?|measures?|notes?|to \d{1,2} (?:bars?|measures?)))", re.I)
# words that make a sentence say something changed: "now in G", "was 120", "from D major", "switched to flute"
CHANGE_WORDS = re.compile(r"\b(now|was|from|changed?|moved|transposed|switched|instead of|here it is for)\b", re.I)
OLD_VALUE = re.compile(r"\b(?:from|was|instead of) ([^,.;)]*?)(?= to |[,.;)]|$)", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|,\s+")  # "Now at 100 bpm, in G major.": the key is not said to change
TEMPO_WORD = re.compile(r"\b(bpm|tempo)\b", re.I)  # "Now at 100 bpm (was 90)": the 90 is a tempo
ADDED_CHORDS = re.compile(r"\badded (?:the )?chord", re.I)


# words that tell of a change: a new piece has none ("Moved it to G major" of a piece just written)
CHANGED = re.compile(r"\b(moved it|transposed|changed the|switched to|\(was|up from|down from)\b", re.I)


def false_changes(text: str, before: Tune | None, after: Tune) -> list[str]:
    """What the reply says changed that did not, or says was so before that was not: "Now in D
    major (was D major)", "Changed the tempo from 80 to 80 bpm", "up from 150" of a piece slowed
    from 150, "Added chord symbols" where there were chords before; of a new piece, any change."""
    if before is None:
        told = CHANGED.search(text)
        return [f"the reply tells of a change (\"{told.group(0)}\"), but the piece is new"] if told else []
    sentences = SENTENCE_END.split(text)
    chords_added = has_chords(after) and not has_chords(before)
    found = ["the reply says chords were added, but they were not" for sentence in sentences
             if ADDED_CHORDS.search(sentence) and not chords_added]
    telling, moved = [s for s in sentences if CHANGE_WORDS.search(s)], list(TEMPO_MOVED.finditer(text))
    if not (telling or moved):  # most replies tell of no change by these words: no analysis
        return found
    b, a = analyse(before), analyse(after)
    for sentence in telling:
        for claim in read_claims(sentence, after):
            same = programs(before) == programs(after) if claim.kind == "instrument" else \
                getattr(b, claim.kind) == getattr(a, claim.kind)
            if claim.true and same:
                found.append(f"the reply says the {claim.kind} changed to {claim.value}"
                             f"{' bpm' * (claim.kind == 'tempo')}, but it did not change")
        for old in OLD_VALUE.finditer(sentence):
            value = old.group(1) + (" bpm" if old.group(1).isdigit() and TEMPO_WORD.search(sentence) else "")
            found += [f"the reply says it was {c.value}{' bpm' * (c.kind == 'tempo')} before, which it was not"
                      for c in read_claims(value, before) if not c.true and c.kind != "instrument"]
    for m in moved:
        up = m.group(1).lower() in ("up", "faster", "quicker", "raised")
        if int(m.group(2)) != b.tempo or (a.tempo > b.tempo) != up or a.tempo == b.tempo:
            found.append(f"the reply says the tempo went {m.group(1).lower()} from {m.group(2)}, "
                         f"but it went from {b.tempo} to {a.tempo} bpm")
    return list(dict.fromkeys(found))


def programs(tune: Tune) -> list[int]:
    """The General MIDI program of each voice, a voice with none being a piano's (0)."""
    return [v.program or 0 for v in tune.voices]


def asked_for(r: Request, before: Tune | None, after: Tune) -> list[str]:
    a = analyse(after)
    b = analyse(before) if before is not None else None
    found = []
    if before is None and a.bars < min(MIN_BARS, r.bars or MIN_BARS):
        found.append(f"it is only {a.bars} bars long")
    if r.bpm is not None and a.tempo != r.bpm:
        found.append(f"the tempo is {a.tempo} bpm, not {r.bpm}")
    if r.tempo and b is not None and not (a.tempo > b.tempo if r.tempo == "up" else a.tempo < b.tempo):
        found.append(f"the tempo did not go {r.tempo} from {b.tempo} bpm")
    mode = r.mode or (b.mode if b else "major")  # "in D": the old mode when revising, major when composing
    if r.tonic and (after.key.tonic != r.tonic or mode and after.key.mode != mode):
        found.append(f"the key is {a.key}, not {r.tonic} {mode or ''}".rstrip())
    if r.mode and not r.tonic and after.key.mode != r.mode:
        found.append(f"the mode is {after.key.mode}, not {r.mode}")
    if r.shift and b is not None and before.key == after.key:
        found.append(f"it was not transposed {r.shift}")
    if r.meter and a.meter != r.meter:
        found.append(f"the meter is {a.meter}, not {r.meter}")
    if r.bars and before is None and abs(a.bars - r.bars) > max(2, r.bars // 8):
        found.append(f"it has {a.bars} bars, not about {r.bars}")
    if r.instrument is not None and r.instrument not in programs(after):
        found.append("it is not written for the instrument asked for")
    if r.melody is not None and after.melody.program != r.melody:
        found.append("the melody is not given to the instrument asked for")
    if r.bass and before is not None and not has_part_below(before, after):
        found.append("no new part was added below the melody")
    if r.chords and not has_chords(after):
        found.append("it has no chord symbols")
    if before is not None and r.revises and rhythm(before) != rhythm(after):
        found.append("the melody's rhythm changed, though only a revision was asked for")
    elif r.only_arrangement and before is not None and melody_notes(before) != melody_notes(after):
        found.append("the melody changed, though only the arrangement was to change")
    elif (r.tonic or r.shift) and before is not None and not r.mode and not r.rework and interval_of(before, after) is None:
        found.append("the melody is not the old one transposed")
    if before is not None:
        found += reworked(r, before, after)
    if b is not None and a.bars != b.bars and not (r.bars or r.rework in ("continue", "b part")):
        found.append(f"it has {a.bars} bars, not the {b.bars} it had, and no other length was asked for")
    if before is not None:
        found += unasked(r, before, after, b, a)
    return found


def unasked(r: Request, before: Tune, after: Tune, b: Analysis, a: Analysis) -> list[str]:
    """What a revision changed that the request did not ask for: its key, meter, tempo, chords,
    parts or instruments ("three-four" answered with the piece moved to F and chords added);
    `b` and `a` are the two versions' analyses."""
    mood = r.rework in ("sadder", "happier")  # a mood is a mode and a tempo
    found = []
    if a.key != b.key and not (r.tonic or r.mode or r.relation or r.shift or r.interval or mood):
        found.append(f"the key changed to {a.key}, which was not asked for")
    recast = bool(r.meter or r.style)  # "make it a waltz": a type of piece asked is its meter and pace
    if a.meter != b.meter and not recast:
        found.append(f"the meter changed to {a.meter}, which was not asked for")
    beat_changed = a.meter.split("/")[1] != b.meter.split("/")[1]  # 4/4 to 6/8: a new beat
    # the tempo as written: one analysed from the rhythm moves with the rhythm (a piece with no Q:)
    if before.tempo is not None and after.tempo != before.tempo and not (
            r.tempo or r.bpm or r.ratio or r.delta or mood or r.style or r.meter and beat_changed):
        found.append(f"the tempo changed to {a.tempo} bpm, which was not asked for")
    if has_chords(after) and not has_chords(before) and not (r.chords or r.rework == "accompany"):
        found.append("chord symbols were added, which was not asked for")
    parts = r.bass or r.remove or r.rework in ("harmony", "accompany") or (  # "add a flute part"
        r.instrument is not None and len(after.voices) == len(before.voices) + 1)
    if len(after.voices) != len(before.voices) and not parts:
        found.append("a part was added or taken away, which was not asked for")
    elif not parts and r.instrument is None and r.melody is None and programs(before) != programs(after):
        found.append("an instrument changed, which was not asked for")
    return found


def reworked(r: Request, before: Tune, after: Tune) -> list[str]:
    """What a reworking by the library must show in the new version."""
    same = melody_notes(before) == melody_notes(after)
    if r.interval and interval_of(before, after) != r.interval[1]:
        return [f"the melody did not move by {r.interval[1]} semitones"]
    if r.rework == "harmony" and not (len(after.voices) == len(before.voices) + 1 and same):
        return ["no harmony voice was added to the melody"]
    if r.rework == "simplify" and not len(notes(after.melody)) < len(notes(before.melody)):
        return ["the melody has no fewer notes"]
    if r.rework == "ornament" and not (graces(after.melody) > graces(before.melody) and same):
        return ["no grace notes were added to the melody"]
    if r.rework == "repeat" and not (repeats(after.melody) > repeats(before.melody) and same):
        return ["no repeat was added"]
    if r.rework == "accompany" and not has_part_below(before, after):
        return ["no accompaniment was added below the melody"]
    if r.rework in ("sadder", "happier") and analyse(after).tempo == analyse(before).tempo:
        return [f"it is no {r.rework[:-2]} than before"]
    return []


def off_course(r: Request, before: Tune, partial: Tune) -> bool:
    """Whether a revision being written, as far as `partial` holds of its first voice, can no
    longer pass `asked_for`: its rhythm, or its notes, or its one interval to the old melody,
    already differ. The session stops such a candidate there rather than let it finish."""
    if not (r.revises and partial.voices):
        return False
    now, old = rhythm(partial), rhythm(before)
    if now != old[:len(now)]:
        return True
    if r.only_arrangement:
        now = melody_notes(partial)
        return now != melody_notes(before)[:len(now)]
    if (r.tonic or r.shift) and not r.mode:
        a = [p.midi for p in sounding_pitches(before, before.melody)]
        b = [p.midi for p in sounding_pitches(partial, partial.melody)]
        return len({y - x for x, y in zip(a, b)}) > 1
    return False


def rhythm(tune: Tune) -> list:
    return [note.length for note in notes(tune.melody)]


def melody_notes(tune: Tune) -> list:
    """The melody as (pitches, written length) per note, bar lines aside, symbols aside."""
    return [(note.heads, note.length) for note in notes(tune.melody)]


def has_part_below(before: Tune, after: Tune) -> bool:
    """A voice was added, and the lowest voice now sounds below the melody on average."""
    return len(after.voices) > len(before.voices) and mean_pitch(after, after.voices[-1]) < mean_pitch(after, after.melody)
