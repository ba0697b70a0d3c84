"""The records that flow through sitrep: Article in, Event (with Actor, Place, DateValue) out.

`Event.to_dict()` produces the public event record (schema_version "1", see docs/event-record.md);
`event_schema()` returns its JSON Schema, against which every written record is tested.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_VERSION = "1"

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = (
    "asserted", "reported", "claimed", "denied", "negated", "planned", "hypothetical", "conditional",
)
DATE_PRECISIONS = ("day", "week", "month", "year", "publication")
PLACE_PRECISIONS = ("place", "near", "admin1", "region", "country")


def content_hash(text: str) -> str:
    """The hash that identifies an article's cleaned text (same text, same hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One cleaned article, ready for the NLP stage. Offsets in events point into `text`."""

    doc_id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    origin: str = "<memory>"
    notes: list[str] = field(default_factory=list)

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass
class Actor:
    """An actor as the text names it, with its codes. `text` is the span as written."""

    text: str
    name: str | None = None
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    sponsor: str | None = None
    led_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    """A resolved place: coordinates, country (ISO-3), admin1 and how precisely the text names it."""

    text: str
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: str = "place"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DateValue:
    """An event date (or range) with its precision and the expression it came from."""

    date: datetime.date
    date_end: datetime.date | None = None
    precision: str = "day"
    text: str | None = None


@dataclass
class Evidence:
    """Where in the cleaned article text the event is stated."""

    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None


@dataclass
class Event:
    """One coded event; `to_dict()` is the public record."""

    doc_id: str
    event_type: str
    status: str
    evidence: Evidence
    source: Actor | None = None
    target: Actor | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    attributed_to: Actor | None = None
    denied_by: Actor | None = None
    date: DateValue | None = None
    location: Place | None = None
    killed: int | None = None
    injured: int | None = None
    confidence: float = 0.5
    coder: str = "sitrep 0.1.0"
    doc_hash: str = ""

    @property
    def event_id(self) -> str:
        """Stable id: the article's text hash, the trigger's offset, the event type and the source and target as
        written with the actor each was coded as (conjoined sources and targets give one event each, each with its
        own id; so does each state of one phrase that names several: "Hungarian and Romanian officials")."""
        start = self.evidence.trigger_start if self.evidence.trigger_start is not None else self.evidence.start
        key = f"{self.doc_hash or self.doc_id}:{start}:{self.evidence.trigger}:{self.event_type}:{_party_key(self.source)}"
        if self.target is not None:
            key += f":{_party_key(self.target)}"
        return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d = self.date
        return {
            "schema_version": SCHEMA_VERSION,
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "status": self.status,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "denied_by": self.denied_by.to_dict() if self.denied_by else None,
            "date": d.date.isoformat() if d else None,
            "date_end": d.date_end.isoformat() if d and d.date_end else None,
            "date_precision": d.precision if d else None,
            "date_text": d.text if d else None,
            "location": self.location.to_dict() if self.location else None,
            "casualties": {"killed": self.killed, "injured": self.injured},
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
                "trigger": self.evidence.trigger,
            },
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@cache
def event_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the event record, schema_version 1."""
    text = resources.files("sitrep").joinpath("schema/event-record-v1.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Any:
    """The compiled validator of the v1 schema (building one per record costs more than validating it)."""
    import jsonschema

    cls = jsonschema.validators.validator_for(event_schema())
    cls.check_schema(event_schema())
    return cls(event_schema())


def validate_record(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `record` is not a valid v1 event record.

    Records that `plainly_valid` accepts are valid without asking the JSON Schema validator (about 50 times
    faster); every other record is judged by the JSON Schema, so the verdict is the schema's either way."""
    import jsonschema

    if plainly_valid(record):
        return
    error = jsonschema.exceptions.best_match(_validator().iter_errors(record))
    if error is not None:
        raise error


# The v1 schema `plainly_valid` was written for (sha256 of its JSON with sorted keys): when the schema file
# changes, the fast check steps aside (returns False) until it is brought up to date.
FAST_CHECK_SCHEMA_SHA256 = "f40ad88b9bdd5053d514f96e1b6544098d009c43ea37ee59749d6f0ccab2c9b7"
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CAMEO_RE = re.compile(r"[0-9]{2,4}")
_ACTOR_OPTIONAL = ("name", "actor_id", "country", "sector", "sponsor", "led_by")
_REQUIRED = frozenset(
    ("schema_version", "event_id", "doc_id", "event_type", "mode", "context", "cameo", "quad_class",
     "goldstein", "status", "source", "target", "attributed_to", "denied_by", "date", "date_end",
     "date_precision", "date_text", "location", "casualties", "evidence", "confidence", "coder")
)  # fmt: skip


