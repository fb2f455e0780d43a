"""The words of music a request is written in, and the exact amounts they name: numbers
written as words, keys in any spelling, meters in figures or words, intervals, bar ranges,
tempo amounts. `reading.request` reads a message with these and nothing else does."""
from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from importlib.resources import files

import jellyfish

from music.instruments import UnknownInstrument, find_instrument
from music.words import MODES

# ------------------------------------------------------------------ numbers written as words
UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
CARDINAL = r"(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "a hundred and ten", "one hundred twenty", "twenty-four", "sixteen"; "one" alone stays a word
# ("the one before")
NUMBER_WORDS_RE = re.compile(r"\b(?:(?:a|one|" + DIGIT + r")[ -]hundred(?:[ -]and)?(?:[ -](?:" + TENS + r"[ -]" +
                             DIGIT + r"|" + CARDINAL + r"))?|" + TENS + r"[ -]" + DIGIT + r"|" + CARDINAL + r")\b", re.I)


def figures(text: str) -> str:
    """`text` with its numbers in words written as figures: "a hundred and ten bpm" is
    "110 bpm", "twelve bars" "12 bars"."""
    def value(found: re.Match) -> str:
        words = re.findall(r"[a-z]+", found.group(0).lower())
        if words == ["one"]:
            return found.group(0)
        total = 0
        for word in words:
            if word == "hundred":
                total = max(total, 1) * 100
            elif word in UNITS:
                total += UNITS[word]
        return str(total)
    text = re.sub(r"\b(one|zero|nought) (?=point \d\b)", lambda m: "1 " if m[1].lower() == "one" else "0 ", NUMBER_WORDS_RE.sub(value, text), flags=re.I)
    return re.sub(r"\b(\d+) point (\d)\b", r"\1.\2", text)  # "one point five" is 1.5


ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "one": 1, "couple of": 2, "couple": 2,
                 "few": 3}


def number(word: str) -> int:
    """A figure, an ordinal ("ninth") or "one"."""
    word = word.lower()
    return int(word) if word.isdigit() else ORDINAL_WORDS[word]


# ------------------------------------------------------------------------------------ keys
MODE_SUFFIX = {"major": "", "minor": "m", "dorian": "dor", "mixolydian": "mix", "phrygian": "phr",
               "lydian": "lyd", "locrian": "loc"}
MODE_WORD = "|".join(MODES) + "|maj|min|m"
SOLFEGE = {"do": "C", "re": "D", "mi": "E", "fa": "F", "sol": "G", "so": "G", "la": "A", "si": "B", "ti": "B"}
# a tonic in capitals ("in G", "B-flat", "F# minor"); one in small letters only with an
# accidental or a mode after it ("e flat", "c# minor", "in a minor"), since "in a" and "b part"
# are words; a solfege name with a mode ("Sol major")
KEY_RE = re.compile(
    r"\b(?P<cap>[A-G])(?:[ -]?(?P<w1>(?i:flat|sharp))\b|(?P<s1>#|♭|♯|b(?![a-ln-z])))?"
    r"(?:[ -]?(?P<m1>(?i:" + MODE_WORD + r"))\b|(?![\w#♭♯]))"
    r"|\b(?P<low>[a-g])(?:[ -]?(?P<w2>(?i:flat|sharp))\b|(?P<s2>#|♭|♯|b(?![a-ln-z])))(?:[ -]?(?P<m2>(?i:" + MODE_WORD + r"))\b)?"
    r"|\b(?P<bare>[a-g])[ -](?P<m3>(?i:major|minor|dorian|mixolydian|lydian|phrygian|aeolian|ionian|locrian))\b(?! (?i:key|mode|scale|tune|piece|song|melody)\b)"
    r"|\b(?P<sol>(?i:do|re|mi|fa|sol|so|la|si|ti)) (?P<m4>(?i:major|minor))\b")
# words before a tonic in capitals that make it a key, not a note or a part: "in G", "to A"
KEY_CUE = re.compile(r"\b(in|to|into|key of|key|of)\s*$|^\s*$|[,:;(]\s*$|\b(try|prefer|please|want|like|maybe|"
                     r"then|and|how about|what about|use|back in)\s*$", re.I)
RELATION_RE = re.compile(r"\b(relative|parallel|tonic) (major|minor)\b", re.I)
# a mode word that names no key: not an interval ("a minor third"), nor a part of a key
MODE_RE = re.compile(r"(?<!drum )(?<!pipe )(?<!sergeant )\b(" + "|".join(MODES) + r")\b(?! (?:second|third|sixth|seventh|2nd|3rd|6th|7th)s?\b)", re.I)


KEPT_KEY = re.compile(r"\b(keep(ing)?( it| the tune)?|stay(ing)?|leave it|remain(ing)?) (in|on)\s*$|\bkeep(ing)? the\s*$|\bsame [\w ]{0,20},\s*$|"
                      r"\b(home|cadence|resolve|resolving|land|landing|end|ending|finish|finishing) (on|to|in)\s*$", re.I)  # "a cadence home to D"
CHORD = r"\b[A-G][#b]?(?:m|7|m7|maj7)?\b"
CHORD_LIST = re.compile(CHORD + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)" + CHORD + r"){2,}")
# two chords named after the word: "put chords on it please, A, D, whatever fits" asks no key of A
CHORDS_NAMED = re.compile(r"\bchords?\b[^.?!]{0,30}?[,:]\s*" + CHORD + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + CHORD)


def key_in(text: str) -> tuple[str, str | None] | None:
    """(tonic, mode or None) of the key a message names: "B-flat" ("Bb", None), "F sharp minor"
    ("F#", "minor"), "in a minor" ("A", "minor"), "Sol major" ("G", "major")."""
    chord_lists = list(CHORD_LIST.finditer(text)) + list(CHORDS_NAMED.finditer(text)) if re.search(r"\bchord", text, re.I) else []
    for found in KEY_RE.finditer(text):
        g = found.groupdict()
        if KEPT_KEY.search(text[:found.start()]) or any(c.start() <= found.start() < c.end() for c in chord_lists):
            continue  # "keep it in D but make it lydian", "chords like G, D, A7": no key asked
        if g["cap"]:
            alone = not chord_lists and re.search(r"(^|[.]\s)\w+( \w+)?[.]\s+$", text[:found.start()]) \
                and re.match(r"\s*$|[.]\s+\w+( \w+)?([.]|$)", text[found.end():])  # a list of a few words each
            if not g["w1"] and not g["s1"] and not g["m1"] and not KEY_CUE.search(text[:found.start()]) and not alone:  # "new tune. minuet. G. piano."
                continue  # "bar 5 is A", "the B part": no key named
            if g["cap"] == "A" and g["m1"] is None and not (g["w1"] or g["s1"]) and found.start() == 0 \
                    and re.match(r"A\s+\w", text) and not re.match(r"A\s+(would|might|could|should|sits|suits|works|is)\b", text):
                continue  # "A happy polka": the article
            if g["cap"] == "B" and re.match(r"\s*(part|section|strain|music|tune)\b", text[found.end():], re.I) \
                    or g["cap"] == "A" and re.match(r"\s*(part|section|strain)\b", text[found.end():], re.I):
                continue  # "the B part", "A part on its own gets old": a part named
            if re.search(r"\b(everything|everything's|everybody|always|usually|all)\b[\w' ]{0,15}\bin\s*$", text[:found.start()], re.I) \
                    and KEY_RE.search(text, found.end()):
                continue  # "Everything's in D at a session. Give me F": the usual key, the key asked after
            if re.match(r"\s+(stays?|remains?)( the same)?\b", text[found.end():], re.I) \
                    or re.search(r"\btuned( down| up)? to\s*$", text[:found.start()], re.I):
                continue  # "mixolydian please, D stay the same", "I'm tuned down to Eb": no key asked
            if re.match(r"\.[A-Z]\.", text[found.end():]):
                continue  # "E.T. Mensah's band": initials
            if re.match(r"'s\b", text[found.end():]) and KEY_RE.search(text, found.end()):
                continue  # "D's awkward for me, can we go to F?": the key left, the key asked named after
            letter, word, sign, mode = g["cap"], g["w1"], g["s1"], g["m1"]
        elif g["low"]:
            if (g["s2"] or g["low"] == "a") and not g["m2"] and not KEY_CUE.search(text[:found.start()]):  # "fix a flat tyre"
                continue  # "bb. 13-16": bars, not B flat
            if g["low"] == "a" and not (g["w2"] or g["s2"] or g["m2"]) and re.match(r"\s+[a-z]{3,}\b", text[found.end():]) \
                    and not re.match(r"\s+(please|pls|plz|for|instead|and|then|now|so|because|cause|if|with|but|or|rather|thanks|thank|maybe|too|again|since|which|as|key|mode|scale|tonality|would|will|could|should|might|is|was|sounds|works|this|next|already|perhaps|yes|yeah|right|then|ok|okay)\b", text[found.end():], re.I):
                continue  # "bread in a tandoor": the article, before the thing named
            if g["low"] == "a" and g["w2"] and re.match(r"\s+(calm|surface|tyre|tire|rate|fee|road|sea|lake|field|roof|screen|battery|white|cap|pack|share|iron|bed|bread|pitch|floor|stone)\b", text[found.end():], re.I):
                continue  # "like a flat calm morning"
            letter, word, sign, mode = g["low"], g["w2"], g["s2"], g["m2"]
        elif g["bare"]:
            if g["bare"].lower() == "a" and not re.search(r"\b(in|to|into|of|key:?)\s*$", text[:found.start()], re.I):
                continue  # "a minor change", "write a major tune": the article
            letter, word, sign, mode = g["bare"], None, None, g["m3"]
        else:
            letter, word, sign, mode = SOLFEGE[g["sol"].lower()], None, None, g["m4"]
        accidental = {"flat": "b", "sharp": "#", "b": "b", "♭": "b", "#": "#", "♯": "#"}.get((word or sign or "").lower(), "")
        mode = {"maj": "major", "min": "minor", "m": "minor"}.get((mode or "").lower(), (mode or "").lower() or None)
        return letter.upper() + accidental, mode
    return None


def relation_in(text: str) -> tuple[str, str] | None:
    """("relative" or "parallel", mode) for "the relative minor", "the parallel major", "the
    tonic minor" (the parallel one)."""
    found = RELATION_RE.search(text)
    if not found:
        return None
    kind = found.group(1).lower()
    return "parallel" if kind == "tonic" else kind, found.group(2).lower()


NEGATED = re.compile(r"\b(not|no|never|nothing|rather than|instead of|but not)\s+(in\s+|a\s+|the\s+)?$", re.I)


def mode_in(text: str) -> str | None:
    """The mode a message asks for; not one it turns down ("not major, dorian"). Aeolian is the
    minor, ionian the major."""
    text = re.sub(r"\baeolian\b", "minor", re.sub(r"\bionian\b", "major", text, flags=re.I), flags=re.I)
    for found in MODE_RE.finditer(text):
        if not NEGATED.search(text[:found.start()]) and not re.search(r"\bfrom\s*$", text[:found.start()], re.I):
            return found.group(1).lower()  # "from major to minor": the mode not left
    return None


# ----------------------------------------------------------------------------------- meters
METER_FIGURES = re.compile(r"(?<![\d/])(\d{1,2})/(2|4|8|16)(?![\d/])")
METER_NAMES = {"common time": "4/4", "cut time": "2/2", "cut common time": "2/2", "alla breve": "2/2", "waltz time": "3/4",
               "jig time": "6/8", "slip jig time": "9/8", "three-quarter time": "3/4",
               "three quarter time": "3/4"}
METER_WORDS = re.compile(r"\b(?<!bars )(?<!bar )(?<!measures )(?<!measure )(two|three|four|five|six|seven|nine|eleven|thirteen|fifteen|"
                         r"twelve)(?:[ -]| by | over )(two|four|eight|sixteen)\b(?![- ](?:bars?|measures?|notes?)\b)(?:[ -]time)?|\b(common time|cut common time|cut time|"
                         r"alla breve|waltz time|slip jig time|jig time|three[- ]quarter time)\b", re.I)


