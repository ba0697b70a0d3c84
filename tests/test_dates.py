"""The temporal normalizer: finding time expressions and resolving them against the publication date.

Expected values are worked out by hand with a calendar (2017-05-25 is a Thursday, 2017-01-03 a Tuesday,
2023-08-18 a Friday).
"""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from conftest import shared_file
from sitrep.dates import DateMention, find_date_expressions, resolve_date, resolve_in_sentence
from sitrep.dates.grammar import load_quantities, load_seasons
from sitrep.errors import DictionaryError

SEED000_PUB = date(2023, 8, 18)
SEED002_PUB = date(2017, 5, 25)  # a Thursday
NEW_YEAR_PUB = date(2017, 1, 3)  # a Tuesday


def texts(text: str) -> list[str]:
    return [m.text for m in find_date_expressions(text)]


def span(expression: str, published: date, anchor: date | None = None) -> tuple[str, str | None, str]:
    value = resolve_date(expression, published=published, anchor=anchor)
    assert value is not None, expression
    return value.date.isoformat(), value.date_end.isoformat() if value.date_end else None, value.precision


# --- the seed articles -----------------------------------------------------------------------------------


def test_dates_seed000_expressions_found_in_article():
    text = shared_file("corpora", "seeds", "seed000.txt").read_text(encoding="utf-8")
    found = texts(text)
    for expected in (
        "August 17",
        "A day earlier",
        "August 16",
        "for the last two months",
        "Earlier this month",
    ):
        assert expected in found
    for m in find_date_expressions(text):
        assert text[m.start : m.end] == m.text


def test_dates_seed000_values():
    assert span("On August 17", SEED000_PUB) == ("2023-08-17", None, "day")
    assert span("A day earlier", SEED000_PUB, anchor=date(2023, 8, 17)) == ("2023-08-16", None, "day")
    assert span("on August 16", SEED000_PUB) == ("2023-08-16", None, "day")
    assert span("Earlier this month", SEED000_PUB) == ("2023-08-01", "2023-08-18", "month")
    assert span("for the last two months", SEED000_PUB) == ("2023-06-18", "2023-08-18", "month")


def test_dates_seed002_expressions_found_in_article():
    text = shared_file("corpora", "seeds", "seed002.txt").read_text(encoding="utf-8")
    found = [" ".join(t.split()) for t in texts(text)]
    for expected in (
        "last week",
        "last weeks",
        "May 18",
        "A few days later",
        "Tuesday",
        "last month",
        "in recent weeks",
        "this week",
        "last weekends",
        "earlier this year",
        "Last September",
    ):
        assert expected in found
    assert not any("hours" in t or "months" in t for t in found)  # "just hours before", "for months"


def test_dates_seed002_values():
    assert span("last week", SEED002_PUB) == ("2017-05-15", "2017-05-21", "week")
    assert span("Until last weeks strike", SEED002_PUB) == ("2017-05-15", "2017-05-21", "week")
    assert span("the May 18 air strike", SEED002_PUB) == ("2017-05-18", None, "day")
    assert span("Tuesday", SEED002_PUB) == ("2017-05-23", None, "day")
    assert span("this week", SEED002_PUB) == ("2017-05-22", "2017-05-25", "week")
    assert span("last    weekends", SEED002_PUB) == ("2017-05-20", "2017-05-21", "week")
    assert span("Last September", SEED002_PUB) == ("2016-09-01", "2016-09-30", "month")
    assert span("last month", SEED002_PUB) == ("2017-04-01", "2017-04-30", "month")
    assert span("earlier this year", SEED002_PUB) == ("2017-01-01", "2017-05-25", "year")
    assert span("in recent weeks", SEED002_PUB) == ("2017-05-04", "2017-05-25", "week")


def test_dates_span_of_air_strike_is_the_date_only():
    text = "In the May 18 air strike, U.S. F-16s hit a convoy."
    assert find_date_expressions(text) == [DateMention(7, 13, "May 18")]


def test_dates_value_text_is_the_expression_as_written():
    value = resolve_date("the May 18 air strike", published=SEED002_PUB)
    assert value is not None and value.text == "the May 18 air strike"


