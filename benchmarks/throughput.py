"""Throughput of sitrep against the bare spaCy pipeline on the same texts, with the same process count.

    .venv/bin/python benchmarks/throughput.py [--processes 1] [--limit N] [--repeat K] [--modes ...] [--json]

Reads the Guardian (249) and FA-KES (804) articles from ../shared/data/corpora (or SITREP_SHARED), cleans them with
sitrep's ingest stage, then times: (1) bare spaCy (`spacy.load(model)` + `nlp.pipe`), (2) sitrep's whole coder
(pipeline with sitrep's components + event coding), (3) sitrep into a DuckDB store, and (4, mode `write`) the
store's own cost: the articles are coded first (not timed), then written as `sitrep ingest` writes them
(WRITE_BATCH documents per transaction); its CPU and wall milliseconds per document are printed; (5, mode
`prefilter`) as (2) with the `prefilter` setting on. With
`--processes 2` bare spaCy runs `nlp.pipe(n_process=2)` and sitrep's worker processes parse and code (the
main process only reads and writes; the coding stage's own time is then not measured). Prints
articles/s, words/s, the ratio sitrep/bare, CPU seconds (own and worker processes') and their ratio, the
coding stage's share, peak RSS and the 1-minute load average before and after each measurement (the machine may
be shared: the CPU ratio moves less with the load than the wall-clock one). Each measurement runs in a fresh subprocess so
peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
CORPORA = ("guardian_syria_2017_2019.jsonl", "fakes_syria.jsonl")


def load_articles(limit: int | None, repeat: int) -> list:
    from sitrep.ingest import read_sources
    from sitrep.records import Article

    paths = [SHARED / "data" / "corpora" / name for name in CORPORA]
    articles = [a for a in read_sources(paths, check_language=False) if isinstance(a, Article)][:limit]
    return articles * repeat


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children (spaCy's worker processes): less
    sensitive than wall time to other work on a shared machine."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_bare(articles: list, processes: int) -> dict:
    import spacy

    from sitrep.nlp import default_model

    nlp = spacy.load(default_model())
    cpu, start = cpu_seconds(), time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=32, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu}


def run_sitrep(articles: list, processes: int, *, prefilter: bool = False) -> dict:
    from sitrep.coder import Coder
    from sitrep.coding import events as events_module
    from sitrep.settings import load_settings

    coder = Coder(settings=load_settings(overrides={"processes": processes, "prefilter": prefilter}))
    coder.nlp  # noqa: B018  (load the model and dictionaries outside the timed part, as bare spaCy does)
    coder.dictionaries  # noqa: B018
    if prefilter:
        coder.prefilter  # noqa: B018  (built once per run, outside the timed part like the dictionaries)
    coding = [0.0]
    original = events_module.extract_events

    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            coding[0] += time.perf_counter() - t

    import sitrep.coder as coder_module

    coder_module.extract_events = timed  # type: ignore[assignment]
    stages = time_stages(events_module, {"places": ("find_places", "event_place"), "dates": ("event_date",)})
    cpu, start = cpu_seconds(), time.perf_counter()
    n_events = sum(len(events) for _article, events in coder.code(articles))
    wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    # with 2+ processes the workers code, and their timers are not this process's
    coding_seconds = coding[0] if processes == 1 else None
    stage_seconds = stages if processes == 1 else None
    return {"seconds": wall, "cpu_seconds": cpu, "coding_seconds": coding_seconds, "events": n_events,
            "stage_seconds": stage_seconds}


def time_stages(module, stages: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """Wrap the module's top-level functions of each stage (none calls another) with timers: stage -> seconds."""
    totals = dict.fromkeys(stages, 0.0)
    for stage, names in stages.items():
        for name in names:
            setattr(module, name, _timer(getattr(module, name), totals, stage))
    return totals


def _timer(function, totals: dict[str, float], stage: str):
    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[stage] += time.perf_counter() - t

    return timed


def run_store(articles: list, processes: int) -> dict:
    from sitrep.coder import Coder
    from sitrep.settings import load_settings
    from sitrep.store import Store

    coder = Coder(settings=load_settings(overrides={"processes": processes}))
    coder.nlp  # noqa: B018
    coder.dictionaries  # noqa: B018
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        from sitrep.batch import WRITE_BATCH, _batched

        cpu, start = cpu_seconds(), time.perf_counter()
        for batch in _batched(coder.code(articles), WRITE_BATCH):  # as `sitrep ingest` writes
            store.add_documents(batch)
        return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu}


