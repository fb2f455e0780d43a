"""The trained Transformer rearranged for generation: the same function, in fewer, cheaper calls.

A step of a model this small costs a CPU mostly per-call overhead, not arithmetic: a torch
operation costs 10 to 20 µs on this kind of machine once a step mixes thirty kinds of them,
a NumPy one 1 to 5 µs, and the products are the same BLAS calls either way. So the step runs
in NumPy, on weights laid out once:
- each projection is stored (in, out), so a one-row product reads it in order;
- each RMSNorm's gain is folded into the projection after it, and attention's 1/sqrt(d) into
  the query's columns;
- rotary positions turn q and k with one gather and two products over a flat row;
- keys and values are cached (position, head_dim) per head, so a step's q·k and p·v read
  the cache in place, and the scores are (query, key) so the softmax runs along a row.
`tests/test_model.py` checks the logits equal the Transformer's.
"""
from __future__ import annotations

import numpy as np
import torch
from threadpoolctl import ThreadpoolController

from .model import Transformer

CHUNK = 256  # prompt tokens per pass: bounds the scores held at once to (heads, CHUNK, length)
SHORT = 16  # tokens per call that make a step or a draft; a longer call is a prompt
BLAS = ThreadpoolController().select(user_api="blas")
blas_count = 0  # the BLAS thread count last set


def blas_threads(count: int):
    """Set NumPy's BLAS threads, only when the count changes (a change costs about 25 µs)."""
    global blas_count
    if blas_count != count:
        BLAS.limit(limits=count)
        blas_count = count


class Decoder:
    def __init__(self, model: Transformer):
        c = self.config = model.config
        self.heads, self.head_dim, self.dim, self.hidden = c.n_head, c.head_dim, c.dim, c.hidden
        self.eps = np.float32(c.norm_eps)
        with torch.no_grad():
            self.embedding = model.tok_embeddings.weight.detach().numpy().copy()
            self.layers = [self._layer(block) for block in model.layers]
            self.output = (model.tok_embeddings.weight * model.norm.weight).t().contiguous().numpy()
            heads = 2 * c.n_head  # q's heads, then k's: both turn, v does not
            self.cos = model.rope_cos.repeat(1, heads).numpy()  # (max_seq, 2 * dim)
            self.sin = model.rope_sin.repeat(1, heads).numpy()
        half = self.head_dim // 2
        within = np.roll(np.arange(self.head_dim), half)  # the head rolled by half, as apply_rope
        self.turn = (np.arange(heads)[:, None] * self.head_dim + within).reshape(-1)
        self.cache: list[tuple[np.ndarray, np.ndarray]] = []  # per layer: keys, values (b, h, L, d)

    def _layer(self, block) -> tuple[np.ndarray, ...]:
        attention, ffn = block.attention, block.feed_forward
        wqkv = attention.wqkv.weight * block.attention_norm.weight  # (out, in): the gain scales inputs
        wqkv[:self.dim] *= self.head_dim ** -0.5
        w13 = ffn.w13.weight * block.ffn_norm.weight
        return tuple(w.detach().t().contiguous().numpy() for w in (wqkv, attention.wo.weight, w13, ffn.w2.weight))

    def setup_cache(self, batch: int, length: int):
        shape = (batch, self.heads, length, self.head_dim)
        self.cache = [(np.zeros(shape, np.float32), np.zeros(shape, np.float32)) for _ in self.layers]

    def widen(self, batch: int):
        """Copy row 0's cache to `batch` rows: candidates share one pass over the prompt."""
        self.cache = [(np.repeat(k[:1], batch, 0), np.repeat(v[:1], batch, 0)) for k, v in self.cache]

    def drop_cache(self):
        self.cache = []

    def norm(self, x: np.ndarray) -> np.ndarray:
        """x / sqrt(mean(x^2) + eps) per row of x (rows, dim); the gain is in the next weight."""
        return x / np.sqrt(np.add.reduce(x * x, axis=-1, keepdims=True) / self.dim + self.eps)

    def __call__(self, idx, start: int) -> np.ndarray:
        """Logits (batch, seq, vocab) for idx (batch, seq) at positions start.., written to the
        cache set up by `setup_cache`."""
        idx = np.asarray(idx)
        # a second thread costs more to wake than it saves on a step's small products, and
        # stalls the step when the other core is busy; a prompt's large products gain from it
        blas_threads(1 if idx.shape[1] <= SHORT else torch.get_num_threads())
        if idx.shape[1] > CHUNK:
            return np.concatenate([self(idx[:, i:i + CHUNK], start + i) for i in range(0, idx.shape[1], CHUNK)], 1)
        with np.errstate(over="ignore"):  # exp(-gate) overflows to inf for a very negative gate: silu 0
            return self._forward(idx, start)

    def _forward(self, idx: np.ndarray, start: int) -> np.ndarray:
        b, t = idx.shape
        end, h, d, qk = start + t, self.heads, self.head_dim, 2 * self.dim
        x = self.embedding[idx.reshape(-1)]  # (rows, dim), rows = b * t
        cos, sin = self.cos[start:end], self.sin[start:end]
        later = None if t == 1 else np.arange(start, end)[:, None] < np.arange(end)  # (t, end): keys after each query
        for (wqkv, wo, w13, w2), (keys, values) in zip(self.layers, self.cache):
            a = (self.norm(x) @ wqkv).reshape(b, t, 3 * self.dim)
            r = a[..., :qk] * cos + a[..., self.turn] * sin
            keys[:, :, start:end] = r[..., self.dim:].reshape(b, t, h, d).transpose(0, 2, 1, 3)
            values[:, :, start:end] = a[..., qk:].reshape(b, t, h, d).transpose(0, 2, 1, 3)
            q = r[..., :self.dim].reshape(b, t, h, d).transpose(0, 2, 1, 3)
            scores = q @ keys[:, :, :end].transpose(0, 1, 3, 2)  # (b, h, t, end)
            if later is not None:
                scores[:, :, later] = -np.inf
            p = np.exp(scores - scores.max(axis=-1, keepdims=True))
            p /= p.sum(axis=-1, keepdims=True)
            y = p @ values[:, :, :end]  # (b, h, t, d)
            x = x + y.transpose(0, 2, 1, 3).reshape(b * t, self.dim) @ wo
            gu = self.norm(x) @ w13
            gate, up = gu[:, :self.hidden], gu[:, self.hidden:]
            x = x + (gate / (1 + np.exp(-gate)) * up) @ w2
        return (self.norm(x) @ self.output).reshape(b, t, -1)