# --- weekdays --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Tuesday", "2017-05-23"),
        ("Thursday", "2017-05-25"),  # same weekday as publication → the publication day
        ("last Friday", "2017-05-19"),
        ("Sunday", "2017-05-21"),
        ("this Thursday", "2017-05-25"),
        ("this Monday", "2017-05-22"),
        ("next Monday", "2017-05-29"),
        ("today", "2017-05-25"),
        ("yesterday", "2017-05-24"),
        ("Monday's attack", "2017-05-22"),
    ],
)
def test_dates_weekdays_against_a_thursday(expression, expected):
    assert span(expression, SEED002_PUB) == (expected, None, "day")


def test_dates_same_day_weekday_option():
    assert span("Thursday", SEED002_PUB) == ("2017-05-25", None, "day")  # the default: same day
    value = resolve_date("Thursday", published=SEED002_PUB, same_day_weekday=False)
    assert value is not None and value.date == date(2017, 5, 18)
    value = resolve_date("Thursday", published=SEED002_PUB, same_day_weekday=True)
    assert value is not None and value.date == SEED002_PUB
    value = resolve_date("last Thursday", published=SEED002_PUB, same_day_weekday=True)
    assert value is not None and value.date == date(2017, 5, 18)
    value = resolve_date("Tuesday", published=SEED002_PUB, same_day_weekday=True)
    assert value is not None and value.date == date(2017, 5, 23)


def test_dates_weekday_across_new_year():
    assert span("on Friday", NEW_YEAR_PUB) == ("2016-12-30", None, "day")


def test_dates_weekday_with_date_picks_the_matching_year():
    # 2017-05-23 is a Tuesday, 2016-05-23 a Monday: the weekday decides even though the date is ahead.
    assert span("Tuesday, May 23", date(2017, 1, 10)) == ("2017-05-23", None, "day")


# --- calendar periods and year boundaries ------------------------------------------------------------------


def test_dates_year_boundary_last_week():
    assert span("last week", NEW_YEAR_PUB) == ("2016-12-26", "2017-01-01", "week")


def test_dates_year_boundary_months():
    assert span("in December", NEW_YEAR_PUB) == ("2016-12-01", "2016-12-31", "month")
    assert span("last month", NEW_YEAR_PUB) == ("2016-12-01", "2016-12-31", "month")
    assert span("December 30", NEW_YEAR_PUB) == ("2016-12-30", None, "day")
    assert span("last year", NEW_YEAR_PUB) == ("2016-01-01", "2016-12-31", "year")
    assert span("this week", NEW_YEAR_PUB) == ("2017-01-02", "2017-01-03", "week")


def test_dates_month_without_year_is_the_most_recent():
    assert span("in September", SEED002_PUB) == ("2016-09-01", "2016-09-30", "month")
    assert span("in May", SEED002_PUB) == ("2017-05-01", "2017-05-31", "month")
    assert span("last May", SEED002_PUB) == ("2016-05-01", "2016-05-31", "month")
    assert span("May 30", SEED002_PUB) == ("2016-05-30", None, "day")


def test_dates_parts_of_months_and_years():
    assert span("in mid-July", SEED002_PUB) == ("2016-07-11", "2016-07-21", "month")
    assert span("at the end of May", SEED002_PUB) == ("2017-05-22", "2017-05-31", "month")
    assert span("early March", SEED002_PUB) == ("2017-03-01", "2017-03-10", "month")
    assert span("late last year", SEED002_PUB) == ("2016-09-01", "2016-12-31", "month")


def test_dates_leap_day_without_year_goes_back_to_a_leap_year():
    assert span("Feb. 29", date(2017, 3, 1)) == ("2016-02-29", None, "day")


def test_dates_weekends():
    assert span("last weekend", SEED002_PUB) == ("2017-05-20", "2017-05-21", "week")
    assert span("over the weekend", date(2017, 5, 22)) == ("2017-05-20", "2017-05-21", "week")
    assert span("this weekend", SEED002_PUB) == ("2017-05-27", "2017-05-28", "week")


# --- explicit dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "2017-05-18",
        "18 May 2017",
        "May 18, 2017",
        "Thursday, May 18, 2017",
        "the 18th of May 2017",
        "05/18/2017",
        "18/05/2017",
        "18.05.2017",
        "May 18th",
        "Thursday 18 May",
    ],
)
def test_dates_explicit_day_formats(expression):
    assert span(expression, SEED002_PUB) == ("2017-05-18", None, "day")


