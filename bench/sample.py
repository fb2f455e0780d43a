"""Benchmark: are sampled pieces valid? With the ABC constraint, and without it.

    python -m bench.sample [--checkpoint checkpoints/small] [--data data] [--prompts 100] [--per-prompt 5]
                           [--only constrained|free] [--bars N]

Prompts are the compose requests of the test dialogues, rendered by the chat template as the
dialogue manager renders them. Each reply's ABC must parse, pass `music/` validation, draw no
Error and no bar-length Warning from `abc2midi -c`, convert with abc2xml and read in music21. With `--bars N` a tune ends at the first point it may after N
bars, as a new piece in the chat does (16 bars unless asked); without it, where the model
ends it or at the token cap.
"""
from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

import torch
from tqdm import tqdm

from corpus.build import read_jsonl
from model import checkpoint
from model.generate import Generator, Sampling
from tokenizer import read_reply, render

from .musical import independent_verdict as verdict


def compose_prompts(data: Path, count: int) -> list[str]:
    messages = [d["turns"][0]["user"] for d in read_jsonl(data / "dialogues" / "test.jsonl")
                if d["turns"] and d["turns"][0]["kind"] == "compose" and not d["start"]]
    return messages[:count]


def run(gen: Generator, prompts: list[str], per_prompt: int, constrain: bool,
        max_tokens: int, bars: int | None = None) -> tuple[collections.Counter, int, float]:
    verdicts, tokens, started = collections.Counter(), 0, time.perf_counter()
    for i, message in enumerate(tqdm(prompts, desc="constrained" if constrain else "free", unit="prompt")):
        ids, _ = render(gen.tok, [], None, message)
        s = Sampling(seed=i, max_tokens=max_tokens, constrain=constrain, piece=True, bars=bars)  # a compose request
        replies = gen.generate(ids, s, candidates=per_prompt)
        for reply in replies:
            tokens += len(reply)
            verdicts[verdict(read_reply(gen.tok, reply).abc)] += 1
    return verdicts, tokens, time.perf_counter() - started


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--data", type=Path, default=Path("data"))
    ap.add_argument("--prompts", type=int, default=100)
    ap.add_argument("--per-prompt", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=900)
    ap.add_argument("--only", choices=("constrained", "free"), default=None, help="run one of the two")
    ap.add_argument("--bars", type=int, default=None, help="end each tune after this many bars, as the chat does")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    model, tok, _ = checkpoint.load(args.checkpoint)
    gen = Generator(model, tok)
    prompts = compose_prompts(args.data, args.prompts)
    for constrain in [mode == "constrained" for mode in (args.only,) if mode] or (True, False):
        verdicts, tokens, seconds = run(gen, prompts, args.per_prompt, constrain, args.max_tokens, args.bars)
        total = sum(verdicts.values())
        print(f"{'with' if constrain else 'without'} the constraint: {verdicts['valid']}/{total} valid "
              f"({100 * verdicts['valid'] / total:.1f}%); {dict(verdicts)}; {tokens:,} tokens in {seconds:.0f} s")


if __name__ == "__main__":
    main()
