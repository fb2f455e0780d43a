"""Edits the model composes on from a piece: more bars, a B part, a new ending, bars i..j
rewritten, a variation. Each is planned here as the piece's opening kept note for note (the
start of the reply's ABC), the form the new bars are held to, and the bars that follow them
unchanged. The session writes on from a plan at inference; the data builder plans the same
edits on real tunes, whose real bars are the exact targets the model learns from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .abc import AbcError, Scanner, figures, serialise
from .form import STYLES, Form, continuation_form, holding_lines, infill_form
from .tune import SECTION_ENDS, Tune, bar_ends, time_bars

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


def plan(kind: str, tune: Tune, bar_range: tuple[int, int] | None = None, more: int | None = None) -> Continuation:
    """How to write an edit of `kind` (one of COMPOSED) on from the piece: `bar_range` names the
    bars to rewrite (from 1; negative counts from the end), `more` the bars to add. Raises
    ValueError when it cannot be (a piece of several voices, one too short to keep a part of)."""
    if len(tune.voices) != 1:
        raise ValueError(f"I can write on from a melody alone, and this piece has {len(tune.voices)} voices; "
                         f"go back to a version without the other parts, or ask for it before adding them")
    melody = tune.melody
    ends = bar_ends(tune)
    total, repeats = len(ends), melody.bars[-1].end in (":|", "::")
    style = style_of(tune)
    if kind == "variation":
        return variation(tune, ends, style, repeats)
    if kind == "rewrite" and bars_asked(bar_range, ends)[1] < total:
        return rewriting(bars_asked(bar_range, ends), tune, ends, style)
    if kind in ("ending", "rewrite"):  # bars to the end of the piece: a new ending
        kept = bars_asked(bar_range, ends)[0] - 1 if kind == "rewrite" else ending_kept(total)
        if kept < 1:
            raise ValueError("I rewrite bars that come after the first one: I write on from the bars before them")
        lines = bar_lines(tune, ends, kept, total - 1)
        form = replace(holding_lines(continuation_form(style, kept, total - kept, repeats, False), lines),
                       old=old_figures(tune, ends, kept + 1 if kind == "rewrite" else total - 1, total))
        words = ("Wrote a new ending, closing on the home note." if kind == "ending" else
                 f"Rewrote bars {kept + 1} to {total}, ending on the home note." if kept + 1 < total else
                 f"Rewrote bar {total}, ending on the home note.")
        return Continuation(opening(tune, ends[kept - 1]) + lines[kept] + "\n", form, kept, words)
    more = more or bars_added(kind, total)
    if total + more > 64:
        raise ValueError(f"the piece has {total} bars; I write pieces of up to 64")
    new_section = kind == "b part" or repeats or short_last(tune) or melody.bars[-1].end in SECTION_ENDS[:2]
    form = continuation_form(style, total, more, repeats and new_section, new_section)
    words = (f"Added a B part of {more} bars." if kind == "b part" else f"Added {more} bars.")
    start = opening(tune, ends[-1]) + form.bar_line(total)[0] + "\n"
    if form.bar_line(total) == ("::",) and not reads_on(start, form):
        # a last part repeated after an earlier :| has no |: of its own to pair a :: with:
        # it closes with :|, and the new part's :| repeats back to it
        form = replace(form, lines=((total, ":|"),))
        start = opening(tune, ends[-1]) + ":|\n"
    return Continuation(start, form, total, words)


def bars_added(kind: str, total: int) -> int:
    """The bars more bars or a B part adds when the request names no number: a B part as long
    as a first part of up to 16 bars, else 8."""
    return total if kind == "b part" and total <= 16 else 8


def ending_kept(total: int) -> int:
    """The bars a new ending keeps: all but the last phrase (at most half the piece)."""
    return total - min(ENDING_BARS, total // 2)


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


def bars_asked(bar_range: tuple[int, int] | None, ends: list[int]) -> tuple[int, int]:
    """The bars an edit names, counted from 1 ("the last two bars" resolved); raises
    ValueError for bars the piece does not have."""
    total = len(ends)
    first, last = bar_range or (1, total)
    first, last = (first + total + 1 if first < 0 else first), (last + total + 1 if last < 0 else last)
    if not 1 <= first <= last <= total:
        raise ValueError(f"the piece has bars 1 to {total}" + (" (and a pickup, bar 0)" if ends[0] else ""))
    return first, last




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
