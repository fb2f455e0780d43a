"""Voices added to a piece and taken away, each change checked for voices that fit together
(`validate`); and the error every transform raises."""
from __future__ import annotations

from dataclasses import replace

from .limits import MAX_VOICES
from .tune import Tune, Voice
from .validate import validate


class TransformError(ValueError):
    """A transform that cannot be done on this tune, said in words a musician understands."""


def add_voice(tune: Tune, voice: Voice) -> Tune:
    if len(tune.voices) >= MAX_VOICES:
        raise TransformError(f"a piece has at most {MAX_VOICES} voices")
    voice = replace(voice, id=str(len(tune.voices) + 1))
    return check_aligned(tune.with_voices(list(tune.voices) + [voice]))


def remove_voice(tune: Tune, index: int) -> Tune:
    if len(tune.voices) == 1:
        raise TransformError("the piece has only one voice")
    if not 0 <= index < len(tune.voices):
        raise TransformError(f"there is no voice {index + 1}")
    voices = [v for i, v in enumerate(tune.voices) if i != index]
    return tune.with_voices(replace(v, id=str(i + 1)) for i, v in enumerate(voices))


def check_aligned(tune: Tune) -> Tune:
    report = validate(tune)
    if not report.ok:
        raise TransformError(f"the voices do not fit together: {report.problems[0]}")
    return tune