def meter_in(text: str) -> str | None:
    """"6/8", "six-eight", "three four time", "common time"; of two ("from 6/8 to 3/4"), the
    one not said to be left."""
    named = []
    for found in sorted([*METER_FIGURES.finditer(text), *METER_WORDS.finditer(text)], key=lambda m: m.start()):
        if METER_FIGURES.fullmatch(found.group(0)):
            meter = found.group(0)
        elif found.group(3):
            meter = METER_NAMES[found.group(3).lower()]
        else:
            meter = f"{UNITS[found.group(1).lower()]}/{UNITS[found.group(2).lower()]}"
        left = re.search(r"\b(from|instead of|rather than|not|hates?( the)?|lost in( the)?|no more)\s*$", text[:found.start()], re.I) \
            or re.match(r"\s*(?:(?:time|metre|meter|time signature)\s+)?(to|into|->|→|for)\s*(?:a |the )?(\d{1,2}/\d{1,2}|\w+[ -]\w+ time)", text[found.end():], re.I) \
            or re.match(r"\s+(is|was|sounds|feels|ain'?t|isn'?t)\b(?! (better|best|nicer|easier|more|what))", text[found.end():], re.I)  # "6/8 is so basic. 4/4."
        named.append((left is not None, meter))
    kept = [meter for left, meter in named if not left]
    return kept[0] if kept else None


# -------------------------------------------------------------------------------- intervals
# (diatonic steps, semitones) of each named interval; a plain "third" or "sixth" is major, a
# plain "seventh" minor, as a musician transposing means them
NAMED_INTERVALS = {
    "minor second": (1, 1), "major second": (1, 2), "second": (1, 2), "whole tone": (1, 2), "whole step": (1, 2),
    "tone": (1, 2), "step": (1, 2), "minor third": (2, 3), "major third": (2, 4), "third": (2, 4),
    "perfect fourth": (3, 5), "fourth": (3, 5), "augmented fourth": (3, 6), "tritone": (3, 6),
    "diminished fifth": (4, 6), "perfect fifth": (4, 7), "fifth": (4, 7), "minor sixth": (5, 8),
    "major sixth": (5, 9), "sixth": (5, 9), "minor seventh": (6, 10), "seventh": (6, 10),
    "major seventh": (6, 11), "octave": (7, 12),
}
# "a small third", "a great sixth": minor and major as Polish, German and Dutch musicians say them
NAMED_INTERVALS.update({f"{size} {name}": NAMED_INTERVALS[f"{quality} {name}"] for size, quality in
                        (("small", "minor"), ("big", "major"), ("great", "major"))
                        for name in ("second", "third", "sixth", "seventh")})
COUNT_WORDS = {"a": 1, "an": 1, "one": 1}
SEMITONE_WORDS = r"semi[- ]?tones?|semis?|half[ -]?steps?|half[ -]?tones?|half an? (?:step|tone)"
INTERVAL_RE = re.compile(  # not a degree altered: "that raised fourth", "the flattened seventh"
    r"\b(?P<count>\d{1,2}|a|an|one)?\s*(?:(?P<semi>" + SEMITONE_WORDS + r")|"
    r"(?<!raised )(?<!flattened )(?<!flatted )(?<!sharpened )(?<!lowered )(?<!sharp )(?<!flat )"
    r"(?P<name>" + "|".join(sorted(NAMED_INTERVALS, key=len, reverse=True)) + r")s?)\b"
    # "a second strain", "the third version": counting, not an interval
    r"(?! (?:part|strain|section|time|voice|version|half|fiddle|bar|measure|line|verse|ending|one|draft|take|"
    r"phrase|repeat|go|try)s?\b)(?!(?<=steps) (?:need|must|should|have to|line|match|fit)\b)", re.I)  # the dancers' "steps need to line up"
ORDINALS = {"2": "second", "3": "third", "4": "fourth", "5": "fifth", "6": "sixth", "7": "seventh", "8": "octave"}
ORDINAL_FIGURES = re.compile(r"\b([2-8])(?:nd|rd|th|ve)\b")
UP_RE = re.compile(r"\b(up|higher|raise|raised|rais(?:es|ing)|above|sharpen|lift|lifted|lifting)\b", re.I)
DOWN_RE = re.compile(r"\b(down|lower|lowered|lowering|drop|dropped|below|under|deeper)\b", re.I)


SIGNED_SEMITONES = re.compile(r"\btranspose(?: it| the \w+)?(?: by)? ?([-+−]\d{1,2})(?!\s*(?:bpm|%|bars?|measures?|\w))", re.I)


def interval_in(text: str) -> tuple[int | None, int] | None:
    """The signed interval a message moves the piece by: (diatonic steps or None, semitones).
    "up a fourth" is (3, 5), "down a minor third" (-2, -3), "2 semitones lower" (None, -2),
    "an octave down" (-7, -12). None when it names no interval and direction."""
    text = figures(ORDINAL_FIGURES.sub(lambda f: ORDINALS[f.group(1)], text))
    bare = SIGNED_SEMITONES.search(text)
    if bare:  # "transpose +3": semitones, as a transposing keyboard counts them
        return None, int(bare.group(1).replace("−", "-"))
    named = list(INTERVAL_RE.finditer(text))
    m = named[-1] if named else None  # "down a sixth, a minor sixth": the last said
    # the direction word nearest the interval: "up by a fifth, our singer can't get down that low"
    directions = [(abs(d.start() - m.start()), sign) for regex, sign in ((UP_RE, 1), (DOWN_RE, -1))
                  for d in regex.finditer(text)] if m else []
    signed = re.search(r"([-+−])\s*$", text[:m.start()]) if m and (m.group("count") or "").isdigit() else None
    if signed:  # "transpose -3 semitones"
        directions = [(0, -1 if signed.group(1) in "-−" else 1)]
    if not directions:
        return None
    sign = min(directions)[1]
    count = (m.group("count") or "a").lower()
    n = int(count) if count.isdigit() else COUNT_WORDS[count]
    if m.group("semi"):
        return None, sign * n
    name = m.group("name").lower()
    steps, semitones = NAMED_INTERVALS[name]
    if name in ("tone", "step", "whole tone", "whole step"):
        steps, semitones = steps * n, semitones * n  # "2 tones": a major third
    elif name == "octave":
        steps, semitones = 7 * n, 12 * n
    return sign * steps, sign * semitones


# -------------------------------------------------------------------------------- bar ranges
BAR_NUMBER = r"(\d{1,2}|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
BAR_WORD = r"(?:bars?|measures?|bb\.|mm\.|m\.|b\.)"
# "bar 5", "bars 3-4", "bars 3 to 6", "measure 2", "the last 2 bars", "the first 4 bars",
# "the ninth bar", "the penultimate bar", "a new opening bar"
BAR_RANGE = re.compile(r"\bthe (?:last|final) (?:bar|measure) but one\b|\bthe (?:bar|measure) before the (?:last|final)"
                       r"(?: one| bar| measure)?\b|(?:\b|(?<=\s))" + BAR_WORD + r" ?(?:number |no\.? ?|#|from )?(\d{1,2}|one)(?:\s*(?:-|–|to|through|thru|until|till|up to|and|&)\s*"
                       r"(?:(?:bar|measure) )?(\d{1,2})(?!\s*(?:bpm|beats|%|percent|semitones?|cents|times)\b))?\b|"
                       r"(?:\b(?:the|a|an|new|those|these|them|my|its|like|hate|for|make|of|in|simpler|easier)(?: very)? |^\W*|\b(?:rewrite|recompose|redo|rework|fix|change|"
                       r"simplify|ornament) )(last|first|final|opening|closing|end) " + BAR_NUMBER +
                       r"? ?(?:bars?|measures?)\b|"
                       r"\bthe " + BAR_NUMBER + r"(?:st|nd|rd|th)? (?:bar|measure)\b|\b(?:the )?(penultimate|next-to-last|"
                       r"second-to-last|second to last|next to last) (?:bar|measure)\b|"
                       r"\bthe (third|fourth|3rd|4th)[ -]to[ -]last (?:bar|measure)\b|\bthe (antepenultimate) (?:bar|measure)\b|"
                       r"\b(?:rewrite|recompose|redo|rework|simplify|ornament|decorate) (\d{1,2}) ?(?:-|–|to) ?(\d{1,2})\b", re.I)


FROM_THE_END = re.compile(r"\bthe (third|fourth|3rd|4th) (bar|measure) from the end\b", re.I)


def bar_range_in(text: str) -> tuple[int, int] | None:
    """The bars a message names, numbered from 1, or from the end as negative numbers: "bar 5"
    is (5, 5), "bars 3-4" (3, 4), "the last 2 bars" (-2, -1), "the first 4 bars" (1, 4); bars
    named one after the other are one range ("a cran in bar 3 and a treble in bar 4": (3, 4))."""
    text = FROM_THE_END.sub(r"the \1-to-last \2", text)  # "the third bar from the end"
    text = BAR_LIST.sub(listed_bars, text)  # "bars 9 10 11 and 12"
    text = ORDINALS_LISTED.sub(lambda m: f"{m.group(3)} {m.group(1)}-{m.group(2)}", text)  # "the 3rd and 4th bars"
    text = LAST_AFTER.sub(r"the last \1 \2", text)  # "the two last measures"
    kept = re.search(r"\bbut\b", text, re.I)
    if kept and BAR_RANGE.search(text[:kept.start()]) and BAR_RANGE.search(text[kept.end():]):
        text = text[kept.end():]  # "the first four bars are lovely, but could you redo bars 5 to 8?"
    ranges = [bars for found in BAR_RANGE.finditer(text) for bars in [range_of(found)] if bars]
    if not ranges:
        return None
    first, last = ranges[0]
    for start, end in ranges[1:]:
        if 0 < first and (start == last + 1 or start == first and end > last):  # "bar 10, maybe 11 ... bars 10 and 11"
            last = end
    return first, last


ORDINALS_LISTED = re.compile(r"\bthe (\d+)(?:st|nd|rd|th) (?:and|&|to) (?:the )?(\d+)(?:st|nd|rd|th) (bars|measures)\b", re.I)
LAST_AFTER = re.compile(r"\bthe (two|three|four|five|six|eight|\d) (?:last|final) (bars|measures)\b", re.I)
BAR_LIST = re.compile(r"\b(bars|measures) (\d+)((?:,? \d+)*,? (?:and|&) \d+|(?:,? \d+){2,})\b", re.I)


def listed_bars(found: re.Match) -> str:
    """Bars listed one by one, as the range they make when they follow on: "bars 9-12"."""
    numbers = [int(found.group(2))] + [int(n) for n in re.findall(r"\d+", found.group(3))]
    follow_on = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    return f"{found.group(1)} {numbers[0]}-{numbers[-1]}" if follow_on else found.group(0)


def range_of(found: re.Match) -> tuple[int, int] | None:
    """The bars one BAR_RANGE match names."""
    if re.fullmatch(r"the (?:last|final) (?:bar|measure) but one|the (?:bar|measure) before the (?:last|final).*",
                    found.group(0), re.I):
        return -2, -2
    if found.group(3):
        count = number(found.group(4)) if found.group(4) else 1
        return (1, count) if found.group(3).lower() in ("first", "opening") else (-count, -1)
    if found.group(9):  # "rewrite 13-16"
        first, last = int(found.group(9)), int(found.group(10))
        return (first, last) if 0 < first <= last else None
    if found.group(6):  # "the penultimate bar"
        return -2, -2
    if found.group(8):  # "the antepenultimate bar"
        return -3, -3
    if found.group(7):  # "the third-to-last bar"
        n = 3 if found.group(7).lower() in ("third", "3rd") else 4
        return -n, -n
    if found.group(5):  # "the ninth bar"
        return number(found.group(5)), number(found.group(5))
    first = number(found.group(1))
    last = number(found.group(2)) if found.group(2) else first
    return (first, last) if 0 < first <= last else None


