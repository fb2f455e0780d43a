"""Duplicates and families of variants, compared transposition-invariantly.

A tune's fingerprint is the set of its melody's interval 6-grams: the same tune in another key
has the same set. Candidate pairs come from MinHash with banding (locality-sensitive hashing);
each candidate's true Jaccard similarity then decides. Tunes at or above SAME are one tune
written twice (all but one are dropped); tunes at or above RELATED are variants of each other
and form a family that stays inside one split.
"""
from __future__ import annotations

import zlib

import numpy as np

from music.abc import parse
from music.tune import time_bars

SHINGLE = 6
HASHES, BANDS = 60, 20
SAME, RELATED = 0.9, 0.5
_PRIME = (1 << 61) - 1


def melody_intervals(abc: str) -> list[int]:
    tune = parse(abc)
    midis = [e.pitches[0].midi for t in time_bars(tune, tune.melody) for e in t.events if e.pitches]
    return [b - a for a, b in zip(midis, midis[1:])]


def shingles(intervals: list[int]) -> set[int]:
    grams = [tuple(intervals[i:i + SHINGLE]) for i in range(max(1, len(intervals) - SHINGLE + 1))]
    return {zlib.crc32(repr(g).encode()) for g in grams}


def minhash(sets: list[set[int]]) -> np.ndarray:
    rng = np.random.default_rng(0)
    a = rng.integers(1, 1 << 31, HASHES, dtype=np.uint64)
    b = rng.integers(0, 1 << 31, HASHES, dtype=np.uint64)
    signatures = np.zeros((len(sets), HASHES), dtype=np.uint64)
    for i, s in enumerate(sets):
        h = np.fromiter(s, dtype=np.uint64, count=len(s))
        signatures[i] = ((a[:, None] * h[None, :] + b[:, None]) % _PRIME).min(axis=1)
    return signatures


def candidate_pairs(signatures: np.ndarray) -> set[tuple[int, int]]:
    rows = HASHES // BANDS
    pairs = set()
    for band in range(BANDS):
        buckets: dict[bytes, list[int]] = {}
        for i, sig in enumerate(signatures[:, band * rows:(band + 1) * rows]):
            buckets.setdefault(sig.tobytes(), []).append(i)
        for members in buckets.values():
            if 1 < len(members) <= 200:  # a huge bucket is a common figure, not a tune
                pairs.update((x, y) for n, x in enumerate(members) for y in members[n + 1:])
    return pairs


def jaccard(x: set, y: set) -> float:
    return len(x & y) / len(x | y) if x or y else 1.0


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int):
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def dedupe(records: list[dict]) -> tuple[list[dict], int]:
    """Records without repeated tunes, each with a `family` (the id of its family's first tune);
    and how many were dropped as the same tune written twice."""
    sets = [shingles(melody_intervals(r["abc"])) for r in records]
    same, related = UnionFind(len(records)), UnionFind(len(records))
    for i, j in sorted(candidate_pairs(minhash(sets))):
        score = jaccard(sets[i], sets[j])
        if score >= SAME:
            same.union(i, j)
        if score >= RELATED:
            related.union(i, j)
    kept = [r for i, r in enumerate(records) if same.find(i) == i]
    index = {r["id"]: i for i, r in enumerate(records)}
    for r in kept:
        r["family"] = records[related.find(index[r["id"]])]["id"]
    return kept, len(records) - len(kept)
