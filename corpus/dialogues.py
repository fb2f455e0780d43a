"""Multi-turn dialogues built around real tunes, with targets made by the `music/` transforms.

A dialogue is a list of turns; each turn records the user's words, the assistant's words, the
new piece if the turn made one, an action (undo, redo, goto N) if it took one, and the version
that is current afterwards. Every new piece is validated; a turn whose target fails is not
written. What the assistant says of a piece is computed from the piece.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from music import continuation, harmony, transform
from music.abc import AbcError, Scanner, parse, serialise
from music.arrange import simplify_rhythm
from music.analysis import analyse
from music.instruments import find_instrument
from music.pitch import parse_key
from music.transform import TransformError
from music.tune import SECTION_ENDS, Tune, bar_ends, has_chords
from music.validate import validate
from music.voices import remove_voice
from music.words import INTERVALS, instrument_of

from . import phrasing as P
from .attributes import tempo_word

COMMON_KEYS = {"major": ["C", "G", "D", "A", "E", "F", "Bb", "Eb"], "minor": ["A", "E", "B", "D", "G", "C", "F#"],
               "dorian": ["D", "E", "A", "G", "B"], "mixolydian": ["D", "G", "A", "C", "E"]}
BASS_INSTRUMENTS = ["cello", "bassoon", "double bass", "tuba", "trombone", "bass guitar"]


@dataclass
class State:
    """One conversation in progress: its versions, the current one, and the last request."""
    speaker: P.Speaker
    record: dict
    versions: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    current: int = -1  # index into versions, -1 before any piece
    upload: str | None = None  # the piece the user brought, if any
    undone: list[int] = field(default_factory=list)
    spec: dict = field(default_factory=dict)

    @property
    def tune(self) -> Tune | None:
        return parse(self.versions[self.current]) if self.current >= 0 else None

    def add(self, tune: Tune) -> str:
        abc = serialise(tune)
        self.parents.append(self.current)
        self.versions.append(abc)
        self.current = len(self.versions) - 1
        self.undone = []
        return abc

    def bring(self, tune: Tune):
        """The user starts with a piece of their own: version 1."""
        self.upload = self.add(tune)


class Edit(NamedTuple):
    """One edit of a dialogue's turn: what the user asked, the piece it made, what the reply says."""
    asked: str
    tune: Tune
    told: str


class Asked(NamedTuple):
    """A composing edit asked of a real tune: the piece before (the tune cut or made plain), the
    message, the session's plan of it, and the reply's ABC (the tune's own bars)."""
    before: Tune
    user: str
    plan: continuation.Continuation
    written: str


def valid(tune: Tune) -> bool:
    return validate(tune).ok


def turn(state: State, kind: str, user: str, text: str, tune: Tune | None = None, action: str | None = None) -> dict:
    abc = state.add(tune) if tune is not None else None
    return {"kind": kind, "user": state.speaker.say(user) if user else user, "text": text, "abc": abc,
            "action": action, "version": state.current + 1 if state.current >= 0 else None}


# ---------------------------------------------------------------------- describing
def piece_facts(tune: Tune, rhythm: str | None, sp: P.Speaker, must: set[str]) -> str:
    """A phrase naming what the piece is; every fact in it is computed from the piece."""
    a = analyse(tune)
    parts = []
    if "meter" in must or sp.chance(0.4):
        parts.append(sp.pick([f"in {a.meter}", f"{a.meter} time"]))
    if "bars" in must or sp.chance(0.5):
        parts.append(f"{a.bars} bars")
    if "tempo" in must or sp.chance(0.4):
        parts.append(f"at {a.tempo} bpm")
    if len(tune.voices) == 1 and ("instrument" in must or tune.melody.program is not None and sp.chance(0.5)):
        parts.append(f"for {instrument_of(tune, 0)}")
    noun = rhythm if rhythm and rhythm != "song" else sp.pick(["tune", "melody"]) if rhythm != "song" else "song"
    head = f"{'an' if noun[0] in 'aeiou' else 'a'} {noun} in {a.key}"
    if len(tune.voices) == 2:
        head += f" with a {(tune.voices[1].name or 'second').lower()} part"
    return ", ".join([head] + parts)


