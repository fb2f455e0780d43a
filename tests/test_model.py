"""The Transformer: it learns, trains the same on two processes, saves exactly, and the ABC
constraint never lets an invalid piece through."""
import json
import os
import shutil
import socket
from dataclasses import replace

import pytest
import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from safetensors.torch import load_file, save_file

from model import checkpoint
from model.decode import SHORT, Decoder, decoder_for
from model.generate import Generator, Row, Sampling
from model.lstm import LSTM, LSTMConfig
from model.model import Transformer, preset
from model.train import Settings, Shards, make_optimizer, masked_loss, train
from music.abc import AbcError, Scanner, parse
from music.validate import abc2midi_errors, validate
from music.patch import is_patch, merge
from tests.conftest import JIG
from tokenizer import Tokenizer, read_reply, render


@pytest.fixture(scope="module")
def tok():
    return Tokenizer.load()


def tiny(tok, **kw):
    torch.manual_seed(0)
    return Transformer(preset("tiny", vocab_size=tok.vocab_size, **kw))


def test_tiny_overfits_a_small_batch(mini_data):
    out = mini_data[0]
    tok = Tokenizer.load(out / "tokenizer.model")
    model = tiny(tok)
    x, y, mask = Shards(out / "shards", "train").fixed_batches(1, 2, 128, "cpu")[0]
    optimizer = make_optimizer(model, Settings(lr=3e-3, weight_decay=0.0))
    first = None
    for _ in range(200):
        loss = masked_loss(model, x, y, mask)
        first = first or loss.item()
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    assert first > 5 and loss.item() < 1.0


def test_cached_decoding_matches_the_full_forward(tok):
    """A prompt, single steps in a batch of two, then for one row a short block and a
    block long enough to go to the prompt's session: every logit the decoder gives equals the
    training model's."""
    model = tiny(tok).eval()
    for block in model.layers:  # gains away from 1, so folding them into the weights is tested
        torch.nn.init.uniform_(block.attention_norm.weight, 0.5, 1.5)
        torch.nn.init.uniform_(block.ffn_norm.weight, 0.5, 1.5)
    ids = torch.randint(0, tok.vocab_size, (2, 300))
    with torch.no_grad():
        full = model(ids)
    decoder = Decoder(model, int8=False)
    decoder.setup_cache(2, 320)
    first = 250
    steps = [decoder(ids[:, :first], 0)] + [decoder(ids[:, i:i + 1], i) for i in range(first, first + 10)]
    assert np.allclose(np.concatenate(steps, 1), full[:, :first + 10].numpy(), atol=1e-4)
    decoder.setup_cache(1, 320)
    one = ids[:1]
    blocks = [decoder(one[:, :first], 0), decoder(one[:, first:first + 4], first),
              decoder(one[:, first + 4:], first + 4)]
    assert one.shape[1] - first - 4 > SHORT
    assert np.allclose(np.concatenate(blocks, 1), full[:1].numpy(), atol=1e-4)


def test_candidates_share_one_pass_over_the_prompt(tok):
    """The prompt read once and widened to two rows: each row then goes on from it exactly as
    if the prompt had been read in a batch of two."""
    model = tiny(tok).eval()
    prompt = torch.randint(0, tok.vocab_size, (1, 20))
    ids = torch.cat([prompt.repeat(2, 1), torch.randint(0, tok.vocab_size, (2, 5))], 1)
    with torch.no_grad():
        full = model(ids)
    decoder = Decoder(model, int8=False)
    decoder.setup_cache(1, 32)
    decoder(prompt, 0)
    decoder.widen(2)
    steps = [decoder(ids[:, i:i + 1], i) for i in range(20, 25)]
    assert np.allclose(np.concatenate(steps, 1), full[:, 20:].numpy(), atol=1e-4)


