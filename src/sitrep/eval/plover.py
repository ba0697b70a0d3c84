"""The PLOVER gold standard records (PLOVER_GSR_CAMEO.txt: a JSON array of sentences from the CAMEO manual, each
with one PLOVER event, its source and target actors and their country codes).

Scoring, per sentence (one gold event each):
- the sentence is coded on its own; of its extracted events, those of the gold type are scored when there are any,
  else those of the most confident event's type (ties: the first in the text). No event → no type (a miss).
- `type_accuracy`: share of sentences whose scored type is the gold type (older PLOVER names mapped: DEMAND →
  REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT, ...; sentences whose gold type has no current PLOVER type are
  left out and counted as `unscored`).
- `macro_f1`: mean per-type F1 of that single-label classification over the types in the gold or the predictions
  (a sentence without events is a miss only).
- `source_country_f1` / `target_country_f1`: micro F1 over (sentence, country) pairs: the gold actors' country codes
  against the countries of the scored events' sources (targets); compound actors give several pairs. Codes are
  compared after data/eval/actor_codes.csv (JAP → JPN, UN/EU bodies → IGO).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..coding.ontology import normalize_event_type
from ..errors import GoldFileError
from ..records import Event
from . import EvalResult
from .common import (
    accuracy,
    canonical_country,
    code_articles,
    first,
    macro_f1,
    read_gold_text,
    set_tally,
    short_article,
)

if TYPE_CHECKING:
    from ..coder import Coder

SKIPPED_EVENTS = frozenset({"DOCUMENT"})


@dataclass(frozen=True)
class PloverItem:
    """One gold sentence: its text, the gold type (current PLOVER name, None when it has none) and actor countries."""

    item_id: str
    text: str
    gold_name: str
    event_type: str | None
    sources: frozenset[str]
    targets: frozenset[str]


def load(path: Path) -> list[PloverItem]:
    """The gold sentences of a PLOVER GSR file (DOCUMENT records left out); GoldFileError on a wrong shape."""
    try:
        records = json.loads(read_gold_text(path))
    except json.JSONDecodeError as exc:
        raise GoldFileError(
            f"{path}: not JSON ({exc.msg}, line {exc.lineno}); expected a PLOVER GSR array"
        ) from None
    if not isinstance(records, list):
        raise GoldFileError(
            f"{path}: expected a JSON array of PLOVER records, found {type(records).__name__}"
        )
    items = [_item(path, number, record) for number, record in enumerate(records, start=1)]
    return [item for item in items if item is not None]


def _item(path: Path, number: int, record: Any) -> PloverItem | None:
    where = f"{path}: record {number}"
    if not isinstance(record, dict):
        raise GoldFileError(f"{where}: expected an object, found {type(record).__name__}")
    item_id, event = record.get("id"), record.get("event")
    if not isinstance(item_id, str) or not isinstance(event, str) or not event.strip():
        raise GoldFileError(f"{where}: needs string fields 'id' and 'event'")
    if event.strip().upper() in SKIPPED_EVENTS:
        return None
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFileError(f"{where} ({item_id}): needs a non-empty string 'text'")
    return PloverItem(
        item_id,
        text,
        event.strip(),
        normalize_event_type(event),
        _countries(f"{where} ({item_id})", record.get("source"), "source"),
        _countries(f"{where} ({item_id})", record.get("target"), "target"),
    )


def _countries(where: str, actors: Any, key: str) -> frozenset[str]:
    """Country codes of a source/target field: a list of {actorText, code, ...}; null, "" or a bare string (an
    uncoded actor) give none."""
    if actors is None or isinstance(actors, str):
        return frozenset()
    if not isinstance(actors, list) or not all(isinstance(a, dict) for a in actors):
        raise GoldFileError(f"{where}: '{key}' must be a list of actor objects")
    codes = [a.get("code") for a in actors]
    if not all(code is None or isinstance(code, str) for code in codes):
        raise GoldFileError(f"{where}: '{key}' actor codes must be strings")
    return frozenset(c for code in codes if (c := canonical_country(code)))


INTENT_STATUSES = frozenset({"planned", "hypothetical", "conditional"})
COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "AGREE"})
POSTURE_ROOT = "15"
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "REJECT", "PROTEST"})


def plover_type(event: Event) -> str:
    """The type PLOVER's gold gives an event: an intended or conditional cooperative act is AGREE (CAMEO 03,
    "express intent to …"), an intended or conditional hostile act is THREATEN (CAMEO 13). sitrep codes the act
    itself with status planned/hypothetical/conditional; this maps it to PLOVER's convention for scoring. A
    negated cooperative act whose CAMEO code is a refusal (12x, "will not accept refugees") is REJECT; an intended
    act whose CAMEO code is a force posture (15x, "prepared to resume shelling") is MOBILIZE."""
    if event.status == "negated" and (event.cameo or "").startswith("12") and event.event_type in COOPERATIVE_TYPES:
        return "REJECT"
    if event.status in INTENT_STATUSES:
        if (event.cameo or "")[:2] == POSTURE_ROOT and event.event_type != "MOBILIZE":
            return "MOBILIZE"  # "prepared to resume shelling": CAMEO codes the readying of force (15x)
        if event.event_type in COOPERATIVE_TYPES:
            return "AGREE"
        if event.event_type in HOSTILE_TYPES:
            return "THREATEN"
    return event.event_type


def scored_events(events: list[Event], gold_type: str | None) -> list[Event]:
    """The events a sentence is scored on: those of the gold type, else those of the most confident event's type
    (types as PLOVER's convention reads them, see plover_type)."""
    if not events:
        return []
    matching = [e for e in events if plover_type(e) == gold_type]
    if matching:
        return matching
    best = max(events, key=lambda e: e.confidence)  # max keeps the first of equals
    return [e for e in events if plover_type(e) == plover_type(best)]


def actor_countries(events: list[Event], role: str) -> set[str]:
    """The canonical countries of the events' sources (role 'source') or targets ('target')."""
    actors = [getattr(e, role) for e in events]
    return {c for a in actors if a is not None and (c := canonical_country(a.country))}


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the pipeline on a PLOVER GSR file (see the module docstring for the rules)."""
    loaded = load(path)
    items = first([i for i in loaded if i.event_type is not None], limit)
    coded = code_articles([short_article(i.item_id, i.text) for i in items], coder=coder)
    chosen = [scored_events(events, item.event_type) for item, events in zip(items, coded, strict=True)]
    gold = [str(item.event_type) for item in items]
    predicted = [plover_type(events[0]) if events else None for events in chosen]
    metrics = {"type_accuracy": accuracy(gold, predicted), "macro_f1": macro_f1(gold, predicted)}
    for role, key in (("source", "sources"), ("target", "targets")):
        gold_pairs = {(i.item_id, c) for i in items for c in getattr(i, key)}
        pred_pairs = {
            (i.item_id, c)
            for i, events in zip(items, chosen, strict=True)
            for c in actor_countries(events, role)
        }
        metrics[f"{role}_country_f1"] = set_tally(gold_pairs, pred_pairs).f1
    counts = {
        "sentences": len(items),
        "unscored": len(loaded) - sum(i.event_type is not None for i in loaded),
        "without_events": sum(not events for events in coded),
        "events": sum(map(len, coded)),
    }
    notes = [
        "a sentence is scored on its events of the gold type, else on those of its most confident event's type"
    ]
    return EvalResult("plover", str(path), metrics, counts, notes)
