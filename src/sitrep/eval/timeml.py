"""TimeML evaluation (TimeBank / AQUAINT .tml files) with TempEval-3's rules.

Each document's `<TEXT>` element, tags stripped and entities unescaped, is the text; its TIMEX3 elements (all
types: DATE, TIME, DURATION, SET) are the gold spans; the TIMEX3 with functionInDocument="CREATION_TIME"
(the DCT) is the date relative expressions are resolved against. Predictions are `find_timexes` spans with
`timex_value` values.

- `strict_span_f1`: identical spans (one-to-one); `relaxed_span_f1`: overlapping spans (one-to-one);
- `value_accuracy`: over relaxed matches, the share whose value equals the gold value (TempEval-3's attribute
  accuracy); `value_f1` = value_accuracy * relaxed_span_f1 (TempEval-3's "value F1").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GoldFileError
from . import EvalResult
from .spans import f1_score, match_spans

if TYPE_CHECKING:
    from ..coder import Coder

_MARKUP = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>|[^<]+")
_ATTRIBUTE = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)


@dataclass(frozen=True)
class GoldTimex:
    """A gold TIMEX3: span in the document text, type and normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    """One .tml file: its name, creation date, text and TIMEX3s."""

    name: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]


def load_folder(path: Path) -> list[TimeMLDocument]:
    """Every .tml file under `path` (recursively, sorted), or `path` itself when it is a file."""
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    if not files:
        raise GoldFileError(f"{path}: no .tml files")
    return [load_document(f) for f in files]


def load_document(path: Path) -> TimeMLDocument:
    """Read one TimeML file; GoldFileError when it has no DCT or no <TEXT>."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: not readable ({exc})") from exc
    dct_tag = _DCT.search(raw)
    body = _TEXT.search(raw)
    if dct_tag is None or body is None:
        raise GoldFileError(f"{path}: not TimeML (needs a CREATION_TIME TIMEX3 and a <TEXT> element)")
    value = dict(_ATTRIBUTE.findall(dct_tag.group(0))).get("value", "")
    try:
        dct = date.fromisoformat(value[:10])
    except ValueError:
        raise GoldFileError(f"{path}: creation time {value!r} is not a date") from None
    text, timexes = _strip(path, body.group(1))
    return TimeMLDocument(path.name, dct, text, tuple(timexes))


def _strip(path: Path, marked: str) -> tuple[str, list[GoldTimex]]:
    """Plain text and the TIMEX3 spans in it."""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    for m in _MARKUP.finditer(marked):
        if m.group(2) is None:
            chunk = html.unescape(m.group(0))
            parts.append(chunk)
            length += len(chunk)
        elif m.group(2) == "TIMEX3" and not m.group(1):
            open_timex = (length, dict(_ATTRIBUTE.findall(m.group(3))))
        elif m.group(2) == "TIMEX3":
            if open_timex is None:
                raise GoldFileError(f"{path}: </TIMEX3> without <TIMEX3>")
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    return "".join(parts), timexes


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score `find_timexes` + `timex_value` on the .tml files under `path`."""
    from ..dates import find_timexes, timex_value

    documents = load_folder(path)
    if limit is not None:
        documents = documents[:limit]
    n_gold = n_pred = strict = relaxed = right = 0
    for doc in documents:
        found = find_timexes(doc.text)
        gold = [(t.start, t.end) for t in doc.timexes]
        predicted = [(m.start, m.end) for m in found]
        n_gold, n_pred = n_gold + len(gold), n_pred + len(predicted)
        strict += len(match_spans(gold, predicted, relaxed=False))
        pairs = match_spans(gold, predicted, relaxed=True)
        relaxed += len(pairs)
        for gi, pi in pairs:
            value = timex_value(found[pi].text, published=doc.dct)
            right += value == doc.timexes[gi].value
    relaxed_f1 = f1_score(relaxed, n_gold, n_pred)
    value_accuracy = right / relaxed if relaxed else 0.0
    metrics = {
        "strict_span_f1": f1_score(strict, n_gold, n_pred)[2],
        "relaxed_span_f1": relaxed_f1[2],
        "value_accuracy": value_accuracy,
        "relaxed_precision": relaxed_f1[0],
        "relaxed_recall": relaxed_f1[1],
        "value_f1": value_accuracy * relaxed_f1[2],
    }
    counts = {
        "documents": len(documents),
        "gold_timexes": n_gold,
        "predicted": n_pred,
        "matched_strict": strict,
        "matched_relaxed": relaxed,
        "value_right": right,
    }
    notes = [
        "all TIMEX3 types except the DCT; one-to-one matching; value_accuracy over relaxed matches "
        "(TempEval-3); values resolved against each document's creation date"
    ]
    return EvalResult("timeml", str(path), metrics, counts, notes)
