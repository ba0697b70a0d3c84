"""The real server: `sitrep serve` in a subprocess on a free localhost port, a few real HTTP requests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from test_api import build_store

SITREP = [sys.executable, "-m", "sitrep.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(base: str, proc: subprocess.Popen[bytes], *, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(
                f"server exited with {proc.returncode}: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            httpx.get(f"{base}/api/summary", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"server at {base} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    db = tmp_path_factory.mktemp("server") / "served.duckdb"
    ids = {name: e.event_id for name, e in build_store(db).items()}
    port = free_port()
    proc = subprocess.Popen(
        [*SITREP, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base, ids
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_api_server_answers_events_and_filters(server: tuple[str, dict[str, str]]) -> None:
    base, ids = server
    body = httpx.get(f"{base}/api/events", params={"type": "ASSAULT", "limit": 2}).json()
    assert body["total"] == 3 and [i["event_id"] for i in body["items"]] == [ids["e1"], ids["e3"]]
    detail = httpx.get(f"{base}/api/events/{ids['e4']}").json()
    assert detail["evidence"]["status_text"] == "denied by The Pentagon"


def test_api_server_errors_have_the_json_shape(server: tuple[str, dict[str, str]]) -> None:
    base, _ = server
    bad = httpx.get(f"{base}/api/events", params={"limit": "lots"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_parameter"
    missing = httpx.get(f"{base}/api/events/ev_missing")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_api_server_serves_the_page_and_an_export(server: tuple[str, dict[str, str]]) -> None:
    base, _ = server
    page = httpx.get(f"{base}/")
    assert page.status_code == 200 and "sitrep workspace" in page.text
    export = httpx.get(f"{base}/api/export", params={"format": "jsonl", "country": "SYR"})
    assert export.status_code == 200 and len(export.text.splitlines()) == 5


def test_api_server_listens_on_localhost_only_by_default(server: tuple[str, dict[str, str]]) -> None:
    base, _ = server
    assert base.startswith("http://127.0.0.1:")
    result = subprocess.run([*SITREP, "serve", "--help"], capture_output=True, text=True, check=True)
    assert "[default: 127.0.0.1]" in result.stdout and "[default: 8000;" in result.stdout


def test_api_server_refuses_a_missing_store(tmp_path: Path) -> None:
    result = subprocess.run(
        [*SITREP, "serve", "--db", str(tmp_path / "none.duckdb"), "--port", str(free_port())],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no store here" in result.stderr and "Traceback" not in result.stderr
