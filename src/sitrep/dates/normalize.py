"""Time expressions in news text → dates and ranges, resolved against the publication date.

`find_date_expressions` scans text with one precompiled pattern (see `grammar`), `resolve_date` turns one
expression into a `DateValue` ("last week" in an article of Thursday 2017-05-25 → 2017-05-15..2017-05-21,
precision week) and `resolve_in_sentence` does both for the expression nearest an event trigger. News is mostly
about the past, so bare weekdays (the publication day included), months and day-month dates resolve to their
most recent occurrence. Anchored
expressions ("a day earlier", "the next day") count from `anchor`, the date of the event told just before, when
given, else from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ..records import DateValue
from . import periods as P
from .grammar import (
    ANCHOR_AFTER,
    ANCHOR_BEFORE,
    MONTHS,
    anchor_pattern,
    kind_pattern,
    union_pattern,
)
from .resolvers import RESOLVERS, Context

PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "since",
        "until",
        "till",
        "by",
        "during",
        "from",
        "through",
        "throughout",
        "of",
        "to",
        "before",
        "after",
        "between",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "for",
        "last",
        "this",
        "next",
        "that",
        "each",
        "around",
        "about",
        "circa",
        "as",
        "than",
    ]
)
STRONG_PREPOSITIONS = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "during",
        "from",
        "through",
        "throughout",
        "before",
        "after",
        "last",
        "this",
        "next",
        "early",
        "late",
        "mid",
        "of",
    ]
)
SEASON_PREPOSITIONS = frozenset(
    ["in", "during", "through", "throughout", "by", "until", "since", "over", "that", "this"]
)
NEWSPAPER_WORDS = frozenset({"Times", "Telegraph", "Express", "Mirror", "Herald", "Post", "Mail", "Observer"})
NAMED_DAY_WORDS = frozenset(
    [
        "bloody",
        "good",
        "black",
        "super",
        "ash",
        "holy",
        "palm",
        "easter",
        "maundy",
        "cyber",
        "blue",
        "whit",
        "shrove",
    ]
)
_STRIP = re.compile(r"(?i)(?:on|in|at|during|by|of|from|around|about|circa|as\s+of)\s+")
_SINCE = re.compile(r"(?i)since\s+")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
_DATELINE_BEFORE = re.compile(
    r"\b(?:Date of publication|Published|Updated|Posted|Last updated|Last modified)(?:\s+(?:on|at))?\s*:?\s*$"
)
_PREV_WORD = re.compile(r"([A-Za-z]+)[^\S\n]*$")
_NEXT_WORD = re.compile(r"^\s+([A-Za-z]+)")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"'`\u2018\u201c\u201d(\n]|\s[-\u2013\u2014])\s*$")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_MAIL_ON = re.compile(r"\bMail\s+on\s+$")
_EXPLICIT = re.compile(r"\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}|\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class DateMention:
    """A time expression found in text; offsets point into the text passed to `find_date_expressions`."""

    start: int
    end: int
    text: str


# ---------------------------------------------------------------------------------------------- finding


def find_date_expressions(text: str) -> list[DateMention]:
    """Explicit and relative time expressions in `text`, in order, without overlaps.

    Spans leave out plain prepositions ("on Tuesday" → "Tuesday") but keep those that change the meaning
    ("since March", "for the last two months", "in recent weeks"). Bare numbers, unanchored durations ("for
    hours"), ages and month names that are names ("Theresa May", "May I") are not returned.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_date_expressions(text))


@lru_cache(maxsize=4096)
def _date_expressions(text: str) -> tuple[DateMention, ...]:
    """find_date_expressions, remembered: the coder asks again for each event of a sentence."""
    found = []
    for m in _candidates(text):
        kind = m.lastgroup or ""
        km = kind_pattern(kind).match(text, m.start())
        if km is None or not _accept(kind, km, text):
            continue
        start = _extend_since(text, _trim_start(kind, km, text))
        found.append(DateMention(start, km.end(), text[start : km.end()]))
    return tuple(found)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Matches of the union pattern, run only in windows around anchor tokens (same result, much faster)."""
    union, end = union_pattern(), -1
    window: list[int] = []
    for a in anchor_pattern().finditer(text):
        lo, hi = max(0, a.start() - ANCHOR_BEFORE), min(len(text), a.end() + ANCHOR_AFTER)
        if window and lo <= window[1]:
            window[1] = hi
            continue
        if window:
            yield from union.finditer(text, max(window[0], end), window[1])
        window = [lo, hi]
    if window:
        yield from union.finditer(text, window[0], window[1])


def _accept(kind: str, km: re.Match[str], text: str) -> bool:
    if kind in ("glued", "md", "mon"):
        return _month_ok(km, text, bare=kind == "mon" and not km["mod"] and not km["y"] and not km["ry"])
    if kind == "season":
        return _season_ok(km, text)
    if kind == "deic":
        return km["w"] != "Today" or _at_sentence_start(text, km.start())
    if kind == "wd":
        return _weekday_ok(km, text)
    if kind == "yrange":
        return bool(km["pre"]) or km["sep"] in "-\u2013"
    if kind == "ago" and km.group(0).lower().endswith("since"):
        return _time_since_ok(km, text)
    return True


def _time_since_ok(km: re.Match[str], text: str) -> bool:
    """ "(it is) six weeks since she surrendered" dates what follows "since"; "(in) the weeks since", "the two
    weeks since the attack" name a period up to now, not a day."""
    prev = _previous_word(text, km.start())
    return bool(km["n"]) and not (prev and prev[0].lower() in ("the", "those", "these"))


def _month_ok(km: re.Match[str], text: str, *, bare: bool) -> bool:
    name = km["m"].rstrip(".").title()
    if bare and name not in MONTHS:
        return False
    prev = _previous_word(text, km.start())
    word = prev[0].lower() if prev else ""
    if bare:
        return _bare_month_ok(name, word, prev, text, km)
    return not (prev and name in ("May", "March") and word not in PREPOSITIONS and _is_name(prev, text))


def _bare_month_ok(name: str, word: str, prev: tuple[str, int] | None, text: str, km: re.Match[str]) -> bool:
    """A month name alone: after a preposition, or (not May/March) not inside a run of capitalised names."""
    if word in (STRONG_PREPOSITIONS if name in ("May", "March") else PREPOSITIONS):
        return True
    if name in ("May", "March"):
        return False
    after = _NEXT_WORD.match(text[km.end() : km.end() + 30])
    return not (prev and _is_name(prev, text)) and not (after and after.group(1)[0].isupper())


def _season_ok(km: re.Match[str], text: str) -> bool:
    mod = (km["mod"] or "").lower()
    if km["y"]:
        return True
    if not mod:
        return False
    if mod == "the":
        prev = _previous_word(text, km.start())
        return (prev[0].lower() if prev else "") in SEASON_PREPOSITIONS
    return True


def _weekday_ok(km: re.Match[str], text: str) -> bool:
    """Not a habitual plural ("on Sundays"), a newspaper ("Sunday Times") or a named day ("Bloody Sunday")."""
    prev = _previous_word(text, km.start())
    word = prev[0].lower() if prev else ""
    if km["d"].endswith("s") and word in ("on", "every", "most", "some", "all"):
        return False
    after = _NEXT_WORD.match(text[km.end() : km.end() + 30])
    if after and after.group(1) in NEWSPAPER_WORDS:
        return False
    if _MAIL_ON.search(text[max(0, km.start() - 20) : km.start()]):
        return False
    return bool(km["mod"]) or not (prev and word in NAMED_DAY_WORDS and prev[0][0].isupper())


def _is_name(word: tuple[str, int], text: str) -> bool:
    """A capitalised word that is not all capitals and does not start a sentence."""
    w, start = word
    return w[0].isupper() and not w.isupper() and not _at_sentence_start(text, start)


def _previous_word(text: str, start: int) -> tuple[str, int] | None:
    """The word just before `start` on the same line, with its offset."""
    lo = max(0, start - 40)
    m = _PREV_WORD.search(text[lo:start])
    return (m.group(1), lo + m.start(1)) if m else None


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, start - 20) : start]))


