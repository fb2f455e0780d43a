"""The reworkings the library makes exactly (music.arrange, an exact transposition, a sadder or
happier version), on real corpus tunes and on hand-made ones, judged by what a player hears
and by abc2midi."""
import shutil

import pytest

from chat.edits import with_mood
from music import arrange, transform
from music.abc import parse, serialise
from music.harmony import beat_of
from music.pitch import Pitch
from music.transform import TransformError
from music.tune import Grace, has_chords, time_bars
from music.validate import abc2midi_messages, validate
from reading.vocabulary import interval_in
from music.words import changes
from tests.conftest import JIG

WALTZ = """X:1
T:Test Waltz
M:3/4
L:1/8
Q:1/4=120
K:D
V:1
|:A2|d4 f2|a4 f2|e4 c2|A4 A2|B2 c2 d2|e4 c2|d6-|d4:|
"""


def abc2midi_happy(tune) -> bool:
    if not shutil.which("abc2midi"):
        return True
    return not [m for m in abc2midi_messages(serialise(tune)) if m.startswith("Error") or "time units" in m]


def sounding(tune, voice=0):
    return [(e.onset, e.length, tuple(p.midi for p in e.pitches))
            for t in time_bars(tune, tune.voices[voice]) for e in t.events]


def valid(tune) -> bool:
    return validate(parse(serialise(tune))).ok and abc2midi_happy(tune)


@pytest.mark.parametrize("interval, below", [("third", False), ("third", True), ("sixth", False), ("sixth", True)])
def test_a_harmony_line_moves_in_the_melodys_rhythm_a_diatonic_interval_away(sample_tunes, interval, below):
    made = 0
    for tune in sample_tunes:
        try:
            harmonised = arrange.harmony_line(tune, interval, below)
        except TransformError as e:
            assert "range" in str(e)
            continue
        made += 1
        assert valid(harmonised) and harmonised.melody == tune.melody
        steps = {"third": 2, "sixth": 5}[interval] * (-1 if below else 1)
        melody = [(t.key, e) for t in time_bars(tune, tune.melody) for e in t.events]
        line = [e for t in time_bars(harmonised, harmonised.voices[-1]) for e in t.events]
        assert [(e.onset, e.length) for _, e in melody] == [(e.onset, e.length) for e in line]
        for (key, m), h in zip(melody, line):
            if m.pitches:
                top = (min if below else max)(m.pitches)
                assert h.pitches[0].diatonic - top.diatonic == steps  # the letter moves by the interval
                assert h.pitches[0].alter == key.signature()[h.pitches[0].step]  # in the key: diatonic
    assert made >= len(sample_tunes) * 3 // 4


def test_a_harmony_in_thirds_of_a_waltz_is_what_a_player_would_write():
    tune = arrange.harmony_line(parse(WALTZ), "third")
    assert serialise(tune).split("V:2")[1].split("\n", 1)[1].startswith("|:c2|f4 a2|c'4 a2|g4 e2|c4 c2|")


def test_a_simpler_rhythm_keeps_every_beats_pitch_with_fewer_notes(sample_tunes):
    for tune in sample_tunes:
        simple = arrange.simplify_rhythm(tune)
        assert valid(simple)
        before, after = time_bars(tune, tune.melody), time_bars(simple, simple.melody)
        assert [t.length for t in before] == [t.length for t in after]
        assert sum(len(t.events) for t in after) <= sum(len(t.events) for t in before)
        for old, new in zip(before, after):
            beat = beat_of(old.meter)
            for e in new.events:  # each new note starts on a beat (or the bar's start) with the pitch heard there
                heard = [o.pitches for o in old.events if o.onset <= e.onset < o.onset + o.length]
                assert heard and (tuple(p.midi for p in e.pitches) == tuple(p.midi for p in heard[0][-1:])
                                  or not heard[0] and not e.pitches)
                if new is not after[0]:  # a pickup may start with part of a beat
                    assert e.length >= min(beat, new.length) or e.onset + e.length == new.start + new.length


def test_a_busy_reel_bar_becomes_quarter_notes():
    reel = parse("X:1\nT:R\nM:4/4\nL:1/8\nQ:1/4=200\nK:D\nV:1\nd2fd AdfA|d2fd A2F2|dfaf gefd|d2d2 d4|]\n")
    bars = serialise(arrange.simplify_rhythm(reel)).split("V:1\n")[1]
    assert bars.startswith("d2f2 A2f2|d2f2 A2F2|d2a2 g2f2|d2d2 d4|]")


def test_ornaments_add_grace_notes_and_leave_every_main_note_as_it_was(sample_tunes):
    made = 0
    for tune in sample_tunes:
        try:
            ornamented = arrange.ornament(tune)
        except TransformError:
            continue
        made += 1
        assert valid(ornamented)
        assert sounding(ornamented) == sounding(tune)  # graces take no time: the tune's rhythm and notes stay
        assert sum(isinstance(i, Grace) for b in ornamented.melody.bars for i in b.items) > \
            sum(isinstance(i, Grace) for b in tune.melody.bars for i in b.items)
    assert made >= len(sample_tunes) * 3 // 4


def test_a_jig_gets_cuts_on_repeated_notes_and_the_last_note_stays_plain():
    tune = arrange.ornament(parse(JIG), "jig")
    body = serialise(tune).split("V:1\n")[1]
    assert "{e}d" in body  # B2d d2B: the repeated d is cut from above
    assert body.rstrip().endswith("G3 G2:|")


def test_no_grace_goes_between_a_tie_and_its_note():
    tune = parse("X:1\nT:T\nM:3/4\nL:1/8\nK:G\nV:1\nB2 A2 G2|F6-|F2 z2 c2|B6|]\n")
    body = serialise(arrange.ornament(tune, "waltz")).split("V:1\n")[1]
    assert "-|F2" in body and valid(arrange.ornament(tune, "waltz"))


