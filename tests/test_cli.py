"""The real `sitrep` command, run as a subprocess: ingest, events, show, extract, bad input and errors.

Each model-loading run costs several seconds, so the checks share a few runs: one ingest of the seeds (module
fixture, queried by many tests), one ingest of a folder of bad inputs, one extract of a file plus stdin.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import shared_file
from sitrep.records import validate_record

SUMMARY = re.compile(
    r"read (\d+) document\(s\): coded (\d+), already stored (\d+), skipped (\d+); (\d+) event\(s\)"
)
GOOD_ARTICLE = (
    "Turkish warplanes struck Kurdish militia positions near the Syrian town of Afrin on Sunday, "
    "killing at least 12 fighters, a monitoring group said.\n"
)


def sitrep(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run `python -m sitrep.cli ARGS` in `cwd` with no SITREP_* settings but those in `env`."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_") or k == "SITREP_SHARED"}
    return subprocess.run(
        [sys.executable, "-m", "sitrep.cli", *args],
        cwd=cwd,
        env={**clean, **(env or {})},
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def summary_of(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    match = SUMMARY.search(result.stderr)
    assert match, result.stderr
    return dict(zip(("read", "coded", "already", "skipped", "events"), map(int, match.groups()), strict=True))


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    assert "leaked" not in result.stderr, result.stderr[-3000:]  # objects kept from the collector are freed at exit


def jsonl(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store with the two seed articles, and the ingest run that made it."""
    cwd = tmp_path_factory.mktemp("cli_store")
    result = sitrep(
        "ingest", str(shared_file("corpora", "seeds", "seeds.jsonl")), "--db", "seeds.duckdb", cwd=cwd
    )
    return cwd, result


@pytest.fixture(scope="module")
def seed_records(store):
    cwd, _ = store
    return jsonl(sitrep("events", "--db", "seeds.duckdb", "--mentions", "--format", "jsonl", cwd=cwd))


def test_cli_ingest_seeds(store):
    _, result = store
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "read 2 document(s): coded 2" in result.stderr
    assert summary_of(result)["events"] > 0


