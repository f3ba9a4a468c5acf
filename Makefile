# One entry point for every job. `make help` lists the targets.
PYTHON ?= .venv/bin/python
CORE_VERSION ?= vod
# Folder holding the pinned spec files (offline mirror); empty = pull from upstream.
SPEC_MIRROR ?=
PYTEST_ARGS ?=

.PHONY: help setup spec generate check-generated test lint typecheck check bench spec-diff

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: ## create .venv and install the package, dev tools and node tools
	python3 -m venv .venv
	.venv/bin/pip install -q --upgrade pip
	.venv/bin/pip install -q -e '.[dev]'
	npm ci --no-audit --no-fund

test: ## run the test suite
	$(PYTHON) -m pytest $(PYTEST_ARGS)

lint: ## ruff lint + format check
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

typecheck: ## mypy --strict over the hand-written code
	$(PYTHON) -m mypy

check: lint typecheck check-generated test ## everything CI checks
