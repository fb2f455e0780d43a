"""Benchmark: how the vocabulary size changes sequence lengths, to choose it by measurement.

    python -m bench.tokenizer [--data data] [--sizes 1000 2000 4000 8000]

Trains a vocabulary of each size on the built train dialogues and reports, on the valid split,
tokens per tune, characters per token for ABC and for English, and tokens per training example.
It also checks the exact round trip of every train sequence with the built vocabulary.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from corpus.build import dialogue_texts, examples, read_jsonl
from tokenizer import Tokenizer, render, train


def measure(tok: Tokenizer, dialogues: list[dict]) -> dict:
    abc = [t["abc"] for d in dialogues for t in d["turns"] if t["abc"] and t["kind"] == "compose"]
    prose = [x for d in dialogues for t in d["turns"] for x in (t["user"], t["text"])]
    abc_tokens = sum(len(tok.encode(x)) for x in abc)
    prose_tokens = sum(len(tok.encode(x)) for x in prose)
    lengths = [len(render(tok, *e)[0]) for d in dialogues for e in examples(d)]
    return {"tokens/tune": abc_tokens / len(abc), "chars/token abc": sum(map(len, abc)) / abc_tokens,
            "chars/token prose": sum(map(len, prose)) / prose_tokens,
            "tokens/example": float(np.mean(lengths)), "p95 example": float(np.percentile(lengths, 95))}


def round_trip(tok: Tokenizer, dialogues: list[dict]) -> tuple[int, int]:
    texts = list(dialogue_texts(dialogues))
    return sum(tok.decode(tok.encode(x)) == x for x in texts), len(texts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("data"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    args = ap.parse_args()
    train_d = read_jsonl(args.data / "dialogues" / "train.jsonl")
    valid_d = read_jsonl(args.data / "dialogues" / "valid.jsonl")
    ok, total = round_trip(Tokenizer.load(args.data / "tokenizer.model"), train_d)
    print(f"round trip on train sequences with the built vocabulary: {ok}/{total} exact ({100 * ok / total:.2f}%)")
    print(f"{'vocab':>6} {'tokens/tune':>12} {'chars/tok abc':>14} {'chars/tok prose':>16} "
          f"{'tokens/example':>15} {'p95 example':>12} {'train s':>8}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.time()
            tok = train(dialogue_texts(train_d), Path(tmp) / "m.model", size)
            seconds = time.time() - started
        m = measure(tok, valid_d)
        print(f"{size:>6} {m['tokens/tune']:>12.1f} {m['chars/token abc']:>14.2f} {m['chars/token prose']:>16.2f} "
              f"{m['tokens/example']:>15.1f} {m['p95 example']:>12.0f} {seconds:>8.1f}")


if __name__ == "__main__":
    main()
