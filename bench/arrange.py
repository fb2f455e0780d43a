"""Every edit the library makes (`music.arrange`, an exact transposition, a sadder and a happier
version), on an even sample of the corpus's tunes, each result judged by the independent tools
(abc2midi, abc2xml, music21; `bench.musical.independent_verdict`).

    python -m bench.arrange [--tunes 1000] [--data data] [--workers 1]

An edit may be refused (a harmony that would leave the instrument's range, a part already
repeated): that is counted apart, and no edit may ever return an invalid piece.
"""
from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import time
from pathlib import Path

from chat.edits import with_mood
from music import arrange, transform
from music.abc import parse, serialise
from music.transform import TransformError

from .musical import independent_verdict

EDITS = {
    "harmony a third above": lambda t, style: arrange.harmony_line(t, "third"),
    "harmony a sixth below": lambda t, style: arrange.harmony_line(t, "sixth", below=True),
    "simpler rhythm": lambda t, style: arrange.simplify_rhythm(t),
    "ornaments": lambda t, style: arrange.ornament(t, style),
    "repeat a part not yet repeated": lambda t, style: arrange.repeat_section(t),
    "accompaniment": lambda t, style: arrange.accompany(t, style),
    "walking bass": lambda t, style: arrange.accompany(t, "walking"),
    "bass alone": lambda t, style: arrange.accompany(t, style, "bass", chords=False, name="Bass"),
    "up a fourth": lambda t, style: transform.transpose_exactly(t, 5, 3),
    "down a minor third": lambda t, style: transform.transpose_exactly(t, -3, -2),
    "sadder": lambda t, style: with_mood(t, "sadder"),
    "happier": lambda t, style: with_mood(t, "happier"),
}


def sample(data: Path, count: int) -> list[dict]:
    tunes = [json.loads(line) for line in open(data / "tunes.jsonl", encoding="utf-8")]
    step = max(1, len(tunes) // count)
    return tunes[::step][:count]


def try_all(record: dict) -> list[tuple[str, str]]:
    """(edit, "valid" / "refused" / why not valid) for each edit of one tune."""
    tune = parse(record["abc"])
    style = record.get("rhythm") if record.get("rhythm") != "song" else None
    results = []
    for name, edit in EDITS.items():
        try:
            results.append((name, independent_verdict(serialise(edit(tune, style)))))
        except TransformError:
            results.append((name, "refused"))
    return results


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tunes", type=int, default=1000)
    p.add_argument("--data", type=Path, default=Path("data"))
    p.add_argument("--workers", type=int, default=1)
    args = p.parse_args()
    started = time.time()
    records = sample(args.data, args.tunes)
    with multiprocessing.Pool(args.workers) as pool:
        outcomes = [r for rows in pool.imap(try_all, records, chunksize=8) for r in rows]
    by_edit = collections.defaultdict(collections.Counter)
    for name, verdict in outcomes:
        by_edit[name][verdict] += 1
    print(f"{len(records)} tunes, {time.time() - started:.0f} s\n")
    print("| edit | made and valid | refused | made but not valid |")
    print("|---|---|---|---|")
    for name in EDITS:
        counts = by_edit[name]
        bad = {k: v for k, v in counts.items() if k not in ("valid", "refused")}
        print(f"| {name} | {counts['valid']} | {counts['refused']} | {sum(bad.values())} {dict(bad) or ''} |")
    invalid = sum(v for c in by_edit.values() for k, v in c.items() if k not in ("valid", "refused"))
    raise SystemExit(1 if invalid else 0)


if __name__ == "__main__":
    main()
