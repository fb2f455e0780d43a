"""A user's files in, a piece's files out, each in a child process with capped memory and time.

Parsers, the engraver and the synthesiser are large C and Python libraries; a file built to
exhaust one of them must cost a child process, never the app (see `sandbox`). Each export is
a call of its own, so one that fails leaves the others.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .limits import MAX_AUDIO_SECONDS, InputError, check_user_abc, check_user_tune
from .sandbox import ChildError, LimitError, call
from .tune import Tune

log = logging.getLogger(__name__)
MEMORY = 1 << 30  # bytes of address space for a child
SECONDS = 5.0     # for reading a file, or making one export
MIDI_SECONDS = 15.0  # music21 reads and quantises a MIDI file more slowly than ABC
AUDIO_SECONDS = 20.0  # a WAV of the longest piece allowed (2,000 quarter notes) takes longer
FORMATS = ("musicxml", "midi", "svg", "wav", "pdf")


def start():
    """Start a sandbox server now (it loads the music libraries: seconds), not during the
    first user's request."""
    capped(len, b"")


def capped(fn, *args, seconds: float = SECONDS, memory: int = MEMORY):
    """fn(*args) in a capped child process (see `sandbox`): its value; InputError for a refused
    input; LimitError when the child takes too long, runs out of memory or dies; ChildError
    for anything else."""
    ok, value = call(fn, *args, seconds=seconds, memory=memory)
    if ok:
        return value
    kind, message = value
    raise {"input": InputError, "limit": LimitError}.get(kind, ChildError)(message)


# ---------------------------------------------------------------------------- reading
def read_file(data: bytes) -> Tune:
    """The user's ABC (any dialect) or MusicXML (.musicxml, .xml, .mxl) as a checked canonical
    Tune. Raises InputError with a reason a person can act on."""
    from .abc import parse
    if not data.strip():
        raise InputError("the file is empty")
    try:
        return parse(capped(_read, bytes(data)))
    except LimitError as e:
        raise InputError(f"reading the file was stopped: {e}")
    except ChildError as e:
        log.error("reading a file failed: %s", e)
        raise InputError("the file could not be read")


def _read(data: bytes) -> str:
    from .abc import serialise
    from .export import from_musicxml
    from .normalize import normalize
    from .validate import validate
    if is_musicxml(data):
        tune = from_musicxml(data, check_user_abc)
    else:
        tune = normalize(check_user_abc(decode(data)))
    check_user_tune(tune)
    report = validate(tune)
    if not report.ok:
        raise InputError(str(report))
    return serialise(tune)


def is_midi(data: bytes) -> bool:
    return data[:4] == b"MThd"


def read_midi(data: bytes) -> tuple[Tune, str]:
    """A MIDI file as a checked canonical Tune (`music.midi_in`), and what was simplified."""
    from .abc import parse
    try:
        abc, said = capped(_read_midi, bytes(data), seconds=MIDI_SECONDS)
    except LimitError as e:
        raise InputError(f"reading the file was stopped: {e}")
    except ChildError as e:
        log.error("reading a MIDI file failed: %s", e)
        raise InputError("the MIDI file could not be read")
    return parse(abc), said


def _read_midi(data: bytes) -> tuple[str, str]:
    from .abc import parse
    from .midi_in import read_midi
    from .validate import validate
    imported = read_midi(data)
    tune = parse(imported.abc)
    check_user_tune(tune)
    report = validate(tune)
    if not report.ok:
        raise InputError(str(report))
    return imported.abc, imported.report


def check_file(data: bytes) -> tuple[bool, str, str]:
    """Every problem of a user's file: (no problems, the report, its canonical ABC or "")."""
    try:
        return capped(_check, bytes(data))
    except (InputError, LimitError, ChildError) as e:
        return False, f"file: {e}", ""