@cache
def _fast_check_applies() -> bool:
    canonical = json.dumps(event_schema(), sort_keys=True).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest() == FAST_CHECK_SCHEMA_SHA256


def plainly_valid(record: Any) -> bool:
    """True only for records the v1 JSON Schema accepts: a plain-Python check of the usual shape (exact types:
    str, int, float, dict, list; ASCII dates) that every `Event.to_dict()` passes. False says nothing: such a
    record (a bool for a number, 5.0 for an integer, a NaN, ...) must go to the JSON Schema (`validate_record`)."""
    try:
        return (
            _fast_check_applies() and type(record) is dict and record.keys() >= _REQUIRED and _top_ok(record)
        )
    except (TypeError, AttributeError, KeyError):  # a value of an unexpected shape: let the schema judge it
        return False


def _str_or_none(value: Any) -> bool:
    return value is None or type(value) is str


def _number_in(value: Any, low: float, high: float) -> bool:
    return type(value) in (int, float) and low <= value <= high  # NaN and infinities fail: the schema decides


def _nonneg_int(value: Any) -> bool:
    return type(value) is int and value >= 0


def _top_ok(r: dict[str, Any]) -> bool:
    return (
        type(r["schema_version"]) is str and r["schema_version"] == SCHEMA_VERSION
        and type(r["event_id"]) is str and r["event_id"] != ""
        and type(r["doc_id"]) is str and r["doc_id"] != ""
        and type(r["event_type"]) is str and r["event_type"] in EVENT_TYPES
        and type(r["status"]) is str and r["status"] in STATUSES
        and _str_or_none(r["mode"]) and _str_or_none(r["date_text"]) and type(r["coder"]) is str
        and type(r["context"]) is list and all(type(c) is str for c in r["context"])
        and (r["cameo"] is None or (type(r["cameo"]) is str and _CAMEO_RE.fullmatch(r["cameo"]) is not None))
        and (r["quad_class"] is None or (type(r["quad_class"]) is int and 1 <= r["quad_class"] <= 4))
        and (r["goldstein"] is None or _number_in(r["goldstein"], -10, 10))
        and _number_in(r["confidence"], 0, 1)
        and all(_date_ok(r[k]) for k in ("date", "date_end"))
        and (r["date_precision"] is None or (type(r["date_precision"]) is str
                                             and r["date_precision"] in DATE_PRECISIONS))
        and all(_actor_ok(r[k]) for k in ("source", "target", "attributed_to", "denied_by"))
        and _place_ok(r["location"]) and _casualties_ok(r["casualties"]) and _evidence_ok(r["evidence"])
    )  # fmt: skip


def _date_ok(value: Any) -> bool:
    return value is None or (type(value) is str and _DATE_RE.fullmatch(value) is not None)


def _actor_ok(actor: Any) -> bool:
    if actor is None:
        return True
    return (
        type(actor) is dict
        and type(actor.get("text")) is str
        and all(k in actor and _str_or_none(actor[k]) for k in _ACTOR_OPTIONAL)
    )


def _place_ok(place: Any) -> bool:
    if place is None:
        return True
    if type(place) is not dict or not all(k in place for k in _PLACE_REQUIRED):
        return False
    return (
        type(place["text"]) is str and _str_or_none(place["name"]) and _str_or_none(place["country"])
        and _str_or_none(place["admin1"]) and (place["geonameid"] is None or type(place["geonameid"]) is int)
        and (place["lat"] is None or _number_in(place["lat"], -90, 90))
        and (place["lon"] is None or _number_in(place["lon"], -180, 180))
        and type(place["precision"]) is str and place["precision"] in PLACE_PRECISIONS
    )  # fmt: skip


_PLACE_REQUIRED = ("text", "name", "geonameid", "lat", "lon", "country", "admin1", "precision")


def _casualties_ok(casualties: Any) -> bool:
    return (
        type(casualties) is dict
        and "killed" in casualties
        and "injured" in casualties
        and all(casualties[k] is None or _nonneg_int(casualties[k]) for k in ("killed", "injured"))
    )


def _evidence_ok(evidence: Any) -> bool:
    return (
        type(evidence) is dict
        and all(k in evidence for k in ("sentence", "start", "end", "trigger"))
        and type(evidence["sentence"]) is str
        and type(evidence["trigger"]) is str
        and _nonneg_int(evidence["start"])
        and _nonneg_int(evidence["end"])
    )


def _party_key(actor: Actor | None) -> str:
    """A party as the event id keys it: the text as written, and the actor it was coded as."""
    if actor is None:
        return ""
    return f"{actor.text}|{actor.actor_id or actor.country or ''}"
