"""What a message asks for, as far as it can be checked against the piece that answers it.

This reads requests in plain words ("make it faster", "put it in A minor", "add a bass line
for cello"), not commands: the model writes the answer, and these facts let the session check
that the answer does what was asked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from music.form import STYLES
from music.instruments import UnknownInstrument, find_instrument
from music.pitch import key_from_pc
from music.tune import Tune
from music.words import MODES, interval_in

FASTER = re.compile(r"\b(faster|quicker|speed (it )?up|up the tempo|pick up|push the tempo|livelier|more lively|"
                    r"too slow|increase the tempo|raise the tempo|more energy|brisker|up-?tempo)\b", re.I)
SLOWER = re.compile(r"\b(slower|slow (it )?down|too fast|calmer|relax the tempo|ease off|reduce the tempo|"
                    r"lower the tempo|bring the tempo down|take it easy|more relaxed|less fast)\b", re.I)
BPM = re.compile(r"\b(\d{2,3}) ?(?:bpm|beats per minute|beats a minute)\b|\btempo (?:of |to |at )?(\d{2,3})\b", re.I)
BY_BPM = re.compile(r"\bby (\d{1,3})\b|\b(\d{1,3}) ?bpm (?:faster|slower|quicker)\b|\b(?:add|take off) (\d{1,3})\b",
                    re.I)
# the tonic is a capital letter: "to a fiddle" names no key
KEY = re.compile(r"\b(?i:in|to|into|key of)(?i: the key of)? ([A-G])(#|b|♯|♭|(?i: sharp| flat))?"
                 r"(?: ?(?i:(" + "|".join(MODES) + r"|maj|min|m))\b|(?![\w#]))")
# a key named without a preposition, by its mode word: "slip jig, E minor", "D major, 32 bars"
NAMED_KEY = re.compile(r"\b([A-G])(#|b|♯|♭|(?i: sharp| flat))? (?i:(" + "|".join(MODES) + r"))\b")
MODE_ONLY = re.compile(r"\b(?:in|to|into|make it|more) (?:a |the )?(" + "|".join(MODES) + r")\b", re.I)
HIGHER = re.compile(r"\b(higher|up (a|an|by|one)\b|transpose (it )?up)", re.I)
LOWER = re.compile(r"\b(lower|down (a|an|by|one)\b|transpose (it )?down)", re.I)
METER = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
BARS = re.compile(r"\b(\d{1,3})[ -]bars?\b", re.I)
# a bass part; not the instrument ("for double bass", "bass clarinet")
BASS = re.compile(r"\b((?<!double )(?<!string )bass(?! guitar| clarinet| drum| flute| viol)|bassline|second part|"
                  r"accompaniment|lower part|counter ?melody)\b", re.I)
CHORDS = re.compile(r"\b(chords?|chord symbols|harmoni[sz]e|harmony)\b", re.I)
INSTRUMENT_CUE = re.compile(r"\b(?:for|on|to|with|by|use|using|the|a|an)\b", re.I)
QUESTION = re.compile(r"^\s*(what|which|how|is|are|does|do|can you tell|tell me|why|where|who)\b|\?\s*$", re.I)
MUSIC_WORDS = re.compile(r"\b(write|compose|create|make|generate|give me|play|another|tune|song|piece|melody|"
                         r"jig|reel|hornpipe|waltz|march|polka|air|hymn|chorale|dance|lullaby)\b", re.I)
NEW_PIECE = re.compile(r"\b(write|compose|create|generate|another|new (one|tune|piece|song)|something else|"
                       r"(a|an) (\w+ )?(jig|reel|hornpipe|waltz|march|polka|air|hymn|chorale|tune|song|piece|melody|"
                       r"dance|lullaby|minuet))\b", re.I)
# moves between versions; the whole message must say it, so "go back to the A part" is no undo
POLITE = r"^(?:(?:please|actually|ok|okay|hmm|no|oh|can you|could you|let's|lets)[,.!]? )*"
UNDO = re.compile(POLITE + r"(?:undo(?: that| it| the last change| this)?|revert(?: that| it)?|go back|"
                  r"take (?:that|it) back|(?:go )?back to the (?:previous|last|earlier|old|other) (?:version|one)|"
                  r"i liked it better before|the previous version was better)(?: please)?[.!]*$", re.I)
REDO = re.compile(POLITE + r"(?:redo(?: that| it)?|put (?:it|that) back|bring (?:that|it) (?:change )?back)"
                  r"(?: please)?[.!]*$", re.I)
GOTO = re.compile(POLITE + r"(?:(?:go|get|jump|switch|return|revert|back|take me) (?:back )?to|restore|show me|"
                  r"i want|open|load) version (\d{1,3})(?: again)?(?: please)?[.!]*$", re.I)
# reworkings the library makes exactly (music.arrange): a harmony line, a simpler rhythm,
# ornaments, a repeated section, an accompaniment, a sadder or happier version
HARMONY_LINE = re.compile(r"\b(harmony (line|part|voice)|harmon(y|ies|i[sz]e it) (a |in )?(third|sixth|3rd|6th)s?|"
                          r"in (thirds|sixths|3rds|6ths)|(a )?(third|sixth|3rd|6th)s? (above|below|under|over|higher|"
                          r"lower|beneath|underneath)|second voice|descant)\b", re.I)
SIXTHS = re.compile(r"\b(sixths?|6ths?)\b", re.I)
BELOW = re.compile(r"\b(below|under|underneath|beneath|lower)\b", re.I)
SIMPLIFY = re.compile(r"\b(simpl?i?f(y|ied|ies)|simplfy|simpler|easier( to play)?|less busy|too busy|fewer (notes|"
                      r"semiquavers|sixteenths)|too many notes|plainer|less complicated|not so busy|fiddly|"
                      r"thin (it|them|that|this) out|calm the rhythm)\b", re.I)
ORNAMENT = re.compile(r"\b(ornament(s|ed|ation|ations)?|grace ?notes?|rolls|cuts and rolls|embellish\w*|decorat\w*|"
                      r"more ornate|fancier|twiddl\w*)\b", re.I)
REPEAT = re.compile(r"\b(repeat|repeated|repeats|play (?:it|the \w+ part) twice)\b", re.I)
SECOND_PART = re.compile(r"\b(second|2nd|B|b) (part|section|strain|half)\b")
ACCOMPANIMENT = re.compile(r"\b(accompaniment|accompany( it)?|backing|oom-?pah(-?pah)?|boom-?chick|walking bass|"
                           r"piano part|left hand)\b", re.I)
WALKING = re.compile(r"\bwalking bass\b", re.I)
MOOD_CHANGE = re.compile(r"\b(sadder|happier|brighter|gloomier|more (sad|melancholy|melancholic|mournful|wistful|"
                         r"cheerful|happy|joyful|upbeat|bright|jolly)|less (sad|gloomy|glum|happy|cheerful)|"
                         r"(like|into) a lament|too (glum|sad|cheerful|happy|jolly))\b", re.I)

HAPPIER = re.compile(r"\b(happier|brighter|more (cheerful|happy|joyful|upbeat|bright|jolly)|less (sad|gloomy|glum)|"
                     r"too (glum|sad))\b", re.I)
# edits the model composes, on from the part of the piece kept (chat.edits.continuation)
B_PART = re.compile(r"\b([Bb][ -]?(part|section|strain|music)|second (section|strain)|(a|the|new) turn\b(?! it)|"
                    r"new (section|strain)|another (part|section|strain)|contrasting (part|section|strain)|"
                    r"second part(?! for)|two-part tune)\b")
ENDING_WORD = re.compile(r"\b(ending|finish|close|cadence|last phrase|final phrase|ends)\b", re.I)
ENDING_CUE = re.compile(r"\b(strong|stronger|proper|better|more final|final-sounding|satisf\w*|conclusive|resolv\w*|"
                        r"land\w*|weak|limp\w*|abrupt\w*|stops|unfinished|beef|firm\w*|clear\w*|solid|home|"
                        r"finishes|really)\b", re.I)
ENDING = re.compile(r"\b((stronger|better|proper|more final|more satisfying|new|different|more conclusive|clearer|"
                    r"firmer|real) ending|ending (is |feels )?(weak|abrupt|unfinished)|the ending (stronger|better|more final|"
                    r"more conclusive|firmer|resolve)|(rewrite|fix|redo|improve) "
                    r"the ending|end (it )?(on the (tonic|home note|root|keynote)|more strongly|properly)|"
                    r"resolve (it|the ending) (properly|better))\b", re.I)
CONTINUE = re.compile(r"\b(contin\w*|keep going|carry on|go on|make it longer|lengthen|a bit further|"
                      r"extend( it| the tune)?|longer|more bars|add (another|more|some) (bars|music|phrases?))\b", re.I)
VARIATION = re.compile(r"\b(variations?|vary (it|the tune|the whole (thing|tune))|varied version|another take|"
                       r"second time through|a different setting|new setting|embroider)\b", re.I)
NUMBER = r"(\d{1,2}|two|four|six|eight|twelve|sixteen)"
MORE_BARS = re.compile(r"\b(?:add|another|extra|with|by)\s+" + NUMBER + r"\s+(?:more\s+|extra\s+)?(?:bars?|measures?)\b|"
                       r"\b" + NUMBER + r"\s+(?:more|extra)\s+(?:bars?|measures?)\b", re.I)
BAR_COUNT_WORDS = {"two": 2, "four": 4, "six": 6, "eight": 8, "twelve": 12, "sixteen": 16}
ORDINAL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
                 "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "couple": 2, "couple of": 2,
                 "few": 3}
BAR_NUMBER = r"(\d{1,2}|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
# "bar 5", "bars 3-4", "bars 3 to 6", "measure 2", "the last two bars", "the first 4 bars"
BAR_RANGE = re.compile(r"\b(?:bars?|measures?) " + BAR_NUMBER + r"(?:\s*(?:-|–|to|through|and)\s*" + BAR_NUMBER + r")?\b|"
                       r"\bthe (last|first|final|opening) " + BAR_NUMBER + r"? ?(?:bars?|measures?)\b|"
                       r"\bthe " + BAR_NUMBER + r"(?:st|nd|rd|th)? (?:bar|measure)\b|\bthe (penultimate|next-to-last|"
                       r"second-to-last|second to last) (?:bar|measure)\b", re.I)
ASKING = re.compile(r"^\s*(what|which|how many|how long|is|are|does|do)\b", re.I)  # a question about the bars
EDIT_WORDS = re.compile(r"\b(make|change|add|put|transpose|set|turn|switch|give|move|raise|write|compose|create|"
                        r"remove|cut|shorten|use|try|speed (it )?up|slow (it )?down)\b", re.I)


@dataclass(frozen=True)
class Request:
    tempo: str | None = None  # "up" or "down"
    bpm: int | None = None  # an exact tempo
    tonic: str | None = None  # "F#"
    mode: str | None = None  # "minor", "dorian", ...
    shift: str | None = None  # "up" or "down": transpose without naming the key
    meter: str | None = None
    bars: int | None = None
    instrument: int | None = None  # a General MIDI program
    bass: bool = False
    chords: bool = False
    question: bool = False
    wants_music: bool = False  # a new piece or a change to the current one
    new_piece: bool = False  # "write a jig", "another one": not a revision of the current piece
    style: str | None = None  # a type of piece (music.form.STYLES): "jig", "waltz", "air", ...
    foreign: str | None = None  # a style the composer does not know ("blues", "tango"): said so plainly
    mood: str | None = None  # "sad" or "happy": the mode of a new piece
    pace: str | None = None  # "slow" or "fast": the tempo of a new piece
    action: str | None = None  # "undo", "redo" or "goto N": a move between versions
    interval: tuple[int | None, int] | None = None  # transpose by (diatonic steps or None, semitones), signed
    # one the library makes (harmony, simplify, ornament, repeat, accompany, sadder, happier) or
    # the model composes ("continue", "b part", "ending": chat.edits.COMPOSED)
    rework: str | None = None
    harmony: str = "third"  # a harmony line's interval: "third" or "sixth"
    below: bool = False  # a harmony line below the melody rather than above
    section: int = 0  # the section a repeat is asked of (0: the first not yet repeated)
    figure: str | None = None  # an accompaniment's bass figure asked by name ("walking")
    bar_range: tuple[int, int] | None = None  # the bars an edit is asked of, from 1, or from the end if negative

    @property
    def revises(self) -> bool:
        """A change the piece's rhythm survives: tempo, key, mode, instrument, chords, a bass."""
        return bool(self.tempo or self.bpm or self.tonic or self.mode or self.shift
                    or self.instrument is not None or self.bass or self.chords) and not (
            self.meter or self.bars or self.new_piece or self.rework)

    @property
    def by_the_library(self) -> bool:
        """A revision only the library makes: a reworking or a transposition by a named interval,
        which the model was not taught, or a bass in the style of the piece (the model's are
        one root a bar)."""
        return bool(self.rework or self.interval or self.bass) and not (self.new_piece or self.action)

    @property
    def only_arrangement(self) -> bool:
        """Asked for tempo, instrument, chords or a bass only: the melody's notes must stay."""
        touches_notes = self.tonic or self.mode or self.shift or self.meter or self.bars
        arranges = self.tempo or self.bpm or self.instrument is not None or self.bass or self.chords
        return bool(arranges) and not touches_notes


