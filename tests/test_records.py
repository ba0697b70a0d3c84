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
    assert make_event(target=None, location=None).event_id == base


def test_records_event_id_changes_with_source_offset_document_or_type():
    base = make_event()
    moved = copy.deepcopy(base.evidence)
    moved.trigger_start += 1
    others = [
        make_event(source=Actor(text="Russian jets")),
        make_event(source=None),
        make_event(evidence=moved),
        make_event(doc_hash=content_hash(TEXT + " More.")),
        make_event(event_type="COERCE"),
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