def run_write(articles: list, processes: int) -> dict:
    from sitrep.batch import WRITE_BATCH, _batched
    from sitrep.coder import Coder
    from sitrep.settings import load_settings
    from sitrep.store import Store

    coder = Coder(settings=load_settings(overrides={"processes": processes}))
    coded = list(coder.code(articles))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        cpu, start = cpu_seconds(), time.perf_counter()
        for batch in _batched(coded, WRITE_BATCH):
            store.add_documents(batch)
        cpu, wall = cpu_seconds() - cpu, time.perf_counter() - start
    n = max(1, len(coded))
    return {
        "seconds": wall,
        "cpu_seconds": cpu,
        "write_cpu_ms_per_doc": 1000 * cpu / n,
        "write_wall_ms_per_doc": 1000 * wall / n,
        "events": sum(len(events) for _, events in coded),
    }


def run_prefilter(articles: list, processes: int) -> dict:
    """As `sitrep`, with the `prefilter` setting on (only sentences holding a trigger word are parsed)."""
    return run_sitrep(articles, processes, prefilter=True)


MODES = {"bare": run_bare, "sitrep": run_sitrep, "store": run_store, "write": run_write, "prefilter": run_prefilter}


def child(mode: str, processes: int, limit: int | None, repeat: int) -> None:
    articles = load_articles(limit, repeat)
    load_before = os.getloadavg()[0]
    result = MODES[mode](articles, processes)
    words = sum(len(a.text.split()) for a in articles)
    result.update(
        mode=mode,
        processes=processes,
        articles=len(articles),
        words=words,
        peak_rss_mb=peak_rss_mb(),
        load=[round(load_before, 2), round(os.getloadavg()[0], 2)],
    )
    print(json.dumps(result))


def measure(mode: str, args: argparse.Namespace) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        mode,
        "--processes",
        str(args.processes),
        "--repeat",
        str(args.repeat),
    ]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--modes", default="bare,sitrep,store")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.processes, args.limit, args.repeat)
        return
    results = {mode: measure(mode, args) for mode in args.modes.split(",")}
    if args.json:
        print(json.dumps(results))
        return
    bare = results.get("bare", {}).get("seconds")
    print(
        f"{'mode':<8} {'articles':>8} {'words':>9} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'ratio':>6} "
        f"{'RSS MB':>7} {'load':>10} {'CPU s':>7} {'CPU ratio':>9}"
    )
    for mode, r in results.items():
        ratio = f"{bare / r['seconds']:.2f}" if bare and mode != "write" else "-"
        bare_cpu = results.get("bare", {}).get("cpu_seconds")
        cpu_ratio = f"{bare_cpu / r['cpu_seconds']:.2f}" if bare_cpu and mode != "write" else "-"
        load = "–".join(f"{x:.1f}" for x in r["load"])
        print(
            f"{mode:<8} {r['articles']:>8} {r['words']:>9} {r['seconds']:>8.1f} {r['articles'] / r['seconds']:>7.1f} "
            f"{r['words'] / r['seconds']:>8.0f} {ratio:>6} {r['peak_rss_mb']:>7.0f} {load:>10} {r['cpu_seconds']:>7.1f} "
            f"{cpu_ratio:>9}"
        )
    for name in ("sitrep", "prefilter"):
        if name not in results:
            continue
        r = results[name]
        coding = "in the workers" if r["coding_seconds"] is None else f"{r['coding_seconds']:.1f} s"
        label = "coding stage" if name == "sitrep" else f"{name}: coding stage"
        print(f"{label}: {coding} of {r['seconds']:.1f} s; {r['events']} events")
        if r.get("stage_seconds"):
            share = sum(r["stage_seconds"].values()) / r["seconds"]
            parts = ", ".join(f"{k} {v:.1f} s" for k, v in r["stage_seconds"].items())
            print(f"places and dates: {parts}: {share:.1%} of the run (issue 4 target: <= 10%)")
    if "write" in results:
        r = results["write"]
        print(
            f"store writes: {r['write_cpu_ms_per_doc']:.1f} ms CPU, {r['write_wall_ms_per_doc']:.1f} ms wall per "
            f"document ({r['events']} events)"
        )


if __name__ == "__main__":
    main()