def compose_reply(tune: Tune, rhythm: str | None, sp: P.Speaker, must: set[str]) -> str:
    facts = piece_facts(tune, rhythm, sp, must)
    title = tune.title.strip(" .") if tune.title != "Untitled" and sp.chance(0.4) else None
    opener = sp.pick(["Here's {f}.", "Here is {f}.", "I wrote {f}.", "This is {f}.", "Try this: {f}.",
                      "Here you go: {f}.", "How about this: {f}.", "Done: {f}."])
    text = opener.format(f=facts)
    return text[:-1] + f', called "{title}".' if title else text


# ---------------------------------------------------------------------- composing
def choose_spec(sp: P.Speaker, record: dict) -> dict:
    spec = {}
    if sp.chance(0.65):
        spec["rhythm"] = record["rhythm"]
    if sp.chance(0.45):
        spec["key"] = record["key"]
    elif sp.chance(0.15):
        spec["mode"] = record["mode"]
    if sp.chance(0.25):
        spec["mood"] = sp.rng.choice(record["moods"])
    elif sp.chance(0.15) and tempo_word(record["tempo"]) != "moderate":
        spec["speed"] = tempo_word(record["tempo"])
    if record["origin"] and sp.chance(0.3):
        spec["origin"] = record["origin"]
    if sp.chance(0.25):
        spec["meter"] = record["meter"]
    if record["voices"] == 1 and sp.chance(0.4):
        spec["instrument"] = sp.rng.choice(P.MELODY_INSTRUMENTS)
    if sp.chance(0.2):
        spec["tempo"] = record["tempo"]
    if sp.chance(0.2):
        spec["bars"] = record["bars"]
    return spec


def realise(tune: Tune, spec: dict) -> Tune:
    """The tune as the request asks for it: its instrument and tempo."""
    if "instrument" in spec:
        tune = transform.set_instrument(tune, spec["instrument"])
    if "tempo" in spec:
        tune = transform.set_tempo(tune, spec["tempo"])
    return tune


def compose(state: State, tune: Tune) -> dict:
    sp = state.speaker
    state.spec = choose_spec(sp, state.record)
    target = realise(tune, state.spec)
    text = compose_reply(target, state.record["rhythm"], sp, set(state.spec))
    return turn(state, "compose", P.describe_request(sp, state.spec), text, target)


# ------------------------------------------------------------------------ editing
def edit_tempo(sp: P.Speaker, tune: Tune):
    old = analyse(tune).tempo
    way = sp.rng.randrange(5)
    if way < 2:
        factor = sp.rng.choice([1.15, 1.2, 1.25, 1.3, 1.4]) if way == 0 else sp.rng.choice([0.7, 0.75, 0.8, 0.85])
        new = max(40, min(240, round(old * factor / 2) * 2))
        user = sp.pick(P.FASTER if way == 0 else P.SLOWER)
    elif way < 4:
        n = sp.rng.choice([5, 10, 15, 20, 30])
        new = old + n if way == 2 else old - n
        user = sp.pick(P.BY_BPM if way == 2 else P.BY_BPM_DOWN).format(n=n)
    else:
        new = sp.rng.choice([n for n in range(50, 221, 4) if n != old])
        user = sp.pick(P.TO_BPM).format(n=new)
    if new == old or not 40 <= new <= 240:
        return None
    reply = sp.pick(["Now at {new} bpm (was {old}).", "The tempo is now {new} bpm, up from {old}.",
                     "Done: {new} bpm instead of {old}.", "Changed the tempo from {old} to {new} bpm."]
                    if new > old else
                    ["Now at {new} bpm (was {old}).", "The tempo is now {new} bpm, down from {old}.",
                     "Done: {new} bpm instead of {old}.", "Changed the tempo from {old} to {new} bpm."])
    return Edit(user, transform.set_tempo(tune, new), reply.format(new=new, old=old))