def test_eight_bit_decoding_stays_close_to_the_shipped_model():
    """The decoder the product runs stores the projections in 8 bits: on a real conversation
    its next-token distributions stay within a small KL of the trained model's, and it almost
    always ranks the same token first."""
    model, tok, _ = checkpoint.load(None)
    ids, _ = render(tok, [], JIG, "make it faster and add a bass line")
    ids = torch.tensor([ids])
    with torch.no_grad():
        exact = torch.log_softmax(model(ids)[0], -1)
    decoder = Decoder(model)
    decoder.setup_cache(1, ids.shape[1])
    first = ids.shape[1] - 20
    parts = [decoder(ids[:, :first], 0)] + [decoder(ids[:, i:i + 1], i) for i in range(first, ids.shape[1])]
    close = torch.log_softmax(torch.from_numpy(np.concatenate(parts, 1)[0]), -1)
    kl = (exact.exp() * (exact - close)).sum(-1)
    assert kl.mean() < 0.01 and kl.max() < 0.1
    assert (exact.argmax(-1) == close.argmax(-1)).float().mean() > 0.95


def test_checkpoint_saves_and_loads_exactly(tok, tmp_path):
    model = tiny(tok)
    checkpoint.save(tmp_path / "ck", model, tok, {"note": "test"})
    loaded, loaded_tok, meta = checkpoint.load(tmp_path / "ck")
    for name, tensor in model.state_dict().items():
        assert torch.equal(tensor, loaded.state_dict()[name])
    assert loaded_tok.model_proto == tok.model_proto and meta["train"] == {"note": "test"}
    assert not list(tmp_path.glob("*.tmp"))


def test_same_seed_same_reply(tok):
    g = Generator(tiny(tok), tok)
    prompt = tok.encode("write a jig")
    s = Sampling(seed=7, max_tokens=30, temperature=1.0)
    assert g.generate(prompt, s) == g.generate(prompt, s)
    assert g.generate(prompt, s) != g.generate(prompt, Sampling(seed=8, max_tokens=30, temperature=1.0))


class RandomLogits(Decoder):
    """A decoder whose every prediction is noise, with a nudge to open an ABC span and to end
    lines (so that noise gets through the header within the token cap)."""

    def __init__(self, tok, seed):
        super().__init__(tiny(tok))
        self.gen = torch.Generator().manual_seed(seed)
        self.abc, self.newline = tok.special["<|abc|>"], tok.newline

    def __call__(self, idx, start):
        logits = torch.randn(len(idx), len(idx[0]), self.config.vocab_size, generator=self.gen) * 3
        logits[..., self.abc] += 60 if start == 0 else 0
        logits[..., self.newline] += 12
        return logits.numpy()


def noisy_generator(tok, seed: int) -> Generator:
    g = Generator(tiny(tok), tok)
    g.decoder = RandomLogits(tok, seed)
    return g


def noise_reply(tok, seed: int, max_tokens: int = 300):
    g = noisy_generator(tok, seed)
    (reply,) = g.generate(tok.encode("x"), Sampling(seed=seed, max_tokens=max_tokens, temperature=1.0,
                                                    top_k=0, top_p=1.0))
    return reply


@settings(max_examples=12, deadline=None, derandomize=True)  # the same seeds on every run, CI included
@given(st.integers(0, 10_000))
@pytest.mark.slow
def test_constraint_never_lets_invalid_abc_through(tok, seed):
    """Noise, cut off by the token cap mid-tune: the reply holds a whole, valid tune or none."""
    reply = noise_reply(tok, seed)
    assert reply[-1] == tok.end
    abc = read_reply(tok, reply).abc
    if abc is not None:
        assert reply[-2] == tok.special["<|/abc|>"]
        assert validate(parse(abc)).ok
        if shutil.which("abc2midi"):
            assert abc2midi_errors(abc) == []


@pytest.mark.slow
def test_a_revision_under_noise_is_a_valid_piece_or_a_patch_that_merges_into_one(tok):
    """Given the piece it revises, the constraint lets a reply patch it (`music.patch`): what
    comes out, merged, is a valid piece."""
    jig, forms = parse(JIG), []
    for seed in range(8):
        g = noisy_generator(tok, seed)
        (reply,) = g.generate(tok.encode("x"), Sampling(seed=seed, max_tokens=300, temperature=1.0, top_k=0,
                                                        top_p=1.0, piece=True), base=jig)
        abc = read_reply(tok, reply).abc
        if abc is None:
            continue
        forms.append(is_patch(abc))
        assert validate(parse(merge(JIG, abc) if is_patch(abc) else abc)).ok
    assert True in forms and len(forms) >= 5


