"""Draw a seeded, reproducible sample of coded events for a hand check (see docs/handcheck.md).

    PYTHONPATH=src SITREP_SHARED=../shared .venv/bin/python benchmarks/handcheck_sample.py \
        --seed 20261124 --per-corpus 50 --out sample.jsonl

Reads the Guardian (249) and FA-KES (804) articles from ../shared/data/corpora (or SITREP_SHARED), leaves out the
Guardian articles that have gold in data/eval/sitrep_events/guardian_dev.jsonl (the sample is out of sample), puts
each corpus's articles in a seeded random order and codes them one at a time in this process (no worker
processes) with sitrep's Coder, taking at most `--per-article` randomly chosen events of each article until the
corpus has given `--per-corpus` events. Each row holds what a judge needs: article id, publication date, the
evidence sentence and the one before it, event type, mode, CAMEO code, status, source and target (text, country,
sector), place and date. Articles with no events are skipped (they count in `articles_read`, printed at the end).

`--exclude PATH` (repeatable) also leaves out every article whose `doc_id` appears in that judgments or sample JSONL
file, so a second check draws articles that an earlier one (and the fixes made after it) never looked at:

    ... benchmarks/handcheck_sample.py --seed 20261125 --per-corpus 50 --per-article 2 \
        --exclude tests/data/handcheck/handcheck_2026-11-24.jsonl --out sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
CORPORA = {"guardian": "guardian_syria_2017_2019.jsonl", "fakes": "fakes_syria.jsonl"}
GOLD = SHARED / "data" / "eval" / "sitrep_events" / "guardian_dev.jsonl"
SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+")


def gold_doc_ids(path: Path) -> set[str]:
    """Ids of the articles that have gold events (excluded from the sample)."""
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["doc"] for line in handle if line.strip()}


def sampled_doc_ids(paths: list[Path]) -> set[str]:
    """Ids of the articles named (`doc_id`) in earlier sample or judgments JSONL files (excluded from the sample)."""
    ids: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            ids |= {json.loads(line)["doc_id"] for line in handle if line.strip()}
    return ids


def load_corpus(name: str, *, exclude: set[str]) -> list[Any]:
    from sitrep.ingest import read_sources
    from sitrep.records import Article

    path = SHARED / "data" / "corpora" / CORPORA[name]
    return [a for a in read_sources([path], check_language=False) if isinstance(a, Article) and a.doc_id not in exclude]


def sentence_before(text: str, start: int) -> str:
    """The sentence ending just before offset `start` (a plain punctuation split; '' at the article's start)."""
    pieces = [p for p in SENTENCE_END.split(text[:start].rstrip()) if p.strip()]
    return pieces[-1].strip() if pieces else ""


def actor_row(actor: Any) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "name": actor.name, "country": actor.country, "sector": actor.sector}


def event_row(corpus: str, article: Any, event: Any) -> dict[str, Any]:
    place, when = event.location, event.date
    return {
        "corpus": corpus,
        "doc_id": article.doc_id,
        "published": article.published.isoformat() if article.published else None,
        "previous_sentence": sentence_before(article.text, event.evidence.start),
        "sentence": event.evidence.sentence,
        "trigger": event.evidence.trigger,
        "event_type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "status": event.status,
        "source": actor_row(event.source),
        "target": actor_row(event.target),
        "place": None if place is None else {"name": place.name or place.text, "country": place.country},
        "date": None if when is None else {"date": when.date.isoformat(), "precision": when.precision},
    }


def sample_corpus(
    corpus: str,
    coder: Any,
    *,
    seed: int,
    per_corpus: int,
    per_article: int,
    exclude: frozenset[str] = frozenset(),
) -> tuple[list, int]:
    """(sampled rows, articles read) for one corpus: seeded article order, seeded choice within each article.

    The gold articles and the ids in `exclude` are left out before the seeded shuffle."""
    rng = random.Random(f"{seed}:{corpus}")
    articles = load_corpus(corpus, exclude=gold_doc_ids(GOLD) | exclude)
    rng.shuffle(articles)
    rows: list[dict[str, Any]] = []
    for read, article in enumerate(articles, start=1):
        events = next(coder.code([article]))[1]
        chosen = rng.sample(events, min(per_article, len(events), per_corpus - len(rows)))
        rows += [event_row(corpus, article, e) for e in sorted(chosen, key=lambda e: e.evidence.start)]
        if len(rows) >= per_corpus:
            return rows, read
    return rows, len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--per-corpus", type=int, default=50)
    parser.add_argument("--per-article", type=int, default=2)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="leave out the articles whose doc_id is in this sample/judgments JSONL file (repeatable)",
    )
    args = parser.parse_args(argv)
    exclude = frozenset(sampled_doc_ids(args.exclude))
    from sitrep.coder import Coder
    from sitrep.settings import load_settings

    coder = Coder(settings=load_settings(overrides={"processes": 1}))
    rows: list[dict[str, Any]] = []
    for corpus in CORPORA:
        got, read = sample_corpus(
            corpus,
            coder,
            seed=args.seed,
            per_corpus=args.per_corpus,
            per_article=args.per_article,
            exclude=exclude,
        )
        print(f"{corpus}: {len(got)} events from {read} articles read", file=sys.stderr)
        rows += got
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
