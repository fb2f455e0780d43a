"""Checkpoints without pickle: a folder with model.safetensors, config.json and tokenizer.model.

Weights and tokenizer are checked against SHA-256 digests before they are read: the shipped
model's are pinned here, in the code, so a swapped file is refused at start-up; a checkpoint
written by training carries its own in config.json, which catches a file damaged or replaced
without its config.

Resumable training state (AdamW moments, step, best loss) goes in the same formats:
optimizer.safetensors beside a `train` entry in config.json.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from tokenizer import Tokenizer

from .lstm import LSTM, LSTMConfig
from .model import Config, Transformer

ARCHES = {"transformer": (Config, Transformer), "lstm": (LSTMConfig, LSTM)}  # config.json's "arch"

SHIPPED = Path(__file__).resolve().parent.parent / "checkpoints" / "small"
PINNED = {  # of SHIPPED; a new shipped model changes these in the same commit
    "model.safetensors": "880edff52d14b952611f5b5ffac27fc8d833c33c08108a1055c2e0ccfd0bf19d",
    "tokenizer.model": "ac7a5729b92c8c30a4cc6407046fb40fb9f70295203abb3f9ab89d4fcf4d3874",
}
CHECKED = ("model.safetensors", "tokenizer.model")


def save(folder: Path, model: Transformer, tokenizer: Tokenizer, train: dict | None = None,
         optimizer: torch.optim.Optimizer | None = None):
    """Write atomically: a half-written checkpoint never replaces a good one."""
    folder = Path(folder)
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    weights = {k: v.detach().contiguous().cpu() for k, v in model.state_dict().items()}
    save_file(weights, tmp / "model.safetensors")
    (tmp / "tokenizer.model").write_bytes(tokenizer.model_proto)
    meta = {"arch": model.arch, "model": model.config.to_dict(), "train": train or {},
            "sha256": {name: digest(tmp / name) for name in CHECKED}}
    (tmp / "config.json").write_text(json.dumps(meta, indent=1))
    if optimizer is not None:
        save_file(optimizer_tensors(model, optimizer), tmp / "optimizer.safetensors")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def load(folder: Path | None = None, device: str = "cpu") -> tuple[Transformer, Tokenizer, dict]:
    folder = Path(folder or SHIPPED)
    if not (folder / "model.safetensors").exists():
        raise OSError(f"no checkpoint in {folder}/ (model.safetensors missing)")
    meta = json.loads((folder / "config.json").read_text())
    verify(folder, PINNED if folder.resolve() == SHIPPED else meta.get("sha256", {}))
    config_class, model_class = ARCHES[meta.get("arch", "transformer")]
    model = model_class(config_class(**meta["model"]))
    model.load_state_dict(load_file(folder / "model.safetensors", device=device), strict=True)
    return model.to(device), Tokenizer.load(folder / "tokenizer.model"), meta


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verify(folder: Path, expected: dict[str, str]):
    """Refuse a checkpoint whose files are not the ones recorded."""
    for name in CHECKED:
        if name not in expected:
            raise OSError(f"{folder}/{name} has no recorded SHA-256 in config.json; it is not loaded")
        if digest(folder / name) != expected[name]:
            raise OSError(f"{folder}/{name} does not match its SHA-256; the file was changed or damaged")


def optimizer_tensors(model: Transformer, optimizer: torch.optim.Optimizer) -> dict[str, torch.Tensor]:
    names = {id(p): n for n, p in model.named_parameters()}
    out = {}
    for group in optimizer.param_groups:
        for p in group["params"]:
            for key, value in optimizer.state.get(p, {}).items():
                out[f"{names[id(p)]}::{key}"] = torch.as_tensor(value).detach().cpu().contiguous()
    return out


def load_optimizer(folder: Path, model: Transformer, optimizer: torch.optim.Optimizer):
    path = Path(folder) / "optimizer.safetensors"
    if not path.exists():
        return
    tensors = load_file(path)
    params = dict(model.named_parameters())
    for key, value in tensors.items():
        name, field = key.split("::")
        p = params[name]
        optimizer.state.setdefault(p, {})[field] = value.to(p.device) if field != "step" else value
