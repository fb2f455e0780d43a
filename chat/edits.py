"""Revisions the music library makes exactly: tempo, key, mode, instrument, chords, a bass;
and the reworkings the model was not taught: a transposition by a named interval, a harmony
line, a simpler rhythm, ornaments, a repeat, an accompaniment, a sadder or happier version.

When none of the model's candidates does what was asked, and the request is one of the first
kind, the session makes the change with `music/` (the same transforms that wrote the model's
training revisions) rather than give up; the second kind the library makes at once. What
changed is then reported from the versions, as always.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from music import arrange, harmony, transform
from music.analysis import analyse
from music.abc import AbcError, Scanner, figures, serialise
from music.form import STYLES, Form, continuation_form, holding_lines, infill_form
from music.instruments import GM_NAMES, playable_range
from music.pitch import key_from_pc
from music.tune import SECTION_ENDS, Symbol, Tune, bar_ends, has_chords, sounding_pitches, time_bars
from music.voices import remove_voice

from .request import Request

FASTER, SLOWER = 1.2, 0.8  # "faster" without a number: a fifth quicker, a fifth slower
SADDER, HAPPIER = 0.85, 1.15  # the tempo of a sadder or a happier version
MINOR_LIKE = ("minor", "dorian", "phrygian", "locrian")


def resolve(request: Request, tune: Tune | None) -> Request:
    """The request in the piece's own terms: a tempo ratio or difference as a bpm, the relative
    or parallel key as a key, a length as a multiple of the piece's as bars."""
    if tune is None or request.new_piece:
        return request
    r = request
    if r.ratio or r.delta:
        old = analyse(tune).tempo
        r = replace(r, bpm=max(20, min(400, round(old * r.ratio) if r.ratio else old + r.delta)))
    if r.relation == "parallel":
        r = replace(r, relation=None, tonic=None)
    elif r.relation == "relative":
        turn = 9 if r.mode in MINOR_LIKE else 3  # the relative minor is a minor third below
        target = key_from_pc(tune.key.tonic_pc + (turn if tune.key.mode not in MINOR_LIKE or r.mode not in MINOR_LIKE
                                                  else 0), r.mode)
        r = replace(r, relation=None, tonic=target.tonic)
    if r.factor:
        total = len(bar_ends(tune))
        r = (replace(r, factor=None, rework=r.rework or "continue", more=total) if r.factor > 1 else
             replace(r, factor=None, bars=max(1, round(total * r.factor))))
    return r


def without_chords(tune: Tune) -> Tune:
    if not has_chords(tune):
        raise ValueError("the piece has no chord symbols to take away")
    return tune.with_voices(replace(v, bars=tuple(replace(b, items=tuple(i for i in b.items if not isinstance(i, Symbol)))
                                                  for b in v.bars)) for v in tune.voices)


def without_part(tune: Tune) -> Tune:
    """The piece without its last part added (a bass, a harmony, an accompaniment)."""
    if len(tune.voices) == 1:
        raise ValueError("the piece has only its melody: there is no other part to take away")
    return remove_voice(tune, len(tune.voices) - 1)


def rework(request: Request, tune: Tune) -> Tune:
    """`tune` revised and reworked as the request asks (Request.by_the_library); raises
    ValueError if it cannot be done."""
    r = request
    part = r.instrument if r.rework in ("harmony", "accompany") else None  # "a harmony for the cello"
    tune = edit(replace(request, instrument=None) if part is not None else request, tune)
    style = style_of(tune)
    if r.rework == "harmony":
        return arrange.harmony_line(tune, r.harmony, r.below, part)
    if r.rework == "simplify":
        return arrange.simplify_rhythm(tune, bar_indices(tune, r))
    if r.rework == "ornament":
        return arrange.ornament(tune, style, bar_indices(tune, r))
    if r.rework == "repeat":
        upto = max(bar_indices(tune, r)) if r.bar_range else None
        return arrange.repeat_section(tune, r.section, upto)
    if r.rework == "accompany":
        return arrange.accompany(tune, r.figure or style, part if part is not None else "piano")
    if r.rework in ("sadder", "happier"):
        return with_mood(tune, r.rework)
    return tune


