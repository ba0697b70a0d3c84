"""Figures of a hand check (docs/handcheck.md) from its judgments file, with 95% Wilson intervals.

    .venv/bin/python benchmarks/handcheck_score.py [tests/data/handcheck/handcheck_2026-11-24.jsonl] [--json]

For each judged field (event, source, target, status, place, date) prints right / judged and the share right,
overall and per corpus. A field judged null (n/a) is left out of its denominator: the actor, status, place and
date of a sampled "event" that is no event at all are not judged. `strict` counts those as wrong (denominator =
all sampled events). `all_right` is the share of sampled events with every field right. Last, the error kinds
(`judgment.error_kinds`) are counted per field.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO / "tests" / "data" / "handcheck" / "handcheck_2026-11-24.jsonl"
FIELDS = ("event", "source", "target", "status", "place", "date")


def wilson(right: int, total: int, *, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion right/total."""
    if total == 0:
        return (0.0, 0.0)
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (centre - half, centre + half)


def figure(right: int, total: int) -> dict[str, Any]:
    low, high = wilson(right, total)
    share = right / total if total else 0.0
    return {"right": right, "judged": total, "share": round(share, 3), "ci95": [round(low, 3), round(high, 3)]}


def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per field: right/judged with its interval, plus the strict figure (n/a counted wrong)."""
    out: dict[str, Any] = {"events": len(rows)}
    for field in FIELDS:
        marks = [row["judgment"][f"{field}_right"] for row in rows]
        judged = [m for m in marks if m is not None]
        out[field] = figure(sum(judged), len(judged))
        out[field]["strict"] = figure(sum(judged), len(marks))["share"]
    every = sum(all(row["judgment"][f"{f}_right"] is True for f in FIELDS) for row in rows)
    out["all_right"] = figure(every, len(rows))
    return out


def error_kinds(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {field: Counter() for field in FIELDS}
    for row in rows:
        for field, kind in row["judgment"].get("error_kinds", {}).items():
            counts[field][kind] += 1
    return {field: dict(c.most_common()) for field, c in counts.items()}


def report(rows: list[dict[str, Any]]) -> dict[str, Any]:
    corpora = sorted({row["corpus"] for row in rows})
    return {
        "all": figures(rows),
        **{corpus: figures([r for r in rows if r["corpus"] == corpus]) for corpus in corpora},
        "error_kinds": error_kinds(rows),
    }


def print_table(result: dict[str, Any]) -> None:
    for name, figs in result.items():
        if name == "error_kinds":
            continue
        print(f"{name} ({figs['events']} events)")
        for field in (*FIELDS, "all_right"):
            f = figs[field]
            strict = f" strict {f['strict']:.3f}" if "strict" in f else ""
            low, high = f["ci95"]
            print(f"  {field:<9} {f['right']:>3}/{f['judged']:<3} {f['share']:.3f}  95% CI {low:.3f}-{high:.3f}{strict}")
    print("error kinds")
    for field, kinds in result["error_kinds"].items():
        print(f"  {field}: " + ", ".join(f"{kind} {n}" for kind, n in kinds.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with args.path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    result = report(rows)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