@pytest.mark.slow
def test_constraint_finds_a_way_through_noise(tok):
    """Walking down the ranking past dead ends, noise still makes whole tunes most of the time."""
    tunes = [read_reply(tok, noise_reply(tok, seed)).abc for seed in range(6)]
    assert sum(abc is not None and validate(parse(abc)).ok for abc in tunes) >= 4


def test_constraint_accepts_every_tune_of_the_corpus(mini_data, tok):
    """Token by token, as the model would write them: no real tune is refused anywhere."""
    s = tok.special
    for line in (mini_data[0] / "tunes.jsonl").read_text().splitlines():
        abc = json.loads(line)["abc"]
        row = Row(tok)
        row.take(s["<|abc|>"], True)
        for token in tok.encode(abc):
            assert row.allows(token), (abc, tok.decode(row.ids[1:] + [token]))
            row.take(token, True)
        assert row.allows(s["<|/abc|>"])


def test_a_reply_cut_short_ends_at_its_last_whole_bar(tok):
    row = Row(tok)
    s = tok.special
    for token in [s["<|abc|>"], *tok.encode("X:1\nT:t\nM:4/4\nL:1/8\nK:C\nV:1\nA8|B4 c2")]:
        row.take(token, True)
    assert read_reply(tok, row.reply()).abc == "X:1\nT:t\nM:4/4\nL:1/8\nK:C\nV:1\nA8|"
    header_only = Row(tok)
    for token in [*tok.encode("Here it is."), s["<|abc|>"], *tok.encode("X:1\nT:t")]:
        header_only.take(token, True)
    assert read_reply(tok, header_only.reply()).abc is None


def test_without_the_constraint_noise_is_not_abc(tok):
    g = noisy_generator(tok, 1)
    (reply,) = g.generate(tok.encode("x"), Sampling(seed=1, max_tokens=60, constrain=False, top_k=0, top_p=1.0))
    abc = tok.decode(reply)[len("<|abc|>"):]
    with pytest.raises(AbcError):
        Scanner(build=False).feed(abc)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ddp_worker(rank, world, port, data, out):
    os.environ.update(RANK=str(rank), WORLD_SIZE=str(world), LOCAL_RANK=str(rank),
                      MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    torch.set_num_threads(1)
    s = Settings(preset="tiny", data=data, out=out, seq=64, batch=2, steps=4, eval_every=4, eval_batches=1,
                 warmup=2, dtype="float32")
    _, model = train(s)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(out / f"rank{rank}.safetensors"))


def test_two_process_ddp_ends_with_identical_weights(mini_data, tmp_path):
    torch.multiprocessing.spawn(ddp_worker, args=(2, free_port(), mini_data[0], tmp_path), nprocs=2)
    a, b = load_file(tmp_path / "rank0.safetensors"), load_file(tmp_path / "rank1.safetensors")
    initial = tiny(Tokenizer.load(mini_data[0] / "tokenizer.model")).state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not all(torch.equal(a[k], initial[k]) for k in a)  # and they did train


def test_a_time_budget_stops_training_with_a_saved_checkpoint(mini_data, tmp_path):
    s = Settings(preset="tiny", data=mini_data[0], out=tmp_path, seq=64, batch=2, steps=1000, eval_every=500,
                 eval_batches=1, warmup=2, max_seconds=1e-6, threads=1)
    state, _ = train(s)
    assert state["step"] == 1  # the first step already spent the budget
    log = [json.loads(line) for line in (tmp_path / "train.log").read_text().splitlines()]
    assert [r["step"] for r in log] == [1]
    assert (tmp_path / "last" / "model.safetensors").exists()


