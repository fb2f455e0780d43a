"""`tunesmith eval [--quick]`: does the composer write good tunes, and do what it is asked?

Writes `report.md`, `results.json` and PNG plots into the output folder (docs/eval by default):

- validity of sampled tunes (`music/` validation and `abc2midi -c`), with and without the ABC
  constraint;
- control accuracy per attribute on new-piece requests in phrasings held out of training, and
  edit compliance per edit kind on held-out dialogues, "nothing else changed" included, both
  through the dialogue manager as a user meets it;
- closeness to the human tunes of the test split: distances between the distributions of
  pitch classes, intervals, durations, notes per bar, range, repeated bars and tonal stability;
- diversity (distinct bars and bar 4-grams over samples of one prompt) and mode collapse (the
  spread of keys, meters and rhythms chosen when the prompt leaves them open);
- novelty: the longest run of bars shared with any training tune, and the share of samples
  that copy 4 bars or more;
- test-split bits per ABC character;
- baselines in the same run: the folk-rnn-style LSTM (`--baseline`, trained with `tunesmith train
  --preset lstm`), random tunes, and human test tunes as the ceiling;
- speed: reply time per turn kind and decode tokens per second, with the hardware named.
"""
from __future__ import annotations

import collections
import json
import platform
import random
import statistics
import tempfile
import time
import zlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import torch

from corpus.build import read_jsonl, write_shards
from music.abc import parse, serialise
from music.analysis import analyse
from music.tune import Bar, Head, Note, Tune, Voice, bar_length

from . import metrics as M
from . import musical
from .dialogues import check
from .sample import verdict

HELDOUT_PROMPTS = Path(__file__).with_name("heldout_prompts.jsonl")  # written by hand, frozen
SAMPLES_PER_PROMPT = 5
MEASURES = 2  # the version of what `measure` measures: figures kept from an earlier one are not reused


@dataclass
class Size:
    compose: int = 100   # held-out new-piece requests
    edits: int = 100     # held-out edit turns
    same_prompt: int = 20  # samples of one prompt, for diversity
    open_prompts: int = 20  # requests that leave key, meter and rhythm open
    validity: int = 100  # prompts for the validity check, 5 samples each (500 tunes)
    free: int = 100      # unconstrained samples
    loss_examples: int | None = None  # test examples for bits per character (None: all)
    human: int = 529     # human test tunes


QUICK = Size(compose=16, edits=16, same_prompt=10, open_prompts=10, validity=8, free=10, loss_examples=150, human=200)
OPEN_PROMPTS = ["write me a tune", "compose something", "play me a new melody", "make a tune for me"]
SAME_PROMPT = "write a reel in D"


# ---------------------------------------------------------------------------- the data
def heldout_turns(data: Path) -> tuple[list[dict], list[tuple[dict, str]]]:
    """New-piece requests (turns) and edit turns with the piece they revise, in held-out phrasings."""
    composes, edits = [], []
    for d in read_jsonl(data / "dialogues" / "heldout.jsonl"):
        before = d["start"]
        for t in d["turns"]:
            if t["kind"] == "compose" and before is None:
                composes.append(t)
            elif t["kind"].startswith("edit:") and before is not None and t["abc"]:
                edits.append((t, before))
                break
            if t["abc"]:
                before = t["abc"]
    return composes, edits


def human_tunes(data: Path, split: str, count: int | None = None) -> list[Tune]:
    return [tune for tune, _ in human_records(data, split, count)]


def human_records(data: Path, split: str, count: int | None = None) -> list[tuple[Tune, str | None]]:
    """Tunes of a split with their type of piece (the book's R: field, as `corpus` read it)."""
    rows = [r for r in read_jsonl(data / "tunes.jsonl") if r["split"] == split]
    random.Random(0).shuffle(rows)
    return [(parse(r["abc"]), r["rhythm"]) for r in rows[:count]]


def music_of_human_tunes(records: list[tuple[Tune, str | None]]) -> dict:
    """The musical measures of human tunes, each held to the type of piece its book names."""
    from music.form import STYLES
    typed = [(t, r if r in STYLES else None) for t, r in records]
    return {"checks": musical.summary(typed), "style": style_shares([(t, r, None, None) for t, r in typed if r])}


