"""Ingest on a Dask cluster: the NLP and coding run on dask.distributed workers, the store stays one DuckDB file.

    sitrep ingest PATHS --workers 4                       # a LocalCluster of 4 worker processes on this machine
    sitrep ingest PATHS --scheduler tcp://HOST:8786       # an existing cluster (Kubernetes, HPC, ...)

The client reads the inputs (cheap), leaves out texts the store already has (content hash), and sends bounded
batches of articles to the workers. Each worker keeps one Coder (spaCy model and dictionaries) per process for
as long as it lives (`worker_coder`, cached by settings), codes a batch and writes it as two Parquet files in the
parts folder: `events-KEY.parquet` (one row per event: id, document hash and id, type, date, status, the public
record as JSON, and the full Event for the import) and then `docs-KEY.parquet` (one row per article), whose
presence marks the batch as done. KEY is a hash of the batch's content hashes, so a batch is coded once however
often a run is repeated or restarted. The client imports the parts in submission order, one transaction per
WRITE_BATCH documents as `ingest_paths` writes (`Store.add_documents`, idempotent by content hash; every record
validated as any other), then merges events (`Store.merge`): the store ends up exactly as a single-process
`ingest_paths` leaves it.

The parts folder must be reachable by the workers and the client under the same path (a shared filesystem on
a cluster); by default it is `<store>.parts/` beside the store.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from .batch import RunSummary, _articles, finish_ingest, store_coded
from .coder import Coder
from .errors import ConfigError
from .records import Actor, Article, DateValue, Event, Evidence, Place
from .settings import Settings
from .store import Store


def ingest_distributed(
    paths: Iterable[str | Path],
    *,
    store: Store,
    settings: Settings,
    workers: int | None = None,
    scheduler: str | None = None,
    parts_dir: Path | None = None,
    published: date | None = None,
    source: str | None = None,
    stdin: TextIO | None = None,
) -> RunSummary:
    """`ingest_paths` with the coding on a Dask cluster: a LocalCluster of `workers` processes, or the one at
    `scheduler` (tcp://HOST:8786)."""
    from distributed import Client

    names = [str(p) for p in paths]
    parts = parts_dir or Path(store.path + ".parts")
    parts.mkdir(parents=True, exist_ok=True)
    summary, run_id = RunSummary(), store.start_run(paths=names)
    with _cluster(workers=workers, scheduler=scheduler) as cluster, Client(cluster) as client:
        in_flight = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        articles = _new_articles(
            names, store, summary, settings=settings, published=published, source=source, stdin=stdin
        )
        for key in _run_batches(client, articles, settings=settings, parts=parts, in_flight=in_flight):
            _import_part(store, parts, key, summary, run_id=run_id)
    return finish_ingest(store, run_id=run_id, summary=summary, settings=settings)


def _cluster(*, workers: int | None, scheduler: str | None) -> Any:
    """A context manager giving what `Client` connects to: the scheduler address, or a new LocalCluster."""
    import contextlib

    from distributed import LocalCluster

    if scheduler and workers:
        raise ConfigError("give --workers (a local cluster) or --scheduler (an existing one), not both")
    if scheduler:
        return contextlib.nullcontext(scheduler)
    return LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None)


def _new_articles(
    paths: list[str],
    store: Store,
    summary: RunSummary,
    *,
    settings: Settings,
    published: date | None,
    source: str | None,
    stdin: TextIO | None,
) -> Iterator[Article]:
    def new(article: Article) -> bool:
        if store.has_document(article.hash):
            summary.already_stored += 1
            return False
        return True

    return _articles(
        paths,
        summary,
        published=published,
        source=source,
        stdin=stdin,
        max_chars=settings.max_chars,
        check_language=settings.check_language,
        keep=new,
    )


def _run_batches(
    client: Any, articles: Iterator[Article], *, settings: Settings, parts: Path, in_flight: int
) -> Iterator[str]:
    """Submit batches of `settings.batch_size` articles, at most `in_flight` at once; yield each batch's key in
    submission order once its parts are written (batches already in the parts folder are not coded again)."""
    pending: deque[tuple[str, Any]] = deque()
    for batch in _batches(articles, size=settings.batch_size):
        key = batch_key(batch)
        done = (parts / f"docs-{key}.parquet").exists()
        pending.append(
            (
                key,
                None
                if done
                else client.submit(
                    code_batch, batch, settings, str(parts), key, key=f"sitrep-code-{key}", pure=False
                ),
            )
        )
        while len(pending) >= in_flight:
            yield _finish(pending.popleft())
    while pending:
        yield _finish(pending.popleft())


