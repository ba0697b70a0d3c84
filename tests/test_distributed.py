"""Ingest on a Dask cluster: a 2-worker LocalCluster (separate processes) stores exactly what the single-process
run stores; the Parquet parts make a repeated run code nothing; the Event codec is exact."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import shared_file
from sitrep.batch import ingest_paths
from sitrep.coder import Coder
from sitrep.distributed import event_from_dict, ingest_distributed
from sitrep.records import Actor, DateValue, Event, Evidence, Place
from sitrep.settings import Settings
from sitrep.store import Store

N_ARTICLES = 6


def small_corpus(path: Path) -> None:
    """The N shortest Guardian articles (short keeps the test fast), as JSON Lines."""
    with shared_file("corpora", "guardian_syria_2017_2019.jsonl").open(encoding="utf-8") as src:
        lines = sorted(src, key=lambda line: len(json.loads(line)["text"]))[:N_ARTICLES]
    path.write_text("".join(lines), encoding="utf-8")


def stored(store: Store) -> tuple[list[dict], list[dict], list[tuple[str, str]]]:
    documents = sorted((d["id"], d["hash"]) for d in store.documents())
    return store.events(), store.merged_events(), documents


@pytest.mark.model
def test_distributed_local_cluster_stores_what_one_process_stores(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    small_corpus(corpus)
    settings = Settings(batch_size=2)
    with Store(tmp_path / "one.duckdb") as store:
        ingest_paths([corpus], store=store, coder=Coder(settings=settings))
        expected = stored(store)
    assert len(expected[2]) == N_ARTICLES and expected[0], "the corpus should give events"

    parts = tmp_path / "parts"
    with Store(tmp_path / "dask.duckdb") as store:
        summary = ingest_distributed([corpus], store=store, settings=settings, workers=2, parts_dir=parts)
        assert (summary.read, summary.coded, summary.events) == (N_ARTICLES, N_ARTICLES, len(expected[0]))
        assert stored(store) == expected
        batches = sorted(p.name for p in parts.glob("docs-*.parquet"))
        assert len(batches) == N_ARTICLES // settings.batch_size
        rows = pq.read_table(parts / batches[0].replace("docs-", "events-")).to_pylist()
        assert all(json.loads(r["record"])["event_id"] == r["event_id"] for r in rows)

        again = ingest_distributed([corpus], store=store, settings=settings, workers=1, parts_dir=parts)
        assert (again.coded, again.already_stored) == (0, N_ARTICLES)
        assert stored(store) == expected


def test_distributed_parts_are_imported_without_recoding(tmp_path):
    """A run that stopped after the workers wrote their parts: the next run imports them and codes nothing
    (the scheduler is never asked: the parts already exist)."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "x", "text": "Turkish jets struck Afrin on Sunday, officials said."}) + "\n",
        encoding="utf-8",
    )
    from sitrep.distributed import _batches, batch_key, code_batch
    from sitrep.ingest import read_sources

    articles = [a for a in read_sources([corpus], check_language=False) if not hasattr(a, "reason")]
    (batch,) = list(_batches(iter(articles), size=32))
    event = Event(doc_id="x", event_type="ASSAULT", status="asserted", doc_hash=batch[0].hash,
                  evidence=Evidence(sentence=batch[0].text, start=0, end=10, trigger="struck", trigger_start=13),
                  source=Actor(text="Turkish jets", country="TUR", sector="MIL"), quad_class=4)  # fmt: skip

    class FakeCoder:
        def code(self, articles):
            return [(a, [event]) for a in articles]

    parts = tmp_path / "parts"
    parts.mkdir()
    from unittest import mock

    with mock.patch("sitrep.distributed.worker_coder", return_value=FakeCoder()):
        code_batch(batch, Settings(), str(parts), batch_key(batch))
    with Store(tmp_path / "s.duckdb") as store, mock.patch("distributed.Client") as client:
        client.return_value.__enter__.return_value.scheduler_info.return_value = {"workers": {}}
        summary = ingest_distributed(
            [corpus], store=store, settings=Settings(), scheduler="tcp://nowhere:8786", parts_dir=parts
        )
        client.return_value.__enter__.return_value.submit.assert_not_called()
        assert (summary.coded, summary.events) == (1, 1)
        assert [r["event_id"] for r in store.events()] == [event.event_id]


def test_distributed_event_codec_is_exact():
    event = Event(
        doc_id="d", event_type="ASSAULT", status="reported", mode="aerial", context=["military"], cameo="195",
        quad_class=4, goldstein=-10.0, doc_hash="abc",
        evidence=Evidence(sentence="Jets struck Douma.", start=5, end=23, trigger="struck", trigger_start=10),
        source=Actor(text="Jets", name="Syrian air force", actor_id="SYR-MIL", country="SYR", sector="MIL"),
        attributed_to=Actor(text="SOHR"), date=DateValue(date=date(2018, 4, 7), date_end=date(2018, 4, 8),
                                                        precision="week", text="last weekend"),
        location=Place(text="Douma", name="Douma", geonameid=170592, lat=33.57, lon=36.4, country="SYR"),
        killed=12, confidence=0.8,
    )  # fmt: skip
    data = json.loads(json.dumps(dataclasses.asdict(event), default=lambda d: d.isoformat()))
    decoded = event_from_dict(data)
    assert decoded == event and decoded.event_id == event.event_id
