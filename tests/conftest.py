"""Shared fixtures: paths to ../shared data, hand-built Docs, and one real spaCy pipeline per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "data" / "corpora" / "seeds" / "seeds.jsonl"


def shared_file(*parts: str) -> Path:
    """A file under ../shared/data; the test fails (not skips) when it is missing."""
    path = SHARED.joinpath("data", *parts)
    assert path.exists(), f"shared data missing: {path} (clone with ../shared beside the repo or set SITREP_SHARED)"
    return path


def make_doc(rows: list[tuple[str, str, str, str, int]], *, spaces: list[bool] | None = None) -> Doc:
    """A parsed Doc built by hand from (word, lemma, pos, dep, head index) rows; the root's head is itself."""
    words = [r[0] for r in rows]
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
        deps=[r[3] for r in rows], heads=[r[4] for r in rows], sent_starts=[i == 0 for i in range(len(rows))],
    )
    return doc


def parsed_doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse of one or more sentences from (word, lemma, pos, dep, head index) rows: each sentence is
    one tree, so the sentences come from the heads (make_doc keeps everything in one sentence)."""
    return Doc(
        spacy.blank("en").vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
        deps=[r[3] for r in rows], heads=[r[4] for r in rows],
    )


def coordination_doc() -> Doc:
    """ "the United States and Iran ,", parsed by hand (the phrases and arguments tests share it)."""
    return make_doc(
        [
            ("the", "the", "DET", "det", 2),
            ("United", "United", "PROPN", "compound", 2),
            ("States", "States", "PROPN", "ROOT", 2),
            ("and", "and", "CCONJ", "cc", 2),
            ("Iran", "Iran", "PROPN", "conj", 2),
            (",", ",", "PUNCT", "punct", 2),
        ]
    )


def accusation_doc() -> Doc:
    """ "The rebels accused the army of using gas", parsed by hand (the gerund's doer is the one accused)."""
    return make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("rebels", "rebel", "NOUN", "nsubj", 2),
            ("accused", "accuse", "VERB", "ROOT", 2),
            ("the", "the", "DET", "det", 4),
            ("army", "army", "NOUN", "dobj", 2),
            ("of", "of", "ADP", "prep", 2),
            ("using", "use", "VERB", "pcomp", 5),
            ("gas", "gas", "NOUN", "dobj", 6),
        ]
    )


def warning_rows() -> list[tuple[str, str, str, str, int]]:
    """ "Iran said the US would pay, in a warning", parsed by hand as the parser hangs the phrase on the reported
    clause (the arguments and means tests share it)."""
    return [
        ("Iran", "Iran", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("US", "US", "PROPN", "nsubj", 5),
        ("would", "would", "AUX", "aux", 5),
        ("pay", "pay", "VERB", "ccomp", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("in", "in", "ADP", "prep", 5),
        ("a", "a", "DET", "det", 9),
        ("warning", "warning", "NOUN", "pobj", 7),
    ]


def foiled_rows() -> list[tuple[str, str, str, str, int]]:
    """ "Police foiled an attempt to bomb the embassy", parsed by hand (the arguments and status tests share it)."""
    return [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("foiled", "foil", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("attempt", "attempt", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("bomb", "bomb", "VERB", "acl", 3),
        ("the", "the", "DET", "det", 7),
        ("embassy", "embassy", "NOUN", "dobj", 5),
    ]


def with_tags(doc: Doc, tags: dict[int, str]) -> Doc:
    """The Doc with fine-grained tags set by token index ({5: "VBN"}): what rules on participles and tenses read."""
    for i, tag in tags.items():
        doc[i].tag_ = tag
    return doc


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline (small English model + sitrep components), loaded once."""
    from sitrep.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def seed_events(nlp):
    """Events coded from the two seed articles, by document id."""
    from sitrep.coder import Coder
    from sitrep.ingest import read_sources
    from sitrep.records import Article

    coder = Coder()
    coder._nlp = nlp
    articles = [a for a in read_sources([shared_file("corpora", "seeds", "seeds.jsonl")]) if isinstance(a, Article)]
    return {article.doc_id: (article, events) for article, events in coder.code(articles)}


def downgrade_store_to_v1(path: Path) -> None:
    """Make the store at `path` look as sitrep wrote it before events.actor_text (schema version 1)."""
    import duckdb

    con = duckdb.connect(str(path))
    try:
        # DuckDB drops no column of an indexed table: drop the indexes, the column, then index again
        con.execute("DROP INDEX events_doc_hash")
        con.execute("DROP INDEX events_doc_id")
        con.execute("ALTER TABLE events DROP COLUMN actor_text")
        con.execute("CREATE INDEX events_doc_hash ON events (doc_hash)")
        con.execute("CREATE INDEX events_doc_id ON events (doc_id)")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'store_schema_version'")
    finally:
        con.close()
