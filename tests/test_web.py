"""Browser tests: Playwright drives Debian's Chromium (headless) against the real server on a store of the seed
articles coded by the real pipeline. Screenshots go to test-artifacts/; any console error, page error or
request to anything but the local server fails the test.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from sitrep.api import create_app
from sitrep.store import Store

pytestmark = pytest.mark.model

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
TIMEOUT_MS = 15_000
LOADING = re.compile(r"\bloading\b")


@pytest.fixture(scope="module")
def seed_store(seed_events: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "seeds.duckdb"
    with Store(path) as store:
        for article, events in seed_events.values():
            store.add_document(article, events)
    return path


@pytest.fixture(scope="module")
def base_url(seed_store: Path) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(seed_store), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} missing: apt-get install -y chromium (scripts/test.sh does)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """Console errors, page errors and requests that left the local server."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.problems: list[str] = []

    def console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.base) or url.startswith("data:"):
            route.continue_()
        else:
            self.problems.append(f"request to elsewhere: {url}")
            route.abort()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch = Watch(base_url)
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.problems.append(f"page error: {exc}"))
    page.route("**/*", watch.route)
    yield page
    context.close()
    assert watch.problems == []


def open_page(page: Page, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/{query}")
    page.wait_for_selector("#events tbody tr[data-event]")
    page.wait_for_selector("#map g.cluster")
    page.wait_for_selector("#map path.country")
    expect(page.locator("body")).not_to_have_class(LOADING)


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def all_events(seed_events: dict[str, Any]) -> list[dict[str, Any]]:
    return [e.to_dict() for _article, events in seed_events.values() for e in events]


def test_web_page_shows_every_view(page: Page, base_url: str, seed_events: dict[str, Any]) -> None:
    open_page(page, base_url)
    total = len(all_events(seed_events))
    assert page.locator("#events tbody tr[data-event]").count() == total  # fewer than a page
    assert f"{total} events · 2 documents" in page.locator("#summary").inner_text()
    assert page.locator("#map path.country").count() > 100  # Natural Earth outlines
    clusters = page.locator("#map g.cluster")
    assert sum(
        int(clusters.nth(i).get_attribute("data-events") or 0) for i in range(clusters.count())
    ) == sum(1 for e in all_events(seed_events) if e["location"] and e["location"]["lat"] is not None)
    assert page.locator("#timeline .layers rect").count() > 0
    assert page.locator("#network .node").count() > 1 and page.locator("#network path.link.event").count() > 0
    assert page.locator("#network path.link.sponsor, #network path.link.led_by").count() > 0
    shot(page, "01-overview")


def test_web_filter_by_type_is_kept_in_the_url(
    page: Page, base_url: str, seed_events: dict[str, Any]
) -> None:
    open_page(page, base_url)
    page.select_option("#filters select[name=type]", "ASSAULT")
    page.wait_for_url(re.compile(r"[?&]type=ASSAULT"))
    expected = sum(1 for e in all_events(seed_events) if e["event_type"] == "ASSAULT")
    rows = page.locator("#events tbody tr[data-event]")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(expected)
    assert all(t.startswith("assault") for t in rows.locator("td.type").all_inner_texts())
    assert page.locator("#chips .chip").inner_text().startswith("type: ASSAULT")
    shot(page, "02-filtered")
    shared = page.url
    page.goto(shared)  # the same view from the URL alone
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(expected)
    assert page.locator("#filters select[name=type]").input_value() == "ASSAULT"


def test_web_table_click_shows_evidence(page: Page, base_url: str, seed_events: dict[str, Any]) -> None:
    open_page(page, base_url)
    row = page.locator("#events tbody tr[data-event]").nth(6)
    event_id = row.get_attribute("data-event")
    record = next(e for e in all_events(seed_events) if e["event_id"] == event_id)
    row.click()
    page.wait_for_url(re.compile(rf"[?&]event={event_id}"))
    sentence = page.locator("#evidence .article mark.sentence")
    sentence.wait_for()
    assert " ".join(sentence.inner_text().split()) == " ".join(record["evidence"]["sentence"].split())
    assert (
        page.locator("#evidence .article mark.m-trigger").first.inner_text() == record["evidence"]["trigger"]
    )
    assert page.locator("#evidence .badge").inner_text() == record["event_type"]
    assert page.locator("#events tr.selected").get_attribute("data-event") == event_id
    assert page.locator("#map .ring circle").count() == (
        1 if (record["location"] or {}).get("lat") is not None else 0
    )
    shot(page, "03-evidence")


def test_web_map_click_opens_an_event_there(page: Page, base_url: str, seed_events: dict[str, Any]) -> None:
    open_page(page, base_url)
    cluster = page.locator("#map g.cluster circle").first
    cluster.click()
    page.wait_for_url(re.compile(r"[?&]event=ev_"))
    event_id = re.search(r"event=(ev_\w+)", page.url)[1]  # type: ignore[index]
    page.locator("#evidence .article mark.sentence").wait_for()
    record = next(e for e in all_events(seed_events) if e["event_id"] == event_id)
    assert record["location"] and record["location"]["lat"] is not None
    assert page.locator("#evidence .badge").inner_text() == record["event_type"]
    if "bbox=" in page.url:  # several events there: the view is filtered to the area
        min_lon, min_lat, max_lon, max_lat = (
            float(v) for v in re.search(r"bbox=([^&]+)", page.url)[1].replace("%2C", ",").split(",")
        )  # type: ignore[index]
        assert (
            min_lon <= record["location"]["lon"] <= max_lon
            and min_lat <= record["location"]["lat"] <= max_lat
        )
        expect(page.locator("body")).not_to_have_class(LOADING)
        assert page.locator("#chips .chip").inner_text().startswith("area:")
    shot(page, "04-map-click")


def test_web_denied_event_spells_out_the_denial(
    page: Page, base_url: str, seed_events: dict[str, Any]
) -> None:
    denied = next(e for e in all_events(seed_events) if e["status"] == "denied")
    open_page(page, base_url, f"?status=denied&event={denied['event_id']}")
    assert page.locator("#events tbody tr[data-event]").count() == sum(
        1 for e in all_events(seed_events) if e["status"] == "denied"
    )
    status = page.locator("#evidence .ev-status")
    status.wait_for()
    who = (denied["denied_by"] or {}).get("text")
    assert status.inner_text() == (f"Denied by {who}" if who else "Denied (by an unnamed source)")
    shot(page, "05-denied")


def test_web_timeline_brush_filters_by_date(page: Page, base_url: str) -> None:
    open_page(page, base_url)
    before = page.locator("#page-info").inner_text()
    box = page.locator("#timeline .brush .overlay").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * 0.05, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_url(re.compile(r"since=\d{4}-\d\d-\d\d.*until=\d{4}-\d\d-\d\d"))
    expect(page.locator("body")).not_to_have_class(LOADING)
    since = re.search(r"since=([\d-]+)", page.url)[1]  # type: ignore[index]
    until = re.search(r"until=([\d-]+)", page.url)[1]  # type: ignore[index]
    assert since <= until
    assert page.locator("#filters input[name=since]").input_value() == since
    dates = [d for d in page.locator("#events tbody td.date").all_inner_texts()]
    assert all(d <= until for d in dates)
    assert page.locator("#page-info").inner_text() != before
    shot(page, "06-brushed")


def test_web_network_click_filters_by_actor(page: Page, base_url: str) -> None:
    open_page(page, base_url)
    node = page.locator("#network .node").first
    actor = node.get_attribute("data-actor")
    node.locator("circle").click()  # labels take no clicks: one may lie over a neighbour's node
    page.wait_for_url(re.compile(r"[?&]actor="))
    expect(page.locator("body")).not_to_have_class(LOADING)
    assert page.locator("#filters input[name=actor]").input_value() == actor
    assert page.locator("#network .node.current").count() == 1
