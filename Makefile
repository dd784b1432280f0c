# The project's two everyday commands: `make site` and `make test`. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Stamp file: (re)install when the package's dependencies or their pins change.
STAMP  := $(VENV)/.installed-stamp

.PHONY: site test serve check bench clean help

help:
	@echo "make site   build the timeline website from seeds/ into site/"
	@echo "make test   run the test suite"
	@echo "make serve  live preview on http://127.0.0.1:8000"
	@echo "make check  validate the YAML in data/"
	@echo "make bench  print speed and accuracy figures (bench/)"

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

site: $(STAMP)
	$(BIN)/timeline build

test: $(STAMP)
	$(BIN)/python -m pytest

serve: site
	$(BIN)/mkdocs serve

check: $(STAMP)
	$(BIN)/timeline check

bench: $(STAMP)
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/events.py

clean:
	rm -rf site .timeline-cache
