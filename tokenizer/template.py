"""The one chat template, used for training and for inference.

    <|system|>SYSTEM<|end|>
    <|user|>earlier message<|end|><|assistant|>earlier reply<|end|>  ...
    [<|piece|>the current piece's ABC<|end|>]
    <|user|>message<|end|><|assistant|>[<|action|>plan<|/action|>]reply text[<|abc|>ABC<|/abc|>]<|end|>

The plan is the turn's reading (`reading.plan`): what the message asks for, written before the
words and the music. Earlier replies appear without their plan and their ABC: the piece they
made is either the current piece, shown once in full, or an older version the conversation has
moved on from. That keeps the context short, and the current piece is never cut to fit.
"""
from __future__ import annotations

from dataclasses import dataclass

from .vocab import Tokenizer

SYSTEM = "You are Tunesmith. You compose and revise music in ABC notation and answer questions about it."


@dataclass(frozen=True)
class ModelReply:
    """A reply as the model writes it: its plan, words, then perhaps ABC."""
    text: str
    abc: str | None = None
    action: str | None = None  # the plan of the turn (reading.plan)


@dataclass(frozen=True)
class Turn:
    user: str
    reply: ModelReply


def reply_ids(tok: Tokenizer, reply: ModelReply, with_abc: bool = True) -> list[int]:
    """A reply's tokens; an earlier reply's (`with_abc` False) are its words alone."""
    s = tok.special
    ids = []
    if reply.action and with_abc:
        ids += [s["<|action|>"], *tok.encode(reply.action), s["<|/action|>"]]
    ids += tok.encode(reply.text)
    if with_abc and reply.abc:
        ids += [s["<|abc|>"], *tok.encode(reply.abc), s["<|/abc|>"]]
    return ids + [s["<|end|>"]]


def render(tok: Tokenizer, history: list[Turn], piece: str | None, message: str,
           reply: ModelReply | None = None, max_tokens: int | None = None) -> tuple[list[int], list[int]]:
    """Token ids and a loss mask (1 on the reply's tokens). Without a reply the ids end with
    the assistant's role token, ready for generation. Oldest turns are dropped to fit max_tokens."""
    s = tok.special
    head = [s["<|system|>"], *tok.encode(SYSTEM), s["<|end|>"]]
    turns = [[s["<|user|>"], *tok.encode(t.user), s["<|end|>"], s["<|assistant|>"],
              *reply_ids(tok, t.reply, with_abc=False)] for t in history]
    tail = [s["<|piece|>"], *tok.encode(piece), s["<|end|>"]] if piece else []
    tail += [s["<|user|>"], *tok.encode(message), s["<|end|>"], s["<|assistant|>"]]
    answer = reply_ids(tok, reply) if reply else []
    if max_tokens is not None:
        while turns and len(head) + sum(map(len, turns)) + len(tail) + len(answer) > max_tokens:
            turns.pop(0)
    prompt = head + [i for t in turns for i in t] + tail
    return prompt + answer, [0] * len(prompt) + [1] * len(answer)


def read_reply(tok: Tokenizer, ids: list[int]) -> ModelReply:
    """The reply the model wrote (ids after the assistant token), tolerating a missing end."""
    s = tok.special
    if s["<|end|>"] in ids:
        ids = ids[:ids.index(s["<|end|>"])]
    action = None
    if ids[:1] == [s["<|action|>"]] and s["<|/action|>"] in ids:
        close = ids.index(s["<|/action|>"])
        action, ids = tok.decode(ids[1:close]).strip(), ids[close + 1:]
    abc = None
    if s["<|abc|>"] in ids:
        start = ids.index(s["<|abc|>"])
        body = ids[start + 1:]
        abc = tok.decode(body[:body.index(s["<|/abc|>"])] if s["<|/abc|>"] in body else body)
        ids = ids[:start]
    return ModelReply(tok.decode(ids).strip(), abc, action)
