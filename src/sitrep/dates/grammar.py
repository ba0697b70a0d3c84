"""The grammar of English news time expressions: one regular expression per kind of expression.

Each kind ("md" = "May 18, 2017", "rel" = "last week", ...) is a pattern with named groups. The finder scans text
with one union of all kinds (named groups removed, each kind wrapped in a group named after it, so `lastgroup`
says which kind matched); the resolver re-matches the kind's own pattern to read its groups. Count words and
seasons come from data/dates/*.csv. Compiled patterns are built once per process by cached loaders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..datafiles import data_path, read_table
from ..errors import DictionaryError

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNITS = "hours?|days?|weeks?|fortnights?|months?|years?|decades?"


@dataclass(frozen=True)
class Quantity:
    """What a count word stands for: `value` units (None: not resolvable), `vague` when approximate."""

    value: int | None
    vague: bool


@cache
def load_quantities(path: Path | None = None) -> dict[str, Quantity]:
    """Load and validate data/dates/quantities.csv (or `path`): count word → Quantity."""
    path = path or data_path("dates/quantities.csv")
    table: dict[str, Quantity] = {}
    for line, row in read_table(path, required=("word", "value", "vague")):
        word = " ".join(row["word"].lower().split())
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", word):
            raise DictionaryError(str(path), line, f"word {row['word']!r} must be letters and single spaces")
        if row["value"] and not row["value"].isdigit():
            raise DictionaryError(str(path), line, "value must be a whole number or empty")
        if row["vague"] not in ("0", "1"):
            raise DictionaryError(str(path), line, "vague must be 0 or 1")
        if word in table:
            raise DictionaryError(str(path), line, f"duplicate word {word!r}")
        table[word] = Quantity(int(row["value"]) if row["value"] else None, row["vague"] == "1")
    return table


@cache
def load_seasons(path: Path | None = None) -> dict[str, tuple[int, int]]:
    """Load and validate data/dates/seasons.csv (or `path`): season → (first month, last month)."""
    path = path or data_path("dates/seasons.csv")
    table: dict[str, tuple[int, int]] = {}
    for line, row in read_table(path, required=("season", "first_month", "last_month")):
        months = (row["first_month"], row["last_month"])
        if not all(m.isdigit() and 1 <= int(m) <= 12 for m in months):
            raise DictionaryError(str(path), line, "first_month and last_month must be 1..12")
        if not row["season"].isalpha() or row["season"].lower() in table:
            raise DictionaryError(str(path), line, f"bad or duplicate season {row['season']!r}")
        table[row["season"].lower()] = (int(months[0]), int(months[1]))
    return table


def _words(words: list[str]) -> str:
    """An alternation of phrases, longest first, with flexible spaces."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def _pieces() -> dict[str, str]:
    full = "|".join(MONTHS + tuple(m.upper() for m in MONTHS))
    abbr = "|".join(MONTH_ABBREVIATIONS)
    days = "|".join(WEEKDAYS + tuple(d.upper() for d in WEEKDAYS))
    return {
        "MONTH": rf"(?-i:(?:{'|'.join(MONTHS)})\b)",
        "MONTHX": rf"(?-i:(?:{full})\b|(?:{abbr})(?:\.|\b))",
        "WEEKDAY": rf"(?-i:(?:{days})\b)",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)(?!\d)",
        "YEAR": r"(?:19|20)\d\d(?!\d|[,./\u2013-]\d|%)",
        "NUM": rf"(?:\d{{1,3}}(?![\d,.]\d)|(?:{_words(list(load_quantities()))})\b)",
        "SEASON": "|".join(sorted(load_seasons(), key=len, reverse=True)),
        "PART": r"early|late|mid(?=[\s-])|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s+of",
        "OF_END": r"(?=\s*(?:[,.;:!?)\u2014]|$)|\s+(?:in|at|on|against|and|or|by|when|that|which|was|were|is|are|had|"
        r"has|have|as|to|from|with|for|after|before)\b)",
    }


_AFTER_PUNCT = r"(?=\s*(?:[,.;:!?)\u2014]|$))"