def _check(data: bytes) -> tuple[bool, str, str]:
    from .abc import serialise
    from .export import from_musicxml
    from .normalize import normalize
    from .validate import validate, validate_text
    if is_musicxml(data):
        tune = from_musicxml(data, check_user_abc)
        report = validate(tune)
    else:
        text = check_user_abc(decode(data))
        report = validate_text(text)
        tune = normalize(text) if report.ok else None
    return report.ok, str(report), serialise(tune) if report.ok else ""


def is_musicxml(data: bytes) -> bool:
    return data.lstrip()[:5] in (b"<?xml", b"<scor", b"<!DOC") or data[:2] == b"PK"


def decode(data: bytes) -> str:
    if b"\x00" in data:
        raise InputError("the file is binary, not ABC or MusicXML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# ---------------------------------------------------------------------------- exporting
@dataclass
class Exports:
    """What exporting a piece gave: bytes by format, and why any format failed."""
    files: dict[str, bytes] = field(default_factory=dict)
    svg: str | None = None
    failed: dict[str, str] = field(default_factory=dict)


def export(tune: Tune, formats=FORMATS) -> Exports:
    """The piece's MusicXML, printable PDF, MIDI, SVG score and WAV, each made in its own child."""
    from .abc import serialise
    abc, out = serialise(tune), Exports()
    try:
        check_user_tune(tune)
    except InputError as e:
        out.failed = {fmt: str(e) for fmt in formats}
        return out
    if "musicxml" in formats:
        attempt(out, "musicxml", lambda: capped(_musicxml, abc).encode())
    if "pdf" in formats:
        attempt(out, "pdf", lambda: capped(_pdf, abc))
    if {"midi", "svg", "wav"} & set(formats):
        engraved = attempt(out, "svg", lambda: capped(_engrave, abc))
        if engraved:
            out.svg, midi = engraved
            out.files["midi"] = midi
            if "wav" in formats:
                attempt(out, "wav", lambda: audio(tune, midi))
    return out


def attempt(out: Exports, fmt: str, make):
    """One export: its result, or None with the reason kept; never an exception."""
    try:
        value = make()
    except (InputError, LimitError, ChildError, OSError) as e:
        out.failed[fmt] = str(e)
        return None
    if fmt in ("musicxml", "wav", "pdf"):
        out.files[fmt] = value
    return value


def audio(tune: Tune, midi: bytes, tail: float | None = None) -> bytes:
    """The WAV, for a piece short enough to listen to."""
    from .analysis import duration_seconds
    seconds = duration_seconds(tune)
    if seconds > MAX_AUDIO_SECONDS:
        raise InputError(f"the piece plays for {seconds / 60:.0f} minutes; audio is made for up to "
                         f"{MAX_AUDIO_SECONDS // 60}")
    return capped(_wav, midi, tail, seconds=AUDIO_SECONDS)


def practice(tune: Tune, first: int, last: int, speed: float) -> bytes:
    """The WAV of bars first..last (`transform.passage`) at `speed` times the piece's tempo,
    for a player to loop. The passage goes to the child as a Tune, not as ABC: cut from a
    piece, it may open on the short last bar of a section, which no strict reader takes."""
    from .transform import passage, scale_tempo
    part = scale_tempo(passage(tune, first, last), speed)
    return audio(part, capped(_midi, part), tail=0.0)


def _midi(tune: Tune) -> bytes:
    from .export import to_midi
    return to_midi(tune)


def _musicxml(abc: str) -> str:
    from .abc import parse
    from .export import to_musicxml
    return to_musicxml(parse(abc))


def _pdf(abc: str) -> bytes:
    from .abc import parse
    from .export import to_pdf
    return to_pdf(parse(abc))


def _engrave(abc: str) -> tuple[str, bytes]:
    from .abc import parse
    from .export import render
    return render(parse(abc))


def _wav(midi: bytes, tail: float | None) -> bytes:
    from .audio import TAIL_SECONDS, midi_to_wav
    return midi_to_wav(midi, TAIL_SECONDS if tail is None else tail)
