"""A reading in the schema of the hand-written reading sets (`bench/reading.md`): a message's
kinds (tempo, key, undo, ...) and the fields it states, the form the sets are written in."""
from __future__ import annotations

from music.instruments import find_instrument

from .request import Request

UNREAD = ("off-topic", "chat", "gibberish", "foreign", "instructions")


def reading_of(r: Request) -> tuple[list[str], dict]:
    """The kinds and fields of a Request, in the schema of the sets."""
    if r.unread:
        return [r.unread], {}
    kinds, fields = [], {}
    if r.action:
        kinds.append(r.action.kind)
        if r.action.version is not None:
            fields["version"] = r.action.version
    if r.question:
        return ["question"], {"topic": r.topic} if r.topic else {}
    if r.new_piece:
        said = {"style": r.style, "tonic": r.tonic, "mode": None if r.mode_of_mood else r.mode, "meter": r.meter,
                "bars": r.bars, "bpm": r.bpm, "instrument": r.instrument, "mood": r.mood, "pace": r.pace}
        return ["new"] + (["chords"] if r.chords else []) + (["bass"] if r.bass else []), {k: v for k, v in said.items() if v is not None}
    if r.bpm or r.ratio or r.delta or r.tempo:
        kinds.append("tempo")
        fields.update({"bpm": r.bpm} if r.bpm else {"ratio": r.ratio} if r.ratio else
                      {"delta": r.delta} if r.delta else {"direction": r.tempo})
    if r.interval or r.shift:
        kinds.append("transpose")
        fields.update({"semitones": r.interval[1]} if r.interval else {"direction": r.shift})
    if r.tonic or r.relation:
        kinds.append("key")
        fields.update({"tonic": r.tonic} if r.tonic else {"relation": r.relation})
        if r.mode and not r.mode_of_mood:
            fields["mode"] = r.mode
    elif r.mode and not r.mode_of_mood:
        kinds.append("mode")
        fields["mode"] = r.mode
    if r.meter:
        kinds.append("meter")
        fields["meter"] = r.meter
    if r.bars or r.factor:
        kinds.append("length")
        fields.update({"bars": r.bars} if r.bars else {"factor": r.factor})
    if r.remove:
        kinds.append("remove")
        fields["what"] = r.remove
    if r.bass:
        kinds.append("bass")
    if r.chords:
        kinds.append("chords")
    if r.melody is not None:  # "give it to the viola and add a harmony": the schema names the melody's
        kinds.append("instrument")
        fields["instrument"] = r.melody
    elif r.instrument is not None:
        if not (r.bass or {r.rework, r.then} & {"harmony", "accompany"}):
            kinds.append("instrument")
        if r.bass or not {r.rework, r.then} & {"harmony", "accompany"}:  # the schema names no instrument of those parts
            fields["instrument"] = r.instrument
    reworks = [kind for kind in (r.rework, r.then) if kind]
    kinds += reworks
    if {"continue", "b part"} & set(reworks) and r.more:
        fields["more"] = r.more
    if {"rewrite", "simplify", "ornament"} & set(reworks) and r.bar_range:
        fields["bars"] = list(r.bar_range)
    if "harmony" in reworks:
        fields["interval"] = r.harmony
        if r.below:
            fields["below"] = True
    if "repeat" in reworks and r.section:
        fields["section"] = r.section
    if "accompany" in reworks and r.figure:
        fields["figure"] = r.figure
    return kinds, fields


def expected(case: dict) -> tuple[list[str], dict]:
    """The written reading, with instruments as General MIDI programs, and "more bars" as the
    continuation it is carried out as."""
    kinds, fields = case["kind"].split("+"), dict(case["expect"])
    if "instrument" in fields:
        fields["instrument"] = find_instrument(fields["instrument"])[0]
    if "length" in kinds and "more" in fields:
        kinds = ["continue" if k == "length" else k for k in kinds]
    return kinds, fields


# the sets name a saxophone by its family alone, so a tenor or a baritone saxophone read is the one meant;
# and "guitar" alone, so a guitar with steel strings (25) or an electric one (26 to 31) is the one meant as well as nylon (24)
SAXOPHONES = range(64, 68)
GUITARS = range(24, 32)


def same(want: tuple[list[str], dict], got: tuple[list[str], dict]) -> bool:
    """Two readings are the same: the same kinds, in any order, and the same fields."""
    return sorted(want[0]) == sorted(got[0]) and plain(want[1]) == plain(got[1])


def plain(fields: dict) -> dict:
    """The fields with a saxophone of any size as the schema's one "saxophone", and any guitar,
    acoustic or electric, as its "guitar"."""
    for family in (SAXOPHONES, GUITARS):
        if fields.get("instrument") in family:
            return {**fields, "instrument": family[0]}
    return fields
