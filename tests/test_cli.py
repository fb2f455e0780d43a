import subprocess
import sys

import pytest

from tests.conftest import KESH

pytestmark = pytest.mark.slow  # each test starts the command line in a subprocess


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "tunesmith", *args], capture_output=True, text=True, input=stdin)


@pytest.fixture
def kesh_file(tmp_path):
    path = tmp_path / "kesh.abc"
    path.write_text(KESH)
    return str(path)


def test_normalize_and_check(kesh_file):
    out = run("abc", "normalize", kesh_file)
    assert out.returncode == 0 and out.stdout.startswith("X:1\nT:The Kesh\nM:6/8\nL:1/8\nK:G\nV:1\n")
    assert run("abc", "check", kesh_file).returncode == 0


def test_check_reports_each_bad_bar(tmp_path):
    path = tmp_path / "bad.abc"
    path.write_text("X:1\nT:Bad\nM:3/4\nL:1/8\nK:D\nA2B2c2|d2e2|f2g2a2b2|A6|]\n")
    out = run("abc", "check", str(path))
    assert out.returncode == 1
    assert "bar 2" in out.stdout and len(out.stdout.strip().splitlines()) >= 2
    assert "Traceback" not in out.stderr


def test_edit_combines_options(kesh_file):
    out = run("abc", "edit", kesh_file, "--transpose", "A", "--tempo", "140", "--instrument", "fiddle",
              "--add-bass", "roots", "--add-chords")
    assert out.returncode == 0, out.stderr
    assert "K:A" in out.stdout and "Q:1/4=140" in out.stdout and 'V:2 nm="Bass" clef=bass' in out.stdout
    assert '"A"' in out.stdout and "%%MIDI program 40" in out.stdout


@pytest.mark.parametrize("args, words", [
    (["abc", "normalize", "/no/such/file.abc"], "no such file"),
    (["abc", "edit", "KESH", "--mode", "happy"], "unknown mode"),
    (["abc", "edit", "KESH", "--instrument", "kazoo-9000"], "unknown instrument"),
    (["abc", "edit", "KESH", "--bars", "99"], "only"),
    (["abc", "edit", "KESH", "--add-bass", "funk"], "unknown bass style"),
    (["abc", "edit", "KESH", "--tempo", "5"], "tempo"),
])
def test_errors_are_one_clear_sentence(kesh_file, args, words):
    out = run(*[kesh_file if a == "KESH" else a for a in args])
    assert out.returncode != 0
    assert words in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("content", ["", "hello world", "X:1\nK:G\n" + "ABC|" * 40000, "\x00\x01\x02"])
def test_bad_files_give_a_message_not_a_traceback(tmp_path, content):
    path = tmp_path / "junk.abc"
    path.write_text(content)
    for verb in ("normalize", "check"):
        out = run("abc", verb, str(path))
        assert out.returncode != 0 and "Traceback" not in out.stderr + out.stdout


@pytest.mark.parametrize("fmt", ["musicxml", "midi", "svg", "wav"])
def test_export_writes_files(kesh_file, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    out = run("abc", "export", kesh_file, "--to", fmt, "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert target.stat().st_size > 500
