"""Tests for coding.told_dates: an incident told again takes the date the story gave it (hand-built Docs and
events, no model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from conftest import parsed_doc
from sitrep.coding.told_dates import date_headlines, date_told_incidents, told_incident
from sitrep.records import DateValue, Event, Evidence

PUBLISHED = DateValue(date(2016, 10, 4), precision="publication")
MONDAY = DateValue(date(2016, 10, 3), precision="day", text="Monday")


def story() -> Doc:
    """ "A bomb killed 30 on Monday . The blast wounded 90 . Another blast hit a market ." parsed by hand."""
    return parsed_doc([
        ("A", "a", "DET", "det", 1), ("bomb", "bomb", "NOUN", "nsubj", 2), ("killed", "kill", "VERB", "ROOT", 2),
        ("30", "30", "NUM", "dobj", 2), ("on", "on", "ADP", "prep", 2), ("Monday", "Monday", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
        ("The", "the", "DET", "det", 8), ("blast", "blast", "NOUN", "nsubj", 9),
        ("wounded", "wound", "VERB", "ROOT", 9), ("90", "90", "NUM", "dobj", 9), (".", ".", "PUNCT", "punct", 9),
        ("Another", "another", "DET", "det", 13), ("blast", "blast", "NOUN", "nsubj", 14),
        ("hit", "hit", "VERB", "ROOT", 14), ("a", "a", "DET", "det", 16), ("market", "market", "NOUN", "dobj", 14),
        (".", ".", "PUNCT", "punct", 14),
    ])


def event(doc: Doc, index: int, when: DateValue, *, event_type: str = "ASSAULT") -> Event:
    token = doc[index]
    sent = token.sent
    evidence = Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char, trigger=token.text,
                        trigger_start=token.idx)
    return Event(doc_id="d1", event_type=event_type, status="asserted", evidence=evidence, date=when)


def test_told_dates_the_blast_takes_the_date_of_the_incident_told_before():
    doc = story()
    got = date_told_incidents([event(doc, 2, MONDAY), event(doc, 9, PUBLISHED)], doc=doc)
    assert got[1].date == MONDAY


def test_told_dates_a_new_incident_keeps_its_own_date():
    doc = story()
    assert told_incident(doc[13]) is None  # "Another blast"
    got = date_told_incidents([event(doc, 2, MONDAY), event(doc, 13, PUBLISHED)], doc=doc)
    assert got[1].date == PUBLISHED


def test_told_dates_only_an_incident_dated_to_a_day_or_of_the_same_type_is_pointed_back_to():
    doc = story()
    year = DateValue(date(2016, 1, 1), date(2016, 12, 31), precision="year")
    assert date_told_incidents([event(doc, 2, year), event(doc, 9, PUBLISHED)], doc=doc)[1].date == PUBLISHED
    other = [event(doc, 2, MONDAY, event_type="PROTEST"), event(doc, 9, PUBLISHED)]
    assert date_told_incidents(other, doc=doc)[1].date == PUBLISHED


def test_told_dates_the_nearest_event_named_by_the_noun_decides():
    """ "The blast" points back to the last event whose trigger is a blast; undated, it gives no date, even
    when an earlier incident was dated."""
    doc = story()
    named = event(doc, 13, PUBLISHED)  # an undated blast told before "the blast" (here: sentence order swapped)
    named.evidence.start = 0
    got = date_told_incidents([event(doc, 2, MONDAY), named, event(doc, 9, PUBLISHED)], doc=doc)
    assert got[2].date == PUBLISHED


def test_told_dates_the_headline_takes_the_day_the_body_gives_its_incident():
    """ "15 killed in missile strike" (headline, undated) ... "the missile hit the school on Thursday": the head's
    incident is the one the body dates; not an old incident the body recalls (a week or more back)."""
    doc = story()  # sentence starts 0, 30, 50: sentence 0 stands for the head, the others for the body
    starts = [s.start_char for s in doc.sents]
    headline, body = event(doc, 2, PUBLISHED), event(doc, 9, MONDAY)
    got = date_headlines([headline, body], sent_starts=starts, head=1, window=2)
    assert got[0].date == MONDAY
    old = DateValue(date(2012, 5, 25), precision="day")
    assert date_headlines([headline, event(doc, 9, old)], sent_starts=starts, head=1, window=2)[0].date == PUBLISHED
    assert date_headlines([headline, body], sent_starts=starts, head=1, window=0)[0].date == PUBLISHED


def reaction_story() -> Doc:
    """ "An attack killed 80 in April . When the council met to condemn it , Russia vetoed the resolution ." """
    return parsed_doc([
        ("An", "an", "DET", "det", 1), ("attack", "attack", "NOUN", "nsubj", 2), ("killed", "kill", "VERB", "ROOT", 2),
        ("80", "80", "NUM", "dobj", 2), ("in", "in", "ADP", "prep", 2), ("April", "April", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
        ("When", "when", "SCONJ", "advmod", 10), ("the", "the", "DET", "det", 9),
        ("council", "council", "NOUN", "nsubj", 10), ("met", "meet", "VERB", "advcl", 16),
        ("to", "to", "PART", "aux", 12), ("condemn", "condemn", "VERB", "advcl", 10), ("it", "it", "PRON", "dobj", 12),
        (",", ",", "PUNCT", "punct", 16), ("Russia", "Russia", "PROPN", "nsubj", 16),
        ("vetoed", "veto", "VERB", "ROOT", 16), ("the", "the", "DET", "det", 18),
        ("resolution", "resolution", "NOUN", "dobj", 16), (".", ".", "PUNCT", "punct", 16),
    ])


def test_told_dates_a_reaction_to_it_and_its_when_clause_take_the_incident_date():
    """ "met to condemn it" points back to the attack the previous sentence dated; the veto "when" it met shares
    that date. An attack known only by the publication date gives none."""
    doc = reaction_story()
    april = DateValue(date(2016, 4, 1), date(2016, 4, 30), precision="month", text="in April")
    attack = replace(event(doc, 2, april), quad_class=4)
    got = date_told_incidents([attack, event(doc, 10, PUBLISHED, event_type="CONSULT"),
                               event(doc, 16, PUBLISHED, event_type="REJECT")], doc=doc)
    assert [e.date for e in got] == [april, april, april]
    undated = date_told_incidents([replace(attack, date=PUBLISHED), event(doc, 10, PUBLISHED, event_type="CONSULT")],
                                  doc=doc)
    assert undated[1].date == PUBLISHED


def test_told_dates_a_reaction_takes_the_date_the_previous_sentence_gives_when_it_codes_no_event():
    """ "... killed 80 in April . When the council met to condemn it , ..." with no event coded in the first
    sentence: the reaction takes the date its main clause gives."""
    doc = reaction_story()
    got = date_told_incidents([event(doc, 10, PUBLISHED, event_type="CONSULT")], doc=doc)[0].date
    assert got is not None and (got.date, got.date_end, got.precision) == (date(2016, 4, 1), date(2016, 4, 30), "month")
