"""CASE 2021 task 2 (fine-grained socio-political event classification): a TSV of id, snippet, ACLED-style subtype.

Each snippet is coded on its own. An extracted event gets a subtype from the first row of
data/eval/case2021_map.csv it fits (PLOVER type, mode, actor sectors, status, words of its evidence sentence, and
optionally PLOVER contexts and words of its source's or target's text: "a checkpoint" is an armed target; word
groups joined by " & " must all occur); the snippet's label is that of the earliest row any of its events fits. A
snippet with no event, or with events that fit no row, gets no label: a miss (never "OTHER").
The rows read ACLED's definitions: demonstrators clashing with or attacking police make a violent demonstration
whatever force meets them; an armed party destroying another's vehicles is a clash; an RPG is no (hand-thrown)
grenade (README "Scoring rules").

Metrics: `micro_f1` (hits / labelled snippets against hits / all snippets) and `macro_f1` (mean per-subtype F1 over
the subtypes in the gold or the predictions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..coding.ontology import load_ontology
from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError, GoldFileError
from ..records import EVENT_TYPES, STATUSES, Actor, Event
from . import EvalResult
from .common import code_articles, first, macro_f1, micro_f1, read_gold_text, short_article, text_lines

if TYPE_CHECKING:
    from ..coder import Coder

LABEL = re.compile(r"[A-Z][A-Z0-9_]*")
SECTOR = re.compile(r"[A-Z]{3}")
# the month, not a protest march: "since the end of March", "March 5", "5 March" (words are matched lower-cased)
MONTH_MARCH = re.compile(
    r"\b(?P<word>(?:in|of|by|to|since|until|early|from|this|last|next|mid|late)[- ])March\b"
    r"|\bMarch(?= \d)|(?<=\d )March\b"
)
MAP_COLUMNS = (
    "subtype",
    "event_type",
    "modes",
    "source_sectors",
    "target_sectors",
    "statuses",
    "words",
    "note",
)


class SubtypeRule(NamedTuple):
    """One row of the map; empty sets impose nothing."""

    subtype: str
    event_type: str
    modes: frozenset[str]
    source_sectors: frozenset[str]
    target_sectors: frozenset[str]
    statuses: frozenset[str]
    words: re.Pattern[str] | None
    contexts: frozenset[str] = frozenset()
    source_words: re.Pattern[str] | None = None
    target_words: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Snippet:
    """One gold snippet and its subtype."""

    item_id: str
    text: str
    subtype: str


@cache
def load_case_map(path: Path | None = None) -> tuple[SubtypeRule, ...]:
    """Read and validate data/eval/case2021_map.csv (columns as in MAP_COLUMNS)."""
    path = path or data_path("eval/case2021_map.csv")
    return tuple(_rule(str(path), line, row) for line, row in read_table(path, required=MAP_COLUMNS))


def _rule(path: str, line: int, row: dict[str, str]) -> SubtypeRule:
    event_type, modes = row["event_type"], frozenset(split_multi(row["modes"]))
    if not LABEL.fullmatch(row["subtype"]):
        raise DictionaryError(path, line, f"subtype {row['subtype']!r} is not an upper-case label")
    if event_type and event_type not in EVENT_TYPES:
        raise DictionaryError(path, line, f"event_type {event_type!r} is not a PLOVER type")
    if modes and (not event_type or not all(load_ontology().is_mode(event_type, m) for m in modes)):
        raise DictionaryError(
            path, line, f"modes {sorted(modes)} are not all PLOVER modes of {event_type or '(any)'}"
        )
    sectors = [frozenset(split_multi(row[c])) for c in ("source_sectors", "target_sectors")]
    if not all(SECTOR.fullmatch(s) for group in sectors for s in group):
        raise DictionaryError(path, line, "sectors must be three-letter codes")
    contexts = frozenset(split_multi(row.get("contexts", "")))
    if not contexts <= load_ontology().contexts:
        raise DictionaryError(
            path, line, f"contexts {sorted(contexts - load_ontology().contexts)} are not PLOVER contexts"
        )
    statuses = frozenset(split_multi(row["statuses"]))
    if not statuses <= set(STATUSES):
        raise DictionaryError(
            path, line, f"statuses {sorted(statuses - set(STATUSES))} are not sitrep statuses"
        )
    return SubtypeRule(
        row["subtype"],
        event_type,
        modes,
        sectors[0],
        sectors[1],
        statuses,
        _word_pattern(row["words"]),
        contexts,
        _word_pattern(row.get("source_words", "")),
        _word_pattern(row.get("target_words", "")),
    )


def _word_pattern(cell: str) -> re.Pattern[str] | None:
    """A regex for word prefixes ("recaptur|retak" matches "recaptured"); groups joined by " & " must all be
    there ("captur|seiz & withdr": a capture where a withdrawal is named); None for an empty cell."""
    groups = [words for group in cell.lower().split("&") if (words := split_multi(group.strip()))]
    if not groups:
        return None
    if len(groups) == 1:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, groups[0])) + ")")
    return re.compile("".join(r"(?=.*?\b(?:" + "|".join(map(re.escape, g)) + "))" for g in groups), re.DOTALL)


def fits(event: Event, rule: SubtypeRule) -> bool:
    """Whether the event meets every condition of the rule."""
    return (
        (not rule.event_type or event.event_type == rule.event_type)
        and (not rule.modes or event.mode in rule.modes)
        and (
            not rule.source_sectors
            or (event.source is not None and event.source.sector in rule.source_sectors)
        )
        and (
            not rule.target_sectors
            or (event.target is not None and event.target.sector in rule.target_sectors)
        )
        and (not rule.statuses or event.status in rule.statuses)
        and (rule.words is None or rule.words.search(sentence_words(event.evidence.sentence)) is not None)
        and (not rule.contexts or not rule.contexts.isdisjoint(event.context))
        and _names(event.source, rule.source_words)
        and _names(event.target, rule.target_words)
    )


def sentence_words(sentence: str) -> str:
    """The lower-cased sentence a rule's words are looked for in, with the month March masked ("since March")."""
    return MONTH_MARCH.sub(lambda m: (m["word"] or "") + "<month>", sentence).lower()


