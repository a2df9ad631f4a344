# `make report` builds the 2024 report set into build/; `make test` runs the tests.
# Both set up what they need first: system packages, then .venv with spreport installed.

VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: report test system

report: $(STAMP)
	$(VENV)/bin/spreport build --data data/2024 --lang ar,zh,en,fr,ru,es --documents report,addendum --format docx,pdf --out build

test: $(STAMP)
	@scripts/system-packages.sh --test
	$(VENV)/bin/pytest -n auto --dist loadfile

system:
	@scripts/system-packages.sh

$(STAMP): pyproject.toml | system
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@
