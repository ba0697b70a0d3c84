"""sitrep's own document-level gold (shared/data/eval/sitrep_events/*.jsonl): per article, lenient descriptions of
every event (acceptable types, actor tokens, statuses, place with a tolerance, date window).

The articles are not in the gold file: they are looked up by id in the JSON Lines files of the corpora folder beside
the eval folder, i.e. `<gold file's folder>/../../corpora/` (searched recursively; for the shared data that is
shared/data/corpora/guardian_syria_2017_2019.jsonl), and read as `sitrep extract` reads them (text cleaned, the
record's `published` date, else the gold's). An article that cannot be found is a GoldFileError.

Scoring is that of shared/tools/score_events.py, reimplemented on the public records (`score_records`):
- `found`: share of gold events matched (type in the gold types, a source token in the source's text/name/codes,
  likewise the target when the gold names one), each extracted event used once, gold events taken in file order,
  among the candidates the one right on most of status/place/date;
- `fully_right`: share of gold events matched with status, place (within km) and date window also right;
- `precision`: share of extracted events (in the gold articles) whose type and source fit some gold event there.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GoldFileError
from ..geo.distance import haversine_km
from ..ingest import read_text
from ..records import Article
from . import EvalResult
from .common import code_articles, first, read_jsonl, text_lines

if TYPE_CHECKING:
    from ..coder import Coder

REQUIRED = {"doc": str, "id": str, "type": list, "source": list, "target": list, "status": list, "date": list}
ACTOR_FIELDS = ("text", "name", "actor_id", "country", "sponsor", "led_by", "sector")


@dataclass
class EventScore:
    """The counts score_events.py prints."""

    gold: int = 0
    found: int = 0
    right: int = 0
    status: int = 0
    place: int = 0
    date: int = 0
    extracted: int = 0
    matched: int = 0
    missed: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        return {
            "found": self.found / self.gold if self.gold else 0.0,
            "fully_right": self.right / self.gold if self.gold else 0.0,
            "precision": self.matched / self.extracted if self.extracted else 0.0,
        }


# --- the gold file ----------------------------------------------------------------------------------------------


def load(path: Path) -> list[dict[str, Any]]:
    """The gold events of a sitrep events file, each checked for the keys and shapes the scorer uses."""
    events = [_check(f"{path}:{number}", record) for number, record in read_jsonl(path)]
    if not events:
        raise GoldFileError(f"{path}: no gold events")
    return events


def _check(where: str, record: dict[str, Any]) -> dict[str, Any]:
    for key, kind in REQUIRED.items():
        if not isinstance(record.get(key), kind):
            raise GoldFileError(f"{where}: '{key}' must be a {kind.__name__} (see sitrep_events/README.md)")
    window = record["date"]
    if len(window) != 2 or not all(isinstance(d, str) and _is_date(d) for d in window):
        raise GoldFileError(f"{where}: 'date' must be [earliest, latest] ISO dates")
    place = record.get("place")
    if place is not None and not (
        isinstance(place, dict) and all(isinstance(place.get(k), int | float) for k in ("lat", "lon", "km"))
    ):
        raise GoldFileError(f"{where}: 'place' must be null or an object with numeric lat, lon and km")
    return record


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def corpus_dir(path: Path) -> Path:
    """Where the gold file's articles are looked up: <gold folder>/../../corpora."""
    return path.resolve().parent.parent.parent / "corpora"


def find_articles(path: Path, doc_ids: list[str], gold: list[dict[str, Any]]) -> list[Article]:
    """The articles `doc_ids` (in that order) from the JSON Lines files under corpus_dir(path)."""
    folder, wanted = corpus_dir(path), set(doc_ids)
    found: dict[str, dict[str, Any]] = {}
    for file in sorted(folder.rglob("*.jsonl")) if folder.is_dir() else []:
        for line in text_lines(file.read_text(encoding="utf-8", errors="replace")):
            record = _record(line)
            if record is not None and str(record.get("id")) in wanted:
                found.setdefault(str(record["id"]), record)
    missing = [d for d in doc_ids if d not in found]
    if missing:
        raise GoldFileError(
            f"{path}: articles {', '.join(missing[:5])} not found in the JSON Lines files under {folder}"
        )
    published = {g["doc"]: g.get("published") for g in gold}
    return [_article(found[d], published.get(d)) for d in doc_ids]