def key_words(key: str, sp: P.Speaker) -> str:
    tonic, mode = key.split()
    if mode == "major":
        return sp.pick([tonic, f"{tonic} major", f"{tonic} major", f"{tonic}maj"])
    return sp.pick([f"{tonic} {mode}", f"{tonic}m" if mode == "minor" else f"{tonic} {mode}"])


def edit_key(sp: P.Speaker, tune: Tune):
    a = analyse(tune)
    way = sp.rng.randrange(4)
    if way < 2:
        tonic = sp.rng.choice([k for k in COMMON_KEYS.get(a.mode, ["C", "G", "D"]) if f"{k} {a.mode}" != a.key])
        new = transform.transpose(tune, key=parse_key(f"{tonic}{'' if a.mode == 'major' else ' ' + a.mode}"))
        user = sp.pick(P.TO_KEY).format(k=key_words(f"{tonic} {a.mode}", sp))
    elif way == 2:
        semis = sp.rng.choice([1, 2, 3, 4, 5, 7])
        up = sp.chance(0.5)
        new = transform.transpose(tune, semis if up else -semis)
        user = sp.pick(P.BY_INTERVAL).format(dir="up" if up else "down", iv=sp.pick(
            [INTERVALS[semis], f"{semis} semitone{'s' if semis > 1 else ''}"]))
    else:
        up = sp.chance(0.5)
        new = transform.transpose(tune, 2 if up else -2)
        user = sp.pick(P.HIGHER if up else P.LOWER)
    b = analyse(new)
    if b.key == a.key:
        return None
    reply = sp.pick(["Now in {new} (was {old}).", "Transposed from {old} to {new}.", "Moved it to {new}.",
                     "Done: it's in {new} now."])
    return Edit(user, new, reply.format(new=b.key, old=a.key))


def edit_mode(sp: P.Speaker, tune: Tune):
    a = analyse(tune)
    mode = sp.rng.choice([m for m in P.TO_MODE if m != a.mode])
    new = transform.change_mode(tune, mode)
    b = analyse(new)
    if b.key == a.key:
        return None
    reply = sp.pick(["Now in {new} (was {old}).", "Changed the mode: it's in {new} now.",
                     "Recast it in {new}, from {old}.", "Done: {new}."])
    return Edit(sp.pick(P.TO_MODE[mode]), new, reply.format(new=b.key, old=a.key))


def edit_instrument(sp: P.Speaker, tune: Tune):
    name = sp.rng.choice(P.MELODY_INSTRUMENTS)
    if len(tune.voices) == 2 and sp.chance(0.5):
        name = sp.rng.choice(BASS_INSTRUMENTS)
        part = (tune.voices[1].name or "second").lower()
        new = transform.set_instrument(tune, name, 1)
        user = sp.pick(P.VOICE_INSTRUMENT).format(part=part, i=name)
        return Edit(user, new, f"The {part} part is now played on {instrument_of(new, 1)}.")
    if tune.melody.program is not None and find_instrument(name)[0] == tune.melody.program:
        return None
    new = transform.set_instrument(tune, name)
    reply = sp.pick(["Now for {i}.", "Switched the melody to {i}.", "Done: it's played on {i} now.",
                     "Here it is for {i}."])
    return Edit(sp.pick(P.INSTRUMENT).format(i=name), new, reply.format(i=instrument_of(new, 0)))


def edit_chords(sp: P.Speaker, tune: Tune):
    if has_chords(tune):
        return None
    half = sp.chance(0.3)
    new = harmony.harmonise(tune, "half" if half else "bar")
    reply = "Added chord symbols, two per bar." if half else sp.pick(
        ["Added chord symbols, one per bar.", "Added chords above the melody, one per bar."])
    return Edit(sp.pick(P.CHORDS_HALF if half else P.CHORDS), new, reply)


