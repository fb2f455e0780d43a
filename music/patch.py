"""Patches: a revision written as only what changes in a piece.

    Q:1/4=150                  header fields to replace (T: and Q: only)
    V:2 nm="Bass" clef=bass    a voice to add (numbered next) or to replace, whole ...
    %%MIDI program 32
    z2|G,,4 D,4|...
    V:1                        ... or, with no music, just its name, clef and program
    %%MIDI program 73

A patch never starts with X:, which is how it is told apart from a whole piece. Every voice
it writes has as many bars as the piece's first voice; a change to the key, the meter or the
length is written as a whole piece instead. Patches are merged as canonical text, so the
merged piece is read and checked like any other.
"""
from __future__ import annotations

from .abc import PATCH_FIELDS as FIELDS  # header fields a patch may replace: the music reads the same under any value
from .abc import Scanner


def is_patch(abc: str) -> bool:
    return not abc.lstrip().startswith("X:")


def split(abc: str) -> tuple[dict[str, str], dict[int, list[str]]]:
    """Header lines by letter, and each voice's lines (its V: line first) by number."""
    header, voices, current = {}, {}, None
    for line in abc.strip("\n").split("\n"):
        if line.startswith("V:"):
            current = voices.setdefault(int(line[2:].split()[0]), [])
        if current is not None:
            current.append(line)
        elif line:
            header[line[0]] = line
    return header, voices


def properties(lines: list[str]) -> list[str]:
    """A voice's V: line and %%MIDI line, without its music."""
    return [line for line in lines if line.startswith(("V:", "%%"))]


def music(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith(("V:", "%%"))]


def merge(piece: str, patch: str) -> str:
    """The canonical ABC of `piece` with `patch` applied. Raises ValueError for a patch that
    replaces a field it may not, or skips a voice number."""
    header, voices = split(piece)
    fields, changes = split(patch)
    if set(fields) - set(FIELDS):
        raise ValueError(f"a patch replaces only {' and '.join(f + ':' for f in FIELDS)}")
    for letter, line in fields.items():
        if letter not in header:  # Q: is optional; it goes right before K:
            header = {**{k: v for k, v in header.items() if k != "K"}, letter: line, "K": header["K"]}
        header[letter] = line
    for number, lines in sorted(changes.items()):
        if number > len(voices) + 1:
            raise ValueError(f"voice {number} follows voice {len(voices)}: voices are numbered in turn")
        voices[number] = lines if music(lines) or number not in voices else lines + music(voices[number])
    return "\n".join([*header.values(), *(line for n in sorted(voices) for line in voices[n])]) + "\n"


def patch_of(old: str, new: str) -> str | None:
    """The patch that turns the canonical ABC `old` into `new`, or None when a whole piece
    must be written: the key, meter or length changed, a voice was taken away, or nothing
    changed. Texts, not Tunes: the training data holds canonical ABC, and this runs on every
    edit in it."""
    (old_header, old_voices), (new_header, new_voices) = split(old), split(new)
    changed = {k for k in old_header.keys() | new_header.keys() if old_header.get(k) != new_header.get(k)}
    if not changed <= set(new_header) & set(FIELDS) or len(new_voices) < len(old_voices) or old == new:
        return None
    lines = [new_header[k] for k in FIELDS if k in changed]
    for number, voice in sorted(new_voices.items()):
        if voice == old_voices.get(number):
            continue
        same_music = number in old_voices and music(voice) == music(old_voices[number])
        lines += properties(voice) if same_music else voice
    patch = "\n".join(lines) + "\n"
    if merge(old, patch) != new:
        return None
    counts = {len(v.lengths) for v in Scanner(build=False).feed(new).voices}
    return patch if len(counts) == 1 and counts == {len(Scanner(build=False).feed(old).voices[0].lengths)} else None