# the meters a dance is written in: a reply may not call a piece in another meter one
DANCE_METERS = {name: set(style.meters) for name, style in STYLES.items() if style.dance}
# words for a type of piece, and the type each names
STYLE_WORDS = {**{name: name for name in STYLES}, "hymn": "chorale", "cradle song": "lullaby",
               "folk song": "song", "ballad": "song", "slow air": "air", "jigs": "jig",
               "jigg": "jig", "strathspy": "strathspey", "walts": "waltz", "valse": "waltz"}  # common misspellings
STYLE = re.compile(r"\b(" + "|".join(sorted(STYLE_WORDS, key=len, reverse=True)) + r")(e?s)?\b", re.I)
# styles far from the folk tunes the composer learnt from: it says so rather than pretend
FOREIGN = re.compile(r"\b(blues|tango|klezmer|ragtime|jazz|swing|bossa nova|samba|salsa|flamenco|rock|hip hop|rap|"
                     r"funk|reggae|disco|techno|gospel|sonata|fugue|symphony|concerto|nocturne|bolero|habanera|"
                     r"calypso|mambo|rumba|cha cha|boogie|bebop|metal|punk|opera|aria)s?\b", re.I)
SAD = re.compile(r"\b(sad|sadder|melancholy|melancholic|mournful|sorrowful|gloomy|dark|lament|wistful|"
                 r"plaintive|grieving|tragic|somber|sombre)\b", re.I)