def _names(actor: Actor | None, words: re.Pattern[str] | None) -> bool:
    """No word condition, or the actor's text has one of the words ("security forces", "a checkpoint")."""
    return words is None or (actor is not None and words.search(actor.text.lower()) is not None)


def snippet_label(events: list[Event], rules: tuple[SubtypeRule, ...]) -> str | None:
    """The subtype of the earliest rule any of the events fits; None when none fits."""
    return next((rule.subtype for rule in rules if any(fits(e, rule) for e in events)), None)


def load(path: Path) -> list[Snippet]:
    """The snippets of a CASE 2021 task-2 TSV (an optional header row first); GoldFileError naming file:line."""
    rows = [line.split("\t") for line in text_lines(read_gold_text(path))]
    snippets = []
    for number, row in enumerate(rows, start=1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3:
            raise GoldFileError(
                f"{path}:{number}: expected 3 tab-separated columns (id, snippet, subtype), found {len(row)}"
            )
        item_id, text, label = (cell.strip() for cell in row)
        if number == 1 and not LABEL.fullmatch(label):
            continue  # the header
        if not LABEL.fullmatch(label) or not text:
            raise GoldFileError(
                f"{path}:{number}: needs a snippet and an upper-case subtype, found {label!r}"
            )
        snippets.append(Snippet(item_id, text, label))
    if not snippets:
        raise GoldFileError(f"{path}: no snippets")
    return snippets


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the pipeline on a CASE 2021 task-2 file (see the module docstring for the rules)."""
    snippets = first(load(path), limit)
    rules = load_case_map()
    coded = code_articles([short_article(s.item_id, s.text) for s in snippets], coder=coder)
    gold = [s.subtype for s in snippets]
    predicted = [snippet_label(events, rules) for events in coded]
    counts = {
        "snippets": len(snippets),
        "without_events": sum(not e for e in coded),
        "labelled": sum(p is not None for p in predicted),
        "right": sum(g == p for g, p in zip(gold, predicted, strict=True)),
    }
    notes = ["subtypes by data/eval/case2021_map.csv; a snippet without a mapped event is a miss"]
    return EvalResult(
        "case2021",
        str(path),
        {"micro_f1": micro_f1(gold, predicted), "macro_f1": macro_f1(gold, predicted)},
        counts,
        notes,
    )
