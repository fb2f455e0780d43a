"""`tunesmith data build`: tunes -> duplicates and families -> splits -> key augmentation ->
dialogues -> tokenizer -> token shards, all deterministic, into one data folder.

    data/tunes.jsonl                  every unique tune with its attributes, family and split
    data/dialogues/{split}.jsonl      dialogues (train, valid, test, heldout)
    data/tokenizer.model              the SentencePiece vocabulary trained on the train dialogues
    data/shards/{split}.tokens.npy    uint16 token ids of every training example, end to end
    data/shards/{split}.mask.npy      uint8, 1 where the token is the assistant's (the loss mask)
    data/shards/{split}.offsets.npy   int64, where each example starts (and the total at the end)
    data/shards/tunes*.npy            the same for the tunes alone (train and valid), every token
                                      in the loss: the first stage of training (`model/recipe.py`)
    data/stats.json                   what `tunesmith data stats` prints
"""
from __future__ import annotations

import collections
import hashlib
import itertools
import json
import multiprocessing
import random
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

from music import transform
from music.abc import parse, serialise
from music.analysis import analyse
from music.patch import patch_of
from music.pitch import parse_key
from music.transform import TransformError
from music.validate import validate
from reading.plan import plan_of
from reading.request import Move, Request, read_request
from reading.schema import reading_of
from tokenizer import ModelReply, Tokenizer, Turn, render, train

from .attributes import moods
from .dedupe import dedupe
from .dialogues import COMMON_KEYS, dialogue
from .phrasing import Speaker
from .tunes import read_all

SPLITS = ("train", "valid", "test")
DEFAULT_DIR = Path("data")
MAX_TOKENS = 2048  # longest training example; longer ones are counted and left out


def split_of(family: str) -> str:
    """90/5/5 by a hash of the family, so variants of one tune never straddle splits."""
    bucket = int(hashlib.sha1(family.encode()).hexdigest(), 16) % 100
    return "train" if bucket < 90 else "valid" if bucket < 95 else "test"


def transposed_copy(record: dict, rng: random.Random, key_counts: collections.Counter) -> dict | None:
    """The tune moved into a common key of its mode that the corpus has few tunes in."""
    mode = record["mode"]
    tonics = [t for t in COMMON_KEYS.get(mode, []) if f"{t} {mode}" != record["key"]]
    if not tonics or record["voices"] != 1:
        return None
    weights = [1 / (1 + key_counts[f"{t} {mode}"]) for t in tonics]
    tonic = rng.choices(tonics, weights)[0]
    try:
        tune = transform.transpose(parse(record["abc"]), key=parse_key(tonic if mode == "major" else f"{tonic} {mode}"))
    except (TransformError, ValueError):
        return None
    if not validate(tune).ok:
        return None
    key_counts[f"{tonic} {mode}"] += 1
    a = analyse(tune)
    return {**record, "id": f"{record['id']}@{tonic}", "abc": serialise(tune), "key": a.key,
            "lowest": a.lowest, "highest": a.highest, "moods": moods(a.mode, a.tempo)}


# Worker processes read these after fork: every split's records by id, and families.
_POOLS: dict[str, list[dict]] = {}
_FAMILIES: dict[str, list[dict]] = {}


def make_dialogue(job: tuple[dict, str, bool, int]) -> dict:
    record, split, heldout, seed = job
    rng = random.Random(f"{seed}:{record['id']}:{split}:{heldout}")
    chorale = parse(record["abc"]) if record["rhythm"] == "chorale" else None
    start, turns = dialogue(record, Speaker(rng, heldout), _POOLS[split], _FAMILIES.get(record["family"], []),
                            chorale)
    name = "heldout" if heldout else split
    return {"id": f"{name}:{record['id']}", "tune": record["id"], "split": split, "start": start, "turns": turns}


def examples(d: dict):
    """(history, piece, message, reply) for each assistant turn, as the chat template takes
    them: the reply as the model is to write it, its plan first (see `as_written`, `plan_for`)."""
    versions = [d["start"]] if d["start"] else []
    piece, history = d["start"], []
    for t in d["turns"]:
        reply = ModelReply(t["text"], as_written(piece, t), plan_for(t))
        yield list(history), piece, t["user"], reply
        if t["abc"]:
            versions.append(t["abc"])
        piece = versions[t["version"] - 1] if t["version"] else None
        history.append(Turn(t["user"], reply))


# what the generator's kinds of turn are called in a reading (reading.schema)
WORDS_ONLY = {"refuse": "off-topic", "help": "chat", "greeting": "chat", "thanks": "chat"}
AS_READ = {"key": {"key", "transpose"}, "shorten": {"length"}, "real bass": {"bass", "accompany"},
           "bass": {"bass", "accompany"}, "mode": {"mode", "sadder", "happier"}, "continue": {"continue", "length"}}
