"""The shared SentencePiece vocabulary over English and ABC, with exact round trips.

SentencePiece alone does not round-trip every string: it reads training text line by line, so
it never learns a newline, and it writes spaces as U+2581, so a real U+2581 would come back as
a space. Both are taken out before SentencePiece sees the text: a newline becomes its own
control token, and U+2581 is spelled with byte-fallback tokens. Decoding maps each id to its
exact bytes, so `decode(encode(x)) == x` for every string.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

import sentencepiece as spm

SHIPPED = Path(__file__).with_name("tunesmith.model")
# Control tokens: never produced by encoding text, so no user text can forge them.
SPECIALS = ("<|system|>", "<|user|>", "<|assistant|>", "<|piece|>", "<|abc|>", "<|/abc|>",
            "<|action|>", "<|/action|>", "<|end|>", "<|nl|>")
SPACE_MARK = "\u2581"
_SPLIT = re.compile(f"(\n|{SPACE_MARK})")


class Tokenizer:
    def __init__(self, model_proto: bytes):
        self.sp = spm.SentencePieceProcessor(model_proto=model_proto)
        self.model_proto = model_proto
        self.vocab_size = self.sp.get_piece_size()
        self.special = {name: self.sp.piece_to_id(name) for name in SPECIALS}
        self.newline = self.special["<|nl|>"]
        self.end = self.special["<|end|>"]
        self.piece_bytes = [self._bytes_of(i) for i in range(self.vocab_size)]
        self._space_mark_ids = [self.sp.piece_to_id(f"<0x{b:02X}>") for b in SPACE_MARK.encode()]

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> "Tokenizer":
        """The shipped vocabulary, or the SentencePiece model at `path`."""
        return cls(Path(path or SHIPPED).read_bytes())

    def _bytes_of(self, i: int) -> bytes:
        if i == self.newline:
            return b"\n"
        if self.sp.is_control(i) or self.sp.is_unknown(i):
            return self.sp.id_to_piece(i).encode() if self.sp.is_control(i) else "\ufffd".encode()
        piece = self.sp.id_to_piece(i)
        if self.sp.is_byte(i):
            return bytes([int(piece[3:5], 16)])
        return piece.replace(SPACE_MARK, " ").encode()

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for part in _SPLIT.split(text):
            if part == "\n":
                ids.append(self.newline)
            elif part == SPACE_MARK:
                ids.extend(self._space_mark_ids)
            elif part:
                ids.extend(self.sp.encode(part))
        return ids

    def decode(self, ids: Iterable[int]) -> str:
        """Text of the ids; control tokens other than the newline read as their names."""
        return b"".join(self.piece_bytes[i] for i in ids).decode("utf-8", errors="replace")

    def is_special(self, i: int) -> bool:
        return i != self.newline and self.sp.is_control(i)


def train(lines: Iterable[str], path: str | os.PathLike, vocab_size: int) -> Tokenizer:
    """Train a BPE vocabulary on text lines (newlines inside a text split it into lines).
    The model records its input's path, so that path is kept beside the output, not in a
    random temporary folder: the same command writes the same bytes."""
    path = Path(path)
    corpus = path.with_suffix(".lines.txt")
    with open(corpus, "w", encoding="utf-8") as f:
        for text in lines:
            for line in text.split("\n"):
                if line.strip():
                    f.write(line.replace(SPACE_MARK, " ") + "\n")
    prefix = path.with_suffix("")
    try:
        spm.SentencePieceTrainer.train(
            input=str(corpus), model_prefix=str(prefix), vocab_size=vocab_size, model_type="bpe",
            normalization_rule_name="identity", add_dummy_prefix=False, remove_extra_whitespaces=False,
            byte_fallback=True, allow_whitespace_only_pieces=True, split_digits=False,
            character_coverage=0.9995, control_symbols=list(SPECIALS), unk_id=0, bos_id=-1, eos_id=-1,
            pad_id=-1, input_sentence_size=0, shuffle_input_sentence=False, num_threads=1,
            max_sentence_length=1 << 16, minloglevel=2)
    finally:
        corpus.unlink(missing_ok=True)
        prefix.with_suffix(".vocab").unlink(missing_ok=True)
    data = prefix.with_suffix(".model").read_bytes()
    if prefix.with_suffix(".model") != path:
        path.write_bytes(data)
        prefix.with_suffix(".model").unlink()
    return Tokenizer(data)