def style_shares(pieces: list[tuple[Tune, str | None, str | None, str | None]]) -> dict:
    """Each style check's share over pieces (tune, type, pace, mood), and meter and rhythm per type."""
    rows = [(musical.style_checks(t, style, pace, mood), style) for t, style, pace, mood in pieces]
    names = sorted({name for r, _ in rows for name in r})
    out = {name: musical.share([r[name] for r, _ in rows if name in r]) for name in names}
    out["meter and rhythm"] = musical.share([r["meter"] and r["rhythm"] for r, _ in rows if "meter" in r])
    by = collections.defaultdict(list)
    for r, style in rows:
        if style:
            by[style].append(r["meter"] and r["rhythm"])
    out["meter and rhythm by style"] = {s: {"pieces": len(v), "share": musical.share(v)} for s, v in sorted(by.items())}
    return out


def music_of(composer, size: Size) -> dict:
    """The musical measures of new pieces: each frozen hand-written request sent 5 times, each
    time to a fresh session, as a user meets the composer."""
    prompts = [json.loads(line) for line in HELDOUT_PROMPTS.read_text().splitlines()][:size.validity]
    asked = [p for p in prompts for _ in range(SAMPLES_PER_PROMPT)]
    runs = through_sessions(composer, [(p["prompt"], None) for p in asked], seed=4000)
    verdicts = collections.Counter(musical.independent_verdict(reply["abc"]) for reply, _, _ in runs)
    pieces = [(parse(reply["abc"]), p) for (reply, _, _), p in zip(runs, asked) if reply["abc"]]
    return {"asked": len(asked), "valid": verdicts["valid"], "verdicts": dict(verdicts),
            "checks": musical.summary([(t, p["style"]) for t, p in pieces]),
            "style": style_shares([(t, p["style"], p["pace"], p["mood"]) for t, p in pieces])}


# ---------------------------------------------------------------------------- expectations
def compose_expectations(message: str) -> dict:
    """What a new-piece request names, as `bench.dialogues` checks: the request as the
    dialogue manager reads it."""
    from reading.request import DANCE_METERS, read_request
    r = read_request(message)
    expect = {"piece": True}
    if r.tonic:
        expect["tonic"] = r.tonic
    if r.mode:
        expect["mode"] = r.mode
    if r.meter:
        expect["meter"] = r.meter
    if r.bpm:
        expect["tempo"] = r.bpm
    if r.instrument is not None:
        expect["program"] = r.instrument
    if r.bars:
        expect["bars"] = r.bars
    if r.style and r.style in DANCE_METERS:
        expect["rhythm"] = r.style
    return expect


def edit_expectations(kind: str, before: Tune, target: Tune) -> dict:
    """What the edit must do (from the turn's kind and its target piece), and what must stay."""
    kinds = set(kind.split(":", 1)[1].split("+"))
    b, t = analyse(before), analyse(target)
    expect = {}
    if "tempo" in kinds:
        expect["tempo"] = "up" if t.tempo > b.tempo else "down"
    if "key" in kinds:
        expect["tonic"] = target.key.tonic
    if "mode" in kinds:
        expect["mode"] = target.key.mode
    if "instrument" in kinds:
        expect["program"] = target.melody.program or 0
    if "chords" in kinds:
        expect["chords"] = True
    if "bass" in kinds:
        expect.update(voices=len(before.voices) + 1, bass_below=True)
    if "remove" in kinds:
        expect["voices"] = len(target.voices)
    if "shorten" in kinds:
        expect["bars"] = t.bars
    keep = {"meter": True, "key": not kinds & {"key", "mode"}, "tempo": "tempo" not in kinds,
            "voices": not kinds & {"bass", "remove"}, "bars": "shorten" not in kinds,
            "melody": not kinds & {"key", "mode", "shorten", "remove"}}
    expect["kept"] = [name for name, kept in keep.items() if kept]
    return expect


def judge(expect: dict, reply: dict, previous: dict | None) -> list[tuple[str, bool]]:
    """Checks of one reply: those of `bench.dialogues`, and program, bars, rhythm, kept."""
    shared = {k: v for k, v in expect.items() if k not in ("program", "bars", "rhythm", "kept")}
    results = check(shared, reply, previous, {})
    tune = parse(reply["abc"]) if reply["abc"] else None
    prev = parse(previous["abc"]) if previous and previous["abc"] else None
    a = analyse(tune) if tune else None
    if "program" in expect:
        results.append(("instrument", tune is not None and (tune.melody.program or 0) == expect["program"]))
    if "bars" in expect:
        results.append(("bars", a is not None and a.bars == expect["bars"]))
    if "rhythm" in expect:
        results.append(("rhythm", a is not None and a.rhythm == expect["rhythm"]))
    for name in expect.get("kept", []):
        results.append((f"kept {name}", tune is not None and prev is not None and unchanged(name, prev, tune)))
    return results


