PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps 'tinysoundfont>=0.3'

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m bench.render

clean:
	rm -rf $(VENV) build *.egg-info
