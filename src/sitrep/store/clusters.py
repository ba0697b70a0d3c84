"""The store's merged events: the `clusters` table (event → cluster) that `Store.merge` rewrites, and the SQL
that reads one record per real event with GDELT-style counts.

`clusters` maps each event (mention) to its cluster and marks the cluster's representative. `merge` recomputes it
from every stored event in one transaction, so re-running it changes nothing and a crash leaves the old clusters.
Events stored after the last merge (a run killed before its merge) count as clusters of their own until the next.

A merged event is its representative's record plus `num_mentions` (mentions), `num_articles` (distinct texts),
`num_sources` (distinct source names; a document without one counts as its own source), `first_reported` (the
earliest publication date among its articles, ISO; null when none has one) and `mention_ids` (every mention's
event_id, earliest report first). A filter matches a merged event when any of its mentions matches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import duckdb

from sitrep.merge import merge_events
from sitrep.query import EventFilter
from sitrep.settings import Settings
from sitrep.store import schema

DDL = """CREATE TABLE IF NOT EXISTS clusters (
    event_id VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL,
    representative BOOLEAN NOT NULL
)"""
MERGED_FIELDS = ("num_mentions", "num_articles", "num_sources", "first_reported", "mention_ids")

_MEMBERS = """members AS (
    SELECT e.event_id, e.doc_hash, coalesce(k.cluster_id, e.event_id) AS cluster_id,
           coalesce(k.representative, true) AS representative
    FROM events e LEFT JOIN clusters k ON k.event_id = e.event_id
)"""
_SINGLETONS = """members AS (
    SELECT e.event_id, e.doc_hash, e.event_id AS cluster_id, true AS representative FROM events e
)"""
_STATS = """stats AS (
    SELECT m.cluster_id, count(*) AS num_mentions, count(DISTINCT m.doc_hash) AS num_articles,
           count(DISTINCT coalesce(d.source, 'doc:' || d.doc_hash)) AS num_sources,
           min(d.published) AS first_reported,
           list(m.event_id ORDER BY d.published NULLS LAST, d.doc_id, m.event_id) AS mention_ids
    FROM members m JOIN documents d ON d.doc_hash = m.doc_hash
    GROUP BY m.cluster_id
)"""


def cluster_rows(records: Iterator[dict[str, Any]], *, settings: Settings) -> list[list[Any]]:
    """(event_id, cluster_id, representative) for every record, from `merge_events`."""
    rows: list[list[Any]] = []
    for cluster in merge_events(records, settings=settings):
        rep = cluster.representative["event_id"]
        rows.extend([m["event_id"], cluster.cluster_id, m["event_id"] == rep] for m in cluster.mentions)
    return rows


def merged_sql(
    flt: EventFilter | None, *, with_clusters: bool = True, derived: bool = False
) -> tuple[str, list[Any]]:
    """The query of merged events matching `flt` (sorted and paged as it says), and its parameters;
    without the clusters table (an old store opened read-only) every mention is an event of its own."""
    flt = flt or EventFilter()
    where, params = schema.filter_sql(flt, derived=derived)
    columns = ", ".join(schema.quoted(c) for c in (*schema.RECORD_COLUMNS, "extra", *MERGED_FIELDS))
    sql = (
        f"WITH {_MEMBERS if with_clusters else _SINGLETONS}, {_STATS}, matched AS (SELECT DISTINCT cluster_id FROM "
        f"(SELECT e.*, m.cluster_id FROM events e JOIN members m ON m.event_id = e.event_id) AS events{where}) "
        f"SELECT {columns} FROM (SELECT e.*, s.num_mentions, s.num_articles, s.num_sources, s.first_reported, "
        "s.mention_ids FROM events e JOIN members m ON m.event_id = e.event_id AND m.representative "
        "JOIN stats s ON s.cluster_id = m.cluster_id JOIN matched x ON x.cluster_id = m.cluster_id) AS events"
        f"{schema.order_sql(flt.sort)}"
    )
    sql += schema.page_sql(flt, params)
    return sql, params


def merged_fields(values: tuple[Any, ...]) -> dict[str, Any]:
    """The added fields of a merged record from the query's last columns."""
    mentions, articles, sources, first, ids = values
    return {
        "num_mentions": int(mentions),
        "num_articles": int(articles),
        "num_sources": int(sources),
        "first_reported": first.isoformat() if first else None,
        "mention_ids": list(ids),
    }


def has_clusters_table(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has the clusters table (stores written before merging existed have not)."""
    row = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters'"
    ).fetchone()
    return bool(row and row[0])
