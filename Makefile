# Two commands for a fresh machine with Python 3.11: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint unit e2e bench validate

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.dev: requirements.txt requirements-dev.txt $(BIN)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: $(BIN)/.runtime
	$(BIN)/streamlit run streamlit_app.py

validate: $(BIN)/.runtime
	$(BIN)/python -m ngo_dashboard validate

lint: $(BIN)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# All three tiers: unit, AppTest, real browser (needs /usr/bin/chromium; fails clearly without it).
test: lint validate
	$(BIN)/pytest --e2e

bench: $(BIN)/.dev
	$(BIN)/python -m bench