# Kind → pattern, in the order the union tries them (earlier kinds win at the same position).
_KINDS = (
    ("iso", r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    ("ymd", r"(?<![\d/])(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])"),
    (
        "num",
        r"(?<![\d/.])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<b>0?[1-9]|[12]\d|3[01])[/.]"
        r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)",
    ),
    # "24-09-2013": dashes only with a four-digit year (a two-digit one reads like a score or a code)
    (
        "dash",
        r"(?<![\d/.-])(?P<a>0?[1-9]|[12]\d|3[01])-(?P<b>0?[1-9]|[12]\d|3[01])-(?P<y>(?:19|20)\d\d)(?![\d-])",
    ),
    # "Oct 262016": a day glued to its year where a corpus stripped the comma of "Oct 26, 2016"
    (
        "glued",
        r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTHX})\s+(?P<d>[12]\d|3[01]|0?[1-9])(?P<y>(?:19|20)\d\d)(?![\d,.]?\d)",
    ),
    (
        "md",
        r"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<m>{MONTHX})\s*(?P<d>{DAY})"
        r"(?:\s*[-\u2013]\s*(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?",
    ),
    (
        "dm",
        r"(?<![\d.,$\u00a3\u20ac])(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d0>{DAY})"
        r"(?:\s*[-\u2013]\s*(?P<d>{DAY}))?(?:\s+of)?\s+(?P<m>{MONTHX})(?:,?\s+(?P<y>{YEAR}))?",
    ),
    (
        "mon",
        r"(?:(?P<mod>last|this|next|{PART})(?:\s*-\s*|\s+))?(?P<m>{MONTHX})"
        r"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?:of\s+)?(?P<ry>this|last|next|that|the\s+following)\s+year\b)?",
    ),
    (
        "quarter",
        r"the\s+(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
        r"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year))?",
    ),
    (
        "decade",
        r"(?:(?P<pre>since|in|during|by|until|through|throughout)\s+)?the\s+"
        r"(?:(?P<mod>early|late|mid)(?:\s*-\s*|\s+))?(?P<y>(?:19|20)\d0)(?-i:s)\b",
    ),
    (
        "yrange",
        r"(?:(?P<pre>from|between|since)\s+)?(?P<y>(?:19|20)\d\d)\s*(?P<sep>[-\u2013]|to|and|until|till|through)"
        r"\s*(?P<y2>(?:19|20)\d\d)(?![\d%])",
    ),
    (
        "yr",
        r"(?:(?P<pre>in|into|since|by|until|till|from|through|throughout|during|before|after|between|"
        r"of(?=\s+{YEAR}{OF_END}))\s+"  # "the uprising of 2011": "of" only before a year that ends the phrase
        r"(?:(?P<mod1>{PART}|(?:the\s+)?(?:first|second)\s+half\s+of|the\s+year)(?:\s*-\s*|\s+))?"
        r"|(?P<mod2>{PART}|(?:the\s+)?(?:first|second)\s+half\s+of|the\s+year)(?:\s*-\s*|\s+)"
        r"|(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\ba\s)|(?<='s\s)|(?<=\u2019s\s))"
        r"(?={YEAR}\s+[a-z]))"  # "the 2016 siege", "a 2016 coup", "Trump's 2017 decision": a premodifier
        r"(?P<y>{YEAR})(?!\s*[-\u2013/]\s*\d)",
    ),
    (
        "season",
        r"(?:(?P<mod>(?:early|late|mid)(?:\s+(?:last|this|next))?|last|this|next|the\s+same|"
        r"the\s+(?:past|last|previous|coming|next)|(?:the\s+)?(?:end|beginning|start|middle)\s+of"
        r"(?:\s+(?:the|last|this|next))?|the)(?:\s*-\s*|\s+))?(?P<s>{SEASON})\b"
        r"(?:(?:\s+of)?,?\s+(?P<y>{YEAR}))?(?!\s+of\s+(?!(?:19|20)\d\d))",
    ),
    (
        "dur",
        r"(?:(?:for|over|during|in|within|throughout)\s+)?the\s+(?P<mod>last|past|previous|coming|next)\s+"
        r"(?:(?P<n>{NUM})\s+)?(?P<u>hours|days|weeks|fortnights|months|years|decades)\b",
    ),
    (
        "rec",
        r"(?:(?:in|over|during|for|of)\s+)?(?:the\s+)?(?:most\s+)?recent\s+(?P<u>days|weeks|months|years)\b",
    ),
    # "six weeks ago"; "it is six weeks since she surrendered": what follows "since" happened that long ago
    ("ago", r"(?:(?P<n>{NUM})\s+)?(?P<u>" + UNITS + r")\s+(?:ago\b|since\b(?!\s+(?:(?:19|20)\d\d|{MONTHX}|{WEEKDAY})))"),
    (
        "anc",
        r"(?:(?:(?P<n>{NUM})\s+)?(?P<u>" + UNITS + r")\s+"
        r"(?P<dir>earlier|later|afterwards?|previously|(?:before|after|prior)" + _AFTER_PUNCT + r")"
        r"|the\s+(?P<which>next|following|previous|preceding|prior)\s+"
        r"(?P<u2>day|morning|afternoon|evening|night|weekend|week|month|year)"
        r"|(?:(?P<at>later|earlier)\s+)?(?:that|the\s+same)\s+(?P<u3>day|morning|afternoon|evening|night|"
        r"weekend|week|month|year)"
        r"|the\s+(?P<u4>day|week|month|year)\s+(?P<dir4>before|after|prior)" + _AFTER_PUNCT + r")\b",
    ),
    (
        "rel",
        r"(?P<mod>last|this|next|past|previous|coming|current|(?:earlier|later)\s+this|so\s+far\s+this|"
        r"this\s+past|(?:early|late|mid)(?:\s*-\s*|\s+)(?:last|this|next)|the\s+(?:past|last|current)|"
        r"the(?=\s+weekend\b))\s+"
        r"(?P<u>weekends?|weeks?|months?|years?|fortnight|quarter|decade)\b",
    ),
    (
        "deic",
        r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|"
        r"tonight|last\s+night)\b",
    ),
    (
        "wd",
        r"(?:(?P<mod>this\s+past|this\s+coming|last|this|next|past|coming)\s+)?(?P<d>(?-i:(?:"
        + "|".join(WEEKDAYS)
        + r")s?)\b)",
    ),
)

