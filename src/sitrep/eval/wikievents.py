"""WikiEvents (KAIROS ontology) documents: JSON Lines with `doc_id`, `sentences` ([[word, start, end], ...], text)
and `event_mentions` (event_type, trigger {start, end} as document token indices, arguments {role, text}).

The documents' `text` field runs sentences together ("SyriaThe") and its token offsets drift, so each document is
rebuilt from its sentence texts joined by line breaks, and gold trigger offsets are recomputed from each token's
offset within its sentence.

Scoring (micro F1, pooled over documents), matching sitrep's events to gold triggers by character offsets (the
event's trigger token must overlap the gold trigger span; one event trigger per gold trigger):
- KAIROS types are mapped to PLOVER with data/eval/kairos_plover.csv; gold triggers whose type has no mapping are
  not scored: an extracted trigger on one of them is neither a hit nor an extra.
- Symmetrically, an extracted event whose PLOVER type no row of the map yields (AGREE, SUPPORT, CONCEDE, COOPERATE,
  REJECT: KAIROS has no agreement, support, cooperation or refusal event) is not scored where it lies on no scored
  gold trigger: the gold can never hold it, so it is neither a hit nor an extra. On a scored gold trigger it still
  counts as a wrong type.
- `detection_f1`: extracted trigger positions against mapped gold triggers, type not compared.
- `type_f1`: (trigger, PLOVER type) pairs: a hit needs the right position and type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError, GoldFileError
from ..records import EVENT_TYPES, Event
from . import EvalResult
from .common import Tally, code_articles, first, read_jsonl, short_article

if TYPE_CHECKING:
    from ..coder import Coder

KAIROS_TYPE = re.compile(r"[A-Z][A-Za-z]*(\.[A-Z][A-Za-z]*){0,2}")
HEAD_WORD = re.compile(r"\w[\w'’-]*")
SENTENCE_JOIN = "\n"


class KairosRule(NamedTuple):
    """One row of the KAIROS → PLOVER map."""

    kairos_type: str
    plover_type: str
    roles: frozenset[str]
    words: tuple[str, ...]


@dataclass(frozen=True)
class GoldTrigger:
    """One gold event mention: its KAIROS type, character span in the rebuilt text, and (role, text) arguments."""

    mention_id: str
    kairos_type: str
    start: int
    end: int
    text: str
    arguments: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class WikiDoc:
    """One document: the rebuilt text and its gold triggers."""

    doc_id: str
    text: str
    triggers: tuple[GoldTrigger, ...]


# --- the map ----------------------------------------------------------------------------------------------------


@cache
def load_kairos_map(path: Path | None = None) -> tuple[KairosRule, ...]:
    """Read and validate data/eval/kairos_plover.csv (kairos_type, plover_type, roles, words, note)."""
    path = path or data_path("eval/kairos_plover.csv")
    rules = []
    for line, row in read_table(path, required=("kairos_type", "plover_type", "roles", "words", "note")):
        if not KAIROS_TYPE.fullmatch(row["kairos_type"]):
            raise DictionaryError(
                str(path), line, f"kairos_type {row['kairos_type']!r} is not a dotted KAIROS type"
            )
        if row["plover_type"] not in EVENT_TYPES:
            raise DictionaryError(str(path), line, f"plover_type {row['plover_type']!r} is not a PLOVER type")
        words = tuple(w.lower() for w in split_multi(row["words"]))
        rules.append(
            KairosRule(row["kairos_type"], row["plover_type"], frozenset(split_multi(row["roles"])), words)
        )
    return tuple(rules)


def plover_type(trigger: GoldTrigger, rules: tuple[KairosRule, ...]) -> str | None:
    """The PLOVER type of a gold mention by the first rule that fits it; None when none does."""
    for rule in rules:
        kairos = trigger.kairos_type
        if kairos != rule.kairos_type and not kairos.startswith(rule.kairos_type + "."):
            continue
        arguments = [text.lower() for role, text in trigger.arguments if not rule.roles or role in rule.roles]
        if (rule.roles or rule.words) and not any(_has_word(text, rule.words) for text in arguments):
            continue
        return rule.plover_type
    return None


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return not words or any(re.search(r"\b" + re.escape(word), text) for word in words)


# --- the gold file ----------------------------------------------------------------------------------------------


def load(path: Path) -> list[WikiDoc]:
    """The documents of a WikiEvents JSONL file; GoldFileError (file:line) on a record of the wrong shape."""
    docs = [_document(f"{path}:{number}", record) for number, record in read_jsonl(path)]
    if not docs:
        raise GoldFileError(f"{path}: no documents")
    return docs


def _document(where: str, record: dict[str, Any]) -> WikiDoc:
    doc_id, sentences, mentions = record.get("doc_id"), record.get("sentences"), record.get("event_mentions")
    if not isinstance(doc_id, str) or not isinstance(sentences, list) or not isinstance(mentions, list):
        raise GoldFileError(f"{where}: needs 'doc_id' (string), 'sentences' and 'event_mentions' (lists)")
    tokens, texts = _tokens(where, sentences)
    text = SENTENCE_JOIN.join(texts)
    triggers = tuple(_trigger(f"{where} ({doc_id})", m, tokens) for m in mentions)
    return WikiDoc(doc_id, text, triggers)


def _tokens(where: str, sentences: list[Any]) -> tuple[list[tuple[int, int]], list[str]]:
    """Each document token's (start, end) in the rebuilt text, and the sentence texts."""
    tokens: list[tuple[int, int]] = []
    texts: list[str] = []
    offset = 0
    for n, sentence in enumerate(sentences):
        if not (
            isinstance(sentence, list)
            and len(sentence) == 2
            and isinstance(sentence[1], str)
            and isinstance(sentence[0], list)
            and sentence[0]
        ):
            raise GoldFileError(f"{where}: sentence {n} is not [[[word, start, end], ...], text]")
        base = _token_start(where, n, sentence[0][0])
        for token in sentence[0]:
            start = _token_start(where, n, token) - base
            tokens.append((offset + start, offset + start + len(token[0])))
        texts.append(sentence[1])
        offset += len(sentence[1]) + len(SENTENCE_JOIN)
    return tokens, texts


