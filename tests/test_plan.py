"""The plan of a turn (reading.plan): every reading written as a plan reads back the same, the
grammar the constraint holds refuses what is not a plan, the data builder plans each turn from
what its generator made, and the session asks rather than acts on a reading only the model made."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.build import plan_for
from reading.plan import PLAN, may_become_plan, plan_of, request_of
from reading.request import Move, Request, read_request
from tests.conftest import JIG, reading

BENCH = Path(__file__).parent.parent / "bench"
SETS = sorted(BENCH.glob("reading_*.jsonl"))


def test_the_readings_of_the_hand_written_sets_read_back_from_their_plans():
    """Over every sixth message of every set: each kind and field recurs hundreds of times in a
    sixth of the 100,000 messages, and reading them all took most of the test run."""
    messages = [json.loads(line)["message"] for path in SETS for line in path.read_text().splitlines() if line.strip()][::6]
    assert len(messages) > 15000
    for message in messages:
        request = reading(message)
        plan = plan_of(request)
        assert PLAN.fullmatch(plan), plan
        assert replace(request_of(plan), sure=request.sure) == request, (message, plan)


@pytest.mark.parametrize("text", ["", "tempo=", "tempo=up  bpm=90", "speed=up", "bass=yes", "bpm=fast",
                                  "bar_range=3,x", "bar_range=13", "interval=,", "unread=off-topic; rm -rf /",
                                  "action", "tempo", "action bpm=90"])
def test_what_is_not_a_plan_reads_as_none(text):
    assert request_of(text) is None


def test_the_grammar_lets_a_plan_be_written_token_by_token_and_no_further():
    plan = "tonic=Bb mode=minor wants_music"
    assert all(may_become_plan(plan[:i]) for i in range(len(plan) + 1))
    assert not may_become_plan("tonic=Bb mox") and not may_become_plan("tonic=Bb\n")


def turn(kind: str, user: str, action: str | None = None) -> dict:
    return {"kind": kind, "user": user, "action": action}


def test_the_data_builder_plans_a_turn_from_what_its_generator_made():
    assert request_of(plan_for(turn("undo", "Hey, go back", "undo"))) == Request(action=Move("undo"))
    assert request_of(plan_for(turn("greeting", "Yo"))) == Request(unread="chat")
    assert request_of(plan_for(turn("question:bars", "Would you mind: how many bars is it?"))) == \
        Request(question=True, topic="bars")
    new = request_of(plan_for(turn("compose", "Create something in G major")))
    assert new.new_piece and new.tonic == "G" and new.mode == "major"
    assert request_of(plan_for(turn("edit:tempo", "a bit slower pls"))).tempo == "down"
    # a message the reader reads as another change than the generator made is not learnt from
    assert plan_for(turn("edit:bass", "Make it faster, thanks")) is None
    cello = request_of(plan_for(turn("edit:bass", "Give it a cello part underneath, thanks")))
    assert cello.bass and cello.instrument == 42  # a bass line on the cello, as the generator made it


def test_a_message_the_rules_read_surely_is_not_given_to_the_model(composer):
    session = composer.session(seed=0)
    session.send(JIG)
    request = read_request("make it faster")
    assert request.sure and session.understood("make it faster", request) == (request, None)


def test_an_offered_reading_is_done_on_yes_and_only_then(composer):
    session = composer.session(seed=0)
    first = session.send(JIG)
    session.offered = Request(tempo="up", wants_music=True)
    kept = session.send("no thanks")
    assert kept.abc == first.abc and session.offered is None
    session.offered = Request(tempo="up", wants_music=True)
    done = session.send("yes please")
    assert done.version == 2 and any("tempo" in change.lower() or "bpm" in change for change in done.changes)


@pytest.mark.parametrize("message", ["Book me a table for two at 8.", "Guinness or Murphy's, what would you say?",
                                     "How do I cite a website in APA 7th edition? My essay is due tonight."])
def test_an_off_topic_message_with_no_word_of_music_is_offered_no_change(composer, message):
    session = composer.session(seed=0)
    first = session.send(JIG)
    reply = session.send(message)
    assert session.offered is None and "Did you mean" not in reply.text
    assert reply.abc == first.abc and reply.version == 1
