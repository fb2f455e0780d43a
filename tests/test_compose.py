"""Edits the model composes, written on from the part of the piece kept: more bars, a B part, a
new ending, chosen bars rewritten. What is kept stays note for note; the new bars keep the
form; the piece stays valid by abc2midi's count."""
import random
import shutil

import pytest

from corpus import phrasing as P
from corpus.build import as_written
from corpus.dialogues import edit_asked
from corpus.phrasing import Speaker
from music import continuation
from music.continuation import plan as plan_edit
from music.tune import bar_ends
from reading.request import read_request
from music import arrange
from music.abc import AbcError, Scanner, figures, parse, serialise
from music.analysis import analyse
from music.validate import abc2midi_messages, validate
from tests.conftest import JIG, collection_tunes

SONG = """X:1
T:A Plain Song
M:3/4
L:1/8
Q:1/4=100
K:D
V:1
A2|d4 c2|B4 A2|G2 F2 E2|D4 A2|d4 f2|e4 c2|d6-|d4|]
"""


def valid(abc: str) -> bool:
    tune = parse(abc)
    if not validate(tune).ok:
        return False
    return not shutil.which("abc2midi") or not [m for m in abc2midi_messages(abc)
                                                 if m.startswith("Error") or "time units" in m]


def melody_bars(abc: str) -> list:
    return list(parse(abc).melody.bars)


@pytest.fixture
def jig_session(composer):
    session = composer.session(seed=3)
    session.upload(JIG)
    return session


def test_a_b_part_keeps_the_a_part_and_adds_a_repeated_strain_ending_on_the_final(jig_session):
    reply = jig_session.send("now write a B part")
    assert reply.version == 2 and "B part" in reply.text and valid(reply.abc)
    old, new = melody_bars(JIG), melody_bars(reply.abc)
    assert new[:len(old) - 1] == old[:-1] and new[len(old) - 1].items == old[-1].items
    assert new[len(old) - 1].end == "::" and new[-1].end == ":|"  # |: A :: B :|
    tune = parse(reply.abc)
    assert analyse(tune).bars == 16
    last = [n for n in new[-1].items if hasattr(n, "heads") and n.heads][-1]
    assert last.heads[0].step == 4  # G, the final of G major


def test_more_bars_are_as_many_as_asked(jig_session):
    reply = jig_session.send("add 8 more bars")
    assert reply.version == 2 and valid(reply.abc) and analyse(parse(reply.abc)).bars == 16


def test_a_rewritten_bar_differs_and_every_other_bar_is_what_it_was(jig_session):
    reply = jig_session.send("make bar 5 different")
    assert reply.version == 2 and valid(reply.abc)
    old, new = melody_bars(JIG), melody_bars(reply.abc)
    changed = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
    assert changed == [5]  # the pickup is bar 0
    assert "bar 5" in reply.text


def test_a_new_ending_changes_only_the_last_phrase_and_closes_on_the_final(composer):
    session = composer.session(seed=1)
    session.upload(SONG)
    reply = session.send("give it a stronger ending")
    assert reply.version == 2 and valid(reply.abc)
    old, new = melody_bars(SONG), melody_bars(reply.abc)
    assert new[:5] == old[:5] and new != old  # bars 1-4 (and the pickup) kept
    tune = parse(reply.abc)
    assert [e for t in __import__("music.tune", fromlist=["time_bars"]).time_bars(tune, tune.melody)
            for e in t.events if e.pitches][-1].pitches[0].midi % 12 == 2  # D


@pytest.mark.parametrize("message, reason", [
    ("rewrite bar 12", "bars 1 to 8"),
    ("make bar 1 different", "after the first one"),
])
def test_bars_that_cannot_be_rewritten_leave_the_piece_and_say_why(jig_session, message, reason):
    reply = jig_session.send(message)
    assert reply.version == 1 and reason in reply.text and "unchanged" in reply.text


def test_a_piece_of_several_voices_is_not_written_on_and_says_so(composer):
    session = composer.session()
    session.upload(serialise(arrange.harmony_line(parse(JIG))))
    reply = session.send("write a B part")
    assert reply.version == 1 and "melody alone" in reply.text


@pytest.mark.parametrize("text, kind, bars", [
    ("continue it", "continue", None), ("add another eight bars", "continue", 8), ("write a B part", "b part", None),
    ("add a second strain", "b part", None), ("the ending feels weak, fix it", "ending", None),
    ("make bar 5 different", "rewrite", (5, 5)), ("give the last two bars a new idea", "rewrite", (-2, -1)),
])
def test_composing_edits_are_read_from_plain_words(text, kind, bars):
    r = read_request(text)
    assert r.rework == kind and (r.bar_range == bars if kind == "rewrite" else r.more == bars)


