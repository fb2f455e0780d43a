"""Benchmark: check the whole built data set, not a sample.

    python -m bench.data [--data data]

Every piece in every dialogue is validated by `music/`; every claim the assistant makes about
a piece (key, meter, tempo, bars, instrument) is checked against its ABC; no family of a
valid or test tune may have a member in train.
"""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

from corpus.build import examples, read_jsonl
from music.abc import parse
from music.validate import validate
from music.words import read_claims

SMALL_TALK = ("greeting", "help", "thanks", "refuse", "no piece")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("data"))
    args = ap.parse_args()
    tunes = read_jsonl(args.data / "tunes.jsonl")
    splits_of_family = collections.defaultdict(set)
    for t in tunes:
        splits_of_family[t["family"]].add(t["split"])
    print(f"families spanning more than one split: {sum(len(s) > 1 for s in splits_of_family.values())}")
    for name in ("train", "valid", "test", "heldout"):
        pieces = valid = claims = true = 0
        false_kinds = collections.Counter()
        for d in read_jsonl(args.data / "dialogues" / f"{name}.jsonl"):
            for turn, (_, piece, _, reply) in zip(d["turns"], examples(d)):
                if turn["abc"]:
                    pieces += 1
                    valid += validate(parse(turn["abc"])).ok
                current = turn["abc"] or (piece if not turn["action"] else None)
                if current is None or turn["kind"] in SMALL_TALK:
                    continue
                for claim in read_claims(reply.text, parse(current)):
                    claims += 1
                    true += claim.true
                    if not claim.true:
                        false_kinds[turn["kind"]] += 1
        print(f"{name}: pieces valid {valid}/{pieces}; claims true {true}/{claims}"
              + (f"; false by turn kind {dict(false_kinds)}" if false_kinds else ""))


if __name__ == "__main__":
    main()