def _trim_start(kind: str, km: re.Match[str], text: str) -> int:
    """Leave a plain preposition ("in 2016") out of the span; keep "since"."""
    if kind in ("yr", "decade") and km["pre"] and km["pre"].lower() not in ("since", "from"):
        start = km.end("pre")
        while text[start].isspace():
            start += 1
        return start
    return km.start()


def _extend_since(text: str, start: int) -> int:
    m = _SINCE_BEFORE.search(text[max(0, start - 20) : start])
    return start - len(m.group(0)) if m else start


# ---------------------------------------------------------------------------------------------- resolving


def resolve_date(
    expression: str, *, published: date, anchor: date | None = None, same_day_weekday: bool = True
) -> DateValue | None:
    """The date or range `expression` stands for, against the publication date; None when unresolvable.

    `anchor` is the date that anchored expressions ("a day earlier", "two days later") count from. A bare
    weekday is `published` itself when it falls on that weekday and `same_day_weekday` is set (the default:
    "exploded Friday" / "on Friday" in a Friday article — TimeBank/AQUAINT values agree 0.82 with this rule,
    0.74 without, and the Guardian corpus writes "last Friday" for the week before), else the last such day
    strictly before `published`.
    Never raises on odd input.
    """
    if not isinstance(expression, str) or not isinstance(published, date):
        return None
    anchor = _as_date(anchor) if isinstance(anchor, date) else None
    ctx = Context(_as_date(published), anchor, same_day_weekday)
    try:
        span = _resolve_text(" ".join(expression.split()), ctx)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError):
        return None
    if span is None or not 1800 <= span[0].year <= ctx.published.year + 50:
        return None
    start, end, precision = span
    return DateValue(start, end if end != start else None, precision, text=expression)


