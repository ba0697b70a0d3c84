"""TimeML (TIMEX3) view of time expressions: extents and normalised values, for TempEval-style evaluation.

`find_timexes` adds to `find_date_expressions` what TimeML also annotates — durations ("three years", "the
past two months", "two-day"), reference words ("now", "recently", "the future"), fiscal quarters
("third-quarter", "the latest quarter"), times of day ("Friday morning", "10 p.m.") and sets ("daily") — and
trims leading prepositions, which TimeML leaves out of an extent. `timex_value` gives the TIMEX3 value of one
expression against the document creation date: "1998-08-07", "1998-W32", "1998-08", "1998-Q3", "1998-SU",
"1998", "199" (a decade), "P3D", "PXY", "PAST_REF", "1998-08-07TMO", "XXXX-XX-XX". `resolve_date` keeps its
own contract; this module only reads its result.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..records import DateValue
from .grammar import load_quantities, load_seasons, month_number, weekday_number
from .normalize import DateMention, find_date_expressions, resolve_date
from .periods import month_end

REFERENCES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
}
UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})
DAY_PARTS = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
SET_WORDS = {
    "daily": "XXXX-XX-XX",
    "weekly": "XXXX-WXX",
    "monthly": "XXXX-XX",
    "annually": "XXXX",
    "yearly": "XXXX",
    "hourly": "PT1H",
    "quarterly": "XXXX-QX",
}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_LEADING = re.compile(r"(?i)(?:for|over|during|in|within|since|throughout|until|till|by|from|on|at|of)\s+")
_NUMBER = r"\d+(?:\.\d+)?(?:\s+1/2)?"
_MONTH_NAME = (
    r"(?P<m>jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|april|apr\.|may|june?|july?|aug(?:ust|\.)?|"
    r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_MONTH_DAY = re.compile(rf"{_MONTH_NAME}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?")
_DAY_MONTH = re.compile(rf"(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}")
_MONTH_ONLY = re.compile(
    r"(?P<m>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
)
_VAGUE_PAST = re.compile(
    r"(?:(?:several|a\s+few|few|some|many)\s+)?(?:years|months|weeks|days|decades)\s+ago"
    r"|(?:in\s+|of\s+)?(?:the\s+)?(?:most\s+)?(?:recent|past)\s+(?:days|weeks|months|years|decades)"
)
_PART = re.compile(
    r"(?i)^(?:the\s+)?(?:very\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?|"
    r"(?:early|late|mid)(?:\s*-\s*|\s+)(?:the\s+)?)(?!(?:19|20)\d0s)"
    r"|(?<=^the\s)(?:early|late|mid)(?:\s*-\s*|\s+)(?=(?:19|20)\d0s)"
    r"|^(?:early|late|mid)(?:\s*-\s*|\s+)(?=the\s+(?:19|20)\d0s)"
)
_DECADE = re.compile(r"(?:the\s+)?((?:19|20)\d0)s")


@cache
def _count_words() -> str:
    words = sorted(load_quantities(), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@cache
def _duration_pattern() -> re.Pattern[str]:
    """A counted duration: "three years", "the past two months", "more than four hours", "two-day"."""
    units = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?"
    return re.compile(
        rf"(?:the\s+(?:(?:past|last|next|previous|coming|first|final|latest|following)\s+)?)?"
        rf"(?:(?:nearly|almost|about|roughly|around|more\s+than|less\s+than|at\s+least|up\s+to|"
        rf"no\s+more\s+than|over|some|only|just)\s+)?"
        rf"(?P<n>{_NUMBER}|{_count_words()})(?:\s+and\s+a\s+half)?(?:\s*-\s*|\s+)(?:more\s+)?"
        rf"(?P<u>{units})(?:-old)?\b(?!\s+(?:ago|earlier|later|before|after|previously|afterwards?)\b)",
        re.IGNORECASE,
    )


@cache
def _extra_pattern() -> re.Pattern[str]:
    """Reference words, plural units after "for", quarters, times of day and sets."""
    refs = "|".join(sorted((re.escape(r).replace(r"\ ", r"\s+") for r in REFERENCES), key=len, reverse=True))
    days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    part = r"morning|afternoon|evening|night"
    return re.compile(
        rf"\b(?:(?P<quarter>(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:first|second|third|fourth)(?:\s*-\s*|\s+)quarter"
        rf"|the\s+(?:latest\s+|current\s+|previous\s+|year-ago\s+|year-earlier\s+)?quarter)"
        rf"|(?P<clock>(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight|midday)"
        rf"(?:\s+(?:(?:EST|EDT|GMT|local\s+time),?\s+)?(?:{days}|yesterday|today|tomorrow))?)"
        rf"|(?P<part>(?:(?:this|yesterday|tomorrow|last|{days})\s+)(?:{part})|overnight|mid-?\s?(?:morning|afternoon))"
        rf"|(?P<set>daily|weekly|monthly|annually|yearly|hourly|quarterly|(?:every|each|per)\s+(?:day|week|month|year))"
        rf"|(?<=\bfor\s)(?P<plural>years|months|weeks|days|decades|centuries|hours)"
        rf"|(?P<ref>{refs}))\b",
        re.IGNORECASE,
    )


# ---------------------------------------------------------------------------------------------- finding


def find_timexes(text: str) -> list[DateMention]:
    """TIMEX3-like extents in `text`, in order, without overlaps (the longer of two overlapping spans wins)."""
    found = [_trimmed(text, m.start, m.end) for m in find_date_expressions(text)]
    found += [(m.start(), m.end()) for m in _duration_pattern().finditer(text) if _duration_ok(text, m)]
    found += [(m.start(), m.end()) for m in _extra_pattern().finditer(text) if _extra_ok(text, m)]
    found.sort(key=lambda s: (s[0] - s[1], s[0]))
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if all(end <= a or start >= b for a, b in kept):
            kept.append((start, end))
    return [DateMention(a, b, text[a:b]) for a, b in sorted(kept)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING.match(text, start)
    return (m.end(), end) if m and m.end() < end else (start, end)


def _duration_ok(text: str, m: re.Match[str]) -> bool:
    """Not a bare "one" / "a" count of something else: the unit must follow; not a clock ("5 p.m.")."""
    return not (
        m.group("n").lower() in ("a", "an", "one", "some") and m.group("u").lower().startswith("second")
    )


def _extra_ok(text: str, m: re.Match[str]) -> bool:
    if m.group("ref"):
        word = " ".join(m.group("ref").lower().split())
        following = text[m.end() : m.end() + 12].lstrip().lower()
        if word in ("current", "recent", "future"):  # adjectives: only before a noun they date
            return not following.startswith(("account", "affairs", "events", "flow"))
        return not (word == "now" and following.startswith(("that", "defunct", "-")))
    return True


# ---------------------------------------------------------------------------------------------- values


def timex_value(
    expression: str, *, published: date, anchor: date | None = None, same_day_weekday: bool = True
) -> str | None:
    """The TIMEX3 value of one time expression against the document creation date; None when unknown."""
    if not isinstance(expression, str) or not isinstance(published, date):
        return None
    text = " ".join(expression.split())
    text = text[_trimmed(text, 0, len(text))[0] :]
    low = text.lower()
    for finder in (_reference_value, _set_value, _duration_value):
        value = finder(low)
        if value is not None:
            return value
    if _VAGUE_PAST.fullmatch(low):
        return "PAST_REF"
    whole = _PART.sub("", text).strip() or text  # "early 1990" has the value of 1990 (mod=START)
    special = _quarter_value(low, published) or _time_value(low, published)
    special = special or _nearest_value(whole.lower(), published)
    if special is not None:
        return special
    decade = _DECADE.fullmatch(whole)
    if decade:
        return decade.group(1)[:3]
    resolved = resolve_date(whole, published=published, anchor=anchor, same_day_weekday=same_day_weekday)
    return _date_value(resolved, low) if resolved is not None else None


def _nearest_value(low: str, published: date) -> str | None:
    """A month or month-day without a year: its occurrence nearest the creation date (TimeML practice: news
    names coming dates as often as past ones), "Nov. 21" in a 1989-11-02 document → 1989-11-21."""
    m = _MONTH_DAY.fullmatch(low) or _DAY_MONTH.fullmatch(low)
    if m:
        month, day = month_number(m.group("m")), int(m.group("d"))
        days = [
            d for y in (published.year - 1, published.year, published.year + 1) if (d := _day(y, month, day))
        ]
        return min(days, key=lambda d: abs((d - published).days)).isoformat() if days else None
    m = _MONTH_ONLY.fullmatch(low)
    if m is None:
        return None
    month = month_number(m.group("m"))
    index = min(
        (published.year * 12 + published.month - 1 + k for k in range(-6, 6)),
        key=lambda i: abs(i - (published.year * 12 + published.month - 1)) if i % 12 == month - 1 else 99,
    )
    return f"{index // 12}-{month:02d}"


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _reference_value(low: str) -> str | None:
    return REFERENCES.get(low)


def _set_value(low: str) -> str | None:
    if low in SET_WORDS:
        return SET_WORDS[low]
    m = re.fullmatch(r"(?:every|each|per)\s+(day|week|month|year)", low)
    return f"P1{UNIT_CODES[m.group(1)]}" if m else None


def _duration_value(low: str) -> str | None:
    """P3D, PT2H, PXY ("several years", "weeks"), P2Y6M ("2 1/2 years")."""
    if low in ("years", "months", "weeks", "days", "decades", "centuries", "hours"):
        unit = _unit(low)
        return f"{'PT' if unit in TIME_UNITS else 'P'}X{UNIT_CODES[unit]}"
    m = _duration_pattern().fullmatch(low)
    if m is None:
        return None
    unit = _unit(m.group("u"))
    prefix = "PT" if unit in TIME_UNITS else "P"
    count = _duration_count(m.group("n"), half="and a half" in low or "1/2" in m.group("n"))
    return f"{prefix}{count}{UNIT_CODES[unit]}"


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def _duration_count(word: str, *, half: bool) -> str:
    """The count of a duration: digits, a count word's value, or X when vague."""
    key = " ".join(word.lower().replace("1/2", "").split())
    if key.replace(".", "", 1).isdigit():
        number = float(key) + (0.5 if half else 0.0)
    else:
        q = load_quantities().get(key)
        if q is None or q.value is None or q.vague:
            return "X"
        number = q.value + (0.5 if half else 0.0)
    return str(int(number)) if number == int(number) else str(number)