# ------------------------------------------------------------------------------ instruments
INSTRUMENT_CUE = re.compile(r"\b(?:for|on|onto|upon|to|with|by|use|using|take(?= (?!the|a|an|it|that|this|them|away|out|off|over)[a-z]+ (?:for|on|as|to)\b)|the|a|an|give|let|play|plays|playing|how about|what about|try)\b|[,:.+?!]|^", re.I)
# after "the" or "a", an instrument is the one asked for only when it takes the tune: "let the
# cello have it", "an oboe piece"; "the trumpets can't keep up" only names who plays now
TAKES = {"maybe", "perhaps", "and", "then", "now", "instead", "not", "have", "has", "had", "take", "takes", "took", "play", "plays", "played", "get", "gets", "got", "carry",
         "carries", "carried", "carrying", "playing", "taking", "lead", "leads", "led", "version", "piece", "part", "should",
         "solo", "instead", "please", "line", "melody", "march", "jig", "reel", "hornpipe", "waltz", "polka", "air",
         "song", "lullaby", "minuet", "strathspey", "chorale", "hymn", "duet"}


# words after an instrument's name that make it a kind of tune or a group of players
PLAYED_FOR = {"tune", "tunes", "music", "style", "hand", "hands", "uniforms", "player", "players", "group", "groups", "class", "band", "club", "ensemble", "lads", "lasses", "guys", "folks", "gang", "crowd", "boys", "girls", "session",
              "section", "pupils", "students", "kids", "children", "lesson", "lessons", "teacher", "society", "circle",
              "buttons", "side", "strings", "register", "clef", "picker", "pickers", "lot"}  # "my bass buttons": a part of an instrument


WOULD_SUIT = re.compile(r"(would|might) (be|sound) (lovely|nice|better|great|good|perfect|ideal|best|beautiful|grand|gorgeous|wonderful|brilliant|amazing|fab|fabulous|magic)\b")  # "harp would be lovely"


REFERS_BACK = re.compile(r"\b(to|for|on) (that|it|her|his|my|their)( instrument)?\W*$", re.I)


def instrument_in(text: str) -> int | None:
    """The General MIDI program of an instrument the message names ("for fiddle", "let the
    flute play it", "a cello bass line"), if any."""
    for cue in INSTRUMENT_CUE.finditer(text):
        words = [w for w in re.findall(r"[a-z]+", text[cue.end():].lower())[:5]]
        if re.search(r"\b(learn\w*|practi[sc]e|play along|follow|keep up|left[ -]hand (on|of|for)|the only (one|key) (i|we) can (actually |really )?play( it)?|teach\w*|taught|used to play|(i|we)('ll)? (voice|arrange|orchestrate|score)( it)?|(?<!\bit )(?<!\bit might )(?<!\bit would )(?<!\bit could )(?<!\bit will )(?<!\bit may )sing|beginner|learner|player|i play|i know|i'm|im|i am)\b[\w ]*$|\btoo \w+$|"
                     r"\b(not|instead of|rather than|better than)( the| a| an)?$|"
                     r"\bwhere( the)?$|\b(middle|range|top|bottom|register|compass) of( the| a)?$|"
                     r"\b(comfortable|kinder|easier|(?<!sounds )(?<!sound )better|nicer|friendlier|tricky|hard|difficult|awkward|facile|easy|simple)( (for|on))?( the)?$|\b(is|are|'s) (sweet|nice|good|lovely) on( the)?$|\bthat [\w ]{1,25} (is|'s) \w+( on)?( the)?$|"
                     r"\b(i|we)('ll| will)?( like to| love to| want to)? (be )?(accompany|accompanying|strum|strumming|busk|busking|play rhythm|play along|play chords)\b[\w ]*$|"
                     r"\b(don't|do not|doesn't|does not|can't|cannot|never)\b[\w ]{0,12}$|\b(bit|little|rather|quite|very|so) "
                     r"(low|high|hard|difficult|awkward|fast|slow)$|\bsounds? (wrong|off|bad|odd|funny|weird|strange|awful|terrible)$|\b(squeaky|shrill|screechy|piercing|harsh|muddy|boomy|thin|quiet|loud)$|\b(suit|suits|suited)$", text[:cue.start()].rstrip(), re.I) \
                or re.match(r"\W*[a-z]+ (this|that) (key|tempo|range) is\b|\W*(?:my|our)\s+[a-z]+ (sits|sounds|likes|prefers|is happier|has|have|had|can't|cannot|won't|doesn't|alone|is too|is pitched|is tuned|is in|only goes|only plays|only has|goes)\b", text[cue.end():], re.I) \
                or cue.group(0).lower() in ("on", "for") and re.search(r"\b(i|we) (use|sing|do)$", text[:cue.start()].rstrip(), re.I):
            continue  # "so I can learn it on the whistle": the player's instrument, not the one asked
        if re.search(r"\b(crew|lads|band|kids|children|students|pupils|choir|family|team|men|women|girls|boys|folks|others)( all)? (play|plays|played)( it| this| them)?( on)?( the| a| an)?$", text[:cue.end()], re.I) \
                or re.match(r"\W*(?:the )?[a-z]+ (?:needs?|wants?) (?:something|a bit|some)\b|\W*(?:the )?[a-z]+ (?:has|have) (?:the |a )?(?:easy|easier|right|best|good|nice) \w+", text[cue.end():], re.I):
            continue  # "half the crew play guitar", "the children play it on recorder", "the choir need something under them": a reason, no instrument asked
        if re.search(r"\b(friend|mate|colleague|daughter|son|wife|husband|someone|pupil|student|lad|guy|folk|kid|player|people)s? with( the| a| her| his)?$",
                     text[:cue.end()], re.I):
            continue  # "my friend with the clarinet plays with us": who plays, not what
        if cue.group(0).lower() in ("the", "a", "an") and re.search(r"\b(like|under|beneath|below|underneath)$", text[:cue.start()].rstrip(), re.I):
            continue  # "one octave up? like the piccolo": a likeness; "a bass line under the fiddle": where the part goes
        if re.search(r"\b(if|whether) (it|this|the tune)( \w+)? (fits?|works?|suits?|sits?|goes)( \w+)? (on|for)( the| my| a| our)?$", text[:cue.end()].rstrip(), re.I):
            continue  # "I wanna know if it fits on my squeezebox": a question of range, no instrument asked
        if re.search(r"\b(key|keys|key signature|tuning|choice|pick|option)( (for|on))?( the| a| an)?$", text[:cue.end()].rstrip(), re.I):
            continue  # "A is a good key for the fiddle": a reason for the key, not the instrument asked
        if re.search(r"\b(friends?|mates?|people|folks?|members?|lads|ladies|women|men|girls|boys|kids|children|singers|someone|somebody) (from|in|at) (the|our|my)$", text[:cue.end()], re.I):
            continue  # "my friends from the choir": who sings, not the voice asked
        if re.search(r"\b(fifths|octaves|parallels|clash\w*) with( the)?$|\b(blend|fit|sit|match|mix|go)s?( \w+)?( better| well| nicely)? with( the)?$|\b(who|that) "
                     r"(plays|play|played)( the| a)?$", text[:cue.end()].rstrip(), re.I):
            continue  # "it'll blend better with the strings", "a colleague who plays the saxophone": who plays, not what
        if re.search(r"\b(i|we)$", text[:cue.start()].rstrip(), re.I) and not REFERS_BACK.search(text):
            continue  # "I play the gaita", unless the tune is asked for it: "i play accordion, give the melody to that"
        article = cue.group(0).lower() in ("the", "a", "an") or bool(words) and words[0] in ("the", "a", "an") \
            and cue.group(0) in (",", ":", "") or cue.group(0) in ("", "?", "!")  # "? Fiddle would be perfect", not "? Recorders love C"
        owner = bool(words) and words[0] in ("my", "our", "her", "his")
        while words and words[0] in ("the", "a", "an", "solo", "my", "our", "her", "his", "second", "another", "that", "wee", "little",
                                     "old", "ol", "now", "trusty", "battered", "beloved", "favourite", "favorite"):  # "put it on the ol' upright piano"
            words.pop(0)
        if cue.group(0).lower() == "on" and words[:1] == ["strings"] and not re.search(
                r"\b(it|this|that|tune|melody|piece|lead|part|line|play|put|go|try|hear|want)$", text[:cue.start()].rstrip(), re.I):
            continue  # "morning light on strings", "sorrow on the strings": a picture, not the instrument asked
        if re.match(r"\W*\d+\s+(voices|parts)\b", text[cue.end():], re.I):
            continue  # "a chorale, four voices": how many parts, not the choir's voice
        if re.match(r"\W*[a-z ]{0,20}? of (my|our|his|her|their) \w+", text[cue.end():], re.I) and not re.match(r"\W*(the )?(melody|tune|lead)\b", text[cue.end():], re.I) \
                and not re.search(r"\b(give|pass|hand|move|switch|put) (it|this|the tune|the melody) (to|on)$", text[:cue.end()].rstrip(), re.I):  # not "give it to the accordion of my cousin"
            continue  # "the alto recorder of my daughter": whose it is, not the instrument asked
        if re.match(r"\W*(?:the |a |our |my )?[a-z]+ to (hum|sing|play|clap|dance) along\b", text[cue.end():], re.I):
            continue  # "a waltz for the choir to hum along": who sings along, not the instrument asked
        if owner and words[:1] in (["voice"], ["voices"], ["singers"], ["choir"]):
            continue  # "too high for my voice": a range, not an instrument
        for n in range(min(len(words), 3), 0, -1):
            try:
                program, _ = find_instrument(" ".join(words[:n]))
            except UnknownInstrument:
                continue
            if words[n:n + 1] in (["tune"], ["piece"]) and re.search(r"\b(make|turn) (it|this)( into)?\W*(an?\W*)?$",
                                                                     text[:cue.end()], re.I):
                return program  # "make it an accordion tune"
            if words[n:n + 2] in (["to", "carry"], ["to", "play"], ["to", "take"], ["to", "have"], ["to", "lead"]):
                return program  # "I'd prefer the viola to carry the melody"
            if words[n:n + 3] in (["on", "the", "melody"], ["on", "the", "tune"]):
                return program  # "flute on the melody"
            if words[n:n + 1] in (["player"], ["players"]) and words[n + 1:n + 2] and words[n + 1] in TAKES:
                return program  # "could the squeezebox player have the tune?"
            said_alone = cue.group(0) in ("", ".") and re.match(r"\W*(?:(?:the|a|an)\s+)?" + r"\s+".join(words[:n]) + r"(?:,? (?:naturally|of course|please|ideally|obviously|preferably|mate|pal|buddy|friend|love|man|abi|boss|bro))*(?:,? not (?:the |a |an )?[a-z]+)?(?:,? in [a-g](?: flat| sharp|b|#)?(?: major| minor)?)?(?:\s*[.!?]+(?:\s|$)|\s*$|,\s*(?:i|we|it'?s|it|because|cause|so|as|since|for|can|could)\b|\s*\+\s*)", text[cue.end():], re.I)
            if article and words[n:n + 1] and words[n] not in TAKES and not WOULD_SUIT.match(" ".join(words[n:])) \
                    and not said_alone:  # "bassoon. for the comedy": a sentence of its own
                break
            if owner and words[n:n + 1] == ["to"] and words[n + 1:n + 2] in (["warm"], ["practise"], ["practice"], ["learn"],
                                                                          ["rehearse"], ["read"], ["sight"]):
                break  # "a chorale for my brass to warm up on": the user's players, not an instrument asked
            if program >= 120:
                break  # "a big finish for applause": a sound effect is never the instrument asked
            if words[n:n + 1] in (["will"], ["would"]) and words[n + 1:n + 2] in (["thank"], ["love"], ["hate"], ["appreciate"]):
                break  # "Put it in Ab. Brass will thank you.": who plays, said of them
            if words[n:n + 1] and words[n] in PLAYED_FOR and words[n + 1:n + 2] != ["to"]:  # not "for the cello group to play"
                break  # "a fiddle tune" names a kind of tune, "for the recorder group" who plays it
            return program
    return None


