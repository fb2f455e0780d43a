"""Benchmark: the public dialogue set, run through `tunesmith chat --jsonl` with the shipped model.

    python -m bench.dialogues [--set bench/dialogues.jsonl] [--checkpoint DIR] [--only N]

Every turn's reply is checked with `music/` analysis against what the turn expects (key, mode,
meter, tempo up or down or exact, voices, a bass below the melody, the melody unchanged, the
transposition interval, instrument, chords or none, a tempo ratio or difference, the length in
bars or as a multiple, undo restoring an earlier version exactly, a
question answered truly, bad input leaving the piece alone). Every piece shown must be valid.
Prints the share of checks passed, of valid pieces, and the time per turn (median, p95).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from chat.verify import interval_of, mean_pitch, melody_notes
from music.abc import parse
from music.analysis import analyse
from music.instruments import find_instrument
from music.tune import has_chords
from music.validate import validate

HUGE = "please " * 200_000  # a message of over a megabyte


def run_dialogue(dialogue: dict, seed: int, checkpoint: str | None) -> list[tuple[dict, float]]:
    """(reply, seconds) per turn, from one `tunesmith chat --jsonl` process."""
    cmd = [sys.executable, "-m", "tunesmith", "chat", "--jsonl", "--seed", str(seed)]
    if checkpoint:
        cmd += ["--checkpoint", checkpoint]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    results = []
    try:
        proc.stdin.write("\n")  # an empty line is answered with help, and changes nothing:
        proc.stdin.flush()      # once it is answered, the process has started and loaded the model
        proc.stdout.readline()
        for turn in dialogue["turns"]:
            message = HUGE if turn["say"] == "@HUGE@" else turn["say"]
            started = time.perf_counter()
            proc.stdin.write(message.replace("\n", " ") + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
            results.append((json.loads(line), time.perf_counter() - started))
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    return results


def check(expect: dict, reply: dict, previous: dict | None, versions: dict) -> list[tuple[str, bool]]:
    tune = parse(reply["abc"]) if reply["abc"] else None
    prev = parse(previous["abc"]) if previous and previous["abc"] else None
    a = analyse(tune) if tune else None
    results = []
    for name, want in expect.items():
        if name == "unchanged":
            ok = previous is not None and reply["abc"] == previous["abc"]
        elif name == "valid_or_unchanged":
            ok = tune is None or validate(tune).ok
        elif name == "undo_restores":
            ok = reply["abc"] == versions.get(want)
        elif tune is None:
            ok = False
        elif name == "piece":
            ok = reply["version"] > (previous["version"] if previous else 0)
        elif name == "tonic":
            ok = tune.key.tonic == want
        elif name == "mode":
            ok = tune.key.mode == want
        elif name == "meter":
            ok = a.meter == want
        elif name == "tempo":
            old = analyse(prev).tempo if prev else None
            ok = a.tempo == want if isinstance(want, int) else (
                old is not None and (a.tempo > old if want == "up" else a.tempo < old))
        elif name in ("tempo_ratio", "tempo_delta"):  # "twice as fast", "20 bpm slower": exact
            old = analyse(prev).tempo if prev else None
            ok = old is not None and a.tempo == (round(old * want) if name == "tempo_ratio" else old + want)
        elif name == "bars":
            ok = a.bars == want
        elif name == "bars_ratio":
            ok = prev is not None and a.bars == round(analyse(prev).bars * want)
        elif name == "no_chords":
            ok = not has_chords(tune)
        elif name == "voices":
            ok = len(tune.voices) == want
        elif name == "bass_below":
            ok = len(tune.voices) > 1 and mean_pitch(tune, tune.voices[-1]) < mean_pitch(tune, tune.melody)
        elif name == "melody_kept":
            ok = prev is not None and melody_notes(prev) == melody_notes(tune)
        elif name == "interval":
            step = interval_of(prev, tune) if prev else None
            ok = step is not None and step % 12 == want % 12
        elif name == "instrument":
            ok = find_instrument(want)[0] in {v.program if v.program is not None else 0 for v in tune.voices}
        elif name == "chords":
            ok = has_chords(tune)
        elif name == "answer_is_key":
            ok = a.key in reply["text"]
        elif name == "answer_is_tempo":
            ok = f"{a.tempo} bpm" in reply["text"]
        elif name == "answer_is_bars":
            ok = f"{a.bars} bars" in reply["text"]
        else:
            raise ValueError(f"unknown expectation {name!r}")
        results.append((name, bool(ok)))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, default=Path(__file__).with_name("dialogues.jsonl"))
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--only", type=int, default=None, help="run the first N dialogues")
    args = ap.parse_args()
    dialogues = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    dialogues = dialogues[:args.only] if args.only else dialogues
    passed = total = valid = pieces = 0
    times: dict[str, list[float]] = {"compose": [], "edit": [], "other": []}
    for seed, dialogue in enumerate(dialogues):
        previous, versions = None, {}
        for (reply, seconds), turn in zip(run_dialogue(dialogue, seed, args.checkpoint), dialogue["turns"]):
            if reply["abc"]:
                pieces += 1
                valid += validate(parse(reply["abc"])).ok
                versions.setdefault(reply["version"], reply["abc"])
            results = check(turn["expect"], reply, previous, versions)
            passed += sum(ok for _, ok in results)
            total += len(results)
            failed = [name for name, ok in results if not ok]
            kind = "compose" if previous is None else "edit" if turn["expect"].keys() - {
                "unchanged", "valid_or_unchanged", "answer_is_key", "answer_is_tempo", "answer_is_bars"} else "other"
            times[kind].append(seconds)
            print(f"{dialogue['name']!r:32} {turn['say'][:40]!r:44} {seconds:5.1f} s  "
                  f"{'ok' if not failed else 'FAILED ' + ', '.join(failed)}  | {reply['text'][:70]}", flush=True)
            previous = reply
    print(f"\nchecks passed: {passed}/{total} ({100 * passed / max(1, total):.1f}%)")
    print(f"pieces valid: {valid}/{pieces} ({100 * valid / max(1, pieces):.1f}%)")
    for kind, values in times.items():
        if values:
            p95 = sorted(values)[min(len(values) - 1, int(0.95 * len(values)))]
            print(f"{kind} turns: median {statistics.median(values):.2f} s, p95 {p95:.2f} s ({len(values)} turns)")


if __name__ == "__main__":
    main()
