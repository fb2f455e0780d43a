"""Patches: a revision written as only what changes, merged into the piece it revises."""
from dataclasses import replace

import pytest

from music import harmony, transform
from music.abc import AbcError, Scanner, parse, serialise
from music.patch import is_patch, merge, patch_of
from tests.conftest import JIG


def arrangements(tune):
    """Revisions a patch can carry: the music of the melody, the key and the length stay."""
    return {"tempo": transform.set_tempo(tune, 150), "bass": harmony.add_bass(tune),
            "chords": harmony.harmonise(tune), "flute": transform.set_instrument(tune, 73),
            "bass and tempo": transform.set_tempo(harmony.add_bass(tune), 90)}


def written_by_the_model(patch: str, base, require=None) -> Scanner:
    """The constraint's scanner after the patch is written a character at a time."""
    scanner = Scanner(build=False, base=base, require=require)
    for c in patch:
        scanner.feed(c).settle()
    return scanner


def test_a_patch_merged_into_its_piece_gives_the_revision_exactly(sample_tunes):
    for tune in [parse(JIG), *sample_tunes]:
        for name, after in arrangements(tune).items():
            patch = patch_of(serialise(tune), serialise(after))
            assert patch is not None and is_patch(patch), name
            assert len(patch) < len(serialise(after))
            assert serialise(parse(merge(serialise(tune), patch))) == serialise(after), name
            assert written_by_the_model(patch, tune).can_end(), name


def test_the_patches_hold_only_what_changed():
    jig = parse(JIG)
    p = {name: patch_of(serialise(jig), serialise(after)) for name, after in arrangements(jig).items()}
    assert p["tempo"] == "Q:1/4=150\n"
    assert p["flute"] == 'V:1 nm="Flute"\n%%MIDI program 73\n'
    assert p["bass"].startswith('V:2 nm="Bass" clef=bass\n%%MIDI program 32\n') and "V:1" not in p["bass"]
    assert p["bass and tempo"].startswith("Q:1/4=90\nV:2")


def test_a_change_of_key_meter_or_length_is_a_whole_piece():
    jig = parse(JIG)
    whole = lambda after: patch_of(serialise(jig), serialise(after)) is None
    assert whole(transform.transpose(jig, 2)) and whole(transform.change_mode(jig, "minor"))
    assert whole(jig.with_voices([replace(jig.voices[0], bars=jig.voices[0].bars[:-2])]))
    assert whole(jig)


def test_the_constraint_reads_a_whole_piece_or_a_patch():
    jig = parse(JIG)
    assert written_by_the_model(JIG, jig).can_end()  # a whole piece still reads
    for bad in ("K:A\n",  # the key changes the notes: a whole piece
                "Q:1/4=150\nT:Late\n",  # T: comes before Q:
                "V:3\n",  # voices are numbered in turn
                "V:2\nG2B AGA|\n",  # bar 1 of the piece is a one-eighth pickup
                "M:3/4\n"):
        with pytest.raises(AbcError):
            Scanner(build=False, base=jig).feed(bad).settle().finish()
    bass = patch_of(serialise(jig), serialise(harmony.add_bass(jig)))
    with pytest.raises(AbcError):  # a voice shorter than the piece
        Scanner(build=False, base=jig).feed(bass[:bass.rindex("|", 0, -3) + 1] + "\n").finish()
    assert not Scanner(build=False, base=jig).can_end()  # an empty patch changes nothing


def test_a_header_value_asked_for_must_be_in_the_patch():
    jig = parse(JIG)
    bass = patch_of(serialise(jig), serialise(harmony.add_bass(jig)))
    assert not written_by_the_model(bass, jig, require={"Q": {"1/4=150"}}).can_end()
    assert written_by_the_model("Q:1/4=150\n" + bass, jig, require={"Q": {"1/4=150"}}).can_end()
    with pytest.raises(AbcError):
        written_by_the_model("Q:1/4=140\n", jig, require={"Q": {"1/4=150"}})
    with pytest.raises(AbcError):  # a key asked for: only a whole piece can give it
        written_by_the_model("Q:1/4=150\n", jig, require={"K": {"A"}})
    kept = {"T": {"The Test Jig"}, "M": {"6/8"}, "K": {"G"}}  # what the piece has already: a patch keeps it
    assert written_by_the_model(bass, jig, require=kept).can_end()
    assert written_by_the_model("Q:1/4=150\n" + bass, jig, require=kept | {"Q": {"1/4=150"}}).can_end()


def test_merge_refuses_what_a_patch_may_not_do():
    with pytest.raises(ValueError):
        merge(JIG, "K:A\n")
    with pytest.raises(ValueError):
        merge(JIG, "V:3\nz|z6|\n")
    with pytest.raises(AbcError):  # a new voice with no music
        parse(merge(JIG, "V:2\n%%MIDI program 32\n"))
