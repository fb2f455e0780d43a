"""The baseline: a folk-rnn-style LSTM (Sturm et al., 2016), three layers of 512 with dropout
0.5, trained by the same loop on the same shards as the Transformer (`--preset lstm`).

folk-rnn read one-hot characters of a 137-symbol vocabulary; this one reads the shared
2,000-token vocabulary through an embedding tied to its output layer, so it can be asked for
music in words and evaluated exactly like the shipped model.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
import torch.nn as nn



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
