"""Training data from the music21 corpus: tunes, attributes, dialogues, token shards."""
