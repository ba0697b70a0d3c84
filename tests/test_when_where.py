"""Tests for sitrep.coding.when_where: which of a sentence's date expressions dates an event. The parses are built
by hand (conftest.make_doc), so the tests exercise the rules, not a model."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from conftest import make_doc
from sitrep.coding.when_where import event_date, sentence_dates

PUBLISHED = date(2018, 1, 26)

# "Rebels resent the YPG , which they accuse , helping precipitate the fall of Aleppo in 2016"
ACCUSE_ROWS = [
    ("Rebels", "rebel", "NOUN", "nsubj", 1),
    ("resent", "resent", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("YPG", "YPG", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 3),
    ("which", "which", "PRON", "dobj", 7),
    ("they", "they", "PRON", "nsubj", 7),
    ("accuse", "accuse", "VERB", "relcl", 3),
    (",", ",", "PUNCT", "punct", 1),
    ("helping", "help", "VERB", "aux", 10),
    ("precipitate", "precipitate", "VERB", "ccomp", 1),
    ("the", "the", "DET", "det", 12),
    ("fall", "fall", "NOUN", "dobj", 10),
    ("of", "of", "ADP", "prep", 12),
    ("Aleppo", "Aleppo", "PROPN", "pobj", 13),
    ("in", "in", "ADP", "prep", 10),
    ("2016", "2016", "NUM", "pobj", 15),
]


def _state() -> SimpleNamespace:
    return SimpleNamespace(published=PUBLISHED, anchor=None)


def test_when_where_sibling_clause_date_does_not_date_a_verb():
    doc = make_doc(ACCUSE_ROWS)
    accusing = event_date(doc[7], state=_state())
    assert (accusing.date, accusing.precision) == (PUBLISHED, "publication")
    falling = event_date(doc[12], state=_state())  # the fall itself is dated by its own clause
    assert (falling.date, falling.date_end) == (date(2016, 1, 1), date(2016, 12, 31))


def test_when_where_anchored_expression_counts_from_the_date_before_it():
    # "Aleppo fell in 2016 after rebels lost a road six months earlier"
    words = ["Aleppo", "fell", "in", "2016", "after", "rebels", "lost", "a", "road", "six", "months", "earlier"]
    doc = make_doc([(w, w.lower(), "X", "dep", 0) for w in words])
    values = [v for _span, v in sentence_dates(doc[:], published=PUBLISHED, anchor=date(2017, 10, 1))]
    assert [v.date for v in values] == [date(2016, 1, 1), date(2015, 7, 1)]