# ------------------------------------------------------------------------------------ moods
# The words a mood is asked in, each with the frames that make it a wish for the piece rather
# than a remark: "needs more hurt in it", "make it tragic", "some joy please", "a wistful feel".
SAD_WORDS = """sad sadder tragic mournful melancholy melancholic gloomy gloomier sombre somber doleful plaintive
wistful forlorn bleak bleaker bittersweet heartbroken heartsick heartsore downcast dejected despondent desolate
woeful sorrowful grieving funereal elegiac lugubrious morose glum blue bluer downbeat brooding moody moodier
pensive mopey weepy teary tearful lonely lonelier lonesome dolorous maudlin dreary haunting haunted
darker miserable depressing bereft anguished aching regretful rueful solemn doomy crestfallen world-weary
heavy-hearted grief-stricken sorrowing downhearted dispirited disconsolate""".split()
SAD_NOUNS = """sadness sorrow grief hurt heartache heartbreak melancholy longing yearning tears gloom misery woe
despair anguish regret mourning lament pathos tragedy ache pain darkness loss dolour dolor
weltschmerz""".split()
HAPPY_WORDS = """happy happier cheerful cheery cheerier jolly jollier joyful joyous merry merrier bright brighter sunny
sunnier upbeat uplifting bouncy bouncier perky perkier chirpy chirpier gleeful blithe glad gladder carefree
lighthearted light-hearted playful festive celebratory optimistic hopeful buoyant jaunty jauntier exuberant elated
ecstatic euphoric triumphant jubilant radiant feel-good smiley peppy peppier breezy
bubbly bubblier happy-go-lucky summery lightsome chipper chuffed positive""".split()
HAPPY_NOUNS = """joy happiness cheer sunshine brightness glee delight hope optimism gladness mirth jollity
merriment positivity celebration jubilation elation euphoria smiles""".split()
DEGREE_WORDS = (r"(?:a (?:little |wee |peerie )?bit|a touch|a tad|a little|a lot|a wee bit|slightly|somewhat|much|way|far|even|"
                r"kinda|kind of|sort of|rather|more|really|properly|proper|dead|well|real|super|very|quite|extra|so|bit|lot)\s+")
AMOUNT_WORDS = (r"(?:(?:more|mair|a lot) (?:o'?|of) (?:a |an )?|(?:a (?:little |wee |peerie )?bit|a touch|a hint|a dose|a shot|a splash|a lot|loads|lots|plenty|a sense|a feeling|"
                r"a tinge|a note|an air)(?: o'?| of)?\s+|(?:some|more|extra|added|real|proper|a little|a wee|a peerie|much|deeper|greater)\s+)")
DEGREE = rf"(?:{DEGREE_WORDS})*"
AMOUNT = rf"{AMOUNT_WORDS}*"
CHARACTER = r"(?:feel|feeling|vibe|vibes|mood|touch|edge|tinge|flavou?r|colou?r|quality|character|sound|tone|atmosphere|spirit|cast)"
PIECE = r"(?:it|this|that|the (?:tune|piece|melody|song|music|whole thing|thing)|her|him|'un|hit|things)"


def either(words) -> str:
    """A pattern for any one of the words, the longest tried first."""
    return r"(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")"


def mood_wanted(words: list[str], nouns: list[str]) -> re.Pattern:
    """A wish for the mood these words name, in the frames people ask for it in."""
    word, noun = either(words), either(nouns + words)
    comparative = either(w for w in words if w.endswith("er"))  # alone, "bleaker" asks; "lonesome" may be a clause of a remark
    frames = [
        rf"\b(?:make|get|turn|render|let) {PIECE} (?:(?:sound|feel|be|seem|go)\s+)?{DEGREE}{word}\b",
        rf"\b(?:more|mair|much more|even more) {word}\b(?! than)",
        rf"\b(?:needs?|wants?|could use|could do with|give (?:it|us|me|her|'un|hit)|gie (?:it|hit|us)|add|inject|bring (?:in|out)|put|pour|lay on|more|with|with a|bring) {AMOUNT}{noun}(?: {CHARACTER})?\b(?! (?:than|is|was|are|were|in (?:the )?(?:bass|harmony|chords)))",
        rf"\b(?:needs?|ought|has|have|wants?|should|must|gotta|got) to (?:be|feel|sound|get|go) {DEGREE}{word}\b",
        rf"\b(?:a|an|some|more) {DEGREE}{word} {CHARACTER}\b",
        rf"^\W*(?:(?:ok|okay|now|and|then|hmm|um|so)\W+)*(?:(?:{DEGREE_WORDS})+{word}|{AMOUNT_WORDS}+{noun}|{comparative})(?:\W+(?:please|pls|plz|thanks|ta|now|mate|then))*\W*$",
        rf"\b(?:can|could|would|will) (?:it|this|that|the (?:tune|piece|melody)|you make it) (?:be|feel|sound|get) {DEGREE}{word}\b",
        rf"\b(?:turn|make|change) {PIECE} into (?:an? |something )?{DEGREE}{word}\b",
        rf"^\W*{DEGREE}{word} {CHARACTER}\b",
        rf"\b(?:need|want|have) {PIECE} (?:to (?:be|sound|feel) )?{DEGREE}{word}\b",
        rf"(?<!\bno )(?<!\bany )\b{noun} in(?:to)? (?:it|the (?:tune|piece|melody))\b",
    ]
    return re.compile("|".join(frames), re.I)


def mood_eased(words: list[str]) -> re.Pattern:
    """A mood said to be overdone, which asks for its opposite: "too mopey", "less glum"."""
    return re.compile(rf"\b(?:(?:far|way|a (?:little |wee )?bit|a touch|rather|just|much) )?(?:too|less|overly|not so|not as) {either(words)}\b", re.I)


SAD_WANTED = mood_wanted(SAD_WORDS, SAD_NOUNS)
HAPPY_WANTED = mood_wanted(HAPPY_WORDS, HAPPY_NOUNS)
SAD_EASED = mood_eased(SAD_WORDS)
HAPPY_EASED = mood_eased(HAPPY_WORDS)


# ------------------------------------------------------------------------------------ typos
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEY_PLACES = {c: (r, i) for r, row in enumerate(KEY_ROWS) for i, c in enumerate(row)}  # letter: (row, place in it)
CYRILLIC_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю",  # a Russian keyboard's letter rows
                 "йцукенгшщзхї", "фівапролджє",  # and a Ukrainian one's
                 "љњертзуиопшђ", "асдфгхјклчћж", "ѕџцвбнм")  # and a Serbian one's
# the letter rows of the Greek, Thai and Lao keyboards: "ασδφγηξ", "ฟหกดเ", "ຟຫກດເ"
OTHER_ROWS = ("ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ", "ๆไำพะัีรนยบล", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ", "ົໄຳພະິີຮນຍບລ", "ຟຫກດເ້່າສວງ", "ຜປແອຶືທມໃຝ",
              "ქწერტყუიოპ", "ასდფგჰჯკლ", "ზხცვბნმ",  # Georgian
              "ぬふあうえおやゆよわほへ", "たていすかんなにらせ", "ちとしはきくまのりれけ", "つさそひこみもねるめ",  # Japanese kana input
              "ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرلاىةوزظ", "ضصثقفغعهخحجچ", "ضصثقفغعہخحجچ", "شسیبلاتنمکگ", "ظطزرذدپو", "קראטוןםפ", "שדגכעיחלךף", "זסבהנמצתץ")  # Arabic, Persian, Urdu, Hebrew