# -------------------------------------------------------------------- edits the model composes
# the kinds of edit the model writes new music for, from the piece's opening kept as it is
COMPOSED = ("continue", "b part", "ending", "rewrite", "variation")
ENDING_BARS = 4  # "a stronger ending" writes the last phrase anew


@dataclass(frozen=True)
class Continuation:
    """A composing edit: the piece's first `kept` bars stay note for note (`start` is their
    ABC, with the bar line the form puts after them), the model writes the bars after them
    to `form`, and `rest`, the ABC of the bars after those (bars rewritten in the middle of a
    piece), follows unchanged."""
    start: str
    form: Form
    kept: int
    words: str  # what the reply says was done
    rest: str = ""


def continuation(request: Request, tune: Tune) -> Continuation:
    """How to write the edit asked for (Request.rework in COMPOSED) on from the piece; raises
    ValueError when it cannot be (a piece of several voices, one too short to keep a part of)."""
    if len(tune.voices) != 1:
        raise ValueError(f"I can write on from a melody alone, and this piece has {len(tune.voices)} voices; "
                         f"go back to a version without the other parts, or ask for it before adding them")
    melody = tune.melody
    ends = bar_ends(tune)
    total, repeats = len(ends), melody.bars[-1].end in (":|", "::")
    style = style_of(tune)
    if request.rework == "variation":
        return variation(tune, ends, style, repeats)
    if request.rework == "rewrite" and bars_asked(request, ends)[1] < total:
        return rewriting(bars_asked(request, ends), tune, ends, style)
    if request.rework in ("ending", "rewrite"):  # bars to the end of the piece: a new ending
        kept = bars_asked(request, ends)[0] - 1 if request.rework == "rewrite" else total - min(ENDING_BARS, total // 2)
        if kept < 1:
            raise ValueError("I rewrite bars that come after the first one: I write on from the bars before them")
        lines = bar_lines(tune, ends, kept, total - 1)
        form = replace(holding_lines(continuation_form(style, kept, total - kept, repeats, False), lines),
                       old=old_figures(tune, ends, kept + 1 if request.rework == "rewrite" else total - 1, total))
        words = ("Wrote a new ending, closing on the home note." if request.rework == "ending" else
                 f"Rewrote bars {kept + 1} to {total}, ending on the home note." if kept + 1 < total else
                 f"Rewrote bar {total}, ending on the home note.")
        return Continuation(opening(tune, ends[kept - 1]) + lines[kept] + "\n", form, kept, words)
    more = request.more or (total if request.rework == "b part" and total <= 16 else 8)
    if total + more > 64:
        raise ValueError(f"the piece has {total} bars; I write pieces of up to 64")
    new_section = request.rework == "b part" or repeats or short_last(tune) or melody.bars[-1].end in SECTION_ENDS[:2]
    form = continuation_form(style, total, more, repeats and new_section, new_section)
    words = (f"Added a B part of {more} bars." if request.rework == "b part" else f"Added {more} bars.")
    start = opening(tune, ends[-1]) + form.bar_line(total)[0] + "\n"
    if form.bar_line(total) == ("::",) and not reads_on(start, form):
        # a last part repeated after an earlier :| has no |: of its own to pair a :: with:
        # it closes with :|, and the new part's :| repeats back to it
        form = replace(form, lines=((total, ":|"),))
        start = opening(tune, ends[-1]) + ":|\n"
    return Continuation(start, form, total, words)


def reads_on(start: str, form: Form) -> bool:
    try:
        Scanner.continuing(start, form)
    except AbcError:
        return False
    return True


def variation(tune: Tune, ends: list[int], style: str | None, repeats: bool) -> Continuation:
    """The tune with every bar set anew on its skeleton: each bar opens on the note the tune's
    did and is not the bar it was; the bar lines, sections and the end on the final stay."""
    total = len(ends)
    every = figures(tune)
    lines = bar_lines(tune, ends, 1, total - 1)
    skeleton = tuple((bar, every[ends[bar - 1]][0][0]) for bar in range(1, total + 1)
                     if every[ends[bar - 1]][0] and every[ends[bar - 1]][0][0] is not None)
    form = replace(holding_lines(continuation_form(style, 0, total, repeats, False), lines),
                   old=old_figures(tune, ends, 1, total), skeleton=skeleton, phrase=4)
    melody = tune.melody
    start = serialise(tune.with_voices([replace(melody, bars=())])) + ("|:" if melody.start_repeat else "")
    if ends[0] > 0:  # the opening pickup stays
        start = opening(tune, ends[0] - 1) + melody.bars[ends[0] - 1].end
    return Continuation(start + ("\n" if ends[0] > 0 else ""), form, 0, "Here is a variation: every bar set anew "
                        "on the tune's notes.")


def bars_asked(request: Request, ends: list[int]) -> tuple[int, int]:
    """The bars an edit names, counted from 1 ("the last two bars" resolved); raises
    ValueError for bars the piece does not have."""
    total = len(ends)
    first, last = request.bar_range or (1, total)
    first, last = (first + total + 1 if first < 0 else first), (last + total + 1 if last < 0 else last)
    if not 1 <= first <= last <= total:
        raise ValueError(f"the piece has bars 1 to {total}" + (" (and a pickup, bar 0)" if ends[0] else ""))
    return first, last


def bar_indices(tune: Tune, request: Request) -> set[int] | None:
    """The melody's bars (indices, an opening pickup with bar 1) an edit is asked of; None for all."""
    if request.bar_range is None:
        return None
    ends = bar_ends(tune)
    first, last = bars_asked(request, ends)
    return set(range(ends[first - 2] + 1 if first > 1 else 0, ends[last - 1] + 1))


def rewriting(bars: tuple[int, int], tune: Tune, ends: list[int], style: str | None) -> Continuation:
    """Bars first..last written anew, between the bars before them and the bars after them,
    both kept; the bar lines and section ends stay where they were."""
    first, last = bars
    if first == 1:
        raise ValueError("I rewrite bars that come after the first one: I write on from the bars before them")
    lines = bar_lines(tune, ends, first - 1, last)
    form = replace(infill_form(style, first, last, lines), old=old_figures(tune, ends, first, last))
    whole = serialise(tune)
    up_to_last = opening(tune, ends[last - 1]) + lines[last]
    if not whole.startswith(up_to_last):
        raise ValueError("the piece's bars could not be read back")
    which = f"bar {first}" if first == last else f"bars {first} to {last}"
    return Continuation(opening(tune, ends[first - 2]) + lines[first - 1] + "\n", form, first - 1, f"Rewrote {which}.",
                        whole[len(up_to_last):])


def old_figures(tune: Tune, ends: list[int], first: int, last: int) -> tuple[tuple[int, tuple], ...]:
    """The figure of each counted bar first..last: bars asked to be different may not be them again."""
    every = figures(tune)
    return tuple((bar, every[ends[bar - 1]]) for bar in range(first, last + 1))


def bar_lines(tune: Tune, ends: list[int], first: int, last: int) -> dict[int, str]:
    """The bar line after each counted bar first..last."""
    return {bar: tune.melody.bars[ends[bar - 1]].end for bar in range(first, last + 1)}


def kept_problems(before: Tune, after: Tune, plan: Continuation) -> list[str]:
    """Whether the bars kept are note for note what they were: the first `kept` (the bar line
    after the last of them may change: an A part's :| becomes :: before a B part), and for
    bars rewritten inside the piece, those after them, with every bar line."""
    ends = bar_ends(before)
    old, new = before.melody.bars, after.melody.bars
    if plan.kept == 0:  # a variation: the opening pickup alone is kept
        same = before.melody.start_repeat == after.melody.start_repeat and old[:ends[0]] == new[:ends[0]]
    else:
        last = ends[plan.kept - 1]
        same = (len(new) > last and before.melody.start_repeat == after.melody.start_repeat
                and old[:last] == new[:last] and old[last].items == new[last].items)
    if plan.rest:
        rewritten = ends[plan.form.bars - 1]
        same = same and len(old) == len(new) and old[rewritten + 1:] == new[rewritten + 1:] and \
            [b.end for b in old] == [b.end for b in new]
    return [] if same else ["the bars not asked about are not what they were"]


def short_last(tune: Tune) -> bool:
    timing = time_bars(tune, tune.melody)[-1]
    return timing.length < timing.expected


def opening(tune: Tune, last: int) -> str:
    """The ABC of the melody up to and including bar `last`, without that bar's bar line."""
    melody = tune.melody
    cut = replace(melody, bars=melody.bars[:last + 1])
    text = serialise(tune.with_voices([cut])).rstrip("\n")
    line = melody.bars[last].end
    if not text.endswith(line):
        raise ValueError("the piece's bars could not be read back")
    return text[:-len(line)]


def style_of(tune: Tune) -> str | None:
    """The type of piece its title names ("... Reel"), if any."""
    title = tune.title.lower()
    return next((name for name in sorted(STYLES, key=len, reverse=True) if re.search(rf"\b{name}s?\b", title)), None)


def with_mood(tune: Tune, mood: str) -> Tune:
    """Sadder: in minor, slower and an octave lower; happier: in major, quicker and an octave
    higher; the octave only where the instrument reaches it."""
    sad = mood == "sadder"
    if sad and tune.key.mode not in MINOR_LIKE:
        tune = transform.change_mode(tune, "minor")
    elif not sad and tune.key.mode in MINOR_LIKE:
        tune = transform.change_mode(tune, "major")
    tune = transform.set_tempo(tune, analyse(tune).tempo * (SADDER if sad else HAPPIER))
    low, high = playable_range(0 if tune.melody.program is None else tune.melody.program)
    pitches = [p.midi for p in sounding_pitches(tune, tune.melody)]
    if pitches and (min(pitches) - 12 >= low if sad else max(pitches) + 12 <= high):
        tune = transform.transpose_by(tune, -7 if sad else 7, -12 if sad else 12)
    return tune


def edit(request: Request, tune: Tune) -> Tune:
    """`tune` revised as the request asks (resolved: see `resolve`); raises ValueError if a
    step cannot be made."""
    r = request
    if r.remove == "chords":
        tune = without_chords(tune)
    elif r.remove == "part":
        tune = without_part(tune)
    if r.bpm:
        tune = transform.set_tempo(tune, r.bpm)
    elif r.tempo:  # as written, or the tempo the piece is said to have
        tune = transform.set_tempo(tune, round(analyse(tune).tempo * (FASTER if r.tempo == "up" else SLOWER)))
    if r.interval:  # "up a fifth, so it's in A": the interval says which way
        steps, semitones = r.interval
        tune = transform.transpose_exactly(tune, semitones, steps)
    elif r.tonic:  # move to the new tonic in the old mode, then change the mode if asked
        tune = transform.transpose(tune, key=f"{r.tonic} {tune.key.mode}")
        if r.mode and r.mode != tune.key.mode:
            tune = transform.change_mode(tune, r.mode)
    elif r.mode:
        tune = transform.change_mode(tune, r.mode)
    elif r.shift:  # "a bit higher": a whole tone (a named size is an interval)
        tune = transform.transpose(tune, 2 if r.shift == "up" else -2)
    if r.chords:
        tune = harmony.harmonise(tune)
    if r.bass and len(tune.voices) == 1:  # in the style of the piece: a waltz's oom-pah-pah, a jig's dotted quarters
        if r.instrument is not None:
            return arrange.accompany(tune, style_of(tune), r.instrument, chords=False,
                                     name=GM_NAMES[r.instrument].title())
        tune = arrange.accompany(tune, style_of(tune), "bass", chords=False, name="Bass")
    elif r.instrument is not None:
        tune = transform.set_instrument(tune, r.instrument)
    return tune
