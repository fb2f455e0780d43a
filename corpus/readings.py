"""Reading examples: the messages of hand-written reading sets, each with the plan it reads as,
for the model to learn to write the plan of a turn (`reading.plan`) from wording that no
template writes. Only the plan is in the loss: the turn's words and music are the dialogues'.

A message is learnt as written, in lower case without punctuation, and with one typo, in the
context the sets are written for: a jig in D open (`bench/reading.md`)."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from reading.plan import plan_of
from reading.request import read_request
from reading.schema import expected, reading_of, same
from tokenizer import ModelReply, Tokenizer, render


def planned_cases(paths: list[Path]) -> list[tuple[str, str]]:
    """(message, plan) of each case whose reading by the reader is the one written beside it."""
    cases = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            request = read_request(case["message"])
            if same(expected(case), reading_of(request)):
                cases.append((case["message"], plan_of(request)))
    return cases


def spellings(message: str, rng: random.Random) -> list[str]:
    """The message as written, in lower case without punctuation, and with two letters of one
    word swapped."""
    plain = re.sub(r"[^\w\s'#-]", "", message.lower()).strip() or message
    words = message.split()
    long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if long:
        i = rng.choice(long)
        j = rng.randrange(len(words[i]) - 1)
        w = words[i]
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return list(dict.fromkeys([message, plain, " ".join(words)]))


def reading_examples(tok: Tokenizer, cases: list[tuple[str, str]], piece: str, seed: int = 0):
    """(ids, loss mask) of each spelling of each case, the mask on the plan alone."""
    rng = random.Random(seed)
    for message, plan in cases:
        for said in spellings(message, rng):
            ids, mask = render(tok, [], piece, said, ModelReply("", None, plan))
            mask[-1] = 0  # the end token: the words and music come after the plan in a real turn
            yield ids, mask