def accents_struck(text: str) -> bool:
    """Accented vowels struck one after another, no consonant between: "ãòùôéë ãòù". No language
    writes a word of four vowels or more, three of them under marks of their own; Welsh counts w a vowel ("ŵŷâêîôû").
    A row may follow the accents in one word: "ùàèò+ùàèlkj" on an Italian keyboard."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    vowels_only = [set(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)) <= set("aeiouyw") for w in words]
    return bool(words) and all(only or along_a_row(w) or _row_after_accents(w) for only, w in zip(vowels_only, words)) \
        and any(only and len(w) >= 4 and sum(not c.isascii() for c in w) >= 3 for only, w in zip(vowels_only, words))  # "òàùèòàù+òlkj": the row struck beside them


def _row_after_accents(word: str) -> bool:
    """Accented vowels, then three keys or more of one row: "ùàèlkj"."""
    rest = re.sub(r"^[àèìòùáéíóúâêîôû]{2,}", "", word)
    return rest != word and len(rest) >= 3 and any(rest in row or rest[::-1] in row for row in KEY_ROWS + ROWS_ABROAD)


def _struck_in_cyrillic(w: str, on_row: bool, words: list[str], rows_struck: bool) -> bool:
    """Whether a Cyrillic word of a message is keys struck: along a row, keys held, or only letters
    no word is made of alone; a fragment of three letters or fewer beside a row or keys held."""
    if not re.fullmatch(r"[\u0400-\u04ff]+", w):
        return False
    return (on_row
            or len(w) >= 5 and len(set(w)) <= 3 and any(set(w) <= set(row) for row in CYRILLIC_ROWS)
            or len(w) >= 8 and len(set(w)) <= 4 and any(set(w) <= set(row) for row in CYRILLIC_ROWS)  # "пвапаврпвп"
            or len(w) >= 3 and len(set(w)) == 1 or len(w) >= 5 and len(set(w)) <= 2  # "ааааа", "ҧҧҧҵҵҵ": keys held
            or len(w) >= 6 and len(set(w)) <= 4 and bool(re.search(r"(.)\1\1", w))  # "ыыыаааккк", "ооооөөөүүүү"
            or len(w) >= 8 and bool(re.search(r"(\w{3,5})\1", w))  # "ыщвфыщвфлол": a run of keys struck twice over
            or len(w) >= 4 and not re.search(r"[а-яё]", w)  # "ҕүөһҥҕүө": only the letters another alphabet adds to Russian's
            or rows_struck and len(w) <= 3 and any(w in row for row in CYRILLIC_ROWS)  # "фыв", "жэ" beside a row
            or len(w) <= 3 and len(set(w)) < len(w) and any(len(v) >= 4 and len(set(v)) <= 3 for v in words))  # "ыыыы вапр ъъ": a key held beside keys held


# the letters Azerbaijani, Polish, German and Danish add to the Latin alphabet and Urdu to the Arabic, and the
# shortest run of them in a message of them alone that is keys struck: "əşçğüöı ğüəş", "ąśęźżółń ąśżź",
# "ڈڑژکگںہھ ےۓ", "üöä#+üöä" (the keys beside them struck too, no letters), "æøåæøå pølk" (a short word among them),
# "ùmù*ù$^ù" (the French ù struck with the m beside it)
LETTERS_ADDED = (("əşçğüöı", 4), ("ąćęłńóśźż", 5), ("ٹڈڑژکگںہھےۓ", 5), ("äöüß", 4), ("æøå", 4), ("ùéèàçòì", 3),
                 ("ůúěščřžýáíé", 2), ("șțăîâşţ", 4))  # "ůú)§¨ů§" on a Czech keyboard, "șțăîâ șțăăă" on a Romanian one


def added_letters_struck(words: list[str]) -> bool:
    """Whether a message is a run of the letters a language adds to its alphabet, four in five of its
    letters or more ("üöäüöäpß"), struck alone or beside words of four letters or fewer that hold one of them."""
    letters = [re.sub(r"[\W\d_]", "", w) for w in words]

    def mostly(word: str, added: str) -> bool:
        return bool(word) and sum(c in added for c in word) >= 0.8 * len(word)
    return any(any(len(w) >= shortest_run and mostly(w, added) for w in letters)
               and all(mostly(w, added) or len(w) <= 4 and set(w) & set(added) for w in letters)
               for added, shortest_run in LETTERS_ADDED)


def kana_struck(text: str) -> bool:
    """Keys struck with a Japanese input on: kana with a Latin letter left unconverted among them ("あさdふぁ"),
    or small kana alone ("ぁぃぅぇぉっっっ"), which only ever follow a full one in a word."""
    return bool(re.fullmatch(r"\s*[\u3040-\u30ff]+[a-z]{1,2}[\u3040-\u30ff]+\s*", text)
                or re.fullmatch(r"\s*[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ]{4,}\s*", text))


def korean_letters_alone(text: str) -> bool:
    """Korean letters struck alone, most never joined into a syllable: "ㅁㄴㅇㄹ", and "ㅁㄴㅇㄹㅎㅓㅏㅣ",
    where a consonant and a vowel struck in turn join into one ("허") as the text is normalised."""
    hangul = re.findall(r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]", text)
    alone = [c for c in hangul if not "\uac00" <= c <= "\ud7a3"]
    return bool(re.fullmatch(r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3\s]{3,}", text)) and len(alone) >= 3 and 2 * len(alone) > len(hangul)


def mashed_in_another_script(text: str) -> bool:
    """Keys struck on a Korean, Russian, Greek, Thai, Lao, Arabic or Hebrew keyboard: Korean letters alone, never
    joined into a syllable ("ㅁㄴㅇㄹ"), or words each running along a row ("фывапролджэ", "йцукен",
    "ςερτυθιοπ"); or accented vowels struck in a run ("ãòùôéë"); or kana with a Latin letter among them."""
    if korean_letters_alone(text) or accents_struck(text):
        return True
    words = [w for w in (w.strip(".,!?;:") for w in text.lower().split()) if w]  # "ячсмить бю.": its stop no key of the run
    if words and added_letters_struck(words) or kana_struck(text):
        return True  # "əşçğüöı ğüəş": only the letters a language adds to its alphabet, struck in a run
    if words and all(len(w) >= 6 and len(set(w)) <= 3 and not w.isascii() and re.search(r"(\w)\1\1", w) for w in words):
        return True  # "ហហហហកកកខខ": three keys held down, in any script
    if words and any(re.search(r"(?:^|[аеёиоуыэюя])ы", w) for w in words) \
            and all(any(w[i:i + 3] in row or w[i:i + 3][::-1] in row for row in CYRILLIC_ROWS for i in range(len(w) - 2))
                    or any(set(w) <= set(row) for row in CYRILLIC_ROWS) for w in words):
        return True  # "ыуаыва ыва", "ыывфаолр пп": no Russian word opens with "ы" or sets it after a vowel; keys of a row among it, or only a row's keys
    along = [any(w[i:i + 4] in row or w[i:i + 4][::-1] in row for row in CYRILLIC_ROWS for i in range(len(w) - 3))
             or len(held := re.sub(r"(.)\1+", r"\1", w)) >= 3 and any(held in row for row in CYRILLIC_ROWS) for w in words]  # "ывааа": a row, a key held
    return bool(words) and all(_struck_in_cyrillic(w, on_row, words, any(along)) for w, on_row in zip(words, along)) \
        or bool(words) and all(any(w[i:i + 4] in row or w[i:i + 4][::-1] in row for row in OTHER_ROWS for i in range(len(w) - 3))
                               or len(w) <= 3 and all(any(c in row for row in OTHER_ROWS) for c in w) for w in words) \
        and (any(len(w) >= 5 for w in words) or len(words) >= 2 and sum(map(len, words)) >= 8)  # "ασδφγηξ κλ": a Greek row, and the keys beside it; "ضصثق فغعه"


def next_keys(x: str, y: str) -> bool:
    """Whether two letters lie side by side on a QWERTY keyboard, in a row or across rows, as
    a finger slips: "n" and "b", "f" and "g", "r" and "t"."""
    if x not in KEY_PLACES or y not in KEY_PLACES:
        return False
    (rx, ix), (ry, iy) = KEY_PLACES[x], KEY_PLACES[y]
    if rx == ry:
        return abs(ix - iy) == 1
    upper, lower = ((ix, iy) if rx < ry else (iy, ix))
    return abs(rx - ry) == 1 and lower in (upper - 1, upper)  # each row sits half a key right of the one above


def slipped(a: str, b: str) -> bool:
    """Whether `a` is `b` with one letter of four or more struck on the key beside it: "goinf"
    "going", "lasr" "last", "nars" "bars"."""
    if len(a) < 4 or len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 and next_keys(a[diff[0]], b[diff[0]]) and not along_a_row(a)


ROW_OFFSETS = (0, 0.25, 0.75)  # how far right of the top row each row's first key sits, in keys


def struck_in_a_run(word: str) -> bool:
    """Whether a word of five letters or more is keys struck down and across the keyboard, three
    in four of its letters a key's reach from the one before: "plmokn", "tgbyhn", "ujmik"."""
    if len(word) < 5 or any(c not in KEY_PLACES for c in word):
        return False
    places = [(r, i + ROW_OFFSETS[r]) for r, i in (KEY_PLACES[c] for c in word)]
    near = sum(abs(r1 - r2) == 1 and abs(x1 - x2) <= 1.5 or r1 == r2 and abs(x1 - x2) == 1
               for (r1, x1), (r2, x2) in zip(places, places[1:]))
    return near >= 0.75 * (len(word) - 1)


# the home rows of German, Nordic, Spanish, Italian and French keyboards beside the English rows: "jklö"
ROWS_ABROAD = ("asdfghjklöä", "asdfghjklæø", "asdfghjklöæ", "asdfghjklñ", "asdfghjklòàù", "qsdfghjklm", "azertyuiop")


def along_a_row(word: str) -> bool:
    """Whether four letters of a word run along a row of the keyboard, either way: "trew", "jklö" are mashes."""
    return any(word[i:i + 4] in row or word[i:i + 4][::-1] in row for row in KEY_ROWS + ROWS_ABROAD for i in range(len(word) - 3))


def within_one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one letter added or dropped, two neighbours swapped, or one
    letter changed: inside a word of five letters or more, anywhere in one of seven ("minr"
    "minor", "chrods" "chords", "rools" "rolls", "accordian" "accordion"); a short word with a
    letter changed is likely another word ("night", "eight")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return swapped or len(diff) == 1 and (len(a) >= 7 or len(a) >= 5 and 0 < diff[0] < len(a) - 1)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@functools.cache
def dictionary_words(least: int = 3000) -> frozenset[str]:
    """The English words of a spelling dictionary (pyspellchecker's word counts) seen at least
    `least` times: a word written right is never taken for a typo of another ("along" is not
    "long", "names" not "name"). Rarer words are more often a slip for a musical one ("cords",
    "bellow", "prat") than meant."""
    return frozenset(word for word, count in word_counts().items() if count >= least)


@functools.cache
def word_counts() -> dict[str, int]:
    """How often each word of pyspellchecker's English dictionary was counted."""
    return json.loads(gzip.decompress((files("spellchecker") / "resources" / "en.json.gz").read_bytes()))


@functools.cache
def _english_total() -> int:
    return sum(word_counts().values())


@functools.cache
def _shares_abroad() -> dict[str, float]:
    """For each word of the English dictionary that Spanish, Portuguese, French or Italian write
    too, the largest share of those languages' words it makes (pyspellchecker's word counts)."""
    english, shares = word_counts(), {}
    for language in ("es", "pt", "fr", "it"):
        counts = json.loads(gzip.decompress((files("spellchecker") / "resources" / f"{language}.json.gz").read_bytes()))
        total = sum(counts.values())
        for word, count in counts.items():
            if word in english:
                shares[word] = max(shares.get(word, 0.0), count / total)
    return shares


def load_word_counts() -> None:
    """Parse the dictionaries' word counts now (about 0.6 s and 90 MB while parsing), not during the
    first message in another language."""
    _english_total(), _shares_abroad()


def rather_english(word: str, margin: float = 1.0) -> bool:
    """Whether English writes a word more often than Spanish, Portuguese, French and Italian do,
    or at least a share of as often (margin): "higher" and "ending", not "para", "sol" or "mayor"."""
    return word_counts().get(word, 0) / _english_total() * margin > _shares_abroad().get(word, 0.0)


MISTYPED = {"melodi": "melody", "totaly": "totally", "fr": "for", "nw": "new", "gd": "good", "bom": "bpm", "obo": "oboe",
            # a child's spelling, a phone's slips, Scots and Yorkshire, a bar called by its German and Russian name
            "hiyer": "higher", "repeeting": "repeating", "oompa": "oompah", "wot": "what", "eezyer": "easier", "chello": "cello",
            "difrent": "different", "verzhun": "version", "dn": "down", "remov": "remove", "contrastin": "contrasting", "contrastng": "contrasting",
            "gyaan": "going", "giz": "give us", "hauf": "half", "reet": "right", "bayan": "accordion",
            "tact": "bar", "tacts": "bars", "takt": "bar", "takts": "bars", "takte": "bars",
            # words of other languages inside English requests: "put akord names on top", "variatsiya pls", "la bersion 2"
            "akord": "chord", "akordy": "chords", "akords": "chords", "akkord": "chord", "akkords": "chords", "akkordy": "chords", "harmonie": "harmony",
            "variatsiya": "variation", "nuoba": "new", "nuobo": "new", "bersion": "version", "bersión": "version", "waltzy": "lilting",
            # Norfolk: "Go yew on", "Put that back how that wuz", "Thass lovely"
            "yew": "you", "wuz": "was", "thass": "that's", "tha's": "that's", "wha's": "what's", "smth": "something", "sth": "something", "flewt": "flute", "peeano": "piano", "pyano": "piano", "sello": "cello", "haf": "half", "rite": "write", "corrds": "chords", "secend": "second",
            "repeet": "repeat", "finnished": "finished", "giv": "give", "insted": "instead", "ad": "add", "sum": "some", "variashun": "variation",
            "teh": "the", "hte": "the", "adn": "and", "pls": "please", "plz": "please", "pis": "please", "floot": "flute", "cords": "chords", "lullabie": "lullaby", "lulaby": "lullaby", "thx": "thanks",
            "u": "you", "ur": "your", "abit": "a bit", "bas": "bass", "waht": "what", "wat": "what", "dubble": "double",
            "fastr": "faster", "slowr": "slower", "rm": "remove", "instr": "instrument", "ya": "you",
            # Scots: "shift it doon a half step", "carry on wi' it for twa mair bars", "tak the bass oot"
            "doon": "down", "oot": "out", "mair": "more", "twa": "two", "wi": "with", "tak": "take", "aboot": "about",
            "ye": "you", "yer": "your", "gie": "give", "bss": "bass", "temp": "tempo", "da": "the", "rewritin": "rewriting", "ower": "over", "du": "you", "na": "nah",
            "yor": "your", "ar": "are", "ting": "thing",
            # a learner who spells by sound: "ad a bace line", "kepp going plees", "to long. can it be haff"
            "haff": "half", "flut": "flute", "piana": "piano", "bace": "bass", "kepp": "keep", "plees": "please", "beter": "better", "diferent": "different",
            "verson": "version", "sixts": "sixths", "trils": "trills", "litle": "little", "bak": "back", "chang": "change", "reely": "really",
            "mor": "more", "gis": "give us", "lil": "little", "beautifull": "beautiful", "rmv": "remove", "crds": "chords", "rpt": "repeat", "quickah": "quicker", "aht": "out", "yinz": "you", "endin": "ending", "dem": "them", "mehself": "myself", "bisl": "bit", "yar": "your", "agen": "again", "wats": "what's", "bout": "about",
            # more Scots: "move it tae G", "gie's a new march fur the pipes", "how mony parts"
            "tae": "to", "intae": "into", "fae": "from", "aff": "off", "mak": "make", "fur": "for", "wan": "one",
            "baith": "both", "gaun": "going", "jist": "just", "guid": "good", "mony": "many", "whit": "what",
            "pit": "put", "roond": "round", "lang": "long", "gies": "give us", "shud": "should", "minit": "minute", "tyme": "time",
            # Geordie: "mek it mixolydian", "keep gannin hinny", "divvent make it so hard", "gan back", "dae the change again"
            "mek": "make", "gannin": "going", "gan": "go", "divvent": "don't", "dinnet": "don't", "wor": "our", "hinny": "pal",
            "alreet": "alright", "howay": "come on", "dae": "do", "fower": "four",
            # spelt as they sound, too short or too far for the rules below: "wat kee is it in", "a harmony a sixth beloe"
            "kee": "key", "nu": "new", "wun": "one", "pleez": "please", "pleeze": "please", "beloe": "below", "thre": "three",
            "grate": "great", "lern": "learn", "uther": "other", "puting": "putting", "hunner": "hundred", "eezy": "easy", "eezier": "easier", "dahn": "down",
            "drap": "drop", "oan": "on", "wans": "ones", "wokking": "walking", "ma": "my", "morra": "tomorrow", "fidel": "fiddle", "fiddel": "fiddle",
            "aa": "I", "undae": "undo", "thats": "that's", "redae": "redo", "goto": "go to", "aall": "all", "gans": "goes", "cannit": "can't", "anodda": "another", "anudda": "another", "bredda": "brother", "hae": "have"}


