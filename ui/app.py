"""The Gradio page: chat on the left, the current piece (score, player, downloads, versions) on the right.

Everything a browser session owns lives in its `views.Chat`, found by the session's hash;
the composer's model is shared and read-only, and one reply is written at a time (the model
holds one KV cache). Turns stream: the words appear as the model writes them, the Stop button closes the
generator, which stops the model within a token. Besides the page, the app serves a small API
for scripts (`gradio_client`): `chat` (a message in, the reply as JSON out), `undo`, `upload`
and `files` (the current version's downloads).
"""
from __future__ import annotations

import contextlib
import html
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from chat import Composer, Reply
from chat.session import MAX_MESSAGE, Progress
from music.instruments import find_instrument

from .views import Chat, as_text, notice, option_html, practice, render_version, score_html, version_choices

log = logging.getLogger(__name__)
MAX_UPLOAD = "1mb"
WAITING = 16  # turns waiting for the model before the app answers "busy" (each holds one of 40 threads)
BACKSTOP = 512  # events Gradio's own queue holds; past it Gradio answers 503 (the room answers first)
STILL_WRITING = "Still writing the reply to your last message; send this one when it is done."
BUSY = "The composer is busy with other people's pieces right now; please send that again in a minute."
STREAM_EVERY = 0.1  # seconds between updates of a reply being written
EXAMPLES = [  # each one the assistant does well today (bench/dialogues.jsonl, bench/composing_edits*.jsonl)
    "write a lively jig in D for fiddle",
    "a slow air in E minor for flute",
    "compose a waltz in G for accordion, 16 bars",
    "write a B part",
    "add a harmony line a third above",
    "make it twice as fast and add chords",
    "put it in B-flat",
    "what key is it in?",
]
ANY_INSTRUMENT = "the one my message names"
MAX_OPTIONS = 4  # pieces offered side by side ("give me three jigs to choose from")
ZOOMS = ["fit", "large", "larger"]  # the score at 100%, 150% and 200% of the column, scrolling sideways
ZOOM_PERCENT = dict(zip(ZOOMS, (100, 150, 200)))
INSTRUMENTS = [ANY_INSTRUMENT, "piano", "fiddle", "flute", "tin whistle", "accordion", "guitar", "mandolin",
               "harp", "clarinet", "oboe", "trumpet", "cello", "bagpipes"]
STOPPED = "(stopped; the piece is unchanged)"
EMPTY_SCORE = notice("Your score will appear here. Ask for a tune, or open an ABC or MusicXML file.")
CSS = """
.score { background: white; border-radius: 8px; padding: 8px; overflow-x: auto; }
.score-page svg { width: 100%; height: auto; }
.score-title { font-weight: 600; margin-bottom: 4px; color: #333; }
.score-empty { padding: 48px 16px; text-align: center; color: #777; border: 1px dashed #bbb; border-radius: 8px; }
"""


class WaitingRoom:
    """Turns for the model: one is written at a time, at most `size` wait, and the rest are
    told at once that the composer is busy, as a reply, not an HTTP error."""

    def __init__(self, size: int):
        self.size, self.inside, self.lock = size, 0, threading.Lock()

    @contextlib.contextmanager
    def enter(self):
        with self.lock:
            admitted = self.inside <= self.size
            self.inside += admitted
        try:
            yield admitted
        finally:
            if admitted:
                with self.lock:
                    self.inside -= 1


class Chats:
    """Each browser session's conversation, by Gradio's session hash: every event of a session
    finds the same one, even events sent before an earlier one has answered (an upload, then
    a message at once), so no event can start a second conversation that hides the first.
    A conversation idle for `ttl` seconds is dropped; the newest `most` are kept."""

    def __init__(self, composer: Composer, ttl: float = 6 * 3600, most: int = 10_000):
        self.composer, self.ttl, self.most = composer, ttl, most
        self.by_session: dict[str, Chat] = {}
        self.lock = threading.Lock()

    def conversation_of(self, request: gr.Request, seed=0) -> Chat:
        key = request.session_hash or ""
        with self.lock:
            chat = self.by_session.pop(key, None) or Chat(self.composer.session(seed=int(seed or 0)))
            chat.seen = time.monotonic()
            self.by_session[key] = chat  # insertion order is least recently used first
            self.drop_idle()
            return chat

    def drop_idle(self):
        for key, chat in list(self.by_session.items()):
            if len(self.by_session) <= self.most and time.monotonic() - chat.seen < self.ttl:
                break
            if not chat.writing:
                del self.by_session[key]


