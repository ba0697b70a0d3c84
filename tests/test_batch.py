"""Batch runs through the real CLI: a run killed with SIGKILL mid-way loses nothing it committed, and a re-run
stores every document exactly once with all its events."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import shared_file

N_ARTICLES = 24


def sitrep(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitrep.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def write_corpus(path: Path) -> None:
    with shared_file("corpora", "guardian_syria_2017_2019.jsonl").open(encoding="utf-8") as src:
        lines = [line for _, line in zip(range(N_ARTICLES), src, strict=False)]
    path.write_text("".join(lines), encoding="utf-8")


def counts(db: Path) -> dict[str, int]:
    """Events per document (by content hash), read with plain DuckDB."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.doc_hash, count(e.event_id) FROM documents d LEFT JOIN events e ON e.doc_hash = d.doc_hash "
            "GROUP BY d.doc_hash"
        ).fetchall()
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(rows)
        return {h: n for h, n in rows}
    finally:
        con.close()


def test_batch_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    clean = sitrep("ingest", str(corpus), "--db", "clean.duckdb", cwd=tmp_path)
    assert clean.returncode == 0, clean.stderr
    expected = counts(tmp_path / "clean.duckdb")
    assert len(expected) == N_ARTICLES

    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli", "ingest", str(corpus), "--db", "crash.duckdb"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while not (tmp_path / "crash.duckdb").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(6)  # model loaded and some documents committed, the run not finished
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    partial = counts(tmp_path / "crash.duckdb")
    for doc_hash, n_events in partial.items():  # what was committed is whole
        assert expected[doc_hash] == n_events

    rerun = sitrep("ingest", str(corpus), "--db", "crash.duckdb", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already stored {len(partial)}" in rerun.stderr
    assert counts(tmp_path / "crash.duckdb") == expected


def test_batch_extract_and_ingest_code_the_same_events(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with shared_file("corpora", "seeds", "seeds.jsonl").open(encoding="utf-8") as src:
        corpus.write_text(src.read(), encoding="utf-8")
    extracted = sitrep("extract", str(corpus), cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    ids = sorted(json.loads(line)["event_id"] for line in extracted.stdout.splitlines())
    assert sitrep("ingest", str(corpus), "--db", "s.duckdb", cwd=tmp_path).returncode == 0
    stored = sitrep("events", "--db", "s.duckdb", "--mentions", "--format", "jsonl", cwd=tmp_path)
    assert sorted(json.loads(line)["event_id"] for line in stored.stdout.splitlines()) == ids


def test_batch_stored_events_counts_each_event_id_once():
    from sitrep.batch import stored_events
    from sitrep.records import Event, Evidence

    def event(start: int) -> Event:
        return Event(doc_id="d", event_type="ASSAULT", status="asserted", doc_hash="h" * 64,
                     evidence=Evidence("They struck.", start, start + 12, "struck", trigger_start=start + 5))  # fmt: skip

    first, other = event(0), event(40)
    assert first.event_id != other.event_id
    assert stored_events([first, event(0), other]) == 2  # the store keeps an event coded twice once
    assert stored_events([]) == 0