def unchanged(name: str, before: Tune, after: Tune) -> bool:
    from chat.verify import melody_notes
    a, b = analyse(before), analyse(after)
    return {"meter": a.meter == b.meter, "key": before.key == after.key, "tempo": a.tempo == b.tempo,
            "voices": a.voices == b.voices, "bars": a.bars == b.bars,
            "melody": melody_notes(before) == melody_notes(after)}[name]


# ---------------------------------------------------------------------------- sampling
def through_sessions(composer, turns: list[tuple[str, str | None]], seed: int = 0) -> list[tuple[dict, dict | None, float]]:
    """(reply, the piece before, seconds) for each (message, piece to start from) in a fresh session."""
    out = []
    for i, (message, start) in enumerate(turns):
        session = composer.session(seed=seed + i)
        previous = session.upload(start, "start.abc").to_dict() if start else None
        started = time.perf_counter()
        reply = session.send(message).to_dict()
        out.append((reply, previous, time.perf_counter() - started))
    return out


def pieces_of(replies) -> list[Tune]:
    return [parse(r["abc"]) for r, _, _ in replies if r["abc"]]


def validity(composer, prompts: list[str], per_prompt: int, constrain: bool) -> collections.Counter:
    from model.generate import Sampling
    from tokenizer import read_reply, render
    gen, verdicts = composer.generator, collections.Counter()
    for i, message in enumerate(prompts):
        ids, _ = render(gen.tok, [], None, message)
        s = Sampling(seed=i, max_tokens=900, constrain=constrain, piece=True, bars=16)
        for reply in gen.generate(ids, s, candidates=per_prompt):
            verdicts[verdict(read_reply(gen.tok, reply).abc)] += 1
    return verdicts


def random_tune(rng: random.Random, meter=(4, 4), bars: int = 16) -> Tune:
    """The random baseline: notes of the scale of C, drawn uniformly over two octaves, with
    lengths drawn from those of folk tunes, every bar full."""
    from music.pitch import parse_key
    full = bar_length(meter)
    out = []
    for _ in range(bars):
        items, left = [], full
        while left > 0:
            length = rng.choice([x for x in (Fraction(1), Fraction(2), Fraction(1, 2), Fraction(3)) if x <= left])
            items.append(Note((Head(rng.randrange(7), rng.choice((4, 5))),), length))
            left -= length
        out.append(Bar(tuple(items)))
    out[-1] = Bar(out[-1].items, end="|]")
    return Tune("Random", meter, parse_key("C"), (Voice("1", tuple(out)),), tempo=120)


# ---------------------------------------------------------------------------- the report
def share(results: list[tuple[str, bool]]) -> dict[str, float]:
    by = collections.defaultdict(list)
    for name, ok in results:
        by[name].append(ok)
    return {name: round(sum(v) / len(v), 3) for name, v in sorted(by.items())}


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0.0


MODEL, BASELINE = "Tunesmith", "LSTM baseline"