def test_dates_dash_date_is_day_first_unless_the_second_number_is_over_12():
    assert texts("24-09-2013 Deadly blast hits Damascus") == ["24-09-2013"]
    assert span("24-09-2013", SEED002_PUB) == ("2013-09-24", None, "day")
    assert span("03-02-2013", SEED002_PUB) == ("2013-02-03", None, "day")  # ambiguous: dashes are day-first
    assert span("09-24-2013", SEED002_PUB) == ("2013-09-24", None, "day")
    assert texts("won 3-1-12 on aggregate") == []  # a two-digit year after dashes is not a date


def test_dates_ambiguous_slash_date_takes_the_reading_nearest_before_publication():
    march = date(2013, 3, 5)
    assert span("03/02/2013", march) == ("2013-03-02", None, "day")  # 2 March: 3 days before, 3 February: 30
    assert span("02/03/2013", march) == ("2013-03-02", None, "day")
    assert span("03/02/2013", date(2013, 2, 10)) == ("2013-02-03", None, "day")  # 2 March would be after it
    assert span("13/02/2013", march) == ("2013-02-13", None, "day")


def test_dates_year_of_a_noun_phrase():
    assert texts("the imprisonments of 2015 in Qaryatain") == ["2015"]
    assert texts("the uprising of 2011.") == ["2011"]
    assert texts("a population of 2000 people") == []


def test_dates_year_premodifier_after_a_or_a_possessive():
    assert texts("its complicity in a 2016 army coup") == ["2016"]
    assert texts("Trump's 2017 decision") == ["2017"]
    assert texts("Trump\u2019s 2017 decision") == ["2017"]


def test_dates_month_year_and_years():
    assert span("in May 2016", SEED002_PUB) == ("2016-05-01", "2016-05-31", "month")
    assert span("September of 2015", SEED002_PUB) == ("2015-09-01", "2015-09-30", "month")
    assert span("in 2016", SEED002_PUB) == ("2016-01-01", "2016-12-31", "year")
    assert span("between 2014 and 2016", SEED002_PUB) == ("2014-01-01", "2016-12-31", "year")
    assert span("the 1990s", SEED002_PUB) == ("1990-01-01", "1999-12-31", "year")


def test_dates_month_with_relative_year():
    assert texts("He left in August last year.") == ["August last year"]
    assert span("August last year", SEED002_PUB) == ("2016-08-01", "2016-08-31", "month")
    assert span("March this year", SEED002_PUB) == ("2017-03-01", "2017-03-31", "month")
    assert span("May the following year", SEED002_PUB, date(2014, 6, 1)) == (
        "2015-05-01",
        "2015-05-31",
        "month",
    )


def test_dates_span_leaves_out_plain_prepositions_but_keeps_since():
    assert texts("It happened in 2016 and again since 2011.") == ["2016", "since 2011"]
    assert texts("Fighting has raged since March.") == ["since March"]


def test_dates_since_is_a_range_to_publication():
    assert span("since March", SEED002_PUB) == ("2017-03-01", "2017-05-25", "month")
    assert span("since 2011", SEED002_PUB) == ("2011-01-01", "2017-05-25", "year")


def test_dates_day_ranges():
    assert span("May 18-20", SEED002_PUB) == ("2017-05-18", "2017-05-20", "day")


# --- relative and fuzzy expressions ----------------------------------------------------------------------


def test_dates_ago_expressions():
    assert span("three weeks ago", SEED002_PUB) == ("2017-05-04", None, "week")
    assert span("two days ago", SEED002_PUB) == ("2017-05-23", None, "day")
    assert span("a year ago", SEED002_PUB) == ("2016-05-25", None, "year")
    first, last, precision = span("months ago", SEED002_PUB)
    assert (first, last, precision) == ("2017-01-25", "2017-03-25", "month")


def test_dates_trailing_windows():
    assert span("over the past three weeks", SEED002_PUB) == ("2017-05-04", "2017-05-25", "week")
    assert span("in the past 24 hours", SEED002_PUB) == ("2017-05-24", "2017-05-25", "day")
    assert span("the past year", SEED002_PUB) == ("2016-05-25", "2017-05-25", "year")


