"""Tests of event filters (through a real DuckDB store), parse_filter and the output formats."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import downgrade_store_to_v1
from sitrep.errors import QueryError
from sitrep.query import EventFilter, flat_columns, parse_filter, write_events
from sitrep.records import Actor, Article, DateValue, Event, Evidence, Place
from sitrep.store import Store, schema
from sitrep.store.aggregates import page_events

# Six events in three documents; each test below names the events it expects by hand.
SPECS: dict[str, dict[str, Any]] = {
    "e1": dict(
        doc="A",
        sentence="U.S. F-16s hit a convoy near al Tanf.",
        trigger="hit",
        event_type="ASSAULT",
        status="asserted",
        mode="aerial",
        goldstein=-10.0,
        confidence=0.9,
        killed=5,
        source=Actor("U.S. F-16s", "United States armed forces", "USA-MIL", "USA", "MIL"),
        target=Actor("a convoy", "Iranian-backed Shia militia", None, None, "UAF", sponsor="IRN"),
        date=DateValue(date(2017, 5, 18)),
        location=Place("al Tanf", "At Tanf", None, 33.5, 38.62, "SYR"),
    ),
    "e2": dict(
        doc="A",
        sentence="Protesters marched 100% peacefully in Damascus, the BBC said.",
        trigger="marched",
        event_type="PROTEST",
        status="reported",
        goldstein=-6.5,
        confidence=0.6,
        source=Actor("Protesters", "Syrian protesters", None, "SYR", "CVL"),
        attributed_to=Actor("the BBC", "BBC", "GBR-MED", "GBR", "MED"),
        date=DateValue(date(2017, 6, 1)),
        location=Place("Damascus", "Damascus", 170654, 33.51, 36.29, "SYR"),
    ),
    "e3": dict(
        doc="B",
        sentence="The EU imposed new sanctions on Iran.",
        trigger="imposed",
        event_type="SANCTION",
        status="asserted",
        goldstein=-4.5,
        confidence=0.7,
        source=Actor("The EU", "European Union", "EU", "IGO", "IGO"),
        target=Actor("Iran", "Iran", "IRN", "IRN", "GOV"),
        date=DateValue(date(2018, 1, 10)),
    ),
    "e4": dict(
        doc="B",
        sentence="Russia plans to send aid to the U.S.-led coalition in Baghdad.",
        trigger="send",
        event_type="AID",
        status="planned",
        goldstein=7.4,
        confidence=0.5,
        source=Actor("Russia", "Russia", "RUS", "RUS", "GOV"),
        target=Actor("the U.S.-led coalition", "U.S.-led coalition", None, None, "MIL", led_by="USA"),
        date=DateValue(date(2016, 12, 20), date(2017, 1, 10), "week"),
        location=Place("Baghdad", "Baghdad", 98182, 33.31, 44.36, "IRQ"),
    ),
    "e5": dict(
        doc="C",
        sentence="Hezbollah claimed the attack on the port of Suva.",
        trigger="attack",
        event_type="ASSAULT",
        status="claimed",
        goldstein=-9.0,
        confidence=0.8,
        source=Actor("Hezbollah", "Hezbollah", "HEZ", "LBN", "UAF", sponsor="IRN"),
        location=Place("Suva", "Suva", 2198148, -18.14, 178.44, "FJI"),
    ),
    "e6": dict(
        doc="C",
        sentence="Militants could threaten shipping near Apia.",
        trigger="threaten",
        event_type="THREATEN",
        status="hypothetical",
        goldstein=-4.0,
        confidence=0.4,
        location=Place("Apia", "Apia", 4035413, -13.83, -171.76, "WSM"),
    ),
}


def build_corpus() -> list[tuple[Article, list[Event], dict[str, str]]]:
    """(article, events, {spec name: event_id}) per document."""
    out = []
    for doc in ("A", "B", "C"):
        names = [n for n, s in SPECS.items() if s["doc"] == doc]
        text = " ".join(SPECS[n]["sentence"] for n in names)
        article = Article(doc_id=doc, text=text, published=date(2018, 2, 1))
        events, ids = [], {}
        for name in names:
            ev = _event(article, SPECS[name])
            events.append(ev)
            ids[name] = ev.event_id
        out.append((article, events, ids))
    return out


def _event(article: Article, spec: dict[str, Any]) -> Event:
    sentence, trigger = spec["sentence"], spec["trigger"]
    start = article.text.index(sentence)
    fields = {k: v for k, v in spec.items() if k not in ("doc", "sentence", "trigger")}
    evidence = Evidence(sentence, start, start + len(sentence), trigger, start + sentence.index(trigger))
    return Event(doc_id=article.doc_id, doc_hash=article.hash, evidence=evidence, **fields)


@pytest.fixture()
def corpus(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str], dict[str, dict[str, Any]]]]:
    """A store with the six events; returns (store, name -> event_id, name -> record)."""
    store = Store(tmp_path / "q.duckdb")
    ids: dict[str, str] = {}
    records: dict[str, dict[str, Any]] = {}
    for article, events, names in build_corpus():
        store.add_document(article, events)
        ids.update(names)
        by_id = {e.event_id: e.to_dict() for e in events}
        records.update({n: by_id[i] for n, i in names.items()})
    yield store, ids, records
    store.close()


def names_of(store: Store, ids: dict[str, str], flt: EventFilter) -> set[str]:
    back = {v: k for k, v in ids.items()}
    return {back[r["event_id"]] for r in store.events(flt)}


FILTER_CASES = [
    (EventFilter(), {"e1", "e2", "e3", "e4", "e5", "e6"}),
    (EventFilter(event_type="assault"), {"e1", "e5"}),
    (EventFilter(actor="IRN"), {"e1", "e3", "e5"}),  # target sponsor, target country, source sponsor
    (EventFilter(actor="usa"), {"e1", "e4"}),  # source country, target led_by
    (EventFilter(actor="Hezbollah"), {"e5"}),  # name
    (EventFilter(actor="USA-MIL"), {"e1"}),  # actor_id
    (EventFilter(actor="GBR"), set()),  # attributed_to does not count
    (EventFilter(country="syr"), {"e1", "e2"}),
    (EventFilter(status="Reported"), {"e2"}),
    (EventFilter(since=date(2017, 1, 1)), {"e1", "e2", "e3", "e4"}),  # e4 ends 2017-01-10
    (EventFilter(until=date(2016, 12, 31)), {"e4"}),
    (EventFilter(since=date(2017, 5, 18), until=date(2017, 5, 18)), {"e1"}),
    (EventFilter(doc_id="B"), {"e3", "e4"}),
    (EventFilter(text="f-16"), {"e1"}),
    (EventFilter(text="100%"), {"e2"}),  # % is literal, not a wildcard
    (EventFilter(text="_"), set()),  # _ is literal too
    (EventFilter(bbox=(35.0, 32.0, 42.5, 37.5)), {"e1", "e2"}),
    (EventFilter(bbox=(170.0, -25.0, -165.0, -10.0)), {"e5", "e6"}),  # across the antimeridian
    (EventFilter(bbox=(-180.0, -90.0, 180.0, 90.0)), {"e1", "e2", "e4", "e5", "e6"}),
    (EventFilter(event_type="ASSAULT", country="SYR"), {"e1"}),
    (EventFilter(actor="IRN", since=date(2018, 1, 1)), {"e3"}),
]


@pytest.mark.parametrize(("flt", "expected"), FILTER_CASES)
def test_query_filters_select_the_right_events(corpus: Any, flt: EventFilter, expected: set[str]) -> None:
    store, ids, _ = corpus
    assert names_of(store, ids, flt) == expected
    assert store.count_events(flt) == len(expected)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", ["e4", "e1", "e2", "e3"]),  # the undated e5, e6 come last
        ("-date", ["e3", "e2", "e1", "e4"]),
        ("goldstein", ["e1", "e5", "e2", "e3", "e6", "e4"]),
        ("-goldstein", ["e4", "e6", "e3", "e2", "e5", "e1"]),
        ("confidence", ["e6", "e4", "e2", "e3", "e5", "e1"]),
        ("-confidence", ["e1", "e5", "e3", "e2", "e4", "e6"]),
        ("type", ["e4", "e1", "e5", "e2", "e3", "e6"]),  # AID, ASSAULT (by date), PROTEST, SANCTION, THREATEN
    ],
)
def test_query_sort_orders_events(corpus: Any, sort: str, expected: list[str]) -> None:
    store, ids, _ = corpus
    back = {v: k for k, v in ids.items()}
    got = [back[r["event_id"]] for r in store.events(EventFilter(sort=sort))]
    assert got[: len(expected)] == expected


def test_query_limit_and_offset_page_and_count_ignores_them(corpus: Any) -> None:
    store, ids, _ = corpus
    back = {v: k for k, v in ids.items()}
    flt = EventFilter(sort="date", limit=2, offset=1)
    assert [back[r["event_id"]] for r in store.events(flt)] == ["e1", "e2"]
    assert store.count_events(flt) == 6
    assert store.events(EventFilter(limit=0)) == []


def test_query_filtered_records_equal_what_was_stored(corpus: Any) -> None:
    store, _, records = corpus
    (got,) = store.events(EventFilter(actor="hezbollah"))
    assert got == records["e5"]


def test_query_event_filter_normalises_and_validates() -> None:
    flt = EventFilter(event_type=" protest ", status="DENIED", country="irq", since="2017", until="2017-02")  # type: ignore[arg-type]
    assert (flt.event_type, flt.status, flt.country) == ("PROTEST", "denied", "IRQ")
    assert (flt.since, flt.until) == (date(2017, 1, 1), date(2017, 2, 28))
    with pytest.raises(QueryError, match="status: 'rumoured' is not a status"):
        EventFilter(status="rumoured")
    with pytest.raises(QueryError, match="sort"):
        EventFilter(sort="name; DROP TABLE events")
    with pytest.raises(QueryError, match="after"):
        EventFilter(since=date(2018, 1, 1), until=date(2017, 1, 1))


def test_query_parse_filter_reads_strings() -> None:
    flt = parse_filter(
        type="assault", actor=" IRN ", country="syr", status="claimed", since="2017-05", until="2018",
        doc="A", text="convoy", bbox="35, 32, 42.5, 37.5", limit="10", offset="5", sort="-Date",
    )  # fmt: skip
    assert flt == EventFilter(
        event_type="ASSAULT", actor="IRN", country="SYR", status="claimed", since=date(2017, 5, 1),
        until=date(2018, 12, 31), doc_id="A", text="convoy", bbox=(35.0, 32.0, 42.5, 37.5), limit=10,
        offset=5, sort="-date",
    )  # fmt: skip
    assert parse_filter(event_type="", actor=None, since="  ") == EventFilter()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"since": "x"}, "--since: 'x' is not a date (YYYY-MM-DD)"),
        ({"until": "2017-02-30"}, "--until: '2017-02-30' is not a date (YYYY-MM-DD)"),
        ({"since": "18/05/2017"}, "--since: '18/05/2017' is not a date (YYYY-MM-DD)"),
        ({"type": "KISS"}, "--type: 'KISS' is not a PLOVER event type"),
        ({"event_type": "KISS"}, "--event-type: 'KISS' is not a PLOVER event type"),
        ({"status": "rumoured"}, "--status: 'rumoured' is not a status"),
        ({"country": "SY"}, "--country: 'SY' is not an ISO 3166-1 alpha-3"),
        ({"bbox": "1,2,3"}, "--bbox: '1,2,3' is not a box"),
        ({"bbox": "a,b,c,d"}, "--bbox: 'a,b,c,d' is not a box"),
        ({"bbox": "0,10,5,5"}, "--bbox: '0,10,5,5': latitudes"),
        ({"bbox": "0,0,200,5"}, "--bbox: '0,0,200,5': longitudes"),
        ({"bbox": "0,0,nan,5"}, "--bbox: '0,0,nan,5' has a value"),
        ({"limit": "-1"}, "--limit: '-1' is not a whole number"),
        ({"offset": "ten"}, "--offset: 'ten' is not a whole number"),
        ({"sort": "name"}, "--sort: 'name' is not a sort key"),
        ({"colour": "red"}, "--colour: unknown filter"),
        ({"since": "2018", "until": "2017"}, "since (2018-01-01) is after until (2017-12-31)"),
    ],
)
def test_query_parse_filter_errors_name_the_option(raw: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_filter(**raw)
    assert str(err.value).startswith(message)


# ---------------------------------------------------------------- output formats


def test_query_jsonl_writes_one_record_a_line(corpus: Any) -> None:
    store, _, _ = corpus
    records = store.events()
    buf = io.StringIO()
    summary = write_events(records, fmt="jsonl", out=buf)
    lines = buf.getvalue().splitlines()
    assert summary.written == 6 and [json.loads(line) for line in lines] == records
    raw = io.BytesIO()
    write_events(records[:1], fmt="jsonl", out=raw)
    assert json.loads(raw.getvalue().decode("utf-8")) == records[0]


def test_query_csv_has_dotted_flat_columns(corpus: Any, tmp_path: Path) -> None:
    store, _, records = corpus
    path = tmp_path / "ev.csv"
    write_events(store.events(), fmt="csv", out=path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = {row["event_id"]: row for row in csv.DictReader(fh)}
    e1, e4 = rows[records["e1"]["event_id"]], rows[records["e4"]["event_id"]]
    assert len(rows) == 6
    assert (e1["source.country"], e1["target.sponsor"], e1["target.actor_id"]) == ("USA", "IRN", "")
    assert (e1["location.lat"], e1["location.lon"], e1["goldstein"]) == ("33.5", "38.62", "-10.0")
    assert (e1["casualties.killed"], e1["evidence.trigger"], e1["date"]) == ("5", "hit", "2017-05-18")
    assert (e4["target.led_by"], e4["date_end"], e4["location.geonameid"]) == ("USA", "2017-01-10", "98182")
    assert e4["attributed_to.name"] == "" and e1["context"] == ""


def test_query_flat_columns_cover_every_leaf_of_a_full_record(corpus: Any) -> None:
    _, _, records = corpus
    full = dict(
        records["e1"], attributed_to=records["e2"]["attributed_to"], denied_by=records["e1"]["source"]
    )
    leaves = {
        f"{k}.{sub}" if isinstance(v, dict) else k
        for k, v in full.items()
        for sub in (v if isinstance(v, dict) else [None])
    }
    assert {c.name for c in flat_columns()} == leaves


def test_query_parquet_round_trips_typed_columns(corpus: Any, tmp_path: Path) -> None:
    store, _, records = corpus
    path = tmp_path / "ev.parquet"
    summary = write_events(store.events(), fmt="parquet", out=path)
    table = pq.read_table(path)
    assert summary.written == 6 and table.num_rows == 6
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("context").type == pa.list_(pa.string())
    rows = {r["event_id"]: r for r in table.to_pylist()}
    e4 = rows[records["e4"]["event_id"]]
    assert e4["date"] == date(2016, 12, 20) and e4["date_end"] == date(2017, 1, 10)
    assert e4["location.lon"] == 44.36 and e4["goldstein"] == 7.4 and e4["source.actor_id"] == "RUS"
    assert rows[records["e3"]["event_id"]]["location.lat"] is None


def test_query_parquet_needs_a_file(corpus: Any) -> None:
    store, _, _ = corpus

    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    for out in (None, io.StringIO(), Terminal()):
        with pytest.raises(QueryError, match="parquet"):
            write_events(store.events(), fmt="parquet", out=out)
    buf = io.BytesIO()
    write_events(store.events(), fmt="parquet", out=buf)
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 6


def test_query_geojson_has_points_and_counts_the_rest(corpus: Any, tmp_path: Path) -> None:
    store, _, records = corpus
    path = tmp_path / "ev.geojson"
    summary = write_events(store.events(), fmt="geojson", out=path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert (summary.written, summary.left_out, len(data["features"])) == (5, 1, 5)
    by_id = {f["id"]: f for f in data["features"]}
    e5 = by_id[records["e5"]["event_id"]]
    assert e5["geometry"] == {"type": "Point", "coordinates": [178.44, -18.14]}
    assert e5["properties"]["source.sponsor"] == "IRN" and e5["properties"]["status"] == "claimed"
    assert records["e3"]["event_id"] not in by_id
    empty = io.StringIO()
    write_events([], fmt="geojson", out=empty)
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_query_table_is_fixed_width_and_truncates(corpus: Any) -> None:
    store, _, _ = corpus
    buf = io.StringIO()
    write_events(store.events(EventFilter(sort="date")), fmt="table", out=buf)
    header, rule, first, *rest = buf.getvalue().splitlines()
    assert header.split() == ["date", "type", "mode", "status", "source", "target", "place", "trigger"]
    assert set(rule.replace(" ", "")) == {"-"} and len(rest) == 5
    column = header.index("target")
    assert first.startswith("2016-12-20  AID")
    assert first[column:].startswith("U.S.-led coalition")
    second = rest[0]
    assert "United States armed for…  " in second  # 26 characters cut to 23 + "…"
    assert second[column:].startswith("Iranian-backed Shia mil…")
    empty = io.StringIO()
    write_events([], fmt="table", out=empty)
    assert empty.getvalue().endswith("(no events)\n")


def test_query_write_events_rejects_unknown_format() -> None:
    with pytest.raises(QueryError, match="--format: 'xml'"):
        write_events([], fmt="xml", out=io.StringIO())


def test_query_write_events_to_missing_folder_is_query_error(tmp_path: Path) -> None:
    for fmt in ("csv", "parquet"):
        with pytest.raises(QueryError, match="--out: cannot write"):
            write_events([], fmt=fmt, out=tmp_path / "no" / f"ev.{fmt}")


# ---------------------------------------------------------------- stores of the old schema (version 1)


def make_old_schema_store(path: Path) -> dict[str, str]:
    """The six events in a store as sitrep wrote it before events.actor_text (schema version 1)."""
    ids: dict[str, str] = {}
    with Store(path) as store:
        for article, events, names in build_corpus():
            store.add_document(article, events)
            ids.update(names)
    downgrade_store_to_v1(path)
    return ids


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("old") / "v1.duckdb"
    return path, make_old_schema_store(path)


@pytest.mark.parametrize(("flt", "expected"), FILTER_CASES)
def test_query_filters_on_an_old_store_read_only_and_migrated(
    old_store: tuple[Path, dict[str, str]], tmp_path: Path, flt: EventFilter, expected: set[str]
) -> None:
    path, ids = old_store
    with Store(path, read_only=True) as store:  # not migrated: the filters need no derived column
        assert not store.derived
        assert names_of(store, ids, flt) == expected
        assert store.count_events(flt) == len(expected)
        assert {
            k for k, v in ids.items() if v in {r["event_id"] for r in page_events(store, flt)[0]}
        } == expected
    copy = tmp_path / "copy.duckdb"
    shutil.copy(path, copy)
    with Store(copy) as store:  # migrated on opening for writing
        assert store.derived
        assert names_of(store, ids, flt) == expected
        assert store.count_events(flt) == len(expected)


@pytest.mark.parametrize(("flt", "expected"), FILTER_CASES)
def test_query_page_events_pages_and_counts_like_events(
    corpus: Any, flt: EventFilter, expected: set[str]
) -> None:
    store, ids, _ = corpus
    back = {v: k for k, v in ids.items()}
    for sort in ("date", "-goldstein", "type"):
        paged = replace(flt, sort=sort, limit=2, offset=1)
        items, total = page_events(store, paged)
        assert total == len(expected)
        assert [back[r["event_id"]] for r in items] == [back[r["event_id"]] for r in store.events(paged)]
        assert len(items) == min(2, max(0, len(expected) - 1))


def test_query_actor_filter_falls_back_where_actor_text_is_missing(corpus: Any) -> None:
    """Rows without actor_text (written by another tool, or an actor value holding the separator \\x1f)
    still match through the old condition; a key with the separator cannot match across two values."""
    store, ids, _ = corpus
    store._write("UPDATE events SET actor_text = NULL WHERE event_id = ?", [ids["e5"]])
    store._write(
        "UPDATE events SET target_name = 'Ansar' || chr(31) || 'Allah' WHERE event_id = ?", [ids["e3"]]
    )
    store._write(f"{schema.DERIVE_SQL} WHERE event_id = ?", [ids["e3"]])
    row = store._query("SELECT actor_text FROM events WHERE event_id = ?", [ids["e3"]]).fetchone()
    assert row == (None,)
    assert names_of(store, ids, EventFilter(actor="hezbollah")) == {"e5"}
    assert names_of(store, ids, EventFilter(actor="IRN")) == {"e1", "e3", "e5"}
    assert names_of(store, ids, EventFilter(actor="ansar\x1fallah")) == {"e3"}
    assert names_of(store, ids, EventFilter(actor="ansar")) == set()
    assert names_of(store, ids, EventFilter(actor="usa-mil\x1funited states armed forces")) == set()
