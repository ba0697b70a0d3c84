"""API latency on a large store: generate N synthetic events (default 1,000,000) straight into DuckDB with SQL,
serve them with the real app (uvicorn on a localhost port) and time /api/events and /api/timeline over HTTP.

    .venv/bin/python benchmarks/api_latency.py [--events 1000000] [--rounds 5] [--db /tmp/sitrep-bench.duckdb]

Targets: p95 < 200 ms for /api/events, < 300 ms for /api/timeline. The store is made with `Store` (so the
schema is the real one) and filled with INSERT ... SELECT over range(N): no per-event Python.
Not a test: prints the figures.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from pathlib import Path

import duckdb
import httpx
import uvicorn

from sitrep.api import create_app
from sitrep.records import EVENT_TYPES, STATUSES
from sitrep.store import Store, schema

ACTORS = [  # actor_id, name, country, sector, sponsor, led_by
    ("USA-MIL", "United States armed forces", "USA", "MIL", None, None),
    ("USA-GOV", "United States government", "USA", "GOV", None, None),
    ("IRN", "Iran", "IRN", "GOV", None, None),
    ("IRN-IRGC", "Islamic Revolutionary Guard Corps", "IRN", "MIL", None, None),
    ("RUS", "Russia", "RUS", "GOV", None, None),
    ("RUS-MIL", "Russian armed forces", "RUS", "MIL", None, None),
    ("SYR-GOV", "Syrian government", "SYR", "GOV", None, None),
    ("SYR-MIL", "Syrian armed forces", "SYR", "MIL", None, None),
    ("TUR", "Turkey", "TUR", "GOV", None, None),
    ("ISIS", "Islamic State", None, "REB", None, None),
    ("HEZBOLLAH", "Hezbollah", "LBN", "UAF", "IRN", None),
    ("YPG", "YPG", None, "UAF", "USA", None),
    ("COALITION", "US-led coalition", None, "MIL", None, "USA"),
    ("SDF", "Syrian Democratic Forces", "SYR", "REB", "USA", None),
    ("UN", "United Nations", "IGO", "IGO", None, None),
    (None, "Iranian-backed militia", None, "UAF", "IRN", None),
]


def build_store(path: Path, n: int) -> None:
    """A store with n synthetic events over ~8 years, 16 actors, 500 places and n/100 documents."""
    path.unlink(missing_ok=True)
    Store(path).close()  # the real schema
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    try:
        _fill(con, n)
    finally:
        con.close()


def _fill(con: duckdb.DuckDBPyConnection, n: int) -> None:
    con.execute("CREATE TEMP TABLE a AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, {_sql(a)}, {_sql(b)}, {_sql(c)}, {_sql(d)}, {_sql(e)}, {_sql(f)})"
        for i, (a, b, c, d, e, f) in enumerate(ACTORS)
    ) + ") t(k, actor_id, name, country, sector, sponsor, led_by)")  # fmt: skip
    con.execute(
        "CREATE TEMP TABLE p AS SELECT i AS k, 'Place ' || i AS name, "
        "['SYR','SYR','SYR','IRQ','TUR','IRN','LBN','JOR'][1 + i % 8] AS country, "
        "30 + (hash(i) % 1000) / 100.0 AS lat, 35 + (hash(i + 7) % 1500) / 100.0 AS lon FROM range(500) r(i)"
    )
    types = "[" + ", ".join(f"'{t}'" for t in EVENT_TYPES) + "]"
    statuses = "[" + ", ".join(f"'{s}'" for s in STATUSES) + "]"
    actor_json = "json_object('text', {r}.name, 'name', {r}.name, 'actor_id', {r}.actor_id, 'country', {r}.country, " \
        "'sector', {r}.sector, 'sponsor', {r}.sponsor, 'led_by', {r}.led_by)"  # fmt: skip
    con.execute(f"""
        INSERT INTO events (event_id, schema_version, doc_id, doc_hash, event_type, mode, context, cameo, quad_class,
            goldstein, status, source, target, attributed_to, denied_by, "date", date_end, date_precision, date_text,
            location, casualties, evidence, confidence, coder, extra,
            source_actor_id, source_name, source_country, source_sponsor, source_led_by,
            target_actor_id, target_name, target_country, target_sponsor, target_led_by,
            location_country, lat, lon, sentence, "trigger", killed, injured)
        SELECT 'ev_' || lpad(to_hex(e.i), 16, '0'), '1', 'doc' || (e.i // 100), 'hash' || (e.i // 100),
            e.t, NULL, '[]', NULL, e.q, e.g, {statuses}[1 + (hash(e.i * 3) % 8)::INT],
            {actor_json.format(r="s")}, {actor_json.format(r="o")}, NULL, NULL,
            DATE '2012-01-01' + (hash(e.i * 5) % 2900)::INT, NULL, 'day', NULL,
            json_object('text', p.name, 'name', p.name, 'geonameid', NULL, 'lat', p.lat, 'lon', p.lon,
                        'country', p.country, 'admin1', NULL, 'precision', 'place'),
            json_object('killed', NULL, 'injured', NULL),
            json_object('sentence', 'Synthetic sentence ' || e.i || ' about ' || s.name || ' and ' || o.name,
                        'start', 0, 'end', 40, 'trigger', 'hit'),
            0.8, 'bench', NULL,
            s.actor_id, s.name, s.country, s.sponsor, s.led_by, o.actor_id, o.name, o.country, o.sponsor, o.led_by,
            p.country, p.lat, p.lon,
            'Synthetic sentence ' || e.i || ' about ' || s.name || ' and ' || o.name, 'hit', NULL, NULL
        FROM (SELECT i, {types}[1 + (hash(i) % 16)::INT] AS t, 1 + (hash(i * 11) % 4)::INT AS q,
                     ((hash(i * 13) % 200)::INT - 100) / 10.0 AS g
              FROM range({int(n)}) r(i)) e
        JOIN a s ON s.k = hash(e.i * 7) % {len(ACTORS)}
        JOIN a o ON o.k = hash(e.i * 17) % {len(ACTORS)}
        JOIN p ON p.k = hash(e.i * 19) % 500
    """)
    con.execute(f"""
        INSERT INTO documents (doc_hash, doc_id, original_doc_id, source, published, title, text, ingested_at)
        SELECT 'hash' || i, 'doc' || i, 'doc' || i, 'bench', DATE '2019-12-31', 'Doc ' || i, 'synthetic', now()
        FROM range({int(n) // 100 + 1}) r(i)
    """)
    con.execute(schema.DERIVE_SQL)  # the derived match columns, as Store.add_document fills them


def _sql(value: str | None) -> str:
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


EVENT_QUERIES = [
    {},
    {"type": "ASSAULT"},
    {"actor": "IRN"},
    {"country": "SYR", "status": "reported"},
    {"since": "2016-01", "until": "2016-06"},
    {"bbox": "36,33,38,35"},
    {"text": "Hezbollah"},
    {"sort": "-goldstein", "offset": "5000"},
    {"type": "AGREE", "actor": "RUS", "limit": "1000"},
]
TIMELINE_QUERIES = [
    {"interval": "month", "by": "quad_class"},
    {"interval": "week", "by": "type"},
    {"interval": "day", "by": "type", "since": "2016", "until": "2016"},
    {"interval": "month", "by": "type", "actor": "USA"},
    {"interval": "year", "by": "quad_class", "country": "SYR"},
]


def time_requests(
    client: httpx.Client, path: str, queries: list[dict[str, str]], rounds: int, *, verbose: bool = False
) -> list[float]:
    for q in queries:  # warm-up
        client.get(path, params=q).raise_for_status()
    per_query: dict[int, list[float]] = {i: [] for i in range(len(queries))}
    for _ in range(rounds):
        for i, q in enumerate(queries):
            start = time.perf_counter()
            client.get(path, params=q).raise_for_status()
            per_query[i].append((time.perf_counter() - start) * 1000)
    if verbose:
        for i, q in enumerate(queries):
            print(f"  {path} {q}: median {statistics.median(per_query[i]):.1f} ms")
    return [t for ts in per_query.values() for t in ts]


def report(name: str, times: list[float], target: float) -> None:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    verdict = "ok" if p95 < target else "OVER TARGET"
    print(f"{name:<15} n={len(times):<4} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {max(times):7.1f} ms   "
          f"(target p95 < {target:.0f} ms: {verdict})")  # fmt: skip


def serve(db: Path) -> tuple[uvicorn.Server, threading.Thread, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, default=Path("/tmp/sitrep-bench.duckdb"))
    parser.add_argument("--reuse", action="store_true", help="use the store at --db as it is")
    parser.add_argument("--verbose", action="store_true", help="print the median of each query too")
    args = parser.parse_args()
    if not args.reuse:
        start = time.perf_counter()
        build_store(args.db, args.events)
        print(f"generated {args.events:,} events into {args.db} in {time.perf_counter() - start:.1f} s")
    server, thread, base = serve(args.db)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            total = client.get("/api/summary").json()["events"]
            print(f"store: {total:,} events; {args.rounds} rounds of {len(EVENT_QUERIES)} event and "
                  f"{len(TIMELINE_QUERIES)} timeline queries over HTTP")  # fmt: skip
            report(
                "/api/events",
                time_requests(client, "/api/events", EVENT_QUERIES, args.rounds, verbose=args.verbose),
                200,
            )
            report(
                "/api/timeline",
                time_requests(client, "/api/timeline", TIMELINE_QUERIES, args.rounds, verbose=args.verbose),
                300,
            )
    finally:
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
