"""What a musician would say of a tune: rhythm type, origin, tempo, mood, key, range."""
from __future__ import annotations

import re

from music.analysis import TYPICAL_TEMPO, analyse
from music.tune import Tune

# The rhythm words of the fiddle books' R: fields, and of titles, in one vocabulary.
RHYTHM_WORDS = [
    ("slip jig", "slip jig"), ("slipjig", "slip jig"), ("double jig", "jig"), ("single jig", "jig"),
    ("jig", "jig"), ("reel", "reel"), ("hornpipe", "hornpipe"), ("clog", "hornpipe"),
    ("strathspey", "strathspey"), ("polka", "polka"), ("waltz", "waltz"), ("march", "march"),
    ("set dance", "set dance"), ("slide", "slide"), ("mazurka", "mazurka"), ("schottische", "schottische"),
    ("quickstep", "march"), ("air", "air"), ("lament", "air"), ("song", "song"),
]
BOOKS = {"oneills1850": ("O'Neill's Music of Ireland", "Irish"), "airdsAirs": ("Aird's Airs", "Scottish"),
         "ryansMammoth": ("Ryan's Mammoth Collection", None), "miscFolk": ("a folk tune collection", None),
         "essenFolksong": ("the Essen folk song collection", None), "bach": ("Bach's chorales", "German"),
         "nottingham-dataset": ("the Nottingham collection", None), "josquin": ("Josquin", None)}
# Essen's O: field is a region hierarchy in German; the first match names the origin.
ESSEN_ORIGINS = [("China", "Chinese"), ("Lothringen", "Lorraine"), ("Luxemburg", "Luxembourgish"),
                 ("Irland", "Irish"), ("Oesterreich", "Austrian"), ("Tirol", "Austrian"),
                 ("Schweiz", "Swiss"), ("Niederlande", "Dutch"), ("Deutschland", "German")]
TYPICAL_TEMPO_MORE = {"chorale": 76, "set dance": 130, "slide": 180, "mazurka": 140, "schottische": 130}


def rhythm_word(text: str) -> str | None:
    text = text.lower()
    for word, rhythm in RHYTHM_WORDS:
        if re.search(rf"\b{word}s?\b", text):
            return rhythm
    return None


def rhythm_of(collection: str, fields: dict, tune: Tune) -> str:
    if collection == "bach":
        return "chorale"
    if collection == "essenFolksong":
        return "song"
    named = rhythm_word(fields.get("R", "")) or rhythm_word(tune.title)
    return named or analyse(tune).rhythm


def origin_of(collection: str, file: str, fields: dict) -> str | None:
    if collection == "essenFolksong":
        if file.startswith("han"):
            return "Chinese"
        where = fields.get("O", "")
        found = next((name for word, name in ESSEN_ORIGINS if word in where), None)
        return found or ("German" if file.startswith(("zuccal", "erk", "boehme", "altdeu", "kinder")) else None)
    return BOOKS.get(collection, (None, None))[1]


def typical_tempo(rhythm: str) -> int:
    return TYPICAL_TEMPO.get(rhythm) or TYPICAL_TEMPO_MORE.get(rhythm, 100)


def tempo_word(tempo: int) -> str:
    return "fast" if tempo >= 160 else "slow" if tempo <= 90 else "moderate"


def moods(mode: str, tempo: int) -> list[str]:
    """Mood words that mode and tempo make true enough to be asked for."""
    speed = tempo_word(tempo)
    bright = mode in ("major", "mixolydian", "lydian")
    table = {(True, "fast"): ["lively", "cheerful", "happy", "upbeat"],
             (True, "moderate"): ["cheerful", "bright", "pleasant"],
             (True, "slow"): ["calm", "gentle", "peaceful"],
             (False, "fast"): ["driving", "dark", "energetic"],
             (False, "moderate"): ["wistful", "dark", "moody"],
             (False, "slow"): ["sad", "melancholy", "mournful"]}
    return table[(bright, speed)]


def header_fields(text: str) -> dict[str, str]:
    fields = {}
    for line in text.split("\n"):
        m = re.match(r"([A-Za-z]):(.*)", line.strip())
        if m and m.group(1) not in fields:
            fields[m.group(1)] = m.group(2).strip()
        if m and m.group(1) == "K":
            break
    return fields
