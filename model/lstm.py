"""The baseline: a folk-rnn-style LSTM (Sturm et al., 2016), three layers of 512 with dropout
0.5, trained by the same loop on the same shards as the Transformer (`--preset lstm`).

folk-rnn read one-hot characters of a 137-symbol vocabulary; this one reads the shared
2,000-token vocabulary through an embedding tied to its output layer, so it can be asked for
music in words and evaluated exactly like the shipped model.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import torch
import torch.nn as nn

from .decode import SHORT


@dataclass
class LSTMConfig:
    vocab_size: int = 2000
    n_layer: int = 3
    dim: int = 512
    dropout: float = 0.5
    max_seq: int = 2048  # the longest prompt and reply the generator gives it

    def to_dict(self) -> dict:
        return asdict(self)


class LSTM(nn.Module):
    arch = "lstm"

    def __init__(self, config: LSTMConfig):
        super().__init__()
        self.config = config
        self.tok_embeddings = nn.Embedding(config.vocab_size, config.dim)
        self.lstm = nn.LSTM(config.dim, config.dim, config.n_layer, batch_first=True, dropout=config.dropout)
        self.drop = nn.Dropout(config.dropout)
        # the embedding keeps its N(0, 1) start: with inputs as small as a Transformer's
        # (std 0.02) the gates hardly see the tokens, and training stalls near unigram loss

    def forward(self, idx: torch.Tensor, state=None):
        """Logits for every position of idx (batch, seq); with `state` (h, c), also the state after."""
        out, after = self.lstm(self.tok_embeddings(idx), state)
        logits = self.drop(out) @ self.tok_embeddings.weight.t()
        return logits if state is None else (logits, after)

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def decoder(self) -> "LSTMDecoder":
        return LSTMDecoder(self.eval())


class LSTMDecoder:
    """The generator's view of the LSTM: `decoder(idx, start)` continues from the state after
    `start` tokens. States are kept after every token of a short call, so a draft that is only
    partly taken (see `generate.Lookup`) resumes from the last token it took."""

    def __init__(self, model: LSTM):
        self.model = model
        self.states: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}

    def setup_cache(self, batch: int, length: int):
        c = self.model.config
        zeros = torch.zeros(c.n_layer, batch, c.dim)
        self.states = {0: (zeros, zeros)}

    def widen(self, batch: int):
        """Every row starts from the state after the prompt that row 0 read."""
        self.states = {at: (h.repeat(1, batch, 1), c.repeat(1, batch, 1)) for at, (h, c) in self.states.items()}

    def drop_cache(self):
        self.states = {}

    @torch.inference_mode()
    def __call__(self, idx, start) -> np.ndarray:
        """`start`: one position for every row, or one per row (a row that went back reads the
        state it had there)."""
        starts = np.broadcast_to(np.asarray(start), (len(idx),))
        idx, start = torch.as_tensor(np.asarray(idx)), int(starts.max())
        state = self.states[start] if (starts == start).all() else tuple(
            torch.stack([self.states[int(at)][k][:, row] for row, at in enumerate(starts)], 1) for k in (0, 1))
        if idx.shape[1] > SHORT:  # a prompt: one pass, and only the state at its end
            logits, self.states[start + idx.shape[1]] = self.model(idx, state)
            return logits.numpy()
        steps = []
        for i in range(idx.shape[1]):
            logits, state = self.model(idx[:, i:i + 1], state)
            self.states[start + i + 1] = state
            steps.append(logits)
        return torch.cat(steps, 1).numpy()