def test_dates_seasons():
    assert span("in the spring", SEED002_PUB) == ("2017-03-01", "2017-05-31", "month")
    assert span("in the spring", date(2017, 2, 10)) == ("2016-03-01", "2016-05-31", "month")
    assert span("last summer", SEED002_PUB) == ("2016-06-01", "2016-08-31", "month")
    assert span("the winter of 2016", SEED002_PUB) == ("2016-12-01", "2017-02-28", "month")


def test_dates_quarters():
    assert span("the first quarter", SEED002_PUB) == ("2017-01-01", "2017-03-31", "month")
    assert span("the third quarter", SEED002_PUB) == ("2016-07-01", "2016-09-30", "month")


def test_dates_precision_follows_the_unit():
    assert span("yesterday", SEED002_PUB)[2] == "day"
    assert span("last week", SEED002_PUB)[2] == "week"
    assert span("last month", SEED002_PUB)[2] == "month"
    assert span("last year", SEED002_PUB)[2] == "year"


# --- anchors ---------------------------------------------------------------------------------------------


def test_dates_anchored_expressions_count_from_the_anchor():
    anchor = date(2017, 5, 18)
    assert span("the next day", SEED002_PUB, anchor) == ("2017-05-19", None, "day")
    assert span("two days later", SEED002_PUB, anchor) == ("2017-05-20", None, "day")
    assert span("the day before.", SEED002_PUB, anchor) == ("2017-05-17", None, "day")
    assert span("A few days later", SEED002_PUB, anchor) == ("2017-05-20", "2017-05-22", "day")
    assert span("the following week", SEED002_PUB, anchor) == ("2017-05-22", "2017-05-28", "week")
    assert span("later that day", SEED002_PUB, anchor) == ("2017-05-18", None, "day")


def test_dates_anchored_without_anchor_count_from_publication():
    assert span("a day earlier", SEED000_PUB) == ("2023-08-17", None, "day")


def test_dates_anchor_does_not_move_deictic_expressions():
    assert span("yesterday", SEED002_PUB, anchor=date(2017, 5, 1)) == ("2017-05-24", None, "day")
    assert span("last week", SEED002_PUB, anchor=date(2017, 5, 1)) == ("2017-05-15", "2017-05-21", "week")


def test_dates_before_followed_by_a_noun_is_not_anchored():
    assert texts("just hours before the U.S. air raid") == []
    assert texts("two days before the election") == []


# --- non-dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on Route 18 was halted.",
        "May I ask a question?",
        "Theresa May said Britain would act.",
        "Prime Minister Theresa May warned Moscow.",
        "The fighting lasted for hours.",
        "A 25-year-old man was killed.",
        "Militants killed 18 people and wounded 2,017 more.",
        "The Sunday Times reported the raid.",
        "Marchers gathered on Bloody Sunday anniversary.",
        "the fall of Aleppo changed the war",
        "Prices saw a sharp fall in exports.",
        "Russia Today broadcast the footage.",
        "He has been in office for two years.",
        "Markets open on Sundays.",
    ],
)
def test_dates_non_dates_are_not_found(text):
    assert texts(text) == []


def test_dates_march_needs_context_but_months_with_days_do_not():
    assert texts("March organisers said 2,000 people came.") == []
    assert texts("The protest on March 3 drew crowds.") == ["March 3"]


# --- sentences and odd input ----------------------------------------------------------------------------


def test_dates_resolve_in_sentence_picks_the_expression_nearest_the_trigger():
    sentence = "After talks on Monday had failed in Geneva, jets struck the town on Wednesday."
    trigger = sentence.index("struck")
    value = resolve_in_sentence(sentence, published=SEED002_PUB, near=trigger)
    assert value is not None and value.date == date(2017, 5, 24) and value.text == "Wednesday"
    first = resolve_in_sentence(sentence, published=SEED002_PUB)
    assert first is not None and first.date == date(2017, 5, 22)


def test_dates_resolve_in_sentence_without_expression_is_none():
    assert resolve_in_sentence("Jets struck the town.", published=SEED002_PUB) is None


@pytest.mark.parametrize(
    "expression",
    [
        "",
        "   ",
        "garbage words",
        "Route 18",
        "Feb 30",
        "May 35",
        "the 45th of Never",
        "9999-99-99",
        "\x00\ud800",
        "many years ago",
        "since",
        "2,017",
        "last",
        "the",
    ],
)
def test_dates_odd_input_returns_none(expression):
    assert resolve_date(expression, published=SEED002_PUB) is None