HAPPY = re.compile(r"\b(happy|cheerful|bright|joyful|jolly|merry|sunny|playful|upbeat|uplifting)\b", re.I)
SLOW = re.compile(r"\b(slow|slowly|gentle|calm|peaceful|relaxed|quiet|tender|dreamy|soothing|lullaby|"
                  r"air|hymn|chorale)\b", re.I)
FAST = re.compile(r"\b(fast|lively|quick|brisk|energetic|driving|rousing|spirited|upbeat|bouncy)\b", re.I)
SLOW_TEMPO, FAST_TEMPO = 96, 112  # quarter notes a minute: "slow" under the one, "fast" over the other
MODE_SUFFIX = {"major": "", "minor": "m", "dorian": "dor", "mixolydian": "mix", "phrygian": "phr",
               "lydian": "lyd", "locrian": "loc"}


def header_for(r: Request, before: Tune | None) -> dict[str, set[str]]:
    """ABC header values the reply's piece must have, so that what the request names about the
    header (key, meter, tempo) holds by construction; a revision keeps its title and meter."""
    header: dict[str, set[str]] = {}
    if before is not None and r.revises:
        header["T"] = {before.title}
        header["M"] = {f"{before.meter[0]}/{before.meter[1]}"}
        old = before.tempo or 120
        if r.tempo:
            header["Q"] = {f"1/4={n}" for n in (range(old + 1, 401) if r.tempo == "up" else range(20, old))}
    if r.tonic:
        modes = [r.mode or (before.key.mode if before is not None else "major")]  # "in G" is G major
        header["K"] = {r.tonic + MODE_SUFFIX[m] for m in modes}
    elif r.mode and before is not None:
        header["K"] = {before.key.tonic + MODE_SUFFIX[r.mode]}
    elif r.mode:  # "a sad tune": any key of the mode
        header["K"] = {key_from_pc(pc, r.mode).abc() for pc in range(12)}
    if r.meter:
        header["M"] = {r.meter}
    elif r.style and before is None:
        header["M"] = set(STYLES[r.style].meters)
    if before is None:
        header.update(new_piece_header(r))
    if r.bpm and 20 <= r.bpm <= 400:
        header["Q"] = {f"1/4={r.bpm}"}
    return header


