"""Tests of the DuckDB store: round-trips, idempotency, transactions, crash safety, opening errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from conftest import downgrade_store_to_v1
from sitrep.errors import NotFoundError, StoreError
from sitrep.query import EventFilter
from sitrep.records import Actor, Article, DateValue, Event, Evidence, Place, validate_record
from sitrep.store import Store, schema, writes

TESTS_DIR = Path(__file__).parent


def make_article(i: int, *, doc_id: str | None = None, text: str | None = None) -> Article:
    text = text or (
        f"Story {i}. U.S. F-16s hit a convoy near al Tanf on May {i % 28 + 1}. "
        f"Iran denied sending fighters. Protesters marched in Damascus. Item {i}."
    )
    return Article(
        doc_id=doc_id or f"doc{i:03d}",
        text=text,
        published=date(2017, 5, 20),
        source="Test Wire",
        url=f"https://example.org/{i}",
        title=f"Story {i}",
        metadata={"feed": "test", "n": i},
    )


def make_events(article: Article, n: int = 3) -> list[Event]:
    """n events of the article: a full one, a minimal one, then more like the first with other offsets."""
    text, h = article.text, article.hash
    s1 = text.index("U.S.")
    full = Event(
        doc_id=article.doc_id,
        doc_hash=h,
        event_type="ASSAULT",
        status="asserted",
        mode="aerial",
        context=["military"],
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        source=Actor("U.S. F-16s", "United States armed forces", "USA-MIL", "USA", "MIL"),
        target=Actor("a convoy", "Iranian-backed Shia militia", None, None, "UAF", sponsor="IRN"),
        attributed_to=Actor("Fars", "Fars News Agency", "IRN-MED", "IRN", "MED"),
        date=DateValue(date(2017, 5, 18), date(2017, 5, 19), "day", "on May 18"),
        location=Place("al Tanf", "At Tanf", 170000, 33.5, 38.62, "SYR", "Homs", "near"),
        killed=5,
        injured=None,
        evidence=Evidence(text[s1 : s1 + 40], s1, s1 + 40, "hit", trigger_start=s1 + 11),
        confidence=0.9,
    )
    s2 = text.index("Protesters")
    minimal = Event(
        doc_id=article.doc_id,
        doc_hash=h,
        event_type="PROTEST",
        status="reported",
        evidence=Evidence(text[s2 : s2 + 30], s2, s2 + 30, "marched", trigger_start=s2 + 11),
    )
    more = [
        Event(**{**full.__dict__, "evidence": Evidence("x", k, k + 1, "hit", trigger_start=k)})
        for k in range(100, 100 + max(0, n - 2))
    ]
    return [full, minimal, *more][:n]


def test_store_round_trip_equals_to_dict_and_validates(tmp_path: Path) -> None:
    article = make_article(1)
    events = make_events(article)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_document(article, events) is True
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        got = store.events()
        expected = sorted((e.to_dict() for e in events), key=lambda r: r["event_id"])
        assert sorted(got, key=lambda r: r["event_id"]) == expected
        for record in got:
            validate_record(record)
        assert store.event(events[0].event_id) == events[0].to_dict()
        assert store.count_events() == 3


def test_store_round_trip_keeps_nested_values_exactly(tmp_path: Path) -> None:
    article = make_article(2)
    with Store(tmp_path / "s.duckdb") as store:
        store.add_document(article, make_events(article, 1))
        record = store.events()[0]
    assert record["goldstein"] == -10.0
    assert record["location"]["lat"] == 33.5 and record["location"]["geonameid"] == 170000
    assert record["target"]["sponsor"] == "IRN" and record["target"]["actor_id"] is None
    assert record["date"] == "2017-05-18" and record["date_end"] == "2017-05-19"
    assert record["casualties"] == {"killed": 5, "injured": None}
    assert record["context"] == ["military"]


def test_store_add_document_is_idempotent(tmp_path: Path) -> None:
    article = make_article(3)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_document(article, make_events(article)) is True
        assert store.has_document(article.hash)
        again = make_article(3, doc_id="other-name")  # same text, another id: still the same document
        assert store.add_document(again, make_events(again)) is False
        assert store.count_events() == 3
        assert [d["id"] for d in store.documents()] == ["doc003"]


def test_store_add_documents_writes_a_batch_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_article(11), make_article(12)
    again = make_article(11, doc_id="repeat")  # the same text twice in one batch: stored once
    original = writes.insert_rows

    def fail_at_mentions(conn: Any, table: str, *args: Any, **kwargs: Any) -> None:
        if table == "mentions":  # both documents and all their events are written by now
            raise RuntimeError("crash in the middle of the batch")
        original(conn, table, *args, **kwargs)

    with Store(tmp_path / "s.duckdb") as store:
        monkeypatch.setattr(writes, "insert_rows", fail_at_mentions)
        with pytest.raises(RuntimeError, match="middle of the batch"):
            store.add_documents([(a, make_events(a)), (b, make_events(b))])
        assert store.documents() == [] and store.count_events() == 0  # all or nothing
        monkeypatch.undo()
        stored = store.add_documents([(a, make_events(a)), (again, make_events(again)), (b, make_events(b))])
        assert stored == [True, False, True]
        assert sorted(d["id"] for d in store.documents()) == ["doc011", "doc012"]
        assert store.count_events() == 6


def test_store_colliding_doc_id_gets_suffix(tmp_path: Path) -> None:
    a = make_article(4, doc_id="x")
    b = make_article(5, doc_id="x")
    c = make_article(6, doc_id="x")
    with Store(tmp_path / "s.duckdb") as store:
        for art in (a, b, c):
            assert store.add_document(art, make_events(art, 2))
        ids = [d["id"] for d in store.documents()]
        assert sorted(ids) == ["x", "x~2", "x~3"]
        doc = store.document("x~2")
        assert doc["text"] == b.text and doc["original_id"] == "x"
        assert {r["doc_id"] for r in store.events(EventFilter(doc_id="x~2"))} == {"x~2"}
        assert store.count_events() == 6


def test_store_rollback_leaves_nothing_then_readd_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_article(7)
    events = make_events(article)

    original = writes.insert_rows

    def boom(conn: Any, table: str, *args: Any, **kwargs: Any) -> None:
        if table == "mentions":
            raise RuntimeError("disk on fire")
        original(conn, table, *args, **kwargs)

    with Store(tmp_path / "s.duckdb") as store:
        monkeypatch.setattr(writes, "insert_rows", boom)  # after the document and event rows
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.add_document(article, events)
        assert not store.has_document(article.hash)
        assert store.count_events() == 0 and store.documents() == []
        monkeypatch.undo()
        assert store.add_document(article, events) is True
        assert store.count_events() == 3
    assert _table_count(tmp_path / "s.duckdb", "mentions") == 3


def test_store_refuses_invalid_record_and_stores_nothing(tmp_path: Path) -> None:
    article = make_article(8)
    bad = make_events(article, 1)
    bad[0].event_type = "KISS"
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(StoreError, match="event_type"):
            store.add_document(article, bad)
        assert not store.has_document(article.hash)


def test_store_refuses_event_from_another_text(tmp_path: Path) -> None:
    article = make_article(9)
    events = make_events(make_article(10), 1)
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(StoreError, match="different text"):
        store.add_document(article, events)


def test_store_fills_missing_doc_hash_and_dedupes_event_ids(tmp_path: Path) -> None:
    article = make_article(11)
    ev = make_events(article, 1)[0]
    ev.doc_hash = ""
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_document(article, [ev, ev])
        (record,) = store.events()
    ev.doc_hash = article.hash
    assert record == ev.to_dict()


def test_store_document_and_documents(tmp_path: Path) -> None:
    article = make_article(12)
    with Store(tmp_path / "s.duckdb") as store:
        store.add_document(article, make_events(article, 2))
        doc = store.document("doc012")
        listing = store.documents()
        with pytest.raises(NotFoundError):
            store.document("nope")
        with pytest.raises(NotFoundError):
            store.event("ev_0000")
    assert doc["text"] == article.text and doc["hash"] == article.hash
    assert doc["published"] == "2017-05-20" and doc["title"] == "Story 12"
    assert doc["metadata"] == {"feed": "test", "n": 12} and doc["url"] == "https://example.org/12"
    assert doc["ingested_at"].endswith("Z")
    assert len(listing) == 1 and "text" not in listing[0] and listing[0]["events"] == 2


def test_store_runs_record_what_was_done(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        run = store.start_run(paths=["a.jsonl", "b/"])
        article = make_article(13)
        store.add_document(article, make_events(article), run_id=run)
        store.finish_run(run, read=2, coded=1, skipped=[("b/x.txt", "not English")], events=3)
        (info,) = store.runs()
        assert store.document("doc013")["run_id"] == run
        with pytest.raises(NotFoundError):
            store.finish_run("run_nope", read=0, coded=0, skipped=[], events=0)
    assert info["paths"] == ["a.jsonl", "b/"] and info["read"] == 2 and info["coded"] == 1
    assert info["skipped"] == [("b/x.txt", "not English")] and info["events"] == 3
    assert info["finished_at"] is not None


def test_store_counts_actors_and_places(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        for i in (14, 15):
            art = make_article(i)
            store.add_document(art, make_events(art, 1))
    con = duckdb.connect(str(path), read_only=True)
    try:
        usa = con.execute("SELECT mentions FROM actors WHERE actor_id = 'USA-MIL'").fetchone()
        tanf = con.execute("SELECT mentions, lat FROM places WHERE name = 'At Tanf'").fetchone()
        n_actors = con.execute("SELECT count(*) FROM actors").fetchone()
    finally:
        con.close()
    assert usa == (2,) and tanf == (2, 33.5)
    assert n_actors == (3,)  # source, target, attributed_to; the same three in both documents


def test_store_read_only_missing_file_is_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_store_not_a_duckdb_file_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="is not a DuckDB database"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_store_other_duckdb_database_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a sitrep store"):
        Store(path, read_only=True)


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_document(make_article(16), [])


def test_store_creates_parent_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "s.duckdb"
    with Store(path) as store:
        assert store.documents() == []
    assert path.exists()


def test_store_in_use_by_another_process_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    holder = "import sys, time; from sitrep.store import Store; s = Store(sys.argv[1]); print('open', flush=True); time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", holder, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another process"):
            Store(path)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    with Store(path) as store:  # free again once the holder is gone
        assert store.documents() == []


def _table_count(path: Path, table: str) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0])


N_DOCS, EVENTS_PER_DOC, KILL_AT = 12, 20, 7

_WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from test_store import make_article, make_events, N_DOCS, EVENTS_PER_DOC, KILL_AT
from sitrep.store import Store
from sitrep.store import writes

real = writes.insert_rows
def slow(conn, table, columns, rows, **kwargs):
    real(conn, table, columns, rows, **kwargs)
    if table == "mentions" and rows[0][2] == "doc%03d" % KILL_AT:  # its document and events are written
        print("IN_TRANSACTION", flush=True)
        time.sleep(60)
writes.insert_rows = slow

store = Store(sys.argv[1])
for i in range(N_DOCS):
    art = make_article(i)
    store.add_document(art, make_events(art, EVENTS_PER_DOC))
    print("stored", i, flush=True)
"""


