"""Benchmark: how long a new piece takes to answer, as a user waits for it.

    python -m bench.replies [--prompts 100] [--threads 1]

Each of the hand-written held-out requests (`bench/heldout_prompts.jsonl`) goes to a fresh
session of the shipped model; the time of `session.send` is taken (the model loaded once, the
first reply not counted as it warms the decoder).
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import torch

PROMPTS = Path(__file__).with_name("heldout_prompts.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--prompts", type=int, default=100)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    from chat import Composer
    composer = Composer.load()
    prompts = [json.loads(line)["prompt"] for line in PROMPTS.read_text().splitlines()][:args.prompts]
    composer.session(seed=0).send(prompts[0])  # warm up
    times, pieces = [], 0
    for i, prompt in enumerate(prompts):
        session = composer.session(seed=i)
        started = time.perf_counter()
        reply = session.send(prompt)
        times.append(time.perf_counter() - started)
        pieces += reply.abc is not None
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"{len(times)} new pieces ({pieces} written): median {statistics.median(times):.2f} s, "
          f"p95 {p95:.2f} s, max {times[-1]:.2f} s")


if __name__ == "__main__":
    main()
