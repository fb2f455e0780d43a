"""Real-world ABC in, canonical Tune out.

Reads the ABC people and old collections actually write: any unit length, `M:C|`, German key
names, decorations, fingerings and annotations in quotes, slurs, bowings, `x` rests, e-mail
debris, line continuations, comments, voices interleaved line by line, and the Essen
collection's phrase lines that end without a bar line. What cannot be made valid raises
`NormalizeError` with a short reason, which the corpus build counts.
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from .abc import CHORD_SYMBOL, AbcError, parse, parse_head, serialise
from .limits import check_text
from .pitch import Key, parse_key
from .repeats import explicit_repeats
from .spelling import respell
from .tune import (UNIT, Bar, Broken, Clock, Field, Grace, Note, Symbol, Tune, Tuplet, Voice, bar_length, time_bars,
                   default_tuplet_q, parse_meter)


class NormalizeError(ValueError):
    """Why a tune could not be brought into canonical form (`reason` is a short tag)."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


BODY = re.compile(r"""
    (?P<deco>![^!\n]{0,40}!|\+[^+\n]{0,40}\+)
  | (?P<quoted>"[^"\n]*")
  | (?P<field>\[[A-Za-z]:[^\]\n]*\])
  | (?P<bar>\|:\||:*\[?\|+\]?:*(?:\[?\d+(?:[,-]\d+)*)?|:+\|*:*|\[\d+(?:[,-]\d+)*)
  | (?P<chord>\[(?:(?:\^\^?|__?|=)?[A-Ga-g][,']*[\d/]*-?\s*)+\][\d/]*-?)
  | (?P<grace>\{[^}\n]*\})
  | (?P<tuplet>\(\d(?::\d?)?(?::\d?)?)
  | (?P<note>(?:\^\^?|__?|=)?[A-Ga-g][,']*[\d/]*-?)
  | (?P<rest>[zx][\d/]*)
  | (?P<multirest>Z\d*)
  | (?P<broken>[<>]{1,3})
  | (?P<skip>[!()\s`.~HIJKLMNOPQRSTUVWYhijklmnopqrstuvwy*&#$@;?\\'',\-0-9]|[^\x00-\x7f])
""", re.VERBOSE)
NOTE_LENGTH = re.compile(r"(\d*)(/*)(\d*)")


def normalize(text: str, index: int = 0) -> Tune:
    """The canonical Tune of the `index`-th tune in `text`."""
    check_text(text)
    tunes = split_tunes(text)
    if not tunes:
        raise NormalizeError("no tune", "no ABC music found (a tune needs at least a K: line and notes)")
    if index >= len(tunes):
        raise NormalizeError("no tune", f"the file holds {len(tunes)} tunes, not {index + 1}")
    return Reader(tunes[index]).read()


