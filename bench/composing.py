"""Benchmark: how well a checkpoint predicts the real new bars of composing edits.

    python -m bench.composing [--checkpoint DIR ...] [--tunes data/tunes.jsonl] [--limit N]

For each test-split tune, the data builder's composing edits (`corpus.dialogues.edit_asked`:
more bars after its first half, its B part after its A part, its last phrase after plain bars
in its place, bars i..j after plain ones) are put to the model as the session puts them (`chat.Session.write_on`): the
piece the user brings, the request, the plan's words and the kept opening. The loss counts only
the tokens of the tune's real new bars (and the end of the ABC), in bits per ABC character, by
kind. Lower means the model expects what the tune really does there. Several checkpoints are
measured on the same edits, side by side.
"""
from __future__ import annotations

import argparse
import json
import math
import random
from collections import defaultdict
from pathlib import Path

import torch
import torch.nn.functional as F

from corpus import phrasing as P
from corpus.dialogues import edit_asked
from model import checkpoint
from music.abc import parse, serialise
from music.continuation import COMPOSED
from reading.plan import plan_of
from reading.request import read_request
from tokenizer import render

KINDS = [k for k in COMPOSED if k != "variation"]  # a variation has no single real target


def edits_of(tunes_file: Path, limit: int | None = None) -> list[tuple[str, str, str, str, str, str]]:
    """(kind, the piece brought, the message, the plan's words, its kept opening, the reply's
    ABC) for test-split tunes."""
    rows = [json.loads(line) for line in tunes_file.read_text().splitlines()]
    found = []
    for record in (r for r in rows if r["split"] == "test"):
        tune = parse(record["abc"])
        if len(tune.voices) != 1:
            continue
        for kind in KINDS:
            made = edit_asked(kind, tune, P.Speaker(random.Random(f"{record['id']}:{kind}"), heldout=True))
            if made is not None:
                before, user, plan, written = made
                found.append((kind, serialise(before), user, plan.words, plan.start, written))
        if limit is not None and len(found) >= limit:
            break
    return found


@torch.no_grad()
def new_bar_loss(model, tok, edits, planned: bool = True) -> dict[str, dict]:
    """Nats and characters of the new bars, by kind and over all; `planned`, with the turn's plan
    written before the words, as the session writes it."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    counted: dict[str, int] = defaultdict(int)
    s = tok.special
    for kind, piece, user, words, start, written in edits:
        plan = [s["<|action|>"], *tok.encode(plan_of(read_request(user))), s["<|/action|>"]] if planned else []
        given = render(tok, [], piece, user)[0] + plan + tok.encode(words) + [s["<|abc|>"]] + tok.encode(start)
        x = torch.tensor(given + tok.encode(written[len(start):]) + [s["<|/abc|>"]], dtype=torch.long)
        if len(x) > model.config.max_seq:
            continue  # longer than the model's window: the session would not ask it either
        losses = F.cross_entropy(model(x[None, :-1])[0], x[1:], reduction="none")[len(given) - 1:]
        chars = len(written) - len(start)
        for name in (kind, "all"):
            totals[name][0] += losses.sum().item()
            totals[name][1] += chars
        counted[kind] += 1
        counted["all"] += 1
    return {name: {"edits": counted[name], "bits_per_char": nats / chars / math.log(2)}
            for name, (nats, chars) in totals.items()}


def main():
    ap = argparse.ArgumentParser(prog="python -m bench.composing", description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", action="append", default=None, help="a checkpoint folder (repeat to compare)")
    ap.add_argument("--tunes", type=Path, default=Path("data/tunes.jsonl"))
    ap.add_argument("--limit", type=int, default=None, help="edits to measure (default: every one the test split has)")
    ap.add_argument("--without-plan", action="store_true", help="no plan before the words (a model trained without)")
    args = ap.parse_args()
    edits = edits_of(args.tunes, args.limit)
    folders = args.checkpoint or [None]
    results = {}
    for folder in folders:
        model, tok, _ = checkpoint.load(folder)
        results[str(folder or "shipped")] = new_bar_loss(model.eval(), tok, edits, not args.without_plan)
    names = ["all"] + KINDS
    print("| checkpoint | " + " | ".join(f"{n} ({results[next(iter(results))].get(n, {}).get('edits', 0)})"
                                         for n in names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for folder, r in results.items():
        print(f"| {folder} | " + " | ".join(f"{r[n]['bits_per_char']:.3f}" if n in r else "-" for n in names) + " |")
    print("bits per ABC character of the real new bars (lower: the model expects what the tune does)")


if __name__ == "__main__":
    main()
