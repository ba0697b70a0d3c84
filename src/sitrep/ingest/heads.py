"""An article's head kept apart from its first sentence: the dateline and the title put on their own lines.

Scraped articles often begin with a dateline ("Date of publication 16 October 2017", "Wed 05 Apr 2017",
"Reuters Monday 21 Apr 2014") and the headline glued to the lead sentence with no line break
("... Syrian Army Strikes Scores of Terrorists across Country The Syrian army continued ..."), so the parser reads
headline and dateline words as part of the lead's subject. A line break after the dateline, and before and after the
record's own title where the text repeats it near its start, keeps them apart (sentences never cross a line break).

Only a space is ever replaced by a newline, so the text keeps its length and every offset into it.
"""

from __future__ import annotations

import re

HEAD_CHARS = 400  # the title is looked for only this near the start of the text
TITLE_MIN_WORDS = 3  # a shorter title could match ordinary words of the lead
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_DATE = (
    rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4})"
)
_LEAD_IN = r"(?:date\s+of\s+publication|published(?:\s+on)?|posted\s+on|(?:last\s+)?updated(?:\s+at|\s+on)?)\s*:?\s+"
_AGENCY = r"(?:[A-Z][A-Za-z.]+\s+){0,2}"  # a wire name before the date: "AFP Friday 20 Jun 2014"
_TIME = r"(?:\s+at\s+\d{1,2}:?\d{2}(?:\s*[ap]\.?m\.?)?)?"
DATELINE = re.compile(
    rf"(?:(?i:{_LEAD_IN})|{_AGENCY})(?i:{_DATE}){_TIME}(?= [A-Z0-9\"“‘'])"
)
# a wire credit between the title and the lead ("... Title Reuters A suspected gas attack ...")
WIRE = re.compile(r"(?:AFP|AP|Reuters|SANA|DPA|Xinhua|Anadolu|TASS|UPI|IRNA|ANSA|EFE)(?= [A-Z0-9])")
_TITLE_SUFFIX = re.compile(r"\s+[-|–—]\s+")  # "Headline - Region - World - Ahram Online", "Headline | Jordan Times"


def separate_head(text: str, *, title: str | None = None) -> str:
    """`text` with a line break after a leading dateline and around the title where the head repeats it."""
    chars = list(text)
    _break_after_dateline(text, 0, chars)
    span = find_title(text, title) if title else None
    if span is not None:
        _break_at(chars, span[0] - 1)
        _break_at(chars, span[1])
        _break_after_dateline(text, span[1] + 1, chars)
    return "".join(chars)


def _break_after_dateline(text: str, start: int, chars: list[str]) -> None:
    """Put a line break after the dateline (or, after the title, a bare wire credit) that begins at `start`."""
    found = DATELINE.match(text, start) or (WIRE.match(text, start) if start else None)
    if found is not None:
        _break_at(chars, found.end())


def _break_at(chars: list[str], index: int) -> None:
    if 0 <= index < len(chars) and chars[index] == " ":
        chars[index] = "\n"


def find_title(text: str, title: str) -> tuple[int, int] | None:
    """The (start, end) of the title (or its part before a site suffix) in the head of `text`, on word bounds."""
    head = text[: HEAD_CHARS + len(title)]
    for candidate in (title.strip(), _TITLE_SUFFIX.split(title.strip())[0]):
        if len(candidate.split()) < TITLE_MIN_WORDS:
            continue
        found = re.search(rf"(?<!\S){re.escape(candidate)}(?![\w-])", head)
        if found is not None:
            return found.start(), found.end()
    return None