def _quarter_value(low: str, published: date) -> str | None:
    m = re.fullmatch(
        r"(?:the\s+)?(?:((?:19|20)\d\d)\s+)?(first|second|third|fourth)(?:\s*-\s*|\s+)quarter", low
    )
    if m:
        q = QUARTER_WORDS[m.group(2)]
        year = int(m.group(1)) if m.group(1) else published.year
        if not m.group(1) and date(year, 3 * q - 2, 1) > published:
            year -= 1
        return f"{year}-Q{q}"
    m = re.fullmatch(r"the\s+(latest\s+|current\s+|previous\s+|year-ago\s+|year-earlier\s+)?quarter", low)
    if not m:
        return None
    year, q = published.year, (published.month - 1) // 3  # the last quarter that has ended
    if q == 0:
        year, q = year - 1, 4
    if m.group(1) and m.group(1).strip() in ("year-ago", "year-earlier"):
        year -= 1
    return f"{year}-Q{q}"


def _time_value(low: str, published: date) -> str | None:
    """Times of day: "this morning" → 1998-08-07TMO, "10 p.m. Wednesday" → 1998-08-05T22:00."""
    clock = re.match(r"(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?|noon|midday|midnight", low)
    part = next((code for word, code in DAY_PARTS.items() if re.search(rf"\b{word}\b", low)), None)
    if clock is None and part is None:
        return None
    day = _day_of(low, published)
    if clock is None:
        return f"{day.isoformat()}T{part}"
    if clock.group(0) in ("noon", "midday"):
        return f"{day.isoformat()}T12:00"
    if clock.group(0) == "midnight":
        return f"{day.isoformat()}T24:00"
    hour = int(clock.group(1)) % 12 + (12 if clock.group(3) == "p" else 0)
    return f"{day.isoformat()}T{hour:02d}:{clock.group(2) or '00'}"


