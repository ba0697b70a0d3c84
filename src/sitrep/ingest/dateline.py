"""The date an article's own dateline gives ("AFP Friday 20 Jun 2014 A car bomb ...", "24-09-2013 Deadly Blast
Hits ...", "Date of publication 16 October 2017 ..."), which outranks the publication date of the record's
metadata.

A dateline is what the writer's "on Friday", "yesterday" and "last week" count from, and it is printed on the page
itself; a record's date field is often another date (the crawl, the dataset's own event date, a parse of the URL).
In the FA-KES corpus 170 of 605 datelined articles carry a metadata date other than their dateline's, some of them
before the events the article reports. Only a full date with a year, at the very start of the text or just after
the title the text repeats, counts.
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import find_date_expressions, resolve_date
from .heads import DATELINE, find_title

DATELINE_CHARS = 120  # a dateline is read within this many characters of where it starts
# "Oct 262016": FA-KES stripped the comma of "Oct 26, 2016", gluing the day to the year
GLUED_DAY = re.compile(r"\b((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:[12]\d|3[01]|0?[1-9]))"
                       r"((?:19|20)\d\d)(?!\d)")


def dateline_date(text: str, *, title: str | None = None, published: date | None = None) -> date | None:
    """The day of the dateline that opens `text` (or follows its repeated `title`), else None.

    `text` is the cleaned text before `heads.separate_head` breaks its lines; `published` only resolves a
    dateline that lacks its weekday's year (never needed for the full dates a dateline holds)."""
    starts = [0]
    span = find_title(text, title) if title else None
    if span is not None:
        starts.append(span[1] + 1)
    for start in starts:
        found = DATELINE.match(unglue_day(text[start : start + DATELINE_CHARS]))
        if found is not None:
            return _day_of(found.group(0), published or date.today())
    return None


def unglue_day(text: str) -> str:
    """`text` with a day glued to its year ("Oct 262016") written apart ("Oct 26 2016")."""
    return GLUED_DAY.sub(r"\1 \2", text)


def _day_of(dateline: str, published: date) -> date | None:
    """The last day-precision date written in the dateline's text."""
    for mention in reversed(find_date_expressions(dateline)):
        value = resolve_date(mention.text, published=published, same_day_weekday=True)
        if value is not None and value.precision == "day" and value.date_end is None:
            return value.date
    return None
