"""Benchmark: many browser sessions at once against the real app, each checking it sees only
its own piece; and a soak of thousands of requests watching memory and the output folder.

    python -m bench.load [--clients 200] [--compose 0]        # concurrent sessions
    python -m bench.load --soak 2000 [--keep 100]            # requests, one after another

Concurrent: each client (its own `gradio_client` session) opens a tune of its own (a title
and key no other client has), asks what key it is in, and fetches its downloads; with
--compose N, the first N clients also ask the model for a new piece. A leak is any reply or
file that carries another client's title. Prints errors, leaks, and latency per request
(p50, p95). Soak: uploads, questions, edits and undos in turn from a few sessions, with the
server's resident memory and the output folder's size sampled as it goes.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

KEYS = ["C", "G", "D", "A", "E", "F", "Bb", "Eb"]
WAIT = 900  # seconds a client waits for an answer: under load, requests queue rather than fail


def client_of(url: str):
    """A session of its own. Files are not downloaded with every answer (the WAV alone is a
    megabyte): a client fetches the ABC it checks by its URL."""
    from gradio_client import Client
    return Client(url, verbose=False, analytics_enabled=False, download_files=False,
                  httpx_kwargs={"timeout": WAIT})


def fetch_abc(files) -> str:
    """The text of the .abc among a /files answer (file data with URLs)."""
    import httpx
    for f in files or []:
        if str(f.get("path", "")).endswith(".abc"):
            return httpx.get(f["url"], timeout=WAIT).text
    return ""


def tune_of(n: int) -> str:
    """A short reel whose title names its client, in a key that follows from n."""
    return (f"X:1\nT:Client {n} Reel\nM:4/4\nL:1/8\nQ:1/4=120\nK:{KEYS[n % len(KEYS)]}\n"
            f"|:{'ABcd efge|' * 7}dcBA G4:|\n")


def launch(output: Path, waiting: int | None = None):
    """The app with the shipped model on a free port: (url, app)."""
    import socket

    from chat import Composer
    from ui.app import WAITING, build, launch as serve, warm_up
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = build(Composer.load(), output, waiting=WAITING if waiting is None else waiting)
    serve(app, output, port=port, prevent_thread_lock=True, quiet=True)
    warm_up()
    return f"http://127.0.0.1:{port}/", app


def one_client(url: str, n: int, folder: Path, compose: bool) -> dict:
    """One session's requests; what went wrong, and how long each request took."""
    from gradio_client import handle_file
    out = {"errors": [], "leaks": [], "seconds": []}
    title = f"Client {n} Reel"

    def timed(*args, **kwargs):
        started = time.monotonic()
        result = client.predict(*args, **kwargs)
        out["seconds"].append(time.monotonic() - started)
        return result

    def leaked(text: str):
        return [t for t in re.findall(r"Client (\d+) Reel", text) if int(t) != n]

    try:
        client = client_of(url)
        path = folder / f"client{n}.abc"
        path.write_text(tune_of(n))
        shown = timed(handle_file(str(path)), api_name="/upload")
        if title not in shown[2]:
            out["errors"].append(f"client {n}: its score does not show its title")
        out["leaks"] += leaked(json.dumps(shown))
        reply = timed("what key is it in?", api_name="/chat")
        if reply["version"] != 1 or title not in (reply["abc"] or ""):
            out["errors"].append(f"client {n}: its piece is not version 1: {reply['text'][:80]}")
        out["leaks"] += leaked(json.dumps(reply))
        abc = fetch_abc(timed(api_name="/files"))
        if title not in abc:
            out["errors"].append(f"client {n}: its download is not its piece")
        out["leaks"] += leaked(abc)
        if compose:
            made = timed("write a hornpipe in G", api_name="/chat")
            if made["error"] not in (None, "busy"):
                out["errors"].append(f"client {n}: {made['error']}")
    except Exception as e:  # noqa: BLE001 - counted and reported: that is the measurement
        out["errors"].append(f"client {n}: {type(e).__name__}: {e}")
    return out


def concurrent(url: str, clients: int, compose: int = 0) -> dict:
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda n: one_client(url, n, Path(tmp), n < compose), range(clients)))
    seconds = sorted(s for r in results for s in r["seconds"])
    return {"clients": clients, "requests": len(seconds),
            "errors": [e for r in results for e in r["errors"]],
            "leaks": [x for r in results for x in r["leaks"]],
            "p50_s": round(statistics.median(seconds), 3) if seconds else None,
            "p95_s": round(seconds[int(0.95 * (len(seconds) - 1))], 3) if seconds else None}


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def soak(url: str, output: Path, requests: int, sessions: int = 4) -> dict:
    """`requests` requests from a few sessions in turn; memory and output size as they go."""
    from gradio_client import handle_file
    clients = [client_of(url) for _ in range(sessions)]
    steps = ["upload", "question", "tempo", "undo", "files"]
    samples, errors, seconds = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(requests):
            client, step, n = clients[i % sessions], steps[(i // sessions) % len(steps)], i
            path = Path(tmp) / f"soak{n % 50}.abc"
            started = time.monotonic()
            try:
                if step == "upload":
                    path.write_text(tune_of(n))
                    client.predict(handle_file(str(path)), api_name="/upload")
                elif step == "question":
                    client.predict("what key is it in?", api_name="/chat")
                elif step == "tempo":
                    client.predict("make it a little faster", api_name="/chat")
                elif step == "undo":
                    client.predict(api_name="/undo")
                else:
                    client.predict(api_name="/files")
            except Exception as e:  # noqa: BLE001 - counted
                errors.append(f"{step}: {type(e).__name__}: {e}")
            seconds.append(time.monotonic() - started)
            if i % 100 == 0 or i == requests - 1:
                samples.append({"request": i, "rss_mb": round(resident_mb(), 1),
                                "output_mb": round(folder_mb(output), 1)})
                print(json.dumps(samples[-1]), flush=True)
    seconds.sort()
    return {"requests": requests, "errors": errors[:20], "error_count": len(errors), "samples": samples,
            "p50_s": round(statistics.median(seconds), 3), "p95_s": round(seconds[int(0.95 * (requests - 1))], 3),
            "rss_first_mb": samples[0]["rss_mb"], "rss_last_mb": samples[-1]["rss_mb"],
            "rss_peak_mb": max(s["rss_mb"] for s in samples),
            "output_peak_mb": max(s["output_mb"] for s in samples)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--compose", type=int, default=0, help="clients that also ask the model for a piece")
    ap.add_argument("--soak", type=int, default=0, help="requests of the soak test (instead of the concurrent one)")
    ap.add_argument("--keep", type=int, default=None,
                    help="renders the output folder keeps (default: the app's 400); lower, a soak passes the cap sooner")
    args = ap.parse_args(argv)
    if args.keep:
        from ui import views
        views.KEEP_RENDERS = args.keep
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "output"
        url, app = launch(output)
        try:
            result = soak(url, output, args.soak) if args.soak else concurrent(url, args.clients, args.compose)
        finally:
            app.close()
    result["errors"] = result["errors"][:20]
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
