"""Actor phrase segments: a noun phrase cut into the pieces `coding.actors` reads, each with its dictionary matches.

The phrase is cleaned (quantities such as "up to" before a number and short bracketed asides are dropped), matched
against the dictionary once, and cut before prepositions, relative pronouns, auxiliaries and punctuation, never
inside a known name: "forces backed by Iran's IRGC in Syria" is a head ("forces"), a sponsor complement ("backed by
Iran's IRGC") and a locative one ("in Syria"). The first segment holds the head; each later one is kinded by the
word that opens it (sponsor, led, of, from, in, other, punct). The cut of a phrase is remembered by its text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from .actor_dictionary import SPONSOR_WORDS, ActorDictionary, Match, Term, _find_terms, _normalize

__all__ = ["REGIONS", "Segment", "as_head", "forget_oldest", "phrase_segments"]

_BOUNDARY = re.compile(
    r"(?=[\s;:()\[\]—–,])"  # no branch starts elsewhere: the scan skips the other positions quickly
    rf"(?:\s+(?P<sponsor>(?:{SPONSOR_WORDS}|tied|loyal|close|beholden|answerable)\s+(?:by|to|with))\b"
    r"|\s+(?P<led>led\s+by)\b|\s+(?P<of>of)\b|\s+(?P<from>from)\b"
    r"|\s+(?P<in>(?:(?:based|located|headquartered|stationed)\s+)?(?:in|inside|within|throughout))\b"
    r"|\s+(?P<other>at|near|on|inside|across|along|around|outside|within|into|onto|against|for|during|after"
    r"|before|who|whom|which|that|whose|while|when|where|as|under|over|with|without|through|toward|towards|to|by"
    r"|and\s+(?:their|its|his|her)|is|are|was|were|has|have|had)\b"
    r"|(?P<punct>\s*(?:[;:()\[\]—–]|,(?!\d))|\s+-\s+))",
    re.I,
)
_DIGIT = re.compile(r"\d")
_QUANTITY = re.compile(r"\b(?:up to|as many as|more than|fewer than|less than|at least)\s+(?=\d)", re.I)
_ASIDE = re.compile(r"(?<=[\w.'])\s*\([^()]{1,40}\)")  # "Revolutionary United Front (RUF)", "(Freedom)"
# the world regions an intergovernmental body may be named after ("the Asia-Pacific Economic Cooperation forum");
# a phrase with no dictionary term names an actor only as such a body, so one without a region is not cut
REGIONS = (
    r"Asia|Asian|Pacific|Africa|African|Arab|Europe|European|Atlantic|Gulf|Americas|Inter-American"
    r"|Latin American|Caribbean|Nordic|Baltic|Balkan|Mediterranean|Commonwealth|Eurasian|Black Sea|Indian Ocean"
    r"|Andean|Sahel|Amazon"
)
_REGION_NAME = re.compile(REGIONS)  # (anywhere: a phrase without one holds no regional body)
_UNKNOWN = object()


@dataclass
class Segment:
    kind: str  # head, sponsor, led, of, from, other, punct
    start: int
    end: int
    matches: list[Match]
    text: str


def as_head(seg: Segment) -> Segment:
    """The segment read as the head of a phrase of its own ("backed by Iran" read as "Iran")."""
    return Segment("head", seg.start, seg.end, seg.matches, seg.text)


def phrase_segments(text: str, d: ActorDictionary) -> tuple[list[Segment] | None, bool]:
    """The phrase cut into segments with their dictionary matches (None when it is empty), and whether a date
    can change its reading (some institution or person it may name has dated rows: `when` only picks such rows);
    remembered by text, since they depend on nothing else (the segments are only read afterwards)."""
    memo = d.phrase_memo
    found = memo.get(text, _UNKNOWN)
    if found is not _UNKNOWN:
        return found
    if len(memo) >= MEMO_LIMIT:
        forget_oldest(memo)
    clean = _normalize(text)
    if _DIGIT.search(clean):  # both clean-ups need a digit or a bracket: skip their scans when there is none
        clean = _QUANTITY.sub("", clean)
    if "(" in clean:
        clean = _ASIDE.sub("", clean)
    matches = _find_terms(clean, d) if clean else []
    # with no dictionary term, only a regional body can be read (`_read_head`): without one, skip the cutting
    segments = _segments(clean, matches) if clean and (matches or _REGION_NAME.search(clean)) else None
    terms = [t for seg in segments or () for m in seg.matches for t in (m.term, *m.alts)]
    found = memo[text] = (segments, any(_has_dated_rows(t, d) for t in terms))
    return found


MEMO_LIMIT = 20_000  # remembered phrase cuts


def forget_oldest(memo: dict[Any, Any]) -> None:
    """Drop the older half of a memo (a dict keeps insertion order): the phrases of recent articles stay."""
    for key in list(itertools.islice(memo, len(memo) // 2)):
        del memo[key]


def _has_dated_rows(term: Term, d: ActorDictionary) -> bool:
    if term.kind == "inst":
        return any(row.valid_from or row.valid_to for row in d.institutions.get(term.key, ()))
    if term.kind in ("person", "surname"):
        return any(row.valid_from or row.valid_to for row in d.people.get(term.key, ()))
    return False


def _segments(text: str, matches: list[Match]) -> list[Segment]:
    cuts: list[tuple[int, int, str]] = []
    for b in _BOUNDARY.finditer(text):
        start, end = b.span()
        if start > 0 and not any(m.start < end and start < m.end for m in matches):  # never inside a name
            cuts.append((start, end, b.lastgroup or "other"))
    spans, pos, kind = [], 0, "head"
    for start, end, next_kind in cuts:
        spans.append((pos, start, kind))
        pos, kind = end, next_kind
    spans.append((pos, len(text), kind))
    return [
        Segment(k, s, e, [m for m in matches if s <= m.start and m.end <= e], text[s:e]) for s, e, k in spans
    ]
