# Two commands for a fresh machine with Python 3.11: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# make serve: nginx on HOST:PORT in front of REPLICAS Streamlit processes (README, "Serving to the public").
HOST ?= 127.0.0.1
PORT ?= 8080
REPLICAS ?= 2

.PHONY: run serve test lint unit e2e bench validate constraints

# requirements*.txt pin what the project asks for; constraints.txt pins everything those bring in,
# so a fresh clone installs what the last `make test` ran with.
$(BIN)/.runtime: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(BIN)/.dev: requirements.txt requirements-dev.txt constraints.txt $(BIN)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

# After changing a pin in requirements*.txt: resolve both files afresh in a scratch venv and pin the
# result (then run `make test`, and commit constraints.txt with the change).
constraints:
	rm -rf .venv-pin
	$(PYTHON) -m venv .venv-pin
	.venv-pin/bin/pip install --quiet --upgrade pip
	.venv-pin/bin/pip install --quiet -r requirements-dev.txt
	{ echo "# Every package requirements*.txt bring in, pinned: written by \`make constraints\` (Makefile)."; \
	  .venv-pin/bin/pip freeze; } > constraints.txt
	rm -rf .venv-pin

run: $(BIN)/.runtime
	$(BIN)/streamlit run app.py

# In the foreground; Ctrl-C stops nginx and every replica. Needs nginx: sudo apt-get install nginx-light.
serve: $(BIN)/.runtime
	$(BIN)/python -m deploy --host $(HOST) --port $(PORT) --replicas $(REPLICAS)

validate: $(BIN)/.runtime
	$(BIN)/python -m ngo_dashboard validate

lint: $(BIN)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# All three tiers: unit, AppTest, real browser and the serving stack (need /usr/bin/chromium and
# /usr/sbin/nginx; fail clearly without them).
test: lint validate
	$(BIN)/pytest --e2e

# The pinned npm tools (package-lock.json): Lighthouse for the bench's phone section.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

bench: $(BIN)/.dev node_modules/.installed
	$(BIN)/python -m bench