@dataclass
class Page:
    """The components the handlers update, by name."""
    chatbot: gr.Chatbot
    message: gr.Textbox
    send: gr.Button
    stop: gr.Button
    status: gr.Markdown
    creativity: gr.Slider
    length: gr.Slider
    seed: gr.Number
    instrument: gr.Dropdown
    options_row: gr.Row
    option_scores: list[gr.HTML]
    option_buttons: list[gr.Button]
    score: gr.HTML
    zoom: gr.Radio
    audio: gr.Audio
    first_bar: gr.Number
    last_bar: gr.Number
    speed: gr.Slider
    loop_button: gr.Button
    loop_audio: gr.Audio
    files: gr.File
    versions: gr.Radio
    abc_pane: gr.Code
    apply_abc: gr.Button
    restore_button: gr.Button
    undo_button: gr.Button
    upload_button: gr.UploadButton

    @property
    def piece(self) -> list:
        """What shows the current piece: score, player, downloads, versions."""
        return [self.score, self.audio, self.files, self.versions]

    @property
    def offered(self) -> list:
        return [self.options_row, *self.option_scores, *self.option_buttons]


def layout() -> tuple[gr.Blocks, Page]:
    """The page: the conversation on the left, the piece on the right."""
    with gr.Blocks(title="Tunesmith") as app:
        gr.Markdown("## Tunesmith\nAsk for a tune in plain words, then say what to change. "
                    "Every version is kept.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=5):
                chatbot = gr.Chatbot(label="Conversation", height=520, buttons=["copy"], elem_id="chat",
                                     placeholder="Try: *write a lively jig in D for fiddle*")
                with gr.Row():
                    message = gr.Textbox(placeholder="Ask for a tune, or say what to change…", show_label=False,
                                         lines=1, max_lines=4, scale=6, elem_id="message", autofocus=True)
                    send = gr.Button("Send", variant="primary", scale=1, min_width=80, elem_id="send")
                    stop = gr.Button("Stop", variant="secondary", scale=1, min_width=80, elem_id="stop")
                status = gr.Markdown("Ready.", elem_id="status")
                gr.Examples(examples=[[e] for e in EXAMPLES], inputs=[message], label="Examples")
                with gr.Accordion("Settings", open=False):
                    creativity = gr.Slider(0.2, 1.4, value=0.8, step=0.05, label="Predictable ... adventurous",
                                           info="Left: close to the tunes it learnt from; right: more surprising "
                                                "turns of melody")
                    length = gr.Slider(8, 64, value=16, step=4, label="Length of a new piece (bars)",
                                       info="Unless your message asks for a length")
                    seed = gr.Number(value=0, precision=0, label="Seed", info="The same seed gives the same answers")
                    instrument = gr.Dropdown(INSTRUMENTS, value=ANY_INSTRUMENT, label="Instrument for a new piece")
            with gr.Column(scale=6):
                with gr.Row(visible=False, elem_id="options") as options_row:
                    option_scores, option_buttons = [], []
                    for i in range(MAX_OPTIONS):
                        with gr.Column(min_width=160):
                            option_scores.append(gr.HTML("", elem_id=f"option-{i + 1}"))
                            option_buttons.append(gr.Button(f"Choose {i + 1}", size="sm", elem_id=f"choose-{i + 1}"))
                score = gr.HTML(EMPTY_SCORE, elem_id="score")
                zoom = gr.Radio(ZOOMS, value=ZOOMS[0], label="Score size", elem_id="zoom")
                audio = gr.Audio(label="Listen", type="filepath", interactive=False, elem_id="player")
                with gr.Accordion("Practise a passage: bars on a loop, slower", open=False):
                    with gr.Row():
                        first_bar = gr.Number(1, precision=0, minimum=1, label="From bar", elem_id="first-bar")
                        last_bar = gr.Number(4, precision=0, minimum=1, label="To bar", elem_id="last-bar")
                        speed = gr.Slider(40, 100, value=75, step=5, label="Speed (% of the tempo)", elem_id="speed")
                    loop_button = gr.Button("Play on a loop", size="sm", elem_id="practise")
                    loop_audio = gr.Audio(label="The passage, looping", type="filepath", interactive=False,
                                          loop=True, autoplay=True, elem_id="loop")
                files = gr.File(label="Downloads: ABC, MusicXML, PDF, MIDI, WAV", file_count="multiple",
                                interactive=False, elem_id="downloads")
                versions = gr.Radio([], label="Versions (newest first): click to view", elem_id="versions")
                with gr.Accordion("ABC: read and edit the notes", open=False):
                    abc_pane = gr.Code(value="", language=None, lines=12, interactive=True, elem_id="abc",
                                       label="The current version as ABC; edit it and apply to make a new version")
                    apply_abc = gr.Button("Apply the ABC", size="sm", elem_id="apply-abc")
                with gr.Row():
                    restore_button = gr.Button("Restore this version", size="sm")
                    undo_button = gr.Button("Undo", size="sm", elem_id="undo")
                    upload_button = gr.UploadButton("Open ABC, MusicXML or MIDI", size="sm", type="filepath", elem_id="open",
                                                    file_types=[".abc", ".txt", ".xml", ".musicxml", ".mxl", ".mid",
                                                                ".midi"])
    return app, Page(chatbot, message, send, stop, status, creativity, length, seed, instrument, options_row,
                     option_scores, option_buttons, score, zoom, audio, first_bar, last_bar, speed, loop_button,
                     loop_audio, files, versions, abc_pane, apply_abc, restore_button, undo_button, upload_button)


class Handlers:
    """What each event does. Each handler returns (or, for a turn, yields) a dict of the
    components it changes; the others stay as they are."""

    def __init__(self, composer: Composer, output: Path, page: Page, waiting: int = WAITING):
        self.chats, self.output, self.page, self.room = Chats(composer), output, page, WaitingRoom(waiting)

    def piece_view(self, chat: Chat, number: int | None = None) -> dict:
        """Score, audio, downloads and the version list for version `number` (the current one by default)."""
        p, session = self.page, chat.session
        number = number or session.current
        shown_versions = {p.versions: gr.update(choices=version_choices(session), value=session.current or None)}
        if not number:
            return {p.score: EMPTY_SCORE, p.audio: None, p.files: None, **shown_versions}
        rendered = render_version(chat, number, self.output)
        title = session.versions[number - 1].tune.title
        return {p.score: score_html(rendered, title, number, session.current, chat.zoom), p.audio: rendered.audio,
                p.files: rendered.files, **shown_versions}

    def after(self, chat: Chat, status: str | None = None) -> dict:
        """The transcript, the status line and the piece, after a change (or a refusal to make one)."""
        return {self.page.chatbot: chat.messages, self.page.status: status or version_status(chat), **self.piece_view(chat)}

    def respond(self, message, creativity, length, seed, instrument, request: gr.Request):
        p, chat = self.page, self.chats.conversation_of(request, seed)
        with unless_writing(chat) as free:
            if not free:  # a second send while a reply is being written
                yield {p.status: STILL_WRITING}
                return
            apply_settings(chat, creativity, length, seed, instrument)
            text = str(message or "")
            chat.messages.append({"role": "user", "content": as_text(transcript_text(text))})
            chat.messages.append({"role": "assistant", "content": "…"})
            chat.writing, chat.stop = True, False
            try:
                yield {p.message: "", p.chatbot: chat.messages, p.status: "Composing…"}
                with self.room.enter() as admitted:
                    if not admitted:
                        chat.messages[-1] = {"role": "assistant", "content": BUSY}
                        yield self.after(chat, "Busy. " + version_status(chat))
                        return
                    yield from self.write_turn(chat, chat.session.stream(text))
            finally:
                chat.writing = False

    def write_turn(self, chat: Chat, turn):
        p, last = self.page, 0.0
        for event in turn:
            if chat.stop:  # the Stop button: closing the turn stops the model
                turn.close()
                stop_turn(chat)
                yield self.after(chat, "Stopped. " + version_status(chat))
                return
            if isinstance(event, Progress):
                if time.monotonic() - last < STREAM_EVERY:
                    continue
                last = time.monotonic()
                chat.messages[-1] = {"role": "assistant", "content": as_text(event.text) or "…"}
                yield {p.chatbot: chat.messages,
                       p.status: f"Writing the score: bar {event.bars + 1}…" if event.bars else "Writing…"}
                continue
            chat.messages.pop()
            chat.add_turn(None, event)
            yield self.after(chat, f"Problem: {html.escape(event.error)}" if event.error else None)

    def stopped(self, request: gr.Request) -> dict:
        """The Stop button. The turn sees the request at its next token and stops; `cancels`
        also closes it should it be waiting."""
        chat = self.chats.conversation_of(request)
        if not chat.writing:
            return {}
        chat.stop = True
        return {self.page.chatbot: stop_turn(chat), self.page.status: "Stopped. " + version_status(chat)}

    def changing(self, request: gr.Request, change) -> dict:
        """Make `change(chat)` to the conversation unless a reply is being written to it; then
        show the transcript, the status (what `change` returns, or the version) and the piece."""
        chat = self.chats.conversation_of(request)
        with unless_writing(chat) as free:
            if not free:
                return self.after(chat, STILL_WRITING)
            status = change(chat)
        return self.after(chat, status)

    def undo(self, request: gr.Request) -> dict:
        return self.changing(request, lambda chat: chat.add_turn("(undo)", chat.session.undo()))

    def restore(self, number, request: gr.Request) -> dict:
        if not number:
            return self.after(self.chats.conversation_of(request), "Pick a version to restore.")
        return self.changing(request, lambda chat: chat.add_turn(f"(restore version {int(number)})",
                                                             chat.session.goto(int(number))))

    def upload(self, path, request: gr.Request) -> dict:
        def opened(chat: Chat):
            if path:  # at most MAX_UPLOAD: launch() refuses more
                name = Path(path).name
                chat.add_turn(f"(opened {name})", chat.session.upload(Path(path).read_bytes(), name))
        return self.changing(request, opened)

    def edit_abc(self, text, request: gr.Request) -> dict:
        """The ABC pane's Apply: the edit becomes the next version, or is refused with where its
        problem is; the rest of the page follows."""
        def applied(chat: Chat) -> str | None:
            reply = chat.session.edit_abc(str(text or ""))
            chat.add_turn("(edited the ABC)", reply)
            return f"Problem: {html.escape(reply.error)}" if reply.error else None
        return self.changing(request, applied)

    def choose(self, number: int):
        """The handler of option `number`'s Choose button."""
        def chosen(request: gr.Request) -> dict:
            return self.changing(request, lambda chat: chat.add_turn(
                f"(chose option {number})", chat.session.take_option(f"option {number}", number)))
        return chosen

    def view(self, number, request: gr.Request) -> dict:
        """A version shown without restoring it."""
        chat = self.chats.conversation_of(request)
        shown_piece = self.piece_view(chat, int(number) if number else None)
        del shown_piece[self.page.versions]
        if not number or number == chat.session.current:
            return {self.page.status: version_status(chat), **shown_piece}
        return {self.page.status: f"Viewing version {int(number)}. Press Restore to continue from it.", **shown_piece}

    def shown_abc(self, request: gr.Request) -> str:
        """The current version's ABC, for the pane."""
        piece = self.chats.conversation_of(request).session.piece
        return piece.abc if piece else ""

    def options_view(self, request: gr.Request) -> dict:
        """The pieces offered to choose from, side by side, each with its Choose button; hidden
        when none are offered."""
        p, offered = self.page, self.chats.conversation_of(request).session.options[:MAX_OPTIONS]
        scores = {s: option_html(i + 1, offered[i]) if i < len(offered) else "" for i, s in enumerate(p.option_scores)}
        buttons = {b: gr.update(visible=i < len(offered)) for i, b in enumerate(p.option_buttons)}
        return {p.options_row: gr.update(visible=bool(offered)), **scores, **buttons}

    def zoomed(self, level: str, request: gr.Request):
        """The score at another size; the piece and the versions as they were."""
        chat = self.chats.conversation_of(request)
        chat.zoom = ZOOM_PERCENT.get(level, 100)
        return self.piece_view(chat)[self.page.score]

    def practise(self, first, last, percent, request: gr.Request) -> dict:
        """Play bars first..last on a loop at a slower speed; the piece stays as it is."""
        done = practice(self.chats.conversation_of(request), first, last, percent, self.output)
        return {self.page.status: done.said, self.page.loop_audio: done.audio}

    def api_chat(self, message: str, request: gr.Request) -> dict:
        chat = self.chats.conversation_of(request)
        with unless_writing(chat) as free, self.room.enter() as admitted:
            if not (free and admitted):
                s = chat.session
                text = BUSY if free else STILL_WRITING
                return Reply(text, s.piece.abc if s.piece else None, [], s.current, error="busy").to_dict()
            reply = chat.session.send(str(message or ""))
        chat.add_turn(transcript_text(str(message or "")), reply)
        return reply.to_dict()

    def api_files(self, request: gr.Request) -> list[str] | None:
        chat = self.chats.conversation_of(request)
        return render_version(chat, chat.session.current, self.output).files if chat.session.current else None


def build(composer: Composer, output: Path, waiting: int = WAITING) -> gr.Blocks:
    """The page with its events wired to the handlers."""
    output.mkdir(parents=True, exist_ok=True)
    app, p = layout()
    h = Handlers(composer, output, p, waiting)
    changed = [p.chatbot, p.status] + p.piece
    with app:
        turn = dict(fn=h.respond, inputs=[p.message, p.creativity, p.length, p.seed, p.instrument],
                    outputs=[p.message] + changed, show_progress="hidden",
                    concurrency_limit=None, api_visibility="private")  # the waiting room limits turns
        sending = [p.send.click(**turn), p.message.submit(**turn)]
        for event in sending:
            event.then(h.options_view, None, p.offered, api_visibility="private", queue=False)
        for i, button in enumerate(p.option_buttons):
            button.click(h.choose(i + 1), None, changed, api_visibility="private").then(
                h.options_view, None, p.offered, api_visibility="private", queue=False)
        p.stop.click(h.stopped, None, [p.chatbot, p.status], cancels=sending, queue=False, api_visibility="private")
        p.undo_button.click(h.undo, None, changed, api_name="undo")
        p.restore_button.click(h.restore, [p.versions], changed, api_name="restore")
        p.versions.select(h.view, [p.versions], [p.status, p.score, p.audio, p.files], api_visibility="private")
        p.zoom.change(h.zoomed, [p.zoom], [p.score], api_visibility="private", queue=False)
        p.apply_abc.click(h.edit_abc, [p.abc_pane], changed, api_name="edit_abc")
        p.versions.change(h.shown_abc, None, [p.abc_pane], api_visibility="private", queue=False)
        p.loop_button.click(h.practise, [p.first_bar, p.last_bar, p.speed], [p.status, p.loop_audio],
                            api_name="practise")
        p.upload_button.upload(h.upload, [p.upload_button], changed, api_name="upload")
        with gr.Row(visible=False):  # the API for scripts: no part of the page
            api_message, api_reply = gr.Textbox(), gr.JSON()
            api_downloads = gr.File(file_count="multiple")
            api_send, api_list = gr.Button(), gr.Button()
        api_send.click(h.api_chat, [api_message], [api_reply], api_name="chat", concurrency_limit=None)
        api_list.click(h.api_files, None, [api_downloads], api_name="files")
    return app


def apply_settings(chat: Chat, creativity, length, seed, instrument):
    """The Settings accordion's values, for this conversation's next turns."""
    s = chat.session.settings
    s.temperature = float(creativity)
    s.bars = int(length)
    s.instrument = None if instrument in (None, ANY_INSTRUMENT) else find_instrument(instrument)[0]
    chat.session.seed = int(seed or 0)


@contextlib.contextmanager
def unless_writing(chat: Chat):
    """Whether nothing else is changing this conversation (a reply being written, say); while
    true, nothing else may start to."""
    free = chat.turn.acquire(blocking=False)
    try:
        yield free
    finally:
        if free:
            chat.turn.release()


def stop_turn(chat: Chat) -> list[dict]:
    """The transcript of a stopped turn: what the user asked, and that it was stopped."""
    chat.messages[-1] = {"role": "assistant", "content": STOPPED}
    return chat.messages


def transcript_text(text: str) -> str:
    """A user's message as the transcript shows it: an enormous paste is cut to what is read."""
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + " …"


def version_status(chat: Chat) -> str:
    s = chat.session
    return f"Version {s.current} of {len(s.versions)}." if s.current else "Ready."


def warm_up():
    """Start the export server (it loads the engraver's fonts and the SoundFont) and read the
    dictionaries' word counts now, not during the first user's turn."""
    from music import safe
    from reading import vocabulary
    safe.start()
    vocabulary.load_word_counts()


def launch(app: gr.Blocks, output: Path, host: str = "127.0.0.1", port: int = 7860, **kwargs):
    app.queue(max_size=BACKSTOP, default_concurrency_limit=4)
    return app.launch(server_name=host, server_port=port, max_file_size=MAX_UPLOAD, allowed_paths=[str(output)],
                      show_error=False, enable_monitoring=False, footer_links=["api"], css=CSS, **kwargs)
