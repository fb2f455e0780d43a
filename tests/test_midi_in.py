"""MIDI in: a file quantised, reduced to a melody and a bass, read as version 1, with a plain
report of what was simplified; a broken or oversized file refused in words."""
from __future__ import annotations

import io

import mido
import pytest

from music import arrange, export, safe
from music.analysis import analyse
from music.limits import InputError
from music.validate import validate


def type0_with_chords() -> bytes:
    """One track: a C major melody in quarter notes with a chord under every other note, slightly
    off the grid, as a keyboard player records it."""
    track = mido.MidiTrack([mido.MetaMessage("track_name", name="Morning Song"),
                            mido.MetaMessage("time_signature", numerator=4, denominator=4)])
    tpq = 480
    for i, pitch in enumerate([72, 74, 76, 77, 79, 77, 76, 74] * 2 + [72]):
        under = [60, 64, 67] if i % 2 == 0 else []
        for n, p in enumerate([pitch] + under):
            track.append(mido.Message("note_on", note=p, velocity=80, time=7 if n == 0 and i else 0))
        for n, p in enumerate([pitch] + under):
            track.append(mido.Message("note_off", note=p, velocity=0, time=tpq - 7 if n == 0 else 0))
    out = io.BytesIO()
    mido.MidiFile(type=0, ticks_per_beat=tpq, tracks=[track]).save(file=out)
    return out.getvalue()


def test_a_two_part_midi_becomes_a_melody_over_its_bass(sample_tunes):
    duet = arrange.accompany(sample_tunes[0], "waltz", "bass", chords=False, name="Bass")
    tune, said = safe.read_midi(export.to_midi(duet))
    assert validate(tune).ok and len(tune.voices) == 2 and tune.meter == duet.meter
    assert analyse(tune).bars >= analyse(duet).bars - 1
    assert "melody" in said and "bass" in said and "quantised" in said


def test_a_type0_recording_with_chords_is_reduced_to_its_tune():
    tune, said = safe.read_midi(type0_with_chords())
    assert validate(tune).ok and len(tune.voices) == 1 and tune.title == "Morning Song"
    assert "made single notes" in said
    assert min(p.midi for p in analyse_pitches(tune)) >= 72  # the top notes kept, the chords gone


def analyse_pitches(tune):
    from music.tune import sounding_pitches
    return sounding_pitches(tune, tune.melody)


@pytest.mark.parametrize("data, words", [(b"MThd" + b"\x00" * 40, "could not be read"),
                                         (b"MThd" + b"\x00" * 300_000, "limit")])
def test_a_broken_or_huge_midi_file_is_refused_in_words(data, words):
    with pytest.raises(InputError, match=words):
        safe.read_midi(data)


def test_a_session_opens_a_midi_file_as_version_one(composer):
    session = composer.session(seed=0)
    reply = session.upload(type0_with_chords(), "recording.mid")
    assert reply.version == 1 and reply.error is None and "From the MIDI file" in reply.text
    assert "recording" not in reply.text  # told by its content