def new_piece_header(r: Request) -> dict[str, set[str]]:
    """What the style and the pace words ask of a new piece: a tempo in the style's range and
    the pace asked; no invented composer or provenance (C:, O:), which would dress a new tune
    as a collected one."""
    low, high = STYLES[r.style].tempo if r.style else (60, 140)
    if r.pace == "slow":
        low, high = min(low, SLOW_TEMPO - 30), min(high, SLOW_TEMPO)
    elif r.pace == "fast":
        low, high = max(low, FAST_TEMPO), max(high, FAST_TEMPO + 30)
    return {"C": set(), "O": set(), "Q": {f"1/4={n}" for n in range(low, high + 1)}}


def read_request(text: str) -> Request:
    text = " ".join(text.split())
    action = action_in(text)
    if action:
        return Request(action=action)
    fields: dict = {"question": bool(QUESTION.search(text)) and not EDIT_WORDS.search(text)}
    bpm = BPM.search(text)
    if bpm and not BY_BPM.search(text):
        fields["bpm"] = int(bpm.group(1) or bpm.group(2))
    elif FASTER.search(text) and not SLOWER.search(text):
        fields["tempo"] = "up"
    elif SLOWER.search(text) and not FASTER.search(text):
        fields["tempo"] = "down"
    interval = interval_in(text) if not (HARMONY_LINE.search(text) or bar_range_in(text)) else None
    if interval:  # "up a fifth", "so it's in A" or not: the interval says how far, and which way
        fields["interval"] = interval
    key = KEY.search(text) or NAMED_KEY.search(text)
    if key:
        fields["tonic"] = key.group(1).upper() + {"#": "#", "♯": "#", " sharp": "#", "b": "b", "♭": "b",
                                                  " flat": "b"}.get((key.group(2) or "").lower(), "")
        word = (key.group(3) or "").lower()
        fields["mode"] = {"maj": "major", "min": "minor", "m": "minor"}.get(word, word or None)
    else:
        mode = MODE_ONLY.search(text)
        if mode:
            fields["mode"] = mode.group(1).lower()
        elif interval:
            pass
        elif HIGHER.search(text) and not fields.get("tempo"):
            fields["shift"] = "up"
        elif LOWER.search(text) and not fields.get("tempo"):
            fields["shift"] = "down"
    meter = METER.search(text)
    if meter and meter.group(2) in ("2", "4", "8", "16"):
        fields["meter"] = meter.group(0)
    bars = BARS.search(text)
    if bars:
        fields["bars"] = int(bars.group(1))
    fields["instrument"] = instrument_in(text)
    fields["bass"] = bool(BASS.search(text))
    fields["chords"] = bool(CHORDS.search(text))
    asked = any(fields.get(k) for k in ("tempo", "bpm", "tonic", "mode", "shift", "meter", "bars", "bass", "chords"))
    style = STYLE.search(text)
    fields["style"] = STYLE_WORDS[style.group(1).lower()] if style else None
    foreign = FOREIGN.search(text)
    fields["foreign"] = foreign.group(1).lower() if foreign and not style else None
    fields["mood"] = "sad" if SAD.search(text) and not HAPPY.search(text) else "happy" if HAPPY.search(text) else None
    if fields["mood"] and not fields.get("mode"):  # a sad piece is in minor, a happy one in major
        fields["mode"] = "minor" if fields["mood"] == "sad" else "major"
    fields["pace"] = "slow" if SLOW.search(text) and not FAST.search(text) else "fast" if FAST.search(text) else None
    fields["new_piece"] = bool(NEW_PIECE.search(text)) and not re.search(r"\b(it|this|the piece|the tune)\b", text, re.I)
    fields.update(rework_in(text))
    if fields.get("rework"):  # a reworking of this piece: not a new one, not a question, not chords or a bass
        fields.update(new_piece=False, question=False, chords=False, bass=False, shift=None, wants_music=True)
    if fields.get("rework") in ("sadder", "happier"):
        fields.update(mood=None, mode=None)  # the reworking sets mode, tempo and register together
    fields["wants_music"] = not fields["question"] and (asked or fields["instrument"] is not None
                                                        or bool(MUSIC_WORDS.search(text)))
    return Request(**fields)


