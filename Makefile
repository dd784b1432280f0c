# The project's two everyday commands: `make site` and `make test`. See README.md.
# The venv's interpreter: the newest Python 3.13 or 3.12 found, else python3 (tools/venv-python.sh
# says why: the language model's CPU). `make ... PYTHON=python3` makes the venv with python3. An
# existing .venv keeps its Python: delete it to change.
PYTHON ?= $(shell sh tools/venv-python.sh)
VENV   := .venv
BIN    := $(VENV)/bin
# Stamp file: (re)install when the package's dependencies or their pins change.
STAMP  := $(VENV)/.installed-stamp

.PHONY: site test serve check bench bench-scale model lemmas happenings names worth clean help

help:
	@echo "make site   build the timeline website from seeds/ into site/"
	@echo "make test   run the test suite"
	@echo "make serve  live preview on http://127.0.0.1:8000"
	@echo "make check  validate the YAML in data/"
	@echo "make bench  print speed and accuracy figures (bench/)"
	@echo "make bench-scale  extraction and build from 1,000 to 10,000 articles"
	@echo "make model  retrain the language model from the treebanks in ../shared (SHARED=folder)"

PIP_INSTALL := -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'

# On 3.12 or newer every pinned dependency must come as a wheel (nothing compiled on the spot);
# where one does not, the venv is made again with python3.
$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || { python=$(PYTHON); echo "make: making $(VENV) with $$python"; $$python -m venv $(VENV); }
	@if $(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] < (3, 12))'; then \
	  $(BIN)/python $(PIP_INSTALL) --only-binary :all: || { \
	    echo "make: could not install every pinned dependency as a wheel for $$($(BIN)/python -V); making $(VENV) with python3 instead"; \
	    rm -rf $(VENV) && python3 -m venv $(VENV) && $(BIN)/python $(PIP_INSTALL); }; \
	else $(BIN)/python $(PIP_INSTALL); fi
	@$(BIN)/python -m compileall -q timeline >/dev/null
	@touch $(STAMP)

# The package's bytecode is compiled (again where a module changed: 0.08 s when none did) before a
# build: where PYTHONDONTWRITEBYTECODE is set, as on this project's machines, Python never writes
# it, and every `timeline` command compiled the modules it imports from source again (about a
# third of a CPU second of each build; 0.15 to 0.3 s of an added article's wall time).
site: $(STAMP)
	@$(BIN)/python -m compileall -q timeline >/dev/null
	$(BIN)/timeline build

test: $(STAMP)
	$(BIN)/python -m pytest

# A live preview that follows edits to data/ and seeds/ as well as docs/: before each build, the
# hook (timeline/site/mkdocs_hooks.py) runs the timeline build when TIMELINE_SERVE_BUILD is set.
# Material's end-of-life notice (May 2027) is in the README's notes, not in every preview.
serve: site
	TIMELINE_SERVE_BUILD=1 NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --watch data --watch seeds

check: $(STAMP)
	$(BIN)/timeline check

bench: $(STAMP)
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/site.py

# Thousands of articles from ../shared/eval/te3-silver (or CORPUS=folder of TimeML files); minutes.
bench-scale: $(STAMP)
	$(BIN)/python bench/scale.py $(CORPUS)

# The language model (timeline/data/model/): trained from UD English EWT and GUM in $(SHARED) on one
# thread, time-boxed: MODEL_MINUTES from scratch; the best checkpoint on dev is installed. Then the
# event classifiers. The result is committed, so a fresh clone never needs this. The shipped model
# is this 40-minute run: ANNEAL_MINUTES=15 adds a second phase from its best checkpoint with a
# decaying learning rate (+1 UAS on the treebanks, but it parsed the seeds' leads worse; README).
SHARED ?= ../shared
MODEL_MINUTES ?= 40
ANNEAL_MINUTES ?= 0
ANNEAL_STEPS ?= 1200
MODEL_STEPS ?=
model: $(STAMP)
ifeq ($(ANNEAL_MINUTES),0)
	$(BIN)/python training/train.py --shared $(SHARED) --minutes $(MODEL_MINUTES) $(if $(MODEL_STEPS),--max-steps $(MODEL_STEPS))
else
	$(BIN)/python training/train.py --shared $(SHARED) --minutes $(MODEL_MINUTES) --no-install $(if $(MODEL_STEPS),--max-steps $(MODEL_STEPS))
	$(BIN)/python training/train.py --shared $(SHARED) --resume build/model/output/model-best --output annealed \
		--minutes $(ANNEAL_MINUTES) --max-steps $(ANNEAL_STEPS) --eval-frequency 200
endif
	$(MAKE) lemmas happenings names worth

# Only the lemma tables (irregular past forms, known verb lemmas, intransitive verbs, past tenses,
# infinitive-complement verbs, nouns in -ing, nouns never verbs) from the treebanks; seconds.
lemmas: $(STAMP)
	$(BIN)/python training/irregular_verbs.py --shared $(SHARED)

# Only the event classifiers (timeline/data/model/happenings.json), over the packaged model; minutes.
happenings: $(STAMP)
	$(BIN)/python training/happenings.py --shared $(SHARED)

# Only the name, agent-noun, occasion-noun and person-noun classifiers (timeline/data/model/names.json,
# agents.json, occasions.json, people.json), from GUM's entity layer; seconds.
names: $(STAMP)
	$(BIN)/python training/names.py --shared $(SHARED)
	$(BIN)/python training/agents.py --shared $(SHARED)
	$(BIN)/python training/occasions.py --shared $(SHARED)
	$(BIN)/python training/people.py --shared $(SHARED)

# Only the timeline-worth classifier (timeline/data/model/worth.json), from the hand judgments in
# bench/judged/ and the TempEval-3 silver articles they judged, over the packaged model; a minute.
worth: $(STAMP)
	$(BIN)/python training/worth.py --shared $(SHARED)

# Removes what is generated; never data/ (your edits) nor docs/guide/ (written by people).
clean:
	rm -rf site .timeline-cache
	@test ! -f docs/.generated || (cd docs && grep -v '^#' .generated | tr '\n' '\0' | xargs -0 rm -f && rm -f .generated)
