"""How people ask, and how the assistant answers: phrasings, politeness, casual writing, typos.

Every choice of wording goes through `Speaker.pick`. A fixed eighth of the options (chosen by a
hash of their text) is held out: training dialogues never use them, and the held-out set uses
them wherever it can, to measure how the model copes with wording it has never seen.
"""
from __future__ import annotations

import random
import re
import zlib

HELDOUT_SHARE = 8  # one option in eight


def held_out(option: str) -> bool:
    return zlib.crc32(option.encode()) % HELDOUT_SHARE == 0


class Speaker:
    def __init__(self, rng: random.Random, heldout: bool = False):
        self.rng = rng
        self.heldout = heldout

    def pick(self, options: list[str]) -> str:
        pool = [o for o in options if held_out(o) == self.heldout]
        if not pool:
            pool = [o for o in options if not held_out(o)] if not self.heldout else options
        return self.rng.choice(pool or options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def say(self, text: str) -> str:
        """A user's message in this user's own style: politeness, casual writing, typos."""
        if self.chance(0.25):
            text = self.pick(POLITE_BEFORE).format(text[0].lower() + text[1:])
        elif self.chance(0.12):
            text = self.pick(POLITE_AFTER).format(text.rstrip(".!?"))
        if self.chance(0.3):
            text = casual(text, self.rng)
        if self.chance(0.12):
            text = typo(text, self.rng)
        return text[0].upper() + text[1:] if self.chance(0.6) and text[0].islower() else text


POLITE_BEFORE = ["please {}", "could you {}", "can you {}", "would you mind: {}", "hey, {}", "hi! {}",
                 "ok, {}", "now {}", "alright, {}", "hmm, {}", "so, {}", "I wonder if you could {}",
                 "next: {}", "right, {}"]
POLITE_AFTER = ["{}, please", "{} please!", "{}, thanks", "{}, thank you!", "{}?", "{} :)", "{}, if you can",
                "{}, cheers"]


def casual(text: str, rng: random.Random) -> str:
    text = text.lower().rstrip(".!")
    for word, short in (("please", "pls"), ("you", "u"), ("thanks", "thx")):
        if rng.random() < 0.5:
            text = re.sub(rf"\b{word}\b", short, text)
    return text


PROTECTED = re.compile(r"\d|^[a-g][#b]?m?$|^(major|minor|dorian|mixolydian|bpm)$", re.I)


def typo(text: str, rng: random.Random) -> str:
    """One slip of the keyboard in a word that carries no number, key or mode."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and not PROTECTED.search(w)]
    if not spots:
        return text
    i = rng.choice(spots)
    w, k = words[i], rng.randrange(1, len(words[i]) - 1)
    kind = rng.randrange(3)
    words[i] = (w[:k] + w[k + 1] + w[k] + w[k + 2:] if kind == 0 else
                w[:k] + w[k + 1:] if kind == 1 else w[:k] + w[k] + w[k:])
    return " ".join(words)


# ------------------------------------------------------------------------- composing
COMPOSE = ["write {d}", "compose {d}", "can you write {d}?", "could you compose {d}?", "I'd like {d}",
           "I want {d}", "give me {d}", "make me {d}", "let's have {d}", "how about {d}?", "{d}, please",
           "{d}", "please write {d}", "generate {d}", "create {d}", "I need {d} for a session tonight",
           "I'm looking for {d}", "do you have {d}?", "write me {d}", "come up with {d}",
           "could I get {d}?", "try {d}", "compose {d} for me.", "would you write {d}?",
           "let me hear {d}", "can i get {d}", "surprise me with {d}", "new tune: {d}", "I'd love {d}",
           "we need {d} for the dance on Saturday", "my students need {d}", "write a piece: {d}",
           "start with {d}", "I'm after {d}", "put together {d}", "dream up {d}", "could you make {d}?",
           "show me {d}", "we'd like {d}", "time for {d}!", "I feel like {d}"]
NOUNS = {"jig": ["jig"], "reel": ["reel"], "hornpipe": ["hornpipe"], "strathspey": ["strathspey"],
         "slip jig": ["slip jig"], "polka": ["polka"], "waltz": ["waltz"], "march": ["march"],
         "air": ["air", "slow air"], "song": ["song", "folk song", "song melody"],
         "chorale": ["chorale", "hymn", "chorale in four-part style"], "slide": ["slide"],
         "mazurka": ["mazurka"], "set dance": ["set dance"], "schottische": ["schottische"]}
GENERIC = ["tune", "melody", "piece", "little tune", "piece of music"]
METER_WORDS = {"2/4": ["two-four", "2/4"], "3/4": ["three-four", "waltz time", "3/4"],
               "4/4": ["four-four", "common time", "4/4"], "6/8": ["six-eight", "6/8"],
               "9/8": ["nine-eight", "9/8"], "2/2": ["cut time", "2/2"], "12/8": ["twelve-eight", "12/8"]}
MODE_SHORT = {"major": ["", " major", " maj", "maj"], "minor": [" minor", "m", " min", " minor"],
              "dorian": [" dorian"], "mixolydian": [" mixolydian", " mixo"], "phrygian": [" phrygian"],
              "lydian": [" lydian"], "locrian": [" locrian"]}
MELODY_INSTRUMENTS = ["fiddle", "violin", "flute", "tin whistle", "piano", "accordion", "clarinet", "oboe",
                      "recorder", "mandolin", "banjo", "harp", "guitar", "trumpet", "saxophone",
                      "concertina", "bagpipes", "harmonica", "cello", "viola", "bassoon", "marimba",
                      "organ", "piccolo", "french horn", "harpsichord", "xylophone"]
TEMPO_WORDS = {"fast": ["fast", "quick", "brisk", "speedy", "up-tempo"],
               "slow": ["slow", "leisurely", "unhurried", "gentle-paced"]}


def key_phrase(sp: Speaker, key: str) -> str:
    tonic, mode = key.split()
    return sp.pick([f"in {tonic}{sp.pick(MODE_SHORT[mode])}", f"in the key of {tonic} {mode}",
                    f"in {tonic} {mode}", f"in {tonic.lower()} {mode}", f"with a key of {tonic} {mode}",
                    f"in {tonic} {mode} please"[:-7]])


def describe_request(sp: Speaker, spec: dict) -> str:
    """An English description of what the user wants, from the attributes in `spec`."""
    before, after = [], []
    if "mood" in spec:
        before.append(spec["mood"])
    if "speed" in spec:
        before.append(sp.pick(TEMPO_WORDS[spec["speed"]]))
    if "origin" in spec:
        before.append(spec["origin"])
    noun = sp.pick(NOUNS.get(spec.get("rhythm"), GENERIC) if "rhythm" in spec else GENERIC)
    if "key" in spec:
        if sp.chance(0.2) and spec["key"].endswith(("major", "minor")):
            tonic, mode = spec["key"].split()
            before.insert(0, f"{tonic} {mode}")
        else:
            after.append(key_phrase(sp, spec["key"]))
    if "mode" in spec:
        after.append(sp.pick([f"in a {spec['mode']} key", f"in {spec['mode']}", f"in the {spec['mode']} mode"]
                             if spec["mode"] in ("major", "minor") else [f"in the {spec['mode']} mode",
                                                                        f"in {spec['mode']}"]))
    if "meter" in spec:
        word = sp.pick(METER_WORDS.get(spec["meter"], [spec["meter"]]))
        after.append(sp.pick([f"in {word}", f"in {word} time", f"with a {spec['meter']} time signature"]))
    if "instrument" in spec:
        inst = spec["instrument"]
        after.append(sp.pick([f"for {inst}", f"for the {inst}", f"on the {inst}", f"for solo {inst}",
                              f"to play on the {inst}"]))
    if "tempo" in spec:
        t = spec["tempo"]
        after.append(sp.pick([f"at {t} bpm", f"at {t} BPM", f"at a tempo of {t} bpm", f"{t} bpm",
                              f"around {t} bpm", f"at {t} beats per minute"]))
    if "bars" in spec:
        n = spec["bars"]
        if sp.chance(0.4):
            before.insert(0, f"{n}-bar")
        else:
            after.append(sp.pick([f"{n} bars long", f"with {n} bars", f"of {n} bars", f"in {n} bars"]))
    sp.rng.shuffle(after)
    words = " ".join(before + [noun] + after)
    if not before and noun in GENERIC and sp.chance(0.5):
        words = "something " + " ".join(after) if after else "something"
    else:
        words = ("an " if words[0].lower() in "aeiou" else "a ") + words
    return sp.pick(COMPOSE).format(d=words)


# ------------------------------------------------------------------------ editing
FASTER = ["make it faster", "speed it up", "a bit quicker please", "faster!", "pick up the tempo",
          "up the tempo", "can it go faster", "it's too slow", "more energy, faster", "make it quicker",
          "push the tempo", "play it faster", "make it livelier"]
SLOWER = ["make it slower", "slow it down", "a bit slower please", "slower", "bring the tempo down",
          "it's too fast", "take it slower", "ease off the tempo", "relax the tempo", "play it slower",
          "make it calmer and slower"]
BY_BPM = ["make it {n} bpm faster", "speed it up by {n} bpm", "add {n} bpm", "{n} bpm quicker",
          "raise the tempo by {n}", "increase the tempo by {n} bpm"]
BY_BPM_DOWN = ["make it {n} bpm slower", "slow it down by {n} bpm", "take off {n} bpm", "{n} bpm slower",
               "lower the tempo by {n}", "reduce the tempo by {n} bpm"]
TO_BPM = ["set the tempo to {n}", "tempo {n} please", "play it at {n} bpm", "change the tempo to {n} bpm",
          "make it {n} bpm", "{n} bpm", "I want it at {n} beats per minute", "can we do {n} bpm?"]
TO_KEY = ["put it in {k}", "transpose it to {k}", "move it to the key of {k}", "change the key to {k}",
          "can you do it in {k}?", "I'd prefer {k}", "switch to {k}", "in {k} instead", "{k} please",
          "transpose into {k}"]
BY_INTERVAL = ["transpose it {dir} {iv}", "move it {dir} {iv}", "shift it {dir} {iv}", "put it {dir} {iv}",
               "take it {dir} {iv}"]
HIGHER = ["make it higher", "raise it a bit", "take it up a step", "higher please", "pitch it up a tone",
          "move it up"]
LOWER = ["make it lower", "lower it a bit", "take it down a step", "lower please", "pitch it down a tone",
         "move it down"]
TO_MODE = {"minor": ["make it minor", "put it in minor", "in a minor key", "make it sadder",
                     "can it be minor?", "give it a minor feel", "make it sound sad", "darker, in minor"],
           "major": ["make it major", "put it in major", "in a major key", "make it happier",
                     "make it sound brighter", "can it be major?", "cheer it up"],
           "dorian": ["make it dorian", "put it in the dorian mode", "try it in dorian", "dorian please"],
           "mixolydian": ["make it mixolydian", "put it in the mixolydian mode", "try it in mixolydian"]}
INSTRUMENT = ["play it on {i}", "give it to the {i}", "change the instrument to {i}", "make it a {i} tune",
              "for {i} instead", "switch to {i}", "use a {i}", "I want to hear it on the {i}",
              "can the {i} play it?"]
VOICE_INSTRUMENT = ["give the {part} part to the {i}", "play the {part} on {i}", "the {part} should be a {i}",
                    "change the {part} instrument to {i}", "put the {part} on {i}"]
CHORDS = ["add chords", "add some chord symbols", "harmonise it", "put chords on it", "can you add chords?",
          "give it some harmony", "chord symbols please", "harmonize it", "add guitar chords"]
CHORDS_HALF = ["add chords every half bar", "two chords per bar please", "harmonise it in half bars",
               "add chords, two to a bar"]
BASS = {"roots": ["add a bass line", "give it a bass", "add a bass part", "can it have a bass line?",
                  "put a bass under it", "add a simple bass", "write a bass line for it"],
        "root-fifth": ["add a bass that alternates root and fifth", "add a root-fifth bass",
                       "a bass line with roots and fifths"],
        "walking": ["add a walking bass", "give it a walking bass line", "walking bass please"],
        "waltz": ["add an oom-pah-pah bass", "add a waltz bass", "give it a waltz accompaniment in the bass"],
        "drone": ["add a drone", "put a drone under it", "add a bagpipe-style drone", "a drone bass please"]}
SECOND_PART = ["add a {i} part", "give it a {i} part underneath", "add a second part for {i}",
               "write a {i} line under the melody", "can you add a {i} accompaniment?"]
REAL_BASS = ["add a bass line", "harmonise it with a bass", "give it a bass part", "put a bass voice under it",
             "add the bass", "write a bass for this chorale melody"]
SHORTEN = ["make it shorter", "cut it down to {n} bars", "just the first {n} bars", "shorten it to {n} bars",
           "only {n} bars please", "trim it to {n} bars", "can it be {n} bars long?"]
# composing edits: each message must read as its kind (tests/test_compose.py checks every one)
CONTINUE = ["continue it", "keep going", "finish the tune", "make it longer", "what comes next?",
            "carry on from here", "complete it", "extend it", "write the rest", "can you finish this tune?",
            "here's the start of a tune, can you finish it?", "I wrote the beginning; continue it",
            "can you complete this tune?", "finish this melody for me", "this is half a tune. the rest?",
            "complete this fragment", "write on from where it stops", "it stops too soon, keep it going",
            "carry the melody on", "go on with it", "it needs more, keep going", "continue the melody"]
MORE_BARS = ["add {n} more bars", "add {n} bars", "continue it for {n} bars", "make it {n} bars longer",
             "extend it by {n} bars", "another {n} bars please", "write {n} more bars", "keep going for {n} bars",
             "add {n} measures", "can you add {n} more bars to it?", "lengthen it by {n} bars"]
B_PART = ["add a B part", "write a second part", "give it a B section", "add a turn", "now the B part",
          "can it have a second strain?", "write a B part for it", "here's an A part. add a B part",
          "I have the first part; write the second", "can you add a B part to this?", "this needs a second strain",
          "write the B music", "give it a contrasting second part", "add a second section", "it needs a B part",
          "compose the second strain", "B part please"]
B_PART_OF = ["add a B part of {n} bars", "write a {n}-bar B part", "give it a second part, {n} bars long",
             "add a {n} bar second strain", "write a B section of {n} bars"]
ENDING = ["make the ending stronger", "give it a stronger ending", "the ending is weak", "write a better ending",
          "the ending feels unfinished", "improve the ending", "fix the ending", "rewrite the ending",
          "end it more strongly", "can the ending be more final?", "the last phrase needs a proper cadence",
          "give it a more conclusive ending", "a firmer ending please", "the ending just stops, fix it",
          "redo the ending"]
REWRITE_BAR = ["make bar {a} different", "rewrite bar {a}", "change bar {a}", "redo bar {a}",
               "write a new bar {a}", "try something else in bar {a}", "bar {a} needs rewriting",
               "give me a different bar {a}", "can you rewrite measure {a}?", "replace bar {a}"]
REWRITE_BARS = ["rewrite bars {a} to {b}", "make bars {a}-{b} different", "change bars {a} to {b}",
                "redo bars {a}-{b}", "write new bars {a} to {b}", "rewrite measures {a}-{b}",
                "try something else in bars {a}-{b}", "bars {a} to {b} need rewriting",
                "give me different bars {a}-{b}", "replace bars {a} to {b}"]
VARIATION = ["give me a variation", "vary it a bit", "make a variation of it", "try a different version",
             "another setting of this tune", "play around with it", "can you do a variant?"]
ANOTHER = ["another one", "another one please", "give me a different one", "try another",
           "something else like that", "one more", "a different tune, same kind", "next!", "not that one"]
UPLOAD_START = ["here's a tune I like.", "I've got this tune.", "take a look at this piece.",
                "this is my tune.", "here is something I wrote.", "I found this one.", "look at this:", ""]

# ----------------------------------------------------------------------- questions
QUESTIONS = {
    "key": ["what key is it in?", "which key is this?", "what's the key?", "key?", "is it major or minor?",
            "what key did you use?", "tell me the key"],
    "meter": ["what's the time signature?", "what meter is it in?", "time signature?", "how many beats in a bar?",
              "what time is it in?"],
    "tempo": ["how fast is it?", "what's the tempo?", "what bpm is this?", "tempo?", "how many beats per minute?"],
    "bars": ["how many bars is it?", "how long is it?", "how many bars?", "how many measures does it have?"],
    "range": ["what's the range?", "how high does it go?", "what are the lowest and highest notes?",
              "is the range OK for a singer?", "range?"],
    "form": ["what's the form?", "how is it structured?", "what form does it have?", "does it repeat?"],
    "instrument": ["what instrument is it for?", "which instruments play?", "what's it played on?",
                   "who plays it?"],
    "title": ["what's it called?", "what's the title?", "does it have a name?"],
}

# --------------------------------------------------------------------- versions
UNDO = ["undo", "undo that", "go back", "undo the last change", "actually, undo that", "revert that",
        "I liked it better before", "take that back", "back to the previous version"]
REDO = ["redo", "redo that", "put it back", "actually redo it", "bring that change back"]
GOTO = ["go back to version {n}", "restore version {n}", "show me version {n} again", "back to version {n}",
        "return to version {n}", "I want version {n}"]

# ------------------------------------------------------------------------ small talk
GREETINGS = ["hi", "hello", "hey there", "good morning", "hello!", "hi tunesmith", "hey", "yo"]
GREETING_REPLIES = ["Hello! Tell me what to write: a jig, a waltz, a song in any key.",
                    "Hi! What shall we compose? Name a style, key, mood or instrument.",
                    "Hello. Ask me for a tune, for example a lively reel in D for fiddle.",
                    "Hi there! I write tunes and change them on request. What would you like?"]
HELP = ["help", "what can you do?", "how does this work?", "what do you do?", "what can I ask for?", "help me"]
HELP_REPLIES = [
    "I compose tunes in ABC notation: jigs, reels, hornpipes, waltzes, marches, airs, songs and chorales, "
    "in any key, meter and tempo, for any instrument. Then I can change them: faster or slower, another key "
    "or mode, chords, a bass line or second part, shorter or longer, a B part, a variation. You can ask "
    "about the key, tempo, bars or range, and undo or go back to any version.",
    "Ask for a tune (say, a sad air in E minor for flute) and then refine it: tempo, key, mode, "
    "instrument, chords, a bass line, a B part. Undo and earlier versions are always there.",
]
THANKS = ["thanks", "thank you!", "great, thanks", "perfect", "lovely", "nice one", "that's great", "cool"]
THANKS_REPLIES = ["You're welcome!", "Glad you like it. Anything else to change?",
                  "My pleasure. Ask for any change you like.", "Happy to help!"]
OUT_OF_SCOPE = ["what's the weather like?", "write me a poem", "tell me a joke", "draw a picture of a cat",
                "sing it for me", "write lyrics for it", "who won the football?", "translate this into French",
                "what is the capital of Peru?", "book me a flight", "write a full symphony for orchestra",
                "record me playing", "what's 17 times 23?", "write some python code"]
REFUSALS = ["Sorry, I can't help with that: I only write and change music. I can compose a tune, or change "
            "this one.", "That's outside what I do: I compose and edit tunes. Would you like a new one?",
            "I can't do that, I'm afraid: my job is writing music in ABC. Ask me for a tune or a change.",
            "Sorry, that's beyond me. I write melodies, harmonies and bass lines; want to try one?"]
NO_PIECE = ["There's no piece yet. Ask me to write one first, for example a jig in D.",
            "We don't have a tune yet: tell me what to compose and I'll start."]