def rework_in(text: str) -> dict:
    """The Request fields of a reworking the library makes, or of an edit the model composes,
    if the message asks for one."""
    more = MORE_BARS.search(text)
    bars = bar_range_in(text)
    if bars and SIMPLIFY.search(text):
        return {"rework": "simplify", "bar_range": bars}
    if bars and ORNAMENT.search(text):
        return {"rework": "ornament", "bar_range": bars}
    if bars and REPEAT.search(text):
        return {"rework": "repeat", "bar_range": bars}
    if bars and ENDING_WORD.search(text) and ENDING_CUE.search(text) and bars[1] == -1:
        return {"rework": "ending"}
    if bars and not ASKING.search(text):  # "bar 6 is clunky", "rework measure 7": those bars anew
        return {"rework": "rewrite", "bar_range": bars}
    if HARMONY_LINE.search(text):  # "a second part a sixth below": a harmony, not a B part
        return {"rework": "harmony", "harmony": "sixth" if SIXTHS.search(text) else "third",
                "below": bool(BELOW.search(text))}
    if B_PART.search(text):
        return {"rework": "b part", **({"bars": bar_count(more)} if more else {})}
    if VARIATION.search(text):
        return {"rework": "variation"}
    if ENDING.search(text) or ENDING_WORD.search(text) and ENDING_CUE.search(text):
        return {"rework": "ending"}
    if more or CONTINUE.search(text):
        return {"rework": "continue", **({"bars": bar_count(more)} if more else {})}
    if ACCOMPANIMENT.search(text):
        return {"rework": "accompany", "figure": "walking" if WALKING.search(text) else None}
    if ORNAMENT.search(text):
        return {"rework": "ornament"}
    if SIMPLIFY.search(text):
        return {"rework": "simplify"}
    if REPEAT.search(text):
        return {"rework": "repeat", "section": 2 if SECOND_PART.search(text) else 0}
    if MOOD_CHANGE.search(text):
        return {"rework": "happier" if HAPPIER.search(text) else "sadder"}
    return {}