def resolve_in_sentence(
    sentence: str,
    *,
    published: date,
    anchor: date | None = None,
    near: int | None = None,
    same_day_weekday: bool = True,
) -> DateValue | None:
    """Resolve the time expression of `sentence` nearest char offset `near` (ties: the one after it), else the
    first; when that one does not resolve, the next nearest."""
    mentions = find_date_expressions(sentence)
    if isinstance(near, int):
        mentions.sort(key=lambda m: (max(m.start - near, near - m.end, 0), m.end <= near))
    for mention in mentions:
        value = resolve_date(
            mention.text, published=published, anchor=anchor, same_day_weekday=same_day_weekday
        )
        if value is not None:
            return value
    return None


def is_dateline(text: str, start: int) -> bool:
    """Whether the expression at `start` dates the page, not an event: a capitalised metadata label before it
    ("Date of publication 16 October 2017", "Published April 29 2017", "Updated: 5 May") in scraped text."""
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 40), start))


def _as_date(d: date) -> date:
    return date(d.year, d.month, d.day) if isinstance(d, datetime) else d


def _resolve_text(expression: str, ctx: Context) -> P.Span | None:
    mentions = find_date_expressions(expression)
    core = mentions[0].text if mentions else expression
    since = _SINCE.match(core)
    if since:
        core = core[since.end() :]
    hit = _match_whole(core)
    if hit:
        span = RESOLVERS[hit[0]](hit[1], ctx)
    elif _BARE_YEAR.fullmatch(core):
        span = date(int(core), 1, 1), date(int(core), 12, 31), "year"
    else:
        span = _parse_explicit(core, ctx.published)
    if span is not None and since:
        return _since(span, ctx.published)
    return span


def _match_whole(core: str) -> tuple[str, re.Match[str]] | None:
    stripped = _STRIP.match(core)
    for candidate in (core, core[stripped.end() :]) if stripped else (core,):
        m = union_pattern().fullmatch(candidate)
        if m and m.lastgroup:
            km = kind_pattern(m.lastgroup).fullmatch(candidate)
            if km:
                return m.lastgroup, km
    return None


def _since(span: P.Span, published: date) -> P.Span | None:
    if span[0] > published:
        return None
    return span[0], published, P.precision_of_length(span[0], published)


def _parse_explicit(text: str, published: date) -> P.Span | None:
    """Explicit dates in formats the grammar lacks, through dateparser (slow; only as a fallback)."""
    if not _EXPLICIT.search(text) or len(text) > 60:
        return None
    from dateparser.date import DateDataParser

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # a third-party parser on arbitrary text: never let it raise
        return None
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return d.replace(day=1), P.month_end(d.year, d.month), "month"
    if data.period == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), "year"
    return d, None, "day"
