"""General MIDI instruments: names people use, programs abc2midi and abc2xml understand."""
from __future__ import annotations

GM_NAMES = [
    "Acoustic Grand Piano", "Bright Piano", "Electric Grand Piano", "Honky-tonk Piano",
    "Electric Piano", "Electric Piano 2", "Harpsichord", "Clavinet", "Celesta", "Glockenspiel",
    "Music Box", "Vibraphone", "Marimba", "Xylophone", "Tubular Bells", "Dulcimer",
    "Drawbar Organ", "Percussive Organ", "Rock Organ", "Church Organ", "Reed Organ", "Accordion",
    "Harmonica", "Tango Accordion", "Nylon Guitar", "Steel Guitar", "Jazz Guitar", "Clean Guitar",
    "Muted Guitar", "Overdriven Guitar", "Distortion Guitar", "Guitar Harmonics", "Acoustic Bass",
    "Fingered Bass", "Picked Bass", "Fretless Bass", "Slap Bass", "Slap Bass 2", "Synth Bass",
    "Synth Bass 2", "Violin", "Viola", "Cello", "Contrabass", "Tremolo Strings",
    "Pizzicato Strings", "Harp", "Timpani", "String Ensemble", "String Ensemble 2",
    "Synth Strings", "Synth Strings 2", "Choir Aahs", "Voice Oohs", "Synth Voice",
    "Orchestra Hit", "Trumpet", "Trombone", "Tuba", "Muted Trumpet", "French Horn", "Brass Section",
    "Synth Brass", "Synth Brass 2", "Soprano Sax", "Alto Sax", "Tenor Sax", "Baritone Sax", "Oboe",
    "English Horn", "Bassoon", "Clarinet", "Piccolo", "Flute", "Recorder", "Pan Flute",
    "Blown Bottle", "Shakuhachi", "Whistle", "Ocarina",
] + [f"Synth {i}" for i in range(80, 104)] + [
    "Sitar", "Banjo", "Shamisen", "Koto", "Kalimba", "Bagpipe", "Fiddle", "Shanai", "Tinkle Bell",
    "Agogo", "Steel Drums", "Woodblock", "Taiko Drum", "Melodic Tom", "Synth Drum",
    "Reverse Cymbal", "Guitar Fret Noise", "Breath Noise", "Seashore", "Bird Tweet",
    "Telephone Ring", "Helicopter", "Applause", "Gunshot",
]
assert len(GM_NAMES) == 128

# The words musicians use, mapped to a program and the name shown on the score.
ALIASES = {
    "piano": (0, "Piano"), "grand piano": (0, "Piano"), "upright piano": (0, "Piano"), "pianoforte": (0, "Piano"), "harpsichord": (6, "Harpsichord"),
    "celesta": (8, "Celesta"), "glockenspiel": (9, "Glockenspiel"), "music box": (10, "Music Box"),
    "vibraphone": (11, "Vibraphone"), "marimba": (12, "Marimba"), "xylophone": (13, "Xylophone"),
    "bells": (14, "Bells"), "dulcimer": (15, "Dulcimer"), "hammered dulcimer": (15, "Dulcimer"),
    "organ": (19, "Organ"), "church organ": (19, "Organ"), "pipe organ": (19, "Organ"), "accordion": (21, "Accordion"),
    "concertina": (21, "Concertina"), "melodeon": (21, "Melodeon"),
    "button accordion": (21, "Accordion"), "piano accordion": (21, "Accordion"), "squeezebox": (21, "Accordion"), "fisarmonica": (21, "Fisarmonica"), "organetto": (21, "Organetto"), "harmonica": (22, "Harmonica"),
    "guitar": (24, "Guitar"), "acoustic guitar": (25, "Guitar"), "nylon guitar": (24, "Guitar"),
    "electric guitar": (27, "Electric Guitar"), "bass": (32, "Bass"), "bass guitar": (33, "Bass"),
    "double bass": (43, "Double Bass"), "contrabass": (43, "Double Bass"), "upright bass": (43, "Double Bass"), "upright": (43, "Double Bass"),
    "violin": (40, "Violin"), "fiddle": (40, "Fiddle"), "violon": (40, "Violin"), "viola": (41, "Viola"), "cello": (42, "Cello"), "violoncello": (42, "Cello"),
    "strings": (48, "Strings"), "pizzicato": (45, "Pizzicato Strings"), "harp": (46, "Harp"), "lever harp": (46, "Harp"), "celtic harp": (46, "Harp"),
    "timpani": (47, "Timpani"), "choir": (52, "Choir"), "voice": (53, "Voice"), "trumpet": (56, "Trumpet"),
    "trombone": (57, "Trombone"), "tuba": (58, "Tuba"), "horn": (60, "Horn"), "french horn": (60, "Horn"),
    "brass": (61, "Brass"), "soprano sax": (64, "Soprano Sax"), "saxophone": (65, "Saxophone"),
    "sax": (65, "Saxophone"), "alto sax": (65, "Alto Sax"), "tenor sax": (66, "Tenor Sax"),
    "soprano saxophone": (64, "Soprano Sax"), "alto saxophone": (65, "Alto Sax"), "tenor saxophone": (66, "Tenor Sax"),
    "baritone sax": (67, "Baritone Sax"), "baritone saxophone": (67, "Baritone Sax"), "bari sax": (67, "Baritone Sax"),
    "oboe": (68, "Oboe"), "english horn": (69, "English Horn"), "bassoon": (70, "Bassoon"),
    "clarinet": (71, "Clarinet"), "piccolo": (72, "Piccolo"), "flute": (73, "Flute"),
    "recorder": (74, "Recorder"), "descant recorder": (74, "Recorder"), "treble recorder": (74, "Recorder"), "transverse flute": (73, "Flute"), "soprano recorder": (74, "Recorder"), "alto recorder": (74, "Recorder"), "tenor recorder": (74, "Recorder"), "pan flute": (75, "Pan Flute"), "panpipes": (75, "Pan Flute"),
    "shakuhachi": (77, "Shakuhachi"), "whistle": (78, "Whistle"), "tin whistle": (78, "Tin Whistle"),
    "penny whistle": (78, "Tin Whistle"), "pennywhistle": (78, "Tin Whistle"), "bass fiddle": (43, "Double Bass"), "ocarina": (79, "Ocarina"), "sitar": (104, "Sitar"),
    "banjo": (105, "Banjo"), "shamisen": (106, "Shamisen"), "koto": (107, "Koto"),
    "kalimba": (108, "Kalimba"), "bagpipes": (109, "Bagpipes"), "bagpipe": (109, "Bagpipes"),
    "pipes": (109, "Pipes"), "smallpipes": (109, "Smallpipes"), "gaita": (109, "Gaita"), "tulum": (109, "Tulum"), "boha": (109, "Boha"), "zampogna": (109, "Zampogna"), "small pipes": (109, "Smallpipes"), "uilleann pipes": (109, "Uilleann Pipes"), "mandolin": (25, "Mandolin"),
    "steel drums": (114, "Steel Drums"), "erhu": (110, "Erhu"),
}

