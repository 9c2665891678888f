# Two commands on a fresh machine (Python 3.11+ and make): `make run`, `make test`.
# Both bootstrap .venv from the committed, hashed lock first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-heavy lint eval bench lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	# the project itself, editable, with no network: its build backend is in the lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/un-statements run

test: $(STAMP)
	$(BIN)/python -m pytest

# the three longest end-to-end tests, left out of `make test` to keep it under 5 minutes
test-heavy: $(STAMP)
	$(BIN)/python -m pytest -m heavy

lint: $(STAMP)
	$(BIN)/ruff check src flows tests
	$(BIN)/mypy

# extraction quality against the project's gold and the shared sample gold (when present)
eval: $(STAMP)
	$(BIN)/python -m un_statements_etl.extract.entities.evaluate
	$(BIN)/python -m un_statements_etl.extract.claims.evaluate
	$(BIN)/python -m un_statements_etl.extract.dates.evaluate
	# real statements (header fields; entities, dates, claims), when their texts were gathered (devsets/gather.py)
	if [ -d devsets/headers/texts ]; then for split in dev heldout; do \
		$(BIN)/python -m un_statements_etl.clean.evaluate --split $$split; \
		$(BIN)/python -m un_statements_etl.extract.evaluate --split $$split; done; fi

# Re-resolve requirements.in into requirements.lock (needs the package index).
lock:
	$(PYTHON) -m venv .tools && .tools/bin/pip install --quiet uv
	.tools/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) .tools data .pytest_cache

bench: $(STAMP)
	$(BIN)/python -m un_statements_etl.bench --n $(or $(N),1000)
