import io
import json
import os
import shutil
import subprocess
import wave

import mido
import numpy as np
import pytest

from music import export, harmony, transform
from music.abc import serialise
from music.limits import InputError


@pytest.fixture
def duet(kesh):
    return harmony.add_bass(transform.set_instrument(harmony.harmonise(kesh), "flute"), "walking")


def test_musicxml_reads_back_in_music21(duet):
    import music21
    score = music21.converter.parseData(export.to_musicxml(duet), format="musicxml")
    assert len(score.parts) == 2
    melody_notes = [n for n in score.parts[0].recurse().notes if not isinstance(n, music21.harmony.ChordSymbol)]
    assert len(melody_notes) == sum(1 for b in duet.melody.bars for i in b.items if type(i).__name__ == "Note")
    assert score.parts[0].partName == "Flute"


def test_midi_has_every_voice_program_tempo_and_repeats(duet):
    midi = mido.MidiFile(file=io.BytesIO(export.to_midi(transform.set_tempo(duet, 150))))
    programs = {m.program for t in midi.tracks for m in t if m.type == "program_change"}
    assert {73, 32} <= programs
    tempos = [m.tempo for t in midi.tracks for m in t if m.type == "set_tempo"]
    assert tempos and abs(mido.tempo2bpm(tempos[0]) - 150) < 1
    notes = sum(1 for t in midi.tracks for m in t if m.type == "note_on" and m.velocity > 0)
    written = sum(len(i.heads) for v in duet.voices for b in v.bars for i in b.items
                  if type(i).__name__ == "Note" and not i.tie)
    assert notes >= 2 * written * 0.9  # both sections repeat


def test_svg_engraves_noteheads_for_both_voices(duet):
    svg = export.to_svg(duet)
    assert svg.lstrip().startswith("<svg") or "<svg" in svg[:200]
    assert svg.count('class="note"') >= 60
    assert "viewBox" in svg


def samples_of(wav: bytes) -> np.ndarray:
    w = wave.open(io.BytesIO(wav))
    return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float), w.getframerate()


@pytest.mark.parametrize("soundfont", ["system", "builtin"])
def test_wav_is_audible_and_not_clipped(duet, monkeypatch, soundfont):
    if soundfont == "builtin":
        monkeypatch.setenv("TUNESMITH_SOUNDFONT", "/no/such/soundfont.sf2")
    else:
        from music.audio import find_soundfont
        if not find_soundfont():
            pytest.skip("no General MIDI SoundFont installed")
    samples, rate = samples_of(export.to_wav(duet))
    assert len(samples) / rate > 10
    assert np.sqrt(np.mean(samples ** 2)) > 500  # clearly audible
    assert np.max(np.abs(samples)) < 32767  # never clipped


def test_musicxml_import_round_trip(duet):
    back = export.from_musicxml(export.to_musicxml(duet).encode())
    assert serialise(back) == serialise(duet)


def test_hostile_xml_is_refused():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<score-partwise>&lol2;</score-partwise>"""
    with pytest.raises(InputError, match="refused"):
        export.from_musicxml(bomb)
    external = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><score-partwise>&e;</score-partwise>"""
    with pytest.raises(InputError):
        export.from_musicxml(external)
    with pytest.raises(InputError, match="not well-formed"):
        export.from_musicxml(b"<score-partwise><part>")
    with pytest.raises(InputError, match="not a MusicXML"):
        export.from_musicxml(b"<html></html>")
    with pytest.raises(InputError):
        export.from_musicxml(b"PK\x03\x04 broken zip")


def test_svg_is_safe_in_worker_threads(duet):
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(2) as pool:
        svgs = list(pool.map(export.to_svg, [duet, duet, duet]))
    assert all(s.count('class="note"') >= 60 for s in svgs)


