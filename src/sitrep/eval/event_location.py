"""Event-location linking evaluation on Halterman's "Geolocating Political Events in Text" relabelled gold
(relabel_gold.jsonl): one sentence per line, one VERB span (the event) and zero or more LOCATION spans (where
that event happened).

For each verb the sentence is parsed with the coder's spaCy pipeline, its places found with `find_places` plus
the parser's place entities the gazetteer lacks and names typed by a place noun ("the village of X",
`ner_place_mentions`), and `choose_event_place` (the coder's
rule) picks one or none. A choice is right when it overlaps one of the gold
LOCATION spans, or when it is None and there is no gold location. `link_accuracy` is over all verbs;
`link_accuracy_located` over the verbs that have a gold location. Span offsets are taken from the spans' token
indexes (`token_start`, `token_end`, inclusive) and the line's token list, because the `start`/`end` of some
LOCATION spans in the file hold token indexes rather than character offsets.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GoldFileError
from . import EvalResult
from .spans import overlap

if TYPE_CHECKING:
    from ..coder import Coder


@dataclass(frozen=True)
class LinkItem:
    """One gold verb: the sentence, the verb's character span and the gold location spans."""

    item_id: str
    text: str
    verb: tuple[int, int]
    locations: tuple[tuple[int, int], ...]


def load_gold(path: Path) -> list[LinkItem]:
    """Read relabel_gold.jsonl: lines without a VERB span are skipped; malformed lines are errors."""
    items = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                item = _item(path, number, line)
                if item is not None:
                    items.append(item)
    if not items:
        raise GoldFileError(f"{path}: no lines with a VERB span (expected relabel_gold.jsonl format)")
    return items


def _item(path: Path, number: int, line: str) -> LinkItem | None:
    try:
        row = json.loads(line)
        text, tokens = row["text"], row["tokens"]
        spans = [(s["label"], _char_span(s, tokens)) for s in row.get("spans", [])]
    except (json.JSONDecodeError, KeyError, TypeError, IndexError, ValueError) as exc:
        raise GoldFileError(f"{path}:{number}: not a relabel_gold line ({exc!r})") from None
    verbs = [span for label, span in spans if label == "VERB"]
    if not verbs:
        return None
    locations = tuple(span for label, span in spans if label == "LOCATION")
    return LinkItem(str(row.get("_id", number)), text, verbs[0], locations)


def _char_span(span: dict[str, Any], tokens: list[dict[str, Any]]) -> tuple[int, int]:
    first, last = int(span["token_start"]), int(span["token_end"])
    if first < 0 or last < first:
        raise ValueError(f"bad token range {first}..{last}")
    return int(tokens[first]["start"]), int(tokens[last]["end"])


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the coder's event-location rule against the gold verb → location links."""
    from ..coder import Coder

    items = load_gold(path)[:limit] if limit is not None else load_gold(path)
    coder = coder or Coder()
    right = located = located_right = no_verb_token = 0
    for item, choice in zip(items, _choices(items, coder), strict=True):
        if isinstance(choice, bool):
            no_verb_token += 1
        correct = _correct(None if isinstance(choice, bool) else choice, item.locations)
        right += correct
        if item.locations:
            located += 1
            located_right += correct
    metrics = {
        "link_accuracy": right / len(items),
        "link_accuracy_located": located_right / located if located else 0.0,
        "link_accuracy_unlocated": (right - located_right) / (len(items) - located)
        if len(items) > located
        else 0.0,
    }
    counts = {
        "verbs": len(items),
        "with_gold_location": located,
        "right": right,
        "verb_not_aligned": no_verb_token,
    }
    notes = ["right = the chosen place overlaps a gold LOCATION span, or no place chosen and none in gold"]
    return EvalResult("event_location", str(path), metrics, counts, notes)


def _choices(items: list[LinkItem], coder: Coder) -> Iterator[tuple[int, int] | None | bool]:
    """The chosen place span per item; False when the verb span does not align with a token."""
    from ..geo import find_places
    from ..geo.locate import choose_event_place, ner_place_mentions

    gazetteer = coder.dictionaries.gazetteer
    for item, doc in zip(items, coder.nlp.pipe(i.text for i in items), strict=True):
        span = doc.char_span(item.verb[0], item.verb[1], alignment_mode="expand")
        if span is None:
            yield False
            continue
        trigger = span.root
        mentions = find_places(doc.text, gazetteer=gazetteer)
        mentions = sorted([*mentions, *ner_place_mentions(doc, mentions)], key=lambda m: m.start)
        chosen = choose_event_place(trigger.sent, trigger, mentions)
        yield (chosen.start, chosen.end) if chosen is not None else None


def _correct(choice: tuple[int, int] | None, gold: tuple[tuple[int, int], ...]) -> bool:
    if choice is None:
        return not gold
    return any(overlap(choice, g) > 0 for g in gold)
