"""The evaluation harness: `evaluate(kind, path)` scores the current pipeline against a gold file of a known
format and returns its metrics. One module per gold format, each with a loader that validates the file (raising
GoldFileError naming file and problem) and an `evaluate(path, *, coder, limit)` function.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GoldFileError

if TYPE_CHECKING:
    from ..coder import Coder

KINDS = {
    "plover": "plover", "cameo": "cameo", "wikievents": "wikievents", "case2021": "case2021", "events": "events",
    "geoparsing": "geoparsing", "timeml": "timeml", "event_location": "event_location", "status": "status",
    "merge": "merge",
}


@dataclass
class EvalResult:
    """Metrics (name → value in 0..1 unless the name says otherwise), item counts and notes of one evaluation."""

    kind: str
    path: str
    metrics: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, **self.metrics, "counts": self.counts, "notes": self.notes}


def evaluate(
    kind: str, path: str | Path, *, coder: Coder | None = None, limit: int | None = None, **options: Any
) -> EvalResult:
    """Score the pipeline on the gold file (or folder) `path` of format `kind`; `options` go to that kind's
    evaluate (merge: `records="today"|"stored"`)."""
    if kind not in KINDS:
        raise GoldFileError(f"unknown evaluation kind {kind!r}; known: {', '.join(sorted(KINDS))}")
    path = Path(path)
    if not path.exists():
        raise GoldFileError(f"{path}: no such file or directory")
    module = import_module(f".{KINDS[kind]}", __name__)
    result: EvalResult = module.evaluate(path, coder=coder, limit=limit, **options)
    return result
