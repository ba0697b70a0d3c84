"""Geoparsing evaluation on Gritta et al.'s XML corpora: LGL (lgl.xml), GeoVirus (GeoVirus.xml), GeoWebNews
(GWN.xml).

Recognition: `find_places` on each article's text against the gold toponym spans. `toponym_f1` uses relaxed
(overlapping, one-to-one) matching because the corpora draw span boundaries differently ("Homs province" vs
"Homs", "the Bronx"); the exact-match F1 is reported as `toponym_f1_exact`. Country adjectives are predicted
too (`find_places(..., adjectives=True)`): the corpora annotate adjectival toponyms ("Russian troops" in LGL and
as GWN's modifier types), though GeoVirus does not.

Resolution, on the matched toponyms that have gold coordinates (as in Gritta et al. 2018, "What's missing in
geographical parsing?", and their CamCoder code): the great-circle error e_i in km of each toponym,
- `accuracy_161km`: the share of errors < 161 km (100 miles);
- `median_error_km`: the median error;
- `auc`: the area under the curve of the sorted log errors, normalised to 0..1 (0 best):
  AUC = trapz(sorted ln(e_i + 1)) / (ln(20039) * (n - 1)), 20039 km being half the Earth's circumference
  (for n = 1: ln(e_1 + 1) / ln(20039)).
`accuracy_161km_gold_spans` resolves every gold toponym's own text (with the document's focus countries) and
so measures resolution without recognition.

Formats: LGL `<toponym><start><end><phrase><gaztag><lat><lon>` (toponyms without a gaztag count for F1 only);
GeoVirus `<location><name><start><end><lat><lon>`, whose offsets are one too high (each span is checked
against its name and moved back by one character where that fits); GWN `<toponym><extractedName><type>
<start><end><latitude><longitude>`, of which the toponym types count (literal, metonymic, modifiers, mixed,
coercion, embedded) and expressions, demonyms, languages, homonyms and non-toponyms do not.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GoldFileError
from ..geo.distance import haversine_km
from . import EvalResult
from .spans import match_spans

if TYPE_CHECKING:
    from ..coder import Coder
    from ..geo import Gazetteer

_OUTSIDE = 1 << 62
HALF_CIRCUMFERENCE_KM = 20039.0
GWN_TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Literal_Modifier",
        "Non_Literal_Modifier",
        "Metonymic",
        "Mixed",
        "Coercion",
        "Embedded_Literal",
        "Embedded_Non_Lit",
    }
)


@dataclass(frozen=True)
class GoldToponym:
    """A gold toponym: its span in the article text and its coordinates (None when not geocoded)."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    """One article's text and gold toponyms."""

    text: str
    toponyms: tuple[GoldToponym, ...]
    skipped: int = 0  # gold toponyms whose offsets lie outside the text (a few in GWN)


def load_gold(path: Path) -> list[GoldArticle]:
    """Read an LGL, GeoVirus or GWN XML file (the format is recognised by its elements)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise GoldFileError(f"{path}: not readable XML ({exc})") from exc
    articles = root.findall("article")
    if root.tag != "articles" or not articles:
        raise GoldFileError(f"{path}: expected <articles> with <article> elements (Gritta geoparsing XML)")
    return [_article(path, i, a) for i, a in enumerate(articles, start=1)]


def _article(path: Path, number: int, elem: ET.Element) -> GoldArticle:
    text = elem.findtext("text")
    if text is None:
        raise GoldFileError(f"{path}: article {number} has no <text>")
    if elem.find("toponyms") is not None:
        items = elem.findall("toponyms/toponym")
        gwn = any(t.find("extractedName") is not None for t in items)
        toponyms = [_gwn_toponym(path, t) for t in items] if gwn else [_lgl_toponym(path, t) for t in items]
    elif elem.find("locations") is not None:
        toponyms = [_shifted(text, _geovirus_toponym(path, t)) for t in elem.findall("locations/location")]
    else:
        raise GoldFileError(f"{path}: article {number} has neither <toponyms> nor <locations>")
    kept = [t for t in toponyms if t is not None and t.end <= len(text)]
    return GoldArticle(text, tuple(kept), skipped=sum(t is not None for t in toponyms) - len(kept))


def _number(path: Path, elem: ET.Element, tag: str, *, required: bool = True) -> float | None:
    value = (elem.findtext(tag) or "").strip()
    if not value and not required:
        return None
    try:
        return float(value)
    except ValueError:
        raise GoldFileError(f"{path}: <{tag}> {value!r} is not a number") from None


def _span(path: Path, elem: ET.Element) -> tuple[int, int]:
    """The toponym's offsets; negative ones (a few GWN rows) become (0, huge) and are skipped as outside the
    text."""
    start, end = _number(path, elem, "start"), _number(path, elem, "end")
    if start is None or end is None or start > end:
        raise GoldFileError(f"{path}: bad toponym offsets {start}..{end}")
    return (int(start), int(end)) if start >= 0 else (0, _OUTSIDE)


def _lgl_toponym(path: Path, elem: ET.Element) -> GoldToponym:
    start, end = _span(path, elem)
    tag = elem.find("gaztag")
    lat = _number(path, tag, "lat", required=False) if tag is not None else None
    lon = _number(path, tag, "lon", required=False) if tag is not None else None
    return GoldToponym(start, end, elem.findtext("phrase") or "", lat, lon)


def _geovirus_toponym(path: Path, elem: ET.Element) -> GoldToponym:
    start, end = _span(path, elem)
    lat, lon = _number(path, elem, "lat"), _number(path, elem, "lon")
    return GoldToponym(start, end, elem.findtext("name") or "", lat, lon)


def _gwn_toponym(path: Path, elem: ET.Element) -> GoldToponym | None:
    if (elem.findtext("type") or "") not in GWN_TOPONYM_TYPES:
        return None
    start, end = _span(path, elem)
    lat = _number(path, elem, "latitude", required=False)
    lon = _number(path, elem, "longitude", required=False)
    return GoldToponym(start, end, elem.findtext("extractedName") or "", lat, lon)


def _shifted(text: str, t: GoldToponym) -> GoldToponym:
    """GeoVirus offsets are one too high: move a span back by one where that makes it read as its name."""
    if text[t.start : t.end] != t.text and text[t.start - 1 : t.end - 1] == t.text and t.start > 0:
        return GoldToponym(t.start - 1, t.end - 1, t.text, t.lat, t.lon)
    return t


# ---------------------------------------------------------------------------------------------- metrics


def accuracy_at(errors: Sequence[float], *, km: float = 161.0) -> float:
    """The share of errors below `km` (0.0 for no errors)."""
    return sum(e < km for e in errors) / len(errors) if errors else 0.0


def error_auc(errors: Sequence[float]) -> float:
    """Gritta et al.'s AUC: trapezoid area under the sorted ln(error + 1) curve / (ln(20039) * (n - 1))."""
    if not errors:
        return 0.0
    logs = sorted(math.log(e + 1.0) for e in errors)
    scale = math.log(HALF_CIRCUMFERENCE_KM)
    if len(logs) == 1:
        return logs[0] / scale
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
    return area / (scale * (len(logs) - 1))


