"""Status of events from hand-built parses: negation, denial, plans, modals, conditionals, reports, claims."""

from __future__ import annotations

import pytest

from conftest import make_doc
from sitrep.coding.status import load_status_cues, read_status, stronger
from sitrep.errors import DictionaryError


@pytest.fixture(scope="module")
def cues():
    return load_status_cues()


def test_status_plain_statement_is_asserted(cues):
    doc = make_doc([("Jets", "jet", "NOUN", "nsubj", 1), ("hit", "hit", "VERB", "ROOT", 1),
                    ("fighters", "fighter", "NOUN", "dobj", 1)])
    assert read_status(doc[1], cues=cues).status == "asserted"


def test_status_negation_on_governing_plan_verb(cues):
    # The coalition is not preparing for military operations
    doc = make_doc([("The", "the", "DET", "det", 1), ("coalition", "coalition", "NOUN", "nsubj", 4),
                    ("is", "be", "AUX", "aux", 4), ("not", "not", "PART", "neg", 4),
                    ("preparing", "prepare", "VERB", "ROOT", 4), ("for", "for", "ADP", "prep", 4),
                    ("military", "military", "ADJ", "amod", 7), ("operations", "operation", "NOUN", "pobj", 5)])
    assert read_status(doc[7], cues=cues).status == "negated"


def test_status_denied_reports_about_a_plan(cues):
    # the Pentagon denied reports about a plan to launch an operation
    doc = make_doc([("the", "the", "DET", "det", 1), ("Pentagon", "Pentagon", "PROPN", "nsubj", 2),
                    ("denied", "deny", "VERB", "ROOT", 2), ("reports", "report", "NOUN", "dobj", 2),
                    ("about", "about", "ADP", "prep", 3), ("a", "a", "DET", "det", 6),
                    ("plan", "plan", "NOUN", "pobj", 4), ("to", "to", "PART", "aux", 8),
                    ("launch", "launch", "VERB", "acl", 6), ("an", "an", "DET", "det", 10),
                    ("operation", "operation", "NOUN", "dobj", 8)])
    reading = read_status(doc[10], cues=cues)
    assert reading.status == "denied"
    assert reading.holder is not None and reading.holder.text == "the Pentagon"


def test_status_planned_with_attribution(cues):
    # reports said the coalition is planning to attack forces
    doc = make_doc([("Reports", "report", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("coalition", "coalition", "NOUN", "nsubj", 5),
                    ("is", "be", "AUX", "aux", 5), ("planning", "plan", "VERB", "ccomp", 1),
                    ("to", "to", "PART", "aux", 7), ("attack", "attack", "VERB", "xcomp", 5),
                    ("forces", "force", "NOUN", "dobj", 7)])
    assert read_status(doc[7], cues=cues).status == "planned"


def test_status_reported_by_speaker(cues):
    # warplanes buzzed them, the Pentagon said
    doc = make_doc([("warplanes", "warplane", "NOUN", "nsubj", 1), ("buzzed", "buzz", "VERB", "ccomp", 5),
                    ("them", "they", "PRON", "dobj", 1), (",", ",", "PUNCT", "punct", 5),
                    ("Pentagon", "Pentagon", "PROPN", "nsubj", 5), ("said", "say", "VERB", "ROOT", 5)])
    reading = read_status(doc[1], cues=cues)
    assert reading.status == "reported"
    assert reading.holder is not None and reading.holder.text == "Pentagon"


def test_status_modal_is_hypothetical(cues):
    doc = make_doc([("Iran", "Iran", "PROPN", "nsubj", 2), ("could", "could", "AUX", "aux", 2),
                    ("retaliate", "retaliate", "VERB", "ROOT", 2)])
    assert read_status(doc[2], cues=cues).status == "hypothetical"


def test_status_conditional_main_clause(cues):
    # If they resume their advance, forces will defend themselves
    doc = make_doc([("If", "if", "SCONJ", "mark", 2), ("they", "they", "PRON", "nsubj", 2),
                    ("resume", "resume", "VERB", "advcl", 6), ("advance", "advance", "NOUN", "dobj", 2),
                    (",", ",", "PUNCT", "punct", 6), ("forces", "force", "NOUN", "nsubj", 6),
                    ("defend", "defend", "VERB", "ROOT", 6)])
    assert read_status(doc[6], cues=cues).status == "conditional"
    assert read_status(doc[2], cues=cues).status == "conditional"


def test_status_conjunct_with_own_subject_keeps_its_status(cues):
    # Iran could retaliate and the US struck
    doc = make_doc([("Iran", "Iran", "PROPN", "nsubj", 2), ("could", "could", "AUX", "aux", 2),
                    ("retaliate", "retaliate", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
                    ("US", "US", "PROPN", "nsubj", 5), ("struck", "strike", "VERB", "conj", 2)])
    assert read_status(doc[5], cues=cues).status == "asserted"


def test_status_claim_of_responsibility(cues):
    # attacks on bases with a group claiming responsibility
    doc = make_doc([("attacks", "attack", "NOUN", "ROOT", 0), ("with", "with", "ADP", "prep", 0),
                    ("group", "group", "NOUN", "pobj", 1), ("claiming", "claim", "VERB", "acl", 2),
                    ("responsibility", "responsibility", "NOUN", "dobj", 3)])
    assert read_status(doc[0], cues=cues).status == "claimed"


def test_status_precedence_order():
    assert stronger("denied", "reported") == "denied"
    assert stronger("reported", "negated") == "negated"
    assert stronger("planned", "hypothetical") == "hypothetical"


def test_status_cues_loader_names_file_and_line(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text("lemma,pos,status\nsay,VERB,reported\ndeny,VERB,refuted\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"cues\.csv:3: unknown status"):
        load_status_cues(bad)
