"""The status evaluation: loading and validating the gold set, matching events to gold triggers, scoring, and a
gate that runs the whole set (tests/data/status/status_set.jsonl) through the real pipeline."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from sitrep.errors import GoldFileError
from sitrep.eval.status import evaluate, load, match_event, score
from sitrep.records import Actor, Event, Evidence

STATUS_SET = Path(__file__).parent / "data" / "status" / "status_set.jsonl"
# Measured when re-pinned (2026-11-22, after the coder's control-subject and trigger fixes): accuracy 0.922
# (118 of 128), status_accuracy 0.983, leaks 0. The floor is the measurement minus a small margin; lowering it is a
# deliberate edit with its reason. First pinned at 0.74 (accuracy 0.758 to 0.781 then).
ACCURACY_FLOOR = 0.89
STATUS_ACCURACY_FLOOR = 0.95

GOOD = {
    "id": "x1",
    "text": "Rebels did not attack the town.",
    "published": "2024-01-02",
    "trigger": "attack",
    "status": "negated",
    "event_type": "ASSAULT",
}


def write_lines(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    return path


def test_eval_status_load_reads_items(tmp_path):
    items = load(write_lines(tmp_path, GOOD, {**GOOD, "id": "x2", "status": "denied", "denied_by": "army"}))
    assert [i.item_id for i in items] == ["x1", "x2"]
    assert (items[0].trigger_start, items[0].trigger_end) == (15, 21)
    assert items[0].published is not None and items[0].published.isoformat() == "2024-01-02"
    assert items[0].holder is None and items[1].holder == "army"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", r"gold\.jsonl:2: not JSON"),
        ("[1, 2]", r"gold\.jsonl:2: expected a JSON object"),
        ({**GOOD, "id": "x9", "status": "rumoured"}, r"gold\.jsonl:2: status 'rumoured'"),
        ({**GOOD, "id": "x9", "trigger": "bomb"}, r"gold\.jsonl:2: trigger 'bomb' does not occur"),
        ({**GOOD, "id": "x9", "trigger": "tack"}, r"gold\.jsonl:2: trigger 'tack' does not occur"),
        (
            {k: v for k, v in GOOD.items() if k != "text"} | {"id": "x9"},
            r"gold\.jsonl:2: needs a non-empty string 'text'",
        ),
        (
            {**GOOD, "id": "x9", "published": "02/01/2024"},
            r"gold\.jsonl:2: published '02/01/2024' is not an ISO date",
        ),
        ({**GOOD, "id": "x9", "event_type": "BOMB"}, r"gold\.jsonl:2: event_type 'BOMB'"),
        ({**GOOD, "id": "x9", "holder": "army"}, r"gold\.jsonl:2: unknown field\(s\) holder"),
        (
            {**GOOD, "id": "x9", "attributed_to": 3},
            r"gold\.jsonl:2: 'attributed_to' must be a non-empty string",
        ),
        (GOOD, r"gold\.jsonl:2: duplicate id 'x1'"),
    ],
)
def test_eval_status_load_names_file_and_line(tmp_path, bad, message):
    with pytest.raises(GoldFileError, match=message):
        load(write_lines(tmp_path, GOOD, bad))


def test_eval_status_load_rejects_an_empty_file(tmp_path):
    with pytest.raises(GoldFileError, match="no gold items"):
        load(write_lines(tmp_path, ""))


def event(
    trigger: str,
    start: int,
    status: str,
    *,
    event_type: str = "ASSAULT",
    text: str = GOOD["text"],
    attributed_to: Actor | None = None,
) -> Event:
    return Event(
        doc_id="x1",
        event_type=event_type,
        status=status,
        attributed_to=attributed_to,
        evidence=Evidence(sentence=text, start=0, end=len(text), trigger=trigger, trigger_start=start),
    )


def test_eval_status_match_prefers_overlap_then_a_support_verb_of_the_gold_type(tmp_path):
    text = "Israel will launch a ground offensive on Rafah."
    item = load(write_lines(tmp_path, {**GOOD, "text": text, "trigger": "offensive", "status": "planned"}))[0]
    launch = event("launch", 12, "planned", text=text)
    noun = event("offensive", 28, "hypothetical", text=text)
    assert match_event(item, [launch, noun]) is noun
    assert match_event(item, [launch]) is launch  # "launch" two words before the noun
    assert match_event(item, [event("launch", 12, "planned", event_type="REJECT", text=text)]) is None
    assert match_event(item, [event("Israel", 0, "planned", text=text)]) is None  # too far before


def test_eval_status_score_counts_accuracy_leaks_and_holders(tmp_path):
    path = write_lines(
        tmp_path,
        GOOD,
        {**GOOD, "id": "x2", "status": "denied"},
        {**GOOD, "id": "x3", "status": "reported", "attributed_to": "officials"},
        {**GOOD, "id": "x4", "status": "planned"},
    )
    items = load(path)
    officials = Actor(text="Syrian officials")
    matched = [
        event("attack", 15, "negated"),
        event("attack", 15, "asserted"),
        event("attack", 15, "reported", attributed_to=officials),
        None,
    ]
    result = score(items, matched, path=path)
    assert result.metrics["accuracy"] == pytest.approx(2 / 4)
    assert result.metrics["found"] == pytest.approx(3 / 4)
    assert result.metrics["status_accuracy"] == pytest.approx(2 / 3)
    # the denied item coded asserted leaks; the plan with no event does not
    assert result.metrics["asserted_leaks"] == 1
    assert result.counts["holders_found"] == 1 and result.counts["right_negated"] == 1
    assert result.notes == [
        "x2: gold denied, got asserted ('attack')",
        "x4: gold planned, got no event ('attack')",
    ]


def test_eval_status_set_is_balanced():
    items = load(STATUS_SET)
    counts = Counter(i.status for i in items)
    assert len(items) >= 100
    assert all(
        counts[s] >= 12
        for s in (
            "negated",
            "denied",
            "claimed",
            "reported",
            "planned",
            "hypothetical",
            "conditional",
            "asserted",
        )
    )


def test_eval_status_gate_on_the_whole_set(nlp):
    from sitrep.coder import Coder

    coder = Coder()
    coder._nlp = nlp
    result = evaluate(STATUS_SET, coder=coder)
    assert result.metrics["asserted_leaks"] == 0, result.notes
    assert result.metrics["accuracy"] >= ACCURACY_FLOOR, result.notes
    assert result.metrics["status_accuracy"] >= STATUS_ACCURACY_FLOOR, result.notes