def test_dates_wrong_types_return_none():
    assert resolve_date(None, published=SEED002_PUB) is None  # type: ignore[arg-type]
    assert resolve_date("May 18", published=None) is None  # type: ignore[arg-type]
    assert find_date_expressions(None) == []  # type: ignore[arg-type]


def test_dates_datetime_publication_is_accepted():
    value = resolve_date("yesterday", published=datetime(2017, 5, 25, 23, 59))
    assert value is not None and value.date == date(2017, 5, 24) and type(value.date) is date


# --- data files and speed ---------------------------------------------------------------------------------


def test_dates_data_files_load():
    quantities = load_quantities()
    assert quantities["two"].value == 2 and not quantities["two"].vague
    assert quantities["a few"].vague and quantities["many"].value is None
    assert load_seasons()["winter"] == (12, 2)


def test_dates_bad_quantity_row_names_file_and_line(tmp_path):
    path = tmp_path / "quantities.csv"
    path.write_text("word,value,vague\ntwo,2,0\ntwo,3,0\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_quantities(path)
    assert err.value.line == 3


def test_dates_bad_season_month_is_rejected(tmp_path):
    path = tmp_path / "seasons.csv"
    path.write_text("season,first_month,last_month\nspring,3,13\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        load_seasons(path)


def test_dates_finder_is_fast_on_plain_text():
    text = shared_file("corpora", "seeds", "seed002.txt").read_text(encoding="utf-8") * 60  # ~600 KB
    find_date_expressions("May 18")
    started = time.perf_counter()
    found = find_date_expressions(text)
    elapsed = time.perf_counter() - started
    assert len(found) == 60 * 13  # the 13 expressions of the seed (see the seed002 tests)
    assert len(text) / elapsed > 250_000  # generous floor; typically > 1 MB/s


def test_dates_every_kind_has_a_resolver():
    from sitrep.dates.grammar import KIND_NAMES
    from sitrep.dates.resolvers import RESOLVERS

    assert set(KIND_NAMES) == set(RESOLVERS)


def test_dates_every_expression_holds_an_anchor_token_near_its_ends():
    # The finder only scans windows around anchor tokens; an expression without one would be missed.
    from sitrep.dates.grammar import ANCHOR_AFTER, ANCHOR_BEFORE, anchor_pattern, union_pattern

    sample = (
        "On Thursday, 18 May 2017, and on 05/18/2017, in mid-July, the third quarter, the 1990s, from 2014 "
        "to 2016, in 2016, in the spring, over the past three weeks, in recent weeks, three weeks ago, "
        "a few days later, the next morning, later that day, last weekend, the day before yesterday, "
        "throughout the very end of the past summer, over the next couple of years, hours afterwards."
    )
    matches = list(union_pattern().finditer(sample))
    assert len(matches) == 19  # counted by hand: one per comma-separated phrase
    for m in matches:
        anchors = list(anchor_pattern().finditer(sample, m.start(), m.end()))
        assert anchors, m.group()
        assert anchors[0].start() - m.start() <= ANCHOR_BEFORE and m.end() - anchors[-1].end() <= ANCHOR_AFTER


# --- TimeML values (timex) ---------------------------------------------------------------------------------

AP_PUB = date(1998, 8, 7)  # a Friday


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("Friday", "1998-08-07"),  # same day as the dispatch
        ("Thursday", "1998-08-06"),
        ("last week", "1998-W31"),
        ("this week", "1998-W32"),
        ("last month", "1998-07"),
        ("last year", "1997"),
        ("the 1990s", "199"),
        ("early 1990", "1990"),
        ("the third quarter", "1998-Q3"),  # Q3 1998 began on July 1, before the DCT
        ("the fourth quarter", "1997-Q4"),  # Q4 1998 has not begun: the last one that has
        ("three years", "P3Y"),
        ("the past two months", "P2M"),
        ("two-day", "P2D"),
        ("several weeks", "PXW"),
        ("more than four hours", "PT4H"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("this morning", "1998-08-07TMO"),
        ("10 p.m. Wednesday", "1998-08-05T22:00"),
        ("daily", "XXXX-XX-XX"),
        ("Nov. 21", "1998-11-21"),  # a month-day without a year: the occurrence nearest the DCT
        ("January", "1999-01"),
        ("summer", "1998-SU"),
    ],
)
def test_dates_timex_values(expression, value):
    from sitrep.dates import timex_value

    assert timex_value(expression, published=AP_PUB) == value


def test_dates_find_timexes_adds_durations_and_references_without_prepositions():
    from sitrep.dates import find_timexes

    text = "Talks lasted three days and ended on Friday; prices are now higher than in recent weeks."
    assert [m.text for m in find_timexes(text)] == ["three days", "Friday", "now", "recent weeks"]


def test_dates_expressions_are_remembered_per_text_and_copied():
    from sitrep.dates import find_date_expressions

    first = find_date_expressions("Jets struck on Tuesday, 3 March 2018.")
    first.append("junk")  # the caller's list is its own
    second = find_date_expressions("Jets struck on Tuesday, 3 March 2018.")
    assert "junk" not in second and [m.text for m in second] == [m.text for m in first[:-1]]
    assert any("March 2018" in m.text for m in second)


@pytest.mark.parametrize(
    "sentence",
    ["Hundreds died during the 2016 siege of Aleppo.", "Its 2014 offensive took Mosul.", "They led their 2017 push."],
)
def test_dates_year_premodifying_an_event_noun(sentence):
    """A year between a determiner and a noun dates what the noun names ("the 2016 siege")."""
    found = find_date_expressions(sentence)
    year = next(w for w in sentence.split() if w.isdigit())
    assert [m.text for m in found] == [year]
    value = resolve_date(found[0].text, published=date(2018, 1, 26))
    assert value is not None and (value.date, value.date_end) == (date(int(year), 1, 1), date(int(year), 12, 31))


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Date of publication 16 October 2017 Rebel shelling", 20, True),
        ("Published April 29 2017 At least four people were killed", 10, True),
        ("Updated: 5 May 2018 Jets struck", 9, True),
        ("Last updated at Oct 262016 BEIRUT Air strikes", 16, True),
        ("The report was published on Monday", 28, False),
        ("Rebels killed four civilians on Sunday", 32, False),
    ],
)
def test_dates_dateline_label_marks_a_page_date(text, start, expected):
    from sitrep.dates import is_dateline

    assert is_dateline(text, start) is expected


