# framing: `make figures` runs the main job, `make test` runs every test. Both set up .venv on first use.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
CORPUS ?= corpus/russia-dprk-2024
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
NBVAL := -p no:cacheprovider -o filterwarnings= -o addopts= --nbval --nbval-current-env \
	--nbval-sanitize-with notebooks/nbval-sanitize.cfg

# Reproducible runs: fixed hash seed, no timestamps in figure files, no progress bars.
export PYTHONHASHSEED := 0
export SOURCE_DATE_EPOCH := 0
export TQDM_DISABLE := 1

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*
	@$(PY) -c "import matplotlib.pyplot"  # warm the font cache before any notebook runs
	@touch $(STAMP)

## Create .venv and install the locked dependencies and the package (editable)
venv: $(STAMP)

## Regenerate every figure in figures/ from the corpus (the main job)
figures: $(STAMP)
	MPLBACKEND=Agg $(PY) -m framing.figures --corpus $(CORPUS) --out figures

## Run unit tests, doctests and strict nbval over notebooks/
test: unit nbval

## Unit tests and doctests only
unit: $(STAMP)
	MPLBACKEND=Agg $(PY) -m pytest tests framing -q

## Validate the notebooks against their committed outputs (strict nbval)
nbval: $(STAMP)
	env -u MPLBACKEND $(PY) -m pytest $(NBVAL) notebooks -q

## Re-execute the notebooks in place (then review and commit them)
notebooks: $(STAMP)
	@for nb in $(NOTEBOOKS); do \
	  echo "executing $$nb"; \
	  env -u MPLBACKEND $(PY) -m jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.kernel_name=python3 $$nb || exit 1; \
	done
	$(PY) -m nbstripout --keep-output --keep-count $(NOTEBOOKS)

## Fail if regenerated figures differ from the committed ones
check-figures: figures
	git diff --exit-code --stat -- figures/

## Open JupyterLab on the notebooks
lab: $(STAMP)
	env -u MPLBACKEND $(VENV)/bin/jupyter lab notebooks

## Run the benchmarks (not part of the tests): statistics, then annotation vs the regex floor
bench: $(STAMP)
	$(PY) benchmarks/bench_stats.py
	$(PY) benchmarks/bench_annotate.py

## The annotation benchmark with a 100,000-article corpus too (about 15 minutes on 2 cores)
bench-large: $(STAMP)
	$(PY) benchmarks/bench_annotate.py --large --quick

## Lint and format check with ruff
lint: $(STAMP)
	$(VENV)/bin/ruff check framing tests benchmarks
	$(VENV)/bin/ruff format --check framing tests benchmarks

## Write requirements.lock from the current .venv (after changing dependencies)
lock:
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

## Remove the virtualenv, caches and annotation outputs
clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

## Show this help
help:
	@awk '/^## /{d=substr($$0,4); next} /^[a-zA-Z_-]+:/{if (d) {split($$0,a,":"); printf "  make %-14s %s\n", a[1], d}; d=""}' $(MAKEFILE_LIST)

.PHONY: venv figures test unit nbval notebooks check-figures lab bench bench-large lint lock clean help