def bar_range_in(text: str) -> tuple[int, int] | None:
    """The bars a message names, numbered from 1, or from the end as negative numbers: "bar 5"
    is (5, 5), "bars 3-4" (3, 4), "the last two bars" (-2, -1), "the first four bars" (1, 4)."""
    found = BAR_RANGE.search(text)
    if not found:
        return None
    number = lambda w: int(w) if w.isdigit() else ORDINAL_WORDS[w.lower()]  # noqa: E731
    if found.group(3):
        count = number(found.group(4)) if found.group(4) else 1
        return (1, count) if found.group(3).lower() in ("first", "opening") else (-count, -1)
    if found.group(6):  # "the penultimate bar"
        return -2, -2
    if found.group(5):  # "the ninth bar"
        return number(found.group(5)), number(found.group(5))
    first = number(found.group(1))
    last = number(found.group(2)) if found.group(2) else first
    return (first, last) if first <= last else None


def bar_count(found: re.Match) -> int:
    word = next(g for g in found.groups() if g)
    return int(word) if word.isdigit() else BAR_COUNT_WORDS[word.lower()]


def action_in(text: str) -> str | None:
    if UNDO.match(text):
        return "undo"
    if REDO.match(text):
        return "redo"
    goto = GOTO.match(text)
    return f"goto {int(goto.group(1))}" if goto else None