@pytest.mark.parametrize("day", range(9, 16))  # publication on each weekday, Monday 9 .. Sunday 15 October 2017
def test_dates_bare_weekday_is_the_last_such_day_up_to_publication(day):
    published = date(2017, 10, day)
    for weekday, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")):
        value = resolve_date(f"on {name}", published=published)
        back = (published.weekday() - weekday) % 7
        assert value is not None and value.date == date.fromordinal(published.toordinal() - back)
        assert value.date.weekday() == weekday and value.date <= published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last updated at Oct 262016 BEIRUT Air strikes", [("Oct 262016", date(2016, 10, 26))]),
        ("Published Wednesday, June 12016 A total of 14", [("Wednesday, June 12016", date(2016, 6, 1))]),
        ("the strike in Oct 2016 killed 262016 people", [("Oct 2016", date(2016, 10, 1))]),
        ("Oct 20166 residents", []),
    ],
)
def test_dates_glued_day_and_year_read_as_one_day(text, expected):
    """FA-KES stripped the comma of "Oct 26, 2016": a month's day glued to a 19xx/20xx year is that day; a month
    with its year alone, or a long number after it, is not misread."""
    found = find_date_expressions(text)
    got = [(m.text, resolve_date(m.text, published=date(2016, 10, 30))) for m in found]
    assert [(t, v.date if v else None) for t, v in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is six weeks since Muthana surrendered to Kurdish forces", ("six weeks since", date(2019, 1, 7))),
        ("It has been two years since rebels seized the town", ("two years since", date(2017, 2, 18))),
        ("In the two weeks since the attack, 50 people died", None),
        ("in the months since the attack", None),
    ],
)
def test_dates_time_since_dates_what_follows_since(text, expected):
    """ "It is six weeks since X": X happened six weeks before the reference date; "the (two) weeks since X" is a
    period up to now and dates nothing."""
    found = [(m.text, resolve_date(m.text, published=date(2019, 2, 18))) for m in find_date_expressions(text)]
    assert [(t, v.date if v else None) for t, v in found] == ([expected] if expected else [])
