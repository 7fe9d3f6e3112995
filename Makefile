# FrontDesk: `make run` starts the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint screenshots translations installer clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py bench

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshots --out /tmp/shots

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/frontdesk_zh_CN.ts \
		-source-language en -target-language zh_CN -no-obsolete -locations none
	$(PY) resources/translations/merge_pending.py
	$(VENV)/bin/pyside6-lrelease resources/translations/frontdesk_zh_CN.ts -qm resources/translations/frontdesk_zh_CN.qm

# The PyInstaller bundle (dist/FrontDesk) built and started here; installer/build_windows.ps1 makes
# the Windows setup program from the same spec.
installer: $(STAMP)
	$(PY) -m pip install --quiet -e '.[installer]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/frontdesk.spec
	dist/FrontDesk/frontdesk-cli --help >/dev/null

clean:
	rm -rf $(VENV) build dist *.egg-info
