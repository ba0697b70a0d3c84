"""Tests for coding.offset_dates: an interval ("two months after the fall of Aleppo") ties two events' dates
(hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

from conftest import make_doc
from sitrep.coding.offset_dates import main_link, offset_link, shifted
from sitrep.records import DateValue

# "The army retook the city two months after the fall of Aleppo"
RETOOK_ROWS = [
    ("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 2), ("retook", "retake", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4), ("city", "city", "NOUN", "dobj", 2), ("two", "two", "NUM", "nummod", 6),
    ("months", "month", "NOUN", "npadvmod", 7), ("after", "after", "ADP", "prep", 2), ("the", "the", "DET", "det", 9),
    ("fall", "fall", "NOUN", "pobj", 7), ("of", "of", "ADP", "prep", 9), ("Aleppo", "Aleppo", "PROPN", "pobj", 10),
]


def test_offset_dates_a_noun_after_an_interval_is_the_embedded_event():
    doc = make_doc(RETOOK_ROWS)
    link = offset_link(doc[9])
    assert link is not None and (link.main, link.phrase(), link.word) == (doc[2], "two months", "after")
    assert main_link(doc[2]) == link
    assert offset_link(doc[4]) is None and main_link(doc[9]) is None


def test_offset_dates_shifted_moves_across_the_interval_no_finer_than_the_date():
    doc = make_doc(RETOOK_ROWS)
    link = offset_link(doc[9])
    assert link is not None
    december = DateValue(date(2016, 12, 1), date(2016, 12, 31), precision="month")
    retook = shifted(december, link, to_embedded=False)
    assert retook == DateValue(date(2017, 2, 1), date(2017, 2, 28), precision="month", text="two months after")
    day = DateValue(date(2017, 2, 20), precision="day")
    fall = shifted(day, link, to_embedded=True)
    assert fall is not None and (fall.date, fall.precision) == (date(2016, 12, 20), "month")