def edit_bass(sp: P.Speaker, tune: Tune):
    if len(tune.voices) != 1:
        return None
    if sp.chance(0.3):
        name = sp.rng.choice(BASS_INSTRUMENTS)
        program, _ = find_instrument(name)
        new = harmony.add_bass(tune, "roots", name=name.title(), program=program)
        return Edit(sp.pick(P.SECOND_PART).format(i=name), new,
                    f"Added a {name} part under the melody, on the chord roots.")
    style = sp.rng.choice(list(P.BASS))
    new = harmony.add_bass(tune, style)
    words = {"roots": "on the chord roots", "root-fifth": "alternating root and fifth",
             "walking": "walking between chord tones", "waltz": "with a waltz figure",
             "drone": "holding a drone on the tonic"}[style]
    return Edit(sp.pick(P.BASS[style]), new, f"Added a bass line {words}.")


def edit_shorten(sp: P.Speaker, tune: Tune):
    bars = analyse(tune).bars
    choices = [n for n in (4, 8, 12, 16) if n < bars]
    if not choices:
        return None
    n = sp.rng.choice(choices)
    new = transform.cut(tune, n)
    return Edit(sp.pick(P.SHORTEN).format(n=n), new, f"Cut it to the first {n} bars, ending on the tonic.")


def edit_remove(sp: P.Speaker, tune: Tune):
    if len(tune.voices) < 2:
        return None
    part = (tune.voices[1].name or "second").lower()
    user = sp.pick([f"remove the {part}", f"drop the {part} part", f"take out the {part}",
                    "just the melody again", f"lose the {part}"])
    return Edit(user, remove_voice(tune, 1), f"Removed the {part} part; the melody is on its own now.")


EDITS = {"tempo": edit_tempo, "key": edit_key, "mode": edit_mode, "instrument": edit_instrument,
         "chords": edit_chords, "bass": edit_bass, "shorten": edit_shorten, "remove": edit_remove}
# Edits that would each describe the key: one message may ask for only one of them.
SAME_ASPECT = {"key": "mode", "mode": "key"}
EDIT_WEIGHTS = {"tempo": 4, "key": 3, "mode": 2, "instrument": 3, "chords": 2, "bass": 3, "shorten": 1, "remove": 1}


def try_edit(sp: P.Speaker, tune: Tune, kind: str):
    try:
        made = EDITS[kind](sp, tune)
    except (TransformError, ValueError):
        return None
    if made is None or not valid(made.tune):
        return None
    return made


def edit(state: State, compound: bool = False) -> dict | None:
    """One edit, or two joined in one message ("make it faster and add a bass line")."""
    sp, tune = state.speaker, state.tune
    made, kinds = [], []
    for kind in weighted_order(sp.rng, EDIT_WEIGHTS):
        if compound and made and (kind in ("shorten", "remove") or SAME_ASPECT.get(kind) in kinds):
            continue
        step = try_edit(sp, made[-1].tune if made else tune, kind)
        if step:
            made.append(step)
            kinds.append(kind)
        if len(made) == (2 if compound else 1):
            break
    if len(made) < (2 if compound else 1):
        return None
    user = made[0].asked
    if compound:
        user = user.rstrip("?.!") + sp.pick([" and ", ", and ", ", then ", " and also ", ". Also "]) + made[1].asked
    return turn(state, "edit:" + "+".join(kinds), user, " ".join(m.told for m in made), made[-1].tune)


def weighted_order(rng: random.Random, weights: dict) -> list[str]:
    """Kinds in a random order where heavier ones tend to come first."""
    return sorted(weights, key=lambda k: rng.random() ** (1 / weights[k]), reverse=True)


# ---------------------------------------------------------------- new material
def another(state: State, pool: list[dict]) -> dict | None:
    sp, spec = state.speaker, state.spec
    wanted = {k: spec[k] for k in ("rhythm", "meter", "bars", "origin") if k in spec}
    mode = spec["key"].split()[1] if "key" in spec else spec.get("mode")
    matches = [r for r in sp.rng.sample(pool, min(400, len(pool)))
               if r["id"] != state.record["id"] and r["voices"] == 1
               and all(r.get(k) == v for k, v in wanted.items()) and (mode is None or r["mode"] == mode)]
    if not matches:
        return None
    other = matches[0]
    tune = parse(other["abc"])
    try:
        if "key" in spec:
            tune = transform.transpose(tune, key=parse_key(spec["key"]))
        target = realise(tune, spec)
    except (TransformError, ValueError):
        return None
    if "key" in spec and analyse(target).key != spec["key"] or not valid(target):
        return None
    text = compose_reply(target, other["rhythm"], sp, set(spec))
    return turn(state, "another", sp.pick(P.ANOTHER), text, target)


