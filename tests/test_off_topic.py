"""The off-topic weights (reading.off_topic): a message whose words are about something else is
left unread where the rules took a word of music in it for a request; a request or a thanks that
says why in words of another life keeps its reading; the shipped weights are the ones the sets
train."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reading import off_topic
from reading.request import read_by_rules, read_request
from reading.schema import reading_of

ROOT = Path(__file__).parent.parent


def kinds(request) -> tuple[str, ...]:
    return tuple(reading_of(request)[0])


@pytest.mark.parametrize("text, by_rules", [
    ("is it safe to lower the dose for my dog?", "transpose"),
    ("any idea how to make the bread rise faster in winter?", "tempo"),
    ("the lower back again, how do I stretch it before work?", "transpose"),
])
def test_a_word_of_music_in_a_message_about_something_else_leaves_it_unread(text, by_rules):
    assert kinds(read_by_rules(text)) == (by_rules,)
    assert kinds(read_request(text)) == ("off-topic",)


@pytest.mark.parametrize("text, kind", [
    ("slower please, my fingers are tired after the harvest", "tempo"),
    ("make it sadder, my uncle's funeral is on Sunday", "sadder"),
    ("transpose it down a tone, my voice is tired from the market", "transpose"),
    ("a happy polka for the village fair please", "new"),
    ("what key is it in? the lads in the pub want to know", "question"),
    ("thanks, the kids danced to it all evening at the barbecue", "chat"),
    ("can you repeat the last bit? my grandfather missed it", "repeat"),
    # a second reader's questions and new pieces, which the weights scored near or over even odds
    ("what's the best tempo?", "question"), ("which key is best for my voice?", "question"),
    ("how do I play bar 3?", "question"), ("what tempo should we use for the wedding on Saturday?", "question"),
    ("what's the best tempo for tonight? we play at the pub at 9", "question"),
    ("a tune about the rain in Galway", "new"), ("a slow air about the flood of 1953", "new"),
    ("this is the best one yet!", "chat"),
])
def test_a_request_that_says_why_in_words_of_another_life_keeps_its_reading(text, kind):
    assert kinds(read_request(text)) == (kind,)


def test_a_curly_apostrophe_reads_as_a_straight_one():
    assert off_topic.score("what\u2019s the best tempo for a reel?") == off_topic.score("what's the best tempo for a reel?")


def test_the_weights_learn_from_no_set_written_after_them():
    names = {path.name for path in (ROOT / "bench").glob("reading_heldout_*.jsonl")}
    later = {name for name in names if int(name.removesuffix(".jsonl").rsplit("_", 1)[1]) > off_topic.LAST_HELD_OUT}
    data = off_topic.examples(ROOT)
    assert len(data) > 150_000 and sum(about_else for _, about_else in data) > 4_000
    assert not later & {path.name for path in off_topic.training_files(ROOT)}


@pytest.mark.slow
def test_the_shipped_weights_are_the_ones_the_sets_train():
    """Trained again from the sets, the weights take the same messages for off the topic (Adam's
    sums may differ in the last bits with the number of threads, so decisions are compared)."""
    data = off_topic.examples(ROOT)
    weight, bias = off_topic.train(data)
    shipped, shipped_bias = off_topic.weights()
    assert np.allclose(weight, shipped, atol=0.05) and abs(bias - shipped_bias) < 0.05
    weight = weight.astype(np.float16).astype(np.float32)  # as shipped
    rebuilt = [float(weight[off_topic.features(text)].sum() + bias) > off_topic.THRESHOLD for text, _ in data]
    differ = sum(a != b for a, b in zip(rebuilt, (off_topic.likely(text) for text, _ in data)))
    assert differ <= len(data) // 10_000
