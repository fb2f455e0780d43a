"""Size and sanity limits, checked before any parser sees user text."""
from __future__ import annotations

MAX_ABC_CHARS = 100_000      # a long tune is a few thousand characters
MAX_XML_BYTES = 5_000_000    # MusicXML of a large score
MAX_BARS = 1_000
MAX_VOICES = 8


class InputError(ValueError):
    """Input refused before parsing: too large, empty or not text."""


def check_text(text: str, limit: int = MAX_ABC_CHARS, what: str = "ABC") -> str:
    if not isinstance(text, str):
        raise InputError(f"{what} must be text")
    if not text.strip():
        raise InputError(f"the {what} is empty")
    if len(text) > limit:
        raise InputError(f"the {what} is {len(text):,} characters; the limit is {limit:,}")
    return text
