#!/usr/bin/env bash
# Install the dev extras, then lint, type-check and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check src tests
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
