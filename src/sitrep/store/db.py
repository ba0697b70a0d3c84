"""The DuckDB store: documents and their coded events, queried through `EventFilter`.

Keys and ids:
- A document is identified by its content hash (sha256 of the cleaned text). Adding a document whose
  hash is already stored writes nothing and returns False, so re-ingesting a corpus is idempotent.
- Document ids from different inputs may collide. When a different text arrives with a doc_id that is
  already stored, it is stored as "<doc_id>~2" (then ~3, ...); its events carry that id, the document
  row keeps the id it came with in `original_doc_id`, and a warning is logged.
- Events coded without `doc_hash` get the article's hash before storing, so their ids are content-based
  (the pipeline sets it already); an event whose doc_hash names another text is refused (StoreError).
  Two events of one document with the same event_id are stored once (the first; a warning is logged).

Writes: `add_document` is one transaction (document row, events, mentions, actor and place counts), and
`add_documents` one for a whole batch, written with one statement per table (writes.py): either all of it is
stored or, on any error or crash, none of it. Every stored record is validated first (`records.plainly_valid`,
and the v1 JSON Schema for any record that check does not vouch for: the schema's verdict either way), so
everything `events()` returns is a valid record, equal to the `Event.to_dict()` that was stored (with the doc_id
and doc_hash adjustments above).

Schema versions: a store written by an older sitrep (see schema.OLD_SCHEMA_VERSIONS) is migrated in one
transaction when it is opened for writing; opened read-only it is read as it is (`Store.derived` is then
False and filters use the conditions that need no derived column: same answers, slower).

A Store holds one DuckDB connection: use it from one thread at a time. DuckDB lets one process write a
file; other processes may open it read_only only while no process holds it for writing.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from sitrep.errors import NotFoundError, StoreError
from sitrep.query import EventFilter
from sitrep.records import Article, Event, event_schema, plainly_valid
from sitrep.settings import Settings
from sitrep.store import clusters, schema, writes

log = logging.getLogger(__name__)


@cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(event_schema())


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _iso_ts(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value else None


class Store:
    """A sitrep store in one DuckDB file (or ":memory:")."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._conn = _connect(self.path, read_only=read_only)
        try:
            version = _prepare_schema(self._conn, self.path, read_only=read_only)
        except BaseException:
            self._conn.close()
            raise
        # the events table has the derived match columns (schema.DERIVE_SQL): filters may use them
        self.derived = version == schema.STORE_SCHEMA_VERSION

    # -------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -------------------------------------------------------------- documents

    def has_document(self, content_hash: str) -> bool:
        row = self._one("SELECT 1 FROM documents WHERE doc_hash = ?", [content_hash])
        return row is not None

    def add_document(self, article: Article, events: Sequence[Event], *, run_id: str | None = None) -> bool:
        """Store an article and its events in one transaction; False (nothing written) if already stored."""
        return self.add_documents([(article, events)], run_id=run_id)[0]

    def add_documents(
        self, items: Sequence[tuple[Article, Sequence[Event]]], *, run_id: str | None = None
    ) -> list[bool]:
        """Store several articles with their events in one transaction (all of them or, on any error or crash,
        none); for each, False when its text was already stored (also earlier in the same batch)."""
        self._write("BEGIN TRANSACTION")
        try:
            new = self._new_documents(items)
            writes.insert_batch(self._conn, [doc for doc in new if doc is not None], run_id=run_id)
            self._write("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, duckdb.Error):
                what = repr(items[0][0].doc_id) if len(items) == 1 else f"a batch of {len(items)} documents"
                raise StoreError(f"{self.path}: could not store {what}: {exc}") from exc
            raise
        return [doc is not None for doc in new]

    def _new_documents(
        self, items: Sequence[tuple[Article, Sequence[Event]]]
    ) -> list[writes.NewDocument | None]:
        """Each item as the document to write (id assigned, records validated), or None when its text is stored
        already or earlier in the batch."""
        new: list[writes.NewDocument | None] = []
        hashes: set[str] = set()
        ids: set[str] = set()
        for article, events in items:
            doc_hash = article.hash
            if doc_hash in hashes or self.has_document(doc_hash):
                new.append(None)
                continue
            doc_id = self._free_doc_id(article.doc_id, taken=ids)
            records = self._records(article, events, doc_id=doc_id, doc_hash=doc_hash)
            hashes.add(doc_hash)
            ids.add(doc_id)
            new.append(writes.NewDocument(article, doc_id, doc_hash, records, ingested_at=_now()))
        return new

    def document(self, doc_id: str) -> dict[str, Any]:
        """The stored document: id, source, url, published, title, text, hash, ingested_at, metadata, ..."""
        rows = self._documents("WHERE d.doc_id = ?", [doc_id], with_text=True)
        if not rows:
            raise NotFoundError(f"no document {doc_id!r} in {self.path} (list them with `sitrep documents`)")
        return rows[0]

    def documents(self) -> list[dict[str, Any]]:
        """Every stored document without its text, with its event count, in ingest order."""
        return self._documents("", [], with_text=False)

    # -------------------------------------------------------------- runs

    def start_run(self, *, paths: Sequence[str]) -> str:
        """Record the start of an ingest run; returns its id."""
        run_id = "run_" + uuid.uuid4().hex[:16]
        self._write(
            "INSERT INTO runs (run_id, started_at, paths) VALUES (?, ?, ?)",
            [run_id, _now(), json.dumps([str(p) for p in paths])],
        )
        return run_id

    def finish_run(
        self, run_id: str, *, read: int, coded: int, skipped: list[tuple[str, str]], events: int
    ) -> None:
        """Record what a run read, coded, skipped (origin, reason) and how many events it stored."""
        found = self._one("SELECT 1 FROM runs WHERE run_id = ?", [run_id])
        if found is None:
            raise NotFoundError(f"no run {run_id!r} in {self.path}")
        self._write(
            'UPDATE runs SET finished_at = ?, "read" = ?, coded = ?, skipped = ?, events = ? WHERE run_id = ?',
            [_now(), read, coded, json.dumps([list(s) for s in skipped]), events, run_id],
        )

    def runs(self) -> list[dict[str, Any]]:
        """Every recorded run, oldest first."""
        cur = self._query(
            'SELECT run_id, started_at, finished_at, paths, "read", coded, skipped, events '
            "FROM runs ORDER BY started_at, run_id"
        )
        return [_run_dict(row) for row in cur.fetchall()]

    # -------------------------------------------------------------- events

    def events(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """The matching event records (Event.to_dict() shape), sorted and paged as `flt` says."""
        return list(self.iter_events(flt))

    def iter_events(self, flt: EventFilter | None = None, *, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Like `events`, fetched in batches (for exports of large stores)."""
        flt = flt or EventFilter()
        where, params = schema.filter_sql(flt, derived=self.derived)
        sql = f"SELECT {schema.select_list()} FROM events{where}{schema.order_sql(flt.sort)}"
        sql += schema.page_sql(flt, params)
        cur = self._conn.cursor()
        try:
            _execute(cur, self.path, sql, params)
            while rows := cur.fetchmany(batch):
                yield from (_row_to_record(row) for row in rows)
        finally:
            cur.close()

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events match `flt` (its limit and offset are ignored)."""
        where, params = schema.filter_sql(flt, derived=self.derived)
        row = self._one(f"SELECT count(*) FROM events{where}", params)
        return int(row[0]) if row else 0

    def event(self, event_id: str) -> dict[str, Any]:
        """One event record by id; NotFoundError when unknown."""
        sql = f"SELECT {schema.select_list()} FROM events WHERE event_id = ?"
        row = self._one(sql, [event_id])
        if row is None:
            raise NotFoundError(f"no event {event_id!r} in {self.path}")
        return _row_to_record(row)

    # -------------------------------------------------------------- merged events (see clusters.py)

    def merge(self, *, settings: Settings | None = None) -> int:
        """Recompute which mentions are one real event (sitrep.merge) in one transaction; returns the number
        of merged events. Idempotent: the same events and settings give the same clusters."""
        rows = clusters.cluster_rows(self.iter_events(), settings=settings or Settings())
        self._write("BEGIN TRANSACTION")
        try:
            self._write("DELETE FROM clusters")
            writes.insert_rows(self._conn, "clusters", ("event_id", "cluster_id", "representative"), rows)
            self._write("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: could not store the merged events: {exc}") from exc
            raise
        return sum(1 for row in rows if row[2])

    def merged_events(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """One record per real event: the representative mention's record plus num_mentions, num_articles,
        num_sources, first_reported and mention_ids; `flt` matches an event when any of its mentions matches."""
        sql, params = clusters.merged_sql(
            flt, with_clusters=clusters.has_clusters_table(self._conn), derived=self.derived
        )
        width = len(schema.RECORD_COLUMNS) + 1
        return [
            {**_row_to_record(row[:width]), **clusters.merged_fields(row[width:])}
            for row in self._query(sql, params).fetchall()
        ]

    # -------------------------------------------------------------- internals

    def _query(self, sql: str, params: Sequence[Any] | None = None) -> duckdb.DuckDBPyConnection:
        return _execute(self._conn, self.path, sql, params)

    def _one(self, sql: str, params: Sequence[Any] | None = None) -> tuple[Any, ...] | None:
        """The first row of a query, fetching all of it (a half-read result would block Store's next
        `register` of an Arrow batch on this connection)."""
        rows = self._query(sql, params).fetchall()
        return rows[0] if rows else None

    def _write(self, sql: str, params: Sequence[Any] | None = None) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open it without read_only to write")
        self._conn.execute(sql, params)

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except duckdb.Error:
            log.debug("rollback after a failed write found no open transaction")

    def _free_doc_id(self, doc_id: str, *, taken: set[str]) -> str:
        """`doc_id`, or `doc_id~N` when it names a stored document or one in `taken` (earlier in the batch)."""
        candidate, n = doc_id, 1
        while candidate in taken or self._one("SELECT 1 FROM documents WHERE doc_id = ?", [candidate]):
            n += 1
            candidate = f"{doc_id}~{n}"
        if candidate != doc_id:
            log.warning("doc_id %r is taken by a different text; storing this one as %r", doc_id, candidate)
        return candidate

    def _records(
        self, article: Article, events: Sequence[Event], *, doc_id: str, doc_hash: str
    ) -> list[dict[str, Any]]:
        records: dict[str, dict[str, Any]] = {}
        for ev in events:
            if ev.doc_hash and ev.doc_hash != doc_hash:
                raise StoreError(
                    f"{self.path}: an event of {article.doc_id!r} was coded from a different text "
                    f"(doc_hash {ev.doc_hash[:12]}…); code the article again"
                )
            record = replace(ev, doc_id=doc_id, doc_hash=doc_hash).to_dict()
            self._check_record(record, article)
            if record["event_id"] in records:
                log.warning("%s: event %s coded twice; storing it once", article.doc_id, record["event_id"])
                continue
            records[record["event_id"]] = record
        return list(records.values())

    def _check_record(self, record: dict[str, Any], article: Article) -> None:
        """StoreError unless the record is valid: `plainly_valid` accepts the usual record at a fraction of the
        JSON Schema's cost; the schema judges every record it does not accept (see records.plainly_valid)."""
        if plainly_valid(record):
            return
        error = next(iter(_validator().iter_errors(record)), None)
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "record"
            raise StoreError(
                f"{self.path}: event of {article.doc_id!r} is not a valid record: {where}: {error.message}"
            )

    def _documents(self, where: str, params: list[Any], *, with_text: bool) -> list[dict[str, Any]]:
        text = "d.text" if with_text else "NULL"
        sql = (
            "SELECT d.doc_id, d.source, d.url, d.published, d.title, d.doc_hash, d.ingested_at, d.metadata, "
            f"d.original_doc_id, d.origin, d.run_id, (SELECT count(*) FROM events e WHERE e.doc_hash = d.doc_hash), "
            f"{text} FROM documents d {where} ORDER BY d.ingested_at, d.doc_id"
        )
        return [_document_dict(row, with_text=with_text) for row in self._query(sql, params).fetchall()]


# ------------------------------------------------------------------ opening


def _connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    if path != ":memory:":
        file = Path(path)
        if read_only and not file.exists():
            raise StoreError(f"{path}: no store here; create one with `sitrep ingest --db {path} ...`")
        if file.is_dir():
            raise StoreError(f"{path}: is a directory; give the store's file name (such as sitrep.duckdb)")
        if not read_only:
            _make_parent(file)
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(_open_problem(path, exc)) from exc


def _make_parent(file: Path) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"{file}: cannot create its folder ({exc.strerror}); choose another --db path"
        ) from exc


def _open_problem(path: str, exc: duckdb.Error) -> str:
    message = str(exc)
    if "not a valid DuckDB database" in message:
        return f"{path}: is not a DuckDB database; give a sitrep store file or a new file name with --db"
    if "Could not set lock" in message or "Conflicting lock" in message:
        return f"{path}: is in use by another process (DuckDB allows one writer); close it and try again"
    return f"{path}: cannot open the store: {message}"


def _prepare_schema(conn: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> str:
    """Create the schema (when writable), migrate an old store (when writable); the store's schema version."""
    try:
        if not read_only:
            for ddl in (*schema.DDL, clusters.DDL):
                conn.execute(ddl)
            conn.execute(
                "INSERT INTO meta VALUES ('store_schema_version', ?) ON CONFLICT DO NOTHING",
                [schema.STORE_SCHEMA_VERSION],
            )
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_schema_version'").fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"{path}: is a DuckDB database but not a sitrep store ({exc})") from exc
    found = row[0] if row else "none"
    if found in schema.OLD_SCHEMA_VERSIONS and not read_only:
        _migrate(conn, path, found)
        return schema.STORE_SCHEMA_VERSION
    if found != schema.STORE_SCHEMA_VERSION and found not in schema.OLD_SCHEMA_VERSIONS:
        raise StoreError(
            f"{path}: store schema version {found}, this sitrep reads {schema.STORE_SCHEMA_VERSION}; "
            "re-ingest into a new store"
        )
    return str(found)


def _migrate(conn: duckdb.DuckDBPyConnection, path: str, found: str) -> None:
    """Bring a store of an older schema version to this one in one transaction (all of it or none)."""
    log.info("%s: migrating the store from schema version %s to %s", path, found, schema.STORE_SCHEMA_VERSION)
    try:
        conn.execute("BEGIN TRANSACTION")
        for sql in schema.MIGRATION:
            conn.execute(sql)
        conn.execute("COMMIT")
    except duckdb.Error as exc:
        try:
            conn.execute("ROLLBACK")
        except duckdb.Error:
            log.debug("rollback after a failed migration found no open transaction")
        raise StoreError(f"{path}: could not migrate the store from schema version {found}: {exc}") from exc


def _execute(
    conn: duckdb.DuckDBPyConnection, path: str, sql: str, params: Sequence[Any] | None = None
) -> duckdb.DuckDBPyConnection:
    try:
        return conn.execute(sql, params)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: query failed: {exc}") from exc


# ------------------------------------------------------------------ rows <-> records


def _row_to_record(row: tuple[Any, ...]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for col, value in zip(schema.RECORD_COLUMNS, row, strict=False):
        if col in schema.JSON_COLUMNS and value is not None:
            value = json.loads(value)
        elif col in schema.DATE_COLUMNS and value is not None:
            value = value.isoformat()
        record[col] = value
    extra = row[len(schema.RECORD_COLUMNS)]
    if extra:
        record.update(json.loads(extra))
    return record


def _document_dict(row: tuple[Any, ...], *, with_text: bool) -> dict[str, Any]:
    (
        doc_id,
        source,
        url,
        published,
        title,
        doc_hash,
        ingested_at,
        metadata,
        original,
        origin,
        run_id,
        n,
        text,
    ) = row
    doc: dict[str, Any] = {
        "id": doc_id,
        "source": source,
        "url": url,
        "published": published.isoformat() if published else None,
        "title": title,
        "hash": doc_hash,
        "ingested_at": _iso_ts(ingested_at),
        "metadata": json.loads(metadata) if metadata else {},
        "original_id": original,
        "origin": origin,
        "run_id": run_id,
        "events": int(n),
    }
    if with_text:
        doc["text"] = text
    return doc


def _run_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    run_id, started, finished, paths, read, coded, skipped, events = row
    return {
        "id": run_id,
        "started_at": _iso_ts(started),
        "finished_at": _iso_ts(finished),
        "paths": json.loads(paths),
        "read": read,
        "coded": coded,
        "skipped": [tuple(s) for s in json.loads(skipped)] if skipped else [],
        "events": events,
    }
