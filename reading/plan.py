"""The plan of a turn: a `Request` written as a line of words, which the model writes first in
its reply (between <|action|> and <|/action|>) and which is read back into the same `Request`.

    tempo=up            "a touch quicker"
    delta=-10 tempo=down  "knock off 10 bpm"
    tonic=Bb mode=minor wants_music   "put it in B-flat minor"
    unread=off-topic    "who won the world cup?"

Each word is a field of `Request` that differs from its default: a flag by its name, any other
field as name=value, a space inside a value written "_", a pair of numbers "3,4". The grammar
(`PLAN`) is what the constraint holds the model to while it writes one.
"""
from __future__ import annotations

import dataclasses
import typing

import regex

from .request import Move, Request

FIELDS = {f.name: f for f in dataclasses.fields(Request) if f.name != "sure"}
TYPES = typing.get_type_hints(Request)
DEFAULT = Request()
# a word: a field's name, then "=" and a value of the characters values are written in
WORD = r"(?:" + "|".join(sorted(FIELDS, key=len, reverse=True)) + r")(?:=[A-Za-z0-9#/.,_+\-]{1,24})?"
PLAN = regex.compile(rf"{WORD}(?: {WORD}){{0,15}}")


def plan_of(request: Request) -> str:
    """The plan that reads back as `request` (its `sure` aside)."""
    words = []
    for name in FIELDS:
        value = getattr(request, name)
        if value == getattr(DEFAULT, name):
            continue
        if value is True:
            words.append(name)
        elif isinstance(value, tuple):
            words.append(f"{name}={','.join('' if v is None else str(v) for v in value)}")
        else:
            words.append(f"{name}={str(value).replace(' ', '_')}")
    return " ".join(words) or "unread=chat"


def request_of(plan: str) -> Request | None:
    """The request a plan states, or None for a plan that does not read as one."""
    if not PLAN.fullmatch(plan):
        return None
    fields = {}
    for word in plan.split():
        name, _, text = word.partition("=")
        kind = TYPES[name]
        if not text and kind is not bool:
            return None  # a bare name is a flag's; "action" alone states no move
        try:
            fields[name] = True if not text else value_of(kind, text.replace("_", " "))
        except ValueError:
            return None
    return Request(**fields)


def value_of(kind, text: str):
    """A field's value from its text, by the field's type."""
    if kind is bool:
        raise ValueError("a flag has no value")
    if Move in typing.get_args(kind):
        return Move.read(text)
    if "tuple" in str(kind):  # a pair: a bar range, an interval's steps and semitones
        pair = tuple(int(v) if v else None for v in text.split(","))
        if len(pair) != 2 or pair[1] is None:
            raise ValueError(f"not a pair: {text}")
        return pair
    for plain in (int, float):
        if plain in typing.get_args(kind) or kind is plain:
            return plain(text)
    return text


def may_become_plan(text: str) -> bool:
    """Whether `text` can still be written on into a plan (the constraint's test at each token)."""
    return PLAN.fullmatch(text, partial=True) is not None