def _token_start(where: str, n: int, token: Any) -> int:
    if not (
        isinstance(token, list)
        and len(token) == 3
        and isinstance(token[0], str)
        and isinstance(token[1], int)
    ):
        raise GoldFileError(f"{where}: sentence {n}: token {token!r} is not [word, start, end]")
    return token[1]


def _trigger(where: str, mention: Any, tokens: list[tuple[int, int]]) -> GoldTrigger:
    trigger = mention.get("trigger") if isinstance(mention, dict) else None
    if not isinstance(trigger, dict) or not isinstance(mention.get("event_type"), str):
        raise GoldFileError(f"{where}: an event mention needs 'event_type' and a 'trigger' object")
    start, end = trigger.get("start"), trigger.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(tokens)):
        raise GoldFileError(
            f"{where}: mention {mention.get('id')}: trigger tokens {start}..{end} are out of range"
        )
    arguments = tuple(
        (str(a.get("role", "")), str(a.get("text", "")))
        for a in mention.get("arguments") or []
        if isinstance(a, dict)
    )
    return GoldTrigger(
        str(mention.get("id", "")),
        mention["event_type"],
        tokens[start][0],
        tokens[end - 1][1],
        str(trigger.get("text", "")),
        arguments,
    )


# --- scoring ----------------------------------------------------------------------------------------------------


def event_span(event: Event, text: str) -> tuple[int, int] | None:
    """The character span of the event's trigger token (the head word at evidence.trigger_start)."""
    start = event.evidence.trigger_start
    if start is None:
        return None
    word = HEAD_WORD.match(text, start)
    return start, (word.end() if word else start + 1)


