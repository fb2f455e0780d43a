"""Benchmark: decoding and training speed of the model, beside Hugging Face GPT-2.

    python -m bench.model [--checkpoint checkpoints/small] [--replies 12] [--threads 1]

Decode: tokens per second at batch 1 for the shipped model through `Generator`, writing
whole replies as the chat asks for them (prose, then a piece whose ABC the constraint checks
token by token; the prompt's pass is counted in the time): composing a new piece, and
revising it (a change of key, which the model writes as a whole piece). The same replies
without the constraint, and with the decoder's projections in fp32 rather than 8 bits. Beside it, transformers'
GPT2LMHeadModel of the same width, depth, heads and vocabulary (random weights) through
`generate()` from the same composing prompt, in the same process. Training: tokens per
second of `model.train`'s masked step beside a plain next-token loop over the same model.
Peak resident memory of the process.
"""
from __future__ import annotations

import argparse
import resource
import time
from dataclasses import replace

import torch

from reading.request import header_for, read_request
from model import checkpoint
from model.decode import Decoder
from model.generate import Generator, Sampling
from model.train import Settings, make_optimizer, masked_loss
from music.abc import parse
from tokenizer import Turn, read_reply, render

COMPOSE = "write a lively jig in D for fiddle"
REVISE = "put it in A major"


def compose_prompt(tok) -> tuple[list[int], None, dict]:
    ids, _ = render(tok, [], None, COMPOSE)
    return ids, None, header_for(read_request(COMPOSE), None)


def revise_prompt(gen: Generator, tok):
    """A change of key to the piece the model composed first, as the chat asks for it (the key
    held by the constraint): the model writes the piece again."""
    ids, _, header = compose_prompt(tok)
    (reply,) = gen.generate(ids, Sampling(seed=0, max_tokens=900, piece=True, bars=16), header=header)
    written = read_reply(tok, reply)
    piece = parse(written.abc)
    ids, _ = render(tok, [Turn(COMPOSE, written)], written.abc, REVISE)
    return ids, piece, header_for(read_request(REVISE), piece)


def our_decode(gen: Generator, prompt, replies: int, **sampling) -> tuple[float, int]:
    """Tokens per second over `replies` whole replies (seeds 0..), and the tokens written."""
    ids, base, header = prompt
    s = Sampling(max_tokens=900, piece=True, bars=16 if base is None else None, **sampling)
    gen.generate(ids, replace(s, seed=1000, max_tokens=8), header=header, base=base)  # warm up
    tokens, seconds = 0, 0.0
    for seed in range(replies):
        started = time.perf_counter()
        (reply,) = gen.generate(ids, replace(s, seed=seed), header=header, base=base)
        seconds += time.perf_counter() - started
        tokens += len(reply)
    return tokens / seconds, tokens


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
    ap.add_argument("--replies", type=int, default=12)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    model, tok, _ = checkpoint.load(args.checkpoint)
    c = model.config
    print(f"model: {model.num_params() / 1e6:.2f}M parameters, {c.n_layer} layers, dim {c.dim}, "
          f"{c.n_head} heads, vocabulary {c.vocab_size}; {args.threads} threads")
    gen = Generator(model, tok)
    compose, revise = compose_prompt(tok), revise_prompt(gen, tok)
    rates = {}
    fp32 = Decoder(model, int8=False)
    for name, prompt in (("composing", compose), ("revising", revise)):
        rates[name] = our_decode(gen, prompt, args.replies)
        free, _ = our_decode(gen, prompt, args.replies, constrain=False)
        gen.decoder, shipped = fp32, gen.decoder
        full, _ = our_decode(gen, prompt, args.replies)
        gen.decoder = shipped
        print(f"decode, batch 1, {name}: {rates[name][0]:,.0f} tokens/s with the ABC constraint "
              f"({rates[name][1]:,} tokens in {args.replies} replies); without it {free:,.0f}; "
              f"with fp32 projections {full:,.0f}")
    hf = hf_decode(c, compose[0], 300)
    ratios = ", ".join(f"{name} {rate / hf:.1f}x" for name, (rate, _) in rates.items())
    print(f"Hugging Face GPT-2 generate(), same size, 300 tokens from the composing prompt: {hf:,.0f} tokens/s; "
          f"ours: {ratios}")
    model, _, _ = checkpoint.load(args.checkpoint)
    ours, plain = train_speed(model, tok)
    print(f"training, batch 8 x 512: our step {ours:,.0f} tokens/s; plain loop {plain:,.0f} tokens/s")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
