"""The public event record: Event.to_dict() against the JSON Schema, stable event ids, broken records rejected."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from datetime import date

import jsonschema
import pytest

from sitrep.records import (
    Actor,
    Article,
    DateValue,
    Event,
    Evidence,
    Place,
    content_hash,
    event_schema,
    validate_record,
)

SENTENCE = "U.S. jets struck Iranian-backed fighters near al Tanf on May 18, killing 12."
TEXT = "Officials spoke.\n" + SENTENCE


def make_event(**changes) -> Event:
    start = TEXT.index(SENTENCE)
    fields = {
        "doc_id": "doc1",
        "event_type": "ASSAULT",
        "status": "asserted",
        "evidence": Evidence(
            sentence=SENTENCE,
            start=start,
            end=start + len(SENTENCE),
            trigger="struck",
            trigger_start=start + SENTENCE.index("struck"),
        ),
        "source": Actor(text="U.S. jets", actor_id="USA-MIL", country="USA", sector="MIL"),
        "target": Actor(text="Iranian-backed fighters", sector="MIL", sponsor="IRN"),
        "mode": "aerial",
        "cameo": "195",
        "quad_class": 4,
        "goldstein": -10.0,
        "date": DateValue(date=date(2017, 5, 18), precision="day", text="May 18"),
        "location": Place(
            text="al Tanf", name="At Tanf", geonameid=170017, lat=33.49, lon=38.62, country="SYR"
        ),
        "killed": 12,
        "confidence": 0.87654,
        "doc_hash": content_hash(TEXT),
    }
    fields.update(changes)
    return Event(**fields)


def test_records_event_to_dict_validates():
    record = make_event().to_dict()
    validate_record(record)
    assert record["schema_version"] == "1"
    assert record["casualties"] == {"killed": 12, "injured": None}
    assert record["date"] == "2017-05-18" and record["date_end"] is None
    assert record["location"]["country"] == "SYR"
    assert record["confidence"] == 0.877
    assert TEXT[record["evidence"]["start"] : record["evidence"]["end"]] == record["evidence"]["sentence"]


def test_records_minimal_event_validates():
    event = Event(
        doc_id="d",
        event_type="CONSULT",
        status="planned",
        evidence=Evidence(sentence="They will meet.", start=0, end=15, trigger="meet"),
    )
    record = event.to_dict()
    validate_record(record)
    assert record["source"] is None and record["location"] is None and record["date"] is None


def test_records_to_json_round_trip_keeps_non_ascii():
    event = make_event(location=Place(text="Deir ez-Zor", name="Dayr az Zawr", lat=35.33, lon=40.14))
    line = event.to_json()
    assert "\n" not in line
    assert json.loads(line) == event.to_dict()


def test_records_event_id_is_stable_across_processes():
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_records import make_event; "
        "print(make_event().event_id)"
    )
    here = os.path.dirname(__file__)
    ids = {
        subprocess.run(
            [sys.executable, "-c", code, here],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert ids == {make_event().event_id}
    assert make_event().event_id.startswith("ev_")


def test_records_event_id_ignores_what_is_not_identity():
    base = make_event().event_id
    assert make_event(confidence=0.1, status="reported", killed=None).event_id == base
    assert make_event(location=None).event_id == base


def test_records_event_id_changes_with_source_target_offset_document_or_type():
    base = make_event()
    moved = copy.deepcopy(base.evidence)
    moved.trigger_start += 1
    others = [
        make_event(source=Actor(text="Russian jets")),
        make_event(source=None),
        make_event(evidence=moved),
        make_event(doc_hash=content_hash(TEXT + " More.")),
        make_event(event_type="COERCE"),
        make_event(target=None),
        make_event(target=Actor(text="Manbij")),  # conjoined targets: one event each, each with its own id
        # one phrase naming two states ("Hungarian and Romanian officials"): one event per state, one id each
        make_event(source=Actor(text="U.S. jets", actor_id="GBR-MIL", country="GBR")),
    ]
    ids = {e.event_id for e in others}
    assert base.event_id not in ids
    assert len(ids) == len(others)


def test_records_article_hash_is_content_hash():
    a = Article(doc_id="a", text="Same text.")
    b = Article(doc_id="b", text="Same text.", source="other")
    assert a.hash == b.hash == content_hash("Same text.")
    assert Article(doc_id="a", text="Same text!").hash != a.hash


@pytest.mark.parametrize(
    "breakage",
    [
        lambda r: r.update(status="rumoured"),
        lambda r: r.update(event_type="ATTACK"),
        lambda r: r["location"].update(lat=200),
        lambda r: r["location"].update(lon=-181.5),
        lambda r: r.pop("evidence"),
        lambda r: r.pop("casualties"),
        lambda r: r["casualties"].update(killed=-3),
        lambda r: r.update(date="18 May 2017"),
        lambda r: r.update(confidence=1.5),
        lambda r: r["source"].pop("text"),
        lambda r: r.update(event_id=""),
    ],
)
def test_records_broken_record_fails_validation(breakage):
    record = make_event().to_dict()
    breakage(record)
    with pytest.raises(jsonschema.ValidationError):
        validate_record(record)


def test_records_schema_lists_the_same_vocabularies():
    from sitrep.records import EVENT_TYPES, STATUSES

    props = event_schema()["properties"]
    assert tuple(props["event_type"]["enum"]) == EVENT_TYPES
    assert tuple(props["status"]["enum"]) == STATUSES
    assert set(event_schema()["required"]) == set(make_event().to_dict())


# ------------------------------------------------------------------ the fast check beside the JSON Schema

# Values a mutation puts in a record: right and wrong types, edge numbers, dates and codes that only look
# right ("2017-05-18\n", Arabic-Indic digits), containers.
ODD_VALUES = [
    None, "", "x", "1", "ASSAULT", "asserted", "day", "near", "195", "1950", "19", "1", "12345", "19a",
    "2017-05-18", "2017-05-18\n", "2017-5-18", "٢٠١٧-٠٥-١٨", 0, 1, 4, 5, -1, 3.5, 5.0, -10, 10, 10.5, 90, -181,
    True, False, float("nan"), float("inf"), 10**30, [], ["military"], [1], {}, {"text": "x"},
    {"killed": None, "injured": None}, {"killed": 2.0, "injured": None}, {"killed": -1, "injured": 0},
]  # fmt: skip


def _paths(value, prefix=()):
    """Every (path) to a value inside a record: top-level fields, then fields of nested objects."""
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _paths(inner, (*prefix, i))


def _set(record, path, value):
    """A copy of the record with the value at `path` replaced (or removed, for the DELETE marker)."""
    record = copy.deepcopy(record)
    parent = record
    for key in path[:-1]:
        parent = parent[key]
    if value is DELETE:
        parent.pop(path[-1])
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return record


DELETE = object()


def _mutations(bases, rng):
    """Every single change (each field, nested ones too, to each odd value or deleted) of every base record,
    then 1,000 records with two or three random changes."""
    for base in bases:
        for path in (p for p in _paths(base) if p):
            for value in [*ODD_VALUES, DELETE]:
                if value is not DELETE or isinstance(path[-1], str):
                    yield _set(base, path, value)
    for i in range(1000):
        record = bases[i % len(bases)]
        for _ in range(rng.randint(2, 3)):
            path = rng.choice([p for p in _paths(record) if p])
            value = rng.choice([*ODD_VALUES, DELETE]) if isinstance(path[-1], str) else rng.choice(ODD_VALUES)
            record = _set(record, path, value)
        yield record


def _schema_accepts(record) -> bool:
    return jsonschema.Draft202012Validator(event_schema()).is_valid(record)


def test_records_fast_check_accepts_only_what_the_schema_accepts():
    import random

    from sitrep.records import plainly_valid

    rng = random.Random(7)
    full = make_event(
        attributed_to=Actor(text="Fars", name="Fars News", actor_id="IRN-MED", country="IRN", sector="MED"),
        denied_by=Actor(text="Iran", country="IRN"),
        date=DateValue(
            date=date(2017, 5, 18), date_end=date(2017, 5, 19), precision="week", text="that week"
        ),
        context=["military", "civilians"],
        injured=3,
    )
    bases = [full.to_dict(), make_event().to_dict(), make_event(source=None, location=None).to_dict()]
    assert all(plainly_valid(r) and _schema_accepts(r) for r in bases)  # the fast check pays off
    fast = both = rejected = 0
    for record in _mutations(bases, rng):
        schema_ok = _schema_accepts(record)
        if plainly_valid(record):
            fast += 1
            assert schema_ok, record  # never accepts what the schema rejects
        rejected += not schema_ok
        both += schema_ok
        try:
            validate_record(record)
            verdict = True
        except jsonschema.ValidationError:
            verdict = False
        assert verdict == schema_ok, record  # validate_record's verdict is the schema's
    assert rejected > 3000 and fast > 1000 and both > fast  # the mutations exercise all three outcomes


def test_records_fast_check_pinned_to_this_schema():
    import hashlib

    from sitrep.records import DATE_PRECISIONS, FAST_CHECK_SCHEMA_SHA256, PLACE_PRECISIONS

    # A schema change must come with a review of records.plainly_valid (which steps aside until then).
    canonical = json.dumps(event_schema(), sort_keys=True).encode("utf-8")
    assert hashlib.sha256(canonical).hexdigest() == FAST_CHECK_SCHEMA_SHA256
    props = event_schema()["properties"]
    assert props["date_precision"]["enum"] == [*DATE_PRECISIONS, None]
    assert tuple(props["location"]["properties"]["precision"]["enum"]) == PLACE_PRECISIONS


def test_records_fast_check_steps_aside_for_another_schema(monkeypatch):
    import sitrep.records as records

    record = make_event().to_dict()
    assert records.plainly_valid(record)
    records._fast_check_applies.cache_clear()
    monkeypatch.setattr(records, "FAST_CHECK_SCHEMA_SHA256", "0" * 64)
    try:
        assert not records.plainly_valid(record)
        validate_record(record)  # the JSON Schema still judges it
    finally:
        records._fast_check_applies.cache_clear()
