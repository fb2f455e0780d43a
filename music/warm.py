"""Imported once by the export server (see `safe`): the engraver's fonts and the SoundFont
loaded before any child forks, so each export starts with them in memory, not from disk."""
from .export import toolkit
from .audio import find_soundfont, soundfont_synth

toolkit()
if find_soundfont():
    soundfont_synth(find_soundfont())