def test_fine_tuning_starts_from_the_trained_weights_in_the_same_vocabulary(mini_data, tmp_path):
    data = mini_data[0]
    first = Settings(preset="tiny", data=data, out=tmp_path / "a", seq=64, batch=2, steps=2, eval_every=2,
                     eval_batches=1, warmup=1, threads=1)
    _, trained = train(first)
    _, tuned = train(replace(first, out=tmp_path / "b", steps=0, init=str(tmp_path / "a" / "best")))
    assert all(torch.equal(a, b) for a, b in zip(trained.state_dict().values(), tuned.state_dict().values()))
    other = tmp_path / "other"
    shutil.copytree(data, other, ignore=shutil.ignore_patterns("dialogues", "tunes.jsonl"))
    shutil.copyfile(checkpoint.SHIPPED / "tokenizer.model", other / "tokenizer.model")  # another vocabulary
    with pytest.raises(SystemExit, match="another vocabulary"):
        train(replace(first, data=other, out=tmp_path / "c", init=str(tmp_path / "a" / "best")))


@pytest.mark.slow
def test_required_header_values_hold_even_under_noise(tok):
    g = noisy_generator(tok, 5)
    header = {"K": {"D", "Dm"}, "M": {"6/8"}, "Q": {"1/4=132"}}
    for seed in range(3):
        (reply,) = g.generate(tok.encode("x"), Sampling(seed=seed, max_tokens=300, temperature=1.0, top_k=0,
                                                        top_p=1.0), header=header)
        abc = read_reply(tok, reply).abc
        if abc is not None:
            tune = parse(abc)
            assert tune.key.tonic == "D" and tune.meter == (6, 8) and tune.tempo == 132


def test_the_plan_and_control_tokens_follow_the_reply_grammar(tok):
    s = tok.special
    row = Row(tok)
    assert row.allows(s["<|action|>"]) and not row.allows(s["<|user|>"])
    row.take(s["<|action|>"], True)
    assert not row.allows(s["<|/action|>"])  # an empty plan
    for token in tok.encode("tempo"):
        assert row.allows(token)
        row.take(token, True)
    assert not row.allows(tok.encode("x")[0]) and not row.allows(s["<|abc|>"])  # no field "tempox"
    for token in tok.encode("=up delta=20"):
        assert row.allows(token)
        row.take(token, True)
    assert row.allows(s["<|/action|>"]) and not row.allows(s["<|abc|>"])
    row.take(s["<|/action|>"], True)
    assert not row.allows(s["<|action|>"]) and row.allows(s["<|abc|>"])
    assert read_reply(tok, row.reply()).action == "tempo=up delta=20"


def test_a_reply_that_owes_a_piece_cannot_end_or_ramble_without_one(tok):
    s = tok.special
    row = Row(tok, piece=True)
    row.planned = True  # the session writes the plan: the reply begins with its words
    assert not row.allows(s["<|end|>"]) and not row.allows(s["<|action|>"]) and row.allows(s["<|abc|>"])
    word = tok.encode(" so")[0]
    for _ in range(80):
        row.take(word, True)
    assert not row.allows(word) and row.allows(s["<|abc|>"])


def tiny_lstm(tok):
    torch.manual_seed(0)
    return LSTM(LSTMConfig(vocab_size=tok.vocab_size, n_layer=2, dim=32, max_seq=256))


def test_lstm_decoder_resumes_from_any_token_it_took(tok):
    """The baseline's decoder: a prompt, steps, and tokens written over again from an earlier
    position (a candidate that went back) give the logits of one pass over the same tokens."""
    model = tiny_lstm(tok).eval()
    ids = torch.randint(0, tok.vocab_size, (2, 40))
    with torch.no_grad():
        full = model(ids)
    decoder = decoder_for(model)
    decoder.setup_cache(2, 64)
    parts = [decoder(ids[:, :20], 0), decoder(ids[:, 20:21], 20)]
    decoder(ids[:, 21:29].flip(1), 21)  # tokens a candidate then goes back over ...
    parts += [decoder(ids[:, 21:22], 21), decoder(ids[:, 22:40], 22)]  # ... and the ones it writes instead
    assert np.allclose(np.concatenate(parts, 1), full.numpy(), atol=1e-5)


@pytest.mark.slow
def test_lstm_checkpoint_loads_and_writes_valid_abc(tok, tmp_path):
    model = tiny_lstm(tok)
    checkpoint.save(tmp_path / "lstm", model, tok)
    loaded, _, meta = checkpoint.load(tmp_path / "lstm")
    assert meta["arch"] == "lstm" and isinstance(loaded, LSTM)
    assert all(torch.equal(v, loaded.state_dict()[k]) for k, v in model.state_dict().items())
    g = Generator(loaded, tok)
    (reply,) = g.generate(tok.encode("write a reel") + [tok.special["<|abc|>"]],
                          Sampling(seed=3, max_tokens=200, temperature=1.0, piece=True))
    abc = read_reply(tok, reply).abc
    assert abc is None or validate(parse(abc)).ok