def error_metrics(errors: Sequence[float]) -> dict[str, float]:
    """accuracy_161km, median_error_km and auc of a list of errors in km."""
    return {
        "accuracy_161km": accuracy_at(errors),
        "median_error_km": statistics.median(errors) if errors else 0.0,
        "auc": error_auc(errors),
    }


# ---------------------------------------------------------------------------------------------- scoring


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    exact: int = 0
    errors: list[float] | None = None
    gold_span_errors: list[float] | None = None
    unresolved: int = 0
    skipped: int = 0


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score recognition and resolution of `find_places` on a Gritta-format XML file."""
    from ..geo import load_gazetteer

    articles = load_gold(path)[:limit] if limit is not None else load_gold(path)
    gazetteer = coder.dictionaries.gazetteer if coder is not None else load_gazetteer()
    tally = _Tally(errors=[], gold_span_errors=[])
    for article in articles:
        _score_article(article, gazetteer, tally)
    return _result(path, len(articles), tally)


def _score_article(article: GoldArticle, gazetteer: Gazetteer, tally: _Tally) -> None:
    from ..geo import document_focus, find_places, resolve_place

    mentions = find_places(article.text, gazetteer=gazetteer, adjectives=True)
    gold = [(t.start, t.end) for t in article.toponyms]
    predicted = [(m.start, m.end) for m in mentions]
    tally.gold += len(gold)
    tally.skipped += article.skipped
    tally.predicted += len(predicted)
    tally.exact += len(match_spans(gold, predicted, relaxed=False))
    pairs = match_spans(gold, predicted, relaxed=True)
    tally.relaxed += len(pairs)
    assert tally.errors is not None and tally.gold_span_errors is not None
    for gi, pi in pairs:
        g, place = article.toponyms[gi], mentions[pi].place
        if g.lat is not None and g.lon is not None and place.lat is not None and place.lon is not None:
            tally.errors.append(haversine_km(g.lat, g.lon, place.lat, place.lon))
    focus = document_focus(article.text, gazetteer=gazetteer)
    for g in article.toponyms:
        if g.lat is None or g.lon is None:
            continue
        resolved = resolve_place(g.text, gazetteer=gazetteer, focus=focus)
        if resolved is None or resolved.lat is None or resolved.lon is None:
            tally.unresolved += 1
            tally.gold_span_errors.append(HALF_CIRCUMFERENCE_KM)
        else:
            tally.gold_span_errors.append(haversine_km(g.lat, g.lon, resolved.lat, resolved.lon))


def _result(path: Path, n_articles: int, tally: _Tally) -> EvalResult:
    from .spans import f1_score

    precision, recall, f1 = f1_score(tally.relaxed, tally.gold, tally.predicted)
    exact = f1_score(tally.exact, tally.gold, tally.predicted)
    errors = tally.errors or []
    metrics = {
        "toponym_f1": f1,
        **error_metrics(errors),
        "toponym_precision": precision,
        "toponym_recall": recall,
        "toponym_f1_exact": exact[2],
        "accuracy_161km_gold_spans": accuracy_at(tally.gold_span_errors or []),
    }
    counts = {
        "articles": n_articles,
        "gold_toponyms": tally.gold,
        "predicted": tally.predicted,
        "matched_relaxed": tally.relaxed,
        "matched_exact": tally.exact,
        "geocoded_matched": len(errors),
        "gold_spans_unresolved": tally.unresolved,
        "gold_skipped_bad_offsets": tally.skipped,
    }
    notes = [
        "toponym_f1: relaxed (overlapping, one-to-one) span matching; toponym_f1_exact: identical spans",
        "accuracy_161km, median_error_km, auc (lower is better): over relaxed matches with gold coordinates; "
        "auc = trapz(sorted ln(err+1)) / (ln(20039) * (n-1))",
        "accuracy_161km_gold_spans: every gold toponym's text resolved with the document focus (unresolved = "
        "20039 km)",
    ]
    return EvalResult("geoparsing", str(path), metrics, counts, notes)
