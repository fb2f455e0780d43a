"""Repeats and endings: the order in which bars sound, and a piece with its repeats written out."""
from __future__ import annotations

from dataclasses import replace

from .tune import SECTION_ENDS, Bar, Field, Tune, Voice, time_bars


def explicit_repeats(tune: Tune) -> Tune:
    """A repeat back to the start written out as `|:` before the first bar: with two voices
    or more, abc2midi pairs an opening pickup with the repeat's last bar only then."""
    def implied(voice: Voice) -> bool:
        ends = [bar.end for bar in voice.bars]
        closes = next((i for i, end in enumerate(ends) if end in (":|", "::")), None)
        return not voice.start_repeat and closes is not None and "|:" not in ends[:closes]
    return tune.with_voices(replace(v, start_repeat=True) if implied(v) else v for v in tune.voices)


def ending_numbers(text: str) -> set[int]:
    numbers = set()
    for part in text.split(","):
        a, _, b = part.partition("-")
        numbers.update(range(int(a), int(b or a) + 1))
    return numbers


def play_order(voice: Voice) -> list[int]:
    """Bar indices in the order they sound, each repeat taken once."""
    bars, order = voice.bars, []
    i, start, passing, taken = 0, 0, 1, set()
    while i < len(bars):
        bar = bars[i]
        if bar.ending and passing not in ending_numbers(bar.ending):
            i = ending_block_end(bars, i) + 1
            continue
        order.append(i)
        if bar.end in (":|", "::") and i not in taken:
            taken.add(i)
            i, passing = start, 2
            continue
        if bar.end != "|":  # any other bar line starts a new section
            start, passing = i + 1, 1
        i += 1
    return order


def ending_block_end(bars, i: int) -> int:
    j = i
    while j + 1 < len(bars) and bars[j].end not in SECTION_ENDS and not bars[j + 1].ending:
        j += 1
    return j


def unfold(tune: Tune) -> Tune:
    """Repeats and endings written out, short bars at repeat joins merged into whole bars."""
    order = play_order(tune.melody)
    if not order:  # nothing sounds on the first pass (an ending [2 with no [1): leave it as written
        return tune
    voices = []
    for voice in tune.voices:
        timings = time_bars(tune, voice)
        bars, lengths = [], []
        for i in order:
            bar, timing = voice.bars[i], timings[i]
            if bars and lengths[-1] < timing.expected and lengths[-1] + timing.length == timing.expected \
                    and bars[-1].end == "|":
                merged = bars[-1].items + tuple(x for x in bar.items if not isinstance(x, Field))
                bars[-1], lengths[-1] = Bar(merged, "|"), timing.expected
                continue
            bars.append(Bar(bar.items, "|"))
            lengths.append(timing.length)
        for k, (bar, length) in enumerate(zip(bars, lengths)):
            if 0 < k < len(bars) - 1 and length < timings[0].expected:  # the last bar pairs with the opening pickup
                bars[k - 1] = replace(bars[k - 1], end="||")
        bars[-1] = replace(bars[-1], end="|]")
        voices.append(replace(voice, bars=tuple(bars), start_repeat=False))
    return tune.with_voices(voices)