def variation(state: State, family: list[dict]) -> dict | None:
    """Another setting of the same tune from the books: a real variation."""
    sp, tune = state.speaker, state.tune
    others = [r for r in family if r["id"] != state.record["id"] and r["voices"] == 1]
    if not others or len(tune.voices) != 1:
        return None
    a = analyse(tune)
    other = parse(sp.rng.choice(others)["abc"])
    try:
        if analyse(other).mode != a.mode:
            return None
        target = transform.transpose(other, key=tune.key)
        target = transform.set_tempo(target, a.tempo)
        if tune.melody.program is not None:
            target = transform.set_instrument(target, tune.melody.program)
    except (TransformError, ValueError):
        return None
    if not valid(target) or target.melody.bars == tune.melody.bars:
        return None
    b = analyse(target)
    text = sp.pick(["Here's a variation: another setting of the same tune, {bars} bars in {key}.",
                    "A variant of the tune, still in {key}, {bars} bars.",
                    "Here's the tune as another player might set it, in {key}."])
    return turn(state, "variation", sp.pick(P.VARIATION), text.format(bars=b.bars, key=b.key), target)


def real_bass(state: State, chorale: Tune) -> dict | None:
    """Bach's own bass under the soprano the user has."""
    sp, tune = state.speaker, state.tune
    if len(tune.voices) != 1 or tune.melody.bars != chorale.melody.bars:
        return None
    target = transform.set_tempo(chorale, analyse(tune).tempo)
    target = target.with_voice(0, tune.melody)
    if not valid(target):
        return None
    return turn(state, "edit:real bass", sp.pick(P.REAL_BASS), "Added a bass part beneath the melody, in the style of a chorale.",
                target)


# ---------------------------------------------------------------- other turns
def question(state: State) -> dict | None:
    sp, tune = state.speaker, state.tune
    a = analyse(tune)
    kind = sp.rng.choice(list(P.QUESTIONS))
    answers = {
        "key": [f"It's in {a.key}.", f"{a.key}.", f"The key is {a.key}."],
        "meter": [f"It's in {a.meter}.", f"{a.meter} time.", f"The time signature is {a.meter}."],
        "tempo": [f"It's at {a.tempo} bpm.", f"{a.tempo} bpm.", f"The tempo is {a.tempo} bpm."],
        "bars": [f"It has {a.bars} bars.", f"{a.bars} bars.", f"It's {a.bars} bars long."],
        "range": [f"From {a.lowest} up to {a.highest}: {a.range_semitones} semitones.",
                  f"The lowest note is {a.lowest} and the highest {a.highest}, a span of {a.range_semitones} semitones."],
        "form": [f"Its phrases run {a.form}." if a.form else "", f"The form is {a.form}." if a.form else ""],
        "instrument": [", ".join(f"{(v.name or 'the melody')} on {instrument_of(tune, i)}"
                                 for i, v in enumerate(tune.voices)).capitalize() + "."],
        "title": [f'It\'s called "{a.title}".' if a.title != "Untitled" else "It has no title yet."],
    }[kind]
    answers = [x for x in answers if x]
    if not answers:
        return None
    text = sp.pick(answers)
    return turn(state, "question:" + kind, sp.pick(P.QUESTIONS[kind]), text)


