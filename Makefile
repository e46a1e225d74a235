# Two commands do everything on a fresh machine: `make serve` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install install-test browser-deps db-deps serve index test clean

install: $(VENV)/.installed  ## create .venv and install the product (no torch)

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e .
	touch $@

install-test: $(VENV)/.installed-test  ## the product plus the sentence-transformers extra and test tools

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q --disable-pip-version-check -e '.[st,test]'
	touch $@

browser-deps:  ## Debian's Chromium and CJK fonts for the browser tests (skipped loudly by the tests if this fails)
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	  || echo "WARNING: could not install chromium/fonts-noto-cjk; browser tests will be skipped"; fi

db-deps:  ## Debian's PostgreSQL for the replica tests (a throwaway cluster per test run; skipped loudly if missing)
	@if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
	  || echo "WARNING: could not install postgresql; replica tests will be skipped"; fi

index: install  ## build the index of the bundled corpus if it is missing
	$(BIN)/qa index --if-missing

serve: index  ## install, build what is missing, serve the API, widget and demo page
	$(BIN)/qa serve

test: install-test browser-deps db-deps index  ## install everything, run the whole test suite, then the evaluation gates on the test halves
	$(BIN)/python -m pytest -q -rs
	$(BIN)/qa eval --gold eval/gold/most-110.jsonl --split test --out .qa/eval-gate --gate
	$(BIN)/qa eval --gold eval/behaviour/most-110.jsonl --split test --out .qa/eval-behaviour --gate \
	  --thresholds eval/behaviour/thresholds.toml
	$(BIN)/qa eval --gold eval/traps/most-110.jsonl --split test --out .qa/eval-traps --gate \
	  --thresholds eval/traps/thresholds.toml
	$(BIN)/qa eval --dialogues eval/dialogues/most-110.jsonl --split test --out .qa/eval-dialogues --gate \
	  --thresholds eval/dialogues/thresholds.toml

clean:
	rm -rf .qa $(VENV)