def _record(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) and isinstance(value.get("text"), str) else None


def _article(record: dict[str, Any], fallback: str | None) -> Article:
    from ..ingest.readers import parse_date

    try:
        published = parse_date(record.get("published")) or parse_date(fallback)
    except ValueError:
        published = None
    source = record.get("source") if isinstance(record.get("source"), str) else None
    return read_text(record["text"], doc_id=str(record["id"]), published=published, source=source)


# --- scoring (as shared/tools/score_events.py) ------------------------------------------------------------------


def actor_blob(actor: Any) -> str:
    """The lower-cased text, name and codes of an actor record (or a list of them)."""
    if not actor:
        return ""
    if isinstance(actor, list):
        return " ".join(actor_blob(a) for a in actor)
    return " ".join(str(actor.get(k) or "") for k in ACTOR_FIELDS).lower()


def actor_ok(tokens: list[str], actor: Any) -> bool:
    """True when the gold names no actor, or one of its tokens occurs in the actor's blob."""
    if not tokens:
        return True
    blob = actor_blob(actor)
    return bool(blob) and any(t.lower() in blob for t in tokens)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, R = 6371 km), as score_events.py computes it."""
    return haversine_km(a[0], a[1], b[0], b[1], radius_km=6371.0)


def place_ok(gold: dict[str, Any], record: dict[str, Any]) -> bool:
    if gold.get("place") is None:
        return True
    loc = record.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return False
    p = gold["place"]
    return distance_km((p["lat"], p["lon"]), (loc["lat"], loc["lon"])) <= p["km"]


def date_ok(gold: dict[str, Any], record: dict[str, Any]) -> bool:
    low, high = gold["date"]
    start = record.get("date")
    if not start:
        return False
    end = record.get("date_end") or start
    return bool(start <= high and end >= low)


def candidates(gold: dict[str, Any], records: list[dict[str, Any]], used: set[int]) -> list[dict[str, Any]]:
    """The unused extracted records of the gold event's article that match it on type, source and target."""
    return [
        r
        for r in records
        if id(r) not in used
        and r.get("event_type") in gold["type"]
        and actor_ok(gold["source"], r.get("source"))
        and actor_ok(gold["target"], r.get("target"))
    ]


def score_records(gold: list[dict[str, Any]], records: list[dict[str, Any]]) -> EventScore:
    """score_events.py's counts for gold events against extracted public records."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_doc[str(record.get("doc_id"))].append(record)
    docs = {g["doc"] for g in gold}
    score = EventScore(gold=len(gold), extracted=sum(len(by_doc[d]) for d in docs))
    used: set[int] = set()
    for g in gold:
        found = candidates(g, by_doc[g["doc"]], used)
        if not found:
            score.missed.append(g["id"])
            continue
        best = max(found, key=lambda r: (r.get("status") in g["status"]) + place_ok(g, r) + date_ok(g, r))
        used.add(id(best))
        status, place, when = best.get("status") in g["status"], place_ok(g, best), date_ok(g, best)
        score.found += 1
        score.status, score.place, score.date = score.status + status, score.place + place, score.date + when
        score.right += status and place and when
    score.matched = sum(
        any(
            r.get("event_type") in g["type"] and actor_ok(g["source"], r.get("source"))
            for g in gold
            if g["doc"] == d
        )
        for d in docs
        for r in by_doc[d]
    )
    return score


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the pipeline on a sitrep events gold file; `limit` keeps the first N articles."""
    gold = load(path)
    doc_ids = first(list(dict.fromkeys(g["doc"] for g in gold)), limit)
    gold = [g for g in gold if g["doc"] in set(doc_ids)]
    articles = find_articles(path, doc_ids, gold)
    records = [e.to_dict() for events in code_articles(articles, coder=coder) for e in events]
    score = score_records(gold, records)
    counts = {
        "articles": len(doc_ids),
        "gold_events": score.gold,
        "found_events": score.found,
        "fully_right_events": score.right,
        "status_right": score.status,
        "place_right": score.place,
        "date_right": score.date,
        "extracted_events": score.extracted,
        "extracted_matching": score.matched,
    }
    notes = [f"articles from {corpus_dir(path)}", "missed: " + (", ".join(score.missed) or "none")]
    return EvalResult("events", str(path), score.metrics(), counts, notes)
