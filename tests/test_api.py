"""Tests of the HTTP API in-process (FastAPI TestClient) on a real DuckDB store of hand-made events.

The store holds three articles and seven events; every expected number below was worked out by hand from
the table in `build_store` (dates, actors, places), not copied from the API's output.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from sitrep import api as api_module
from sitrep.api import Limits, create_app
from sitrep.errors import StoreError
from sitrep.query import EventFilter
from sitrep.records import Actor, Article, DateValue, Event, Evidence, Place
from sitrep.store import Store, aggregates

TEXT_A = (
    "U.S. F-16s hit a convoy of Iranian-backed fighters near al Tanf on May 18, Fars reported. "
    "Protesters marched in Damascus on Friday."
)
TEXT_B = (
    "The U.S.-led coalition struck Islamic State fighters in Raqqa on June 2. "
    "The Pentagon denied hitting a mosque in Raqqa a day later. Iran agreed with Russia on talks in July."
)
TEXT_C = "Turkey threatened the Kurdish militia in Afrin in January 2018. Iran will consult Turkey in Tehran."

USA_MIL = Actor("U.S. F-16s", "United States armed forces", "USA-MIL", "USA", "MIL")
MILITIA = Actor(
    "a convoy of Iranian-backed fighters", "Iranian-backed Shia militia", None, None, "UAF", sponsor="IRN"
)
FARS = Actor("Fars", "Fars News Agency", "IRN-MED", "IRN", "MED")
PROTESTERS = Actor("Protesters", "protesters", None, "SYR", "CVL")
COALITION = Actor("The U.S.-led coalition", "US-led coalition", "COALITION", None, "MIL", led_by="USA")
ISIS = Actor("Islamic State fighters", "Islamic State", "ISIS", None, "REB")
PENTAGON = Actor("The Pentagon", "US Department of Defense", "USA-MIL", "USA", "MIL")
IRAN = Actor("Iran", "Iran", "IRN", "IRN", "GOV")
RUSSIA = Actor("Russia", "Russia", "RUS", "RUS", "GOV")
TURKEY = Actor("Turkey", "Turkey", "TUR", "TUR", "GOV")
YPG = Actor("the Kurdish militia", "YPG", "YPG", None, "UAF", sponsor="USA")

TANF = Place("al Tanf", "At Tanf", None, 33.5, 38.62, "SYR", "Homs", "near")
DAMASCUS = Place("Damascus", "Damascus", 170654, 33.51, 36.29, "SYR", "Damascus", "place")
RAQQA = Place("Raqqa", "Ar Raqqah", 172955, 35.95, 39.01, "SYR", "Raqqa", "place")
AFRIN = Place("Afrin", "Afrin", 172515, 36.51, 36.87, "SYR", "Aleppo", "place")
TEHRAN = Place("Tehran", "Tehran", 112931, 35.69, 51.42, "IRN", "Tehran", "place")


def _event(article: Article, sentence_start: str, trigger: str, **fields: Any) -> Event:
    """An event whose evidence is the sentence starting with `sentence_start` (ending at the next '. ' or
    the end of the text, looking past "U.S.")."""
    text = article.text
    start = text.index(sentence_start)
    ends = [i + 1 for i in range(start + 5, len(text)) if text[i] == "." and text[i + 1 : i + 2] in (" ", "")]
    end = ends[0]
    evidence = Evidence(text[start:end], start, end, trigger, trigger_start=text.index(trigger, start))
    return Event(doc_id=article.doc_id, doc_hash=article.hash, evidence=evidence, confidence=0.9, **fields)


def _day(y: int, m: int, d: int) -> DateValue:
    return DateValue(date(y, m, d), None, "day", None)


def build_store(path: Path) -> dict[str, Event]:
    a = Article("docA", TEXT_A, published=date(2017, 5, 20), source="Wire", title="Strike at al Tanf")
    b = Article("docB", TEXT_B, published=date(2017, 7, 11), source="Wire", title="Raqqa")
    c = Article("docC", TEXT_C, published=date(2018, 1, 16), source="Daily", title="Afrin")
    ev = {
        "e1": _event(a, "U.S.", "hit", event_type="ASSAULT", status="reported", quad_class=4, goldstein=-10.0,
                     cameo="195", mode="aerial", source=USA_MIL, target=MILITIA, attributed_to=FARS,
                     date=_day(2017, 5, 18), location=TANF, killed=5),
        "e2": _event(a, "Protesters", "marched", event_type="PROTEST", status="asserted", quad_class=3,
                     goldstein=-6.5, source=PROTESTERS, date=_day(2017, 5, 19), location=DAMASCUS),
        "e3": _event(b, "The U.S.-led", "struck", event_type="ASSAULT", status="asserted", quad_class=4,
                     goldstein=-9.5, source=COALITION, target=ISIS, date=_day(2017, 6, 2), location=RAQQA),
        "e4": _event(b, "The Pentagon", "hitting", event_type="ASSAULT", status="denied", quad_class=4,
                     goldstein=-10.0, source=PENTAGON, denied_by=PENTAGON, date=_day(2017, 6, 3), location=RAQQA),
        "e5": _event(b, "Iran agreed", "agreed", event_type="AGREE", status="asserted", quad_class=1,
                     goldstein=3.0, source=IRAN, target=RUSSIA, date=_day(2017, 7, 10)),
        "e6": _event(c, "Turkey", "threatened", event_type="THREATEN", status="asserted", quad_class=3,
                     goldstein=-4.4, source=TURKEY, target=YPG, date=_day(2018, 1, 15), location=AFRIN),
        "e7": _event(c, "Iran will", "consult", event_type="CONSULT", status="planned", quad_class=1,
                     goldstein=1.0, source=IRAN, target=TURKEY, location=TEHRAN),
    }  # fmt: skip
    with Store(path) as store:
        store.add_document(a, [ev["e1"], ev["e2"]])
        store.add_document(b, [ev["e3"], ev["e4"], ev["e5"]])
        store.add_document(c, [ev["e6"], ev["e7"]])
    return ev


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("api") / "api.duckdb"


@pytest.fixture(scope="module")
def events(store_path: Path) -> dict[str, Event]:
    return build_store(store_path)


@pytest.fixture(scope="module")
def ids(events: dict[str, Event]) -> dict[str, str]:
    return {name: e.event_id for name, e in events.items()}


@pytest.fixture(scope="module")
def client(store_path: Path, events: dict[str, Event]) -> TestClient:
    return TestClient(create_app(store_path), raise_server_exceptions=False)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The pinned error shape: {"error": {"code", "message", "details": [...]}} and nothing else."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], list)
    return body["error"]


def event_ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["event_id"] for item in response.json()["items"]]


# ------------------------------------------------------------------ /api/events


def test_api_events_lists_records_with_total_limit_offset(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 7 and body["limit"] == 100 and body["offset"] == 0
    # sorted by date, undated last
    assert [i["event_id"] for i in body["items"]] == [ids[f"e{n}"] for n in range(1, 8)]
    first = body["items"][0]
    assert first["schema_version"] == "1" and first["source"]["actor_id"] == "USA-MIL"
    assert first["target"]["sponsor"] == "IRN" and first["casualties"]["killed"] == 5


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=ASSAULT", ["e1", "e3", "e4"]),
        ("type=assault&status=denied", ["e4"]),
        ("actor=IRN", ["e1", "e5", "e7"]),  # e1's target is Iranian-backed (sponsor IRN)
        ("actor=usa", ["e1", "e3", "e4", "e6"]),  # source country, led_by, sponsor
        ("country=SYR", ["e1", "e2", "e3", "e4", "e6"]),
        ("since=2017-06", ["e3", "e4", "e5", "e6"]),
        ("until=2017-05", ["e1", "e2"]),
        ("since=2017-06-01&until=2017-06-30", ["e3", "e4"]),
        ("bbox=38.5,35.5,39.5,36.5", ["e3", "e4"]),
        ("text=mosque", ["e4"]),
        ("doc=docC", ["e6", "e7"]),
        ("type=SANCTION", []),
    ],
)
def test_api_events_filters(client: TestClient, ids: dict[str, str], query: str, expected: list[str]) -> None:
    response = client.get(f"/api/events?{query}")
    assert event_ids(response) == [ids[e] for e in expected]
    assert response.json()["total"] == len(expected)


def test_api_events_paging_and_sort(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get("/api/events?limit=2&offset=2").json()
    assert [i["event_id"] for i in page["items"]] == [ids["e3"], ids["e4"]]
    assert page["total"] == 7 and page["limit"] == 2 and page["offset"] == 2
    assert event_ids(client.get("/api/events?sort=-goldstein&limit=2")) == [ids["e5"], ids["e7"]]
    assert event_ids(client.get("/api/events?sort=-date&limit=1")) == [ids["e6"]]
    assert client.get("/api/events?offset=50").json()["items"] == []


@pytest.mark.parametrize(
    "filters",
    [
        {"limit": 3},
        {"limit": 2, "offset": 3, "sort": "-goldstein"},
        {"event_type": "ASSAULT", "limit": 5, "offset": 1, "sort": "-date"},
        {"country": "SYR", "limit": 10, "sort": "type"},
        {"actor": "IRN", "limit": 1, "offset": 5},
    ],
)
def test_api_page_events_equals_store_events(
    store_path: Path, events: dict[str, Event], filters: dict[str, Any]
) -> None:
    flt = EventFilter(**filters)
    with Store(store_path, read_only=True) as store:
        items, total = aggregates.page_events(store, flt)
        assert items == store.events(flt)
        assert total == store.count_events(flt)


def test_api_events_limit_is_capped(store_path: Path, events: dict[str, Event]) -> None:
    capped = TestClient(create_app(store_path, limits=Limits(events=2, max_events=3)))
    assert len(capped.get("/api/events").json()["items"]) == 2
    body = capped.get("/api/events?limit=500").json()
    assert body["limit"] == 3 and len(body["items"]) == 3 and body["total"] == 7


def test_api_event_detail_with_evidence(
    client: TestClient, ids: dict[str, str], events: dict[str, Event]
) -> None:
    body = client.get(f"/api/events/{ids['e1']}?text=true").json()
    assert body["event"] == events["e1"].to_dict()
    assert body["document"]["id"] == "docA" and body["document"]["text"] == TEXT_A
    assert body["evidence"]["status_text"] == "reported by Fars"
    spans = {s["kind"]: TEXT_A[s["start"] : s["end"]] for s in body["evidence"]["spans"]}
    assert spans == {
        "sentence": "U.S. F-16s hit a convoy of Iranian-backed fighters near al Tanf on May 18, Fars reported.",
        "trigger": "hit",
        "source": "U.S. F-16s",
        "target": "a convoy of Iranian-backed fighters",
        "place": "al Tanf",
        "attributed_to": "Fars",
    }
    without = client.get(f"/api/events/{ids['e1']}").json()
    assert "text" not in without["document"]


def test_api_event_detail_spells_out_denial(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get(f"/api/events/{ids['e4']}").json()
    assert body["evidence"]["status_text"] == "denied by The Pentagon"
    assert client.get(f"/api/events/{ids['e2']}").json()["evidence"]["status_text"].startswith("asserted")


def test_api_document_with_its_events(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get("/api/documents/docB").json()
    assert body["id"] == "docB" and body["text"] == TEXT_B and body["title"] == "Raqqa"
    assert body["events"] == 3
    assert sorted(e["event_id"] for e in body["event_list"]) == sorted([ids["e3"], ids["e4"], ids["e5"]])


# ------------------------------------------------------------------ aggregates


def test_api_actors_counts_roles_sponsors_and_leaders(client: TestClient) -> None:
    items = client.get("/api/actors").json()["items"]
    by_key = {a["key"]: a for a in items}
    assert [a["key"] for a in items[:3]] == ["IRN", "TUR", "USA-MIL"]  # 2 events each, then by key
    assert (by_key["TUR"]["as_source"], by_key["TUR"]["as_target"], by_key["TUR"]["events"]) == (1, 1, 2)
    assert by_key["USA-MIL"]["as_source"] == 2 and by_key["USA-MIL"]["goldstein"] == -10.0
    assert by_key["Iranian-backed Shia militia"]["sponsors"] == ["IRN"]
    assert by_key["COALITION"]["led_by"] == ["USA"]
    assert by_key["protesters"]["country"] == "SYR"  # no actor_id: keyed by its coded name
    assert len(items) == 9  # the Pentagon is USA-MIL too
    assert [a["key"] for a in client.get("/api/actors?type=THREATEN").json()["items"]] == ["TUR", "YPG"]
    assert len(client.get("/api/actors?limit=2").json()["items"]) == 2


def test_api_places_groups_events_by_place(client: TestClient, ids: dict[str, str]) -> None:
    items = client.get("/api/places").json()["items"]
    assert len(items) == 5  # al Tanf, Damascus, Raqqa, Afrin, Tehran (e5 has no place)
    raqqa = items[0]
    assert (raqqa["name"], raqqa["events"], raqqa["lat"], raqqa["lon"]) == ("Ar Raqqah", 2, 35.95, 39.01)
    assert raqqa["event_ids"] == [ids["e4"], ids["e3"]]  # latest first
    assert raqqa["top_type"] == "ASSAULT" and raqqa["top_quad_class"] == 4 and raqqa["goldstein"] == -9.75
    assert [p["name"] for p in client.get("/api/places?country=IRN").json()["items"]] == ["Tehran"]


def test_api_timeline_by_quad_class_per_month(client: TestClient) -> None:
    body = client.get("/api/timeline?interval=month&by=quad_class").json()
    assert body["interval"] == "month" and body["by"] == "quad_class" and body["undated"] == 1
    buckets = {b["start"]: b for b in body["buckets"]}
    assert list(buckets) == ["2017-05-01", "2017-06-01", "2017-07-01", "2018-01-01"]
    may = buckets["2017-05-01"]
    assert may["total"] == 2 and may["goldstein"] == -8.25
    assert may["groups"] == {"3": {"count": 1, "goldstein": -6.5}, "4": {"count": 1, "goldstein": -10.0}}
    assert buckets["2017-06-01"]["goldstein"] == -9.75


def test_api_timeline_by_type_per_week_and_day(client: TestClient) -> None:
    weekly = client.get("/api/timeline?interval=week&by=type").json()["buckets"]
    assert (
        weekly[0]["start"] == "2017-05-15" and weekly[0]["total"] == 2
    )  # Thu 18th and Fri 19th, week from Monday
    assert weekly[1]["groups"] == {"ASSAULT": {"count": 2, "goldstein": -9.75}}
    daily = client.get("/api/timeline?interval=day&type=ASSAULT").json()["buckets"]
    assert [b["start"] for b in daily] == ["2017-05-18", "2017-06-02", "2017-06-03"]


def test_api_network_edges_with_sponsor_and_leader_edges(client: TestClient) -> None:
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"], e["kind"]): e for e in body["edges"]}
    assert set(edges) == {
        ("USA-MIL", "Iranian-backed Shia militia", "event"),
        ("COALITION", "ISIS", "event"),
        ("IRN", "RUS", "event"),
        ("TUR", "YPG", "event"),
        ("IRN", "TUR", "event"),
        ("IRN", "Iranian-backed Shia militia", "sponsor"),
        ("USA", "YPG", "sponsor"),
        ("USA", "COALITION", "led_by"),
    }
    assert edges[("TUR", "YPG", "event")]["types"] == {"THREATEN": 1}
    assert edges[("TUR", "YPG", "event")]["weight"] == 1
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["TUR"]["events"] == 2 and nodes["USA"]["events"] == 0  # USA appears only as a backer
    assert len(client.get("/api/network?limit=1").json()["edges"]) <= 1 + 3


def test_api_summary(client: TestClient) -> None:
    body = client.get("/api/summary").json()
    assert body["events"] == 7 and body["documents"] == 3
    assert (body["first"], body["last"]) == ("2017-05-18", "2018-01-15")
    assert body["types"]["ASSAULT"] == 3 and body["statuses"]["denied"] == 1 and body["countries"]["SYR"] == 5


# ------------------------------------------------------------------ export


def test_api_export_csv_and_jsonl_parse_back(
    client: TestClient, ids: dict[str, str], events: dict[str, Event]
) -> None:
    response = client.get("/api/export?format=csv&type=ASSAULT")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id"] for r in rows] == [ids["e1"], ids["e3"], ids["e4"]]
    assert rows[0]["target.sponsor"] == "IRN" and rows[0]["location.lat"] == "33.5"
    lines = client.get("/api/export?format=jsonl&country=SYR").text.splitlines()
    assert [json.loads(line) for line in lines] == [
        events[e].to_dict() for e in ("e1", "e2", "e3", "e4", "e6")
    ]


def test_api_export_geojson_and_parquet_parse_back(client: TestClient, ids: dict[str, str]) -> None:
    response = client.get("/api/export?format=geojson&actor=IRN")
    collection = json.loads(response.text)
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == [ids["e1"], ids["e7"]]  # e5 has no place
    assert collection["features"][1]["geometry"]["coordinates"] == [51.42, 35.69]
    assert response.headers["x-sitrep-left-out"] == "1"
    parquet = client.get("/api/export?format=parquet&since=2017-06")
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.column("event_id").to_pylist() == [ids["e3"], ids["e4"], ids["e5"], ids["e6"]]


def test_api_export_cap_refuses_more_than_the_cap(store_path: Path, events: dict[str, Event]) -> None:
    small = TestClient(create_app(store_path, limits=Limits(max_export=2)))
    error = assert_error(small.get("/api/export?format=jsonl"), 422, "invalid_parameter")
    assert "cap of 2" in error["message"] and error["details"][0]["param"] == "limit"
    assert len(small.get("/api/export?format=jsonl&limit=2&offset=5").text.splitlines()) == 2
    assert len(small.get("/api/export?format=jsonl&type=ASSAULT&status=denied").text.splitlines()) == 1


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/events?limit=abc", "limit"),  # FastAPI's own validation
        ("/api/events?offset=-1", "offset"),
        ("/api/events?type=BOGUS", "type"),  # the library's
        ("/api/events?status=rumoured", "status"),
        ("/api/events?country=Syria", "country"),
        ("/api/events?since=yesterday", "since"),
        ("/api/events?bbox=1,2,3", "bbox"),
        ("/api/events?sort=name", "sort"),
        ("/api/events?since=2018&until=2017", None),
        ("/api/timeline?interval=hour", "interval"),
        ("/api/timeline?by=actor", "by"),
        ("/api/export?format=xml", "format"),
        ("/api/export?format=table", "format"),
        ("/api/places?limit=many", "limit"),
        ("/api/events/anything?text=perhaps", "text"),
    ],
)
def test_api_bad_parameters_give_422_in_one_shape(client: TestClient, url: str, param: str | None) -> None:
    error = assert_error(client.get(url), 422, "invalid_parameter")
    assert error["details"] and error["details"][0]["param"] == param
    assert all(isinstance(d["problem"], str) and d["problem"] for d in error["details"])


def test_api_unknown_ids_and_paths_give_404(client: TestClient) -> None:
    assert "ev_nope" in assert_error(client.get("/api/events/ev_nope"), 404, "not_found")["message"]
    assert "nodoc" in assert_error(client.get("/api/documents/nodoc"), 404, "not_found")["message"]
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/vendor/evil.js"), 404, "not_found")


def test_api_is_read_only(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert_error(getattr(client, method)("/api/events"), 405, "method_not_allowed")


def test_api_crash_gives_500_in_the_same_shape(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(api_module.aggregates, "summary", broken)
    error = assert_error(client.get("/api/summary"), 500, "internal_error")
    assert "boom" not in error["message"]


def test_api_opens_the_store_per_request_so_ingest_can_add(tmp_path: Path) -> None:
    path = tmp_path / "live.duckdb"
    build_store(path)
    live = TestClient(create_app(path, hold_open=False))
    assert live.get("/api/summary").json()["documents"] == 3
    article = Article("docD", "Iran protested. Nothing else.", published=date(2019, 1, 1))
    event = _event(article, "Iran", "protested", event_type="PROTEST", status="asserted", source=IRAN)
    with Store(path) as store:  # a writer can open it: the API holds no connection between requests
        store.add_document(article, [event])
    assert live.get("/api/summary").json()["documents"] == 4
    assert event_ids(live.get("/api/events?doc=docD")) == [event.event_id]


def test_api_create_app_refuses_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.duckdb")


# ------------------------------------------------------------------ page and docs


def test_api_serves_page_assets_and_openapi(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<title>sitrep workspace</title>" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "https://" not in page.text and "http://" not in page.text  # nothing from elsewhere
    for asset in (
        "/static/js/main.js",
        "/static/style.css",
        "/vendor/d3.min.js",
        "/vendor/topojson-client.min.js",
    ):
        assert client.get(asset).status_code == 200, (
            f"{asset} missing (run scripts/setup.sh: npm ci in src/sitrep/web)"
        )
    atlas = client.get("/vendor/countries-50m.json").json()
    assert atlas["type"] == "Topology" and "countries" in atlas["objects"]
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/actors", "/api/places", "/api/timeline",
            "/api/network", "/api/documents/{doc_id}", "/api/export"} <= paths  # fmt: skip
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/vendor/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    assert client.get("/vendor/swagger-ui-bundle.js").status_code == 200
