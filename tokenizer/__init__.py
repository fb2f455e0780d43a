"""The shared text + ABC vocabulary and the chat template."""
from .template import SYSTEM, ModelReply, Turn, read_reply, render
from .vocab import SPECIALS, Tokenizer, train

__all__ = ["SPECIALS", "SYSTEM", "ModelReply", "Tokenizer", "Turn", "read_reply", "render", "train"]
