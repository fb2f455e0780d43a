"""How well requests are read: each message of a hand-written set read by `reading.request`, its
reading compared with the one written beside it, right or wrong per kind.

    python -m bench.reading bench/reading_heldout.jsonl [--show-wrong]
    python -m bench.reading bench/reading_heldout_4.jsonl --model checkpoints/small
    python -m bench.reading bench/reading_*.jsonl --typed lower

With --typed, each message is read again as typed in small letters throughout ("lower") or
without stops ("unstopped"), and the messages read right as written that then read otherwise
are counted.

With --model, each message is read as the session reads it (`Session.understood`), with a
jig in D open: the rules where they read something definite, else the model's plan of the turn.
A reading the session only offers ("Did you mean ...?", the piece untouched) is counted apart:
not read right, and "offered right" where the offer was the reading written.

The sets (`bench/reading_dev.jsonl`, `bench/reading_heldout.jsonl`) were written by people who
saw neither the reader nor the dialogue generator, in the schema of `bench/reading.md`.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from reading.request import Request, read_request
from reading.schema import expected, reading_of, same


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sets", type=Path, nargs="+")
    p.add_argument("--show-wrong", action="store_true")
    p.add_argument("--model", type=Path, help="a checkpoint: read as the session does, the model's plan included")
    p.add_argument("--model-alone", action="store_true", help="with --model: the model's plan of every message")
    p.add_argument("--typed", choices=sorted(TYPED), help="read each message again as typed this way")
    args = p.parse_args()
    if args.typed:
        return typed_otherwise(args.sets, TYPED[args.typed])
    read = session_reader(args.model, args.model_alone) if args.model else lambda message: (read_request(message), None)
    right, offered, total = Counter(), Counter(), Counter()
    reading_time = 0.0
    for path in args.sets:
        for line in path.read_text().splitlines():
            case = json.loads(line)
            kind = case["kind"] if "+" not in case["kind"] else "two changes"
            want = expected(case)
            started = time.perf_counter()
            request, offer = read(case["message"])
            reading_time += time.perf_counter() - started
            got = reading_of(request)
            ok = offer is None and same(want, got)
            total[kind] += 1
            right[kind] += ok
            offered[kind] += offer is not None and same(want, reading_of(offer))
            if not ok and args.show_wrong:
                shown = f"offered {reading_of(offer)}" if offer is not None else f"got  {got}"
                print(f"WRONG {case['message']!r}\n   want {want}\n   {shown}")
    print("| kind | read right | offered right |\n|---|---|---|")
    for kind in sorted(total):
        print(f"| {kind} | {right[kind]}/{total[kind]} ({100 * right[kind] / total[kind]:.0f}%) | {offered[kind]} |")
    print(f"| all | {sum(right.values())}/{sum(total.values())} ({100 * sum(right.values()) / sum(total.values()):.1f}%) "
          f"| {sum(offered.values())} |")
    print(f"{1000 * reading_time / sum(total.values()):.1f} ms a message")


# a message as typed on a phone: in small letters throughout, or without stops
TYPED = {"lower": str.lower, "unstopped": lambda message: re.sub(r"[.,!?;:]+(?=\s|$)", "", message)}


def typed_otherwise(sets: list[Path], typed) -> None:
    """How many of the messages read right as written read otherwise as typed."""
    right = changed = 0
    for path in sets:
        for line in path.read_text().splitlines():
            case = json.loads(line)
            want, message = expected(case), case["message"]
            if typed(message) == message or not same(want, reading_of(read_request(message))):
                continue
            right += 1
            if not same(want, reading_of(read_request(typed(message)))):
                changed += 1
                print(f"OTHERWISE {typed(message)!r}")
    print(f"read right as written and typed otherwise: {right}; read otherwise: {changed}")


def session_reader(checkpoint: Path, alone: bool = False):
    """Reading as a session does, with the jig in D the sets suppose open; or, `alone`, the
    model's plan of every message (a plan that does not read counts as nothing read)."""
    from chat import Composer
    session = Composer.load(checkpoint).session()
    tunes = [json.loads(line) for line in Path("bench/edit_tunes.jsonl").read_text().splitlines()]
    session.upload(next(t["abc"] for t in tunes if t["style"] == "jig" and t["key"] == "D major"))
    if alone:
        from reading.plan import request_of
        return lambda message: (request_of((session.generator.plan(session.prompt(message)) or ("",))[0]) or Request(),
                                None)
    return lambda message: session.understood(message, read_request(message))


if __name__ == "__main__":
    main()
