# Mètre Carré: `make demo` runs the demo, `make test` runs every check CI runs.
# Needs GNU make and Python 3.11+ (with the venv module: apt-get install -y python3-venv).

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
RUFF := $(VENV)/bin/ruff
PORT ?= 8000
# Prefer python3.11; fall back to python3 when it is recent enough (checked in the venv rule).
BOOTSTRAP_PYTHON ?= $(shell command -v python3.11 || command -v python3)
# Stamps record that a requirements file was installed: pip runs again only when the file changes.
REQ_STAMP := $(VENV)/.requirements.stamp
DEV_STAMP := $(VENV)/.requirements-dev.stamp
# The checkers of the layout tests, from the npm registry: the Nu HTML Checker (on Java) and axe-core; never sent to visitors.
HTML_CHECKER := tests/html-checker
VNU_JAR := $(HTML_CHECKER)/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: help demo dev test test-dates bench bench-scale guide lint format clean

help:
	@echo "make bench   mesure la démo servie comme en production (gunicorn, wrk, Redis) ; SHORT=1 pour la CI"
	@echo "make bench-scale  un territoire parmi TERRITORIES=500 autres de PAGES=20 pages : même vitesse ?"
	@echo "make demo    installe, migre, charge la démo puis lance le serveur sur http://localhost:$(PORT)/"
	@echo "make dev     comme make demo, avec DEBUG (pages d'erreur de Django, rechargement du code)"
	@echo "make test    ruff, manage.py check, makemigrations --check, puis toute la suite pytest"
	@echo "make test-dates  les tests qui comptent depuis aujourd'hui, l'horloge 30 s avant minuit (Paris) en fin de mois"
	@echo "make guide   refait les captures du guide de l'éditeur (docs/guide-editeur/) depuis la démo, dans Chromium"
	@echo "make lint    ruff check et ruff format --check"
	@echo "make format  reformate le code et corrige ce que ruff sait corriger"
	@echo "make clean   supprime les marqueurs d'installation, le Nu HTML Checker, la base SQLite de démo, les médias et test-results/"

$(PY):
	@test -n "$(BOOTSTRAP_PYTHON)" || { echo "Python 3.11 introuvable : installez python3.11 (ou python3 >= 3.11)." >&2; exit 1; }
	@$(BOOTSTRAP_PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "$(BOOTSTRAP_PYTHON) est trop ancien : Python 3.11 ou plus récent est nécessaire." >&2; exit 1; }
	$(BOOTSTRAP_PYTHON) -m venv $(VENV) \
		|| { echo "Création du venv impossible : apt-get install -y python3-venv" >&2; rm -rf $(VENV); exit 1; }