def _finish(item: tuple[str, Any]) -> str:
    key, future = item
    if future is not None:
        future.result()
        future.release()
    return key


def _batches(articles: Iterator[Article], *, size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    seen: set[str] = set()
    for article in articles:
        if article.hash in seen:  # the same text twice in one run: the store keeps the first
            continue
        seen.add(article.hash)
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def batch_key(batch: list[Article]) -> str:
    """The content key of a batch: a hash of its articles' content hashes, in order."""
    return hashlib.sha1("".join(a.hash for a in batch).encode("ascii")).hexdigest()[:20]


# ------------------------------------------------------------------ on the workers


@functools.cache
def worker_coder(settings: Settings) -> Coder:
    """One Coder per worker process and settings: the spaCy model is loaded once, on the first batch."""
    return Coder(settings=dataclasses.replace(settings, processes=1))


def code_batch(batch: list[Article], settings: Settings, parts: str, key: str) -> str:
    """Code a batch on a worker and write its Parquet parts (events, then docs); returns the key."""
    coded = list(worker_coder(settings).code(batch))
    folder = Path(parts)
    _write_parquet(
        folder / f"events-{key}.parquet",
        [_event_row(a, e) for a, events in coded for e in events],
        _EVENT_COLUMNS,
    )
    _write_parquet(
        folder / f"docs-{key}.parquet", [_doc_row(a, len(events)) for a, events in coded], _DOC_COLUMNS
    )
    return key


_EVENT_COLUMNS = ("event_id", "doc_hash", "doc_id", "event_type", "date", "status", "record", "event")
_DOC_COLUMNS = ("doc_hash", "doc_id", "published", "source", "events", "article")


def _write_parquet(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Write rows atomically (a temporary name, then rename): a crash never leaves half a part."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"events": pa.int64()}
    table = pa.table({c: pa.array([r[c] for r in rows], type=kinds.get(c, pa.string())) for c in columns})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _event_row(article: Article, event: Event) -> dict[str, Any]:
    record = event.to_dict()
    return {
        "event_id": record["event_id"],
        "doc_hash": article.hash,
        "doc_id": article.doc_id,
        "event_type": event.event_type,
        "date": record["date"],
        "status": event.status,
        "record": json.dumps(record, ensure_ascii=False),
        "event": _dump(dataclasses.asdict(event)),
    }


def _doc_row(article: Article, n_events: int) -> dict[str, Any]:
    return {
        "doc_hash": article.hash,
        "doc_id": article.doc_id,
        "source": article.source,
        "events": n_events,
        "published": article.published.isoformat() if article.published else None,
        "article": _dump(dataclasses.asdict(article)),
    }


def _dump(value: Any) -> str:
    return json.dumps(
        value, ensure_ascii=False, default=lambda v: v.isoformat() if isinstance(v, date) else str(v)
    )


# ------------------------------------------------------------------ back on the client


def _import_part(store: Store, parts: Path, key: str, summary: RunSummary, *, run_id: str) -> None:
    import pyarrow.parquet as pq

    events: dict[str, list[Event]] = {}
    for row in pq.read_table(parts / f"events-{key}.parquet", columns=["doc_hash", "event"]).to_pylist():
        events.setdefault(row["doc_hash"], []).append(event_from_dict(json.loads(row["event"])))
    docs = pq.read_table(parts / f"docs-{key}.parquet", columns=["doc_hash", "article"]).to_pylist()
    pairs = [(article_from_dict(json.loads(row["article"])), events.get(row["doc_hash"], [])) for row in docs]
    store_coded(pairs, store=store, run_id=run_id, summary=summary)


def article_from_dict(data: dict[str, Any]) -> Article:
    """An Article from `dataclasses.asdict(article)` with its date as ISO text."""
    published = date.fromisoformat(data["published"]) if data.get("published") else None
    return Article(**{**data, "published": published})


def event_from_dict(data: dict[str, Any]) -> Event:
    """An Event from `dataclasses.asdict(event)` with dates as ISO text (the exact inverse, ids included)."""
    actors = {
        k: Actor(**data[k]) if data.get(k) else None
        for k in ("source", "target", "attributed_to", "denied_by")
    }
    when = data.get("date")
    date_value = None
    if when:
        end = date.fromisoformat(when["date_end"]) if when.get("date_end") else None
        date_value = DateValue(**{**when, "date": date.fromisoformat(when["date"]), "date_end": end})
    location = Place(**data["location"]) if data.get("location") else None
    return Event(
        **{
            **data,
            **actors,
            "evidence": Evidence(**data["evidence"]),
            "date": date_value,
            "location": location,
        }
    )
