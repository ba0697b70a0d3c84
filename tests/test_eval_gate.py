"""The eval gate: fast subsets of the dev gold sets must stay at or above the floors pinned in
src/sitrep/eval/baseline.json. Missing shared data fails the gate; it never skips.
"""

from __future__ import annotations

import json

import pytest

from sitrep.errors import GoldFileError
from sitrep.eval.gate import DEFAULT_BASELINE, gate_failures, load_baseline, run_gate

ISSUE_METRICS = {
    "plover": {"type_accuracy", "macro_f1", "source_country_f1", "target_country_f1"},
    "cameo": {"root_f1", "triple_f1"},
    "wikievents": {"type_f1", "detection_f1"},
    "case2021": {"micro_f1", "macro_f1"},
    "events": {"found", "fully_right", "precision"},
    "event_location": {"link_accuracy"},
    "geoparsing": {"toponym_f1", "accuracy_161km"},
    "timeml": {"relaxed_span_f1", "value_accuracy"},
}


@pytest.fixture(scope="module")
def gate_rows(nlp):
    from sitrep.coder import Coder

    coder = Coder()
    coder._nlp = nlp
    return run_gate(coder=coder)


@pytest.mark.model
def test_eval_gate_no_metric_below_its_floor(gate_rows):
    assert gate_rows, "the gate scored nothing"
    assert not gate_failures(gate_rows), "\n".join(gate_failures(gate_rows))


def test_eval_gate_baseline_covers_every_metric_with_a_reason():
    baseline = load_baseline()
    floors = baseline["floors"]
    expected = {f"{kind}.{metric}" for kind, metrics in ISSUE_METRICS.items() for metric in metrics}
    assert set(floors) == expected
    for name, entry in floors.items():
        assert 0.0 <= entry["floor"] <= entry["measured"] <= 1.0, name
        assert len(entry["reason"]) > 10, name


def test_eval_gate_failures_name_the_metric_below_its_floor():
    rows = [("plover.type_accuracy", 0.70, 0.72), ("cameo.root_f1", 0.50, 0.50)]
    assert gate_failures(rows) == ["plover.type_accuracy = 0.7000 is below its floor 0.7200"]


def test_eval_gate_fails_when_the_shared_data_is_missing(tmp_path):
    with pytest.raises(GoldFileError, match="gate data missing"):
        run_gate(shared=tmp_path)


def test_eval_gate_rejects_a_floor_without_reason(tmp_path):
    baseline = json.loads(DEFAULT_BASELINE.read_text(encoding="utf-8"))
    name = next(iter(baseline["floors"]))
    baseline["floors"][name]["reason"] = ""
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(baseline), encoding="utf-8")
    with pytest.raises(GoldFileError, match="needs a number 'floor' and a 'reason'"):
        load_baseline(path)
