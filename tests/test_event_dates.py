"""Tests for sitrep.coding.event_dates: which of a sentence's date expressions dates an event. The parses are built
by hand (conftest.make_doc), so the tests exercise the rules, not a model."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from conftest import make_doc, with_tags
from sitrep.coding.event_dates import event_date, sentence_dates

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
    ("the", "the", "DET", "det", 11),
    ("fall", "fall", "NOUN", "dobj", 10),
    ("of", "of", "ADP", "prep", 12),
    ("Aleppo", "Aleppo", "PROPN", "pobj", 13),
    ("in", "in", "ADP", "prep", 10),
    ("2016", "2016", "NUM", "pobj", 15),
]


def _state() -> SimpleNamespace:
    return SimpleNamespace(published=PUBLISHED, anchor=None)


def test_event_dates_sibling_clause_date_does_not_date_a_verb():
    doc = make_doc(ACCUSE_ROWS)
    accusing = event_date(doc[7], state=_state())
    assert (accusing.date, accusing.precision) == (PUBLISHED, "publication")
    falling = event_date(doc[12], state=_state())  # the fall itself is dated by its own clause
    assert (falling.date, falling.date_end) == (date(2016, 1, 1), date(2016, 12, 31))


def test_event_dates_anchored_expression_counts_from_the_date_before_it():
    # "Aleppo fell in 2016 after rebels lost a road six months earlier"
    words = [
        "Aleppo",
        "fell",
        "in",
        "2016",
        "after",
        "rebels",
        "lost",
        "a",
        "road",
        "six",
        "months",
        "earlier",
    ]
    doc = make_doc([(w, w.lower(), "X", "dep", 0) for w in words])
    values = [v for _span, v in sentence_dates(doc[:], published=PUBLISHED, anchor=date(2017, 10, 1))]
    assert [v.date for v in values] == [date(2016, 1, 1), date(2015, 7, 1)]


# "Turkey said on Tuesday that its jets had struck Afrin" (Tuesday = 2018-01-23 for a Friday paper)
STRUCK_ROWS = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Tuesday", "Tuesday", "PROPN", "pobj", 2),
    ("that", "that", "SCONJ", "mark", 8),
    ("its", "its", "PRON", "poss", 6),
    ("jets", "jet", "NOUN", "nsubj", 8),
    ("had", "have", "AUX", "aux", 8),
    ("struck", "strike", "VERB", "ccomp", 1),
    ("Afrin", "Afrin", "PROPN", "dobj", 8),
]
# "On Sunday , the coalition said it was working to set up a force"
WORKING_ROWS = [
    ("On", "on", "ADP", "prep", 5),
    ("Sunday", "Sunday", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 5),
    ("the", "the", "DET", "det", 4),
    ("coalition", "coalition", "NOUN", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    ("it", "it", "PRON", "nsubj", 8),
    ("was", "be", "AUX", "aux", 8),
    ("working", "work", "VERB", "ccomp", 5),
]


def test_event_dates_reported_past_event_ends_on_the_report_day():
    doc = with_tags(make_doc(STRUCK_ROWS), {1: "VBD", 7: "VBD", 8: "VBN"})
    struck = event_date(doc[8], state=_state())
    assert (struck.date, struck.date_end, struck.precision) == (date(2018, 1, 22), date(2018, 1, 23), "day")
    assert struck.text == "Tuesday"


def test_event_dates_reported_present_event_takes_the_report_day():
    doc = with_tags(make_doc(WORKING_ROWS), {5: "VBD", 7: "VBD", 8: "VBG"})
    working = event_date(doc[8], state=_state())
    assert (working.date, working.date_end, working.precision) == (date(2018, 1, 21), None, "day")


def test_event_dates_report_day_does_not_date_the_report_subject_clause():
    # "Turkey" is not under "said": only what the report's complement holds is dated by the report's day
    doc = with_tags(make_doc(STRUCK_ROWS), {1: "VBD", 7: "VBD", 8: "VBN"})
    assert event_date(doc[9], state=_state()).date == date(2018, 1, 23)  # a noun in it: the report's day
    outside = event_date(doc[0], state=_state())
    assert (outside.date, outside.precision) == (PUBLISHED, "publication")


# "Date of publication 16 October 2017 Rebel shelling killed four civilians on Sunday" (a scraped page's dateline)
DATELINE_ROWS = [
    ("Date", "date", "NOUN", "npadvmod", 8),
    ("of", "of", "ADP", "prep", 0),
    ("publication", "publication", "NOUN", "pobj", 1),
    ("16", "16", "NUM", "nummod", 4),
    ("October", "October", "PROPN", "appos", 2),
    ("2017", "2017", "NUM", "nummod", 4),
    ("Rebel", "rebel", "NOUN", "compound", 7),
    ("shelling", "shelling", "NOUN", "nsubj", 8),
    ("killed", "kill", "VERB", "ROOT", 8),
    ("four", "four", "NUM", "nummod", 10),
    ("civilians", "civilian", "NOUN", "dobj", 8),
    ("on", "on", "ADP", "prep", 8),
    ("Sunday", "Sunday", "PROPN", "pobj", 11),
]


def test_event_dates_dateline_does_not_date_the_event():
    doc = make_doc(DATELINE_ROWS)
    state = SimpleNamespace(published=date(2017, 10, 16), anchor=None)
    shelling = event_date(doc[7], state=state)  # the dateline is nearer the trigger than "on Sunday"
    assert (shelling.date, shelling.precision, shelling.text) == (date(2017, 10, 15), "day", "Sunday")
    assert [value.text for _, value in sentence_dates(doc[:].sent, published=state.published, anchor=None)] == [
        "Sunday"
    ]


# "Erdogan condemned the US over its complicity in a 2016 coup"
COUP_ROWS = [
    ("Erdogan", "Erdogan", "PROPN", "nsubj", 1),
    ("condemned", "condemn", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("US", "US", "PROPN", "dobj", 1),
    ("over", "over", "ADP", "prep", 1),
    ("its", "its", "PRON", "poss", 6),
    ("complicity", "complicity", "NOUN", "pobj", 4),
    ("in", "in", "ADP", "prep", 6),
    ("a", "a", "DET", "det", 10),
    ("2016", "2016", "NUM", "nummod", 10),
    ("coup", "coup", "NOUN", "pobj", 7),
]


def test_event_dates_year_in_another_nouns_phrase_dates_only_that_noun():
    doc = make_doc(COUP_ROWS)
    condemned = event_date(doc[1], state=_state())
    assert (condemned.date, condemned.precision) == (PUBLISHED, "publication")
    coup = event_date(doc[10], state=_state())
    assert (coup.date, coup.date_end, coup.precision) == (date(2016, 1, 1), date(2016, 12, 31), "year")


# "Turkey warned on Sunday that countries that negotiated a deal would suffer"
RELATIVE_ROWS = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("warned", "warn", "VERB", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Sunday", "Sunday", "PROPN", "pobj", 2),
    ("that", "that", "SCONJ", "mark", 11),
    ("countries", "country", "NOUN", "nsubj", 11),
    ("that", "that", "PRON", "nsubj", 7),
    ("negotiated", "negotiate", "VERB", "relcl", 5),
    ("a", "a", "DET", "det", 9),
    ("deal", "deal", "NOUN", "dobj", 7),
    ("would", "would", "AUX", "aux", 11),
    ("suffer", "suffer", "VERB", "ccomp", 1),
]
# "The offensive , which began in January , stalled"
OFFENSIVE_ROWS = [
    ("The", "the", "DET", "det", 1),
    ("offensive", "offensive", "NOUN", "nsubj", 8),
    (",", ",", "PUNCT", "punct", 1),
    ("which", "which", "PRON", "nsubj", 4),
    ("began", "begin", "VERB", "relcl", 1),
    ("in", "in", "ADP", "prep", 4),
    ("January", "January", "PROPN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 1),
    ("stalled", "stall", "VERB", "ROOT", 8),
]


def test_event_dates_relative_clause_keeps_its_own_time():
    doc = make_doc(RELATIVE_ROWS)
    negotiated = event_date(doc[7], state=_state())
    assert (negotiated.date, negotiated.precision) == (PUBLISHED, "publication")
    assert event_date(doc[1], state=_state()).date == date(2018, 1, 21)  # the Sunday before Friday 26 January
    offensive = make_doc(OFFENSIVE_ROWS)
    assert event_date(offensive[1], state=_state()).date == date(2018, 1, 1)  # a relative clause on the trigger
    stalled = event_date(offensive[8], state=_state())
    assert stalled.precision == "publication"


# "The town fell in 2015 ; Isis destroyed a monastery and imprisoned many", parsed as the small model does: the
# first clause a complement of "destroyed", so its year is in another branch than "imprisoned"
CONJUNCT_ROWS = [
    ("The", "the", "DET", "det", 1),
    ("town", "town", "NOUN", "nsubj", 2),
    ("fell", "fall", "VERB", "ccomp", 7),
    ("in", "in", "ADP", "prep", 2),
    ("2015", "2015", "NUM", "pobj", 3),
    (";", ";", "PUNCT", "punct", 7),
    ("Isis", "Isis", "PROPN", "nsubj", 7),
    ("destroyed", "destroy", "VERB", "ROOT", 7),
    ("a", "a", "DET", "det", 9),
    ("monastery", "monastery", "NOUN", "dobj", 7),
    ("and", "and", "CCONJ", "cc", 7),
    ("imprisoned", "imprison", "VERB", "conj", 7),
    ("many", "many", "ADJ", "dobj", 11),
]


def test_event_dates_conjoined_verb_of_the_same_tense_shares_the_date():
    doc = with_tags(make_doc(CONJUNCT_ROWS), {2: "VBD", 7: "VBD", 11: "VBD"})
    imprisoned = event_date(doc[11], state=_state())
    assert (imprisoned.date, imprisoned.precision) == (date(2015, 1, 1), "year")
    present = with_tags(make_doc(CONJUNCT_ROWS), {2: "VBD", 7: "VBD", 11: "VBZ"})  # "... and imprisons many"
    assert event_date(present[11], state=_state()).precision == "publication"


def test_event_dates_interval_dates_the_embedded_event_from_the_main_one():
    """ "Forces shelled the town on Monday two weeks after rebels kidnapped peacekeepers": Monday dates the
    shelling, the kidnapping lies two weeks before it."""
    doc = make_doc([
        ("Forces", "force", "NOUN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("town", "town", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
        ("Monday", "Monday", "PROPN", "pobj", 4), ("two", "two", "NUM", "nummod", 7),
        ("weeks", "week", "NOUN", "npadvmod", 10), ("after", "after", "SCONJ", "mark", 10),
        ("rebels", "rebel", "NOUN", "nsubj", 10), ("kidnapped", "kidnap", "VERB", "advcl", 1),
        ("peacekeepers", "peacekeeper", "NOUN", "dobj", 10),
    ])
    assert event_date(doc[1], state=_state()).date == date(2018, 1, 22)
    kidnapped = event_date(doc[10], state=_state())
    assert (kidnapped.date, kidnapped.precision, kidnapped.text) == (date(2018, 1, 8), "week", "two weeks after")


def test_event_dates_interval_dates_the_main_event_from_the_embedded_one():
    """ "Rebels launched the assault three days before the army captured the town on January 5": the date in the
    "before" clause is the capture's; the assault (the verb's object noun) is three days earlier."""
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "nsubj", 1), ("launched", "launch", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("assault", "assault", "NOUN", "dobj", 1), ("three", "three", "NUM", "nummod", 5),
        ("days", "day", "NOUN", "npadvmod", 9), ("before", "before", "SCONJ", "mark", 9),
        ("the", "the", "DET", "det", 8), ("army", "army", "NOUN", "nsubj", 9), ("captured", "capture", "VERB", "advcl", 1),
        ("the", "the", "DET", "det", 11), ("town", "town", "NOUN", "dobj", 9), ("on", "on", "ADP", "prep", 9),
        ("January", "January", "PROPN", "pobj", 12), ("5", "5", "NUM", "nummod", 13),
    ])
    assert event_date(doc[9], state=_state()).date == date(2018, 1, 5)
    assault = event_date(doc[3], state=_state())
    assert (assault.date, assault.precision) == (date(2018, 1, 2), "day")


def test_event_dates_interval_moves_a_publication_date_by_weeks_not_days():
    """ "The offensive came a month after Nusra expelled Hazm": undated news, so the expulsion is about a month
    before publication; "days after" says nothing the publication date does not."""
    rows = [
        ("The", "the", "DET", "det", 1), ("offensive", "offensive", "NOUN", "nsubj", 2),
        ("came", "come", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4), ("month", "month", "NOUN", "npadvmod", 7),
        ("after", "after", "SCONJ", "mark", 7), ("Nusra", "Nusra", "PROPN", "nsubj", 7),
        ("expelled", "expel", "VERB", "advcl", 2), ("Hazm", "Hazm", "PROPN", "dobj", 7),
    ]
    expelled = event_date(make_doc(rows)[7], state=_state())
    assert (expelled.date, expelled.precision) == (date(2017, 12, 26), "month")
    days = [("days", "day", "NOUN", "npadvmod", 7) if i == 4 else r for i, r in enumerate(rows) if i != 3]
    days = [(w, lemma, pos, dep, head - 1 if head > 3 else head) for w, lemma, pos, dep, head in days]
    assert event_date(make_doc(days)[6], state=_state()).precision == "publication"
