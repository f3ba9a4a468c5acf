# One entry point for every job. `make help` lists the targets.
PYTHON ?= .venv/bin/python
# Default: the `default` of openapi/versions.toml (one place says which version generated/ is).
CORE_VERSION ?= $(shell sed -n 's/^default *= *"\(.*\)"/\1/p' openapi/versions.toml)
# Folder holding the pinned spec files (offline mirror; sha256 still verified); empty = pull
# from upstream. Defaults to the shared folder's openapi/ where it exists (machines with no
# internet); SHARED_DIR names the shared folder where it is not ../shared.
SHARED_DIR ?= ../shared
SPEC_MIRROR ?= $(wildcard $(SHARED_DIR)/openapi)
PYTEST_ARGS ?=
# Where `make record` writes fresh recordings; the replay tests read ./fixtures when it exists.
RECORD_DIR ?= fixtures
RECORD_VERSIONS ?= vod v16.16.0 v16.10.0 cluster

.PHONY: help quickstart setup spec openapi generate check-generated check-versions test lint typecheck check bench spec-diff record coverage-real docs

# Where `make spec` takes the spec from: a running Core (CORE_URL), a mirror folder, or upstream.
CORE_URL ?=
SPEC_SOURCE = $(if $(CORE_URL),--core-url $(CORE_URL),$(if $(SPEC_MIRROR),--mirror $(SPEC_MIRROR)))

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: ## create .venv and install the package, dev tools and node tools
	python3 -m venv .venv
	.venv/bin/pip install -q --upgrade pip
	.venv/bin/pip install -q -e '.[dev]'
	npm ci --no-audit --no-fund

test: ## run the test suite
	$(PYTHON) -m pytest $(PYTEST_ARGS)

coverage-real: ## the whole suite; fails unless every operation of every version was called on a real Core
	CORE_REQUIRE_REAL=1 CORE_COVERAGE_REAL=strict $(PYTHON) -m pytest -q $(PYTEST_ARGS); status=$$?; \
	cat build/real-coverage.md; exit $$status

lint: ## ruff lint + format check
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

typecheck: ## mypy --strict over the hand-written code
	$(PYTHON) -m mypy

check: lint typecheck check-generated check-versions test ## everything CI checks

spec: ## pull Core's spec of CORE_VERSION into .spec/ and verify its sha256 (SPEC_MIRROR, CORE_URL)
	$(PYTHON) -m scripts.spec --version $(CORE_VERSION) $(SPEC_SOURCE)

generate: spec ## spec -> OpenAPI 3 -> overlay -> generated/ + methods, built aside, swapped in only if all passed
	$(PYTHON) -m scripts.regenerate --version $(CORE_VERSION)

openapi: spec ## only the patched OpenAPI 3 spec: .spec/$(CORE_VERSION)/openapi.json (e.g. for Prism)
	$(PYTHON) -m scripts.generate --version $(CORE_VERSION) --spec-only

check-generated: spec ## fail with a diff if generated/ drifted from a fresh generation
	$(PYTHON) -m scripts.check_generated --version $(CORE_VERSION)
	$(PYTHON) -m scripts.generate_methods --version $(CORE_VERSION) --check

check-versions: ## generate every pinned Core version into temp folders, warnings = errors
	$(PYTHON) -m scripts.check_versions $(if $(SPEC_MIRROR),--mirror $(SPEC_MIRROR))

spec-diff: ## Markdown diff of operations and schemas between two versions: FROM=v16.16.0 TO=vod
	$(PYTHON) -m scripts.spec_diff --from $(FROM) --to $(TO) $(if $(SPEC_MIRROR),--mirror $(SPEC_MIRROR))

docs: spec ## the API reference site into site/: method pages from the spec, then mkdocs (warnings fail)
	$(PYTHON) -m scripts.generate_docs --version $(CORE_VERSION)
	NO_MKDOCS_2_WARNING=1 $(PYTHON) -m mkdocs build --strict --quiet

quickstart: ## the quick start against your Core: CORE_URL, CORE_USERNAME, CORE_PASSWORD
	$(PYTHON) examples/quickstart.py

bench: ## run every benchmark script (ratios against a baseline of the same run; real-Core ones start vod from ../shared/core or skip)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(PYTHON) $$script || exit 1; done

record: ## re-record the replayed fixtures from real servers of ../shared/core into RECORD_DIR
	$(PYTHON) -m scripts.record --out $(RECORD_DIR) --versions $(RECORD_VERSIONS)
