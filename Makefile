# The two commands: `make run` and `make test`. `make bench` measures the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_HOME ?= $(CURDIR)/.demo
DEMO_DB := sqlite:///$(DEMO_HOME)/demo.db
PORT ?= 8765

.PHONY: run test bench install system-deps lint clean demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	@if [ ! -f "$(DEMO_HOME)/demo.db" ]; then \
	  BOUNCEBACK_HOME=$(DEMO_HOME) $(BIN)/bounceback demo --db $(DEMO_DB); fi

run: demo
	@BOUNCEBACK_HOME=$(DEMO_HOME) scripts/run-demo $(BIN)/bounceback "$(DEMO_DB)" $(PORT)

system-deps:
	@scripts/system-deps

test: install system-deps
	@scripts/run-tests

lint: install
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/mypy

bench: install
	@scripts/run-bench

clean:
	rm -rf $(VENV) .demo .bench-cache test-artifacts .pytest_cache .mypy_cache .ruff_cache
