# The two commands: `make run` and `make test`. `make bench` (and `make bench-huge`, at 50,000
# applications) measures the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_HOME ?= $(CURDIR)/.demo
DEMO_DB := sqlite:///$(DEMO_HOME)/demo.db
PORT ?= 8765

.PHONY: run test bench bench-huge bench-centre install system-deps lint clean demo

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

bench: install system-deps
	@scripts/run-bench

# Issue 16's targets at 5,000 and 50,000 applications in one run (the 50,000 demos take a
# while to build the first time, and each engine's runs a few minutes): docs/performance.md.
bench-huge: install system-deps
	@BENCH_HUGE=1 scripts/run-bench

# A career centre's server under load (long: the data is made once and kept in .bench-cache/).
bench-centre: install system-deps
	@$(BIN)/python bench/centre_load.py

clean:
	rm -rf $(VENV) .demo .bench-cache test-artifacts .pytest_cache .mypy_cache .ruff_cache
