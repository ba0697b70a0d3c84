"""The records that flow through sitrep: Article in, Event (with Actor, Place, DateValue) out.

`Event.to_dict()` produces the public event record (schema_version "1", see docs/event-record.md);
`event_schema()` returns its JSON Schema, against which every written record is tested.
"""

from __future__ import annotations

import datetime
import hashlib
import json
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
        """Stable id: the article's text hash, the trigger's offset, the event type and the source as written."""
        start = self.evidence.trigger_start if self.evidence.trigger_start is not None else self.evidence.start
        source = self.source.text if self.source else ""
        key = f"{self.doc_hash or self.doc_id}:{start}:{self.evidence.trigger}:{self.event_type}:{source}"
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
    """Raise jsonschema.ValidationError when `record` is not a valid v1 event record."""
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(record))
    if error is not None:
        raise error