def version_move(state: State) -> dict | None:
    """Undo, redo or go to version N: the current version moves, no piece is made."""
    sp = state.speaker
    if state.undone and sp.chance(0.5):
        state.current = state.undone.pop()
        return turn(state, "redo", sp.pick(P.REDO), f"Redone: back to version {state.current + 1}.", action="redo")
    parent = state.parents[state.current] if state.current >= 0 else -1
    if parent >= 0 and sp.chance(0.6):
        state.undone.append(state.current)
        state.current = parent
        return turn(state, "undo", sp.pick(P.UNDO), f"Undone: this is version {parent + 1} again.", action="undo")
    if len(state.versions) >= 2:
        n = sp.rng.choice([i for i in range(len(state.versions)) if i != state.current])
        state.current, state.undone = n, []
        return turn(state, "goto", sp.pick(P.GOTO).format(n=n + 1), f"Here is version {n + 1} again.",
                    action=f"goto {n + 1}")
    return None


def small_talk(state: State, kind: str) -> dict:
    sp = state.speaker
    users, replies = {"greeting": (P.GREETINGS, P.GREETING_REPLIES), "help": (P.HELP, P.HELP_REPLIES),
                      "thanks": (P.THANKS, P.THANKS_REPLIES), "refuse": (P.OUT_OF_SCOPE, P.REFUSALS),
                      "no piece": ([u for e in (P.FASTER, P.TO_KEY, P.CHORDS) for u in e], P.NO_PIECE)}[kind]
    user = sp.pick(users).format(k="G")
    return turn(state, kind, user, sp.pick(replies))


# ---------------------------------------------------------------- composing edits
def composing_edit(state: State, tune: Tune) -> list[dict] | None:
    """The user brings part of a real tune, or the tune with some bars made plain, and asks for
    what the tune really has: its continuation, its B part, its last phrase anew, bars i..j
    anew. The reply is what the session has the model write (`music.continuation.plan`): the
    plan's words, then the kept opening and the tune's real bars after it."""
    sp = state.speaker
    if len(tune.voices) != 1:
        return None
    kinds = ["continue", "b part", "ending", "rewrite"]
    sp.rng.shuffle(kinds)
    for kind in kinds:
        made = edit_asked(kind, tune, sp)
        if made is not None:
            before, user, plan, written = made  # an Asked
            state.bring(before)
            return [{**turn(state, kind, user, plan.words, tune), "written": written}]
    return None


def edit_asked(kind: str, tune: Tune, sp: P.Speaker):
    """(the piece the user brings, their words, the plan, the reply's ABC) for a composing edit
    whose exact target is `tune`, or None where the tune does not lend itself to it."""
    ends = bar_ends(tune)
    total = len(ends)
    bar_range, more = None, None
    if kind == "b part":
        before = first_section(tune)
        if before is None:
            return None
        more = total - len(bar_ends(before))
        user = sp.pick(P.B_PART) if more == continuation.bars_added(kind, total - more) else \
            sp.pick(P.B_PART_OF).format(n=more)
    elif kind == "continue":
        kept = total // 2 // 4 * 4
        if kept < 4:
            return None
        before = tune.with_voice(0, replace(tune.melody, bars=tune.melody.bars[:ends[kept - 1] + 1]))
        more = total - kept
        user = sp.pick(P.CONTINUE) if more == continuation.bars_added(kind, kept) else \
            sp.pick(P.MORE_BARS).format(n=more)
    else:
        if total < 8:
            return None
        if kind == "ending":
            first, last = continuation.ending_kept(total) + 1, total
            user = sp.pick(P.ENDING)
        else:
            first = sp.rng.randrange(2, total)
            last = min(total - 1, first + sp.rng.choice([0, 0, 1, 1, 3]))
            bar_range = (first, last)
            user = (sp.pick(P.REWRITE_BAR).format(a=first) if first == last else
                    sp.pick(P.REWRITE_BARS).format(a=first, b=last))
        before = simplify_rhythm(tune, set(range(ends[first - 2] + 1, ends[last - 1] + 1)))
    if before.melody.bars == tune.melody.bars or not valid(before):  # already plain: nothing to ask
        return None
    try:
        plan = continuation.plan(kind, before, bar_range, more)
    except (ValueError, AbcError):
        return None
    written = real_bars(plan, tune)
    return Asked(before, user, plan, written) if written is not None else None