def test_store_survives_sigkill_mid_transaction(tmp_path: Path) -> None:
    path = tmp_path / "crash.duckdb"
    script = tmp_path / "writer.py"
    script.write_text(_WRITER.format(tests=str(TESTS_DIR)))
    proc = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = [line.strip() for line in iter(proc.stdout.readline, "") if _stop_at(line, proc)]
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert seen[-1] == f"stored {KILL_AT - 1}"

    with Store(path) as store:
        docs = store.documents()
        assert sorted(d["id"] for d in docs) == [f"doc{i:03d}" for i in range(KILL_AT)]
        assert all(d["events"] == EVENTS_PER_DOC for d in docs)
        assert store.count_events() == KILL_AT * EVENTS_PER_DOC
        added = []
        for i in range(N_DOCS):
            art = make_article(i)
            added.append(store.add_document(art, make_events(art, EVENTS_PER_DOC)))
        assert added == [False] * KILL_AT + [True] * (N_DOCS - KILL_AT)
        assert store.count_events() == N_DOCS * EVENTS_PER_DOC
        assert len({r["event_id"] for r in store.events()}) == N_DOCS * EVENTS_PER_DOC
    assert _table_count(path, "mentions") == N_DOCS * EVENTS_PER_DOC
    assert _table_count(path, "documents") == N_DOCS