def _day_of(low: str, published: date) -> date:
    if "yesterday" in low or "last night" in low:
        return published - timedelta(days=1)
    if "tomorrow" in low:
        return published + timedelta(days=1)
    m = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", low)
    if m:
        back = (published.weekday() - weekday_number(m.group(1))) % 7
        return published - timedelta(days=back)
    return published


def _date_value(value: DateValue, low: str) -> str:
    """The TIMEX3 value of a resolved date or range, at the granularity its precision says."""
    start, end = value.date, value.date_end
    if value.precision == "week" and "week" in low and not re.search(r"\d|\bdays?\b", low):
        iso = start.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}{'-WE' if 'weekend' in low else ''}"
    if value.precision in ("day", "publication") or (end is None and value.precision == "week"):
        return start.isoformat()
    if value.precision == "week":
        iso = start.isocalendar()
        weekend = "-WE" if "weekend" in low else ""
        return f"{iso[0]}-W{iso[1]:02d}{weekend}"
    if value.precision == "month":
        return _month_value(start, end, low)
    if end is not None and (end.year - start.year) >= 9 and start.year % 10 == 0:
        return str(start.year)[:3]
    return str(start.year)


def _month_value(start: date, end: date | None, low: str) -> str:
    season = next(
        (code for word, code in SEASON_CODES.items() if word in low and word in load_seasons()), None
    )
    if season is not None:
        return f"{start.year}-{season}"
    if end is not None and start.day == 1 and end == month_end(end.year, end.month):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months == 3 and start.month % 3 == 1:
            return f"{start.year}-Q{start.month // 3 + 1}"
        if months == 12:
            return str(start.year)
    return f"{start.year}-{start.month:02d}"