def corrected(text: str, targets: tuple[str, ...], known: set[str]) -> str:
    """`text` with each word of four letters or more that is not `known` but is one edit away from one of `targets` (the words requests are
    read by, the first in their order), or sounds like one of them ("saxafone", "variashun",
    "minner"), written as that word; and a word with accents, if without them it is one of the
    targets ("flûte", "accordéon")."""
    def fix(found: re.Match) -> str:
        word = found.group(0)
        lower = word.lower()
        if len(lower) <= 2 and re.search(r"\d", found.string[max(found.start() - 1, 0):found.end() + 1]):
            return word  # "4t5y6u", "2nd": letters among figures are no shorthand
        if lower in MISTYPED:
            return MISTYPED[lower]
        if lower in known or named(found):
            return word
        if len(lower) >= 7 and word_counts().get(lower, 0) >= 100 and not inflected(lower, targets):
            return word  # a long word of the dictionary is meant: "brisket" is no "brisker", "decoration" no "desolation"
        if len(lower) < 4:
            return (len(lower) == 3 and without_vowels(lower, targets)) or word  # "brs", "dwn"
        if lower.endswith("z") and lower[:-1] + "s" in known:
            return lower[:-1] + "s"  # "barz", "notez": a plural spelt as it sounds
        unsaid_r = without_the_r(word, targets)  # "slowa" is "slower", not "slow"
        if unsaid_r:
            return unsaid_r
        near = near_targets(lower, targets)
        alike = [t for t in near if sound_of(t) == sound_of(lower)]  # "chanje" is "change", not "chance"
        return (alike or near or [None])[0] or sounds_like(lower, targets) or within_two_edits(lower, targets) \
            or without_vowels(lower, targets) or word

    def fix_accented(found: re.Match) -> str:  # "flûte", "accordéon"; not "violão", another word than "viola"
        word, plain = found.group(0), without_accents(found.group(0))
        if plain.isascii() and plain != word and plain.isalpha():
            mended = fix(re.match(r".+", plain))
            if mended.lower() == plain.lower() and plain.lower() in targets or len(mended) >= 6:
                return mended
        return word
    return re.sub(r"[A-Za-z]+", fix, re.sub(r"\w*[^\W\d_a-zA-Z]\w*", fix_accented, text))


def inflected(word: str, targets: tuple[str, ...]) -> bool:
    """Whether a word is a target with an ending: "structured", "endings", "recorders"."""
    stems = [word[:-1]] * word.endswith(("s", "d")) + [word[:-2]] * word.endswith(("es", "ed")) \
        + [word[:-3], word[:-3] + "e"] * word.endswith("ing")
    return any(stem in targets for stem in stems)


@functools.cache
def near_targets(word: str, targets: tuple[str, ...]) -> tuple[str, ...]:
    """The targets, in their order, one edit from a word of four letters or more; else those it
    is with one letter struck on the key beside (a slip is read only where no other reading is near)."""
    lengths = by_length(targets)
    near = sorted((i, t) for n in (len(word) - 1, len(word), len(word) + 1) for i, t in lengths.get(n, ())
                  if (t[0] == word[0] or t[-1] == word[-1])  # one edit leaves the first or the last letter
                  and within_one_edit(word, t) and not (len(word) == 4 and len(t) == 4 and word[0] != t[0]))
    return tuple(t for _, t in near) or tuple(t for _, t in lengths.get(len(word), ()) if slipped(word, t))


@functools.cache
def by_length(targets: tuple[str, ...]) -> dict[int, list[tuple[int, str]]]:
    """The targets by their length, each with its place in the order."""
    lengths: dict[int, list[tuple[int, str]]] = {}
    for i, t in enumerate(targets):
        lengths.setdefault(len(t), []).append((i, t))
    return lengths


def named(found: re.Match) -> bool:
    """Whether a word is a name: capitalised inside a sentence ("an air for Lydia's wedding")."""
    word, before = found.group(0), found.string[:found.start()]
    return word[0].isupper() and not word.isupper() and bool(re.search(r"[\w,;:]\s*$", before))


def without_the_r(word: str, targets: tuple[str, ...]) -> str | None:
    """A comparative or "minor" written as it is said without its r: "minna", "sada", "slowa"."""
    if len(word) < 4 or not word.endswith("a") or word[0].isupper():  # "Mina", "Deepa": names
        return None
    stem = word.lower()[:-1]
    single = re.sub(r"(.)\1$", r"\1", stem)
    return next((w for w in (stem + "er", stem + stem[-1] + "er", single + "or", single + "er") if w in targets), None)


