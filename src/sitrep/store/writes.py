"""Writing a batch of documents: the rows of each table, inserted with one statement per table.

`Store.add_documents` decides which documents are new, assigns their ids and validates their records
(db.py); this module turns that batch (`NewDocument`s) into rows and inserts them. Each table gets one
`INSERT ... SELECT` over an Arrow table of the whole batch (DuckDB scans it in one go: no per-row
parameter binding, no per-document statements); the derived `actor_text` column is computed in that
statement (schema.ACTOR_TEXT_SQL), and the actor and place counts of the batch are summed in Python
first so that one upsert per table does what one per document did. The values stored are the same as
row-by-row inserts store: DuckDB casts each column to its table type in both cases.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from sitrep.records import Article
from sitrep.store import schema


@dataclass
class NewDocument:
    """A document of the batch that is not stored yet, with its id, hash, validated records and ingest time."""

    article: Article
    doc_id: str
    doc_hash: str
    records: list[dict[str, Any]]
    ingested_at: datetime


DOCUMENT_COLUMNS = (
    "doc_hash", "doc_id", "original_doc_id", "source", "url", "published", "title", "text",
    "origin", "notes", "metadata", "ingested_at", "run_id",
)  # fmt: skip
MENTION_COLUMNS = ("event_id", "doc_hash", "doc_id", "sentence_start", "sentence_end", "trigger")
ACTOR_KEYS = ("actor_id", "name", "country", "sector", "sponsor", "led_by")
PLACE_KEYS = ("geonameid", "name", "country", "admin1", "lat", "lon")
_COUNT_TAIL = ("mentions", "first_seen", "last_seen")
_UPSERT = "DO UPDATE SET mentions = mentions + excluded.mentions, last_seen = excluded.last_seen"
_ROLES = ("source", "target", "attributed_to", "denied_by")
_ROWS_PER_STATEMENT = 200  # for the VALUES form


def insert_batch(conn: duckdb.DuckDBPyConnection, docs: Sequence[NewDocument], *, run_id: str | None) -> None:
    """Insert the rows of `docs` into documents, events, mentions, actors and places (the caller holds the
    transaction)."""
    if not docs:
        return
    insert_rows(conn, "documents", DOCUMENT_COLUMNS, [document_row(d, run_id=run_id) for d in docs])
    events = [event_row(r, d.doc_hash) for d in docs for r in d.records]
    insert_rows(conn, "events", schema.EVENT_INSERT_COLUMNS, events,
                derived=(("actor_text", schema.ACTOR_TEXT_SQL),))  # fmt: skip
    mentions = [[r["event_id"], d.doc_hash, r["doc_id"], *evidence_span(r)] for d in docs for r in d.records]
    insert_rows(conn, "mentions", MENTION_COLUMNS, mentions)
    actors, places = count_rows(docs)
    insert_rows(conn, "actors", ("actor_key", *ACTOR_KEYS, *_COUNT_TAIL), actors,
                on_conflict=f"(actor_key) {_UPSERT}")  # fmt: skip
    insert_rows(conn, "places", ("place_key", *PLACE_KEYS, *_COUNT_TAIL), places,
                on_conflict=f"(place_key) {_UPSERT}")  # fmt: skip


def insert_rows(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    derived: Sequence[tuple[str, str]] = (),
    on_conflict: str = "",
) -> None:
    """INSERT `rows` (values in `columns` order) into `table` in one statement from an Arrow table; `derived`:
    more (column, SQL expression over `columns`) pairs. Rows Arrow cannot type (a column mixing kinds of
    values) go in as VALUES lists with parameters, as DuckDB binds any Python value."""
    if not rows:
        return
    targets = ", ".join(schema.quoted(c) for c in (*columns, *(name for name, _ in derived)))
    select = ", ".join((*(schema.quoted(c) for c in columns), *(sql for _, sql in derived)))
    conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
    data = arrow_table(columns, rows)
    if data is None:
        _insert_values(conn, f"INSERT INTO {table} ({targets}) SELECT {select} FROM", columns, rows, conflict)
        return
    view = f"sitrep_batch_{table}"
    conn.register(view, data)
    try:
        conn.execute(f"INSERT INTO {table} ({targets}) SELECT {select} FROM {view}{conflict}")
    finally:
        conn.unregister(view)


def arrow_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> pa.Table | None:
    """The rows as an Arrow table, each column's type inferred from its values; None when a column cannot be
    typed (mixed kinds, an integer beyond 64 bits)."""
    try:
        arrays = [pa.array(values) for values in zip(*rows, strict=True)]
    except (pa.ArrowException, OverflowError):
        return None
    return pa.Table.from_arrays(arrays, names=list(columns))


def _insert_values(
    conn: duckdb.DuckDBPyConnection,
    head: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    tail: str,
) -> None:
    names = ", ".join(schema.quoted(c) for c in columns)
    group = "(" + ", ".join("?" for _ in columns) + ")"
    for i in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[i : i + _ROWS_PER_STATEMENT]
        values = ", ".join(group for _ in chunk)
        conn.execute(f"{head} (VALUES {values}) AS v({names}){tail}", [v for row in chunk for v in row])


# ------------------------------------------------------------------ rows of a batch


def document_row(doc: NewDocument, *, run_id: str | None) -> list[Any]:
    a = doc.article
    return [
        doc.doc_hash, doc.doc_id, a.doc_id, a.source, a.url, a.published, a.title, a.text, a.origin,
        json.dumps(a.notes, ensure_ascii=False), json.dumps(a.metadata, ensure_ascii=False, default=str),
        doc.ingested_at, run_id,
    ]  # fmt: skip


def event_row(record: dict[str, Any], doc_hash: str) -> list[Any]:
    """The events row of a record, in schema.EVENT_INSERT_COLUMNS order (without the derived columns)."""
    values: list[Any] = []
    for col in schema.RECORD_COLUMNS:
        value = record.get(col)
        if col in schema.JSON_COLUMNS:
            value = None if value is None else json.dumps(value, ensure_ascii=False)
        elif col in schema.DATE_COLUMNS and value is not None:
            value = date.fromisoformat(value)
        values.append(value)
    extra = {k: v for k, v in record.items() if k not in schema.RECORD_COLUMNS}
    values.append(doc_hash)
    values.append(json.dumps(extra, ensure_ascii=False) if extra else None)
    values.extend(_helper_values(record))
    return values


def evidence_span(record: dict[str, Any]) -> list[Any]:
    evidence = record["evidence"]
    return [evidence["start"], evidence["end"], evidence["trigger"]]


def _helper_values(record: dict[str, Any]) -> list[Any]:
    values: list[Any] = []
    for role in ("source", "target"):
        actor = record.get(role) or {}
        values.extend(actor.get(name) for name in schema.ACTOR_HELPER_FIELDS)
    loc = record.get("location") or {}
    evidence = record.get("evidence") or {}
    casualties = record.get("casualties") or {}
    values.extend([loc.get("country"), loc.get("lat"), loc.get("lon")])
    values.extend([evidence.get("sentence"), evidence.get("trigger")])
    values.extend([casualties.get("killed"), casualties.get("injured")])
    return values


def count_rows(docs: Sequence[NewDocument]) -> tuple[list[list[Any]], list[list[Any]]]:
    """The actors and places rows of the batch: (key, key fields..., mentions, first_seen, last_seen), one per
    distinct key, first_seen and last_seen being the ingest times of the first and last document naming it."""
    actors: dict[str, list[Any]] = {}
    places: dict[str, list[Any]] = {}
    for doc in docs:
        for r in doc.records:
            for role in _ROLES:
                if r[role]:
                    _count(actors, json.dumps([r[role].get(k) for k in ACTOR_KEYS]), doc.ingested_at)
            if r["location"]:
                _count(places, json.dumps([r["location"].get(k) for k in PLACE_KEYS]), doc.ingested_at)
    return (
        [[key, *json.loads(key), *tail] for key, tail in actors.items()],
        [[key, *json.loads(key), *tail] for key, tail in places.items()],
    )


def _count(counts: dict[str, list[Any]], key: str, now: datetime) -> None:
    tail = counts.setdefault(key, [0, now, now])
    tail[0] += 1
    tail[2] = now