KIND_NAMES = tuple(kind for kind, _ in _KINDS)
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@cache
def kind_pattern(kind: str) -> re.Pattern[str]:
    """The compiled pattern of one kind of expression, with its named groups."""
    source = dict(_KINDS)[kind].format(**_pieces())
    return re.compile(source, re.IGNORECASE)


@cache
def union_pattern() -> re.Pattern[str]:
    """One pattern for all kinds; `match.lastgroup` names the kind that matched."""
    parts = [f"(?P<{k}>{_NAMED_GROUP.sub('(?:', kind_pattern(k).pattern)})" for k in KIND_NAMES]
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE)


ANCHOR_BEFORE = 50
ANCHOR_AFTER = 30


@cache
def anchor_pattern() -> re.Pattern[str]:
    """Tokens every expression contains (a month, weekday, unit, season or deictic word, a year, a numeric date).

    No expression starts more than ANCHOR_BEFORE characters before its first anchor or ends more than
    ANCHOR_AFTER after its last, so the finder only runs the (slow) union around anchors.
    """
    days = tuple(f"{d}s?" for d in WEEKDAYS + tuple(d.upper() for d in WEEKDAYS))
    names = MONTHS + MONTH_ABBREVIATIONS + tuple(m.upper() for m in MONTHS) + days
    words = UNITS.split("|") + [
        "weekends?",
        "quarter",
        "morning",
        "afternoon",
        "evening",
        "night",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        *load_seasons(),
    ]
    cased = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)
    return re.compile(rf"\b(?:{'|'.join(names)}|{cased})\b|\d\d\d\d|\d[/.-]\d")


def month_number(token: str) -> int:
    """1..12 for a month name or abbreviation ("Sept.", "MAY"); ValueError otherwise."""
    key = token.strip(". ").lower()[:3]
    for i, name in enumerate(MONTHS, start=1):
        if name.lower().startswith(key) and len(key) == 3:
            return i
    raise ValueError(f"not a month: {token!r}")


def weekday_number(token: str) -> int:
    """0 (Monday)..6 for a weekday name, plural or not; ValueError otherwise."""
    key = token.lower().rstrip("s")
    for i, name in enumerate(WEEKDAYS):
        if name.lower().rstrip("s") == key:
            return i
    raise ValueError(f"not a weekday: {token!r}")
