"""Span matching and precision/recall/F1, shared by the geoparsing and TimeML evaluations.

Spans are (start, end) character offsets, end exclusive. Matching is one-to-one: gold and predicted spans are
paired greedily, exact pairs first, then by the length of their overlap (longest first), so that one long
prediction cannot match two gold spans.
"""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share (0 when disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: Sequence[Span], predicted: Sequence[Span], *, relaxed: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: identical spans, or (relaxed) overlapping ones."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = overlap(g, p)
            if g == p or (relaxed and shared > 0):
                pairs.append((g != p, -shared, gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for _inexact, _shared, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            out.append((gi, pi))
    return sorted(out)


def f1_score(matched: int, n_gold: int, n_predicted: int) -> tuple[float, float, float]:
    """(precision, recall, F1) from the number of matched pairs and the two totals; 0.0 where undefined."""
    precision = matched / n_predicted if n_predicted else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
