"""Benchmark: decoding and training speed of the model, beside Hugging Face GPT-2.

    python -m bench.model [--checkpoint checkpoints/small] [--tokens 300] [--threads 2]

Decode: tokens per second at batch 1 for the shipped model through `Generator` (with and
without the ABC constraint, with and without prompt-lookup drafts), and for transformers'
GPT2LMHeadModel of the same width, depth, heads and vocabulary (random weights) through
`generate()`, in the same process. Training: tokens per second of `model.train`'s masked step
beside a plain next-token loop over the same model. Peak resident memory of the process.
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import torch

from corpus.build import read_jsonl
from model import checkpoint
from model.generate import Generator, Sampling
from model.train import Settings, make_optimizer, masked_loss
from tokenizer import render


def prompt_ids(tok) -> list[int]:
    ids, _ = render(tok, [], None, "write a lively jig in D for fiddle")
    return ids + [tok.special["<|abc|>"]]


def edit_prompt(tok) -> list[int]:
    """A revision: the current piece is in the prompt, and the reply rewrites it."""
    for d in read_jsonl(Path("data") / "dialogues" / "test.jsonl"):
        if d["turns"][0]["kind"] == "compose" and len(d["turns"]) > 1 and d["turns"][1]["kind"] == "edit:tempo":
            ids, _ = render(tok, [], d["turns"][0]["abc"], d["turns"][1]["user"])
            return ids
    raise OSError("no tempo edit in data/dialogues/test.jsonl: run `tunesmith data build` first")


def our_decode(gen: Generator, prompt: list[int], n: int, constrain: bool, speculate: bool = False) -> float:
    s = Sampling(seed=0, max_tokens=n, constrain=constrain, temperature=1.0, speculate=speculate)
    list(gen.stream(prompt, Sampling(seed=0, max_tokens=8, constrain=constrain)))  # warm up
    started, count = time.perf_counter(), 0
    for _ in gen.stream(prompt, s):
        count += 1
    return count / (time.perf_counter() - started)


def hf_decode(config, prompt: list[int], n: int) -> float:
    from transformers import GPT2Config, GPT2LMHeadModel
    hf = GPT2LMHeadModel(GPT2Config(vocab_size=config.vocab_size, n_positions=config.max_seq, n_embd=config.dim,
                                    n_layer=config.n_layer, n_head=config.n_head, n_inner=config.hidden)).eval()
    x = torch.tensor([prompt])
    kwargs = dict(do_sample=True, top_k=40, temperature=1.0, pad_token_id=0, eos_token_id=None)
    with torch.inference_mode():
        hf.generate(x, max_new_tokens=8, min_new_tokens=8, **kwargs)
        started = time.perf_counter()
        out = hf.generate(x, max_new_tokens=n, min_new_tokens=n, **kwargs)
    return (out.shape[1] - x.shape[1]) / (time.perf_counter() - started)


def train_speed(model, tok, steps: int = 4, batch: int = 8, seq: int = 512) -> tuple[float, float]:
    """(our masked step, a plain next-token loop) in tokens per second."""
    x = torch.randint(0, tok.vocab_size, (batch, seq))
    y = torch.randint(0, tok.vocab_size, (batch, seq))
    mask = torch.ones(batch, seq)
    opt = make_optimizer(model, Settings())
    model.train()

    def ours():
        masked_loss(model, x, y, mask).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)

    plain_opt = torch.optim.AdamW(model.parameters(), lr=1e-3)

    def plain():
        logits = model(x)
        torch.nn.functional.cross_entropy(logits.view(-1, logits.shape[-1]), y.view(-1)).backward()
        plain_opt.step()
        plain_opt.zero_grad()

    rates = []
    for step in (ours, plain):
        step()
        started = time.perf_counter()
        for _ in range(steps):
            step()
        rates.append(steps * batch * seq / (time.perf_counter() - started))
    return rates[0], rates[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--tokens", type=int, default=300)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    model, tok, _ = checkpoint.load(args.checkpoint)
    c = model.config
    print(f"model: {model.num_params() / 1e6:.2f}M parameters, {c.n_layer} layers, dim {c.dim}, "
          f"{c.n_head} heads, vocabulary {c.vocab_size}; {args.threads} threads")
    prompt = prompt_ids(tok)
    gen = Generator(model, tok)
    free = our_decode(gen, prompt, args.tokens, constrain=False)
    constrained = our_decode(gen, prompt, args.tokens, constrain=True)
    drafted = our_decode(gen, prompt, args.tokens, constrain=True, speculate=True)
    edit = edit_prompt(tok)
    edit_rate = our_decode(gen, edit, args.tokens, constrain=True)
    edit_drafted = our_decode(gen, edit, args.tokens, constrain=True, speculate=True)
    hf = hf_decode(c, prompt, args.tokens)
    print(f"decode, batch 1, composing: ours {free:,.0f} tokens/s; with the ABC constraint {constrained:,.0f}; "
          f"constrained with prompt-lookup drafts {drafted:,.0f}; Hugging Face GPT-2 generate() {hf:,.0f}; "
          f"ratio {constrained / hf:.1f}x")
    print(f"decode, batch 1, revising a piece (tempo edit), constrained: {edit_rate:,.0f} tokens/s "
          f"({edit_drafted:,.0f} with drafts), {edit_rate / hf:.1f}x the Hugging Face baseline")
    model, _, _ = checkpoint.load(args.checkpoint)
    ours, plain = train_speed(model, tok)
    print(f"training, batch 8 x 512: our step {ours:,.0f} tokens/s; plain loop {plain:,.0f} tokens/s")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
