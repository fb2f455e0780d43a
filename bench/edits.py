"""Benchmark: the public set of composing edits (`bench/composing_edits.jsonl`, wording written
by a reader who had not seen the request reader), each dialogue run through `tunesmith chat
--jsonl --load` from a frozen test-split tune (`bench/edit_tunes.jsonl`).

    python -m bench.edits [--set bench/composing_edits.jsonl] [--checkpoint DIR] [--only N]

Each turn is checked with `music/` analysis against the piece before it: the bars not asked
about note for note the same, the bars asked about changed, the new bars in the key's scale,
the ending on the final where asked, the interval exact, the harmony voice at the interval
asked; and every piece shown is judged by the independent tools (abc2midi, abc2xml, music21).
Prints the share of edits done as asked, of kept bars unchanged, of valid pieces, and the time
per turn (median, p95).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chat.verify import has_part_below, interval_of, melody_notes
from music.abc import parse
from music.analysis import analyse
from music.arrange import HARMONY_STEPS
from music.form import scale_of
from music.tune import Tune, bar_ends, time_bars
from music.words import graces, grouped_notes, repeats

from .musical import independent_verdict

HERE = Path(__file__).parent


def run_dialogue(dialogue: dict, abc: str, seed: int, checkpoint: str | None) -> list[tuple[dict, float]]:
    """(reply, seconds) per turn, from one `tunesmith chat --jsonl --load` process."""
    with tempfile.NamedTemporaryFile("w", suffix=".abc", delete=False) as f:
        f.write(abc)
    cmd = [sys.executable, "-m", "tunesmith", "chat", "--jsonl", "--seed", str(seed), "--load", f.name]
    if checkpoint:
        cmd += ["--checkpoint", checkpoint]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    results = []
    try:
        proc.stdout.readline()  # the upload's reply: the model is loaded
        for turn in dialogue["turns"]:
            started = time.perf_counter()
            proc.stdin.write(turn["say"].replace("\n", " ") + "\n")
            proc.stdin.flush()
            results.append((json.loads(proc.stdout.readline()), time.perf_counter() - started))
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
        Path(f.name).unlink()
    return results


def resolve(first: int, last: int, total: int) -> tuple[int, int]:
    return (first + total + 1 if first < 0 else first), (last + total + 1 if last < 0 else last)


def new_bars_in_key(before: Tune, after: Tune) -> bool:
    """Every note of the bars that differ lies in the key's scale (with minor's raised degrees)."""
    old, new = grouped_notes(before, 0), grouped_notes(after, 0)
    scale = scale_of(after.key)
    timings = time_bars(after, after.melody)
    events = [e for t in timings for e in t.events if e.pitches]
    changed = {i for i, bar in enumerate(new) if i >= len(old) or bar != old[i]}
    ends = bar_ends(after)
    starts = [0] + [e + 1 for e in ends[:-1]]
    indices = {j for i in changed for j in range(starts[i], ends[i] + 1)}
    return all(p.midi % 12 in scale for e in events if e.bar in indices for p in e.pitches)


def check(expect: dict, reply: dict, previous: dict) -> dict[str, bool]:
    """Each expectation of one turn: whether the reply meets it. "kept" gathers the checks of
    bars not asked about."""
    before = parse(previous["abc"])
    after = parse(reply["abc"]) if reply["abc"] else None
    done = reply["version"] > previous["version"] and after is not None
    out = {"done": done}
    if not done:
        return out
    old, new = grouped_notes(before, 0), grouped_notes(after, 0)
    total = len(old)
    for name, want in expect.items():
        if name == "done":
            continue
        if name == "kept_first":
            out["kept"] = out.get("kept", True) and new[:want] == old[:want]
        elif name == "kept_outside":
            first, last = resolve(*want, total)
            out["kept"] = out.get("kept", True) and len(new) == len(old) and all(
                new[i] == old[i] for i in range(total) if not first - 1 <= i <= last - 1)
        elif name == "changed":
            first, last = resolve(*want, total)
            out[name] = any(new[i] != old[i] for i in range(first - 1, min(last, len(new))))
        elif name == "bars_more":
            out[name] = analyse(after).bars == analyse(before).bars + want
        elif name == "ends_on_final":
            last_note = [e for t in time_bars(after, after.melody) for e in t.events if e.pitches][-1]
            out[name] = last_note.pitches[-1].midi % 12 == after.key.tonic_pc
        elif name == "interval":
            out[name] = interval_of(before, after) == want
        elif name == "harmony":
            out[name] = harmony_at(after, HARMONY_STEPS[want["interval"]] * (-1 if want["below"] else 1))
        elif name == "melody_kept":
            out["kept"] = out.get("kept", True) and melody_notes(before) == melody_notes(after)
        elif name == "fewer_notes":
            out[name] = len(melody_notes(after)) < len(melody_notes(before))
        elif name == "graces_added":
            out[name] = graces(after.melody) > graces(before.melody)
        elif name == "repeat_added":
            out[name] = repeats(after.melody) > repeats(before.melody)
        elif name == "accompaniment":
            out[name] = has_part_below(before, after)
        elif name == "tempo":
            out[name] = analyse(after).tempo > analyse(before).tempo if want == "up" else \
                analyse(after).tempo < analyse(before).tempo
        else:
            raise ValueError(f"unknown expectation {name!r}")
    if expect.keys() & {"changed", "bars_more", "ends_on_final"}:  # new bars the model wrote
        out["in key"] = new_bars_in_key(before, after)
    return out


def harmony_at(tune: Tune, steps: int) -> bool:
    """The last voice follows the melody's rhythm, each note `steps` scale degrees from it."""
    if len(tune.voices) < 2:
        return False
    melody = [e for t in time_bars(tune, tune.melody) for e in t.events]
    line = [e for t in time_bars(tune, tune.voices[-1]) for e in t.events]
    return len(melody) == len(line) and all(
        (m.onset, m.length) == (h.onset, h.length) and (not m.pitches or h.pitches[0].diatonic - (
            min(m.pitches) if steps < 0 else max(m.pitches)).diatonic == steps) for m, h in zip(melody, line))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=HERE / "composing_edits.jsonl")
    ap.add_argument("--tunes", type=Path, default=HERE / "edit_tunes.jsonl")
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--only", type=int, default=None, help="run the first N dialogues")
    args = ap.parse_args()
    tunes = {t["name"]: t["abc"] for t in map(json.loads, args.tunes.read_text().splitlines())}
    dialogues = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()][:args.only]
    done = turns = kept = kept_total = valid = pieces = 0
    times = []
    for seed, dialogue in enumerate(dialogues):
        previous = {"abc": tunes[dialogue["tune"]], "version": 1}
        for (reply, seconds), turn in zip(run_dialogue(dialogue, tunes[dialogue["tune"]], seed, args.checkpoint),
                                          dialogue["turns"]):
            results = check(turn["expect"], reply, previous)
            turns += 1
            asked = {k: v for k, v in results.items() if k not in ("kept", "in key")}
            done += all(asked.values()) and results.get("in key", True)
            if "kept" in results:
                kept_total += 1
                kept += results["kept"]
            if reply["version"] > previous["version"]:
                pieces += 1
                valid += independent_verdict(reply["abc"]) == "valid"
            times.append(seconds)
            failed = [k for k, ok in results.items() if not ok]
            print(f"{dialogue['name'][:28]:28} {turn['say'][:46]!r:50} {seconds:5.1f} s  "
                  f"{'ok' if not failed else 'FAILED ' + ', '.join(failed)}  | {reply['text'][:80]}", flush=True)
            previous = reply if reply["version"] > previous["version"] else previous
    p95 = sorted(times)[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0
    print(f"\nedits done as asked (new bars in key): {done}/{turns} ({100 * done / max(1, turns):.1f}%)")
    print(f"bars not asked about unchanged: {kept}/{kept_total} ({100 * kept / max(1, kept_total):.1f}%)")
    print(f"pieces valid (abc2midi, abc2xml, music21): {valid}/{pieces} ({100 * valid / max(1, pieces):.1f}%)")
    print(f"turn time: median {statistics.median(times):.2f} s, p95 {p95:.2f} s ({len(times)} turns)")


if __name__ == "__main__":
    main()
