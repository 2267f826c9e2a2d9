# paddlecamp: the two commands are `make run` (execute every chapter, build the site and
# slides) and `make test` (the test suite). Both create .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.paddlecamp-setup
JOBS   ?= 2
PYTEST_ARGS ?=

.PHONY: setup run notebooks slides test lab bench doctor clean

$(STAMP): pyproject.toml constraints.txt scripts/setup.sh
	PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/setup.sh

setup: $(STAMP)

## The main job: every chapter in SMOKE mode, the HTML site under build/, then the slides.
run: setup
	@status=0; \
	$(BIN)/paddlecamp notebooks run --out build --jobs $(JOBS) || status=$$?; \
	$(MAKE) --no-print-directory slides || status=$$?; \
	exit $$status

notebooks: setup
	$(BIN)/paddlecamp notebooks run --out build --jobs $(JOBS)

## The AI-compiler deck: runs its examples, writes build/slides/ai-compiler.pptx (+ PDF and PNG
## pages when LibreOffice is installed: scripts/system-deps.sh --render).
slides: setup
	$(BIN)/paddlecamp slides build --out build/slides

## The tests: library tests plus every chapter executed in SMOKE mode (tests/notebooks).
test: setup
	@$(BIN)/python -m pytest -n $(JOBS) -m "not slow" $(PYTEST_ARGS); \
	rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose"; exit 1; fi; exit $$rc

lab: setup
	$(BIN)/jupyter lab notebooks

bench: setup
	@set -e; found=0; for f in bench/*.py; do [ -f "$$f" ] || continue; found=1; \
	  echo "==> $$f"; $(BIN)/python "$$f"; done; \
	[ $$found = 1 ] || echo "bench: no benchmark scripts yet"

doctor: setup
	$(BIN)/paddlecamp doctor

clean:
	rm -rf build .pytest_cache