def clefs_of(xml: str) -> list[list[str]]:
    """The clef signs of each part of a MusicXML score, in order."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(xml.encode())
    return [[c.findtext("sign") for c in part.iter("clef")] for part in root.iter("part")]


def test_every_part_of_every_musicxml_export_has_its_clef(sample_tunes):
    from tests.conftest import collection_tunes
    tunes = sample_tunes + collection_tunes("oneills1850", 40, seed=1) + collection_tunes("essenFolksong", 40, seed=1)
    assert len(tunes) >= 100
    for tune in tunes[:100]:
        parts = clefs_of(export.to_musicxml(tune))
        assert parts and all(signs for signs in parts), tune.title
    signs = [clefs_of(export.to_musicxml(t)) for t in two_voice_pieces(tunes[8])]
    assert signs[0][0][0] == "G" and signs[0][1][0] == "F"  # a melody over its bass
    assert all(parts and all(s for s in parts) for parts in signs)
    assert signs[2][1][0] == "C"  # the viola reads the alto clef
    assert signs[3][0][0] in ("F", "C")  # a cello melody: bass or tenor clef


def two_voice_pieces(jig) -> list:
    """A melody over its bass, in thirds, for viola beside it, and for the cello alone."""
    from music import arrange
    from music.instruments import find_instrument
    return [arrange.accompany(jig, "jig", "bass", chords=False, name="Bass"),
            arrange.harmony_line(jig, "third", True, None),
            transform.set_instrument(arrange.harmony_line(jig, "sixth", True, None), find_instrument("viola")[0], 1),
            transform.set_instrument(jig, find_instrument("cello")[0])]


@pytest.mark.skipif(shutil.which("mscore3") is None, reason="MuseScore 3 is not installed (Debian: musescore3)")
def test_musescore_opens_and_renders_every_musicxml_export(sample_tunes, tmp_path):
    """An independent notation program reads what we write: each export becomes a PDF of one
    page or more, and MuseScore reports no error on any file."""
    from pypdf import PdfReader
    tunes = sample_tunes[:24] + two_voice_pieces(sample_tunes[8])
    jobs = []
    for i, tune in enumerate(tunes):
        (tmp_path / f"{i}.musicxml").write_text(export.to_musicxml(tune))
        jobs.append({"in": f"{i}.musicxml", "out": f"{i}.pdf"})
    (tmp_path / "jobs.json").write_text(json.dumps(jobs))
    run = subprocess.run(["mscore3", "-j", "jobs.json"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env=os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)})
    said = run.stdout + run.stderr
    assert run.returncode == 0 and "Error" not in said, said[-2000:]
    for i, tune in enumerate(tunes):
        assert len(PdfReader(tmp_path / f"{i}.pdf").pages) >= 1, tune.title


def test_the_engraved_score_draws_a_clef_on_every_staff(sample_tunes):
    from music import arrange
    for tune in sample_tunes[:6] + [arrange.accompany(sample_tunes[0], "waltz", "bass", chords=False, name="Bass")]:
        svg = export.to_svg(tune)
        systems = svg.count('class="system"')
        assert systems and svg.count('class="clef"') == systems * len(tune.voices), tune.title


def test_chord_symbols_sound_in_the_midi(sample_tunes):
    plain = sample_tunes[0]
    chorded = harmony.harmonise(plain)
    def notes(tune):
        midi = mido.MidiFile(file=io.BytesIO(export.to_midi(tune)))
        return sum(m.type == "note_on" and m.velocity > 0 for track in midi.tracks for m in track)
    assert notes(chorded) >= notes(plain) + 2 * len(plain.melody.bars)  # a chord of 3 notes a bar, at least
    svg, midi = export.render(chorded)
    assert midi == export.to_midi(chorded) and svg.count('class="staff"') == export.to_svg(plain).count('class="staff"')


def test_the_score_prints_as_a_pdf_of_a4_pages(sample_tunes, tmp_path):
    import subprocess
    import sys

    from pypdf import PdfReader

    from music import arrange
    duet = arrange.accompany(sample_tunes[1],
                                  "waltz", "bass", chords=False, name="Bass")
    pdf = PdfReader(io.BytesIO(export.to_pdf(duet)))
    assert len(pdf.pages) >= 1
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert abs(height / width - 297 / 210) < 0.02  # A4
    path = tmp_path / "tune.abc"
    path.write_text(serialise(sample_tunes[0]))
    out = tmp_path / "tune.pdf"
    subprocess.run([sys.executable, "-m", "tunesmith", "abc", "export", str(path), "--to", "pdf", "-o", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes().startswith(b"%PDF") and len(PdfReader(str(out)).pages) >= 1


def test_a_practice_loop_lasts_exactly_its_bars_at_the_speed_asked(kesh):
    """No ringing tail: played on a loop, each time round comes in on the beat."""
    from music import safe
    at_90 = transform.set_tempo(kesh, 90)
    for first, last, speed in [(1, 4, 1.0), (7, 10, 0.5), (16, 16, 0.75)]:
        seconds = (last - first + 1) * 3 * 60 / transform.scale_tempo(at_90, speed).tempo  # 6/8: 3 quarters a bar
        with wave.open(io.BytesIO(safe.practice(at_90, first, last, speed))) as w:
            assert abs(w.getnframes() / w.getframerate() - seconds) < 0.02, (first, last, speed)


def test_the_pdf_prints_the_sharps_and_flats_of_chord_symbols():
    """cairo cannot read the music font verovio draws them in (it printed empty boxes)."""
    from pypdf import PdfReader
    from music.normalize import normalize
    tune = normalize('X:1\nT:Chords\nM:4/4\nL:1/8\nK:D\n"D"d2 f2 "F#m"a2 f2|"Bb"B4 "C#7"c4|]\n')
    text = PdfReader(io.BytesIO(export.to_pdf(tune))).pages[0].extract_text()
    assert all(symbol in text for symbol in ("F#m", "Bb", "C#7")), text