# Comfortable written range (MIDI low, high) by program family; used to keep transpositions playable.
RANGES = {
    range(0, 8): (36, 96), range(8, 16): (60, 96), range(16, 24): (36, 96), range(24, 32): (40, 84),
    range(32, 40): (28, 55), range(40, 41): (55, 96), range(41, 42): (48, 84), range(42, 43): (36, 72),
    range(43, 44): (28, 55), range(44, 56): (36, 96), range(56, 57): (54, 82), range(57, 58): (40, 72),
    range(58, 59): (28, 58), range(60, 61): (41, 77), range(64, 68): (44, 81), range(68, 70): (58, 91),
    range(70, 71): (34, 72), range(71, 72): (50, 91), range(72, 73): (74, 108), range(73, 80): (60, 96),
    range(104, 112): (48, 88),
}
MELODY_RANGE = (55, 93)
BASS_RANGE = (28, 64)


class UnknownInstrument(ValueError):
    pass


def find_instrument(spec: str | int) -> tuple[int, str]:
    """(program, display name) for a name ("fiddle", "Alto Sax") or a program number 0-127."""
    if isinstance(spec, int) or str(spec).strip().isdigit():
        program = int(spec)
        if not 0 <= program <= 127:
            raise UnknownInstrument(f"General MIDI programs are 0-127, not {program}")
        return program, GM_NAMES[program]
    word = " ".join(str(spec).lower().replace("-", " ").split())
    if word in ALIASES:
        return ALIASES[word]
    if word.endswith("s") and word[:-1] in ALIASES:
        return ALIASES[word[:-1]]
    for index, name in enumerate(GM_NAMES):
        if name.lower() == word:
            return index, name
    raise UnknownInstrument(f"unknown instrument {spec!r}; try a name such as flute, fiddle, "
                            "piano, cello or a General MIDI program number")


def display_name(program: int) -> str:
    """The short name a score gives `program`: the first of the words musicians use for it
    ("Piano", not "Acoustic Grand Piano"), else its General MIDI name."""
    return next((name for number, name in ALIASES.values() if number == program), GM_NAMES[program])


def playable_range(program: int | None, bass: bool = False) -> tuple[int, int]:
    if program is not None:
        for span, limits in RANGES.items():
            if program in span:
                return limits
    return BASS_RANGE if bass else MELODY_RANGE


VIOLA = 41
MIDDLE_C = 60


def clef_for(program: int | None, pitches: list[int]) -> str:
    """The clef a player of `program` reads these sounding pitches (MIDI numbers) in: the viola
    the alto clef; an instrument whose range lies low (a cello, a bassoon, a trombone) the bass
    clef, or the tenor clef for a part that stays high in it; any other voice the bass clef
    when it sits below middle C on average, else the treble clef."""
    if program == VIOLA:
        return "alto"
    mean = sum(pitches) / len(pitches) if pitches else MIDDLE_C
    low, high = playable_range(program) if program is not None else (0, 127)
    if low <= 40 and high <= 77:  # reads the bass clef
        return "tenor" if pitches and min(pitches) >= 55 and mean >= 62 else "bass"
    return "bass" if mean < MIDDLE_C else "treble"
