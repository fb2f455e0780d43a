"""Size and sanity limits, checked before any parser sees user text.

Two sets. `check_text` bounds any ABC the library reads, the corpus's long tunes included.
`check_user_abc` is for what a user sends (an upload, a paste, a file on the command line):
a piece of a size a person writes by hand, refused on a cheap scan of its text before the
parser, the engraver or the synthesiser spend anything on it. `check_user_tune` bounds the
parsed piece's played length, which the scan cannot see (repeats), before it is exported.
"""
from __future__ import annotations

import re

from .analysis import played_quarters

MAX_ABC_CHARS = 100_000      # a long tune is a few thousand characters
MAX_XML_BYTES = 5_000_000    # MusicXML of a large score
MAX_BARS = 1_000
MAX_VOICES = 8

USER_ABC_BYTES = 16 * 1024   # a user's piece: a long hand-written tune is a few KB
USER_BARS = 300              # in any one voice
MAX_METER_NUMERATOR = 32
MAX_DENOMINATOR = 64         # of L: and M:, a power of two
MAX_NUMBER = 64              # any number in the music: note multipliers, rest bars, endings
MAX_TUPLET = 9
MAX_CHORD = 8                # notes in one [chord]
MAX_QUARTERS = 2_000         # played length, repeats included; the cap before audio too
MAX_AUDIO_SECONDS = 20 * 60  # of a WAV: 2,000 quarter notes at a slow tempo would play for over an hour


class InputError(ValueError):
    """Input refused before parsing: too large, empty or not text."""


def check_text(text: str, limit: int = MAX_ABC_CHARS, what: str = "ABC") -> str:
    if not isinstance(text, str):
        raise InputError(f"{what} must be text")
    if not text.strip():
        raise InputError(f"the {what} is empty")
    if len(text) > limit:
        raise InputError(f"the {what} is {len(text):,} characters; the limit is {limit:,}")
    return text


FIELD_LINE = re.compile(r"^([A-Za-z]):(.*)$")
INLINE_FIELD = re.compile(r"\[([A-Za-z]):([^\]]*)\]")
NOT_MUSIC = re.compile(r'"[^"]*"|![^!\n]*!|\+[^+\n]*\+|%.*')  # chord symbols and text, decorations, comments
BAR_LINE = re.compile(r"[:|\]\[]*\|[:|\]]*|::")
CHORD = re.compile(r"\[([^\]:|]*)\]")
NOTE = re.compile(r"[_=^]*[A-Ga-g][,']*")


def check_user_abc(text: str) -> str:
    """The user's ABC, or InputError naming the first limit it breaks."""
    check_text(text)
    if len(text.encode("utf-8")) > USER_ABC_BYTES:
        raise InputError(f"the ABC is {len(text.encode('utf-8')):,} bytes; a piece may be at most "
                         f"{USER_ABC_BYTES // 1024} KB")
    tunes = len(re.findall(r"^X:", text, re.M))
    if tunes > 1:
        raise InputError(f"the file holds {tunes} tunes; open one tune at a time")
    bars: dict[str, int] = {}
    voice = "1"
    for line in text.splitlines():
        field = FIELD_LINE.match(line.strip())
        if field:
            check_field(*field.groups())
            if field.group(1) == "V":
                voice = field.group(2).split()[0] if field.group(2).split() else "1"
            continue
        for name, value in INLINE_FIELD.findall(line):
            check_field(name, value)
            if name == "V" and value.split():
                voice = value.split()[0]
        music = NOT_MUSIC.sub(" ", INLINE_FIELD.sub(" ", line))
        check_music(music)
        bars[voice] = bars.get(voice, 0) + len(BAR_LINE.findall(music))
        if bars[voice] > USER_BARS:
            raise InputError(f"voice {voice} has more than {USER_BARS} bars; the limit is {USER_BARS}")
    return text


def check_field(name: str, value: str):
    value = value.split("%")[0].strip()
    if name == "M" and value not in ("", "C", "C|", "none"):
        meter = re.fullmatch(r"\(?([\d+ ]+)\)?\s*/\s*(\d+)", value)
        if not meter:
            raise InputError(f"M:{value} is not a meter")
        numerator = sum(int(n) for n in re.findall(r"\d+", meter.group(1)))
        if numerator > MAX_METER_NUMERATOR:
            raise InputError(f"M:{value} has {numerator} beats in a bar; the limit is {MAX_METER_NUMERATOR}")
        check_denominator(f"M:{value}", meter.group(2))
    elif name == "L":
        length = re.fullmatch(r"(\d+)\s*/\s*(\d+)", value)
        if not length or int(length.group(1)) > MAX_NUMBER:
            raise InputError(f"L:{value} is not a unit note length such as 1/8")
        check_denominator(f"L:{value}", length.group(2))


def check_denominator(what: str, digits: str):
    d = int(digits) if len(digits) < 4 else MAX_DENOMINATOR * 2
    if d < 1 or d > MAX_DENOMINATOR or d & (d - 1):
        raise InputError(f"{what}: the denominator must be a power of two up to {MAX_DENOMINATOR}")


def check_music(music: str):
    """Numbers, tuplets and chords of one line of music (fields, text and comments taken out)."""
    for digits in re.findall(r"\d+", music):
        if len(digits) > 3 or int(digits) > MAX_NUMBER:
            raise InputError(f"the number {digits[:12]} in the music is too large; the limit is {MAX_NUMBER}")
    for p in re.findall(r"\((\d+)", music):
        if int(p) > MAX_TUPLET:
            raise InputError(f"a tuplet of {p}; the limit is {MAX_TUPLET}")
    for chord in CHORD.findall(music):
        if len(NOTE.findall(chord)) > MAX_CHORD:
            raise InputError(f"a chord of more than {MAX_CHORD} notes")


def check_user_tune(tune) -> None:
    """The parsed piece's size: voices and played length (repeats played out)."""
    if len(tune.voices) > MAX_VOICES:
        raise InputError(f"the piece has {len(tune.voices)} voices; the limit is {MAX_VOICES}")
    quarters = float(played_quarters(tune))
    if quarters > MAX_QUARTERS:
        raise InputError(f"the piece plays for {quarters:,.0f} quarter notes; the limit is {MAX_QUARTERS:,}")
