"""One resolver per kind of time expression (see `grammar`): the kind's match → (first day, last day, precision)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from . import periods as P
from .grammar import load_quantities, load_seasons, month_number
from .grammar import weekday_number as weekday_of


@dataclass(frozen=True)
class Context:
    """What relative expressions count from."""

    published: date
    anchor: date | None
    same_day_weekday: bool = False

    @property
    def base(self) -> date:
        return self.anchor or self.published


# Counts ("two", "a few") -----------------------------------------------------------------------------


def _count(word: str | None) -> tuple[int, bool] | None:
    """(value, vague) for a count word or number; a missing count is vague ("days later" ≈ 3 days)."""
    if word is None:
        return _recent(), True
    key = " ".join(word.lower().split())
    if key.isdigit():
        return int(key), False
    q = load_quantities().get(key)
    return (q.value, q.vague) if q and q.value is not None else None


def _recent() -> int:
    q = load_quantities().get("recent")
    return q.value if q and q.value else 3


def _offset(base: date, unit: str, n: int, vague: bool, sign: int) -> P.Span:
    """`base` moved n units back (sign -1) or forward (+1): a point, or a range n±1 when vague."""
    precision = P.UNIT_PRECISION[unit]
    if unit == "hour":
        unit, n = "day", math.floor(n / 24 + 0.5)
    if not vague:
        return P.shift(base, unit, sign * n), None, precision
    a, b = P.shift(base, unit, sign * (n - 1)), P.shift(base, unit, sign * (n + 1))
    return min(a, b), max(a, b), precision


# Explicit dates ----------------------------------------------------------------------------------------


def _two_digit_year(y: str, published: date) -> int:
    if len(y) == 4:
        return int(y)
    full = 2000 + int(y)
    return full if full <= published.year + 1 else full - 100


def _r_iso(km: re.Match[str], ctx: Context) -> P.Span:
    return date(int(km["y"]), int(km["m"]), int(km["d"])), None, "day"


def _r_num(km: re.Match[str], ctx: Context) -> P.Span | None:
    """"6/4/2017", "06.04.2017": see `numeric_date`."""
    a, b, y = int(km["a"]), int(km["b"]), _two_digit_year(km["y"], ctx.published)
    return numeric_date(a, b, y, separator=km["sep"], published=ctx.published)


def _r_dash(km: re.Match[str], ctx: Context) -> P.Span | None:
    """"24-09-2013": see `numeric_date`."""
    return numeric_date(int(km["a"]), int(km["b"]), int(km["y"]), separator="-", published=ctx.published)


def numeric_date(a: int, b: int, year: int, *, separator: str, published: date) -> P.Span | None:
    """The day of an all-number date "a<sep>b<sep>year". A number over 12 is the day. Otherwise dots and dashes
    are day-first (the European, Middle Eastern and Asian convention; US writers use slashes), and an ambiguous
    slash date ("03/02/2013") takes the reading nearest the publication date among those not after it (a
    text dates its own day or the past), else the nearest."""
    day_first, month_first = _valid_day(year, b, a), _valid_day(year, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        found = day_first or month_first
        return (found, None, "day") if found else None
    if separator in ".-":
        return day_first, None, "day"
    readings = sorted((day_first, month_first), key=lambda d: (d > published, abs((d - published).days)))
    return readings[0], None, "day"


def _day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _month_day(month: int, day: int, year: str | None, published: date, weekday: int | None) -> date:
    """The dated day; without a year, the one nearest `published` whose weekday agrees with the text's, else
    its most recent occurrence on or before `published`."""
    if year:
        return date(int(year), month, day)
    if weekday is not None:
        near = [published.year, published.year + 1, published.year - 1]
        fits = [d for d in (_valid_day(y, month, day) for y in near) if d and d.weekday() == weekday]
        if fits:
            return min(fits, key=lambda d: abs((d - published).days))
    for y in range(published.year, published.year - 9, -1):
        d = _valid_day(y, month, day)
        if d and d <= published:
            return d
    raise ValueError("no such day")


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _r_md(km: re.Match[str], ctx: Context) -> P.Span:
    return _day_range(km, km["d"], km["d2"], ctx)


def _r_glued(km: re.Match[str], ctx: Context) -> P.Span:
    return _day_range(km, km["d"], None, ctx)


def _r_dm(km: re.Match[str], ctx: Context) -> P.Span:
    return _day_range(km, km["d0"], km["d"], ctx)


def _day_range(km: re.Match[str], first: str, last: str | None, ctx: Context) -> P.Span:
    m = month_number(km["m"])
    weekday = weekday_of(km["wd"]) if km["wd"] else None
    start = _month_day(m, _day_number(first), km["y"], ctx.published, weekday)
    if last is None:
        return start, None, "day"
    end = date(start.year, m, _day_number(last))
    return (start, end, "day") if end > start else (start, None, "day")


def _r_mon(km: re.Match[str], ctx: Context) -> P.Span:
    month, p = month_number(km["m"]), ctx.published
    mod = " ".join((km["mod"] or "").lower().split())
    if km["y"]:
        year = int(km["y"])
    elif km["ry"]:
        year = _relative_year(km["ry"], ctx)
    elif mod == "last":
        year = p.year if month < p.month else p.year - 1
    elif mod == "next":
        year = p.year if month > p.month else p.year + 1
    elif mod == "this":
        year = p.year
    else:
        year = p.year if month <= p.month else p.year - 1
    start, end = date(year, month, 1), P.month_end(year, month)
    if mod and mod not in ("last", "next", "this"):
        start, end = P.part(start, end, mod)
    return start, end, "month"


def _relative_year(word: str, ctx: Context) -> int:
    """The year of "this/last/next/that/the following year"; "that" and "the following" count from the anchor."""
    word = " ".join(word.lower().split())
    base = ctx.base.year if word in ("that", "the following") else ctx.published.year
    return base + {"last": -1, "next": 1, "the following": 1}.get(word, 0)


def _r_quarter(km: re.Match[str], ctx: Context) -> P.Span:
    q = _QUARTERS[km["q"].lower()]
    p = ctx.published
    rel = (km["rel"] or "").lower()
    year = int(km["y"]) if km["y"] else p.year + {"last": -1, "next": 1}.get(rel, 0)
    if not km["y"] and not rel and date(year, 3 * q - 2, 1) > p:
        year -= 1
    return date(year, 3 * q - 2, 1), P.month_end(year, 3 * q), "month"


def _r_year_range(km: re.Match[str], ctx: Context) -> P.Span | None:
    first, last = int(km["y"]), int(km["y2"])
    return (date(first, 1, 1), date(last, 12, 31), "year") if last > first else None


def _r_decade(km: re.Match[str], ctx: Context) -> P.Span:
    y = int(km["y"])
    start, end = date(y, 1, 1), date(y + 9, 12, 31)
    if km["mod"]:
        start, end = P.part(start, end, km["mod"])
    return start, end, "year"


def _r_year(km: re.Match[str], ctx: Context) -> P.Span:
    y = int(km["y"])
    start, end = date(y, 1, 1), date(y, 12, 31)
    mod = " ".join((km["mod1"] or km["mod2"] or "").lower().split())
    if mod and mod != "the year":
        start, end = P.part(start, end, mod)
        return start, end, "month"
    return start, end, "year"


def _pick_season(name: str, mod: str, year: str | None, p: date) -> tuple[date, date]:
    first, last = load_seasons()[name.lower()]

    def instance(y: int) -> tuple[date, date]:
        end_year = y + 1 if last < first else y
        return date(y, first, 1), P.month_end(end_year, last)

    if year:
        return instance(int(year))
    candidates = [instance(y) for y in range(p.year - 2, p.year + 2)]
    if mod.endswith(("last", "past", "previous")):
        return max(c for c in candidates if c[1] < p)
    if mod.endswith(("next", "coming")):
        return min(c for c in candidates if c[0] > p)
    if mod.endswith("this"):
        holding = [c for c in candidates if c[0] <= p <= c[1]]
        return holding[0] if holding else instance(p.year)
    return max(c for c in candidates if c[0] <= p)


def _r_season(km: re.Match[str], ctx: Context) -> P.Span:
    mod = " ".join((km["mod"] or "").lower().split())
    start, end = _pick_season(km["s"], mod, km["y"], ctx.published)
    which = re.match(r"(?:the\s+)?(?:very\s+)?(early|late|mid|end|beginning|start|middle)\b", mod)
    if which:
        start, end = P.part(start, end, which.group(1))
    return start, end, "month"


# Relative expressions ----------------------------------------------------------------------------------


def _r_dur(km: re.Match[str], ctx: Context) -> P.Span | None:
    count = _count(km["n"])
    if count is None:
        return None
    unit, p = P.unit_of(km["u"]), ctx.published
    n = math.ceil(count[0] / 24) if unit == "hour" else count[0]
    shift_unit = "day" if unit == "hour" else unit
    if km["mod"].lower() in ("coming", "next"):
        return p, P.shift(p, shift_unit, n), P.UNIT_PRECISION[unit]
    return P.shift(p, shift_unit, -n), p, P.UNIT_PRECISION[unit]


def _r_rec(km: re.Match[str], ctx: Context) -> P.Span:
    unit, p = P.unit_of(km["u"]), ctx.published
    return P.shift(p, unit, -_recent()), p, P.UNIT_PRECISION[unit]


def _r_ago(km: re.Match[str], ctx: Context) -> P.Span | None:
    count = _count(km["n"])
    if count is None:
        return None
    return _offset(ctx.published, P.unit_of(km["u"]), count[0], count[1], -1)


_QUARTERS = MappingProxyType(
    {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
)
_BACKWARD = ("earlier", "previously", "before", "prior", "previous", "preceding")


def _r_anchored(km: re.Match[str], ctx: Context) -> P.Span | None:
    base = ctx.base
    if km["u"]:
        count = _count(km["n"])
        sign = -1 if km["dir"].lower() in _BACKWARD else 1
        return _offset(base, P.unit_of(km["u"]), count[0], count[1], sign) if count else None
    if km["u3"]:
        unit = P.unit_of(km["u3"])
        return (*P.period(base, unit), P.UNIT_PRECISION[unit])
    unit = P.unit_of(km["u2"] or km["u4"])
    sign = -1 if (km["which"] or km["dir4"]).lower() in _BACKWARD else 1
    if unit == "weekend":
        return (*(P.weekend_before(base) if sign < 0 else P.weekend_after(base)), "week")
    return (*P.period(P.shift(base, unit, sign), unit), P.UNIT_PRECISION[unit])


def _r_rel(km: re.Match[str], ctx: Context) -> P.Span | None:
    mod = " ".join(km["mod"].lower().replace("-", " ").split())
    unit, p = P.unit_of(km["u"]), ctx.published
    precision = P.UNIT_PRECISION[unit]
    if km["u"].lower().endswith("s") and mod == "past":
        return P.shift(p, unit, -_recent()), p, precision
    part = re.match(r"(early|late|mid) (last|this|next)$", mod)
    if part:
        start, end = _relative_period(part.group(2), unit, p)
        return (*P.part(start, end, part.group(1)), "month" if unit in ("year", "decade") else precision)
    return (*_relative_period(mod, unit, p), precision)


def _relative_period(mod: str, unit: str, p: date) -> tuple[date, date]:
    """ "last"/"this"/"next"/"the past"... + unit, against the publication date."""
    if unit == "weekend":
        if mod in ("this", "current", "the current"):
            return P.period(p, "weekend")
        if mod == "the":
            return P.recent_weekend(p)
        return P.weekend_after(p) if mod in ("next", "coming") else P.weekend_before(p)
    if unit in ("fortnight", "decade") and mod in (
        "last",
        "previous",
        "past",
        "the past",
        "the last",
        "this past",
    ):
        return P.shift(p, unit, -1), p
    start, end = P.period(p, unit)
    if mod in ("last", "previous"):
        return P.period(P.shift(p, unit, -1), unit)
    if mod in ("next", "coming"):
        return P.period(P.shift(p, unit, 1), unit)
    if mod in ("past", "the past", "the last", "this past"):
        return P.shift(p, unit, -1), p
    if mod == "later this":
        return p, end
    return start, p


def _r_deictic(km: re.Match[str], ctx: Context) -> P.Span:
    word = " ".join(km["w"].lower().split())
    days = {
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }.get(word, 0)
    return ctx.published + timedelta(days=days), None, "day"


def _r_weekday(km: re.Match[str], ctx: Context) -> P.Span:
    wd, p = weekday_of(km["d"]), ctx.published
    mod = " ".join((km["mod"] or "").lower().split())
    if mod == "this":
        return p - timedelta(days=p.weekday() - wd), None, "day"
    if mod in ("next", "coming", "this coming"):
        return p + timedelta(days=(wd - p.weekday()) % 7 or 7), None, "day"
    back = (p.weekday() - wd) % 7 or (0 if ctx.same_day_weekday and mod in ("", "on") else 7)
    return p - timedelta(days=back), None, "day"


RESOLVERS: Mapping[str, Callable[[re.Match[str], Context], P.Span | None]] = MappingProxyType(
    {
        "iso": _r_iso,
        "ymd": _r_iso,
        "num": _r_num,
        "dash": _r_dash,
        "glued": _r_glued,
        "md": _r_md,
        "dm": _r_dm,
        "mon": _r_mon,
        "quarter": _r_quarter,
        "decade": _r_decade,
        "yr": _r_year,
        "yrange": _r_year_range,
        "season": _r_season,
        "dur": _r_dur,
        "rec": _r_rec,
        "ago": _r_ago,
        "anc": _r_anchored,
        "rel": _r_rel,
        "deic": _r_deictic,
        "wd": _r_weekday,
    }
)
