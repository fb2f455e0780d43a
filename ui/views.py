"""What the page shows of a conversation: chat messages, and each version as score and files.

A `Chat` is one browser session's conversation: the `chat.Session` (versions, history) and the
messages on screen. A version is rendered once, into a folder of its own under the app's
output folder (score SVG, WAV, and the ABC, MusicXML and MIDI downloads named after its
title), and kept there for viewing again. The output folder is bounded: the oldest renders
are deleted when it grows too large.
"""
from __future__ import annotations

import html
import logging
import re
import secrets
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from chat import Reply, Session
from music import safe
from music.limits import InputError
from music.safe import FORMATS, export
from music.sandbox import ChildError, LimitError
from music.transform import TransformError, scale_tempo

log = logging.getLogger(__name__)
KEEP_RENDERS = 400  # version folders kept in the output folder, newest first
KEEP_BYTES = 1 << 30  # and at most this much in all (the longest piece's WAV is 44 MB)
SUFFIX = {"abc": "abc", "musicxml": "musicxml", "midi": "mid", "wav": "wav", "pdf": "pdf"}


@dataclass
class Rendered:
    """One version on screen: the score, the player, the downloads."""
    svg: str  # sanitised by construction: verovio's SVG of a parsed tune, or an escaped message
    audio: str | None
    files: list[str]


@dataclass
class Chat:
    session: Session
    messages: list[dict] = field(default_factory=list)  # the chatbot's messages
    rendered: dict[int, Rendered] = field(default_factory=dict)  # by version number
    writing: bool = False  # a turn is being written
    turn: threading.Lock = field(default_factory=threading.Lock, repr=False)  # one change at a time
    seen: float = 0.0  # time.monotonic() of its last event
    stop: bool = False  # the Stop button was pressed while it was
    zoom: int = 100  # the score's size, in percent of the column's width

    def add_turn(self, user: str | None, reply: Reply | str):
        """Add a turn to the transcript: the user's words (if any) and the reply with its changes."""
        if user is not None:
            self.messages.append({"role": "user", "content": as_text(user)})
        self.messages.append({"role": "assistant", "content": reply_markdown(reply)})


def as_text(text: str) -> str:
    """Words for the transcript, which renders Markdown and HTML: markup in them (a title such
    as `<img src=x onerror=...>`) is shown as the characters typed, never as elements."""
    return html.escape(text, quote=False)


def reply_markdown(reply: Reply | str) -> str:
    if isinstance(reply, str):
        return as_text(reply)
    lines = [reply.text] + [f"- {c}" for c in reply.changes if c not in reply.text]  # said once is enough
    return as_text("\n".join(lines))


def slug(title: str) -> str:
    """A file name from a title: letters, digits, dashes and underscores only."""
    name = re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_")[:60]
    return name or "tunesmith"


def render_version(chat: Chat, number: int, output: Path) -> Rendered:
    """Score, audio and downloads of version `number`, made once. Each export is made in a
    capped child process of its own (`music.safe`), so one that fails leaves the others (and
    the ABC) available."""
    if number in chat.rendered and all(Path(f).exists() for f in chat.rendered[number].files):
        return chat.rendered[number]
    version = chat.session.versions[number - 1]
    folder = output / secrets.token_hex(8)
    folder.mkdir(parents=True)
    prune(output)
    name = slug(version.tune.title)
    (folder / f"{name}.abc").write_text(version.abc, encoding="utf-8")
    made = export(version.tune)
    for fmt, why in made.failed.items():
        log.warning("version %d: %s export failed: %s", number, fmt, why)
    for fmt, data in made.files.items():
        (folder / f"{name}.{SUFFIX[fmt]}").write_bytes(data)
    files = [str(folder / f"{name}.{SUFFIX[fmt]}") for fmt in ("abc", *FORMATS) if fmt == "abc" or fmt in made.files]
    audio = str(folder / f"{name}.wav") if "wav" in made.files else None
    svg = made.svg or notice("The score could not be engraved; the ABC is in the downloads.")
    chat.rendered[number] = Rendered(svg, audio, files)
    return chat.rendered[number]


@dataclass
class Practice:
    """A passage to play on a loop: the WAV, and what the page says of it."""
    audio: str | None
    said: str


def practice(chat: Chat, first, last, percent, output: Path) -> Practice:
    """Bars first..last of the current version at `percent` of its tempo, as a WAV that loops
    on the beat; the piece and its versions are left as they were."""
    session = chat.session
    if not session.current:
        return Practice(None, "Ask for a tune or open one first; then pick the bars to practise.")
    try:
        first, last, percent = int(first or 1), int(last or first or 1), int(percent or 100)
    except (TypeError, ValueError):
        return Practice(None, "Give the bars as numbers, such as 5 to 8.")
    tune = session.versions[session.current - 1].tune
    try:
        wav = safe.practice(tune, first, last, percent / 100)
    except (TransformError, InputError, LimitError, ChildError) as e:
        return Practice(None, f"Problem: {html.escape(str(e))}")
    folder = output / secrets.token_hex(8)
    folder.mkdir(parents=True)
    prune(output)
    path = folder / f"{slug(tune.title)}_bars_{first}-{last}_{percent}pc.wav"
    path.write_bytes(wav)
    which = f"Bar {first}" if first == last else f"Bars {first} to {last}"
    bpm = scale_tempo(tune, percent / 100).tempo
    return Practice(str(path), f"{which} of v{session.current} on a loop at {percent}% of the tempo "
                               f"({bpm} quarter notes a minute). The piece is unchanged.")


def prune(output: Path):
    """Delete the oldest version folders beyond KEEP_RENDERS, or beyond KEEP_BYTES in all."""
    folders = sorted((p for p in output.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    total = 0
    for i, folder in enumerate(folders):
        total += sum(f.stat().st_size for f in folder.iterdir())
        if i >= KEEP_RENDERS or total > KEEP_BYTES:
            shutil.rmtree(folder, ignore_errors=True)


def notice(text: str) -> str:
    return f'<div class="score-empty">{html.escape(text)}</div>'


def version_choices(session: Session) -> list[tuple[str, int]]:
    """The version list, newest first: number and the request that made it."""
    choices = []
    for v in reversed(session.versions):
        request = v.request if len(v.request) <= 48 else v.request[:47] + "…"
        current = " (current)" if v.number == session.current else ""
        choices.append((f"v{v.number}{current}: {request}", v.number))
    return choices


def score_html(rendered: Rendered, title: str, number: int, current: int, zoom: int = 100) -> str:
    """The engraved score with a line naming the version shown, at `zoom` percent of the
    column's width (wider than the column scrolls sideways)."""
    where = "current version" if number == current else f"viewing an earlier version; the current one is v{current}"
    head = f'<div class="score-title">{html.escape(title)} · v{number} ({where})</div>'
    return (f'<div class="score" id="score-v{number}">{head}'
            f'<div class="score-page" style="width: {int(zoom)}%">{rendered.svg}</div></div>')


def option_html(number: int, tune) -> str:
    """One piece offered to choose from: its title and its engraved first page, small."""
    made = export(tune, ("svg",))
    svg = made.svg or notice("The score could not be engraved.")
    return (f'<div class="option"><div class="score-title">{number}. {html.escape(tune.title)} · '
            f'{html.escape(tune.key.tonic + " " + tune.key.mode)}</div><div class="score-page">{svg}</div></div>')