WHOLE = ("variation", "ending")  # reworkings with nothing more to read than their kind
NEW_PIECE_FIELDS = ("tonic", "mode", "mode_of_mood", "meter", "bars", "bpm", "instrument", "style", "foreign", "mood",
                    "pace", "options")


def plan_for(turn: dict) -> str | None:
    """The plan of a turn (`reading.plan`): the reader's reading of its message where that agrees
    with what the generator made of it, the generator's own where the reader has nothing to add
    (a move, a word-only turn, a question's topic, a new piece), None where the two disagree
    (the turn is then not learnt from)."""
    kind, _, detail = turn["kind"].partition(":")
    said = read_request(turn["user"])
    if turn["action"]:
        return plan_of(Request(action=Move.read(turn["action"])))
    if kind in WORDS_ONLY:
        return plan_of(Request(unread=WORDS_ONLY[kind]))
    if kind == "question":
        return plan_of(Request(question=True, topic=detail))
    if kind in ("compose", "another"):
        return plan_of(Request(wants_music=True, new_piece=True, **{f: getattr(said, f) for f in NEW_PIECE_FIELDS}))
    if kind in WHOLE:
        return plan_of(Request(wants_music=True, rework=kind))
    made = detail.split("+") if kind == "edit" else [kind]
    read = reading_of(said)[0]
    if said.unread or said.question or len(read) != len(made) or \
            not all(set(read) & AS_READ.get(k, {k}) for k in made):
        return None
    return plan_of(said)


def as_written(piece: str | None, turn: dict) -> str | None:
    """A reply's ABC as the model learns to write it: an edit of the current piece as a patch
    where one can carry it (`music.patch`), a composing edit as the session has the model write
    it (`dialogues.composing_edit`), any other piece whole."""
    if turn.get("written"):
        return turn["written"]
    if piece and turn["abc"] and turn["kind"].startswith("edit:"):
        return patch_of(piece, turn["abc"]) or turn["abc"]
    return turn["abc"]


def dialogue_texts(dialogues: list[dict]):
    for d in dialogues:
        if d["start"]:
            yield d["start"]
        for t in d["turns"]:
            yield t["user"]
            yield t["text"]
            if t["abc"]:
                yield t["abc"]


def write_jsonl(path: Path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def first_piece(d: dict) -> str | None:
    """The tune a dialogue is made from: the piece the user brings, or the first one written."""
    return d["start"] or next((t["abc"] for t in d["turns"] if t["abc"]), None)


def tune_examples(dialogues: list[dict]):
    """Each dialogue's tune alone, as the model writes a piece, for pretraining on the music:
    the training pool's tunes, styles balanced as the dialogues are."""
    for d in dialogues:
        if piece := first_piece(d):
            yield piece


def write_tune_shards(tok: Tokenizer, dialogues: list[dict], out: Path, split: str) -> dict:
    s = tok.special
    pieces = ([s["<|abc|>"], *tok.encode(abc), s["<|/abc|>"], s["<|end|>"]] for abc in tune_examples(dialogues))
    return write_examples(out, split, ((ids, [1] * len(ids)) for ids in pieces))


def write_shards(tok: Tokenizer, dialogues: list[dict], out: Path, split: str, more=None) -> dict:
    """The split's dialogues as examples (the turns with a plan: see `plan_for`), and `more`
    (ids, mask) examples after them."""
    rendered = (render(tok, history, piece, message, reply, max_tokens=MAX_TOKENS)
                for d in tqdm(dialogues, desc=f"tokens {split}", unit="dialogue")
                for history, piece, message, reply in examples(d) if reply.action is not None)
    return write_examples(out, split, itertools.chain(rendered, more or ()))


def open_jig(dialogues: list[dict]) -> str:
    """A jig in D major from the dialogues: the piece the reading sets suppose is open."""
    return next(abc for d in dialogues if (abc := first_piece(d)) and "M:6/8" in abc and "\nK:D\n" in abc)


def write_all_tune_shards(tok: Tokenizer, dialogues: dict[str, list[dict]], out: Path) -> dict:
    """The tunes of the train and valid dialogues, as splits "tunes" and "tunes_valid"."""
    return {f"tunes{suffix}": write_tune_shards(tok, dialogues[split], out, f"tunes{suffix}")
            for split, suffix in (("train", ""), ("valid", "_valid"))}


def write_examples(out: Path, split: str, rendered) -> dict:
    """Token ids of the (ids, loss mask) examples end to end, the mask beside them and where
    each example starts."""
    tokens, mask, offsets, too_long, assistant = [], [], [0], 0, 0
    for ids, m in rendered:
        if len(ids) > MAX_TOKENS:
            too_long += 1
            continue
        tokens.append(np.asarray(ids, dtype=np.uint16))
        mask.append(np.asarray(m, dtype=np.uint8))
        offsets.append(offsets[-1] + len(ids))
        assistant += sum(m)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / f"{split}.tokens.npy", np.concatenate(tokens) if tokens else np.zeros(0, np.uint16))
    np.save(out / f"{split}.mask.npy", np.concatenate(mask) if mask else np.zeros(0, np.uint8))
    np.save(out / f"{split}.offsets.npy", np.asarray(offsets, dtype=np.int64))
    return {"examples": len(tokens), "tokens": offsets[-1], "assistant_tokens": assistant, "too_long": too_long}


