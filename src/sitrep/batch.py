"""Batch runs over files: read → code → store (or stream), with a summary of what was read, coded and skipped.

The CLI's `ingest` and `extract` are thin shells over `ingest_paths` and `extract_paths`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from .coder import Coder
from .ingest import Skipped, read_sources
from .records import Article, Event
from .settings import Settings
from .store import Store


@dataclass
class RunSummary:
    """What a batch run did: documents read, coded, already stored, events written, skipped (and why), notes;
    `merged`: the store's real events after the run (mentions merged, see sitrep.merge), None without a store."""

    read: int = 0
    coded: int = 0
    already_stored: int = 0
    events: int = 0
    merged: int | None = None
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The closing summary, one line each, for a terminal."""
        head = (
            f"read {self.read} document(s): coded {self.coded}, already stored {self.already_stored}, "
            f"skipped {len(self.skipped)}; {self.events} event(s)"
        )
        if self.merged is not None:
            head += f"; store: {self.merged} merged event(s)"
        return [
            head,
            *(f"skipped {s.origin}: {s.reason}" for s in self.skipped),
            *(f"note {origin}: {note}" for origin, note in self.notes),
        ]


def _articles(
    paths: Iterable[str | Path],
    summary: RunSummary,
    *,
    published: date | None,
    source: str | None,
    stdin: TextIO | None,
    max_chars: int,
    check_language: bool,
    keep: Callable[[Article], bool] = lambda a: True,
) -> Iterator[Article]:
    for item in read_sources(
        paths,
        published=published,
        source=source,
        stdin=stdin,
        max_chars=max_chars,
        check_language=check_language,
    ):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        summary.read += 1
        summary.notes.extend((item.origin, note) for note in item.notes)
        if keep(item):
            yield item


def stored_events(events: Iterable[Event]) -> int:
    """How many of a document's events the store keeps: one per event id (an event coded twice is stored once)."""
    return len({event.event_id for event in events})


T = TypeVar("T")
WRITE_BATCH = 16  # documents per store transaction: a crash loses at most the batch being written


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    store: Store,
    coder: Coder,
    published: date | None = None,
    source: str | None = None,
    stdin: TextIO | None = None,
    on_document: Callable[[Article], None] | None = None,
) -> RunSummary:
    """Code every article under `paths` into `store`, one transaction per WRITE_BATCH documents; already stored texts are
    not parsed again, so an interrupted run continues where it stopped. Then the store's mentions are merged
    into real events again (`Store.merge`)."""
    summary = RunSummary()
    run_id = store.start_run(paths=[str(p) for p in paths])

    def new(article: Article) -> bool:
        if store.has_document(article.hash):
            summary.already_stored += 1
            return False
        return True

    articles = _articles(
        paths,
        summary,
        published=published,
        source=source,
        stdin=stdin,
        max_chars=coder.settings.max_chars,
        check_language=coder.settings.check_language,
        keep=new,
    )
    store_coded(coder.code(articles), store=store, run_id=run_id, summary=summary, on_document=on_document)
    return finish_ingest(store, run_id=run_id, summary=summary, settings=coder.settings)


def finish_ingest(store: Store, *, run_id: str, summary: RunSummary, settings: Settings) -> RunSummary:
    """Merge the store's mentions into real events again and record the run's counts; the summary, merged."""
    summary.merged = store.merge(settings=settings)
    store.finish_run(
        run_id,
        read=summary.read,
        coded=summary.coded,
        skipped=[(s.origin, s.reason) for s in summary.skipped],
        events=summary.events,
    )
    return summary


def store_coded(
    coded: Iterable[tuple[Article, list[Event]]],
    *,
    store: Store,
    run_id: str,
    summary: RunSummary,
    on_document: Callable[[Article], None] | None = None,
) -> None:
    """Write coded articles in transactions of WRITE_BATCH documents (all or nothing each), counting in `summary`
    what the store keeps and what it already had."""
    for batch in _batched(coded, WRITE_BATCH):
        for (article, events), stored in zip(batch, store.add_documents(batch, run_id=run_id), strict=True):
            if stored:
                summary.coded += 1
                summary.events += stored_events(events)
            else:
                summary.already_stored += 1
            if on_document:
                on_document(article)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    coder: Coder,
    summary: RunSummary,
    published: date | None = None,
    source: str | None = None,
    stdin: TextIO | None = None,
    on_document: Callable[[Article], None] | None = None,
) -> Iterator[Event]:
    """Events of every article under `paths`, without a store; `summary` is filled as the run goes."""
    articles = _articles(
        paths,
        summary,
        published=published,
        source=source,
        stdin=stdin,
        max_chars=coder.settings.max_chars,
        check_language=coder.settings.check_language,
    )
    for article, events in coder.code(articles):
        summary.coded += 1
        summary.events += len(events)
        if on_document:
            on_document(article)
        yield from events