def evaluate(size: Size, data: Path, checkpoint: str | None, baseline: str | None = None,
             cache: Path | None = None) -> tuple[dict, dict]:
    """Every figure, and the tunes behind the plots: each model's (the shipped one, and the
    LSTM baseline when its checkpoint is given), random tunes and human test tunes. A model's
    figures are kept in `cache`, so a run that stops, or one that adds the baseline, measures
    again only what it has not measured at this size."""
    from chat import Composer
    started = time.time()
    human = human_tunes(data, "test", size.human)
    rng = random.Random(0)
    randoms = [random_tune(rng, rng.choice([(4, 4), (6, 8), (3, 4)])) for _ in range(100)]
    index = M.BarIndex(human_tunes(data, "train"))
    results: dict = {"hardware": f"{processor()}, {torch.get_num_threads()} threads",
                     "size": size.__dict__, "systems": {}}
    tunes = {}
    for name, path in ((MODEL, checkpoint), (BASELINE, baseline)):
        if name == MODEL or path is not None:
            results["systems"][name], tunes[name] = cached(cache, path, size,
                                                           lambda: measure(Composer.load(path), data, size, index))
    tunes |= {"random": randoms, "human": human}
    results["music of human tunes"] = music_of_human_tunes(human_records(data, "test", size.human))
    results["closeness"] = {name: M.closeness(ts, human) for name, ts in tunes.items() if name != "human"}
    results["closeness"]["human (valid split)"] = M.closeness(human_tunes(data, "valid", size.human), human)
    results["novelty"] = {}
    reels = [t for t in human if analyse(t).rhythm == "reel"][:size.same_prompt]
    results["diversity"] = {"human reels": diversity(reels)}
    results["collapse"] = {"human test tunes": collapse(human)}
    for name, r in results["systems"].items():
        results["novelty"][name] = r.pop("novelty")
        results["diversity"][f"{name}: {SAME_PROMPT}"] = r.pop("diversity")
        results["collapse"][f"{name}, open prompts"] = r.pop("collapse")
    results["novelty"] |= {name: novelty(index, tunes[name]) for name in ("random", "human")}
    results["seconds"] = round(time.time() - started)
    return results, tunes


def cached(folder: Path | None, checkpoint: str | None, size: Size, work) -> tuple[dict, list[Tune]]:
    """One model's figures and tunes: read from `folder` when that model (its weights' SHA-256,
    whichever role it plays) was measured at this size by this kind of decoder, else measured
    by `work()` and kept."""
    from model import checkpoint as checkpoints
    from model.decode import KIND
    weights = checkpoints.digest(Path(checkpoint or checkpoints.SHIPPED) / "model.safetensors")
    key = {"model": weights, "size": size.__dict__, "decoder": KIND, "measures": MEASURES}
    path = folder / f"{weights[:16]}-{zlib.crc32(json.dumps(key).encode()):08x}.json" if folder else None
    if path is not None and path.exists():
        kept = json.loads(path.read_text())
        return kept["results"], [parse(abc) for abc in kept["tunes"]]
    results, tunes = work()
    if path is not None:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"key": key, "checkpoint": str(checkpoint), "results": results,
                                    "tunes": [serialise(t) for t in tunes]}, default=str))
    return json.loads(json.dumps(results, default=str)), tunes


