"""The whole training recipe in one call: first the tunes alone (every token of the music in the
loss), then the dialogues (the assistant's tokens), each stage from the best checkpoint of the
one before, within one time budget; the chosen checkpoint lands in the folder asked for.

    python -m model.recipe --data data --out runs/recipe --minutes 9           # a GPU: one call
    python -m model.recipe --data runs/ship-data --out runs/tuned --minutes 100 \\
        --init checkpoints/small --threads 1                                   # a CPU core

`--init` continues a trained model (its shards must be in its vocabulary: `tunesmith data
shards --tokenizer DIR/tokenizer.model`); without it the model starts from scratch. On CUDA the
recipe takes bf16 autocast and larger batches; on a CPU it trains in fp32, where bf16 is slow.
"""
from __future__ import annotations

import argparse
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import torch

from .train import Settings, train

TUNES_SHARE = 0.3  # of the time budget, spent on the tunes alone


@dataclass
class Recipe:
    data: Path
    out: Path
    minutes: float = 9.0
    preset: str = "small"
    init: str = ""
    threads: int = 0
    seed: int = 0


def stage_settings(r: Recipe, on_gpu: bool) -> Settings:
    """What both stages share: the device's batch and dtype, a fresh model's or a fine-tune's rates."""
    fresh = not r.init
    return Settings(preset=r.preset, data=r.data, seq=1024, batch=32 if on_gpu else 8,
                    steps=100_000, lr=3e-3 if fresh else 6e-4, min_lr=3e-4 if fresh else 6e-5,
                    warmup=200 if fresh else 20, eval_every=200 if on_gpu else 100,
                    eval_batches=20 if on_gpu else 6, patience=8, threads=r.threads, seed=r.seed,
                    dtype="bfloat16" if on_gpu else "float32")


def run_recipe(r: Recipe) -> Path:
    """Trains both stages and returns the folder of the checkpoint to ship (`r.out/model`)."""
    base = stage_settings(r, torch.cuda.is_available())
    budget = r.minutes * 60
    tunes = replace(base, corpus="tunes", out=r.out / "tunes", init=r.init, max_seconds=budget * TUNES_SHARE)
    train(tunes)
    dialogues = replace(base, corpus="dialogues", out=r.out / "dialogues", init=str(tunes.out / "best"),
                        max_seconds=budget * (1 - TUNES_SHARE), warmup=20)
    state, _ = train(dialogues)
    chosen = r.out / "model"
    shutil.copytree(dialogues.out / "best", chosen, dirs_exist_ok=True)
    print(f"best validation loss on the dialogues {state['best_valid']:.4f}; checkpoint in {chosen}")
    return chosen


def main():
    p = argparse.ArgumentParser(prog="python -m model.recipe", description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, required=True, help="a built data folder (tokenizer.model, shards/)")
    p.add_argument("--out", type=Path, required=True, help="where the stages and the chosen checkpoint go")
    p.add_argument("--minutes", type=float, default=Recipe.minutes, help="training time for both stages")
    p.add_argument("--preset", default=Recipe.preset)
    p.add_argument("--init", default="", help="a trained checkpoint to continue instead of starting fresh")
    p.add_argument("--threads", type=int, default=0, help="CPU threads; 0 keeps torch's default")
    p.add_argument("--seed", type=int, default=0)
    run_recipe(Recipe(**vars(p.parse_args())))


if __name__ == "__main__":
    main()
