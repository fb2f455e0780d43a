"""Strict rhythm, the form of a new piece, the critic: each on hand-made good and bad tunes."""
import shutil
from dataclasses import replace

import pytest

from music.abc import AbcError, Scanner, parse
from music.critic import measure
from music.form import Form, fits_title, form_for
from music.validate import abc2midi_messages, validate
from music.normalize import normalize

from tests.conftest import KESH

HEAD = "X:1\nT:t\nM:4/4\nL:1/8\nK:G\nV:1\n"


@pytest.mark.parametrize("body, valid", [
    ("|:D2|G2G2 G2G2|G6:|", True),  # the short last bar and the pickup make one bar
    ("|:D2|G2G2 G2G2|G4:|", False),
    ("|:D2|G2G2 G2G2|G6::B2|d8|G6:|", True),
    ("D2|G2G2 G2G2|G6:|", False),  # a repeat back to a pickup opens with |:
    ("|:D2|G2G2 G2G2|G6::d8|G8:|", False),  # after :: the next strain owes its pickup
    ("D2|G2G2 G2G2|G6||d2|d8|G6|]", True),
    ("D2|G2G2 G2G2|G6||d4|d8|G6|]", False),
    ("G2G2 G2G2|G6|d2|G8|]", False),  # a short bar before a plain bar line
    ("G2G2 G2G2|G6||d2|d2|G8|]", False),  # two short bars in a row
    ("|:D2|G8|G8:|", False),  # a strain with a pickup ends on a short bar
    ("G8||d2|G8|]", False),  # a pickup that no short bar asks for
    ("|:D2|G8|G6:|d8|d8|]", False),
    ("|:D2|G8|[1G6:|[2G6||d2|d8|d6|]", True),
    ("A2|:G8|G8:|", True),  # a pickup before the repeat sign
    ("G|G8|G7||[M:2/4]G|B2D2|G3|]", False),  # abc2midi counts the pair in the new meter
    ("|:A8|B6 d2-|[1d8:|", False),  # a tie into an ending: abc2midi holds the note past the track's end
])
def test_short_bars_pair_as_abc2midi_counts_them(body, valid):
    text = HEAD + body + "\n"
    if valid:
        assert validate(parse(text)).ok
    else:
        with pytest.raises(AbcError):
            parse(text)
    if shutil.which("abc2midi"):  # abc2midi flags no bar we take (it is lenient on last bars only)
        warned = any("time units" in m for m in abc2midi_messages(text))
        assert not (valid and warned)


@pytest.mark.parametrize("body, problem", [
    ("G8|]G8|]", "|] ends the piece"),
    ("(3ABc/ G6|]", "tuplet"),
    ("A5 G3|]", "note length"),
    ("G/16 G7 G3/4 G/8|]", "note length"),
    ("[GBdgb]8|]", "4 notes"),
])
def test_what_a_musician_would_not_write_is_refused(body, problem):
    with pytest.raises(AbcError, match=problem.replace("|", r"\|")):
        parse(HEAD + body + "\n")


JIG_A = "|:D|G2B AGA|B2d d2B|c2e dcB|A3 A2D|G2B AGA|B2d g2e|dBG AFD|G3 G2::"
JIG_B = "d|g2g fef|g2d d2B|c2e dcB|A3 A2d|g2g fef|g2d B2d|cBA AFD|G3 G2:|"
JIG = "X:1\nT:The Test Jig\nM:6/8\nL:1/8\nK:G\nV:1\n"


def shaped(body: str, form: Form | None = None) -> Scanner:
    return Scanner(build=False, form=form or form_for("jig", 16)).feed(JIG + body + "\n")


def test_a_jig_in_two_repeated_strains_passes_its_form():
    assert shaped(JIG_A + JIG_B).can_end()


