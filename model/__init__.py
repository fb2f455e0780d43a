"""The Transformer, its training, and generation."""
