#!/usr/bin/env bash
# Fresh clone → .venv → sitrep installed → the two seed articles coded into demo.duckdb → the events printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
SEEDS=${SITREP_SEEDS:-../shared/data/corpora/seeds/seeds.jsonl}
rm -f demo.duckdb
.venv/bin/sitrep ingest "$SEEDS" --db demo.duckdb
.venv/bin/sitrep events --db demo.duckdb
echo
echo "Try: .venv/bin/sitrep events --db demo.duckdb --status denied --format jsonl"
echo "     .venv/bin/sitrep show EVENT_ID --db demo.duckdb"
