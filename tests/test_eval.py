"""The evaluation's measures, on hand-made cases whose right answers are known."""
import pytest

from bench import metrics as M
from bench.eval import compose_expectations, edit_expectations, judge, random_tune
from music import harmony, transform
from music.abc import serialise
from music.normalize import normalize
from music.validate import validate

SCALE = "X:1\nT:Scale\nM:4/4\nL:1/8\nK:C\nCDEF GABc|cBAG FEDC|]\n"  # 16 eighths, tonic to tonic
SAME = "X:1\nT:Same\nM:4/4\nL:1/8\nK:D\nDDDD DDDD|DDDD DDDD|DDDD DDDD|DDDD DDDD|]\n"
CHROMATIC = "X:1\nT:Chromatic\nM:4/4\nL:1/4\nK:C\nC^CD^D|EF^FG|^GA^AB|]\n"


def test_pitch_classes_and_intervals_of_a_scale():
    tune = normalize(SCALE)
    assert M.pitch_classes(tune) == [0, 2, 4, 5, 7, 9, 11, 0, 0, 11, 9, 7, 5, 4, 2, 0]
    assert M.intervals(tune)[:7] == [2, 2, 1, 2, 2, 2, 1] and M.intervals(tune)[7] == 0
    assert M.pitch_range(tune) == 12
    assert M.notes_per_bar(tune) == [8, 8]
    assert set(M.durations(tune)) == {0.5}


def test_pitch_classes_are_relative_to_the_tonic():
    assert set(M.pitch_classes(normalize(SAME))) == {0}  # D in D major is the tonic


def test_repeated_bars_and_distinct_bars():
    same, scale = normalize(SAME), normalize(SCALE)
    assert M.repeated_bars(same) == 0.75 and M.repeated_bars(scale) == 0.0
    assert M.distinct([same], 1) == 0.25
    assert M.distinct([scale, scale], 1) == 0.5  # the same two bars twice
    assert M.distinct([scale], 2) == 1.0


def test_tonal_stability_is_high_for_a_scale_and_low_for_chromatic_notes():
    assert M.key_correlation(normalize(SCALE)) > 0.7
    assert M.key_correlation(normalize(CHROMATIC)) < 0.2


def test_distance_between_histograms():
    p = {1: 0.5, 2: 0.5}
    assert M.distance(p, p) == 0.0
    assert M.distance(p, {3: 1.0}) == 1.0
    assert M.distance(p, {1: 1.0}) == pytest.approx(0.5)


def test_closeness_of_a_set_to_itself_is_zero_and_to_random_tunes_is_not():
    import random
    tunes = [normalize(SCALE), normalize(SAME)]
    assert M.closeness(tunes, tunes)["average"] == 0.0
    rng = random.Random(0)
    randoms = [random_tune(rng) for _ in range(10)]
    assert all(validate(t).ok for t in randoms)
    assert M.closeness(randoms, tunes)["average"] > 0.2


def test_spread_and_entropy_of_choices():
    assert M.spread(["D"] * 10) == 0.0
    assert M.spread(["D", "G"] * 5) == pytest.approx(1.0)
    assert M.entropy_bits(["D", "G", "A", "E"]) == pytest.approx(2.0)


def test_longest_run_of_bars_shared_with_the_index():
    scale, same = normalize(SCALE), normalize(SAME)
    index = M.BarIndex([scale])
    assert index.longest_shared(scale) == 2
    assert index.longest_shared(same) == 0
    mixed = normalize("X:1\nT:Mixed\nM:4/4\nL:1/8\nK:C\nDDDD DDDD|CDEF GABc|cBAG FEDC|DDDD DDDD|]\n")
    assert index.longest_shared(mixed) == 2


def test_compose_expectations_name_what_the_request_names():
    expect = compose_expectations("write a lively jig in D for fiddle, 16 bars")
    assert expect["tonic"] == "D" and expect["bars"] == 16 and expect["program"] == 40
    assert expect["rhythm"] == "jig" and expect["piece"] is True


def test_edit_checks_catch_a_melody_that_changed():
    before = transform.set_tempo(normalize(SCALE), 100)
    faster = transform.set_tempo(before, 160)
    expect = edit_expectations("edit:tempo", before, faster)
    assert expect["tempo"] == "up" and "melody" in expect["kept"]
    as_reply = lambda t: {"abc": serialise(t), "version": 2, "text": ""}
    previous = {"abc": serialise(before), "version": 1, "text": ""}
    assert all(ok for _, ok in judge(expect, as_reply(faster), previous))
    changed = transform.set_tempo(transform.transpose(before, semitones=2), 160)
    failed = [name for name, ok in judge(expect, as_reply(changed), previous) if not ok]
    assert "kept melody" in failed and "kept key" in failed


def test_edit_checks_of_a_bass_line():
    before = normalize(SCALE)
    bass = harmony.add_bass(before, "roots")
    expect = edit_expectations("edit:bass", before, bass)
    reply = {"abc": serialise(bass), "version": 2, "text": ""}
    previous = {"abc": serialise(before), "version": 1, "text": ""}
    results = dict(judge(expect, reply, previous))
    assert results["voices"] and results["bass_below"] and results["kept melody"]
    assert "kept voices" not in results


def test_a_models_figures_are_measured_once_per_model_and_size(tmp_path):
    from bench.eval import QUICK, Size, cached
    from model import checkpoint
    calls = []
    work = lambda: calls.append(1) or ({"control_all": 0.5}, [normalize(SCALE)])
    first = cached(tmp_path, None, QUICK, work)  # the shipped model
    again = cached(tmp_path, str(checkpoint.SHIPPED), QUICK, work)  # the same weights, named by their folder
    assert calls == [1] and first == again and serialise(again[1][0]) == serialise(normalize(SCALE))
    cached(tmp_path, None, Size(), work)  # another size is measured anew
    other = tmp_path / "other"
    other.mkdir()
    (other / "model.safetensors").write_bytes(b"other weights")
    cached(tmp_path, str(other), QUICK, work)  # and so are other weights
    assert calls == [1, 1, 1]
