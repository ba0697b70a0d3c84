"""The DuckDB schema of a sitrep store and the SQL that turns an `EventFilter` into a WHERE clause.

Tables:
  meta       key/value: the store's schema version.
  documents  one row per distinct article text; `doc_hash` (sha256 of the cleaned text) is the key,
             `doc_id` is unique too (see db.py for what happens when two texts share an id).
  events     one row per event record: a column per scalar field of the record, JSON columns for the
             nested parts (source, target, attributed_to, denied_by, location, casualties, evidence,
             context), `extra` (JSON) for record fields added after this schema, and helper columns
             copied out of the nested parts for filtering (source_country, lat, lon, sentence, ...), and
             `actor_text`, derived from them in SQL (ACTOR_TEXT_SQL) so the actor filter is one substring test.
  mentions   event <-> document evidence (one row per event now; cross-document merging adds more).
  actors     distinct coded actors (everything but the text span) and how often each was seen.
  places     distinct resolved places and how often each was seen.
  runs       what each ingest run read, coded and skipped (and why).

Every value from a user reaches SQL as a `?` parameter; the only text spliced into SQL comes from the
fixed fragments below (column names, the sort whitelist).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.query import EventFilter

STORE_SCHEMA_VERSION = "2"
# Version 1 lacks events.actor_text: Store migrates such a store when it opens it for writing, and reads it
# with the slower actor condition when it opens it read-only.
OLD_SCHEMA_VERSIONS = frozenset({"1"})

DDL = (
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_hash VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL UNIQUE,
        original_doc_id VARCHAR NOT NULL,
        source VARCHAR,
        url VARCHAR,
        published DATE,
        title VARCHAR,
        text VARCHAR NOT NULL,
        origin VARCHAR,
        notes JSON,
        metadata JSON,
        ingested_at TIMESTAMP NOT NULL,
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY,
        schema_version VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        doc_hash VARCHAR NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        context JSON NOT NULL,
        cameo VARCHAR,
        quad_class INTEGER,
        goldstein DOUBLE,
        status VARCHAR NOT NULL,
        source JSON,
        target JSON,
        attributed_to JSON,
        denied_by JSON,
        "date" DATE,
        date_end DATE,
        date_precision VARCHAR,
        date_text VARCHAR,
        location JSON,
        casualties JSON NOT NULL,
        evidence JSON NOT NULL,
        confidence DOUBLE NOT NULL,
        coder VARCHAR NOT NULL,
        extra JSON,
        source_actor_id VARCHAR, source_name VARCHAR, source_country VARCHAR,
        source_sponsor VARCHAR, source_led_by VARCHAR,
        target_actor_id VARCHAR, target_name VARCHAR, target_country VARCHAR,
        target_sponsor VARCHAR, target_led_by VARCHAR,
        location_country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        sentence VARCHAR,
        "trigger" VARCHAR,
        killed INTEGER,
        injured INTEGER,
        actor_text VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS mentions (
        event_id VARCHAR NOT NULL,
        doc_hash VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        "trigger" VARCHAR,
        PRIMARY KEY (event_id, doc_hash)
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        actor_key VARCHAR PRIMARY KEY,
        actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, sponsor VARCHAR, led_by VARCHAR,
        mentions BIGINT NOT NULL,
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS places (
        place_key VARCHAR PRIMARY KEY,
        geonameid BIGINT, name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
        mentions BIGINT NOT NULL,
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        paths JSON NOT NULL,
        "read" INTEGER,
        coded INTEGER,
        skipped JSON,
        events INTEGER
    )""",
    # DuckDB's min/max zone maps already serve range filters (date, lat/lon); ART indexes only pay off
    # for selective point lookups: the event <-> document joins.
    "CREATE INDEX IF NOT EXISTS events_doc_hash ON events (doc_hash)",
    "CREATE INDEX IF NOT EXISTS events_doc_id ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS mentions_doc_hash ON mentions (doc_hash)",
)

# The record's own fields, in Event.to_dict() order, and which of them are stored as JSON text.
RECORD_COLUMNS = (
    "schema_version", "event_id", "doc_id", "event_type", "mode", "context", "cameo", "quad_class",
    "goldstein", "status", "source", "target", "attributed_to", "denied_by", "date", "date_end",
    "date_precision", "date_text", "location", "casualties", "evidence", "confidence", "coder",
)  # fmt: skip
JSON_COLUMNS = frozenset(
    {"context", "source", "target", "attributed_to", "denied_by", "location", "casualties", "evidence"}
)
DATE_COLUMNS = frozenset({"date", "date_end"})
ACTOR_HELPER_FIELDS = ("actor_id", "name", "country", "sponsor", "led_by")
HELPER_COLUMNS = (
    *(f"{role}_{name}" for role in ("source", "target") for name in ACTOR_HELPER_FIELDS),
    "location_country", "lat", "lon", "sentence", "trigger", "killed", "injured",
)  # fmt: skip
EVENT_INSERT_COLUMNS = (*RECORD_COLUMNS, "doc_hash", "extra", *HELPER_COLUMNS)

SORTS = {
    "date": '"date" ASC NULLS LAST, event_id',
    "-date": '"date" DESC NULLS LAST, event_id',
    "type": 'event_type ASC, "date" ASC NULLS LAST, event_id',
    "-type": 'event_type DESC, "date" ASC NULLS LAST, event_id',
    "goldstein": 'goldstein ASC NULLS LAST, "date" ASC NULLS LAST, event_id',
    "-goldstein": 'goldstein DESC NULLS LAST, "date" ASC NULLS LAST, event_id',
    "confidence": 'confidence ASC, "date" ASC NULLS LAST, event_id',
    "-confidence": 'confidence DESC, "date" ASC NULLS LAST, event_id',
}
_SORT_COLUMNS = ("date", "event_type", "goldstein", "confidence", "event_id")

