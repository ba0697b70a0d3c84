#!/usr/bin/env bash
# Create the isolated environment (.venv) and install sitrep into it; `--dev` adds the test/lint tools.
# Then the web page's libraries (d3, topojson-client, world-atlas) from npm into src/sitrep/web/node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install --quiet -e ".[dev]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
WEB=src/sitrep/web
if ! cmp -s "$WEB/package-lock.json" "$WEB/node_modules/.sitrep-installed-lock"; then
  if command -v npm >/dev/null 2>&1; then
    (cd "$WEB" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    cp "$WEB/package-lock.json" "$WEB/node_modules/.sitrep-installed-lock"
  else
    echo "setup: npm not found: the web page (sitrep serve) needs it once: apt-get install -y nodejs npm, then re-run" >&2
  fi
fi
