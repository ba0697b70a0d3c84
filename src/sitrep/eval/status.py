"""Status evaluation on sitrep's own status test set (tests/data/status/status_set.jsonl, docs/status.md).

Format: JSON Lines, one gold item per line:
`{"id", "text", "published" (ISO date, optional), "trigger" (the event word as written in text), "status",
"event_type" (PLOVER, optional), "attributed_to" / "denied_by" (optional: a word of the expected holder),
"note" (optional)}`.

Each text is coded as one article. The gold trigger is its first case-insensitive whole-word occurrence in the
text. The event scored is the first whose evidence trigger overlaps that span; failing that, the first whose
trigger is a support verb just before it in the same sentence ("launch a ground offensive", "carried out the
massacre": at most three words between). Metrics:
- `accuracy`: items whose event has the gold status / all items (an item with no event counts wrong);
- `asserted_leaks`: items whose gold status is negated, denied or hypothetical and whose event is coded asserted
  (the error that puts things that did not happen on the map; the target is 0);
- `found`: items for which an event was matched at all;
- `status_accuracy`: right statuses among the found items (the status reader alone, apart from detection).
Counts give per-status gold and right items and how many expected holders were found in `attributed_to` /
`denied_by`; the notes list every wrong item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GoldFileError
from ..records import EVENT_TYPES, STATUSES, Event
from . import EvalResult
from .common import code_articles, first, read_jsonl, short_article

if TYPE_CHECKING:
    from ..coder import Coder

REQUIRED_KEYS = ("id", "text", "trigger", "status")
OPTIONAL_KEYS = ("published", "event_type", "attributed_to", "denied_by", "note")
LEAK_STATUSES = frozenset({"negated", "denied", "hypothetical"})
MAX_GAP_WORDS = 3


@dataclass(frozen=True)
class StatusItem:
    """One gold sentence: its text, the trigger span, the gold status and the expected holder word (if any)."""

    item_id: str
    text: str
    published: date | None
    trigger: str
    trigger_start: int
    status: str
    event_type: str | None = None
    holder: str | None = None

    @property
    def trigger_end(self) -> int:
        return self.trigger_start + len(self.trigger)


def load(path: Path) -> list[StatusItem]:
    """The gold items of a status set; GoldFileError naming file and line on any bad line or duplicate id."""
    items: list[StatusItem] = []
    seen: set[str] = set()
    for number, record in read_jsonl(path):
        item = parse_item(record, where=f"{path}:{number}")
        if item.item_id in seen:
            raise GoldFileError(f"{path}:{number}: duplicate id {item.item_id!r}")
        seen.add(item.item_id)
        items.append(item)
    if not items:
        raise GoldFileError(f"{path}: no gold items (expected JSON Lines of status items)")
    return items


def parse_item(record: dict[str, Any], *, where: str) -> StatusItem:
    """Validate one JSON object and make it a StatusItem."""
    unknown = sorted(set(record) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise GoldFileError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for key in REQUIRED_KEYS:
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise GoldFileError(f"{where}: needs a non-empty string {key!r}")
    text, trigger, status = record["text"], record["trigger"], record["status"]
    if status not in STATUSES:
        raise GoldFileError(f"{where}: status {status!r} is not one of {', '.join(STATUSES)}")
    event_type = _optional_string(record, "event_type", where=where)
    if event_type is not None and event_type not in EVENT_TYPES:
        raise GoldFileError(f"{where}: event_type {event_type!r} is not a PLOVER type")
    match = re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", text, flags=re.IGNORECASE)
    if match is None:
        raise GoldFileError(f"{where}: trigger {trigger!r} does not occur as written in the text")
    holder = _optional_string(record, "denied_by" if status == "denied" else "attributed_to", where=where)
    return StatusItem(
        record["id"],
        text,
        _published(record, where=where),
        match.group(0),
        match.start(),
        status,
        event_type,
        holder,
    )


def _optional_string(record: dict[str, Any], key: str, *, where: str) -> str | None:
    value = record.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise GoldFileError(f"{where}: {key!r} must be a non-empty string when given")
    return value


def _published(record: dict[str, Any], *, where: str) -> date | None:
    value = _optional_string(record, "published", where=where)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise GoldFileError(f"{where}: published {value!r} is not an ISO date (YYYY-MM-DD)") from None


def trigger_span(event: Event) -> tuple[int, int]:
    """Character span of the event's evidence trigger in the article text."""
    evidence = event.evidence
    start = evidence.trigger_start
    if start is None:
        found = evidence.sentence.find(evidence.trigger)
        start = evidence.start + max(found, 0)
    return start, start + len(evidence.trigger)


