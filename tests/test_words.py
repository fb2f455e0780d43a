"""Words about a piece: claims checked against the ABC, and what changed between versions."""
from music import harmony, transform
from music.words import changes, read_claims


def kinds(claims):
    return {(c.kind, c.value): c.true for c in claims}


def test_true_claims_hold(kesh):
    tune = transform.set_instrument(transform.set_tempo(kesh, 120), "fiddle")
    claims = read_claims("Here's a jig in G major, 6/8, 16 bars at 120 bpm for fiddle.", tune)
    assert kinds(claims) == {("key", "G major"): True, ("meter", "6/8"): True, ("bars", "16"): True,
                             ("tempo", "120"): True, ("instrument", "fiddle"): True}


def test_false_claims_are_caught(kesh):
    tune = transform.set_tempo(kesh, 120)
    claims = read_claims("A reel in D minor, 4/4, 32 bars at 90 bpm for flute.", tune)
    assert claims and not any(c.true for c in claims)


def test_old_values_after_from_are_not_claims(kesh):
    tune = transform.set_tempo(kesh, 150)
    assert all(c.true for c in read_claims("Changed the tempo from 120 to 150 bpm.", tune))
    moved = transform.transpose(kesh, key="A")
    assert all(c.true for c in read_claims("Transposed from G major to A major.", moved))


def test_changes_name_what_a_musician_would_notice(kesh):
    after = harmony.add_bass(transform.set_tempo(transform.transpose(kesh, key="D"), 140), "roots")
    said = " ".join(changes(transform.set_tempo(kesh, 120), after))
    assert "D major" in said and "140 bpm" in said and "bass" in said.lower()
    assert changes(kesh, kesh) == []


def test_two_word_instruments_are_read_whole(kesh):
    from music.harmony import add_bass
    tune = transform.set_instrument(add_bass(kesh, "roots"), "bass guitar", 1)
    claims = read_claims("The bass part is now played on bass guitar.", tune)
    assert [(c.kind, c.value, c.true) for c in claims] == [("instrument", "bass guitar", True)]