def _stop_at(line: str, proc: subprocess.Popen[str]) -> bool:
    """Kill the writer (SIGKILL) when it reports being inside the transaction of document KILL_AT."""
    if line.strip() == "IN_TRANSACTION":
        os.kill(proc.pid, signal.SIGKILL)
        return False
    return True


def test_store_events_of_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.events() == [] and store.count_events() == 0 and store.runs() == []
        assert json.dumps(store.documents()) == "[]"


# ---------------------------------------------------------------- schema versions and migration


def _version_and_columns(path: Path) -> tuple[str, set[str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        (version,) = con.execute("SELECT value FROM meta WHERE key = 'store_schema_version'").fetchone() or (
            "",
        )
        cols = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events'"
            ).fetchall()
        }
    finally:
        con.close()
    return version, cols


def test_store_new_store_has_current_schema_and_actor_text(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    article = make_article(1)
    with Store(path) as store:
        store.add_document(article, make_events(article, 2))
        assert store.derived
        rows = store._query("SELECT event_type, actor_text FROM events ORDER BY event_type").fetchall()
    # source: USA-MIL, "United States armed forces", USA; target: no id, its name, sponsor IRN (lower-cased)
    sep = "\x1f"
    expected = (
        sep
        + sep.join(["usa-mil", "united states armed forces", "usa", "iranian-backed shia militia", "irn"])
        + sep
    )
    assert rows == [("ASSAULT", expected), ("PROTEST", sep + sep)]  # the PROTEST event has no actors
    version, cols = _version_and_columns(path)
    assert version == "2" and "actor_text" in cols


def test_store_old_schema_read_only_is_read_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    article = make_article(1)
    with Store(path) as store:
        store.add_document(article, make_events(article, 3))
    downgrade_store_to_v1(path)
    with Store(path, read_only=True) as store:
        assert not store.derived
        assert store.count_events(EventFilter(actor="irn")) == 2  # the target's sponsor of both ASSAULTs
        assert store.count_events(EventFilter(actor="United States Armed Forces")) == 2
        assert store.count_events(EventFilter(actor="united states")) == 0  # whole values only
    version, cols = _version_and_columns(path)
    assert version == "1" and "actor_text" not in cols


def test_store_old_schema_is_migrated_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    article = make_article(1)
    with Store(path) as store:
        store.add_document(article, make_events(article, 3))
        before = store.events()
    downgrade_store_to_v1(path)
    with Store(path) as store:
        assert store.derived
        assert store.events() == before
        assert store.count_events(EventFilter(actor="irn")) == 2
        assert store.count_events(EventFilter(actor="USA-MIL")) == 2
        assert store.count_events(EventFilter(actor="united states")) == 0
        missing = store._query("SELECT count(*) FROM events WHERE actor_text IS NULL").fetchone()
        assert missing == (0,)
        new = make_article(2)
        store.add_document(new, make_events(new, 2))  # writes go on after the migration
        assert store.count_events(EventFilter(actor="irn")) == 3
    version, cols = _version_and_columns(path)
    assert version == "2" and "actor_text" in cols


def test_store_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    article = make_article(1)
    with Store(path) as store:
        store.add_document(article, make_events(article, 3))
    downgrade_store_to_v1(path)
    broken = (*schema.MIGRATION[:2], "SELECT error('disk full')", *schema.MIGRATION[2:])
    monkeypatch.setattr(schema, "MIGRATION", broken)
    with pytest.raises(StoreError, match="could not migrate the store from schema version 1"):
        Store(path)
    version, cols = _version_and_columns(path)
    assert version == "1" and "actor_text" not in cols
    monkeypatch.undo()
    with Store(path) as store:  # the next try migrates it
        assert store.derived and store.count_events(EventFilter(actor="irn")) == 2


def test_store_unknown_schema_version_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'store_schema_version'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="store schema version 99, this sitrep reads 2"):
            Store(path, read_only=read_only)


