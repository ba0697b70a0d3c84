"""Cross-document merging on sitrep's own hand-labelled pairs (tests/data/merge/: pairs.jsonl, dev2.jsonl and
dev3.jsonl, the development sets; heldout.jsonl, labelled after the rules and never used to tune them;
docs/merge-labels.md).

Format: JSON Lines, one pair of event mentions per line:
`{"a": MENTION, "b": MENTION, "same": true|false, "why": "the labeller's reason"}` (other keys, such as dev2's
`"drawn"` — how the pair was sampled — are kept and ignored), where a MENTION is
`{"doc": doc id, "trigger_start": character offset of the trigger in the article, "event_type", "trigger",
"record": the event record sitrep coded for it}`. `doc` + `trigger_start` + `event_type` identify the mention
stably. The stored records are those of the coder of the day the pair was labelled. The corpus text is not copied
into the repository: each record's `evidence.sentence` is stored empty and restored on load from its offsets into
the cleaned article of ../shared/data/corpora/guardian_syria_2017_2019.jsonl (or $SITREP_SHARED).

Which records are scored (`evaluate(..., records=...)`, `sitrep eval merge FILE --records today|stored`):
- "today" (the default): the pairs' articles are re-coded with today's coder and `refresh_records` swaps in its
  record for each mention (same doc, trigger offset and event type; a mention it no longer finds keeps its stored
  record). This measures what a user gets, extraction and merging together; it needs the spaCy model and codes
  every article the file uses (the four files: 224 Guardian articles, a few minutes).
- "stored": the records as labelled, with no model to run: the merge rules alone, on fixed input (the test
  floors of tests/test_merge.py use these, so that a coder change does not move them).

`same` says whether the two mentions report one real event, judged by reading the sentences (not the coded
fields). Metrics, from the current settings (sitrep.toml / SITREP_MERGE_* change the thresholds):
- `precision`, `recall`, `f1`: of `sitrep.merge.same_event` over the pairs;
- `cluster_precision`, `cluster_recall`: whether `merge_events` over all the file's mentions puts each pair in one
  cluster (complete linkage can split what the pair test joins, never the reverse).
Notes list every wrong pair with its reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GoldFileError
from ..merge import merge_events, same_event
from ..settings import Settings, load_settings
from . import EvalResult
from .common import read_jsonl

if TYPE_CHECKING:
    from ..coder import Coder

MENTION_KEYS = ("doc", "trigger_start", "event_type", "record")


def load_pairs(path: Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The labelled pairs of a merge gold file, each validated (GoldFileError names file, line and problem)."""
    pairs: list[dict[str, Any]] = []
    for number, item in read_jsonl(path):
        problem = _problem(item)
        if problem:
            raise GoldFileError(f"{path}:{number}: {problem}")
        pairs.append(item)
        if limit is not None and len(pairs) >= limit:
            break
    if not pairs:
        raise GoldFileError(f"{path}: no pairs")
    restore_sentences(pairs, path=path)
    return pairs


CORPUS = ("data", "corpora", "guardian_syria_2017_2019.jsonl")


def restore_sentences(pairs: list[dict[str, Any]], *, path: Path) -> None:
    """Fill each record's empty evidence sentence from the cleaned corpus article it points into."""
    from ..ingest import read_sources
    from ..records import Article
    from .gate import shared_dir

    wanted = {
        m["record"]["doc_id"]
        for p in pairs
        for m in (p["a"], p["b"])
        if not m["record"]["evidence"]["sentence"]
    }
    if not wanted:
        return
    corpus = shared_dir().joinpath(*CORPUS)
    if not corpus.is_file():
        raise GoldFileError(f"{path}: its sentences come from {corpus}, which is missing (set SITREP_SHARED)")
    texts = {
        a.doc_id: a.text
        for a in read_sources([corpus], check_language=False)
        if isinstance(a, Article) and a.doc_id in wanted
    }
    for pair in pairs:
        for side in ("a", "b"):
            evidence = pair[side]["record"]["evidence"]
            text = texts.get(pair[side]["record"]["doc_id"])
            if text is None:
                raise GoldFileError(f"{path}: article {pair[side]['record']['doc_id']} is not in {corpus}")
            evidence["sentence"] = evidence["sentence"] or text[evidence["start"] : evidence["end"]]


def mention_key(record: dict[str, Any]) -> tuple[str, int, str] | None:
    """(doc, trigger_start, event_type) of a coded record; None when its trigger is not in its sentence."""
    evidence = record.get("evidence") or {}
    at = (evidence.get("sentence") or "").find(evidence.get("trigger") or "\0")
    if at < 0:
        return None
    return record["doc_id"], (evidence.get("start") or 0) + at, record["event_type"]