def processor() -> str:
    """The CPU's name, as /proc/cpuinfo gives it where there is one."""
    try:
        names = [line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")]
    except OSError:
        names = []
    return f"{names[0]} x {len(names)}" if names else platform.processor() or platform.machine()


def novelty(index: M.BarIndex, tunes: list[Tune]) -> dict:
    runs = [index.longest_shared(t) for t in tunes]
    return {"median longest shared run (bars)": statistics.median(runs) if runs else 0,
            "copies 4+ bars": round(sum(x >= 4 for x in runs) / max(1, len(runs)), 3)}


def diversity(tunes: list[Tune]) -> dict:
    return {"tunes": len(tunes), "distinct bars": round(M.distinct(tunes, 1), 3),
            "distinct 4-grams": round(M.distinct(tunes, 4), 3)}


def collapse(tunes: list[Tune]) -> dict:
    """Entropy in bits of the keys, meters and rhythms of a set of tunes."""
    return {attr + "s": round(M.entropy_bits([getattr(analyse(t), attr) for t in tunes]), 2) + 0.0  # not -0.0
            for attr in ("key", "meter", "rhythm")} | {"tunes": len(tunes)}


def measure(composer, data: Path, size: Size, index: M.BarIndex) -> tuple[dict, list[Tune]]:
    """One model's figures, through the dialogue manager where a user would meet it, and the
    tunes it wrote for the held-out new-piece requests."""
    started = time.time()
    composes, edits = heldout_turns(data)
    results: dict = {}
    made = through_sessions(composer, [(t["user"], None) for t in composes[:size.compose]])
    control = [c for (reply, _, _), t in zip(made, composes) for c in judge(compose_expectations(t["user"]), reply, None)]
    results["control"] = share(control)
    results["control_all"] = round(sum(ok for _, ok in control) / max(1, len(control)), 3)

    edit_runs = through_sessions(composer, [(t["user"], before) for t, before in edits[:size.edits]], seed=1000)
    compliance = collections.defaultdict(list)
    for (reply, previous, _), (t, before) in zip(edit_runs, edits):
        kind = t["kind"].split(":", 1)[1]
        expect = edit_expectations(t["kind"], parse(previous["abc"]), parse(t["abc"]))
        compliance[kind] += judge(expect, reply, previous)
    results["edits"] = {kind: {"turns": sum(1 for (t, _) in edits[:size.edits] if t["kind"] == "edit:" + kind),
                               "asked": round(sum(ok for n, ok in r if not n.startswith("kept")) /
                                              max(1, sum(1 for n, _ in r if not n.startswith("kept"))), 3),
                               "nothing else changed": round(sum(ok for n, ok in r if n.startswith("kept")) /
                                                             max(1, sum(1 for n, _ in r if n.startswith("kept"))), 3)}
                        for kind, r in sorted(compliance.items())}

    same_runs = through_sessions(composer, [(SAME_PROMPT, None)] * size.same_prompt, seed=2000)
    results["diversity"] = diversity(pieces_of(same_runs))
    open_runs = through_sessions(composer, [(OPEN_PROMPTS[i % len(OPEN_PROMPTS)], None)
                                            for i in range(size.open_prompts)], seed=3000)
    results["collapse"] = collapse(pieces_of(open_runs))
    results["novelty"] = novelty(index, pieces_of(made) + pieces_of(same_runs) + pieces_of(open_runs))

    constrained = validity(composer, [t["user"] for t in composes[:size.validity]], 5, True)
    free = validity(composer, [t["user"] for t in composes[:size.free]], 1, False)
    results["validity"] = {name: {"valid": v["valid"], "of": sum(v.values()), "rate": round(v["valid"] / max(1, sum(v.values())), 3),
                                  "outcomes": dict(v)} for name, v in (("constrained", constrained), ("free", free))}

    from .loss import split_loss
    model, tok = composer.generator.model, composer.generator.tok
    with tempfile.TemporaryDirectory() as shards:  # the test split in the model's own vocabulary
        write_shards(tok, read_jsonl(data / "dialogues" / "test.jsonl"), Path(shards), "test")
        loss = split_loss(model, tok, Path(shards), "test", size.loss_examples)
    results["loss"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in loss.items()}
    results["parameters"] = sum(p.numel() for p in model.parameters())

    turn_times = {"new piece": [s for _, _, s in made + same_runs + open_runs], "edit": [s for _, _, s in edit_runs]}
    results["speed"] = {kind: {"median_s": round(statistics.median(v), 2), "p95_s": round(percentile(v, 0.95), 2),
                               "turns": len(v)} for kind, v in turn_times.items() if v}
    results["speed"]["decode tokens/s"] = round(decode_speed(composer), 1)
    results["music"] = music_of(composer, size)
    results["seconds"] = round(time.time() - started)  # kept with the figures, for a report made from the cache
    return results, pieces_of(made)


def decode_speed(composer) -> float:
    from model.generate import Sampling
    from tokenizer import render
    gen = composer.generator
    ids, _ = render(gen.tok, [], None, SAME_PROMPT)
    started, count = time.perf_counter(), 0
    for _ in gen.stream(ids, Sampling(seed=0, max_tokens=300, piece=True)):
        count += 1
    return count / (time.perf_counter() - started)


def plots(results: dict, tunes: dict[str, list[Tune]], out: Path) -> list[str]:
    """PNG figures: feature distributions of every set of tunes; control and edit accuracy of
    every model."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    sets = {name: M.distributions(ts) for name, ts in tunes.items()}
    width = 0.8 / len(sets)
    fig, axes = plt.subplots(2, 4, figsize=(16, 7))
    for ax, feature in zip(axes.flat, M.FEATURES):
        bins = sorted(set().union(*(s[feature] for s in sets.values())), key=lambda b: float(Fraction(b)) if isinstance(b, str) else b)
        for i, (name, s) in enumerate(sets.items()):
            ax.bar([j + width * (i - (len(sets) - 1) / 2) for j in range(len(bins))], [s[feature].get(b, 0) for b in bins],
                   width=width, label=name)
        step = max(1, len(bins) // 8)
        ax.set_xticks(range(0, len(bins), step), [str(b) for b in bins][::step], fontsize=7)
        ax.set_title(f"{feature} (distance {results['closeness'][MODEL][feature]:.2f})", fontsize=9)
    axes.flat[-1].axis("off")
    axes.flat[0].legend()
    fig.tight_layout()
    fig.savefig(out / "distributions.png", dpi=80)
    systems = results["systems"]
    width = 0.8 / len(systems)
    fig, (a, b) = plt.subplots(1, 2, figsize=(14, 5))
    attributes = list(systems[MODEL]["control"])
    kinds = list(systems[MODEL]["edits"])
    for i, (name, r) in enumerate(systems.items()):
        shift = width * (i - (len(systems) - 1) / 2)
        a.barh([j + shift for j in range(len(attributes))], [r["control"].get(k, 0) for k in attributes],
               height=width, label=name)
        b.barh([j + shift for j in range(len(kinds))], [r["edits"].get(k, {}).get("asked", 0) for k in kinds],
               height=width, label=f"{name}: did what was asked")
        b.barh([len(kinds) + j + shift for j in range(len(kinds))],
               [r["edits"].get(k, {}).get("nothing else changed", 0) for k in kinds], height=width,
               label=f"{name}: nothing else changed")
    a.set_yticks(range(len(attributes)), attributes)
    b.set_yticks(range(2 * len(kinds)), [k + " (asked)" for k in kinds] + [k + " (rest kept)" for k in kinds])
    for ax, title in ((a, "control accuracy per attribute (held-out phrasings)"), (b, "edit compliance per kind")):
        ax.set_xlim(0, 1)
        ax.set_title(title)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "control.png", dpi=80)
    plt.close("all")
    return ["distributions.png", "control.png"]


def table(rows: list[list], head: list[str]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def per_system(systems: dict, rows: list[str], cell) -> list[list]:
    return [[row] + [cell(r, row) for r in systems.values()] for row in rows]


def report(results: dict, figures: list[str], command: str) -> str:
    r, systems = results, results["systems"]
    names = list(systems)
    ours = systems[MODEL]
    percent = lambda x: f"{100 * x:.1f}%" if x is not None else "-"
    validity = per_system(systems, ["constrained", "free"],
                          lambda s, k: f"{s['validity'][k]['valid']} / {s['validity'][k]['of']} ({percent(s['validity'][k]['rate'])})")
    control = per_system(systems, list(ours["control"]) + ["all checks"],
                         lambda s, k: percent(s["control_all"] if k == "all checks" else s["control"].get(k)))
    edits = per_system(systems, list(ours["edits"]), lambda s, k: "-" if k not in s["edits"] else
                       f"{percent(s['edits'][k]['asked'])} / {percent(s['edits'][k]['nothing else changed'])}")
    loss = per_system(systems, ["parameters", "bits per ABC character", "bits per token"],
                      lambda s, k: {"parameters": f"{s['parameters'] / 1e6:.2f}M", "bits per ABC character":
                                    s["loss"]["bits_per_abc_char"], "bits per token": s["loss"]["bits_per_token"]}[k])
    speed = per_system(systems, ["new piece", "edit"], lambda s, k: f"{s['speed'][k]['median_s']} / {s['speed'][k]['p95_s']}"
                       if k in s["speed"] else "-")
    speed.append(["decode tokens/s, batch 1"] + [s["speed"]["decode tokens/s"] for s in systems.values()])
    measured = ", ".join(f"{name} {s['seconds']} s" for name, s in systems.items() if "seconds" in s)
    parts = [f"# Tunesmith evaluation\n\n`{command}` on {r['hardware']}: {r['seconds']} s this run; each model "
             f"took ({measured}) when it was measured. Every figure is also in `results.json`.\n",
             music_section(results),
             "## Validity of sampled tunes\n\n" + table(validity, ["sampling"] + names),
             "## Control accuracy (new pieces, held-out phrasings)\n\n" + table(control, ["attribute"] + names),
             "## Edit compliance (held-out dialogues): did what was asked / nothing else changed\n\n" +
             table([[k, ours["edits"][k]["turns"]] + row[1:] for k, row in zip(ours["edits"], edits)],
                   ["edit", "turns"] + names),
             "## Closeness to human tunes (test split; total variation distance, 0 is identical)\n\n" +
             table([[f] + [r["closeness"][who][f] for who in r["closeness"]] for f in r["closeness"][MODEL]],
                   ["feature"] + list(r["closeness"])),
             "## Diversity and mode collapse\n\n" +
             table([[k, x["tunes"], x["distinct bars"], x["distinct 4-grams"]] for k, x in r["diversity"].items()],
                   ["set", "tunes", "distinct bars", "distinct bar 4-grams"]) + "\n\nEntropy (bits) of the choices:\n\n" +
             table([[k, x["tunes"], x["keys"], x["meters"], x["rhythms"]] for k, x in r["collapse"].items()],
                   ["set", "tunes", "keys", "meters", "rhythms"]),
             "## Novelty (against every training tune)\n\n" +
             table([[k, x["median longest shared run (bars)"], f"{100 * x['copies 4+ bars']:.1f}%"]
                    for k, x in r["novelty"].items()], ["set", "median longest run shared", "copies 4+ bars"]),
             f"## Test-split loss ({ours['loss']['examples']} examples)\n\n" + table(loss, [""] + names),
             "## Speed: seconds per turn, median / p95\n\n" + table(speed, ["turn"] + names),
             "## Figures\n\n" + "\n".join(f"![{f}]({f})" for f in figures)]
    return "\n\n".join(parts) + "\n"


def music_section(results: dict) -> str:
    """New pieces (the frozen hand-written requests, 5 times each) beside human test tunes."""
    systems, human = results["systems"], results["music of human tunes"]
    names = list(systems)
    percent = lambda x: f"{100 * x:.1f}%" if x is not None else "-"
    rows = [["valid (abc2midi, abc2xml, music21)"] + [f"{s['music']['valid']} / {s['music']['asked']}"
                                                     for s in systems.values()] + ["-"]]
    for name in ("all six",) + musical.CHECKS:
        rows.append([name] + [percent(s["music"]["checks"][name]) for s in systems.values()]
                    + [percent(human["checks"][name])])
    rows.append(["all six, against human"] + [f"{s['music']['checks']['all six'] / max(1e-9, human['checks']['all six']):.2f}x"
                                              for s in systems.values()] + ["1.00x"])
    for name in ("meter and rhythm", "AABB form", "pace", "mood"):
        rows.append([name] + [percent(s["music"]["style"].get(name)) for s in systems.values()]
                    + [percent(human["style"].get(name))])
    styles = sorted(set().union(*(s["music"]["checks"]["all six by style"] for s in systems.values())))
    per_style = [[style] + [cell(s["music"], style) for s in systems.values()] + [cell(human, style)] for style in styles]
    return ("## The music: new pieces beside human tunes\n\n" + table(rows, ["measure"] + names + ["human test tunes"])
            + "\n\nPer type of piece: all six checks / meter and rhythm (pieces)\n\n"
            + table(per_style, ["type"] + names + ["human test tunes"]))


def cell(music: dict, style: str) -> str:
    checks = music["checks"]["all six by style"].get(style)
    fit = music["style"]["meter and rhythm by style"].get(style)
    if not checks:
        return "-"
    return (f"{100 * checks['share']:.0f}% / " + (f"{100 * fit['share']:.0f}%" if fit else "-")
            + f" ({checks['pieces']})")


def add_parser(sub):
    p = sub.add_parser("eval", help="measure the music and the conversation; write a report")
    p.add_argument("--quick", action="store_true", help="a smaller run (about 10 minutes)")
    p.add_argument("--data", type=Path, default=Path("data"))
    p.add_argument("--checkpoint", default=None)
    p.add_argument("--baseline", default=None, help="the LSTM baseline's checkpoint (tunesmith train --preset lstm)")
    p.add_argument("--out", type=Path, default=Path("docs") / "eval")
    p.add_argument("--cache", type=Path, default=Path("runs") / "eval",
                   help="where each model's figures are kept between runs")
    p.set_defaults(run=run)


def run(args) -> int:
    if not (args.data / "dialogues" / "heldout.jsonl").exists():
        raise OSError(f"no held-out dialogues in {args.data}/: run `tunesmith data build` first")
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    size = QUICK if args.quick else Size()
    results, tunes = evaluate(size, args.data, args.checkpoint, args.baseline, args.cache)
    args.out.mkdir(parents=True, exist_ok=True)
    figures = plots(results, tunes, args.out)
    (args.out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    command = "tunesmith eval" + (" --quick" if args.quick else "") + (f" --baseline {args.baseline}" if args.baseline else "")
    (args.out / "report.md").write_text(report(results, figures, command))
    print(f"wrote {args.out}/report.md ({results['seconds']} s)")
    return 0
