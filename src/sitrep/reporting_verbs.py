"""Verbs of saying (data/triggers/reporting_verbs.csv): one dictionary for every reading of a reporting verb.

News tells most events on someone's word, and the verb that gives the word shapes how the sentence is read. One
row per lemma says which readings it serves (one column each, "y" or empty):

- `speaker`: its complement clause is the subject's own words ("we", an agentless act in it are the subject's);
- `quote`: it attributes a quotation beside it ("'...', he recalled"); every speaker verb is also a quote verb;
- `report_date`: a date on it dates the report, whose day is the reference time of what it reports;
- `source_place`: a place in its speaker, addressee or "from" phrase is where the source is, not the event;
- `reported_conjunct`: a conjunct verb hung on it continues the clause it reports ("sources say X did Y but ...").

Used by sitrep.coding (coref, authorities, quotes, when_where, event_dates, arguments) and sitrep.geo.locate, so it sits
beside `datafiles` rather than in either package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .datafiles import data_path, read_table
from .errors import DictionaryError

USES = ("speaker", "quote", "report_date", "source_place", "reported_conjunct")
MARKS = frozenset({"", "y"})


@cache
def load_reporting_verbs(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Load and validate data/triggers/reporting_verbs.csv (or `path`): each use → the lemmas that serve it."""
    path = path or data_path("triggers/reporting_verbs.csv")
    lemmas: dict[str, list[str]] = {use: [] for use in USES}
    seen: set[str] = set()
    for line, row in read_table(path, required=("lemma", *USES, "note")):
        problem = _row_problem(row, seen)
        if problem:
            raise DictionaryError(str(path), line, problem)
        seen.add(row["lemma"])
        for use in USES:
            if row[use]:
                lemmas[use].append(row["lemma"])
    return {use: frozenset(words) for use, words in lemmas.items()}


def _row_problem(row: dict[str, str], seen: set[str]) -> str | None:
    """What is wrong with a row, or None."""
    lemma = row["lemma"]
    if not lemma or lemma != lemma.lower() or not lemma.isalpha():
        return f"lemma {lemma!r} must be one lower-case word"
    if lemma in seen:
        return f"lemma {lemma!r} is listed twice"
    bad = [use for use in USES if row[use] not in MARKS]
    if bad:
        return f"{', '.join(bad)} must be 'y' or empty"
    if not any(row[use] for use in USES):
        return f"lemma {lemma!r} serves no use; mark at least one of {', '.join(USES)}"
    if row["speaker"] and not row["quote"]:
        return f"speaker verb {lemma!r} must also be a quote verb"
    return None


def reporting_verbs(use: str, *, path: Path | None = None) -> frozenset[str]:
    """The lemmas that serve `use` (one of USES)."""
    if use not in USES:
        raise ValueError(f"unknown use {use!r}; expected one of {', '.join(USES)}")
    return load_reporting_verbs(path)[use]