def test_cli_events_table(store):
    cwd, _ = store
    result = sitrep("events", "--db", "seeds.duckdb", cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert "ASSAULT" in result.stdout
    assert "At Tanf" in result.stdout


def test_cli_events_default_to_merged_events(store, seed_records):
    """`sitrep events` gives one record per real event; its mentions are the --mentions records."""
    cwd, _ = store
    merged = jsonl(sitrep("events", "--db", "seeds.duckdb", "--format", "jsonl", cwd=cwd))
    for record in merged:
        validate_record(record)
    assert sum(r["num_mentions"] for r in merged) == len(seed_records)
    assert sorted(i for r in merged for i in r["mention_ids"]) == sorted(r["event_id"] for r in seed_records)
    assert {r["event_id"] for r in merged} <= {r["event_id"] for r in seed_records}


def test_cli_events_jsonl_validates(store, seed_records):
    _, result = store
    assert len(seed_records) == summary_of(result)["events"]
    for record in seed_records:
        validate_record(record)
    assert {r["doc_id"] for r in seed_records} == {"seed000", "seed002"}
    assert len({r["event_id"] for r in seed_records}) == len(seed_records)


def test_cli_events_filter_type_and_status(store, seed_records):
    cwd, _ = store
    records = jsonl(
        sitrep(
            "events",
            "--db",
            "seeds.duckdb",
            "--type",
            "ASSAULT",
            "--status",
            "asserted",
            "--mentions",
            "--format",
            "jsonl",
            cwd=cwd,
        )
    )
    expected = {
        r["event_id"] for r in seed_records if r["event_type"] == "ASSAULT" and r["status"] == "asserted"
    }
    assert expected, "the seeds state asserted assaults (the May 18 air strike)"
    assert {r["event_id"] for r in records} == expected


def test_cli_events_file_formats(store, seed_records):
    cwd, _ = store
    ids = {r["event_id"] for r in seed_records}
    for fmt in ("csv", "geojson", "parquet"):
        result = sitrep(
            "events", "--db", "seeds.duckdb", "--mentions", "--format", fmt, "--out", f"events.{fmt}", cwd=cwd
        )
        assert result.returncode == 0, result.stderr
    with open(cwd / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {row["event_id"] for row in rows} == ids and len(rows) == len(ids)
    collection = json.loads((cwd / "events.geojson").read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    # GeoJSON carries the located events, each once; an event with no place is left out (and counted as such)
    located_ids = {r["event_id"] for r in seed_records if (r.get("location") or {}).get("lat") is not None}
    assert located_ids and {f["id"] for f in collection["features"]} == located_ids
    assert len(collection["features"]) == len(located_ids)
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])
    table = pq.read_table(cwd / "events.parquet")
    assert table.num_rows == len(ids)
    assert set(table.column("event_id").to_pylist()) == ids


def test_cli_show_marks_evidence(store, seed_records):
    cwd, _ = store
    record = next(r for r in seed_records if r["event_type"] == "ASSAULT")
    result = sitrep("show", record["event_id"], "--db", "seeds.duckdb", cwd=cwd)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"event   {record['event_id']}  ({record['doc_id']})" in out
    assert "type    ASSAULT" in out
    assert f"trigger {record['evidence']['trigger']}" in out
    marked = next(line for line in out.splitlines() if line.startswith("⟦"))
    assert f"[{record['evidence']['trigger']}]" in marked
    assert marked.endswith("⟧")
    assert re.sub(r"[⟦⟧\[\]{}<>]", "", marked) == record["evidence"]["sentence"].strip()
    assert "\033[" not in out  # not a terminal: plain marks


def test_cli_show_colour(store, seed_records):
    cwd, _ = store
    result = sitrep("show", seed_records[0]["event_id"], "--db", "seeds.duckdb", "--color", cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert "\033[1;31m" + seed_records[0]["evidence"]["trigger"] in result.stdout


def test_cli_ingest_again_stores_nothing_new(store, seed_records):
    cwd, _ = store
    result = sitrep(
        "ingest", str(shared_file("corpora", "seeds", "seeds.jsonl")), "--db", "seeds.duckdb", cwd=cwd
    )
    assert result.returncode == 0, result.stderr
    assert "already stored 2" in result.stderr
    assert summary_of(result)["coded"] == 0
    after = jsonl(sitrep("events", "--db", "seeds.duckdb", "--mentions", "--format", "jsonl", cwd=cwd))
    assert sorted(r["event_id"] for r in after) == sorted(r["event_id"] for r in seed_records)


def write_bad_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04\x00" * 200)
    (folder / "undecodable.txt").write_bytes(
        b"Syrian forces \xff\xfe\xfa shelled \x81\x8d the town of Idlib.\n" * 3
    )
    (folder / "menu.html").write_text(
        '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> '
        '<a href="/about">About</a></nav></body></html>\n',
        encoding="utf-8",
    )
    good_line = json.dumps({"id": "jsonl-good", "text": GOOD_ARTICLE.replace("Afrin", "Jarablus")})
    (folder / "mixed.jsonl").write_text(good_line + '\n{"id": "broken", "text": \n', encoding="utf-8")
    (folder / "notext.csv").write_text('id,title,body\n1,Hello,"Some body text here"\n', encoding="utf-8")
    (folder / "rows.csv").write_text(
        'id,text\n1,"Rebels shelled Aleppo on Friday, killing three people."\n2,"a","b"\n', encoding="utf-8"
    )
    (folder / "french.txt").write_text(
        "Les forces gouvernementales syriennes ont bombardé lundi la ville de Douma, tenue par les rebelles, "
        "tuant cinq civils, selon une organisation de surveillance. Le gouvernement a démenti toute implication "
        "dans cette attaque et a accusé les groupes armés de mentir.\n",
        encoding="utf-8",
    )
    (folder / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    paragraph = (
        b"The ministry said on Tuesday that talks between the two governments would resume next month. "
    )
    with open(folder / "big.txt", "wb") as fh:
        fh.write(paragraph * (50_000_000 // len(paragraph) + 1))


def test_cli_ingest_bad_inputs_are_skipped_and_the_run_goes_on(tmp_path):
    write_bad_inputs(tmp_path / "in")
    assert (tmp_path / "in" / "big.txt").stat().st_size > 50_000_000
    # a lower max_chars keeps the truncated 50 MB text quick to parse
    result = sitrep(
        "ingest", "in", "missing.txt", "--db", "bad.duckdb", cwd=tmp_path, env={"SITREP_MAX_CHARS": "20000"}
    )
    no_traceback(result)
    assert result.returncode == 3, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    expected = {
        "in/empty.txt": "empty",
        "in/binary.txt": "binary",
        "in/undecodable.txt": "undecodable",
        "in/menu.html": "no article text",
        "in/mixed.jsonl:2": "line 2",
        "in/notext.csv": "text",
        "in/rows.csv:3": "line 3",
        "in/french.txt": "not English",
        "missing.txt": "no such file",
    }
    assert len(skipped) == len(expected), skipped
    for origin, reason in expected.items():
        line = next((s for s in skipped if s.startswith(f"skipped {origin}: ")), None)
        assert line is not None, (origin, skipped)
        assert reason in line, line
    note = next(line for line in result.stderr.splitlines() if line.startswith("note "))
    assert note.startswith("note in/big.txt: truncated at ")
    assert int(re.search(r"truncated at (\d+)", note)[1]) <= 20000
    counts = summary_of(result)
    assert counts["skipped"] == len(expected)
    assert counts["read"] == counts["coded"] == 4  # good.txt, big.txt, one JSONL line, one CSV row
    records = jsonl(sitrep("events", "--db", "bad.duckdb", "--mentions", "--format", "jsonl", cwd=tmp_path))
    afrin = [r for r in records if "Afrin" in r["evidence"]["sentence"] and r["event_type"] == "ASSAULT"]
    assert afrin and {r["location"]["name"] for r in afrin} == {"Afrin"}
    assert any("Jarablus" in r["evidence"]["sentence"] for r in records)


def test_cli_extract_file_and_stdin(tmp_path):
    (tmp_path / "small.txt").write_text(
        "Syrian government forces shelled the rebel-held town of Douma on Monday, killing five civilians, "
        "a monitoring group said.\n",
        encoding="utf-8",
    )
    result = sitrep(
        "extract", "small.txt", "-", "--published", "2017-05-25", cwd=tmp_path, stdin=GOOD_ARTICLE
    )
    no_traceback(result)
    records = jsonl(result)
    for record in records:
        validate_record(record)
    by_doc = {doc: [r for r in records if r["doc_id"] == doc] for doc in {r["doc_id"] for r in records}}
    assert len(by_doc) == 2
    douma = next(rs for rs in by_doc.values() if "Douma" in rs[0]["evidence"]["sentence"])
    afrin = next(rs for rs in by_doc.values() if "Afrin" in rs[0]["evidence"]["sentence"])
    # published Thursday 2017-05-25: "on Monday" is 2017-05-22, "on Sunday" 2017-05-21
    assert {r["date"] for r in douma if r["event_type"] == "ASSAULT"} == {"2017-05-22"}
    assert {r["date"] for r in afrin if r["event_type"] == "ASSAULT"} == {"2017-05-21"}
    assert any(r["casualties"]["killed"] == 12 for r in afrin)
    assert summary_of(result)["coded"] == 2
    assert not (tmp_path / "sitrep.duckdb").exists()  # extract writes no store


def test_cli_error_missing_store(tmp_path):
    result = sitrep("events", "--db", "missing.duckdb", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sitrep: error: ") and "missing.duckdb" in lines[0]
    assert not (tmp_path / "missing.duckdb").exists()


def test_cli_error_bad_date_and_unknown_event(store):
    cwd, _ = store
    result = sitrep("events", "--db", "seeds.duckdb", "--since", "notadate", cwd=cwd)
    no_traceback(result)
    assert result.returncode == 2
    assert "--since" in result.stderr and "notadate" in result.stderr
    result = sitrep("show", "ev_unknown", "--db", "seeds.duckdb", cwd=cwd)
    no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.startswith("sitrep: error: ") and "ev_unknown" in result.stderr
    result = sitrep("events", "--db", "seeds.duckdb", "--type", "EXPLODE", cwd=cwd)
    assert result.returncode == 2 and "EXPLODE" in result.stderr


def test_cli_error_bad_settings(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "sitrep.toml").write_text("colour = true\n", encoding="utf-8")
    result = sitrep("ingest", "good.txt", "--db", "x.duckdb", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.startswith("sitrep: error: ") and "'colour'" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()  # the settings fail before a store is created
    (tmp_path / "sitrep.toml").unlink()
    result = sitrep("extract", "good.txt", cwd=tmp_path, env={"SITREP_BATCH_SIZE": "lots"})
    no_traceback(result)
    assert result.returncode == 2
    assert "batch_size" in result.stderr and "lots" in result.stderr