_ACTOR_MATCH_COLUMNS = tuple(
    f"{role}_{name}" for role in ("source", "target") for name in ACTOR_HELPER_FIELDS
)
_SEP = "chr(31)"  # the ASCII unit separator: no actor code or name holds it (and if one does, see below)

# `actor_text`: the lower-cased actor values of the event between separators ("\x1fusa-mil\x1fusa\x1f..."),
# so `? IN (lower(c1), ..., lower(c10))` becomes one substring test of "\x1f" + actor + "\x1f". Lower-cased by
# DuckDB's lower(), as the old condition did. NULL when a value itself holds the separator: such rows fall
# back to the old condition (see _actor_condition), so the answers are the same either way.
ACTOR_TEXT_SQL = (
    f"CASE WHEN contains(concat_ws('', {', '.join(_ACTOR_MATCH_COLUMNS)}), {_SEP}) THEN NULL "
    f"ELSE {_SEP} || concat_ws({_SEP}, {', '.join(f'lower({c})' for c in _ACTOR_MATCH_COLUMNS)}) || {_SEP} END"
)
# Fills the derived columns (add `WHERE ...` to fill some rows only).
DERIVE_SQL = f"UPDATE events SET actor_text = {ACTOR_TEXT_SQL}"
# Brings a version-1 store to this version (run in one transaction).
MIGRATION = (
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS actor_text VARCHAR",
    DERIVE_SQL,
    f"UPDATE meta SET value = '{STORE_SCHEMA_VERSION}' WHERE key = 'store_schema_version'",
)


def quoted(column: str) -> str:
    """The column name quoted for SQL (a few of ours are keywords)."""
    return f'"{column}"'


def select_list() -> str:
    """The columns `row_to_record` expects, in order."""
    return ", ".join(quoted(c) for c in (*RECORD_COLUMNS, "extra"))


def filter_sql(flt: EventFilter | None, *, derived: bool = False) -> tuple[str, list[Any]]:
    """A WHERE clause (empty when nothing is filtered) and its parameters.

    `derived`: the events table has the derived match columns (`Store.derived`; every store of this schema
    version): the actor filter then reads `actor_text`. Without it the clause works on every store version.
    """
    if flt is None:
        return "", []
    parts: list[str] = []
    params: list[Any] = []
    for fragment, values in _conditions(flt, derived=derived):
        parts.append(fragment)
        params.extend(values)
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


def _conditions(flt: EventFilter, *, derived: bool) -> list[tuple[str, list[Any]]]:
    conds: list[tuple[str, list[Any]]] = []
    if flt.event_type:
        conds.append(("event_type = ?", [flt.event_type]))
    if flt.status:
        conds.append(("status = ?", [flt.status]))
    if flt.country:
        conds.append(("location_country = ?", [flt.country]))
    if flt.doc_id:
        conds.append(("doc_id = ?", [flt.doc_id]))
    if flt.actor:
        conds.append(_actor_condition(flt.actor, derived=derived))
    if flt.since:
        conds.append(('coalesce(date_end, "date") >= ?', [flt.since]))
    if flt.until:
        conds.append(('"date" <= ?', [flt.until]))
    if flt.text:
        conds.append(_text_condition(flt.text))
    if flt.bbox:
        conds.append(_bbox_condition(flt.bbox))
    return conds


def _actor_condition(actor: str, *, derived: bool) -> tuple[str, list[Any]]:
    cols = ", ".join(f"lower({c})" for c in _ACTOR_MATCH_COLUMNS)
    old = f"? IN ({cols})"
    key = actor.lower()
    if not derived or "\x1f" in key:
        return old, [key]
    fast = f"contains(actor_text, {_SEP} || ? || {_SEP})"
    return f"({fast} OR (actor_text IS NULL AND {old}))", [key, key]


def _bbox_condition(bbox: tuple[float, float, float, float]) -> tuple[str, list[Any]]:
    min_lon, min_lat, max_lon, max_lat = bbox
    lat = "lat BETWEEN ? AND ?"
    if min_lon <= max_lon:
        return f"{lat} AND lon BETWEEN ? AND ?", [min_lat, max_lat, min_lon, max_lon]
    # west > east: the box crosses the antimeridian (as in GeoJSON bboxes)
    return f"{lat} AND (lon >= ? OR lon <= ?)", [min_lat, max_lat, min_lon, max_lon]


def _text_condition(text: str) -> tuple[str, list[Any]]:
    if any(c in text for c in "%_\\"):
        return "sentence ILIKE ? ESCAPE '\\'", [f"%{_escape_like(text)}%"]
    # without ESCAPE, DuckDB runs '%words%' as a plain substring search (about 3x faster on large stores)
    return "sentence ILIKE ?", [f"%{text}%"]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sort_columns(sort: str) -> list[str]:
    """The columns ORDER BY reads for a whitelisted sort key."""
    return [c for c in _SORT_COLUMNS if c in SORTS[sort]]


def order_sql(sort: str) -> str:
    """ORDER BY for a whitelisted sort key (EventFilter has validated it)."""
    return " ORDER BY " + SORTS[sort]


def page_sql(flt: EventFilter, params: list[Any]) -> str:
    """ " LIMIT ? OFFSET ?" for a filter's paging, appending its values to `params`."""
    sql = ""
    if flt.limit is not None:
        sql += " LIMIT ?"
        params.append(flt.limit)
    if flt.offset:
        sql += " OFFSET ?"
        params.append(flt.offset)
    return sql
