"""`tunesmith data build|shards|stats`."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from tokenizer import Tokenizer

from .build import DEFAULT_DIR, build, open_jig, read_jsonl, write_all_tune_shards, write_shards
from .readings import planned_cases, reading_examples


def add_parser(sub):
    data = sub.add_parser("data", help="build and inspect the training data")
    steps = data.add_subparsers(dest="step", required=True)
    b = steps.add_parser("build", help="build tunes, dialogues, tokenizer and token shards from the music21 corpus")
    b.add_argument("--out", type=Path, default=DEFAULT_DIR)
    b.add_argument("--workers", type=int, default=2)
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--augment", type=int, default=1, help="transposed copies of each training tune")
    b.add_argument("--vocab", type=int, default=2000, help="SentencePiece vocabulary size")
    b.add_argument("--limit", type=int, default=None, help="use an even sample of about this many tunes")
    b.set_defaults(run=run_build)
    t = steps.add_parser("shards", help="token shards of the built dialogues in a trained model's vocabulary, "
                                        "to fine-tune it (tunesmith train --init)")
    t.add_argument("--tokenizer", type=Path, required=True, help="the model's tokenizer.model")
    t.add_argument("--data", type=Path, default=DEFAULT_DIR)
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--readings", type=Path, nargs="*", default=[],
                   help="hand-written reading sets (bench/reading.md) whose plans join the training split")
    t.set_defaults(run=run_shards)
    s = steps.add_parser("stats", help="what the built data holds")
    s.add_argument("--data", type=Path, default=DEFAULT_DIR)
    s.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    s.set_defaults(run=run_stats)


def run_build(args) -> int:
    stats = build(args.out, args.workers, args.seed, args.augment, args.vocab, args.limit)
    print(f"built {stats['tunes']} tunes, {sum(stats['dialogues'].values())} dialogues, "
          f"{sum(stats['tokens'].values()):,} tokens in {stats['seconds']} s into {args.out}/")
    return 0


def run_shards(args) -> int:
    tok = Tokenizer.load(args.tokenizer)
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.tokenizer, args.out / "tokenizer.model")
    dialogues = {split: read_jsonl(args.data / "dialogues" / f"{split}.jsonl") for split in ("train", "valid", "test")}
    cases = planned_cases(args.readings)
    readings = reading_examples(tok, cases, open_jig(dialogues["train"])) if cases else None
    made = {split: write_shards(tok, dialogues[split], args.out / "shards", split,
                                readings if split == "train" else None) for split in dialogues}
    made.update(write_all_tune_shards(tok, dialogues, args.out / "shards"))
    print(f"reading cases: {len(cases):,} of the sets' messages, read as written")
    for split, counts in made.items():
        print(f"{split}: {counts['examples']:,} examples, {counts['tokens']:,} tokens")
    return 0


def load_stats(folder: Path) -> dict:
    path = folder / "stats.json"
    if not path.exists():
        raise OSError(f"no built data in {folder}/: run `tunesmith data build` first")
    return json.loads(path.read_text())


def run_stats(args) -> int:
    stats = load_stats(args.data)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    print(f"unique tunes {stats['tunes']} (read {stats['read']}, duplicates removed {stats['duplicates_removed']}, "
          f"families with variants {stats['families_with_variants']})")
    print(f"split: train {stats['train']}, valid {stats['valid']}, test {stats['test']}; "
          f"transposed copies {stats['augmented']}; vocabulary {stats['vocab_size']}")
    rows = [(name, stats["dialogues"][name], stats["turns"][name], stats["examples"][name], stats["tokens"][name])
            for name in stats["dialogues"]]
    table("dialogues", ["split", "dialogues", "turns", "examples", "tokens"], rows)
    for title, key in (("rejected", "rejected"), ("keys (with transposed copies)", "keys"), ("meters", "meters"),
                       ("rhythm types", "rhythms"), ("origins", "origins"), ("turn kinds (train)", "turn_kinds")):
        table(title, [title.split(" (")[0], "count"], list(stats[key].items())[:40])
    return 0


def table(title: str, header: list[str], rows: list[tuple]):
    cells = [header] + [[f"{v:,}" if isinstance(v, int) else str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n{title}")
    for r in cells:
        print("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
