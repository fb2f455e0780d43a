"""Validation: every problem of a tune with its place, not just the first."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

from .abc import STILL_OPEN, after_bar_line, after_ending
from .limits import InputError, check_text
from .normalize import NormalizeError, Reader, split_tunes
from .tune import (MAX_CHORD, MUSICIAN_LENGTHS, Note, Pickups, Tune, Tuplet, chord_track_overruns,
                   format_units as fmt, has_chords, time_bars)

LOWEST, HIGHEST = 24, 108  # MIDI: C1 .. C8, beyond any instrument a tune is written for


@dataclass
class Problem:
    place: str
    message: str

    def __str__(self):
        return f"{self.place}: {self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self):
        if self.ok:
            return "ok: no problems found"
        return "\n".join(str(p) for p in self.problems)


def validate(tune: Tune) -> Report:
    report = Report()
    lead = None
    for voice in tune.voices:
        timings = time_bars(tune, voice)
        check_bars(voice, timings, report)
        check_repeats(voice, report)
        check_range(voice, timings, report)
        if lead is None:
            lead = (voice, timings)
        else:
            check_alignment(lead, (voice, timings), report)
    if lead is not None:
        check_chord_track_ends(tune, lead[1], report)
    return report


def check_repeats(voice, report: Report):
    """Repeat signs and endings pair as the strict reader (`music.abc.after_bar_line`) and abc2midi
    pair them: a :: or :| with no repeat to close, a |: inside an open one, an ending with no
    repeat to vary, or a repeat never closed is a problem."""
    state = "open" if voice.start_repeat else "start"
    for index, bar in enumerate(voice.bars):
        place = f"voice {voice.id}, bar {index + 1}"
        if bar.ending is not None:
            state = after_ending(state, bar.ending)
            if state is None:
                report.problems.append(Problem(place, f"an ending [{bar.ending} with no repeat to vary"))
                return
        state = after_bar_line(state, bar.end)
        if state is None:
            report.problems.append(Problem(place, f"{bar.end} does not fit the repeats before it"))
            return
    if state in STILL_OPEN:
        report.problems.append(Problem(f"voice {voice.id}", "a repeat |: or an ending [1 is never closed with :|"))


def check_chord_track_ends(tune: Tune, timings, report: Report):
    if has_chords(tune) and timings and chord_track_overruns(timings[-1].meter, timings[-1].length):
        report.problems.append(Problem(f"bar {len(timings)}", f"a tune with chord symbols cannot end on a bar of "
                                                          f"{fmt(timings[-1].length)} units: abc2midi's chord "
                                                          f"track would sound past its end"))


def check_bars(voice, timings, report: Report):
    """Every bar full but the short bars `Pickups` allows; every note a length a musician
    writes; the notes of a tuplet of one written length; chords of the melody of 4 notes at most."""
    pickups = Pickups()
    for index, (bar, timing) in enumerate(zip(voice.bars, timings)):
        place = f"voice {voice.id}, bar {index + 1}"
        if timing.length > timing.expected:
            report.problems.append(Problem(place, f"{fmt(timing.length)} units, longer than the "
                                                  f"{fmt(timing.expected)} the meter asks for"))
        problem = pickups.close(timing.length, timing.expected, bar.end, bar.ending is not None)
        if problem and timing.length <= timing.expected:
            report.problems.append(Problem(place, problem))
        if not timing.events:
            report.problems.append(Problem(place, "empty bar"))
        for message in note_problems(bar, melody=voice.id == "1"):
            report.problems.append(Problem(place, message))
    if timings:
        problem = pickups.finish(timings[-1].expected, timings[-1].length)
        if problem:
            report.problems.append(Problem(f"voice {voice.id}, bar {len(timings)}", problem))


def note_problems(bar, melody: bool) -> list[str]:
    found, tuplet_left, tuplet_length = [], 0, None
    for item in bar.items:
        if isinstance(item, Tuplet):
            tuplet_left, tuplet_length = item.r, None
        if not isinstance(item, Note):
            continue
        if item.length not in MUSICIAN_LENGTHS:
            found.append(f"a note of {fmt(item.length)} units, a length a musician writes as a tie")
        if melody and len(item.heads) > MAX_CHORD:
            found.append(f"a chord of {len(item.heads)} notes in the melody (at most {MAX_CHORD})")
        if tuplet_left:
            if tuplet_length is not None and item.length != tuplet_length:
                found.append("a tuplet of notes of different written lengths")
            tuplet_length, tuplet_left = item.length, tuplet_left - 1
    return found


def check_range(voice, timings, report: Report):
    for index, timing in enumerate(timings):
        for event in timing.events:
            for pitch in event.pitches:
                if not LOWEST <= pitch.midi <= HIGHEST:
                    report.problems.append(Problem(f"voice {voice.id}, bar {index + 1}",
                                                   f"{pitch.name()} is outside the playable range"))


def check_alignment(lead, other, report: Report):
    (v1, t1), (v2, t2) = lead, other
    if len(t1) != len(t2):
        report.problems.append(Problem(f"voice {v2.id}", f"{len(t2)} bars, voice {v1.id} has {len(t1)}"))
    for index, (a, b) in enumerate(zip(t1, t2)):
        if a.length != b.length:
            report.problems.append(Problem(f"voice {v2.id}, bar {index + 1}",
                                           f"{fmt(b.length)} units against {fmt(a.length)} in voice {v1.id}"))


def validate_text(text: str) -> Report:
    """Check ABC text of any style: read it leniently, then list every problem found."""
    try:
        check_text(text)
        tunes = split_tunes(text)
        if not tunes:
            return Report([Problem("file", "no tune found (a tune needs a K: line and notes)")])
        tune = Reader(tunes[0]).build()
    except (NormalizeError, InputError) as e:
        return Report([Problem("tune", str(e))])
    return validate(tune)


def abc2midi_messages(abc: str) -> list[str]:
    """Errors and warnings of `abc2midi -c` (it always exits 0), or [] when it is not installed."""
    exe = shutil.which("abc2midi")
    if not exe:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/tune.abc"
        with open(path, "w") as f:
            f.write(abc)
        out = subprocess.run([exe, path, "-c"], capture_output=True, text=True, timeout=30, cwd=tmp)
    return [line for line in (out.stdout + out.stderr).splitlines() if line.startswith(("Error", "Warning"))]


def abc2midi_errors(abc: str) -> list[str]:
    return [m for m in abc2midi_messages(abc) if m.startswith("Error")]
