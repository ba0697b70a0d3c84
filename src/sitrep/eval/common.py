"""Shared pieces of the evaluation harness: coding many short texts in batches, counting hits, F1 scores, and the
actor-code table that puts gold country codes and sitrep's codes on one footing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..datafiles import data_path, read_table
from ..errors import DictionaryError, GoldFileError
from ..records import Article, Event

if TYPE_CHECKING:
    from ..coder import Coder

CODE_KINDS = ("country", "sector", "none")


@dataclass(frozen=True)
class Tally:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.tp, self.fp, self.fn)

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def f1_score(tp: int, fp: int, fn: int) -> float:
    """2·tp / (2·tp + fp + fn); 0.0 when there is nothing to score."""
    return 2 * tp / (2 * tp + fp + fn) if tp or fp or fn else 0.0


def set_tally(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Tally:
    """Compare two sets of items (e.g. (sentence id, label) pairs): hits, extras and misses."""
    gold_set, pred_set = set(gold), set(predicted)
    hits = len(gold_set & pred_set)
    return Tally(hits, len(pred_set) - hits, len(gold_set) - hits)


def label_tallies(gold: Sequence[str], predicted: Sequence[str | None]) -> dict[str, Tally]:
    """Per-label tallies of a single-label classification; a None prediction is a miss, not a label."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in length")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for truth, guess in zip(gold, predicted, strict=True):
        if guess == truth:
            tp[truth] += 1
            continue
        fn[truth] += 1
        if guess is not None:
            fp[guess] += 1
    labels = set(gold) | {p for p in predicted if p is not None}
    return {label: Tally(tp[label], fp[label], fn[label]) for label in sorted(labels)}


def micro_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Micro-averaged F1 of a single-label classification in which some items may get no label."""
    total = sum(label_tallies(gold, predicted).values(), Tally())
    return total.f1


def macro_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Mean per-label F1 over every label that occurs in the gold or the predictions."""
    tallies = label_tallies(gold, predicted)
    return sum(t.f1 for t in tallies.values()) / len(tallies) if tallies else 0.0


def accuracy(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Share of items whose predicted label is the gold label."""
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else 0.0


def code_articles(articles: Sequence[Article], *, coder: Coder | None = None) -> list[list[Event]]:
    """The events of each article, in order, parsed in nlp.pipe batches by one Coder (the default one if None)."""
    from ..coder import default_coder

    # Coder.code yields in input order (nlp.pipe keeps it, with worker processes too); articles coming back from
    # worker processes are copies, so match them by position, not identity
    coded = [events for _article, events in (coder or default_coder()).code(articles)]
    if len(coded) != len(articles):
        raise RuntimeError(f"coded {len(coded)} of {len(articles)} articles")
    return coded


def short_article(item_id: str, text: str, *, published: date | None = None) -> Article:
    """An Article for one gold item's text, kept exactly as given so that gold character offsets stay valid."""
    return Article(doc_id=item_id, text=text, published=published, source="gold", origin=item_id)


def first(items: list[Any], limit: int | None) -> list[Any]:
    """The first `limit` items (all when limit is None); a negative limit is a usage error."""
    if limit is None:
        return items
    if limit < 0:
        raise GoldFileError(f"limit must be ≥ 0, got {limit}")
    return items[:limit]


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON Lines gold file; bad lines are GoldFileErrors."""
    for number, line in enumerate(text_lines(read_gold_text(path)), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{number}: not JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(value, dict):
            raise GoldFileError(f"{path}:{number}: expected a JSON object, found {type(value).__name__}")
        yield number, value


def text_lines(text: str) -> list[str]:
    """Lines split at \\n only (JSON strings and snippets may hold U+2028 and other characters splitlines breaks at)."""
    return [line.rstrip("\r") for line in text.split("\n")]


def read_gold_text(path: Path) -> str:
    """The whole text of a gold file, or a GoldFileError saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read: {exc}") from None


# --- actor codes ------------------------------------------------------------------------------------------------


class ActorCodes(NamedTuple):
    """The actor-code table: code → canonical country (or None), and Phoenix/PLOVER sector codes → sitrep's."""

    countries: dict[str, str | None]
    sectors: dict[str, str]


@cache
def load_actor_codes(path: Path | None = None) -> ActorCodes:
    """Read and validate data/eval/actor_codes.csv (code, kind, canonical, note)."""
    path = path or data_path("eval/actor_codes.csv")
    countries: dict[str, str | None] = {}
    sectors: dict[str, str] = {}
    for line, row in read_table(path, required=("code", "kind", "canonical", "note")):
        code, kind, canonical = row["code"].upper(), row["kind"], row["canonical"].upper()
        if kind not in CODE_KINDS:
            raise DictionaryError(str(path), line, f"kind {kind!r} is not one of {', '.join(CODE_KINDS)}")
        if not re.fullmatch(r"[A-Z-]{3}", code) or (canonical and not re.fullmatch(r"[A-Z]{3}", canonical)):
            raise DictionaryError(str(path), line, "code and canonical must be three letters ('---' allowed)")
        if kind == "sector":
            if not canonical:
                raise DictionaryError(str(path), line, "a sector row needs a canonical sector")
            sectors[code] = canonical
        else:
            countries[code] = canonical or None
    return ActorCodes(countries, sectors)


def canonical_country(code: str | None) -> str | None:
    """The country code both sides are compared on: JAP → JPN, UN/EU bodies → IGO, '---' → None."""
    if not code:
        return None
    upper = code.strip().upper()
    table = load_actor_codes().countries
    return table.get(upper, upper)


def phoenix_actor(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a Phoenix/PETRARCH actor code: 'USAGOV' → (USA, GOV), '---REB' → (None, REB),
    'IGOUNOMIL' → (IGO, MIL), 'PSEGZACVL' → (PSE, CVL)."""
    code = code.strip().upper()
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return None, None
    table = load_actor_codes()
    sectors = table.sectors
    leading_sector = chunks[0] in sectors and chunks[0] not in table.countries
    country = None if leading_sector else canonical_country(chunks[0])
    rest = chunks if leading_sector else chunks[1:]
    sector = next((sectors[c] for c in rest if c in sectors), None)
    return country, sector