def real_bars(plan: continuation.Continuation, tune: Tune) -> str | None:
    """The ABC the model writes for `plan` when its new bars are the tune's own, if the
    constraint that holds the model to the plan accepts them. The plan's bar line after the
    kept bars may be another way to write the tune's own (`::` for `:|` before a part that
    repeats back to it, `||` for `|`), and its line breaks may fall elsewhere."""
    whole, ends = serialise(tune), bar_ends(tune)
    kept = continuation.opening(tune, ends[plan.kept - 1])
    line = tune.melody.bars[ends[plan.kept - 1]].end
    said = plan.start.rstrip("\n")[len(kept):]
    if not plan.start.startswith(kept) or not whole.endswith(plan.rest) or not (
            said == line or {said, line} in ({"::", ":|"}, {"|", "||"})):
        return None
    written = plan.start + whole[len(kept) + len(line):len(whole) - len(plan.rest)].lstrip("\n")
    try:
        Scanner.continuing(plan.start, plan.form).feed(written[len(plan.start):]).finish()
    except AbcError:
        return None
    return written


# ---------------------------------------------------------------- whole dialogues
def first_section(tune: Tune) -> Tune | None:
    """The A part of a two-part, single-voice tune: the bars up to its first section end."""
    if len(tune.voices) != 1:
        return None
    bars = tune.melody.bars
    ends = [i for i, b in enumerate(bars) if b.end in SECTION_ENDS]
    if len(ends) != 2 or ends[1] != len(bars) - 1 or ends[0] < 3:
        return None
    cut = list(bars[:ends[0] + 1])
    if cut[-1].end == "::":
        return None
    part = tune.with_voice(0, replace(tune.melody, bars=tuple(cut)))
    return part if valid(part) else None


def opening(state: State, tune: Tune, chorale: Tune | None) -> list[dict]:
    """The first turn or two: compose, or work on a piece the user brings."""
    sp, turns = state.speaker, []
    roll = sp.rng.random()
    if roll < 0.06:
        turns.append(small_talk(state, sp.rng.choice(["greeting", "help"])))
    elif roll < 0.08:
        turns.append(small_talk(state, sp.rng.choice(["no piece", "refuse"])))
    roll = sp.rng.random()
    if chorale is not None and roll < 0.5:
        state.spec = {"rhythm": "chorale"}
        target = remove_voice(tune, 1)
        user = sp.pick(["write a chorale melody", "compose a hymn tune", "a chorale tune please",
                        "give me a chorale melody in {k}".format(k=analyse(tune).key)])
        turns.append(turn(state, "compose", user, compose_reply(target, "chorale melody", sp, set()), target))
        return turns + [t for t in [real_bass(state, tune)] if t]
    if roll < 0.25 and (made := composing_edit(state, tune)):
        return turns + made
    if roll < 0.28:
        state.bring(tune)
        follow = edit(state) if sp.chance(0.7) else question(state)
        if follow:
            follow["user"] = (sp.pick(P.UPLOAD_START) + " " + follow["user"]).strip()
            return turns + [follow]
        state.versions, state.parents, state.current, state.upload = [], [], -1, None
    return turns + [compose(state, tune)]


def dialogue(record: dict, sp: P.Speaker, pool: list[dict], family: list[dict],
             chorale: Tune | None = None) -> tuple[str | None, list[dict]]:
    """(the piece the user starts with, or None) and the turns."""
    state = State(sp, record)
    tune = parse(record["abc"])
    turns = opening(state, tune, chorale)
    more = sp.rng.choice([0, 1, 1, 2, 2, 3, 4])
    for _ in range(more):
        if state.current < 0:
            break
        roll = sp.rng.random()
        made = (edit(state) if roll < 0.45 else edit(state, compound=True) if roll < 0.55 else
                question(state) if roll < 0.7 else version_move(state) if roll < 0.78 else
                another(state, pool) if roll < 0.84 else variation(state, family) if roll < 0.9 else
                small_talk(state, sp.rng.choice(["thanks", "help", "refuse"])))
        if made:
            turns.append(made)
    return state.upload, turns
