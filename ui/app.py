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

    def of(self, request: gr.Request, seed=0) -> Chat:
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


def build(composer: Composer, output: Path, waiting: int = WAITING) -> gr.Blocks:
    output.mkdir(parents=True, exist_ok=True)
    room = WaitingRoom(waiting)

    chats = Chats(composer)

    def apply_settings(chat: Chat, creativity, length, seed, instrument):
        s = chat.session.settings
        s.temperature = float(creativity)
        s.bars = int(length)
        s.instrument = None if instrument in (None, ANY_INSTRUMENT) else find_instrument(instrument)[0]
        chat.session.seed = int(seed or 0)

    def piece_view(chat: Chat, number: int | None = None):
        """Score, audio, downloads and the version list for version `number` (the current one by default)."""
        session = chat.session
        number = number or session.current
        versions = gr.update(choices=version_choices(session), value=session.current or None)
        if not number:
            return EMPTY_SCORE, None, None, versions
        rendered = render_version(chat, number, output)
        title = session.versions[number - 1].tune.title
        return (score_html(rendered, title, number, session.current, chat.zoom), rendered.audio, rendered.files,
                versions)

    def respond(message, creativity, length, seed, instrument, request: gr.Request):
        chat = chats.of(request, seed)
        with alone(chat) as free:
            if not free:  # a second send while a reply is being written
                yield gr.skip(), gr.skip(), STILL_WRITING, gr.skip(), gr.skip(), gr.skip(), gr.skip()
                return
            apply_settings(chat, creativity, length, seed, instrument)
            text = str(message or "")
            chat.messages.append({"role": "user", "content": as_text(shown(text))})
            chat.messages.append({"role": "assistant", "content": "…"})
            chat.writing, chat.stop = True, False
            try:
                yield "", chat.messages, "Composing…", gr.skip(), gr.skip(), gr.skip(), gr.skip()
                with room.enter() as admitted:
                    if not admitted:
                        chat.messages[-1] = {"role": "assistant", "content": BUSY}
                        yield gr.skip(), chat.messages, "Busy. " + ready(chat), *piece_view(chat)
                        return
                    yield from write_turn(chat, chat.session.stream(text))
            finally:
                chat.writing = False

    def write_turn(chat: Chat, turn):
        last = 0.0
        for event in turn:
            if chat.stop:  # the Stop button: closing the turn stops the model
                turn.close()
                yield gr.skip(), stop_turn(chat), "Stopped. " + ready(chat), *piece_view(chat)
                return
            if isinstance(event, Progress):
                if time.monotonic() - last < STREAM_EVERY:
                    continue
                last = time.monotonic()
                writing = f"Writing the score: bar {event.bars + 1}…" if event.bars else "Writing…"
                chat.messages[-1] = {"role": "assistant", "content": as_text(event.text) or "…"}
                yield gr.skip(), chat.messages, writing, gr.skip(), gr.skip(), gr.skip(), gr.skip()
                continue
            chat.messages.pop()
            chat.said(None, event)
            status = f"Problem: {html.escape(event.error)}" if event.error else ready(chat)
            yield (gr.skip(), chat.messages, status) + piece_view(chat)

    def stopped(request: gr.Request):
        """The Stop button. The turn sees the request at its next token and stops; `cancels`
        also closes it should it be waiting."""
        chat = chats.of(request)
        if not chat.writing:
            return gr.skip(), gr.skip()
        chat.stop = True
        return stop_turn(chat), "Stopped. " + ready(chat)

    def undo(request: gr.Request):
        chat = chats.of(request)
        with alone(chat) as free:
            if not free:
                return (chat.messages, STILL_WRITING) + piece_view(chat)
            chat.said("(undo)", chat.session.undo())
        return (chat.messages, ready(chat)) + piece_view(chat)

    def restore(number, request: gr.Request):
        chat = chats.of(request)
        if not number:
            return (chat.messages, "Pick a version to restore.") + piece_view(chat)
        with alone(chat) as free:
            if not free:
                return (chat.messages, STILL_WRITING) + piece_view(chat)
            chat.said(f"(restore version {int(number)})", chat.session.goto(int(number)))
        return (chat.messages, ready(chat)) + piece_view(chat)

    def view(number, request: gr.Request):
        chat = chats.of(request)
        if not number or number == chat.session.current:
            return (ready(chat),) + piece_view(chat)[:3]
        return (f"Viewing version {int(number)}. Press Restore to continue from it.",) + piece_view(chat, int(number))[:3]

    def upload(path, request: gr.Request):
        chat = chats.of(request)
        with alone(chat) as free:
            if not free:
                return (chat.messages, STILL_WRITING) + piece_view(chat)
            if path:
                name = Path(path).name
                reply = chat.session.upload(Path(path).read_bytes(), name)  # at most MAX_UPLOAD: launch() refuses more
                chat.said(f"(opened {name})", reply)
        return (chat.messages, ready(chat)) + piece_view(chat)

    def api_chat(message: str, request: gr.Request) -> dict:
        chat = chats.of(request)
        with alone(chat) as free, room.enter() as admitted:
            if not (free and admitted):
                s = chat.session
                text = BUSY if free else STILL_WRITING
                return Reply(text, s.piece.abc if s.piece else None, [], s.current, error="busy").to_dict()
            reply = chat.session.send(str(message or ""))
        chat.said(shown(str(message or "")), reply)
        return reply.to_dict()

    def edit_abc(text, request: gr.Request):
        """The ABC pane's Apply: the edit becomes the next version, or is refused with where its
        problem is; the rest of the page follows."""
        chat = chats.of(request)
        with alone(chat) as free:
            if not free:
                return (chat.messages, STILL_WRITING) + piece_view(chat)
            reply = chat.session.edit_abc(str(text or ""))
            chat.said("(edited the ABC)", reply)
        status = f"Problem: {html.escape(reply.error)}" if reply.error else ready(chat)
        return (chat.messages, status) + piece_view(chat)

    def shown_abc(request: gr.Request) -> str:
        """The current version's ABC, for the pane."""
        piece = chats.of(request).session.piece
        return piece.abc if piece else ""

    def options_view(request: gr.Request):
        """The pieces offered to choose from, side by side, each with its Choose button; hidden
        when none are offered."""
        offered = chats.of(request).session.options[:MAX_OPTIONS]
        scores = [option_html(i + 1, offered[i]) if i < len(offered) else "" for i in range(MAX_OPTIONS)]
        buttons = [gr.update(visible=i < len(offered)) for i in range(MAX_OPTIONS)]
        return (gr.update(visible=bool(offered)), *scores, *buttons)

    def take(number: int):
        def chosen(request: gr.Request):
            chat = chats.of(request)
            with alone(chat) as free:
                if not free:
                    return (chat.messages, STILL_WRITING) + piece_view(chat)
                chat.said(f"(chose option {number})", chat.session.take_option(f"option {number}", number))
            return (chat.messages, ready(chat)) + piece_view(chat)
        return chosen

    def zoomed(level: str, request: gr.Request):
        """The score at another size; the piece and the versions as they were."""
        chat = chats.of(request)
        chat.zoom = ZOOM_PERCENT.get(level, 100)
        return piece_view(chat)[0]

    def practise(first, last, percent, request: gr.Request):
        """Play bars first..last on a loop at a slower speed; the piece stays as it is."""
        done = practice(chats.of(request), first, last, percent, output)
        return done.said, done.audio

    def api_files(request: gr.Request) -> list[str] | None:
        chat = chats.of(request)
        return render_version(chat, chat.session.current, output).files if chat.session.current else None

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
        piece = [score, audio, files, versions]
        turn = dict(fn=respond, inputs=[message, creativity, length, seed, instrument],
                    outputs=[message, chatbot, status] + piece, show_progress="hidden",
                    concurrency_limit=None, api_visibility="private")  # the waiting room limits turns
        sending = [send.click(**turn), message.submit(**turn)]
        offered = [options_row, *option_scores, *option_buttons]
        for event in sending:
            event.then(options_view, None, offered, api_visibility="private", queue=False)
        for i, button in enumerate(option_buttons):
            button.click(take(i + 1), None, [chatbot, status] + piece, api_visibility="private").then(
                options_view, None, offered, api_visibility="private", queue=False)
        stop.click(stopped, None, [chatbot, status], cancels=sending, queue=False,
                   api_visibility="private")
        undo_button.click(undo, None, [chatbot, status] + piece, api_name="undo")
        restore_button.click(restore, [versions], [chatbot, status] + piece, api_name="restore")
        versions.select(view, [versions], [status, score, audio, files], api_visibility="private")
        zoom.change(zoomed, [zoom], [score], api_visibility="private", queue=False)
        apply_abc.click(edit_abc, [abc_pane], [chatbot, status] + piece, api_name="edit_abc")
        versions.change(shown_abc, None, [abc_pane], api_visibility="private", queue=False)
        loop_button.click(practise, [first_bar, last_bar, speed], [status, loop_audio], api_name="practise")
        upload_button.upload(upload, [upload_button], [chatbot, status] + piece, api_name="upload")
        with gr.Row(visible=False):  # the API for scripts: no part of the page
            api_message, api_reply = gr.Textbox(), gr.JSON()
            api_downloads = gr.File(file_count="multiple")
            api_send, api_list = gr.Button(), gr.Button()
        api_send.click(api_chat, [api_message], [api_reply], api_name="chat",
                       concurrency_limit=None)
        api_list.click(api_files, None, [api_downloads], api_name="files")
    return app


@contextlib.contextmanager
def alone(chat: Chat):
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


def shown(text: str) -> str:
    """A user's message as the transcript shows it: an enormous paste is cut to what is read."""
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + " …"


def ready(chat: Chat) -> str:
    s = chat.session
    return f"Version {s.current} of {len(s.versions)}." if s.current else "Ready."


def warm_up():
    """Start the export server (it loads the engraver's fonts and the SoundFont) now, not
    during the first user's turn."""
    from music import safe
    safe.start()


def launch(app: gr.Blocks, output: Path, host: str = "127.0.0.1", port: int = 7860, **kwargs):
    app.queue(max_size=BACKSTOP, default_concurrency_limit=4)
    return app.launch(server_name=host, server_port=port, max_file_size=MAX_UPLOAD, allowed_paths=[str(output)],
                      show_error=False, enable_monitoring=False, footer_links=["api"], css=CSS, **kwargs)