def split_tunes(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = re.split(r"(?m)^(?=X:)", text)
    tunes = [p for p in parts if re.search(r"(?m)^K:", p)]
    return tunes


def clean_line(line: str) -> str:
    """Drop comments, quoted-printable debris and control characters."""
    if not line.startswith("Q:"):  # Q:1/4=20 is a tempo, not an encoded space
        line = re.sub(r"=20$", "", line)
    line = line.replace("=3D", "=")
    line = "".join(ch for ch in line if ch >= " " or ch == "\t")
    if not line.startswith("%%"):
        line = re.sub(r"(?<!\\)%.*$", "", line)
    return line.rstrip()


def parse_lengths_field(value: str) -> Fraction:
    m = re.match(r"\s*(\d+)\s*/\s*(\d+)", value)
    if not m or int(m.group(1)) == 0 or int(m.group(2)) == 0:
        raise NormalizeError("bad unit length", value)
    return Fraction(int(m.group(1)), int(m.group(2)))


def parse_tempo(value: str) -> int | None:
    """Quarter notes per minute from Q:1/4=120, Q:3/8=100, Q:"Allegro" 1/2=60 or Q:120."""
    m = re.search(r"(\d+)/(\d+)\s*=\s*(\d+)", value)
    if m:
        qpm = Fraction(int(m.group(1)), int(m.group(2))) * 4 * int(m.group(3))
    else:
        m = re.fullmatch(r"\s*(\d+)\s*", value)
        if not m:
            return None
        qpm = Fraction(int(m.group(1)))
    return max(20, min(400, round(qpm)))


def read_meter(value: str) -> tuple[int, int]:
    value = value.strip().split()[0] if value.strip() else ""
    if value.lower() in ("none", "") or "+" in value:
        raise NormalizeError("free meter", value or "no meter")
    try:
        return parse_meter(value)
    except ValueError as e:
        raise NormalizeError("bad meter", str(e))


def read_key(value: str) -> tuple[Key, str | None]:
    """The key and any clef named in a K: or V: value."""
    clef = "bass" if re.search(r"\bbass\b|clef=bass|clef=F", value) else None
    value = re.sub(r"\b(clef|octave|transpose|middle|stafflines)=\S*", "", value)
    value = re.sub(r"\b(bass|treble|alto|tenor)\d*\b|-8va|[+-]8\b", "", value).strip()
    if not value or value.lower().startswith(("none", "hp")) or re.search(r"\bexp\b", value):
        raise NormalizeError("unsupported key", value or "none")
    value = re.sub(r"^([A-G][#b]?)n\b", r"\1", value)  # "Bn": B natural
    first = value.split()[0]
    if first.endswith("M"):  # "EM": E major
        value = re.sub(r"^([A-Ga-gHh][#b]?)M$", r"\1", first)
    try:
        key = parse_key(value)
    except ValueError as e:
        raise NormalizeError("unsupported key", str(e))
    if re.search(r"\s[\^_=][a-gA-G]", value):
        raise NormalizeError("unsupported key", "explicit accidentals in K:")
    return key, clef


def chord_symbol(text: str) -> str | None:
    text = text.strip().replace("min", "m")
    text = re.sub(r"^([A-G])♭", r"\1b", text).replace("♯", "#")
    return text if CHORD_SYMBOL.fullmatch(text) else None


class VoiceBuilder:
    def __init__(self, vid: str, meter, name=None, clef=None):
        self.id, self.name, self.clef, self.program = vid, name, clef, None
        self.meter = meter
        self.bars: list[Bar] = []
        self.items: list = []
        self.length = Fraction(0)
        self.ending: str | None = None
        self.start_repeat = False
        self.clock = Clock()
        self.pending_fields: list[Field] = []

    def has_notes(self) -> bool:
        return any(isinstance(i, Note) for i in self.items)

    def add(self, item):
        if isinstance(item, Field):
            if self.has_notes():
                self.pending_fields.append(item)
            else:
                self.items.append(item)
            return
        if isinstance(item, Grace) and self.items and isinstance(self.items[-1], Grace):
            self.items[-1] = Grace(self.items[-1].heads + item.heads)  # one group before a note
            return
        if self.pending_fields and not self.has_notes():
            self.items.extend(self.pending_fields)
            self.pending_fields = []
        self.items.append(item)

    def add_sounding(self, note: Note):
        length = self.clock.note(note.length)
        if self.length == bar_length(self.meter) and self.has_notes() and not self.clock.tuplet_left:
            self.close_bar("|")  # repair a missing bar line after a full bar
        self.add(note)
        self.length += length

    def add_broken(self, sign: str):
        if not self.items or not isinstance(self.items[-1], Note):
            return
        self.length += self.clock.broken(sign)
        self.add(Broken(sign))

    def close_bar(self, end: str):
        if not self.has_notes():
            self.merge_bar_line(end)
            return
        self.bars.append(Bar(tuple(self.items), end, self.ending))
        self.items, self.ending, self.length = [], None, Fraction(0)
        self.clock.tuplet_left, self.clock.next_factor = 0, Fraction(1)
        for f in self.pending_fields:
            self.items.append(f)
        self.pending_fields = []

    def merge_bar_line(self, end: str):
        """Two bar lines with nothing between them become one."""
        if not self.bars:
            if end in ("|:", "::"):
                self.start_repeat = True
            return
        last = self.bars[-1]
        before = last.end
        closes = before in (":|", "::") or end in (":|", "::") and before != "|:"
        opens = before in ("|:", "::") or end in ("|:", "::")
        if closes and opens:
            merged = "::"
        elif opens:
            merged = "|:"
        elif closes:
            merged = ":|"
        elif "]" in before + end:
            merged = "|]"
        elif before == "||" or end == "||":
            merged = "||"
        else:
            merged = before
        self.bars[-1] = replace(last, end=merged)


def canonical_bar(text: str) -> tuple[str, str | None]:
    """Map any bar-line spelling to a canonical one, with the ending number it opens."""
    m = re.search(r"\[?(\d+(?:[,-]\d+)*)$", text)
    ending = None
    if m:
        ending = m.group(1)
        text = text[:m.start()]
    left, right = text.startswith(":"), text.endswith(":")
    inner = text.strip(":")
    if left and right:
        return "::", ending
    if left or (inner.count("|") >= 2 and ":" in inner):
        return ":|", ending
    if right:
        return "|:", ending
    if "]" in inner:
        return "|]", ending
    if inner.count("|") >= 2:
        return "||", ending
    if not inner:
        return "", ending
    return "|", ending


class Reader:
    def __init__(self, text: str):
        self.text = text
        self.fields: dict[str, str] = {}
        self.unit = None
        self.meter = None
        self.key = None
        self.voices: dict[str, VoiceBuilder] = {}
        self.voice_meta: dict[str, dict] = {}
        self.current: VoiceBuilder | None = None
        self.header_program: int | None = None

    def read(self) -> Tune:
        """The canonical tune; raises NormalizeError unless every bar is right."""
        tune = mark_split_bars(self.build())
        try:
            return parse(serialise(tune))
        except AbcError as e:
            reason = ("odd note length" if "note length" in e.message else "unequal tuplet" if "tuplet" in e.message
                      else "unpaired pickup" if "pickup" in e.message
                      else "bad bar" if "bar" in e.message or "units" in e.message else "invalid")
            raise NormalizeError(reason, e.message) from None

    def build(self) -> Tune:
        """The tune as written, bar errors and all (for reports)."""
        lines = self.logical_lines()
        body_start = self.read_header(lines)
        for line in lines[body_start:]:
            self.read_body_line(line)
        return self.finish()

    def logical_lines(self) -> list[str]:
        lines, joined = [], ""
        for raw in self.text.split("\n"):
            line = clean_line(raw)
            if line.endswith("\\"):
                joined += line[:-1] + " "
                continue
            lines.append(joined + line)
            joined = ""
        if joined:
            lines.append(joined)
        return lines

    def read_header(self, lines: list[str]) -> int:
        for i, line in enumerate(lines):
            m = re.match(r"([A-Za-z]):(.*)", line)
            if line.startswith("%%MIDI"):
                self.read_midi(line, header=True)
                continue
            if not m:
                continue
            letter, value = m.group(1), m.group(2).strip()
            if letter == "V":
                self.declare_voice(value)
            elif letter == "K":
                self.fields.setdefault("M", "4/4")
                self.meter = read_meter(self.fields["M"])
                if "L" in self.fields:
                    self.unit = parse_lengths_field(self.fields["L"])
                else:
                    self.unit = Fraction(1, 16) if Fraction(*self.meter) < Fraction(3, 4) else Fraction(1, 8)
                self.key, clef = read_key(value)
                self.key_clef = clef
                return i + 1
            elif letter not in self.fields:
                self.fields[letter] = value
        raise NormalizeError("no tune", "no K: line")

    def declare_voice(self, value: str):
        vid = value.split()[0] if value.split() else "1"
        meta = self.voice_meta.setdefault(vid, {})
        name = re.search(r'(?:nm|name)="([^"]*)"', value)
        if name and name.group(1).strip():
            meta["name"] = re.sub(r"[^\w .'()-]", "", name.group(1)).strip()[:40] or None
        if re.search(r"clef=bass|\bbass\b|clef=F", value):
            meta["clef"] = "bass"
        return vid

    def voice(self, vid: str) -> VoiceBuilder:
        if vid not in self.voices:
            meta = self.voice_meta.get(vid, {})
            clef = meta.get("clef") or (self.key_clef if not self.voices else None)
            self.voices[vid] = VoiceBuilder(vid, self.meter, meta.get("name"), clef)
        return self.voices[vid]

    def read_midi(self, line: str, header=False):
        m = re.match(r"%%MIDI\s+program\s+(?:\d+\s+)?(\d+)", line)
        if m and int(m.group(1)) <= 127:
            if header or self.current is None:
                self.header_program = int(m.group(1))
            else:
                self.current.program = int(m.group(1))

    def read_body_line(self, line: str):
        if line.startswith("%%"):
            if line.startswith("%%MIDI"):
                self.read_midi(line)
            return
        m = re.match(r"([A-Za-z]):(.*)", line)
        if m and not re.match(r"[A-Ga-gz]:?\|", line):
            self.body_field(m.group(1), m.group(2).strip())
            return
        if not line.strip():
            return
        if self.current is None:
            self.current = self.voice(next(iter(self.voice_meta), "1"))
        self.read_music(line)

    def body_field(self, letter: str, value: str):
        if letter == "V":
            vid = self.declare_voice(value)
            self.current = self.voice(vid)
        elif letter in "KML":
            if self.current is None:
                self.current = self.voice(next(iter(self.voice_meta), "1"))
            self.inline_field(letter, value)

    def inline_field(self, letter: str, value: str):
        v = self.current
        if letter == "L":
            self.unit = parse_lengths_field(value)
        elif letter == "M":
            meter = read_meter(value)
            v.meter = meter
            v.add(Field("M", f"{meter[0]}/{meter[1]}"))
        elif letter == "K":
            key, _ = read_key(value)
            v.add(Field("K", key.abc()))
        elif letter == "V":
            self.current = self.voice(self.declare_voice(value))

    def length(self, text: str) -> Fraction:
        m = NOTE_LENGTH.fullmatch(text)
        if not m:
            raise NormalizeError("bad note length", text)
        num = int(m.group(1)) if m.group(1) else 1
        slashes = len(m.group(2))
        den = int(m.group(3)) if m.group(3) else (2 ** slashes if slashes else 1)
        if slashes > 1 and m.group(3):
            den = int(m.group(3)) * 2 ** (slashes - 1)
        if num == 0 or den == 0:
            raise NormalizeError("bad note length", text)
        value = Fraction(num, den) * self.unit / UNIT
        if value > 64:
            raise NormalizeError("bad note length", text)
        return value

    def read_music(self, line: str):
        v = self.current
        pos = 0
        ended_with_bar = False
        while pos < len(line):
            m = BODY.match(line, pos)
            if not m:
                raise NormalizeError("unreadable music", f"{line[pos:pos + 12]!r}")
            pos = m.end()
            kind, text = m.lastgroup, m.group()
            ended_with_bar = kind == "bar" or (kind == "skip" and ended_with_bar)
            v = self.current
            if kind == "note":
                head, rest = parse_head(text)
                tie = rest.endswith("-")
                v.add_sounding(Note((head,), self.length(rest.rstrip("-")), tie))
            elif kind == "rest":
                v.add_sounding(Note((), self.length(text[1:])))
            elif kind == "multirest":
                for _ in range(int(text[1:] or 1)):
                    v.add_sounding(Note((), bar_length(v.meter)))
                    v.close_bar("|")
            elif kind == "chord":
                self.read_chord(text)
            elif kind == "grace":
                heads = tuple(parse_head(h)[0] for h in re.findall(r"[\^_=]*[A-Ga-g][,']*", text))
                if heads:
                    v.add(Grace(heads))
            elif kind == "tuplet":
                self.read_tuplet(text)
            elif kind == "broken":
                v.add_broken(text[:2])
            elif kind == "quoted":
                symbol = chord_symbol(text[1:-1])
                if symbol:
                    v.add(Symbol(symbol))
            elif kind == "field":
                self.inline_field(text[1], text[3:-1].strip())
            elif kind == "bar":
                end, ending = canonical_bar(text)
                if end:
                    v.close_bar(end)
                if ending:
                    v.ending = ending
        if not ended_with_bar and v.has_notes() and v.length == bar_length(v.meter):
            v.close_bar("|")  # a phrase line that ends on a full bar without a bar line

    def read_chord(self, text: str):
        inside, outer_length, outer_tie = re.fullmatch(r"\[(.*)\]([\d/]*)(-?)", text).groups()
        notes = re.findall(r"([\^_=]*[A-Ga-g][,']*)([\d/]*)", inside)
        heads = tuple(sorted({parse_head(h)[0] for h, _ in notes}, key=lambda h: (h.octave, h.step)))
        # both the first inner note's length and the outer one count; the unit applies once
        length = self.length(notes[0][1]) * self.length(outer_length) / (self.unit / UNIT)
        tie = bool(outer_tie) or inside.rstrip().endswith("-")
        self.current.add_sounding(Note(heads, length, tie))

    def read_tuplet(self, text: str):
        parts = text[1:].split(":")
        p = int(parts[0])
        if p < 2:
            return
        q = int(parts[1]) if len(parts) > 1 and parts[1] else default_tuplet_q(p, self.current.meter)
        r = int(parts[2]) if len(parts) > 2 and parts[2] else p
        tuplet = Tuplet(p, q, r)
        self.current.add(tuplet)
        self.current.clock.tuplet(tuplet)

    def finish(self) -> Tune:
        if not self.voices:
            raise NormalizeError("no music", "the tune has no notes")
        builders = list(self.voices.values())
        voices = []
        for number, b in enumerate(builders, start=1):
            if b.has_notes():
                b.close_bar("|]")
            if not b.bars:
                continue
            bars, start_repeat = close_repeats(fix_ties(b.bars), b.start_repeat)
            bars = [replace(bar, end="||") if bar.end == "|]" else bar for bar in bars[:-1]] + bars[-1:]  # |] ends the piece only
            if bars[-1].end == "|":
                bars[-1] = replace(bars[-1], end="|]")
            program = b.program if b.program is not None else (self.header_program if number == 1 else None)
            voices.append(Voice(str(len(voices) + 1), tuple(bars), b.name, program, b.clef, start_repeat))
        if not voices:
            raise NormalizeError("no music", "the tune has no notes")
        tune = Tune(title=clean_text(self.fields.get("T", "")) or "Untitled", meter=self.meter, key=self.key,
                    voices=tuple(voices), tempo=parse_tempo(self.fields["Q"]) if "Q" in self.fields else None,
                    composer=clean_text(self.fields.get("C", "")) or None,
                    origin=clean_text(self.fields.get("O", "")) or None)
        return explicit_repeats(respell(tune))


def mark_split_bars(tune: Tune) -> Tune:
    """A phrase that ends mid-bar (hymns, Essen songs) splits one bar in two short ones; the
    bar line between them becomes a section end, where the canonical grammar allows short bars."""
    voices = []
    for voice in tune.voices:
        bars = list(voice.bars)
        timings = time_bars(tune, voice)
        for i in range(1, len(bars) - 1):
            this, after = timings[i], timings[i + 1]
            if (bars[i].end == "|" and this.short and after.short
                    and this.length + after.length == this.expected == after.expected):
                bars[i] = replace(bars[i], end="||")
        voices.append(replace(voice, bars=tuple(bars)))
    return replace(tune, voices=tuple(voices))


def clean_text(text: str) -> str:
    text = re.sub(r"[\x00-\x1f\x7f-\x9f\"%\\]", "", text)
    return re.sub(r"\s+", " ", text).strip()[:200]


def fix_ties(bars: list[Bar]) -> list[Bar]:
    """Keep a tie only where it joins a note to the same pitch; slur-like ties are dropped."""
    flat = [(bi, ii, item) for bi, bar in enumerate(bars) for ii, item in enumerate(bar.items)
            if isinstance(item, Note)]
    items = [list(bar.items) for bar in bars]
    for n, (bi, ii, note) in enumerate(flat):
        if not note.tie:
            continue
        nxt = flat[n + 1][2] if n + 1 < len(flat) else None
        same = nxt is not None and not note.is_rest and {(h.step, h.octave) for h in note.heads} == \
            {(h.step, h.octave) for h in nxt.heads}
        if not same:
            items[bi][ii] = replace(note, tie=False)
    return [replace(bar, items=tuple(i)) for bar, i in zip(bars, items)]


def close_repeats(bars: list[Bar], start_repeat: bool) -> tuple[list[Bar], bool]:
    """Make repeats explicit where the books leave them implied.

    A second |: while a repeat is open means the first section repeats (::); a first ending
    in a section that no |: opened means the section starts a repeat where the last one ended.
    """
    out, open_, last_close = [], start_repeat, None
    for bar in bars:
        if bar.ending and bar.ending.startswith("1") and not open_:
            if last_close is None:
                start_repeat = True
            else:
                out[last_close] = replace(out[last_close], end="::")
            open_ = True
        if bar.end == "|:" and open_:
            bar = replace(bar, end="::")
        if bar.end in ("|:", "::"):
            open_ = True
        elif bar.end == ":|":
            open_, last_close = False, len(out)
        out.append(bar)
    if open_ and out and out[-1].end in ("|]", "||", "|"):
        out[-1] = replace(out[-1], end=":|")  # the open repeat closes at the end of the tune
    return out, start_repeat
