"""Random canonical tunes for property tests."""
from fractions import Fraction

from hypothesis import strategies as st

from music.pitch import Key
from music.spelling import respell
from music.tune import Bar, Broken, Head, Note, Tune, Voice, bar_length

METERS = [(6, 8), (4, 4), (3, 4), (2, 4), (9, 8), (2, 2)]
KEYS = [Key("G"), Key("D"), Key("A", "minor"), Key("E", "dorian"), Key("F"), Key("Bb"), Key("C"), Key("D", "mixolydian")]
LENGTHS = [Fraction(1), Fraction(2), Fraction(1, 2), Fraction(3), Fraction(4)]


@st.composite
def bars(draw, meter):
    full = bar_length(meter)
    items, left = [], full
    while left > 0:
        options = [x for x in LENGTHS if x <= left]
        length = draw(st.sampled_from(options))
        if draw(st.integers(0, 9)) == 0:
            items.append(Note((), length))
        else:
            step, octave = draw(st.integers(0, 6)), draw(st.integers(4, 5))
            accidental = draw(st.sampled_from([None] * 6 + [1, -1, 0]))
            items.append(Note((Head(step, octave, accidental),), length))
        left -= length
        if left >= 2 and length == 1 and draw(st.integers(0, 5)) == 0 and isinstance(items[-1], Note):
            step = draw(st.integers(0, 6))
            items += [Broken(">"), Note((Head(step, 5),), Fraction(1))]
            left -= 1
    return Bar(tuple(items), "|")


@st.composite
def tunes(draw):
    meter = draw(st.sampled_from(METERS))
    key = draw(st.sampled_from(KEYS))
    n = draw(st.integers(2, 12))
    body = [draw(bars(meter)) for _ in range(n)]
    body[-1] = Bar(body[-1].items, "|]")
    tune = Tune(title="Random", meter=meter, key=key, voices=(Voice("1", tuple(body)),),
                tempo=draw(st.sampled_from([None, 90, 120, 160])))
    return respell(tune)