def test_bars_are_counted_as_a_musician_counts_them():
    assert bar_ends(parse(JIG)) == [1, 2, 3, 4, 5, 6, 7, 8]  # the pickup D is bar 0, with bar 1
    assert bar_ends(parse(SONG)) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_the_constraint_writes_on_from_the_kept_bars_and_refuses_the_old_bar_again():
    asked = read_request("make bar 5 different")
    plan = plan_edit(asked.rework, parse(JIG), asked.bar_range)
    scanner = Scanner.continuing(plan.start, plan.form)
    scanner.copy().feed("G2B cBA|").settle()  # a new bar 5
    with pytest.raises(AbcError, match="written anew"):
        scanner.copy().feed("G2B AGA|").settle()  # bar 5 as it was
    assert dict(plan.form.old)[5] == figures(parse(JIG))[5]


def test_a_variation_sets_every_bar_anew_on_the_tunes_skeleton(jig_session):
    reply = jig_session.send("give me a variation on it")
    assert reply.version == 2 and valid(reply.abc)
    old, new = figures(parse(JIG)), figures(parse(reply.abc))
    assert len(old) == len(new) and old[0] == new[0]  # the pickup stays
    for a, b in zip(old[1:], new[1:]):
        assert a != b and a[0][0] == b[0][0]  # every bar differs, and opens on the tune's note


AIR_FIRST_STRAIN_REPEATED = """X:1
T:Air
M:3/4
L:1/8
K:G
V:1
|:G2 G2 B2|A2 Ac BA|G2 GA Bc|d2 f2 g2:|
g2 d2 B2|A2 fg af|g2 d2 A2|g3a ga/b/|
e2 ge dB|d2 Ac BA|G2 GA Bd|d2 f2 g2|]
"""


def test_a_variation_of_a_piece_whose_first_strain_alone_repeats_opens_as_it_did():
    tune = parse(AIR_FIRST_STRAIN_REPEATED)
    edit = plan_edit("variation", tune)
    assert edit.start.endswith("|:")
    Scanner.continuing(edit.start, edit.form).feed("G2 A2 B2|").settle()  # the first bar may be written
    with pytest.raises(AbcError):
        Scanner.continuing(edit.start, edit.form).feed("G2 G2 B2|")  # but not as it was


# -------------------------------------------------------------------- teaching composing edits
COMPOSING_PHRASINGS = [(P.CONTINUE, "continue", {}, None), (P.MORE_BARS, "continue", {"n": 6}, 6),
                       (P.B_PART, "b part", {}, None), (P.B_PART_OF, "b part", {"n": 12}, 12),
                       (P.ENDING, "ending", {}, None), (P.REWRITE_BAR, "rewrite", {"a": 5}, (5, 5)),
                       (P.REWRITE_BARS, "rewrite", {"a": 5, "b": 7}, (5, 7))]


@pytest.mark.parametrize("options,kind,numbers,amount", COMPOSING_PHRASINGS)
def test_every_training_phrasing_of_a_composing_edit_reads_as_that_edit(options, kind, numbers, amount):
    for option in options:
        r = read_request(option.format(**numbers))
        assert r.rework == kind, option
        assert (r.more if kind in ("continue", "b part") else r.bar_range) == amount, option


@pytest.fixture(scope="module")
def dance_tunes():
    return [t for t in collection_tunes("oneills1850", 60, seed=3) if len(t.voices) == 1]


@pytest.mark.parametrize("kind", ["continue", "b part", "ending", "rewrite"])
def test_a_composing_edit_is_taught_with_the_tunes_real_bars_in_the_sessions_terms(kind, dance_tunes):
    """The data builder's edit: the piece brought keeps the tune's bars outside those asked
    for, the reply's ABC is the plan's kept opening and then the tune's own bars, which the
    constraint accepts, and the merged piece is the real tune again."""
    taught = 0
    for tune in dance_tunes:
        made = edit_asked(kind, tune, Speaker(random.Random(taught)))
        if made is None:
            continue
        before, user, plan, written = made
        assert read_request(user).rework == kind
        assert written.startswith(plan.start)
        after = parse(written.rstrip("\n") + plan.rest if plan.rest else written)
        assert [b.items for b in after.melody.bars] == [b.items for b in tune.melody.bars]
        assert continuation.kept_problems(before, after, plan) == []
        assert validate(after).ok and before.melody.bars != tune.melody.bars
        assert as_written(serialise(before), {"kind": kind, "abc": serialise(tune), "written": written}) == written
        taught += 1
    assert taught >= 2