def title_row(tok, start: str) -> Row:
    row = Row(tok)
    row.take(tok.special["<|abc|>"], True)
    for t in tok.encode("X:1\nT:" + start):
        row.take(t, True)
    return row


def test_a_generated_title_stops_at_the_longest_the_corpus_has(tok):
    """A model stuck repeating a letter, or a few, in a title cannot spend the reply on it."""
    row = title_row(tok, "Ma")
    l_token = tok.encode("l")[-1]
    for _ in range(3):
        assert row.allows(l_token)
        row.take(l_token, True)
    assert not row.allows(l_token)  # "Malll" is as far as a letter repeats: a fourth is a stutter
    row = title_row(tok, "Arworworworwo")
    assert not row.allows(tok.encode("r")[-1])  # nor "wor" a fourth time
    row = title_row(tok, "Malll")
    for letter in "oremipsumdolorsitametconsecteturadipiscingelitseddoeiusmodtemporincididuntutlabore":
        token = tok.encode(letter)[-1]
        if not row.allows(token):
            break
        row.take(token, True)
    assert len(row.scanner.pending) == 72
    assert row.allows(tok.encode("\n")[0])
    first_half = tok.sp.piece_to_id("<0xC3>")  # of an é: the character would not fit, though the byte does
    assert not row.allows(first_half)


def test_a_tune_cut_inside_an_open_repeat_is_closed_at_a_bar_line(tok):
    """A tune that opened a repeat and never closed it could end nowhere; cut at the token cap,
    it ends at its last whole bar, that bar line made a :| ."""
    row = Row(tok)
    for t in [tok.special["<|abc|>"]] + tok.encode("X:1\nT:Round\nM:4/4\nL:1/8\nK:G\nV:1\n|:GABc dedB|dcBA GABG|GA"):
        assert row.allows(t)
        row.take(t, True)
    assert row.last_end is None
    abc = read_reply(tok, row.reply()).abc
    assert abc.endswith("dcBA GABG:|\n") and validate(parse(abc)).ok


def test_a_tune_that_leaves_a_repeat_open_is_closed_at_its_length(tok):
    """A tune that opened |: and never closes it could never end, and would run to the token
    cap; once its first voice has the bars asked for, the row stops and the reply closes the
    repeat there."""
    row = Row(tok, bars=4, piece=True)
    row.take(tok.special["<|abc|>"], True)
    text = "X:1\nT:Open\nM:6/8\nL:1/8\nK:G\nV:1\n|:G2A B2c|d2c B2A|G2A B2c|d2c B2A|G2A B2c|"
    for t in tok.encode(text):
        if row.done:
            break
        assert row.allows(t)
        row.take(t, True)
    assert row.done and row.bars_written() == 4
    abc = read_reply(tok, row.reply()).abc
    tune = parse(abc)
    assert len(tune.melody.bars) == 4 and tune.melody.bars[-1].end == ":|"


def test_the_recipe_trains_on_the_tunes_then_the_dialogues_and_ships_one_checkpoint(mini_data, tmp_path):
    from model.recipe import Recipe, run_recipe
    chosen = run_recipe(Recipe(data=mini_data[0], out=tmp_path, minutes=0.02, preset="tiny", threads=1))
    first = [json.loads(line) for line in (tmp_path / "tunes" / "train.log").read_text().splitlines()]
    then = [json.loads(line) for line in (tmp_path / "dialogues" / "train.log").read_text().splitlines()]
    assert first and then  # both stages trained and were validated
    _, _, meta = checkpoint.load(chosen)
    assert meta["train"]["settings"]["corpus"] == "dialogues"
    assert meta["train"]["settings"]["init"] == str(tmp_path / "tunes" / "best")
    tunes = Shards(mini_data[0] / "shards", "tunes")
    assert tunes.mask.all() and len(tunes.starts) > 100  # every token of a tune is learned
