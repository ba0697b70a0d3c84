"""The eval gate: fast subsets of the dev gold sets, scored and compared with floors pinned in baseline.json.

baseline.json lists the `runs` (kind, path under shared/data, limit = first N items) and the `floors`
("kind.metric" → floor, the value measured when it was pinned, and the reason). A floor is lowered only by a
deliberate edit that says why. The shared data is SITREP_SHARED, else ../shared beside the repository; when it is
missing the gate raises GoldFileError (it fails, never skips).

`python -m sitrep.eval.gate [BASELINE]` prints each metric with its floor and exits 1 when one is below.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GoldFileError
from . import KINDS, evaluate

if TYPE_CHECKING:
    from ..coder import Coder

DEFAULT_BASELINE = Path(__file__).with_name("baseline.json")
REPO = Path(__file__).resolve().parents[3]

GateRow = tuple[str, float, float]


def shared_dir() -> Path:
    """The shared data folder: $SITREP_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))


def load_baseline(path: Path | None = None) -> dict[str, Any]:
    """The gate's runs and floors, validated: every floor names a run's kind, has a number and a reason."""
    path = path or DEFAULT_BASELINE
    try:
        baseline = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read the gate baseline: {exc}") from None
    runs, floors = baseline.get("runs"), baseline.get("floors")
    if not isinstance(runs, list) or not isinstance(floors, dict):
        raise GoldFileError(f"{path}: needs 'runs' (list) and 'floors' (object)")
    kinds = {run.get("kind") for run in runs if isinstance(run, dict)}
    if not kinds <= set(KINDS) or len(kinds) != len(runs):
        raise GoldFileError(f"{path}: each run needs a distinct known 'kind'")
    for name, entry in floors.items():
        if name.split(".")[0] not in kinds or not isinstance(entry, dict):
            raise GoldFileError(f"{path}: floor {name!r} names no run")
        if not isinstance(entry.get("floor"), int | float) or not str(entry.get("reason", "")).strip():
            raise GoldFileError(f"{path}: floor {name!r} needs a number 'floor' and a 'reason'")
    return baseline


def run_gate(
    baseline_path: Path | None = None, *, shared: Path | None = None, coder: Coder | None = None
) -> list[GateRow]:
    """Score every run of the baseline; (kind.metric, value, floor) for each floor, in the baseline's order."""
    baseline = load_baseline(baseline_path)
    data = (shared or shared_dir()) / "data"
    if coder is None:
        from ..coder import Coder

        coder = Coder()
    values: dict[str, float] = {}
    for run in baseline["runs"]:
        path = data / run["path"]
        if not path.exists():
            raise GoldFileError(
                f"gate data missing: {path} (put ../shared beside the repository or set SITREP_SHARED)"
            )
        result = evaluate(run["kind"], path, coder=coder, limit=run.get("limit"))
        values.update({f"{run['kind']}.{name}": value for name, value in result.metrics.items()})
    missing = [name for name in baseline["floors"] if name not in values]
    if missing:
        raise GoldFileError(f"baseline floors for metrics no run produced: {', '.join(missing)}")
    return [(name, values[name], float(entry["floor"])) for name, entry in baseline["floors"].items()]


def gate_failures(rows: list[GateRow]) -> list[str]:
    """A message for each metric below its floor."""
    return [
        f"{name} = {value:.4f} is below its floor {floor:.4f}" for name, value, floor in rows if value < floor
    ]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rows = run_gate(Path(args[0]) if args else None)
    for name, value, floor in rows:
        print(f"{name:<32} {value:.4f}  floor {floor:.4f}  {'ok' if value >= floor else 'BELOW'}")
    return 1 if gate_failures(rows) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
