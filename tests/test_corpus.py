"""Real tunes from every music21 collection go through the whole music layer."""
import shutil

import pytest

from music.abc import parse, serialise
from music.validate import abc2midi_errors, validate
from tests.conftest import COLLECTIONS, collection_tunes


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_collection_tunes_normalise_round_trip_and_validate(collection):
    tunes = collection_tunes(collection, 15)
    assert tunes, f"no tune of {collection} normalised"
    for tune in tunes:
        text = serialise(tune)
        assert parse(text) == tune
        assert serialise(parse(text)) == text
        assert validate(tune).ok, validate(tune)


@pytest.mark.skipif(not shutil.which("abc2midi"), reason="abc2midi (Debian abcmidi) not installed")
def test_abc2midi_finds_no_error_in_serialised_corpus_tunes(sample_tunes):
    for tune in sample_tunes:
        assert abc2midi_errors(serialise(tune)) == [], serialise(tune)


def test_normaliser_repairs_the_known_quirks():
    from music.normalize import normalize
    messy = '''X: 7
T: Quirky -- REEL
M: C|
L: 1/16
Z: "someone@example.org"
K: D Mixolydian
"4"({g}vf3.e)(d3.A) (B3.A)(Bd3) | "^SEGUE"~f4 T{a}d4 H!fermata!e4 x4 |=20
% a comment
A4B4 c4d4 |\\
e16 |]
'''
    tune = normalize(messy)
    text = serialise(tune)
    assert "K:Dmix" in text and "M:2/2" in text
    assert '"4"' not in text and "SEGUE" not in text and "T" not in text.split("K:")[1]
    assert "z2" in text  # the invisible rest is kept as a rest
    assert validate(tune).ok


def test_essen_phrase_lines_without_bar_lines():
    from music.normalize import normalize
    tune = normalize("X:1\nT:Lied\nM:3/4\nL:1/4\nK:G\nG | B2 d\nd2 B | A3\nG3 |]\n")
    assert len(tune.melody.bars) == 5
    assert validate(tune).ok


def test_phrase_split_bar_becomes_a_section_end():
    """A hymn phrase ending on beat 3 and the next phrase's pickup share one bar between them."""
    from music.normalize import normalize
    tune = normalize("X:1\nT:Choral\nM:4/4\nL:1/4\nK:F\nF | c A F c | d d c | A | F G A B | c4 |]\n")
    assert validate(tune).ok
    assert tune.melody.bars[2].end == "||"


def test_a_short_bar_that_nothing_completes_is_still_rejected():
    from music.normalize import NormalizeError, normalize
    with pytest.raises(NormalizeError):
        normalize("X:1\nT:Bad\nM:4/4\nL:1/4\nK:F\nc A F c | d d | F G A B | c4 |]\n")
