"""Training: `tunesmith train --preset small --data data --out runs/small`.

One loop for one CPU, one GPU, or several GPUs under torchrun (DistributedDataParallel).
Batches are windows of the token shards that start where an example starts, so every window
opens with a whole prompt; the loss counts only the assistant's tokens (the shards' mask).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from tqdm import tqdm

from tokenizer import Tokenizer

from . import checkpoint
from .lstm import LSTM, LSTMConfig
from .model import Transformer, preset


@dataclass
class Settings:
    preset: str = "small"
    data: Path = Path("data")
    out: Path = Path("runs/small")
    seq: int = 1024
    batch: int = 8  # windows per step on each process
    accumulate: int = 1
    steps: int = 20000
    lr: float = 1e-3
    min_lr: float = 1e-4
    warmup: int = 300
    weight_decay: float = 0.1
    clip: float = 1.0
    eval_every: int = 250
    eval_batches: int = 20
    patience: int = 8  # evaluations without improvement before stopping
    max_seconds: float = 0.0  # training-time budget, interruptions not counted; 0 means none
    seed: int = 0
    threads: int = 0  # CPU threads; 0 keeps torch's default
    dtype: str = "float32"  # autocast dtype: "bfloat16" on GPUs and CPUs with AMX; "float32" turns it off
    init: str = ""  # a checkpoint to start from (fine-tuning), in the data's vocabulary; a resume ignores it
    corpus: str = "dialogues"  # what to learn from: "dialogues", or "tunes" alone (the first stage)


# the shards each corpus trains on and is validated on (see corpus/build.py)
CORPORA = {"dialogues": ("train", "valid"), "tunes": ("tunes", "tunes_valid")}


class Shards:
    """One split's token shards, read through memory maps."""

    def __init__(self, folder: Path, split: str):
        self.tokens = np.load(folder / f"{split}.tokens.npy", mmap_mode="r")
        self.mask = np.load(folder / f"{split}.mask.npy", mmap_mode="r")
        self.starts = np.load(folder / f"{split}.offsets.npy")[:-1]

    def window(self, start: int, seq: int) -> tuple[np.ndarray, np.ndarray]:
        start = min(start, len(self.tokens) - seq - 1)
        return (np.asarray(self.tokens[start:start + seq + 1], dtype=np.int64),
                np.asarray(self.mask[start + 1:start + seq + 1], dtype=np.float32))

    def batch(self, rng: np.random.Generator, size: int, seq: int, device) -> tuple[torch.Tensor, ...]:
        return self.stack([self.window(int(s), seq) for s in rng.choice(self.starts, size)], device)

    def fixed_batches(self, count: int, size: int, seq: int, device) -> list[tuple[torch.Tensor, ...]]:
        """The same evaluation batches every time, spread over the split."""
        picks = np.linspace(0, len(self.starts) - 1, count * size).astype(int)
        return [self.stack([self.window(int(self.starts[i]), seq) for i in picks[b * size:(b + 1) * size]], device)
                for b in range(count)]

    @staticmethod
    def stack(windows, device) -> tuple[torch.Tensor, ...]:
        tokens = torch.from_numpy(np.stack([w[0] for w in windows]))
        mask = torch.from_numpy(np.stack([w[1] for w in windows]))
        return tokens[:, :-1].to(device), tokens[:, 1:].to(device), mask.to(device)


def masked_loss(model, x, y, mask) -> torch.Tensor:
    logits = model(x)
    losses = F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), y.reshape(-1), reduction="none")
    return (losses * mask.reshape(-1)).sum() / mask.sum().clamp(min=1)


def learning_rate(step: int, s: Settings, seconds: float = 0.0) -> float:
    """Linear warmup, then a cosine to min_lr that ends with whichever budget ends first, the
    steps or the seconds."""
    if step < s.warmup:
        return s.lr * (step + 1) / s.warmup
    progress = min(1.0, (step - s.warmup) / max(1, s.steps - s.warmup))
    if s.max_seconds > 0:
        progress = max(progress, min(1.0, seconds / s.max_seconds))
    return s.min_lr + 0.5 * (s.lr - s.min_lr) * (1 + math.cos(math.pi * progress))


def make_optimizer(model: Transformer, s: Settings) -> torch.optim.AdamW:
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    other = [p for n, p in model.named_parameters() if p.dim() < 2]
    return torch.optim.AdamW([{"params": decay, "weight_decay": s.weight_decay},
                              {"params": other, "weight_decay": 0.0}], lr=s.lr, betas=(0.9, 0.95))


@torch.no_grad()
def evaluate(model, batches, autocast) -> float:
    model.eval()
    total = weight = 0.0
    for x, y, mask in batches:
        with autocast():
            total += masked_loss(model, x, y, mask).item() * mask.sum().item()
        weight += mask.sum().item()
    model.train()
    return total / max(weight, 1)


def setup_distributed() -> tuple[int, int, str]:
    """(rank, world size, device) from torchrun's environment, or a single process."""
    if "RANK" not in os.environ:
        return 0, 1, "cuda" if torch.cuda.is_available() else "cpu"
    backend = "nccl" if torch.cuda.is_available() else "gloo"
    dist.init_process_group(backend)
    rank, world = dist.get_rank(), dist.get_world_size()
    if torch.cuda.is_available():
        local = int(os.environ.get("LOCAL_RANK", 0))
        torch.cuda.set_device(local)
        return rank, world, f"cuda:{local}"
    return rank, world, "cpu"


