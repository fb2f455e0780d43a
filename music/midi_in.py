"""A MIDI file (type 0 or 1) as a piece: quantised to sixteenths and eighth-note triplets by
music21, reduced to a melody (the highest part, chords to their top note) and a bass where
there is one (the lowest part, chords to their bottom note), then read as MusicXML like any
other score. Run in a capped child (`music.safe.read_midi`): a hostile file costs a child."""
from __future__ import annotations

from dataclasses import dataclass, replace

from .limits import InputError, check_user_abc

MAX_MIDI_BYTES = 256_000  # a long multi-track song is a few tens of KB
BASS_BELOW = 55  # a part whose notes average below G3 is taken as a bass


@dataclass(frozen=True)
class Imported:
    abc: str
    report: str  # what was simplified, in plain words


def read_midi(data: bytes) -> Imported:
    import music21
    from music21.musicxml.m21ToXml import GeneralObjectExporter

    from .abc import serialise
    from .export import from_musicxml
    if len(data) > MAX_MIDI_BYTES:
        raise InputError(f"the MIDI file is {len(data):,} bytes; the limit is {MAX_MIDI_BYTES:,}")
    if not data.startswith(b"MThd"):
        raise InputError("the file is not a MIDI file")
    try:
        score = music21.converter.parse(data, format="midi", quantizePost=True, quarterLengthDivisors=(4, 3))
    except Exception as e:  # music21 raises many kinds on a broken file
        raise InputError(f"the MIDI file could not be read ({type(e).__name__})")
    parts = [p for p in score.parts if any(n.isNote or n.isChord for n in p.recurse().notes)]
    if not parts:
        raise InputError("the MIDI file holds no notes")
    tops = {id(p): [n.pitch.midi for n in notes_of(p, max)] for p in parts}
    mean = {key: sum(pitches) / len(pitches) for key, pitches in tops.items()}
    melody = max(parts, key=lambda p: mean[id(p)])
    lowest = min(parts, key=lambda p: mean[id(p)])
    bass = lowest if lowest is not melody and mean[id(lowest)] < BASS_BELOW else None
    chords = sum(len(p.recurse().getElementsByClass("Chord")) for p in (melody, bass) if p is not None)
    kept = music21.stream.Score()
    for part, pick in ((melody, max), (bass, min)):
        if part is not None:
            kept.insert(0, one_line(part, pick))
    kept.insert(0, music21.metadata.Metadata(title=title_of(score, melody)))
    if not kept.recurse().getElementsByClass("KeySignature"):  # a file that names no key: the one its notes imply
        with_key(kept, kept.analyze("key"))
    xml = GeneralObjectExporter(kept).parse()
    tune = replace(from_musicxml(xml, check_user_abc), composer=None)  # not "Music21"
    return Imported(serialise(tune), report(len(parts), bass is not None, chords))


def notes_of(part, pick) -> list:
    """The part's notes, a chord counted as its top (`max`) or bottom (`min`) note."""
    import music21
    return [n if n.isNote else music21.note.Note(pick(n.pitches)) for n in part.recurse().notes if n.isNote or n.isChord]


def one_line(part, pick):
    """The part with each chord made one note, its top or bottom one; its rhythm kept."""
    import music21
    for chord in list(part.recurse().getElementsByClass("Chord")):
        note = music21.note.Note(pick(chord.pitches), quarterLength=chord.quarterLength)
        chord.activeSite.replace(chord, note)
    return part


def with_key(score, key) -> None:
    """`key` written at the start of every part (in its first measure, where there is one)."""
    import music21
    for part in score.parts:
        measures = part.getElementsByClass("Measure")
        (measures[0] if measures else part).insert(0, music21.key.Key(key.tonic, key.mode))


def title_of(score, melody) -> str:
    """The file's own title, or its melody track's name; never the file's name."""
    for named in (score.metadata.title if score.metadata else None, melody.partName):
        if named and named.strip().lower() not in ("music21 fragment", "piano", "melody", "track 1"):
            return named.strip()
    return "Opened from MIDI"


def report(parts: int, bass: bool, chords: int) -> str:
    said = ["quantised to sixteenths and eighth-note triplets",
            "the highest part kept as the melody" + (" and the lowest as the bass" if bass else "")]
    if parts > 1 + bass:
        left = parts - 1 - bass
        said.append(f"{left} other part{'s' if left > 1 else ''} left out")
    if chords:
        said.append(f"{chords} chord{'s' if chords > 1 else ''} made single notes")
    return "From the MIDI file: " + "; ".join(said) + "."