# ------------------------------------------------------------------ what a batch write stores, computed here

_ACTOR_MATCH = ("actor_id", "name", "country", "sponsor", "led_by")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _expected_event(record: dict[str, Any], doc_hash: str) -> dict[str, Any]:
    """The events row of a record as the row-by-row store wrote it, worked out without sitrep.store."""
    src, tgt = record["source"] or {}, record["target"] or {}
    loc, ev, cas = record["location"] or {}, record["evidence"], record["casualties"]
    row = {k: v for k, v in record.items() if k not in ("date", "date_end")}
    row.update({k: _json(record[k]) for k in ("context", "source", "target", "attributed_to", "denied_by",
                                              "location", "casualties", "evidence")})  # fmt: skip
    row.update(date=date.fromisoformat(record["date"]) if record["date"] else None,
               date_end=date.fromisoformat(record["date_end"]) if record["date_end"] else None,
               doc_hash=doc_hash, extra=None, location_country=loc.get("country"), lat=loc.get("lat"),
               lon=loc.get("lon"), sentence=ev["sentence"], trigger=ev["trigger"], killed=cas["killed"],
               injured=cas["injured"])  # fmt: skip
    actor_values = []
    for role, actor in (("source", src), ("target", tgt)):
        for name in _ACTOR_MATCH:
            row[f"{role}_{name}"] = actor.get(name)
            actor_values.append(actor.get(name))
    present = [v.lower() for v in actor_values if v is not None]
    row["actor_text"] = "\x1f" + "\x1f".join(present) + "\x1f"
    return row


