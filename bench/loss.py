"""Benchmark: test-split loss of a checkpoint, in bits per token and bits per ABC character.

    python -m bench.loss [--checkpoint checkpoints/small] [--data data] [--split test]

Only the assistant's tokens count (the shards' loss mask). Bits per ABC character divides the
loss of the tokens inside ABC spans by the characters those tokens spell.
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from model import checkpoint


@torch.no_grad()
def split_loss(model, tok, folder: Path, split: str, max_examples: int | None = None) -> dict:
    tokens = np.load(folder / f"{split}.tokens.npy", mmap_mode="r")
    mask = np.load(folder / f"{split}.mask.npy", mmap_mode="r")
    offsets = np.load(folder / f"{split}.offsets.npy")
    count = len(offsets) - 1 if max_examples is None else min(max_examples, len(offsets) - 1)
    s = tok.special
    nats = abc_nats = 0.0
    n_tokens = abc_chars = 0
    for i in range(count):
        ids = torch.from_numpy(np.asarray(tokens[offsets[i]:offsets[i + 1]], dtype=np.int64))
        m = torch.from_numpy(np.asarray(mask[offsets[i] + 1:offsets[i + 1]], dtype=np.bool_))
        logits = model(ids[None, :-1])[0]
        losses = F.cross_entropy(logits, ids[1:], reduction="none")
        targets = ids[1:]
        inside = torch.zeros_like(m)
        opened = False
        for j, t in enumerate(targets.tolist()):  # which targets lie inside the reply's ABC span
            if t == s["<|/abc|>"]:
                opened = False
            inside[j] = opened
            if t == s["<|abc|>"]:
                opened = True
        inside &= m
        nats += losses[m].sum().item()
        n_tokens += int(m.sum())
        abc_nats += losses[inside].sum().item()
        abc_chars += sum(len(tok.piece_bytes[t]) for t in targets[inside].tolist())
    return {"examples": count, "tokens": n_tokens, "loss_per_token": nats / n_tokens,
            "bits_per_token": nats / n_tokens / math.log(2),
            "bits_per_abc_char": abc_nats / max(abc_chars, 1) / math.log(2), "abc_chars": abc_chars}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--data", type=Path, default=Path("data"))
    ap.add_argument("--split", default="test")
    ap.add_argument("--max-examples", type=int, default=None)
    args = ap.parse_args()
    model, tok, _ = checkpoint.load(args.checkpoint)
    r = split_loss(model.eval(), tok, args.data / "shards", args.split, args.max_examples)
    print(f"{args.split}: {r['examples']} examples, {r['tokens']:,} assistant tokens: loss {r['loss_per_token']:.4f} "
          f"nats/token = {r['bits_per_token']:.4f} bits/token; ABC {r['bits_per_abc_char']:.4f} bits/character "
          f"over {r['abc_chars']:,} characters")


if __name__ == "__main__":
    main()
