# cassation-kb — every target starts from a bare machine and is idempotent.
#   make demo   install what is missing, then answer a worked example with its proof
#   make test       install what is missing, then run the tests for daily work (pytest + plunit, about
#                   2 minutes on 2 cores): every test not marked slow (pytest -m "not slow"), spread
#                   over the cores by pytest-xdist (-n auto)
#   make test-all   install what is missing, then run EVERY test, the slow ones too (kill-and-resume
#                   runs, the 2,500-case batch, the CLI on every hostile file, long terminal sessions)
#   make test-slow  only the tests marked slow (.ci/run: make test, then this, so nothing runs twice)
# A test is slow by @pytest.mark.slow (the marker is registered in tests/conftest.py).
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
QLF_STAMP := kb/.qlf-built

.PHONY: demo test test-all test-slow setup swipl chromium prolog-test clean qlf

demo: setup
	@$(VENV)/bin/cassation ask "may_review(v1, 'Қайрат')" --case queries/p1_counsel_appeal.yaml

test: setup chromium
	$(PY) -m pytest -q -m "not slow" -n auto

test-all: setup chromium
	$(PY) -m pytest -q

test-slow: setup chromium
	$(PY) -m pytest -q -m slow

# Debian's chromium for the browser tests (tests/test_browser_answer.py: what a reader sees of an HTML
# answer; tests/test_serve_browser.py: cassation serve used in a browser), when none is installed;
# Playwright (the test extra) drives it and downloads no browser.
chromium:
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "$$CASSATION_CHROMIUM" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	  elif [ "$$CASSATION_BROWSER_OPTIONAL" = 1 ]; then echo "warning: no chromium; the browser tests will be skipped" >&2; exit 0; \
	  else echo "error: chromium is missing and cannot be installed here; install it (Debian/Ubuntu: apt-get install chromium) or set CASSATION_BROWSER_OPTIONAL=1 to skip the browser tests" >&2; exit 1; fi; \
	  echo "Installing Chromium (chromium) for the browser tests..."; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null \
	    || { echo "error: apt-get could not install chromium" >&2; exit 1; }; \
	fi

prolog-test: swipl
	swipl -q -g "consult('kb/tests/test_kb.plt'), (run_tests -> halt(0) ; halt(1))" -t 'halt(2)' kb/cassation.pl

setup: swipl $(STAMP) $(QLF_STAMP)

# The KB's modules precompiled to Quick Load Files (kb/*.qlf, loaded instead of the sources; see
# kb/cassation.pl for when they are used).  Rebuilt as a set whenever a source changes.
$(QLF_STAMP): $(wildcard kb/*.pl kb/law/*.pl kb/engine/*.pl kb/lang/*.pl) | swipl
	@rm -f kb/*.qlf kb/law/*.qlf kb/engine/*.qlf kb/lang/*.qlf $(QLF_STAMP)
	@if swipl -q -g "set_prolog_flag(qcompile, auto), use_module(kb/cassation), use_module(kb/engine/introspection)" -t halt; \
	  then touch $@; \
	  else rm -f kb/*.qlf kb/law/*.qlf kb/engine/*.qlf kb/lang/*.qlf; echo "warning: could not precompile the KB (kb/*.qlf); it will load from its sources" >&2; fi

qlf: $(QLF_STAMP)

# SWI-Prolog and Graphviz (`dot`, for --format svg/html) from Debian's packages when either is missing
# (needs root or sudo and apt-get).
swipl:
	@if ! command -v swipl >/dev/null 2>&1 || ! command -v dot >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	  else echo "error: SWI-Prolog (swipl) or Graphviz (dot) is missing and cannot be installed here; install SWI-Prolog 9 and Graphviz (Debian/Ubuntu: apt-get install swi-prolog-nox graphviz) and run make again" >&2; exit 1; fi; \
	  echo "Installing SWI-Prolog and Graphviz (swi-prolog-nox graphviz)..."; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq swi-prolog-nox graphviz >/dev/null \
	    || { echo "error: apt-get could not install swi-prolog-nox graphviz" >&2; exit 1; }; \
	fi

$(STAMP): pyproject.toml
	@command -v python3 >/dev/null || { echo "error: python3 (3.10 or newer) is required" >&2; exit 1; }
	@test -x $(PY) || python3 -m venv $(VENV)
	@echo "Installing cassation-kb and its dependencies into $(VENV)..."
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $@

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis *.egg-info kb/*.qlf kb/law/*.qlf kb/engine/*.qlf kb/lang/*.qlf $(QLF_STAMP) build dist

# Benchmarks, not part of `make test` (bench/run.py): native swipl, the bridge, batches with 1 and
# 2 workers, cold and warm latency, memory of a long batch; one table of medians.
# `make bench-million` runs the bounded-memory check on 1,000,000 generated cases (about 15 min).
.PHONY: bench bench-million
bench: setup
	$(PY) bench/run.py

bench-million: setup
	$(PY) bench/run.py --runs 1 --cases 500 --memory-cases 1000000

# Soak test, not part of `make test`: 100,000 asks in one process (bench/soak.py); fails if resident
# memory grows by 20 MB or more.  Asks per second: $(PY) bench/asks_per_second.py
.PHONY: soak
soak: setup
	$(PY) bench/soak.py

# The documentation.  `make doc`: the PlDoc reference of the KB's modules (from the comments in
# kb/*.pl; library(doc_files), no web server) into build/pldoc/ (index.html lists every module).
# `make docs`: the documentation site (MkDocs + Material: mkdocs.yml, docs/) into build/site/,
# built --strict (a broken link, a missing anchor or a page missing from the nav fails it), after
# docs/case-files.md is written anew from the KB (docs/gen_vocabulary.py).
PLDOC_DIR := build/pldoc
.PHONY: doc docs
doc: swipl
	@rm -rf $(PLDOC_DIR) && mkdir -p $(PLDOC_DIR)
	swipl -q -g "use_module(library(doc_files)), doc_save(kb, [doc_root('$(PLDOC_DIR)'), title('cassation-kb: the knowledge base'), if(true)])" -t halt
	@echo "PlDoc of the KB: $(PLDOC_DIR)/index.html"

docs: setup
	$(PY) docs/gen_vocabulary.py
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet --site-dir build/site
	@echo "The documentation site: build/site/index.html"