def build(out: Path = DEFAULT_DIR, workers: int = 2, seed: int = 0, augment: int = 1, vocab_size: int = 2000,
          limit: int | None = None) -> dict:
    started = time.time()
    records, rejected = read_all(workers, limit)
    kept, same = dedupe(records)
    for r in kept:
        r["split"] = split_of(r["family"])
    write_jsonl(out / "tunes.jsonl", kept)
    by_split = {s: [r for r in kept if r["split"] == s] for s in SPLITS}

    rng = random.Random(seed)
    key_counts = collections.Counter(r["key"] for r in by_split["train"])
    # Tunes in the rarer modes get more copies, so minor and modal keys are not left thin; and
    # the styles are balanced: Essen's 8,500 songs would drown the 4,000 dance tunes and airs,
    # so only every other song makes dialogues, and every other tune gets one more copy.
    songs = [r for r in by_split["train"] if r["rhythm"] == "song"]
    taught = [r for r in by_split["train"] if r["rhythm"] != "song"] + songs[::2]
    augmented = [c for r in taught for _ in range(augment * ((1 if r["mode"] == "major" else 3) + (r["rhythm"] != "song")))
                 if (c := transposed_copy(r, rng, key_counts))]

    _POOLS.update({s: by_split[s] for s in SPLITS})
    for r in kept:
        _FAMILIES.setdefault(r["family"], []).append(r)
    jobs = {"train": [(r, "train", False, seed) for r in taught + augmented],
            "valid": [(r, "valid", False, seed) for r in by_split["valid"]],
            "test": [(r, "test", False, seed) for r in by_split["test"]],
            "heldout": [(r, "test", True, seed) for r in by_split["test"]]}
    dialogues = {}
    with multiprocessing.Pool(workers) as pool:
        for name, todo in jobs.items():
            dialogues[name] = list(tqdm(pool.imap(make_dialogue, todo, chunksize=16), total=len(todo),
                                        desc=f"dialogues {name}", unit="dialogue"))
            write_jsonl(out / "dialogues" / f"{name}.jsonl", dialogues[name])

    tok = train(dialogue_texts(dialogues["train"]), out / "tokenizer.model", vocab_size)
    shards = {name: write_shards(tok, dialogues[name], out / "shards", name) for name in dialogues}
    write_all_tune_shards(tok, dialogues, out / "shards")
    stats = make_stats(kept, rejected, same, len(records), augmented, dialogues, shards, tok, started)
    (out / "stats.json").write_text(json.dumps(stats, indent=1, ensure_ascii=False))
    return stats


def make_stats(kept, rejected, same, read, augmented, dialogues, shards, tok, started) -> dict:
    count = lambda rows, key: dict(collections.Counter(r[key] or "unknown" for r in rows).most_common())
    families = collections.Counter(r["family"] for r in kept)
    return {
        "tunes": len(kept), "read": read, "duplicates_removed": same,
        "families_with_variants": sum(1 for n in families.values() if n > 1),
        "rejected": dict(rejected.most_common()),
        **{s: sum(1 for r in kept if r["split"] == s) for s in SPLITS},
        "augmented": len(augmented),
        "dialogues": {name: len(ds) for name, ds in dialogues.items()},
        "turns": {name: sum(len(d["turns"]) for d in ds) for name, ds in dialogues.items()},
        "tokens": {name: s["tokens"] for name, s in shards.items()},
        "examples": {name: s["examples"] for name, s in shards.items()},
        "assistant_tokens": {name: s["assistant_tokens"] for name, s in shards.items()},
        "too_long": {name: s["too_long"] for name, s in shards.items()},
        "vocab_size": tok.vocab_size,
        "keys": count(kept + augmented, "key"), "keys_before_augmentation": count(kept, "key"),
        "meters": count(kept, "meter"), "rhythms": count(kept, "rhythm"), "origins": count(kept, "origin"),
        "collections": count(kept, "collection"),
        "turn_kinds": dict(collections.Counter("compound edit" if "+" in t["kind"] else t["kind"]
                                               for d in dialogues["train"] for t in d["turns"]).most_common()),
        "seconds": round(time.time() - started),
    }
