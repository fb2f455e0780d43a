"""The Gradio app, launched for real with the shipped model: driven by gradio_client, and by
headless Chromium through Playwright (Debian's chromium; `.ci/run` installs it)."""
import os
import re
import shutil
import socket
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gradio_client import Client, handle_file

from music.abc import parse
from music.validate import validate
from tests.conftest import KESH
from ui.app import build, launch

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def url(tmp_path_factory, composer):
    output = tmp_path_factory.mktemp("ui-output")
    app = build(composer, output)
    port = free_port()
    launch(app, output, port=port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    app.close()


def test_a_conversation_through_the_api(url, tmp_path):
    client = Client(url, verbose=False)
    first = client.predict("write a lively jig in D for fiddle", api_name="/chat")
    assert first["error"] is None and first["version"] == 1
    tune = parse(first["abc"])
    assert validate(tune).ok and tune.meter == (6, 8)

    faster = client.predict("make it faster", api_name="/chat")
    assert faster["version"] == 2 and (parse(faster["abc"]).tempo or 0) > (tune.tempo or 0)
    assert any("tempo" in c.lower() for c in faster["changes"])

    undone = client.predict(api_name="/undo")
    messages, score = undone[0], undone[2]
    assert "version 1" in str(messages[-1]["content"]).lower()
    assert "score-v1" in score and "<svg" in score

    files = {Path(f).suffix: Path(f) for f in client.predict(api_name="/files")}
    assert set(files) == {".abc", ".musicxml", ".pdf", ".mid", ".wav"}
    assert files[".pdf"].read_bytes().startswith(b"%PDF")
    assert files[".abc"].read_text() == first["abc"]  # undo restored version 1 exactly
    assert ET.parse(files[".musicxml"]).getroot().tag == "score-partwise"
    assert files[".mid"].read_bytes()[:4] == b"MThd"
    wav = files[".wav"].read_bytes()
    assert wav[:4] == b"RIFF" and len(wav) > 44_100  # a real recording, not an empty header

    path = tmp_path / "upload.abc"
    path.write_text(KESH)
    uploaded = client.predict(handle_file(str(path)), api_name="/upload")
    assert "The Kesh" in uploaded[2] and "score-v3" in uploaded[2]

    midi = tmp_path / "played.mid"
    midi.write_bytes(files[".mid"].read_bytes())  # the jig as a MIDI file, opened as a new version
    opened = client.predict(handle_file(str(midi)), api_name="/upload")
    assert "score-v4" in opened[2] and "From the MIDI file" in str(opened[0][-1]["content"])


def test_a_second_client_starts_fresh(url):
    first, second = Client(url, verbose=False), Client(url, verbose=False)
    first.predict("write a waltz in G", api_name="/chat")
    assert second.predict(api_name="/files") is None
    reply = second.predict("what key is it in?", api_name="/chat")
    assert reply["abc"] is None and reply["version"] == 0


def test_bad_uploads_get_a_plain_answer(url, tmp_path):
    client = Client(url, verbose=False)
    path = tmp_path / "broken.abc"
    path.write_bytes(b"\x00\xffnot music at all")
    result = client.predict(handle_file(str(path)), api_name="/upload")
    said = str(result[0][-1]["content"])
    assert "could not read" in said and "Traceback" not in said


@pytest.mark.parametrize("route", ["gradio_api/file=/etc/passwd", "gradio_api/file=../../../../etc/passwd",
                                   "gradio_api/file=%2Fetc%2Fpasswd", "file=/etc/passwd"])
def test_files_outside_the_output_are_refused(url, route):
    try:
        with urllib.request.urlopen(url + route, timeout=10) as response:
            body = response.read()
    except urllib.error.HTTPError as e:
        assert e.code in (400, 403, 404)
        return
    assert b"root:" not in body


@pytest.fixture
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


def send(page, text: str):
    page.fill("#message textarea", text)
    page.click("#send")


def set_number(page, elem_id: str, value: int):
    """Types a number into a number box and leaves it, so the page holds the value before a
    button sends it (the box opens inside an accordion that may still be drawing it)."""
    box = page.locator(f"#{elem_id} input")
    for _ in range(20):
        box.fill(str(value))
        box.press("Tab")
        page.wait_for_timeout(100)
        if box.input_value() == str(value):
            return
    raise AssertionError(f"#{elem_id} would not hold {value}")


def wide_page(browser, url):
    """The app in a fresh browser session, on a screen wide enough for the score column."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    return page


def page_with_a_piece(browser, url, request: str):
    """A fresh session whose first request has been answered with version 1."""
    page = wide_page(browser, url)
    send(page, request)
    page.wait_for_selector("#score-v1 svg", timeout=60_000)
    return page


def test_the_page_composes_shows_and_plays(url, browser, tmp_path):
    page = wide_page(browser, url)
    send(page, "write a lively jig in D for fiddle")
    page.wait_for_selector("#score svg", timeout=60_000)
    page.wait_for_selector("#player a[download$='.wav']", state="attached", timeout=30_000)
    page.wait_for_selector("#downloads a[download$='.musicxml']", state="attached", timeout=30_000)
    assert "v1" in page.inner_text("#versions")
    send(page, "add a bass line")
    page.wait_for_selector("#score-v2 svg", timeout=60_000)
    page.wait_for_timeout(1500)  # the waveform is drawn after the file arrives
    page.screenshot(path=os.environ.get("TUNESMITH_SCREENSHOT", str(tmp_path / "page.png")), full_page=True)
    page.click("#undo")
    page.wait_for_selector("#score-v1 svg", timeout=30_000)


def test_the_stop_button_stops_a_turn(url, browser):
    page = browser.new_page()
    page.goto(url)
    # a long turn: three 64-bar slip jigs written together, all waited for (a single one can
    # finish before a busy machine answers the click)
    send(page, "give me three 64-bar slip jigs in A to choose from")
    page.wait_for_function("document.querySelector('#status').innerText.includes('Writing')", timeout=30_000)
    page.click("#stop")
    page.wait_for_function("document.querySelector('#status').innerText.includes('Stopped')", timeout=30_000)  # a busy machine
    page.wait_for_timeout(3000)  # long enough for the piece to have been finished had it not stopped
    assert "stopped" in page.inner_text("#chat")
    assert page.query_selector("#score svg") is None and page.query_selector("#options svg") is None


def test_two_hundred_sessions_at_once_each_see_only_their_own_piece(url):
    from bench.load import concurrent
    result = concurrent(url, 200)
    assert result["errors"] == [] and result["leaks"] == []
    assert result["requests"] == 600


def test_a_full_waiting_room_answers_busy_not_an_http_error(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from bench.load import launch as launch_app
    from ui.app import BUSY
    url, app = launch_app(tmp_path / "output", waiting=1)  # one turn written, one waiting
    try:
        clients = [Client(url, verbose=False) for _ in range(8)]
        with ThreadPoolExecutor(8) as pool:  # a raised QueueError (HTTP 503) would fail the test
            replies = list(pool.map(lambda c: c.predict("write a reel in D", api_name="/chat"), clients))
    finally:
        app.close()
    busy = [r for r in replies if r["error"] == "busy"]
    assert busy and all(r["text"] == BUSY and r["version"] == 0 for r in busy)
    assert any(r["version"] == 1 and r["error"] is None for r in replies)


def test_no_script_runs_from_a_hostile_title_or_message(url, browser, tmp_path):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    path = tmp_path / "hostile.abc"
    path.write_text(KESH.replace("T:The Kesh", 'T:<img src=x onerror="window.__xss=1;alert(1)">Kesh'))
    with page.expect_file_chooser() as chooser:
        page.click("#open")
    chooser.value.set_files(str(path))
    page.wait_for_selector("#score-v1 svg", timeout=30_000)
    send(page, '<img src=x onerror="window.__xss=2;alert(2)"><script>window.__xss=3</script> make it faster')
    page.wait_for_selector("#score-v2 svg", timeout=60_000)
    page.click("#versions label:first-child")  # the version list shows the request's words
    page.wait_for_timeout(1000)
    assert page.evaluate("window.__xss === undefined") and dialogs == []
    assert page.evaluate("document.querySelectorAll('[onerror], #chat img, #chat script, #score script').length") == 0
    assert "<img src=x onerror=" in page.inner_text("#chat")  # shown as the characters typed


def test_closing_the_tab_frees_the_model_at_once(url, browser, composer):
    page = browser.new_page()
    page.goto(url)
    # a long turn: three 64-bar slip jigs written together, all waited for (a single one can
    # finish before a busy machine answers the click)
    send(page, "give me three 64-bar slip jigs in A to choose from")
    # any bar of the score: progress is shown a few times a second, so a given bar may be skipped
    page.wait_for_function("/bar [1-9]/.test(document.querySelector('#status').innerText)", timeout=30_000)
    assert composer.generator.lock.locked()  # the model is writing, with dozens of bars to go
    page.close()
    closed = time.monotonic()
    while composer.generator.lock.locked() and time.monotonic() - closed < 10:
        time.sleep(0.02)
    assert time.monotonic() - closed < 1.5


def test_the_score_has_a_clef_on_every_staff_and_grows_when_asked(url, browser):
    page = page_with_a_piece(browser, url, "write a waltz in G for piano")
    send(page, "add a bass line")
    page.wait_for_selector("#score-v2 svg", timeout=60_000)
    clefs = page.eval_on_selector_all("#score svg g.clef", "els => els.length")
    systems = page.eval_on_selector_all("#score svg g.system", "els => els.length")
    assert systems >= 1 and clefs == 2 * systems  # melody and bass, each staff of each system
    column = page.eval_on_selector("#score .score", "e => e.clientWidth")
    page.get_by_label("larger").check()
    page.wait_for_function("document.querySelector('#score .score-page').style.width === '200%'", timeout=10_000)
    assert page.eval_on_selector("#score .score-page svg", "e => e.getBoundingClientRect().width") > 1.5 * column


def test_an_abc_pane_edit_becomes_a_version_and_a_bad_one_is_refused_where_it_is(url, browser):
    page = page_with_a_piece(browser, url, "write a polka in D")
    page.get_by_text("ABC: read and edit the notes").click()
    # the editor is mounted a moment after its accordion opens: wait for it, then for the ABC in it
    page.wait_for_function("(document.querySelector('#abc .cm-content')?.innerText || '').includes('K:')",
                           timeout=10_000)
    abc = page.inner_text("#abc .cm-content")
    tempo = re.search(r"Q:1/4=(\d+)", abc)
    edited = abc.replace(tempo.group(0), "Q:1/4=96") if tempo else abc.replace("\nK:", "\nQ:1/4=96\nK:", 1)

    def put(text):
        page.click("#abc .cm-content")
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
        page.keyboard.insert_text(text)
        page.click("#apply-abc")

    put(edited)
    page.wait_for_selector("#score-v2 svg", timeout=30_000)
    assert "96" in page.inner_text("#chat")
    broken = edited.rstrip("\n") + "\nABCDEFG|\n"  # a short bar at the end, after the final bar line
    put(broken)
    page.wait_for_function("document.querySelector('#status').innerText.includes('line')", timeout=30_000)
    assert page.query_selector("#score-v2 svg") is not None and page.query_selector("#score-v3") is None


def test_three_pieces_are_offered_side_by_side_and_one_is_chosen(url, browser):
    page = wide_page(browser, url)
    send(page, "give me three jigs in D to choose from")
    page.wait_for_selector("#option-3 svg", timeout=60_000)
    assert page.query_selector("#score svg") is None  # none is a version until one is chosen
    page.click("#choose-2")
    page.wait_for_selector("#score-v1 svg", timeout=30_000)
    page.wait_for_selector("#options", state="hidden", timeout=10_000)
    assert "Took that one as version 1" in page.inner_text("#chat")


def test_a_passage_plays_on_a_loop_slower_and_the_piece_is_unchanged(url, browser):
    page = page_with_a_piece(browser, url, "write a reel in D")
    page.get_by_text("Practise a passage").click()
    set_number(page, "first-bar", 3)
    set_number(page, "last-bar", 4)
    page.click("#practise")
    page.wait_for_function("document.querySelector('#status').innerText.includes('on a loop')", timeout=30_000)
    status = page.inner_text("#status")
    assert "Bars 3 to 4 of v1" in status and "75%" in status and "unchanged" in status
    page.wait_for_selector("#loop a[download$='bars_3-4_75pc.wav']", state="attached", timeout=10_000)
    looping = "window.gradio_config.components.find(c => c.props.elem_id === 'loop').props.loop"
    assert page.evaluate(looping) is True  # the player starts it again at its end
    assert page.query_selector("#score-v2") is None  # no new version
    set_number(page, "first-bar", 90)
    set_number(page, "last-bar", 91)
    page.click("#practise")
    page.wait_for_function("document.querySelector('#status').innerText.includes('bars 1 to')", timeout=30_000)


def test_the_pdf_downloads_from_the_page_and_a_midi_upload_becomes_version_1(url, browser, tmp_path):
    import io

    from pypdf import PdfReader
    page = page_with_a_piece(browser, url, "write a hornpipe in G")
    link = page.wait_for_selector("#downloads a[download$='.pdf']", state="attached", timeout=30_000)
    pdf = page.request.get(link.get_attribute("href")).body()
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    midi = page.request.get(page.get_attribute("#downloads a[download$='.mid']", "href")).body()
    (tmp_path / "hornpipe.mid").write_bytes(midi)

    fresh = wide_page(browser, url)  # a new session, no piece yet
    with fresh.expect_file_chooser() as chooser:
        fresh.click("#open")
    chooser.value.set_files(str(tmp_path / "hornpipe.mid"))
    fresh.wait_for_selector("#score-v1 svg", timeout=60_000)
    assert "opened hornpipe.mid" in fresh.inner_text("#chat")
