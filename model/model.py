"""A decoder-only Transformer: rotary positions, RMSNorm, SwiGLU, tied embeddings, no biases.

This module trains on whole sequences; `decode.Decoder` holds the same weights rearranged to
write one token at a time with a KV cache. Each block does its work in few, large
operations: one matmul for q, k and v, one for the SwiGLU's two input projections.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class Config:
    vocab_size: int = 2000
    n_layer: int = 6
    n_head: int = 6
    dim: int = 384
    hidden: int = 0  # SwiGLU width; 0 means about 8/3 of dim, rounded up to 64
    max_seq: int = 2048
    rope_base: float = 10000.0
    norm_eps: float = 1e-5

    def __post_init__(self):
        if not self.hidden:
            self.hidden = 64 * math.ceil(self.dim * 8 / 3 / 64)
        assert self.dim % self.n_head == 0

    @property
    def head_dim(self) -> int:
        return self.dim // self.n_head

    def to_dict(self) -> dict:
        return asdict(self)


PRESETS = {
    "tiny": dict(n_layer=2, n_head=2, dim=64, max_seq=512),
    "small": dict(n_layer=4, n_head=4, dim=192),
    "base": dict(n_layer=12, n_head=12, dim=768),
    "large": dict(n_layer=24, n_head=16, dim=1024),
}


def preset(name: str, **overrides) -> Config:
    return Config(**{**PRESETS[name], **overrides})


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.rms_norm(x, (x.shape[-1],), self.weight, self.eps)


def rope_tables(config: Config) -> tuple[torch.Tensor, torch.Tensor]:
    """cos and signed sin per position, laid out over a whole head: [cos, cos] and [-sin, sin]."""
    half = config.head_dim // 2
    freqs = 1.0 / config.rope_base ** (torch.arange(half, dtype=torch.float32) / half)
    angles = torch.outer(torch.arange(config.max_seq, dtype=torch.float32), freqs)
    return torch.cat([angles.cos()] * 2, dim=-1), torch.cat([-angles.sin(), angles.sin()], dim=-1)


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate the two halves (a, b) of each head by position: (a cos - b sin, b cos + a sin).
    x: (..., head_dim) with cos and sin broadcasting over it. Four operations, whatever the
    number of heads, so one call serves q and k together."""
    return (x * cos + x.roll(x.shape[-1] // 2, dims=-1) * sin).type_as(x)


class Attention(nn.Module):
    def __init__(self, config: Config):
        super().__init__()
        self.n_head, self.head_dim = config.n_head, config.head_dim
        self.wqkv = nn.Linear(config.dim, 3 * config.dim, bias=False)
        self.wo = nn.Linear(config.dim, config.dim, bias=False)

    def forward(self, x, cos, sin) -> torch.Tensor:
        b, t, d = x.shape
        qkv = self.wqkv(x).view(b, t, 3, self.n_head, self.head_dim)
        q, k = apply_rope(qkv[:, :, :2], cos, sin).permute(2, 0, 3, 1, 4)
        v = qkv[:, :, 2].transpose(1, 2)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.wo(y.transpose(1, 2).reshape(b, t, d))


class FeedForward(nn.Module):
    def __init__(self, config: Config):
        super().__init__()
        self.hidden = config.hidden
        self.w13 = nn.Linear(config.dim, 2 * config.hidden, bias=False)
        self.w2 = nn.Linear(config.hidden, config.dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate, up = self.w13(x).split(self.hidden, dim=-1)
        return self.w2(F.silu(gate) * up)


class Block(nn.Module):
    def __init__(self, config: Config):
        super().__init__()
        self.attention_norm = RMSNorm(config.dim, config.norm_eps)
        self.attention = Attention(config)
        self.ffn_norm = RMSNorm(config.dim, config.norm_eps)
        self.feed_forward = FeedForward(config)

    def forward(self, x, cos, sin) -> torch.Tensor:
        x = x + self.attention(self.attention_norm(x), cos, sin)
        return x + self.feed_forward(self.ffn_norm(x))


class Transformer(nn.Module):
    arch = "transformer"

    def __init__(self, config: Config):
        super().__init__()
        self.config = config
        self.tok_embeddings = nn.Embedding(config.vocab_size, config.dim)
        self.layers = nn.ModuleList(Block(config) for _ in range(config.n_layer))
        self.norm = RMSNorm(config.dim, config.norm_eps)
        cos, sin = rope_tables(config)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)
        self.apply(self._init)
        for name, p in self.named_parameters():  # scaled init of the residual projections (GPT-2)
            if name.endswith(("wo.weight", "w2.weight")):
                nn.init.normal_(p, std=0.02 / math.sqrt(2 * config.n_layer))

    @staticmethod
    def _init(module):
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        """Logits for every position of idx (batch, seq)."""
        t = idx.shape[1]
        dtype = self.tok_embeddings.weight.dtype  # (t, 1, 1, head_dim) broadcasts over q and k and heads
        cos = self.rope_cos[:t, None, None].to(dtype)
        sin = self.rope_sin[:t, None, None].to(dtype)
        x = self.tok_embeddings(idx)
        for layer in self.layers:
            x = layer(x, cos, sin)
        return F.linear(self.norm(x), self.tok_embeddings.weight)

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())