def new_model(name: str, vocab_size: int, max_seq: int) -> Transformer | LSTM:
    """A Transformer preset, or "lstm": the baseline the evaluation compares it with."""
    if name == "lstm":
        return LSTM(LSTMConfig(vocab_size=vocab_size, max_seq=max_seq))
    return Transformer(preset(name, vocab_size=vocab_size, max_seq=max_seq))


def train(s: Settings) -> tuple[dict, Transformer]:
    rank, world, device = setup_distributed()
    if s.threads:
        torch.set_num_threads(s.threads)
    torch.manual_seed(s.seed)
    tokenizer = Tokenizer.load(s.data / "tokenizer.model")
    shards = s.data / "shards"
    learn, check = CORPORA[s.corpus]
    train_data, valid_data = Shards(shards, learn), Shards(shards, check)
    model = new_model(s.preset, tokenizer.vocab_size, max(s.seq, 2048)).to(device)
    optimizer = make_optimizer(model, s)
    state = {"step": 0, "best_valid": float("inf"), "evals_since_best": 0, "tokens": 0, "seconds": 0.0}
    last = s.out / "last"
    if s.init and not (last / "model.safetensors").exists():
        model.load_state_dict(starting_weights(Path(s.init), s.data, device))
    if (last / "model.safetensors").exists():  # resume after an interruption
        resumed, _, meta = checkpoint.load(last, device)
        model.load_state_dict(resumed.state_dict())
        checkpoint.load_optimizer(last, model, optimizer)
        state.update(meta["train"].get("state", {}))
    wrapped = torch.nn.parallel.DistributedDataParallel(model) if world > 1 else model
    kind = "cuda" if device.startswith("cuda") else "cpu"
    dtype = getattr(torch, s.dtype)
    autocast = (lambda: torch.autocast(kind, dtype=dtype)) if dtype != torch.float32 else contextlib.nullcontext
    rng = np.random.default_rng(s.seed * 1000 + rank + state["step"])
    valid_batches = valid_data.fixed_batches(s.eval_batches, s.batch, s.seq, device)
    if rank == 0:
        s.out.mkdir(parents=True, exist_ok=True)
    log = open(s.out / "train.log", "a") if rank == 0 else None
    bar = tqdm(total=s.steps, initial=state["step"], disable=rank != 0, unit="step", dynamic_ncols=True)
    started, window_tokens, window_start = time.time() - state["seconds"], 0, time.time()
    while state["step"] < s.steps:
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(state["step"], s, time.time() - started)
        for micro in range(s.accumulate):
            x, y, mask = train_data.batch(rng, s.batch, s.seq, device)
            sync = contextlib.nullcontext() if world == 1 or micro == s.accumulate - 1 else wrapped.no_sync()
            with sync, autocast():
                loss = masked_loss(wrapped, x, y, mask) / s.accumulate
            loss.backward()
            window_tokens += x.numel() * world
        torch.nn.utils.clip_grad_norm_(model.parameters(), s.clip)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        state["step"] += 1
        state["tokens"] += s.batch * s.accumulate * s.seq * world
        rate = window_tokens / max(1e-9, time.time() - window_start)
        bar.update(1)
        bar.set_postfix(loss=f"{loss.item() * s.accumulate:.3f}", tok_s=f"{rate:,.0f}")
        out_of_time = 0 < s.max_seconds <= time.time() - started
        if state["step"] % s.eval_every == 0 or state["step"] == s.steps or out_of_time:
            valid = evaluate(model, valid_batches, autocast)
            state["seconds"] = time.time() - started
            improved = valid < state["best_valid"]
            state["best_valid"] = min(valid, state["best_valid"])
            state["evals_since_best"] = 0 if improved else state["evals_since_best"] + 1
            if rank == 0:
                record = {"step": state["step"], "train_loss": round(loss.item() * s.accumulate, 4),
                          "valid_loss": round(valid, 4), "lr": learning_rate(state["step"], s, state["seconds"]),
                          "tokens_per_s": round(rate), "seconds": round(state["seconds"])}
                log.write(json.dumps(record) + "\n")
                log.flush()
                meta = {"settings": {k: str(v) for k, v in vars(s).items()}, "state": state}
                if improved:
                    checkpoint.save(s.out / "best", model, tokenizer, meta)
                checkpoint.save(last, model, tokenizer, meta, optimizer)
            window_tokens, window_start = 0, time.time()
            if state["evals_since_best"] >= s.patience or out_of_time:
                break
    bar.close()
    if world > 1:
        dist.destroy_process_group()
    return state, model


def starting_weights(folder: Path, data: Path, device) -> dict:
    """A trained model's weights to fine-tune; its vocabulary must be the data's."""
    if (folder / "tokenizer.model").read_bytes() != (data / "tokenizer.model").read_bytes():
        raise SystemExit(f"{folder} speaks another vocabulary than {data}: "
                         f"make its shards with `tunesmith data shards --tokenizer {folder}/tokenizer.model`")
    trained, _, _ = checkpoint.load(folder, device)
    return trained.state_dict()


def add_parser(sub):
    p = sub.add_parser("train", help="train the Transformer on the token shards")
    for name, value in vars(Settings()).items():
        kind = type(value) if not isinstance(value, Path) else Path
        p.add_argument("--" + name.replace("_", "-"), type=kind, default=value)
    p.set_defaults(run=run)


def run(args) -> int:
    settings = Settings(**{k: getattr(args, k) for k in vars(Settings())})
    state, _ = train(settings)
    print(f"stopped at step {state['step']}; best validation loss {state['best_valid']:.4f}")
    return 0


def main():
    parser = argparse.ArgumentParser(prog="python -m model.train")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["train", *sys.argv[1:]])
    raise SystemExit(args.run(args))


if __name__ == "__main__":
    main()
