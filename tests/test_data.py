"""The training data, built for real from a sample of the corpus."""
import json
import random

import numpy as np

from corpus.build import examples, split_of
from corpus.dedupe import dedupe
from corpus.phrasing import Speaker, held_out
from music import transform
from music.abc import parse, serialise
from music.normalize import normalize
from music.validate import validate
from music.words import read_claims
from tokenizer import Tokenizer, render

from tests.conftest import KESH


def test_every_split_has_tunes_and_dialogues(mini_data):
    _, stats, tunes, dialogues = mini_data
    for split in ("train", "valid", "test"):
        assert stats[split] > 0 and dialogues[split]
    assert dialogues["heldout"]
    assert stats["tunes"] == len(tunes)


def test_no_test_family_in_train(mini_data):
    _, _, tunes, dialogues = mini_data
    split_of_family = {}
    for t in tunes:
        assert split_of_family.setdefault(t["family"], t["split"]) == t["split"]
    train_tunes = {d["tune"].split("@")[0] for d in dialogues["train"]}
    test_families = {t["family"] for t in tunes if t["split"] == "test"}
    family_of = {t["id"]: t["family"] for t in tunes}
    assert not any(family_of[t] in test_families for t in train_tunes)


def test_every_piece_in_the_dialogues_is_valid(mini_data):
    *_, dialogues = mini_data
    pieces = [t["abc"] for ds in dialogues.values() for d in ds for t in d["turns"] if t["abc"]]
    assert len(pieces) > 500
    for abc in pieces:
        assert validate(parse(abc)).ok, abc


def test_assistant_claims_are_true_of_the_piece(mini_data):
    *_, dialogues = mini_data
    checked = 0
    for d in dialogues["train"][:300]:
        for turn, (history, piece, message, reply) in zip(d["turns"], examples(d)):
            current = turn["abc"] or (piece if not turn["action"] else None)
            if current is None or turn["kind"] in ("greeting", "help", "thanks", "refuse", "no piece"):
                continue
            for claim in read_claims(reply.text, parse(current)):
                assert claim.true, (reply.text, claim)
                checked += 1
    assert checked > 300


def test_held_out_phrasings_never_reach_training():
    rng = random.Random(0)
    options = [f"option {i}" for i in range(64)]
    train_speaker, heldout_speaker = Speaker(rng), Speaker(rng, heldout=True)
    assert not any(held_out(train_speaker.pick(options)) for _ in range(500))
    assert all(held_out(heldout_speaker.pick(options)) for _ in range(100))


def test_shards_hold_the_rendered_examples(mini_data):
    out, stats, _, dialogues = mini_data
    tok = Tokenizer.load(out / "tokenizer.model")
    tokens = np.load(out / "shards" / "valid.tokens.npy", mmap_mode="r")
    mask = np.load(out / "shards" / "valid.mask.npy", mmap_mode="r")
    offsets = np.load(out / "shards" / "valid.offsets.npy")
    first = next(examples(dialogues["valid"][0]))
    ids, m = render(tok, *first)
    assert list(tokens[offsets[0]:offsets[1]]) == ids and list(mask[offsets[0]:offsets[1]]) == m
    assert offsets[-1] == len(tokens) == stats["tokens"]["valid"]


def test_training_sequences_round_trip(mini_data):
    out, _, _, dialogues = mini_data
    tok = Tokenizer.load(out / "tokenizer.model")
    texts = [x for d in dialogues["train"] for t in d["turns"] for x in (t["user"], t["text"], t["abc"] or "")]
    assert all(tok.decode(tok.encode(x)) == x for x in texts)


def test_transposed_copy_is_a_duplicate():
    kesh = normalize(KESH)
    other = transform.transpose(kesh, 5)
    records = [{"id": "a", "abc": serialise(kesh)}, {"id": "b", "abc": serialise(other)}]
    kept, dropped = dedupe(records)
    assert dropped == 1 and [r["id"] for r in kept] == ["a"]


def test_split_is_stable_and_roughly_90_5_5():
    splits = [split_of(f"family{i}") for i in range(4000)]
    assert splits == [split_of(f"family{i}") for i in range(4000)]
    assert 0.87 < splits.count("train") / 4000 < 0.93


def test_stats_command_prints_json(mini_data, capsys):
    import tunesmith
    out = mini_data[0]
    assert tunesmith.main(["data", "stats", "--data", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    for key in ("tunes", "train", "valid", "test", "dialogues", "tokens", "vocab_size"):
        assert key in stats