@pytest.mark.parametrize("body, problem", [
    (JIG_A + JIG_B.replace("G3 G2:|", "A3 A2:|"), "final"),  # ends off the tonic
    (JIG_A.replace("A3 A2D|", "A3 A2c|"), "tonic or the dominant chord"),  # a phrase ends on the subdominant
    (JIG_A.replace("dBG AFD|G3 G2::", "dBG AGA|B3 B2::"), "ends a strain on the key's final"),  # on the third
    (JIG_A.replace("dBG AFD", "dBG A^FD"), "the key already gives"),  # G major sharpens F already
    (JIG_A.replace("::", "||") + JIG_B, "::"),  # the strain is not repeated
    ("|:G2B AGA|G2B AGA|G2B AGA|", "in a row"),
    (JIG_A + JIG_B + "d3 d3|", "16 bars"),
    (JIG_A.replace("B2d d2B", "b'2d d2B"), "register"),
    (JIG_A.replace("c2e dcB", "c2e d^cB"), "scale"),
    (JIG_A.replace("dBG AFD", "dB/4G/4 AFD"), "whole multiples"),
    (JIG_A.replace("dBG AFD", "dB3/ G/AFD"), "whole multiples"),
    (JIG_A.replace("dBG AFD", "d>BG AFD"), "dotted"),
    (JIG_A.replace("B2d d2B", "B3 d3"), "4 notes or more"),  # a jig runs in eighths
    (JIG_A.replace("B2d d2B", "B2z d2B"), "no rests"),
    ("|:D|G2B AGA|G2B AGB|G2B AGc|G2B AGd|", "figure"),  # one figure, a note changed each time
])
def test_a_jig_that_breaks_its_form_is_refused_where_it_does(body, problem):
    with pytest.raises(AbcError, match=problem):
        shaped(body)


def test_a_piece_cannot_end_before_its_length():
    assert not shaped(JIG_A + "d|g2g fef|").can_end()


def test_a_bar_that_no_note_of_the_style_can_finish_is_refused():
    waltz = Scanner(build=False, form=form_for("waltz", 16)).feed(
        "X:1\nT:t\nM:3/4\nL:1/8\nK:G\nV:1\n|:G2 B2 d")  # a waltz's shortest note is an eighth: d3/ leaves half of one
    with pytest.raises(AbcError, match="whole multiples"):
        waltz.copy().feed("3/ ").settle()
    waltz.copy().feed("2|").settle()


def test_forms_by_style_and_length():
    assert form_for("reel", 16) == Form(16, strain=8, repeats=True, shortest=1, dotted=False, busy=6, rests=False)
    assert form_for("reel", 12).strain == 0 and form_for("reel", 12).phrase == 4
    assert form_for("chorale", 16).shortest == 1 and not form_for("chorale", 16).repeats
    assert form_for(None, 10).phrase == 10  # only the end cadences


@pytest.mark.parametrize("title, fits", [
    ("The Humours of Ballyconnell", True), ("Lady Anne's Waltz", True), ("Over the Hill-Top", True),
    ("MADDY'S -- STRIMY", False), ("Der Meben (4-42), S. 121", False), ("The Blipy. The", False),
    ("The Kesh Reel", False), ("she wohm eiiu", False), ("Coon'y's Lament", False),
])
def test_titles_read_as_titles_and_name_only_the_type_asked(title, fits):
    assert fits_title(title, "waltz") == fits


def test_the_critic_prefers_a_human_tune_to_its_broken_copies():
    kesh = normalize(KESH)
    good = measure(kesh)
    bars = kesh.melody.bars
    looped = kesh.with_voice(0, replace(kesh.melody, bars=bars[:1] * (len(bars) - 1) + bars[-1:]))
    from music.pitch import parse_key
    wrong_key = replace(kesh, key=parse_key("Bbm"))
    jumpy = normalize(KESH.replace("GAG GAB", "Gag GaB").replace("BAB dBd", "Bab dbd"))
    assert measure(looped).variety < good.variety and measure(looped).score < good.score
    assert measure(wrong_key).key_fit < good.key_fit and measure(wrong_key).score < good.score
    assert measure(jumpy).leaps > good.leaps and measure(jumpy).score < good.score
    assert good.score > 1.0
