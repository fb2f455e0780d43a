"""The shared vocabulary: exact round trips, forged control tokens, the chat template's mask."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tokenizer import SPECIALS, ModelReply, Tokenizer, Turn, read_reply, render

from tests.conftest import KESH


@pytest.fixture(scope="module")
def tok():
    return Tokenizer.load()


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_round_trip_any_string(tok, text):
    assert tok.decode(tok.encode(text)) == text


@pytest.mark.parametrize("text", [
    "", "\n", "\n\n\n", "  leading and trailing  ", "\t tab", "a\u2581b", "\u2581\u2581", "\x00nul",
    "emoji 🎻 and 中文 and ü", "\r\n windows", KESH, "<|abc|> typed by a user <|end|>",
])
def test_round_trip_awkward_strings(tok, text):
    assert tok.decode(tok.encode(text)) == text


def test_user_text_cannot_forge_control_tokens(tok):
    ids = tok.encode("".join(SPECIALS))
    assert not any(tok.is_special(i) for i in ids)


def test_abc_is_compact(tok):
    ids = tok.encode(KESH)
    assert len(KESH) / len(ids) > 1.5  # the vocabulary has learned ABC, not just characters


def test_template_mask_covers_exactly_the_reply(tok):
    reply = ModelReply("Here's a jig in G major.", abc=KESH)
    history = [Turn("hello", ModelReply("Hi! What shall we write?"))]
    ids, mask = render(tok, history, None, "write a jig", reply)
    start = mask.index(1)
    assert all(mask[start:]) and not any(mask[:start])
    assert ids[start - 1] == tok.special["<|assistant|>"]
    assert ids[-1] == tok.end
    assert read_reply(tok, ids[start:]) == reply


def test_template_prompt_ends_ready_for_generation(tok):
    ids, mask = render(tok, [], KESH, "make it faster")
    assert ids[-1] == tok.special["<|assistant|>"] and not any(mask)
    assert tok.decode(ids).count("X:1") == 1  # the current piece is in the prompt once


def test_history_is_cut_oldest_first_never_the_piece(tok):
    history = [Turn(f"message {i} " + "word " * 40, ModelReply("ok " * 40)) for i in range(10)]
    full, _ = render(tok, history, KESH, "and now?")
    cut, _ = render(tok, history, KESH, "and now?", max_tokens=len(full) - 50)
    text = tok.decode(cut)
    assert len(cut) <= len(full) - 50
    assert "message 9" in text and "message 0" not in text and KESH in text


def test_actions_round_trip(tok):
    reply = ModelReply("Undone: this is version 1 again.", action="undo")
    ids, mask = render(tok, [], KESH, "undo", reply)
    assert read_reply(tok, ids[mask.index(1):]) == reply