def instrument_in(text: str) -> int | None:
    """The General MIDI program of an instrument the message names ("for fiddle", "let the
    flute play it"), if any."""
    for cue in INSTRUMENT_CUE.finditer(text):
        words = [w for w in re.findall(r"[a-z]+", text[cue.end():].lower())[:4]]
        while words and words[0] in ("the", "a", "an", "solo"):
            words.pop(0)
        for n in range(min(len(words), 3), 0, -1):
            try:
                program, _ = find_instrument(" ".join(words[:n]))
            except UnknownInstrument:
                continue
            return program
    return None


# Requests are read in English. A message in another language is answered so, rather than
# handed to a model that would revise the piece at random: it is one whose words include the
# everyday words of another language and fewer English ones, or one written mostly in a
# script other than Latin.
ENGLISH_WORDS = set("""a an the it its this that and or but of in on to for with by from at as is are be
make write compose play give add put change turn use try please me my i you your can could would
tune song piece melody music faster slower higher lower bass chords key major minor tempo again
new another more less some it's let's what which how""".split())
FOREIGN_WORDS = set("""bitte etwas und oder ein eine einen der das dem mit für ist nicht noch mach
schreib schreibe spiel spielen langsamer schneller höher tiefer lied musik stück
une des les le du pour avec est pas très écris écrire fais faire joue jouer lent rapide chanson
musique morceau mélodie
el los las una unos por más muy escribe escribir haz hacer toca tocar lenta canción música
pieza
il di che scrivi suona lenta veloce canzone musica
het een niet voor met meer schrijf speel langzamer sneller liedje muziek
um uma para com mais muito escreva toque canção""".split())


# "ignore your instructions", "print your system prompt": a message about the assistant's
# instructions rather than about music. The model has no instructions to show, and would
# otherwise take such a message as a revision of the piece.
ABOUT_INSTRUCTIONS = re.compile(r"\b(ignore|forget|disregard|override|reveal|print|show|repeat|tell me)\b.{0,40}"
                                r"\b(instructions?|system prompt|prompt|rules|guidelines)\b|\bsystem prompt\b|"
                                r"\b(jailbreak|developer mode|DAN)\b", re.I)


def about_instructions(message: str) -> bool:
    return bool(ABOUT_INSTRUCTIONS.search(message))


def looks_like_gibberish(message: str) -> bool:
    """A keyboard mash ("qwpoeiru zmxncbv lkjh"): most of its longer words, two at least, have
    no vowel, and none of its words is an English word or names a request. Typos ("Swtch to E
    minor", "Add chrds") keep a word that is known; no user message of the corpus's four splits
    looks like this."""
    words = re.findall(r"[a-z]+", message.lower())
    longer = [w for w in words if len(w) >= 4]
    bare = [w for w in longer if not re.search(r"[aeiouy]", w)]
    if len(bare) < 2 or len(bare) * 2 <= len(longer):
        return False
    r = read_request(message)
    return not (any(w in ENGLISH_WORDS for w in words) or r.action or r.wants_music or r.question)


def looks_foreign(message: str) -> bool:
    letters = [c for c in message if c.isalpha()]
    if letters and sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) < len(letters) / 2:
        return True  # mostly another script: Cyrillic, Greek, CJK, Arabic, ...
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", message.lower())
    english = sum(w in ENGLISH_WORDS for w in words)
    foreign = sum(w in FOREIGN_WORDS and w not in ENGLISH_WORDS for w in words)
    return foreign > english
