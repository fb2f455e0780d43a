"""How well the off-topic weights (`reading/off_topic.py`) tell messages about something else
from messages about the piece, on frozen tests they never saw: for each of the last frozen
tests (four sets each, from set 179), weights trained on every set before it score each of its
messages, the way they would have at the test's first reading.

    python -m bench.off_topic                        # the last ten frozen tests the weights learnt from
    python -m bench.off_topic --tests 6 --last 378   # the six tests through set 378

Printed per test: the off-topic messages scored off the topic, and the others scored off the
topic, by the kind written (another language and gibberish, which the rules read as such and the
weights never overrule, are counted apart). The weights alone, at even odds: with the rules, a
message the rules read off the topic needs no weights, and a question about the piece or a new
piece needs more (`off_topic.THRESHOLD_ASKED_OF_THE_MUSIC`).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from reading import off_topic

KEPT = {"foreign", "gibberish"}  # kinds the rules read as words of their own, which the weights never overrule


def frozen_test(root: Path, first: int) -> list[dict]:
    return [json.loads(line) for n in range(first, first + 4)
            for line in (root / f"bench/reading_heldout_{n}.jsonl").read_text().splitlines() if line.strip()]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tests", type=int, default=10, help="how many of the last frozen tests")
    p.add_argument("--last", type=int, default=off_topic.LAST_HELD_OUT, help="the last set of the last test")
    args = p.parse_args()
    root = Path(__file__).resolve().parent.parent
    last = args.last
    firsts = list(range(last - 3 - 4 * (args.tests - 1), last - 2, 4))
    caught = total = 0
    wrongly: Counter = Counter()
    for first in firsts:
        weights = off_topic.train(off_topic.examples(root, last=first - 1))
        rows = frozen_test(root, first)
        flagged = [row for row in rows if off_topic.score(row["message"], weights) > off_topic.THRESHOLD]
        hits = sum(row["kind"] == "off-topic" for row in flagged)
        aside = Counter(row["kind"] for row in flagged if row["kind"] != "off-topic")
        wanted = sum(row["kind"] == "off-topic" for row in rows)
        caught, total = caught + hits, total + wanted
        wrongly += aside
        print(f"sets {first}-{first + 3}: off-topic {hits}/{wanted}; others scored off the topic: "
              + (", ".join(f"{k} {n}" for k, n in aside.most_common()) or "none"))
    kept = sum(n for k, n in wrongly.items() if k in KEPT)
    print(f"{len(firsts)} frozen tests: off-topic {caught}/{total} ({caught / total:.1%}); others scored off the topic: "
          f"{sum(wrongly.values()) - kept} ({kept} more the rules read as another language or gibberish)")


if __name__ == "__main__":
    main()