def _table(path: Path, table: str, key: str) -> dict[Any, dict[str, Any]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        cur = con.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        return {row[names.index(key)]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    finally:
        con.close()


@pytest.mark.parametrize("arrow", [True, False], ids=["arrow-batch", "values-fallback"])
def test_store_batch_write_stores_exactly_the_records(
    tmp_path: Path, seed_events: dict[str, Any], monkeypatch: pytest.MonkeyPatch, arrow: bool
) -> None:
    if not arrow:  # the form used when Arrow cannot type a column: the same rows
        monkeypatch.setattr(writes, "arrow_table", lambda columns, rows: None)
    synthetic = [make_article(30), make_article(31)]
    items = [*seed_events.values(), *((a, make_events(a, 4)) for a in synthetic)]
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        assert store.add_documents(items, run_id="run_1") == [True] * len(items)
        assert store.add_documents(items[:1]) == [False]
    records = {e.event_id: (a, e.to_dict()) for a, events in items for e in events}
    assert sum(len(events) for _, events in items) == len(records) > 10

    events = _table(path, "events", "event_id")
    assert events == {i: _expected_event(r, a.hash) for i, (a, r) in records.items()}
    mentions = _table(path, "mentions", "event_id")
    assert mentions == {
        i: {"event_id": i, "doc_hash": a.hash, "doc_id": a.doc_id, "sentence_start": r["evidence"]["start"],
            "sentence_end": r["evidence"]["end"], "trigger": r["evidence"]["trigger"]}
        for i, (a, r) in records.items()
    }  # fmt: skip
    documents = _table(path, "documents", "doc_hash")
    for article, _ in items:
        doc = documents.pop(article.hash)
        assert isinstance(doc.pop("ingested_at"), datetime)
        assert doc == {
            "doc_hash": article.hash, "doc_id": article.doc_id, "original_doc_id": article.doc_id,
            "source": article.source, "url": article.url, "published": article.published, "title": article.title,
            "text": article.text, "origin": article.origin, "notes": json.dumps(article.notes),
            "metadata": json.dumps(article.metadata, ensure_ascii=False), "run_id": "run_1",
        }  # fmt: skip
    assert documents == {}

    actors: dict[str, int] = {}
    places: dict[str, int] = {}
    for _, r in records.values():
        for role in ("source", "target", "attributed_to", "denied_by"):
            if r[role]:
                key = json.dumps(
                    [r[role][k] for k in ("actor_id", "name", "country", "sector", "sponsor", "led_by")]
                )
                actors[key] = actors.get(key, 0) + 1
        if r["location"]:
            key = json.dumps(
                [r["location"][k] for k in ("geonameid", "name", "country", "admin1", "lat", "lon")]
            )
            places[key] = places.get(key, 0) + 1
    stored_actors = _table(path, "actors", "actor_key")
    assert {k: v["mentions"] for k, v in stored_actors.items()} == actors
    assert all(
        v["actor_id"] == json.loads(k)[0] and v["led_by"] == json.loads(k)[5]
        for k, v in stored_actors.items()
    )
    stored_places = _table(path, "places", "place_key")
    assert {k: v["mentions"] for k, v in stored_places.items()} == places
    assert all([v["geonameid"], v["lat"], v["lon"]] == [json.loads(k)[i] for i in (0, 4, 5)]
               for k, v in stored_places.items())  # fmt: skip


def test_store_record_only_the_schema_accepts_is_stored(tmp_path: Path) -> None:
    # 5.0 killed: a JSON Schema integer, but not one the fast check vouches for, so the schema decides
    article = make_article(40)
    event = make_events(article, 1)[0]
    event.killed = 5.0  # type: ignore[assignment]
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_document(article, [event])
        (record,) = store.events()
    assert record["casualties"] == {"killed": 5.0, "injured": None}
    assert _table(tmp_path / "s.duckdb", "events", "event_id")[record["event_id"]]["killed"] == 5