def match_event(item: StatusItem, events: list[Event]) -> Event | None:
    """The event that codes the gold trigger: an overlapping trigger (of the gold type, if any has it), else a
    support verb of the gold type just before it ("launch a ground offensive")."""
    overlapping = [e for e in events if _overlaps(item, e)]
    typed = [e for e in overlapping if e.event_type == item.event_type]
    if typed or overlapping:
        return (typed or overlapping)[0]
    for event in events:
        start, end = trigger_span(event)
        in_sentence = event.evidence.start <= item.trigger_start < event.evidence.end
        gap = item.text[end : item.trigger_start].split() if end <= item.trigger_start else None
        if (
            in_sentence
            and gap is not None
            and len(gap) <= MAX_GAP_WORDS
            and item.event_type in (None, event.event_type)
        ):
            return event
    return None


def _overlaps(item: StatusItem, event: Event) -> bool:
    start, end = trigger_span(event)
    return start < item.trigger_end and item.trigger_start < end


def holder_found(item: StatusItem, event: Event | None) -> bool:
    """True when the expected holder word is in the event's attributed_to (or denied_by) phrase."""
    if event is None or item.holder is None:
        return False
    actor = event.denied_by if item.status == "denied" else event.attributed_to
    if actor is None:
        return False
    written = " ".join(x for x in (actor.text, actor.name) if x).lower()
    return item.holder.lower() in written


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the pipeline's statuses on a status gold file (see the module docstring)."""
    items = first(load(path), limit)
    coded = code_articles(
        [short_article(i.item_id, i.text, published=i.published) for i in items], coder=coder
    )
    matched = [match_event(item, events) for item, events in zip(items, coded, strict=True)]
    return score(items, matched, path=path)


def score(items: list[StatusItem], matched: list[Event | None], *, path: Path) -> EvalResult:
    """The metrics, counts and notes of matched events against their gold items."""
    total = len(items)
    right = [e is not None and e.status == i.status for i, e in zip(items, matched, strict=True)]
    leaks = sum(
        e is not None and e.status == "asserted" and i.status in LEAK_STATUSES
        for i, e in zip(items, matched, strict=True)
    )
    found = sum(e is not None for e in matched)
    metrics = {
        "accuracy": sum(right) / total if total else 0.0,
        "asserted_leaks": leaks,
        "found": found / total if total else 0.0,
        "status_accuracy": sum(right) / found if found else 0.0,
    }
    counts: dict[str, int] = {"items": total, "matched": found, "right": sum(right)}
    for status in STATUSES:
        counts[f"gold_{status}"] = sum(i.status == status for i in items)
        counts[f"right_{status}"] = sum(ok and i.status == status for i, ok in zip(items, right, strict=True))
    counts["holders_expected"] = sum(i.holder is not None for i in items)
    counts["holders_found"] = sum(holder_found(i, e) for i, e in zip(items, matched, strict=True))
    notes = [
        f"{i.item_id}: gold {i.status}, got {e.status if e else 'no event'} ({i.trigger!r})"
        for i, e, ok in zip(items, matched, right, strict=True)
        if not ok
    ]
    return EvalResult("status", str(path), metrics, counts, notes)
