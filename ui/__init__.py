"""The Gradio app (`ui.app`) and `tunesmith serve` (`ui.cli`)."""