def test_repeating_the_first_part_writes_repeat_signs_and_keeps_the_notes():
    tune = parse("X:1\nT:T\nM:6/8\nL:1/8\nK:G\nV:1\nD|G2B AGA|B2d d2B|c2e dcB|A3 A2D||"
                 "G2B AGA|B2d g2e|dBG AFD|G3 G2|]\n")
    repeated = arrange.repeat_section(tune, 1)
    assert valid(repeated)
    assert repeated.melody.bars[0].end == "|:" and repeated.melody.bars[4].end == ":|"  # D|:G2B ...|A3 A2D:|
    assert sounding(tune) == sounding(repeated)
    assert "repeat signs" in " ".join(changes(tune, repeated))
    with pytest.raises(TransformError, match="already repeated"):
        arrange.repeat_section(parse(JIG), 1)


@pytest.mark.parametrize("style, first_bar", [
    ("waltz", "D,2 [F,A,]2 [F,A,]2"),  # oom-pah-pah
    (None, "D,2 [F,A,]2 [F,A,]2"),  # 3/4 is accompanied as a waltz
])
def test_a_waltz_is_accompanied_oom_pah_pah_with_chords_the_bass_agrees_with(style, first_bar):
    tune = arrange.accompany(parse(WALTZ), style)
    assert valid(tune)
    text = serialise(tune)
    assert text.split("V:2")[1].split("\n")[2].startswith("|:z2|" + first_bar)
    assert '"D"d4' in text and '"A"e4' in text  # the chords over the melody are the bass's


def test_a_jig_bass_moves_in_dotted_quarters_and_a_walking_bass_in_steps():
    jig = arrange.accompany(parse(JIG), "jig", "bass", chords=False, name="Bass")
    assert valid(jig) and not has_chords(jig)  # a bass alone adds no chord symbols
    bass = [e for t in time_bars(jig, jig.voices[1]) for e in t.events if e.pitches]
    assert {e.length for e in bass[:-1]} == {3}
    reel = parse("X:1\nT:R\nM:4/4\nL:1/8\nK:D\nV:1\nd2fd AdfA|g2bg fgaf|e2ge cdec|d2f2 d4|]\n")
    walking = arrange.accompany(reel, "walking")
    steps = [e for t in time_bars(walking, walking.voices[1]) for e in t.events]
    assert valid(walking) and {e.length for e in steps} == {2}


def test_a_chorale_bass_moves_with_the_harmony_every_beat():
    hymn = parse("X:1\nT:H\nM:4/4\nL:1/8\nK:G\nV:1\nG2 A2 B2 G2|c2 B2 A2 G2|d2 c2 B2 A2|G8|]\n")
    tune = arrange.accompany(hymn, "chorale")
    assert valid(tune)
    bass = [e for t in time_bars(tune, tune.voices[1]) for e in t.events]
    assert [e.length for e in bass] == [2] * 12 + [8]  # a note a beat, the last chord held


@pytest.mark.parametrize("text, semitones, key", [
    ("transpose it up a fourth", 5, "C major"), ("down a minor third", -3, "E major"),
    ("up a perfect fifth", 7, "D major"), ("drop it an octave", -12, "G major"),
    ("two semitones higher", 2, "A major"), ("up a major sixth", 9, "E major"),
])
def test_a_named_interval_moves_every_note_exactly_that_far(text, semitones, key):
    steps, size = interval_in(text)
    assert size == semitones
    tune = parse(JIG)
    moved = transform.transpose_exactly(tune, size, steps)
    assert valid(moved) and f"{moved.key.tonic} {moved.key.mode}" == key
    assert [p for _, _, p in sounding(moved)] == [tuple(m + semitones for m in p) for _, _, p in sounding(tune)]


def test_an_interval_into_a_key_of_ten_sharps_is_spelled_as_its_enharmonic():
    tune = parse(JIG.replace("K:G", "K:F#").replace("G", "F").replace("A", "G"))  # any tune in F# major
    moved = transform.transpose_exactly(tune, 4, 2)  # a major third up: A# major, written Bb major
    assert moved.key.tonic == "Bb" and valid(moved)


def test_sadder_is_minor_slower_and_lower_and_happier_the_opposite():
    tune = parse(JIG)
    sad, happy = with_mood(tune, "sadder"), with_mood(with_mood(tune, "sadder"), "happier")
    assert sad.key.mode == "minor" and sad.tempo < tune.tempo and valid(sad)
    mean = lambda t: sum(p for _, _, ps in sounding(t) for p in ps) / len(sounding(t))  # noqa: E731
    assert mean(sad) < mean(tune) - 6
    assert happy.key.mode == "major" and happy.tempo > sad.tempo and mean(happy) > mean(sad) + 6
    said = " ".join(changes(tune, sad))
    assert "G minor" in said and "lower" in said


def test_a_diatonic_third_above_d_in_d_major_is_f_sharp():
    from music.pitch import parse_key
    assert arrange.diatonic_step(Pitch(1, 4, 0), 2, parse_key("D")) == Pitch(3, 4, 1)
    assert arrange.diatonic_step(Pitch(1, 4, 0), -5, parse_key("D")) == Pitch(3, 3, 1)  # a sixth below


def test_no_grace_goes_inside_a_tuplet_or_beside_another_grace():
    tune = parse("X:1\nT:T\nM:4/4\nL:1/8\nK:G\nV:1\nB2{a}(3gfg a2(3gfg|B2(3gfg g4|G8|]\n")
    body = serialise(arrange.ornament(tune, "reel")).split("V:1\n")[1]
    assert "(3{" not in body and "}{" not in body and valid(arrange.ornament(tune, "reel"))
