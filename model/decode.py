"""The trained Transformer rearranged for generation: the same function, in fewer operations.

A step of a model this small costs a CPU mostly per-operation overhead, not arithmetic, so
the weights are laid out once so that a step needs few calls:
- each projection is stored (in, out), so a one-row product reads it in order;
- each RMSNorm's gain is folded into the projection after it, and attention's 1/sqrt(d) into
  the query's columns; what remains of the norm is one `baddbmm`, one `rsqrt_`, one multiply;
- each residual add is fused into the projection before it (`addmm`);
- rotary positions rotate q, k and v in one `addcmul` (v by angle 0);
- keys are cached transposed, (head_dim, position), so a step's q·k reads them in place
  rather than copying the whole cache into the layout a product needs.
`tests/test_model.py` checks the logits equal the Transformer's.
"""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from .model import Transformer


SHORT = 16  # tokens per call that make a step or a draft; a longer call is a prompt


class Decoder:
    def __init__(self, model: Transformer):
        c = self.config = model.config
        self.heads, self.head_dim, self.dim, self.hidden = c.n_head, c.head_dim, c.dim, c.hidden
        self.eps = torch.tensor(c.norm_eps)
        with torch.no_grad():
            self.embedding = model.tok_embeddings.weight.detach().clone()
            self.layers = [self._layer(block) for block in model.layers]
            self.output = (model.tok_embeddings.weight * model.norm.weight).t().contiguous()
            cos, sin = model.rope_cos, model.rope_sin  # (max_seq, head_dim); v turns by angle 0
            self.cos = torch.stack([cos, cos, torch.ones_like(cos)], 1)[:, :, None]  # (max_seq, 3, 1, head_dim)
            self.sin = torch.stack([sin, sin, torch.zeros_like(sin)], 1)[:, :, None]
        self.cache: list[tuple[torch.Tensor, torch.Tensor]] = []  # per layer: keys (b, h, d, L), values (b, h, L, d)

    def _layer(self, block) -> tuple[torch.Tensor, ...]:
        attention, ffn = block.attention, block.feed_forward
        wqkv = attention.wqkv.weight * block.attention_norm.weight  # (out, in): the gain scales inputs
        wqkv[:self.dim] *= 1 / math.sqrt(self.head_dim)
        w13 = ffn.w13.weight * block.ffn_norm.weight
        return tuple(w.detach().t().contiguous() for w in (wqkv, attention.wo.weight, w13, ffn.w2.weight))

    def setup_cache(self, batch: int, length: int):
        self.cache = [(torch.zeros(batch, self.heads, self.head_dim, length),
                       torch.zeros(batch, self.heads, length, self.head_dim)) for _ in self.layers]

    def drop_cache(self):
        self.cache = []

    def norm(self, x: torch.Tensor) -> torch.Tensor:
        """x / sqrt(mean(x^2) + eps) per row of x (rows, dim); the gain is in the next weight."""
        mean_square = torch.baddbmm(self.eps, x.unsqueeze(1), x.unsqueeze(2), alpha=1 / self.dim)
        return x * mean_square.view(-1, 1).rsqrt_()

    @torch.inference_mode()
    def __call__(self, idx: torch.Tensor, start: int) -> torch.Tensor:
        """Logits (batch, seq, vocab) for idx (batch, seq) at positions start.., written to the
        cache set up by `setup_cache`."""
        b, t = idx.shape
        end = start + t
        x = self.embedding[idx.reshape(-1)]  # (rows, dim), rows = b * t
        cos, sin = self.cos[start:end], self.sin[start:end]
        mask = None if t == 1 else torch.full((t, end), -math.inf).triu_(start + 1)
        for (wqkv, wo, w13, w2), (keys, values) in zip(self.layers, self.cache):
            a = (self.norm(x) @ wqkv).view(b, t, 3, self.heads, self.head_dim)
            r = torch.addcmul(a * cos, a.roll(self.head_dim // 2, -1), sin)
            keys[..., start:end] = r[:, :, 1].permute(0, 2, 3, 1)
            values[:, :, start:end] = r[:, :, 2].transpose(1, 2)
            q, k_t, v = r[:, :, 0].transpose(1, 2), keys[..., :end], values[:, :, :end]
            if t <= SHORT:  # plain attention costs fewest operations
                scores = q @ k_t
                y = (scores if mask is None else scores.add_(mask)).softmax(-1) @ v
            else:  # a prompt: the fused kernel, which never holds all the scores at once
                y = F.scaled_dot_product_attention(q, k_t.transpose(-2, -1), v, attn_mask=mask, scale=1.0)
            x = torch.addmm(x, y.transpose(1, 2).reshape(b * t, self.dim), wo)
            gate, up = (self.norm(x) @ w13).split(self.hidden, dim=-1)
            x = torch.addmm(x, F.silu(gate).mul_(up), w2)
        return (self.norm(x) @ self.output).view(b, t, -1)