def match_positions(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """Predicted span index → gold span index for overlapping spans, each gold span used once, in text order."""
    used: set[int] = set()
    matched: dict[int, int] = {}
    for p, (ps, pe) in sorted(enumerate(predicted), key=lambda x: x[1]):
        g = next((g for g, (gs, ge) in enumerate(gold) if g not in used and ps < ge and gs < pe), None)
        if g is not None:
            used.add(g)
            matched[p] = g
    return matched


def score_document(
    gold: dict[tuple[int, int], set[str]],
    predicted: dict[tuple[int, int], set[str]],
    *,
    scorable: frozenset[str] | None = None,
) -> tuple[Tally, Tally]:
    """(detection, type) tallies of one document: gold span → its PLOVER types (empty: not scored) against
    extracted trigger span → its event types; given `scorable` (the PLOVER types the map yields), an extracted
    type outside it counts only on a scored gold trigger."""
    gold_spans, pred_spans = list(gold), list(predicted)
    matched = match_positions(gold_spans, pred_spans)
    detection, typed = Tally(), Tally()
    found: dict[int, set[str]] = {}
    for p, span in enumerate(pred_spans):
        g = matched.get(p)
        types = gold[gold_spans[g]] if g is not None else set()
        if g is not None and not types:
            continue  # on a gold trigger that is not scored
        extracted = predicted[span] if g is not None or scorable is None else predicted[span] & scorable
        if not extracted:
            continue  # only types the gold can never hold, on no gold trigger
        detection += Tally(tp=int(g is not None), fp=int(g is None))
        hits = extracted & types
        typed += Tally(tp=len(hits), fp=len(extracted - types))
        if g is not None:
            found[g] = hits
    scored = [g for g, span in enumerate(gold_spans) if gold[span]]
    detection += Tally(fn=sum(g not in found for g in scored))
    typed += Tally(fn=sum(len(gold[gold_spans[g]] - found.get(g, set())) for g in scored))
    return detection, typed


def gold_types(doc: WikiDoc, rules: tuple[KairosRule, ...]) -> dict[tuple[int, int], set[str]]:
    """Gold trigger span → the PLOVER types of its mentions (empty when none is mapped)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for trigger in doc.triggers:
        mapped = plover_type(trigger, rules)
        spans.setdefault((trigger.start, trigger.end), set()).update([mapped] if mapped else [])
    return spans


def predicted_types(events: list[Event], text: str) -> dict[tuple[int, int], set[str]]:
    """Extracted trigger span → the event types coded on it."""
    spans: dict[tuple[int, int], set[str]] = {}
    for event in events:
        if (span := event_span(event, text)) is not None:
            spans.setdefault(span, set()).add(event.event_type)
    return spans


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the pipeline on a WikiEvents file (see the module docstring for the rules)."""
    docs = first(load(path), limit)
    rules = load_kairos_map()
    coded = code_articles([short_article(d.doc_id, d.text) for d in docs], coder=coder)
    scorable = frozenset(rule.plover_type for rule in rules)
    detection, typed = Tally(), Tally()
    for doc, events in zip(docs, coded, strict=True):
        d, t = score_document(gold_types(doc, rules), predicted_types(events, doc.text), scorable=scorable)
        detection, typed = detection + d, typed + t
    mapped = sum(plover_type(t, rules) is not None for d in docs for t in d.triggers)
    counts = {
        "documents": len(docs),
        "gold_mentions": sum(len(d.triggers) for d in docs),
        "scored_mentions": mapped,
        "events": sum(map(len, coded)),
        "detected": detection.tp,
        "typed_right": typed.tp,
    }
    notes = [
        "KAIROS types mapped by data/eval/kairos_plover.csv; mentions of unmapped types are not scored",
        "extracted events of PLOVER types the map never yields count only on a scored gold trigger",
    ]
    return EvalResult(
        "wikievents", str(path), {"type_f1": typed.f1, "detection_f1": detection.f1}, counts, notes
    )