$(REQ_STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(REQ_STAMP) $@

define serve_demo
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --port $(PORT)
	$(PY) manage.py runserver 127.0.0.1:$(PORT)
endef

# The demo as production shows it (DEBUG off: branded 404 and 500); `make dev` keeps Django's debug pages.
demo: export DJANGO_SETTINGS_MODULE = settings.demo
demo: $(REQ_STAMP)
	$(serve_demo)

# The benchmark (demo/bench.py): the demo in a database of its own, served by gunicorn under settings.production,
# measured with wrk (apt-get install -y wrk) and Redis, and audited with Lighthouse (npm) in Debian's Chromium.
# `make bench SHORT=1`: one second a page, no Lighthouse, and a failure when a page's SQL queries exceed its
# budget (CI).
BENCH_DIR ?= $(CURDIR)/.bench
bench: export DJANGO_SETTINGS_MODULE = settings.demo
bench: export DATABASE_URL = sqlite:///$(BENCH_DIR)/bench.sqlite3
bench: export MEDIA_ROOT = $(BENCH_DIR)/media
bench: $(REQ_STAMP)
	rm -rf $(BENCH_DIR) && mkdir -p $(BENCH_DIR)
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo --port 8000 > /dev/null
	$(if $(SHORT),,npm ci --prefix demo/lighthouse --ignore-scripts --no-audit --no-fund --silent)
	$(PY) manage.py bench $(if $(SHORT),--short)

# A territory among many (demo/bench_scale.py): the demo, then TERRITORIES more of PAGES pages each; Maurienne's
# home, page explorer and dashboard measured before and after, within 10 %.
TERRITORIES ?= 500
PAGES ?= 20
bench-scale: export DJANGO_SETTINGS_MODULE = settings.demo
bench-scale: export DATABASE_URL = sqlite:///$(BENCH_DIR)/scale.sqlite3
bench-scale: export MEDIA_ROOT = $(BENCH_DIR)/media
bench-scale: $(REQ_STAMP)
	mkdir -p $(BENCH_DIR) && rm -f $(BENCH_DIR)/scale.sqlite3
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo --port 8000 > /dev/null
	$(PY) manage.py bench --scale $(TERRITORIES) $(PAGES)

dev: export DJANGO_SETTINGS_MODULE = settings.dev
dev: $(REQ_STAMP)
	$(serve_demo)

# One pytest worker per processor (pytest-xdist): each test module stays on one worker, and the browser tests
# share one, started first (tests/conftest.py; --no-loadscope-reorder keeps that order instead of xdist's
# largest-group-first). `make test PYTEST_WORKERS=` runs everything in one process.
PYTEST_WORKERS ?= -n auto --dist loadgroup --no-loadscope-reorder
# Without DATABASE_URL the tests use SQLite; with DATABASE_URL=postgres://... they use PostgreSQL.
$(VNU_JAR): $(HTML_CHECKER)/package.json $(HTML_CHECKER)/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix $(HTML_CHECKER) --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "npm absent : les tests de mise en page (Nu HTML Checker) seront ignorés ; apt-get install -y npm default-jre-headless" >&2; \
	fi

test: export DJANGO_SETTINGS_MODULE = settings.test
test: lint $(VNU_JAR)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_WORKERS)

# The tests whose dates count from today (the agenda, offers, jobs, retention, the demo's content…), run with the
# clock 30 s before midnight in Paris on the last day of this month, through Debian's faketime (every process,
# pytest-xdist's workers included): a test that holds only on some days of a month fails here, at once, instead
# of on those days in CI. Two did (« next month » on the 30th, « 1er » on a first) before this target existed.
DATED_TESTS := tests/test_events.py tests/test_events_ical.py tests/test_jobs.py tests/test_opportunities.py \
	tests/test_contact_retention.py tests/test_contact_forms.py tests/test_dashboard.py tests/test_domain_indexing.py \
	tests/test_moderation.py tests/test_login_protection.py tests/test_search.py tests/test_dates.py tests/test_demo.py
test-dates: export DJANGO_SETTINGS_MODULE = settings.test
test-dates: $(DEV_STAMP)
	@command -v faketime >/dev/null || { echo "faketime absent : apt-get install -y faketime" >&2; exit 1; }
	@next_month=$$(date -d "$$(date +%Y-%m-01) +1 month" +%F); \
	midnight=$$(date -d "TZ=\"Europe/Paris\" $$next_month 00:00" +%s); \
	eve=$$(date -u -d "@$$((midnight - 30))" "+%F %T"); \
	echo "Horloge des tests : $$eve UTC, 30 s avant minuit à Paris le dernier jour du mois"; \
	faketime -f "@$$eve" $(PY) -m pytest $(PYTEST_WORKERS) $(DATED_TESTS)

# The editor's journey in the browser, writing its screenshots into the guide instead of test-results/.
guide: export DJANGO_SETTINGS_MODULE = settings.test
guide: $(DEV_STAMP)
	GUIDE_SCREENSHOTS_DIR=$(CURDIR)/docs/guide-editeur REQUIRE_BROWSER_TESTS=1 $(PY) -m pytest tests/test_editor_journey.py

lint: $(DEV_STAMP)
	$(RUFF) check .
	$(RUFF) format --check .

format: $(DEV_STAMP)
	$(RUFF) format .
	$(RUFF) check --fix .

clean:
	rm -f $(REQ_STAMP) $(DEV_STAMP)
	rm -rf $(HTML_CHECKER)/node_modules demo/lighthouse/node_modules
	rm -rf db.sqlite3 media/ static/ test-results/ .bench/ .pytest_cache/ .ruff_cache/
