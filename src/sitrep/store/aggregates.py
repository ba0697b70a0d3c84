"""Aggregate views of a store for the workspace: actors, places, timeline buckets, the actor network.

Every function takes an open `Store` and an `EventFilter` (its limit, offset and sort are ignored: they page
event lists, not aggregates) and returns plain JSON-ready dicts. An actor is identified by its `key`: its
actor_id, else its coded name, else its country code; actors with none of these (phrases such as
"civilians") are left out of actor counts and the network. Every user value reaches SQL as a parameter.

`event_evidence` (no store needed) adds to an event record what a reader needs to see why it was coded:
the spans to highlight in the article text and the status in words ("reported by Fars").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sitrep.errors import QueryError
from sitrep.store import schema
from sitrep.store.db import _row_to_record as row_to_record  # the one row → record conversion

if TYPE_CHECKING:
    from sitrep.query import EventFilter
    from sitrep.store.db import Store

INTERVALS = ("day", "week", "month", "year")
GROUPINGS = {"type": "event_type", "quad_class": "quad_class", "status": "status", "none": "NULL"}
QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def _rows(store: Store, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return store._query(sql, list(params)).fetchall()


def _key(role: str) -> str:
    return f"coalesce({role}_actor_id, {role}_name, {role}_country)"


def _filtered(store: Store, flt: EventFilter | None) -> tuple[str, list[Any]]:
    """A CTE `f` holding the filtered events."""
    where, params = schema.filter_sql(flt, derived=store.derived)
    return f"WITH f AS (SELECT * FROM events{where})", params


def _roles_sql() -> str:
    """Both actor roles of each filtered event as rows (role, key, codes, sector, goldstein)."""
    parts = []
    for role in ("source", "target"):
        parts.append(
            f"SELECT '{role}' AS role, {_key(role)} AS key, {role}_actor_id AS actor_id, {role}_name AS name, "
            f"{role}_country AS country, json_extract_string({role}, '$.sector') AS sector, "
            f"{role}_sponsor AS sponsor, {role}_led_by AS led_by, event_id, goldstein FROM f "
            f"WHERE {_key(role)} IS NOT NULL"
        )
    return " UNION ALL ".join(parts)


def page_events(store: Store, flt: EventFilter) -> tuple[list[dict[str, Any]], int]:
    """The page of records `store.events(flt)` returns, and the count of all matches, in fewer full scans.

    Sorting whole records is slow on large stores (every column is read), so the sort picks row ids only and
    the records of the page are fetched by row id. With a filter, one scan keeps the matches' row ids and
    sort keys (a materialized CTE) and both the count and the page come from them: cheaper than a second
    scan or a `count(*) OVER ()` window over the sorted matches.
    """
    where, params = schema.filter_sql(flt, derived=store.derived)
    order = schema.order_sql(flt.sort)
    page = [flt.limit if flt.limit is not None else 2**62, flt.offset]
    if where:
        keys = ", ".join(schema.quoted(c) for c in schema.sort_columns(flt.sort))
        rows = _rows(
            store,
            f"WITH m AS MATERIALIZED (SELECT rowid AS row_id, {keys} FROM events{where}) "
            f"SELECT row_id, (SELECT count(*) FROM m) FROM m{order} LIMIT ? OFFSET ?",
            [*params, *page],
        )
        total = int(rows[0][1]) if rows else store.count_events(flt)
    else:
        rows = _rows(store, f"SELECT rowid FROM events{order} LIMIT ? OFFSET ?", page)
        total = store.count_events(flt)
    ids = [row[0] for row in rows]
    if not ids:
        return [], total
    fetched = _rows(store, f"SELECT rowid, {schema.select_list()} FROM events WHERE rowid = ANY(?)", [ids])
    by_id = {row[0]: row_to_record(row[1:]) for row in fetched}
    return [by_id[i] for i in ids], total


def actors(store: Store, flt: EventFilter | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
    """Coded actors of the filtered events, most active first: counts as source and target, sponsors, leaders."""
    cte, params = _filtered(store, flt)
    sql = (
        f"{cte}, r AS ({_roles_sql()}) SELECT key, any_value(actor_id), mode(name), mode(country), mode(sector), "
        "count(*) FILTER (WHERE role = 'source'), count(*) FILTER (WHERE role = 'target'), "
        "count(DISTINCT event_id), avg(goldstein), "
        "list_sort(list(DISTINCT sponsor) FILTER (WHERE sponsor IS NOT NULL)), "
        "list_sort(list(DISTINCT led_by) FILTER (WHERE led_by IS NOT NULL)) "
        "FROM r GROUP BY key ORDER BY count(DISTINCT event_id) DESC, key LIMIT ?"
    )
    names = ("key", "actor_id", "name", "country", "sector", "as_source", "as_target", "events", "goldstein")
    out = []
    for row in _rows(store, sql, [*params, limit]):
        item = dict(zip(names, row[:9], strict=True))
        item["goldstein"] = _round(item["goldstein"])
        item["sponsors"], item["led_by"] = list(row[9] or []), list(row[10] or [])
        out.append(item)
    return out


def places(store: Store, flt: EventFilter | None = None, *, limit: int = 1000) -> list[dict[str, Any]]:
    """Places of the filtered events with coordinates: counts, the commonest type and quad class, a few event ids."""
    cte, params = _filtered(store, flt)
    sql = (
        f"{cte} SELECT json_extract_string(location, '$.name') AS name, location_country, lat, lon, "
        "mode(json_extract_string(location, '$.precision')), count(*), mode(event_type), mode(quad_class), "
        'avg(goldstein), sum(killed), list(event_id ORDER BY "date" DESC NULLS LAST, event_id)[1:5] '
        "FROM f WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, name LIMIT ?"
    )
    names = ("name", "country", "lat", "lon", "precision", "events", "top_type", "top_quad_class")
    out = []
    for row in _rows(store, sql, [*params, limit]):
        item = dict(zip(names, row[:8], strict=True))
        item["goldstein"], item["killed"], item["event_ids"] = _round(row[8]), row[9], list(row[10])
        out.append(item)
    return out


def timeline(
    store: Store, flt: EventFilter | None = None, *, interval: str = "month", by: str = "quad_class",
    limit: int = 20000,
) -> dict[str, Any]:  # fmt: skip
    """Dated events counted per period (day/week/month/year) and group (type/quad_class/status/none),
    with the mean Goldstein score of each period and of each group in it. Weeks start on Monday."""
    if interval not in INTERVALS:
        raise QueryError(f"--interval: {interval!r} is not an interval (one of {', '.join(INTERVALS)})")
    if by not in GROUPINGS:
        raise QueryError(f"--by: {by!r} is not a grouping (one of {', '.join(GROUPINGS)})")
    cte, params = _filtered(store, flt)
    bucket = f"CAST(date_trunc('{interval}', \"date\") AS DATE)"
    sql = (  # one scan: undated events form the NULL bucket, sorted first
        f"{cte} SELECT {bucket} AS bucket, {GROUPINGS[by]} AS grp, count(*), avg(goldstein) FROM f "
        "GROUP BY ALL ORDER BY bucket NULLS FIRST, grp NULLS LAST LIMIT ?"
    )
    rows = _rows(store, sql, [*params, limit + 1])
    undated = sum(row[2] for row in rows if row[0] is None)
    dated = [row for row in rows if row[0] is not None]
    return {
        "interval": interval,
        "by": by,
        "buckets": _buckets(dated[:limit]),
        "undated": int(undated),
        "truncated": len(dated) > limit,
    }


def _buckets(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    buckets: dict[str, dict[str, Any]] = {}
    for start, group, count, mean in rows:
        day = start.isoformat()
        b = buckets.setdefault(
            day, {"start": day, "total": 0, "goldstein": None, "_sum": 0.0, "_n": 0, "groups": {}}
        )
        b["total"] += count
        b["groups"][str(group) if group is not None else "none"] = {"count": count, "goldstein": _round(mean)}
        if mean is not None:
            b["_sum"] += mean * count
            b["_n"] += count
    for b in buckets.values():
        total, n = b.pop("_sum"), b.pop("_n")
        b["goldstein"] = _round(total / n) if n else None
    return list(buckets.values())


def network(store: Store, flt: EventFilter | None = None, *, limit: int = 200) -> dict[str, Any]:
    """Actor → actor edges weighted by event count (with counts by type and mean Goldstein), the strongest
    first, plus `sponsor` and `led_by` edges (backer → actor) of the actors in them; nodes with their counts."""
    cte, params = _filtered(store, flt)
    sql = (
        f"{cte} SELECT {_key('source')} AS s, {_key('target')} AS t, count(*), histogram(event_type), "
        "avg(goldstein) FROM f WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t "
        "GROUP BY s, t ORDER BY count(*) DESC, s, t LIMIT ?"
    )
    edges = [
        {"source": s, "target": t, "kind": "event", "weight": n, "types": dict(types), "goldstein": _round(g)}
        for s, t, n, types, g in _rows(store, sql, [*params, limit])
    ]
    keys = {e["source"] for e in edges} | {e["target"] for e in edges}
    edges.extend(_backer_edges(store, cte, params, keys))
    return {"nodes": _nodes(store, flt, edges), "edges": edges}


def _backer_edges(store: Store, cte: str, params: list[Any], keys: set[str]) -> list[dict[str, Any]]:
    if not keys:
        return []
    out: list[dict[str, Any]] = []
    for kind in ("sponsor", "led_by"):
        sql = (
            f"{cte}, r AS ({_roles_sql()}) SELECT {kind}, key, count(DISTINCT event_id) FROM r "
            f"WHERE {kind} IS NOT NULL AND {kind} <> key AND list_contains(?, key) GROUP BY ALL ORDER BY 1, 2"
        )
        rows = _rows(store, sql, [*params, sorted(keys)])
        out.extend({"source": b, "target": k, "kind": kind, "weight": n} for b, k, n in rows)
    return out


def _nodes(store: Store, flt: EventFilter | None, edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    if not keys:
        return []
    known = {a["key"]: a for a in actors(store, flt, limit=1_000_000) if a["key"] in set(keys)}
    nodes = []
    for key in keys:
        actor = known.get(key)
        base = {
            "id": key,
            "name": key,
            "country": None,
            "sector": None,
            "events": 0,
            "as_source": 0,
            "as_target": 0,
        }
        if actor:
            base.update({k: actor[k] for k in ("country", "sector", "events", "as_source", "as_target")})
            base["name"] = actor["name"] or key
        nodes.append(base)
    return nodes


def summary(store: Store, flt: EventFilter | None = None) -> dict[str, Any]:
    """Totals of the filtered events: count, date range, counts by type, status and country; stored documents."""
    cte, params = _filtered(store, flt)
    total, first, last = _rows(
        store, f'{cte} SELECT count(*), min("date"), max(coalesce(date_end, "date")) FROM f', params
    )[0]
    counts = {}
    for name, column in (("types", "event_type"), ("statuses", "status"), ("countries", "location_country")):
        sql = (
            f"{cte} SELECT {column}, count(*) FROM f WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"
        )
        counts[name] = dict(_rows(store, sql, params))
    documents = _rows(store, "SELECT count(*) FROM documents", [])[0][0]
    return {
        "events": int(total),
        "documents": int(documents),
        "first": first.isoformat() if first else None,
        "last": last.isoformat() if last else None,
        **counts,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


# ------------------------------------------------------------------ evidence


def event_evidence(record: dict[str, Any], document: dict[str, Any] | None = None) -> dict[str, Any]:
    """Spans to highlight (in article offsets; `sentence` first) and the status in words.

    Each span is {start, end, kind} with kind sentence, trigger, source, target, place, attributed_to or
    denied_by; a part is marked where its text occurs in the evidence sentence (its first occurrence).
    """
    evidence = record["evidence"]
    start = evidence["start"]
    sentence = evidence["sentence"]
    if document and document.get("text"):
        sentence = document["text"][start : evidence["end"]]
    spans = [{"start": start, "end": evidence["end"], "kind": "sentence"}]
    wanted = [("trigger", evidence.get("trigger"))]
    wanted += [(kind, (record.get(kind) or {}).get("text")) for kind in ("source", "target")]
    wanted += [("place", (record.get("location") or {}).get("text"))]
    wanted += [(kind, (record.get(kind) or {}).get("text")) for kind in ("attributed_to", "denied_by")]
    for kind, needle in wanted:
        if needle and (at := sentence.find(needle)) >= 0:
            spans.append({"start": start + at, "end": start + at + len(needle), "kind": kind})
    return {"spans": spans, "status_text": status_phrase(record)}


_STATUS_WORDS = {
    "asserted": "asserted: the article states it happened",
    "reported": "reported",
    "claimed": "claimed",
    "denied": "denied",
    "negated": "negated: the text says it did not happen",
    "planned": "planned: intended or prepared, not yet done",
    "hypothetical": "hypothetical: could, would or might happen",
    "conditional": "conditional: if …, then …",
}


def status_phrase(record: dict[str, Any]) -> str:
    """The status in words: "reported by Fars", "denied by the Pentagon", "asserted: the article states it ..."."""
    status = record["status"]
    who = record.get("denied_by") if status == "denied" else record.get("attributed_to")
    words = _STATUS_WORDS.get(status, status)
    if who and status in ("reported", "claimed", "denied"):
        return f"{status} by {who.get('text') or who.get('name')}"
    if status in ("reported", "claimed", "denied"):
        return f"{status} (by an unnamed source)"
    return words