def without_vowels(word: str, targets: tuple[str, ...]) -> str | None:
    """The target a word typed without some of its vowels is ("brs" bars, "dwn" down, "versn"
    version, "lngth" length): one with the same first letter and the same consonants, the word's
    letters in it in order; the nearest, then the commoner."""
    consonants = consonants_of(word)
    vowels = len(re.findall(r"[aeiou]", word))
    if len(consonants) < 2 or vowels > max(1, len(word) // 4) or len(word) == 3 and vowels:  # "wer", "Ach": too short to tell
        return None
    most = 1 if len(word) == 3 else 3  # "lkl" is no "likely"
    near = sorted((jellyfish.damerau_levenshtein_distance(word, t), -word_counts().get(t, 0), t)
                  for t in by_consonants(targets).get(consonants, ())
                  if t[0] == word[0] and 0 < len(t) - len(word) <= most and in_order(word, t))
    return near[0][2] if near else None


@functools.cache
def by_consonants(targets: tuple[str, ...]) -> dict[str, list[str]]:
    """The targets by their consonants, so a word without its vowels is looked up, not compared with each."""
    found: dict[str, list[str]] = {}
    for target in targets:
        found.setdefault(consonants_of(target), []).append(target)
    return found


def consonants_of(word: str) -> str:
    """A word's consonants, a doubled one once: "better" is "btr"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def in_order(word: str, target: str) -> bool:
    """Whether every letter of `word` is in `target`, in the same order."""
    letters = iter(target)
    return all(letter in letters for letter in word)


def within_two_edits(word: str, targets: tuple[str, ...]) -> str | None:
    """The target a word of nine letters or more is two slips from, with the same first and last letter:
    "melancolly" is "melancholy", "mixalidian" "mixolydian"; the nearest, then the commoner."""
    if len(word) < 9:  # "renotate" is not "reinstate"
        return None
    near = sorted((jellyfish.damerau_levenshtein_distance(word, t), -word_counts().get(t, 0), t) for t in targets
                  if len(t) >= 9 and t[0] == word[0] and t[-1] == word[-1] and abs(len(t) - len(word)) <= 2)
    return near[0][2] if near and near[0][0] <= 2 else None


def without_accents(text: str) -> str:
    """`text` with its Latin letters' accents dropped: "flûte" is "flute"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def sound_of(word: str) -> str:
    """How a word sounds, as Metaphone writes it with a doubled letter once: "variashun" and
    "variation" are both FRXN, "acompanyment" and "accompaniment" AKMPNMNT."""
    said = word[0] + re.sub(r"y(?=[aeiou])", "i", word[1:]).replace("zh", "sh")  # "varyashun", "verzhun"
    return re.sub(r"(.)\1+", r"\1", jellyfish.metaphone(said))


@functools.cache
def sounding(targets: tuple[str, ...]) -> dict[str, list[str]]:
    """The targets of five letters or more that are English words, by how they sound."""
    by_sound: dict[str, list[str]] = {}
    for target in targets:
        if len(target) >= 5 and target in word_counts():
            by_sound.setdefault(sound_of(target), []).append(target)
    return by_sound


def sounds_like(word: str, targets: tuple[str, ...]) -> str | None:
    """The target a word spelt as it sounds is: of those that sound the same and start with the
    same letter, the one fewest edits away ("variashun" is "variation", not "version"), and of
    those as near, the commoner ("repete" is "repeat", not "repeated")."""
    if len(word) < 5 or len(sound_of(word)) < 3 or word in word_counts() or not re.search(r"[aeiouy]", word):  # "plok", "ceili": too short a sound to
        return None  # tell; "modal", "consort": words of their own
    alike = sorted((jellyfish.damerau_levenshtein_distance(word, t), -word_counts().get(t, 0), t)
                   for t in sounding(targets).get(sound_of(word), ()) if t[0] == word[0])
    return alike[0][2] if alike and alike[0][0] <= len(word) // 3 + 1 else None  # "query" is not "quicker"


# ------------------------------------------------------------------------------------ greetings abroad
# Greetings and thanks as people of many languages write them in the Latin script, and the words
# they address a friend by: a message of a greeting or a thanks alone greets ("Ia ora na!", "danke
# schön", "gracias maje!!"), whatever the language. Kept as plain text, not patterns, so that the spelling
# corrector never takes them for English.
GREETINGS_ABROAD = """
hola | buenos días | buenos dias | buenas tardes | buenas noches | buenas | bonjour | bonsoir | salut | coucou | ciao | salve |
buongiorno | buonasera | olá | ola | bom dia | boa tarde | boa noite | hallo | guten tag | guten morgen | guten abend | servus |
grüß gott | grüezi | grüessech | moin | moien | hoi | hej | hejsan | god dag | goddag | god morgen | hallå | tere | tere päevast |
labas | laba diena | sveiki | labdien | cześć | dzień dobry | ahoj | dobrý den | dobry den | szia | sziasztok | jó napot | bună |
bună ziua | buna ziua | zdravo | dobar dan | dober dan | zdravei | privet | zdravstvuyte | dobryi den | vitayu | yassou | geia sou |
geia sas | kalimera | kalispera | mirëdita | tungjatjeta | bonġu | merħba | dia dhuit | dia duit | dia daoibh | halò | madainn mhath |
shwmae | bore da | noswaith dda | demat | kaixo | egun on | bon dia | bo día | bondi | allegra | bun di | goeie môre | goeiemôre |
goeiemiddag | moro | terve | päivää | góðan daginn | góðan dag | hæ | halló | sæl | sæll | marhaba | marhabā | ahlan | ahlan wa sahlan |
salaam | salam | as-salamu alaykum | assalamu alaikum | assalamualaikum | salam aleikum | salaam alaikum | shalom | merhaba | selam |
selamlar | terve | barev | parev | barev dzez | gamarjoba | gomorjoba | gamardjoba | salom | sälem | salem | namaste | namaskar | namaskaram | namaskara | vanakkam |
sat sri akal | kem cho | nomoshkar | ayubowan | konnichiwa | konnichi wa | ohayo | ohayou | ohayō | annyeong | annyeonghaseyo |
ni hao | nǐ hǎo | nei hou | lei hou | xin chào | xin chao | sawasdee | sawatdee | sawadee | sabaidee | sabai dee | mingalaba |
mingalarbar | chum reap sour | selamat pagi | selamat siang | selamat sore | selamat malam | apa kabar | kumusta | kamusta |
magandang umaga | magandang hapon | tashi delek | kuzuzangpo | sain baina uu | sain uu | haisai | jambo | habari | habari yako |
habari za asubuhi | hujambo | sawubona | sanibonani | molo | dumela | avuxeni | mhoro | mhoroi | mwaramutse | muraho | mwiriwe |
akwaaba | maakye | bawo ni | ẹ káàárọ̀ | e kaaro | kedu | nnọọ | nnoo | sannu | ina kwana | na nga def | nanga def | i ni ce |
i ni sogoma | tena yistilign | manao ahoana | muli bwanji | mwabuka | mwapoleni | shikamoo | niaje | oli otya | agandi |
mbote | mbote na yo | lotjhani | thobela | ndaa | kia ora | talofa | malo e lelei | bula | ni sa bula | bula vinaka | aloha | ia orana |
ia ora na | kaselehlie | håfa adai | hafa adai | mauri | noa'ia | iakwe | yokwe | allillanchu | imaynalla | mba'éichapa |
mba'eichapa | mari mari | aluu | boozhoo | ahneen | yá'át'ééh | yaateeh | kwe kwe | tansi | mabuiga | buiti binafi | bonzour |
bonjou | bonswa | bonswè | alo | allo | good morning o | yho | fa waka | qué xopa | que xopa | muli shani | cossí va | cossi va | adiu |
dobry dzen | добры дзень | добрый день | привет | прывітанне | здравствуйте | вітаю | jam tan | jam waali | jam na | ran annim | mendvt | mendut | nyob zoo | salamatsyzby | salamatsyzbi | alii | maayong buntag | maayong hapon | maayong gabii | bozu | bozu fo iu | malo ni | halo | pranam | pranaam | mandi | chibai | fakaalofa lahi atu | fakalofa lahi atu | talofa lava |
azul | taanishi | tanishi | witôj | witoj | салам | сәлам | sälam | sälamät | padiuxi | ai | slava isusu chrystu | slava isusu christu | bunã dzua | buna dzua | ӟечбуресь | zechbures | dæ bon xorz | dae bon xorz | waqaa | waqaa-qaa |
shalom aleichem | видза олан | vidza olan | ekamawir omo | мшыбзиа | mshybzia | buonos dies | buen diya | buen diya a toz |
bondjoû | bondjou | terveh | шумбрат | shumbrat | дорообо | doroobo | waidmannsheil | selâm aleyküm | selam aleykum | selâm | khurumjari |
kuzu zangpo | kuzuzangpo la | ཀུ་ཟུ་ཟང་པོ་ལ | ཀུ་ཟུ་ཟང་པོ | sasa | kumno | prost | salam alaykum | салам алейкум | aa |
johar | mitela | ассаламу алейкум | assalamu aleikum | ассалам алейкум | dumela ntate | sholum | sholum aleichem | sılam | silam | καλημέρα | καλησπέρα | γεια σου | γεια σας | ya ali madad | julley | jullay | juley |
suosdei | suosday | sousdey | suostei | ជំរាបសួរ | សួស្តី | moni | moni nonse | bondia | bon dia maun | amakuru | bwakeye | фӏэхъус | фIэхъус | salam alaikum | salamaleikum |
horas | apo kaba | salamat pagi | sholom | salom aleikum | lṳ hó | lu ho | lṳ ho | dorovo | dorobo | tabe' puang | aya |
khamma ghani | khamma ghani sa | jai mata di | sabaikhor | ram ram | len wo | mogethin | sopa | supa | etti | cï yï bak | ci yi bak | fofo | lale | ne y yibeoogo | ne y yibeogo | male | maaha taniih | ka tɛɛ | ka tee |
guete tag | guete morge | guete morgä | guete obe | guatn tage | guatn tag | guatn mörgade | sew | dæ bon xwarz | dae bon xwarz | latscho dives | latcho dives | lacho dives | latcho divès |
gooden morjen | gooden dach | gooden owend | goodendach | daag | gouden dai | goue dai | bun giurnu | bon giurnu | bongiurnu | bongiornu | tach | tach zosamme | griaß di | griass di | griaß eich | griaß god | adiéu | adieu | gudde moije | gudde morje | bouòn jorn | bon jorn | bonjorn | salü | salute | bonasera | ei gude | gude
| gudde moien | moien | guddn daach | gudn daach | gun daach
| bonjor
| adj' isten | adj isten | slava isusu khrystu | slava isusu hrystu | griß gott | griss gott | gäuden dach | gauden dach
| bog daj | bog daj vam | yia sou | yiasou | yia sas
| živjo | zivjo | să trăiești | sa traiesti | să trăiţi | sa traiti
"""
THANKS_ABROAD = """
gracias | muchas gracias | mil gracias | merci | merci beaucoup | merci bien | grazie | grazie mille | obrigado | obrigada |
muito obrigado | muito obrigada | danke | danke schön | danke schon | danke sehr | vielen dank | dank je | dank je wel | dank u |
dank u wel | bedankt | takk | tusen takk | takk fyri | takk skal du ha | tack | tack så mycket | tak | mange tak | kiitos |
kiitos paljon | aitäh | tänan | paldies | ačiū | ačiū labai | dziękuję | dziekuje | dzięki | děkuji | dekuji | díky | ďakujem | köszönöm |
köszi | mulțumesc | multumesc | mersi | hvala | hvala lepa | hvala puno | fala | blagodarya | blagodaram | spasibo |
spasibo bolshoe | dyakuyu | efcharistó | efharisto | efcharisto | faleminderit | grazzi | grazzi ħafna | diolch | diolch yn fawr |
go raibh maith agat | go raibh míle maith agat | tapadh leat | tapadh leibh | trugarez | milesker | eskerrik asko | gràcies |
moltes gràcies | grazas | mercé | grazcha | merci villmools | grazia fitg | grazia | þakka þér | takk fyrir | arigatou | arigato | arigatō |
arigatou gozaimasu | domo arigato | kamsahamnida | gamsahamnida | gomawo | xiexie | xie xie | xièxie | doh je | m goi |
cảm ơn | cam on | cảm ơn nhiều | kob khun | khob khun | khop khun | khob jai | orkun | terima kasih | makasih | salamat |
maraming salamat | salamat po | dhanyavad | dhanyavaad | dhanyawad | shukriya | nandri | nanri | dhonnobad | dhanyabad |
bohoma istuti | istuti | bohoma sthuthi | sthuthi | dera manana | grantangi | shukran | shukran jazeelan | rahmat | rakhmet | bayarlalaa | thuchi che | teşekkürler | teşekkür ederim |
tesekkurler | sağol | sağ ol | ташаккур | tashakkur | barkala | barkalla | barkallah | баркалла | баркаллагь | баркала | mamnoon | merci jan | tashakor | shnorhakalutyun | madloba | chokrane | asante | asante sana |
ngiyabonga | enkosi | ke a leboha | ndatenda | murakoze | murakoze cyane | urakoze | medaase | e se | ẹ ṣé | daalụ | dalu |
na gode | jërëjëf | jerejef | ameseginalehu | misaotra | zikomo | twalumba | natotela | webale | webale nnyo | baie dankie |
dankie | mahalo | vinaka | vinaka vakalevu | malo | malo aupito | fa'afetai | faafetai | meitaki | māuruuru | mauruuru |
māuruuru roa | terima kasih banyak | makasih banyak | tenkyu | tangkyu | yuspagara | sulpayki | añaychay | aguyje | miigwech | megwetch | chi-miigwech | qujanaq |
ahéhee' | wopila | pilamaya | masha danki | danki | mèsi | mesi | mèsi anpil | mersi bokou | kulo kulo | ke a leboga | matondo |
дзякуй | спасибо | дякую | благодарю | a jaraama | jaraama | on jaraama | kinisou | kinisou chapur | khanzhanav | hanjanav | rakhmat | ua tsaug | sulang | salamat daan | agyamanak | dios ti agngina | tanggio | tanggio tumas | fakafetai | fakafetai lasi | fakafetai lahi | fakaaue | olea | oleti | galatoomaa | galatoomi |
dev borem korum | ka lawm e | dźakuju | dzakuju | nĩ wega | ni wega |
tanemmirt | tanemmirt aṭas | marsii | marsi | dzãkùjã | mehrbani | meharbani | тавах | xquixe pe' lii | xquixe | qujannamiik | rähmät | рәхмәт | rakhmat zur | saa ol | ďakuju | dakuju | haristo | haristo multu | тау | бадӟым тау | badzym tau | mehrbani waja |
styr buznyg | buznyg | todah | todah rabbah | toda raba | toda | quyana | quyanaqpak | баркалла | barkalla | аттьӧ | attyo | сагърай | sagraj | tubwa | tubwa kor | иҭабуп | itabup | oubrigado | oubrigada | grazias | grazias maño |
mèrci bråmint | merci bramint | passibo | махтал | mahtal | сюкпря | syukprya | sağ oluñız | sag olunız | sag oluniz | ndatenda chaizvo | maita basa | kommol | thagatchari | yaamna phajei |
ndza khensa | ndza khensa swinene | inkomu | kadrinchey | kadrinche | khublei | khublei shibun | сав бол | sav bol | баярлалаа | ехэ баярлалаа | ndi a livhuwa | ndo livhuwa | subhay |
kea leboha | kea leboha haholo | ke a leboha haholo | thuche che | thuji che | thuche | сау бол | sau bol |
អរគុណ | អរគុណបង | អរគុណច្រើន | orkun na | orkun cheran | orkun chraen | arkoun | arkun | arkoun chraen | zikomo kwambiri | የቐንየለይ | ብጣዕሚ የቐንየለይ |
yekenyeley | yekenyelay | tsenkyu | webale nyo | 多谢 | 多謝 | kurru sumange' | kurru sumange | kurusumange | tampi asih | tampiasih | matur tampi asih | murakoze cane | тхьэм урегъэпсэу | тхьэм фыригъэпсэу | тхьэуегъэпсэу | 承蒙你 | 承蒙 | 承蒙你哦 |
tarimo kasih | tarimokasih | obrigadu | obrigadu barak | obrigada barak | tashakur | tashakor jan | tashakkur | ngiyabonga kakhulu | siyabonga | terima kasih bang |
badi meharbani | bdi meharbani | bari meharbani | سوپاس | zor spas | spas | kulo ma lulap | kulo | rahmet | byyan bolzyn | djavadjavay | kammagar | a ni ce | a ni ce kosɛbɛ | a ni ce kosebe | mesiere | mesiere o | kongoi | barka | barika | mercés plan | mercés | merces plan | ju falem | faleminderit shumë | спасибо большое | spasibo bolshoye | barakalla | баракалла | mardi | dido mardi | dido kai | dastet dard nakone | dastet dard nakoneh | dastetun dard nakone | dast shoma dard nakone | dast-e-to dard nakone | dast e to dard nakone | weş be | wes be | ευχαριστώ | ευχαριστω | ευχαριστού πάσου | ευχαριστου πασου | graciis | grazie tante | ramro cha | dast-et dard nakone | bohat shukriya | bahut shukriya | bohot shukriya |
kheili mamnoon | kheyli mamnoon | khaili mamnoon | khayli mamnun | merci vielmal | merci vilmal | merci viumau | ευχαριστώ πολύ | efcharisto poli | ollu giitu | giitu | gèltsgott | geltsgott | vergelt's gott | vergelts gott | merci ben | gramasì | gramasi | grammasì | schugger | parkrau tuke | parkerav tuke | parikerav tuke | naïs tuke | nais tuke | naïs tuké | fala lipa | hvala lipa | grácias |
dankscheen | dankschön | gràsie | grasie | gràsie tante | grazzi assai | bella lì | bella li | grazie assai | merçi | tonk | grassie | grazie meda | dankschee | děkuju | dekuju | děkuju moc | dekuju moc | szczynść boże | szczęść boże | szczesc boze | mercé plan | danke dir |
mersì bien | mersi bien | mèrci bein | mèrci bein des fais | merci bein | efharisto poli | dånke schön | mercí bèn | dziękuje | danke schee | grazie assaje | dźakuju so | danke viilmol | danke vielmol | ur leiwand danke | leiwand danke | mèrsi
| ur leiwand | leiwand | ur leiwaund | leiwaund
| dankeschön | dankeschon
| danke vielmals | grazia fetg | grazia fitg
| grant-mèrci | grant mèrci | grant merci | grant-merci | bóg zapłać | bog zaplac | dankscheen | marci bé | marci be | çok güzel | cok guzel
| isten fizesse | köszönöm szépen | koszonom szepen | dankschen
| mulțam | multam | mulţam | bog plati | bog plati vam
| grazcha fich | grazcha | gratias tibi ago | gratias vobis ago | gratias ago
"""
# the words a friend is addressed by, and those a greeting or thanks is said with
ADDRESSED = """
my friend | friend | friends | mate | bro | brother | sister | sis | dear | everyone | all | again | so much | very much | a lot |
lots | too | and | to you | you | y'all | amigo | amiga | amigos | hermano | hermana | mi amigo | mi amiga | mon ami | mon amie |
mes amis | chamo | pana | compa | compadre | maestro | maestra | maître | sensei | habibi | habibti | yaar | bhai | bhaiya | didi |
ji | dada | kaka | rafiki | ndugu | chale | oga | bredda | hoa | e hoa | kamarad | mon kamarad | fren | bru | boet | broer |
tovarishch | drug | prijatelju | kardeşim | kanka | abi | abla | hyung | oppa | unnie | noona | chingu | sahabat | kawan | pare |
kuya | ate | rra | mma | ndeko | mano | kota | bratan | bai | dušo | a moi | mukwai | andi | garu | sir | machan | ya | lah | la | nha | po | doudou | maje | chele | ñaño | ñaña | mwarimu | mwalimu | mzee | baba | mama | madam | ma'am | all of you | everybody | to all | team | o | oh | ooh | a gma | gma | sain | dustım | dustim | дус | kardaş | kardas | bratku | waja | vasha | my friend | ёртӧй | ёрт | стха | maño | maña | ho | omo |
m' fi | m fi | mi fi | ялгай | dostum | shamwari | oja | tata | ebungo |
makwerhu | bah | kong | къардаш | kardash | нүхэр | nukher | boss | dai |
ваша | ntate | mme | bud | bong | abale | butty | hawey | uda | uni | maun | mana | jan | bang | amico | amica | ndugu yangu | ssebo | nnyabo | mukwano | daeng | puang | hajur | boss man | sa | ada | dostım | dost | дуст | дус | ттул дус | гьалмагъ | дӯстам | dustam | hyvä ystävä | ystävä | qardaş | qardash | kardeş | nökör | nokor | друг | n teri | teri | cere | ay cere | bo | my man | vëlla | vella | my dear | brat | брат | mija | mijo | vatso | вацо | bərar | berar | baradar | embazê mı | embaze mi | embazê mi | φίλε | amì | stary | drauge | kámo | kamo | uè | brar | ache-le | achele | butt | ustad |
πολύ | kolego | kolega | stary | fründ | liebe fründ | lieber fründ | fraünt | mai fraünt | kompis | ustit | ustibat | ustibežan | limæn | limaen | azizam | aziz | mon gâs | mon gas | gâs | mon amì | phral | pral | mro phral | mon pral | kumpa | kumpar | mon amic | amic | compadri | rapaz |
tunesmith | majuca | majucu | fiöi | fioi | cumpà | cumpa | frint | mien frint | mien frind | jóng | jong | burdèl | burdel | tío | tio | tía | tia | cumpari | cumpare | mitenand | amigu | zosamme | maat | spezl | oida | collègue | collegue | jung | man vièr | mon vièr | file mou | hawara | coumpaire | chłopie | chlopie | mei frind | mei frend | bu | mulo | cumbà | cara | fiò | ou maat | přećelo | al·lot | allot | mêt | met
| gumbel | gumpel | mei gudster | gudster | mien jung | min jung
| acho | mi niño | mi nino | niño | bèl | car amitg | amitg | spezl
| mei freind | freind | mon drôle | mon drole | drôle | gazdo | cumpare | l'amic | amic
| pajtás | pajtas | komám | komam | mon vieux | mäi frängd | mai frangd | frängd | frangd
| caverì | caveri | frate | pajdaš | pajdas
| a chara | chara | stari | bate | jefe | char ami | meis char ami | prosę
"""


def _phrases(text: str) -> list[str]:
    return sorted({p.strip() for p in text.split("|") if p.strip()}, key=len, reverse=True)


# the friend words of one word: "boss", "bah", "dai"
ADDRESSED_WORDS = frozenset(p for p in _phrases(ADDRESSED) if " " not in p) | {"chief"}


def _without_marks(text: str) -> str:
    """The letters without their accents: "māuruuru" is "mauruuru", "ẹ ṣé" is "e se"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.cache
def _any_of(text: str) -> re.Pattern:
    """One of the phrases, the longest tried first; made when first asked,
    and not a module pattern, whose words the reader would take for English."""
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(_without_marks(p)) for p in _phrases(text)) + r")(?![\w'])")


# greetings and thanks abroad that are English or dialect words too: "tack on 16 bars", Scots "tak oot the harmony"
ALSO_ENGLISH = {"tack", "tak", "malo", "e se", "salve", "dag", "alo", "hoi", "ola", "moro", "salem", "bula", "ai", "sew", "adieu", "salute"}


def _addressed_phrase(text: str) -> str:
    """A pattern's text for one of the phrases that are no English words too, written as they are or
    without their accents, with the friend it may address."""
    phrases = [p for p in _phrases(text) if p not in ALSO_ENGLISH]
    spelt = sorted(set(phrases) | {_without_marks(p) for p in phrases}, key=len, reverse=True)
    return r"(?:" + "|".join(map(re.escape, spelt)) + r")(?:,?\s+(?:" + "|".join(map(re.escape, _phrases(ADDRESSED))) + r"))?(?![\w'])"


def greeting_abroad_first() -> re.Pattern:
    """A greeting or thanks abroad that opens a message, with the friend it addresses: "Köszönöm! This
    is very nice", "Dzien dobry! Stan here", written as they are or without their accents."""
    one = _addressed_phrase(GREETINGS_ABROAD + "|" + THANKS_ABROAD) + r"[\s,!.]*"
    return re.compile(rf"^\W*(?:{one})+", re.I)  # "Allegra! Grazia fitg, that is very beautiful."


def thanks_abroad_last() -> re.Pattern:
    """A thanks abroad that closes a message after a comma or a stop, with the friend it addresses:
    "redo eh, marsii", "add chords please. Tanemmirt a gma!"."""
    return re.compile(r"[,.!;?]\s*" + _addressed_phrase(THANKS_ABROAD) + r"\W*$", re.I)


def greets_or_thanks_only(text: str) -> bool:
    """Whether a message only greets or thanks, in a set phrase of any of many languages, with at most a
    friend addressed and its marks and emoji: "Mabuiga!", "Bună ziua", "merci beaucoup", "gracias maje!!";
    not "merci, c'était magnifique", which says more, in French."""
    plain = _without_marks(text.lower())
    greeted = [_any_of(GREETINGS_ABROAD), _any_of(THANKS_ABROAD)]
    if not any(g.search(plain) for g in greeted):
        return False
    rest = _any_of(ADDRESSED).sub(" ", greeted[1].sub(" ", greeted[0].sub(" ", plain)))
    rest = re.sub(r"\b(?:thanks|thank you)\b", " ", rest)  # "çok güzel, thanks abi!": the thanks said again in English
    return not re.search(r"[^\W\d_]", rest)


# the words a friend is called "my" or "dear" by before a word of their own: "mon vieux", "mäi Frängd", "car amitg"
# (not reading.request.MY_ABROAD, the fewer "my" an English edge may follow, which holds no "dear" and no "min", "mine")
MY_OR_DEAR_ABROAD = frozenset("mon ma mes mi mis mei mai mien mein meine min mine moj moja mio mia meu minha car cara caro cher chere "
                      "mo mu mayn mijn".split())


# the names of a key's mode or accidental after its solfège "mi": "mi menor", "mi bémol" name no friend
SOLFEGE_NAMES = frozenset("menor mayor minore maggiore mineur majeur moll dur bemol bemolle sostenido diesis diese".split())


def friend_after_greeting(text: str) -> list[str] | None:
    """The words after a greeting or a thanks abroad, written as the lexicon has it or a letter or two
    off, when they can only call a friend: a name ("Danke vielmals, Spezl!", "gracias, acho!"), or "my"
    and a word ("Merci bien, mon vieux!", "Dankscheen, mei Freind!"), or none ("Griß Gott!"); None
    for any other message. Whether a word named is a request abroad ("danke, langsamer!") is the reader's
    to say."""
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", _without_marks(text.lower()))
    said = _opening_phrase(words)
    if not said or len(words) > said + 2 or re.search(r"[?\d]", text):
        return None
    rest = re.findall(r"[^\W\d_]+", _any_of(ADDRESSED).sub(" ", " ".join(words[said:])))
    english = dictionary_words()
    if len(rest) == 2:
        named = rest[0] in MY_OR_DEAR_ABROAD and rest[1] not in english and rest[1] not in SOLFEGE_NAMES  # "mon vieux", not "mi menor"
    elif len(rest) == 1:  # written as a name, or called out
        last = re.findall(r"[^\W\d_]+", text)[-1]
        named = (last[0].isupper() and last[1:].islower() or text.rstrip().endswith("!")) and rest[0] not in english
    else:
        named = not rest  # "Griß Gott!"; not "Merci beaucoup, c'est magnifique!"
    return rest if named else None


@functools.cache
def _greetings_by_length() -> dict[int, frozenset[str]]:
    phrases = {_without_marks(p) for p in _phrases(GREETINGS_ABROAD + "|" + THANKS_ABROAD) if p not in ALSO_ENGLISH}
    return {n: frozenset(p for p in phrases if len(p.split()) == n) for n in (1, 2, 3)}


def _opening_phrase(words: list[str]) -> int:
    """How many of the first words are a greeting or thanks abroad, as the lexicon writes it or a
    letter or two off ("gauden dach" for "gooden dach", "bonjor"), and no English words; 0 if none."""
    english = dictionary_words()
    for n in (3, 2, 1):
        said = " ".join(words[:n]).replace("-", " ")
        if len(words) < n or all(w in english for w in words[:n]):
            continue
        alike = _greetings_by_length()[len(said.split())] if len(said.split()) <= 3 else ()
        near = len(said) >= 5 and any(p[0] == said[0] and jellyfish.damerau_levenshtein_distance(said, p) <= (2 if len(said) >= 8 else 1)
                                      for p in alike if len(p) >= 5 and abs(len(p) - len(said)) <= 2)  # not "aaa" for "aa"
        if said in alike or near:
            return n
    return 0