def refresh_records(pairs: list[dict[str, Any]], records: Iterable[dict[str, Any]]) -> int:
    """Swap into each pair the record that today's coder made for the same mention (same doc, trigger offset and
    event type: `records` as `sitrep extract` prints them); a mention it no longer finds keeps its stored record.
    Returns how many mentions were refreshed."""
    fresh = {key: r for r in records if (key := mention_key(r)) is not None}
    refreshed = 0
    for pair in pairs:
        for side in ("a", "b"):
            mention = pair[side]
            record = fresh.get((mention["doc"], mention["trigger_start"], mention["event_type"]))
            if record is not None:
                mention["record"] = record
                refreshed += 1
    return refreshed


def recode_pairs(pairs: list[dict[str, Any]], *, coder: Coder | None = None) -> int:
    """Code the pairs' corpus articles with `coder` (the default one if None) and swap today's records into the
    pairs (refresh_records); returns how many mentions were refreshed."""
    from ..ingest import read_sources
    from ..records import Article
    from .common import code_articles
    from .gate import shared_dir

    wanted = {m["doc"] for p in pairs for m in (p["a"], p["b"])}
    corpus = shared_dir().joinpath(*CORPUS)
    articles = [
        a
        for a in read_sources([corpus], check_language=False)
        if isinstance(a, Article) and a.doc_id in wanted
    ]
    coded = code_articles(articles, coder=coder)
    return refresh_records(pairs, (event.to_dict() for events in coded for event in events))


def _problem(item: dict[str, Any]) -> str | None:
    if not isinstance(item.get("same"), bool):
        return '"same" must be true or false'
    for side in ("a", "b"):
        mention = item.get(side)
        if not isinstance(mention, dict):
            return f'"{side}" must be an object'
        missing = [k for k in MENTION_KEYS if k not in mention]
        if missing:
            return f'"{side}" lacks {", ".join(missing)}'
        record = mention["record"]
        if not isinstance(record, dict) or record.get("event_type") != mention["event_type"]:
            return f'"{side}".record must be an event record of type {mention["event_type"]!r}'
        if "event_id" not in record:
            return f'"{side}".record lacks event_id'
    return None


RECORD_CHOICES = ("today", "stored")


def evaluate(
    path: Path, *, coder: Coder | None = None, limit: int | None = None, records: str = "today"
) -> EvalResult:
    """Pairwise precision and recall of merging on the labelled pairs at `path`, with today's records of the
    mentions (`records="today"`) or those stored in the file (`"stored"`; see the module docstring)."""
    if records not in RECORD_CHOICES:
        raise GoldFileError(f"records must be one of {', '.join(RECORD_CHOICES)}, not {records!r}")
    settings = coder.settings if coder is not None else load_settings()
    pairs = load_pairs(path, limit=limit)
    refreshed = recode_pairs(pairs, coder=coder) if records == "today" else 0
    predicted = [same_event(p["a"]["record"], p["b"]["record"], settings=settings) for p in pairs]
    together = _clustered_together(pairs, settings=settings)
    metrics = {**_scores(pairs, predicted, prefix=""), **_scores(pairs, together, prefix="cluster_")}
    counts = {"pairs": len(pairs), "same": sum(p["same"] for p in pairs),
              "predicted_same": sum(predicted), "refreshed_mentions": refreshed}  # fmt: skip
    notes = [_note(p, guess) for p, guess in zip(pairs, predicted, strict=True) if guess != p["same"]]
    return EvalResult(kind="merge", path=str(path), metrics=metrics, counts=counts, notes=notes)


def _clustered_together(pairs: list[dict[str, Any]], *, settings: Settings) -> list[bool]:
    records = {m["record"]["event_id"]: m["record"] for p in pairs for m in (p["a"], p["b"])}
    cluster_of = {
        mention_id: cluster.cluster_id
        for cluster in merge_events(records.values(), settings=settings)
        for mention_id in cluster.mention_ids
    }
    return [
        cluster_of[p["a"]["record"]["event_id"]] == cluster_of[p["b"]["record"]["event_id"]] for p in pairs
    ]


def _scores(pairs: list[dict[str, Any]], guesses: list[bool], *, prefix: str) -> dict[str, float]:
    tp = sum(1 for p, g in zip(pairs, guesses, strict=True) if g and p["same"])
    fp = sum(1 for p, g in zip(pairs, guesses, strict=True) if g and not p["same"])
    fn = sum(1 for p, g in zip(pairs, guesses, strict=True) if not g and p["same"])
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = {f"{prefix}precision": precision, f"{prefix}recall": recall}
    if not prefix:
        scores["f1"] = f1
    return scores


def _note(pair: dict[str, Any], guess: bool) -> str:
    kind = "merged, but different" if guess else "kept apart, but the same"
    a, b = pair["a"], pair["b"]
    return f"{kind}: {a['doc']}@{a['trigger_start']} ~ {b['doc']}@{b['trigger_start']} {a['event_type']}: {pair['why']}"
