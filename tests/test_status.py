"""Status of events from hand-built parses: negation, denial, plans, modals, conditionals, reports, claims."""

from __future__ import annotations

import pytest

from conftest import foiled_rows, make_doc
from sitrep.coding.status import load_status_cues, read_status, stronger
from sitrep.errors import DictionaryError


@pytest.fixture(scope="module")
def cues():
    return load_status_cues()


def test_status_plain_statement_is_asserted(cues):
    doc = make_doc(
        [
            ("Jets", "jet", "NOUN", "nsubj", 1),
            ("hit", "hit", "VERB", "ROOT", 1),
            ("fighters", "fighter", "NOUN", "dobj", 1),
        ]
    )
    assert read_status(doc[1], cues=cues).status == "asserted"


def test_status_negation_on_governing_plan_verb(cues):
    # The coalition is not preparing for military operations
    doc = make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("coalition", "coalition", "NOUN", "nsubj", 4),
            ("is", "be", "AUX", "aux", 4),
            ("not", "not", "PART", "neg", 4),
            ("preparing", "prepare", "VERB", "ROOT", 4),
            ("for", "for", "ADP", "prep", 4),
            ("military", "military", "ADJ", "amod", 7),
            ("operations", "operation", "NOUN", "pobj", 5),
        ]
    )
    assert read_status(doc[7], cues=cues).status == "negated"


def test_status_denied_reports_about_a_plan(cues):
    # the Pentagon denied reports about a plan to launch an operation
    doc = make_doc(
        [
            ("the", "the", "DET", "det", 1),
            ("Pentagon", "Pentagon", "PROPN", "nsubj", 2),
            ("denied", "deny", "VERB", "ROOT", 2),
            ("reports", "report", "NOUN", "dobj", 2),
            ("about", "about", "ADP", "prep", 3),
            ("a", "a", "DET", "det", 6),
            ("plan", "plan", "NOUN", "pobj", 4),
            ("to", "to", "PART", "aux", 8),
            ("launch", "launch", "VERB", "acl", 6),
            ("an", "an", "DET", "det", 10),
            ("operation", "operation", "NOUN", "dobj", 8),
        ]
    )
    reading = read_status(doc[10], cues=cues)
    assert reading.status == "denied"
    assert reading.holder is not None and reading.holder.text == "the Pentagon"


def test_status_planned_with_attribution(cues):
    # reports said the coalition is planning to attack forces
    doc = make_doc(
        [
            ("Reports", "report", "NOUN", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("coalition", "coalition", "NOUN", "nsubj", 5),
            ("is", "be", "AUX", "aux", 5),
            ("planning", "plan", "VERB", "ccomp", 1),
            ("to", "to", "PART", "aux", 7),
            ("attack", "attack", "VERB", "xcomp", 5),
            ("forces", "force", "NOUN", "dobj", 7),
        ]
    )
    assert read_status(doc[7], cues=cues).status == "planned"


def test_status_reported_by_speaker(cues):
    # warplanes buzzed them, the Pentagon said
    doc = make_doc(
        [
            ("warplanes", "warplane", "NOUN", "nsubj", 1),
            ("buzzed", "buzz", "VERB", "ccomp", 5),
            ("them", "they", "PRON", "dobj", 1),
            (",", ",", "PUNCT", "punct", 5),
            ("Pentagon", "Pentagon", "PROPN", "nsubj", 5),
            ("said", "say", "VERB", "ROOT", 5),
        ]
    )
    reading = read_status(doc[1], cues=cues)
    assert reading.status == "reported"
    assert reading.holder is not None and reading.holder.text == "Pentagon"


def test_status_modal_is_hypothetical(cues):
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 2),
            ("could", "could", "AUX", "aux", 2),
            ("retaliate", "retaliate", "VERB", "ROOT", 2),
        ]
    )
    assert read_status(doc[2], cues=cues).status == "hypothetical"


def test_status_conditional_main_clause(cues):
    # If they resume their advance, forces will defend themselves
    doc = make_doc(
        [
            ("If", "if", "SCONJ", "mark", 2),
            ("they", "they", "PRON", "nsubj", 2),
            ("resume", "resume", "VERB", "advcl", 6),
            ("advance", "advance", "NOUN", "dobj", 2),
            (",", ",", "PUNCT", "punct", 6),
            ("forces", "force", "NOUN", "nsubj", 6),
            ("defend", "defend", "VERB", "ROOT", 6),
        ]
    )
    assert read_status(doc[6], cues=cues).status == "conditional"
    assert read_status(doc[2], cues=cues).status == "conditional"


def test_status_conjunct_with_own_subject_keeps_its_status(cues):
    # Iran could retaliate and the US struck
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 2),
            ("could", "could", "AUX", "aux", 2),
            ("retaliate", "retaliate", "VERB", "ROOT", 2),
            ("and", "and", "CCONJ", "cc", 2),
            ("US", "US", "PROPN", "nsubj", 5),
            ("struck", "strike", "VERB", "conj", 2),
        ]
    )
    assert read_status(doc[5], cues=cues).status == "asserted"


def test_status_claim_of_responsibility(cues):
    # attacks on bases with a group claiming responsibility
    doc = make_doc(
        [
            ("attacks", "attack", "NOUN", "ROOT", 0),
            ("with", "with", "ADP", "prep", 0),
            ("group", "group", "NOUN", "pobj", 1),
            ("claiming", "claim", "VERB", "acl", 2),
            ("responsibility", "responsibility", "NOUN", "dobj", 3),
        ]
    )
    assert read_status(doc[0], cues=cues).status == "claimed"


def test_status_accepted_or_admitted_responsibility_is_a_claim(cues):
    # the IRA accepted responsibility for the bombings
    for verb, lemma in (("accepted", "accept"), ("admitted", "admit")):
        doc = make_doc(
            [
                ("IRA", "IRA", "PROPN", "nsubj", 1),
                (verb, lemma, "VERB", "ROOT", 1),
                ("responsibility", "responsibility", "NOUN", "dobj", 1),
                ("for", "for", "ADP", "prep", 2),
                ("the", "the", "DET", "det", 5),
                ("bombings", "bombing", "NOUN", "pobj", 3),
            ]
        )
        assert read_status(doc[5], cues=cues).status == "claimed"


def test_status_precedence_order():
    assert stronger("denied", "reported") == "denied"
    assert stronger("reported", "negated") == "negated"
    assert stronger("planned", "hypothetical") == "hypothetical"


def test_status_cues_loader_names_file_and_line(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text("lemma,pos,status\nsay,VERB,reported\ndeny,VERB,refuted\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"cues\.csv:3: unknown status"):
        load_status_cues(bad)


# --- constructions: rows are (word, lemma, POS, dep, head index, fine tag) --------------------------------------


def tagged_doc(rows):
    """A hand-built parse with fine-grained tags (finite verbs, participles and plural nouns matter here)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[r[5] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def test_status_no_on_trigger_noun_is_negated(cues):
    # No strikes were carried out
    doc = make_doc(
        [
            ("No", "no", "DET", "det", 1),
            ("strikes", "strike", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3),
            ("carried", "carry", "VERB", "ROOT", 3),
            ("out", "out", "ADP", "prt", 3),
        ]
    )
    assert read_status(doc[1], cues=cues).status == "negated"


def test_status_no_on_an_ordinary_noun_does_not_negate(cues):
    # Officials gave no details of the attack
    doc = make_doc(
        [
            ("Officials", "official", "NOUN", "nsubj", 1),
            ("gave", "give", "VERB", "ROOT", 1),
            ("no", "no", "DET", "det", 3),
            ("details", "detail", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 6),
            ("attack", "attack", "NOUN", "pobj", 4),
        ]
    )
    assert read_status(doc[6], cues=cues).status == "asserted"


def test_status_rejected_claims_is_a_denial_with_holder(cues):
    # Turkey rejected claims that its drones struck a hospital
    doc = make_doc(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("rejected", "reject", "VERB", "ROOT", 1),
            ("claims", "claim", "NOUN", "dobj", 1),
            ("that", "that", "SCONJ", "mark", 6),
            ("its", "its", "PRON", "poss", 5),
            ("drones", "drone", "NOUN", "nsubj", 6),
            ("struck", "strike", "VERB", "acl", 2),
            ("a", "a", "DET", "det", 8),
            ("hospital", "hospital", "NOUN", "dobj", 6),
        ]
    )
    reading = read_status(doc[6], cues=cues)
    assert reading.status == "denied"
    assert reading.holder is not None and reading.holder.text == "Turkey"


def test_status_reject_reaches_only_over_a_report_noun(cues):
    # Turkey rejected the plan to attack Afrin: a rejected plan, not a denial of something that happened
    doc = make_doc(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("rejected", "reject", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("plan", "plan", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5),
            ("attack", "attack", "VERB", "acl", 3),
            ("Afrin", "Afrin", "PROPN", "dobj", 5),
        ]
    )
    assert read_status(doc[5], cues=cues).status == "planned"


def test_status_would_in_reported_speech_is_planned(cues):
    # The army said it would withdraw its troops
    rows = [
        ("The", "the", "DET", "det", 1, "DT"),
        ("army", "army", "NOUN", "nsubj", 2, "NN"),
        ("said", "say", "VERB", "ROOT", 2, "VBD"),
        ("it", "it", "PRON", "nsubj", 5, "PRP"),
        ("would", "would", "AUX", "aux", 5, "MD"),
        ("withdraw", "withdraw", "VERB", "ccomp", 2, "VB"),
        ("troops", "troop", "NOUN", "dobj", 5, "NNS"),
    ]
    assert read_status(tagged_doc(rows)[5], cues=cues).status == "planned"
    # ... but a bare "would" is hypothetical: An invasion would devastate the south
    doc = make_doc(
        [
            ("An", "an", "DET", "det", 1),
            ("invasion", "invasion", "NOUN", "nsubj", 3),
            ("would", "would", "AUX", "aux", 3),
            ("devastate", "devastate", "VERB", "ROOT", 3),
        ]
    )
    assert read_status(doc[1], cues=cues).status == "hypothetical"


def _said_captured(subject_rows):
    # The army said <subject> captured the town
    rows = [
        ("The", "the", "DET", "det", 1, "DT"),
        ("army", "army", "NOUN", "nsubj", 2, "NN"),
        ("said", "say", "VERB", "ROOT", 2, "VBD"),
        *subject_rows,
    ]
    verb = len(rows)
    rows = [
        (w, lemma, pos, dep, verb if head is None else head, tag) for w, lemma, pos, dep, head, tag in rows
    ]
    rows += [("captured", "capture", "VERB", "ccomp", 2, "VBD"), ("town", "town", "NOUN", "dobj", verb, "NN")]
    return tagged_doc(rows), verb


def test_status_report_of_own_act_is_claimed(cues):
    doc, verb = _said_captured([("it", "it", "PRON", "nsubj", None, "PRP")])
    reading = read_status(doc[verb], cues=cues)
    assert reading.status == "claimed"
    assert reading.holder is not None and reading.holder.text == "The army"


def test_status_report_of_another_party_stays_reported(cues):
    doc, verb = _said_captured([("rebels", "rebel", "NOUN", "nsubj", None, "NNS")])
    assert read_status(doc[verb], cues=cues).status == "reported"
    doc, verb = _said_captured([("they", "they", "PRON", "nsubj", None, "PRP")])  # "they" ≠ the army
    assert read_status(doc[verb], cues=cues).status == "reported"


def test_status_first_person_quote_is_claimed(cues):
    # "We struck the lines," a spokesman said
    rows = [
        ("We", "we", "PRON", "nsubj", 1, "PRP"),
        ("struck", "strike", "VERB", "ccomp", 6, "VBD"),
        ("the", "the", "DET", "det", 3, "DT"),
        ("lines", "line", "NOUN", "dobj", 1, "NNS"),
        (",", ",", "PUNCT", "punct", 6, ","),
        ("spokesman", "spokesman", "NOUN", "nsubj", 6, "NN"),
        ("said", "say", "VERB", "ROOT", 6, "VBD"),
    ]
    assert read_status(tagged_doc(rows)[1], cues=cues).status == "claimed"


def test_status_trailing_reporting_clause_attributes(cues):
    # Forces arrested dozens, Amnesty reported  (parsed with "reported" as an adverbial clause)
    rows = [
        ("Forces", "force", "NOUN", "nsubj", 1, "NNS"),
        ("arrested", "arrest", "VERB", "ROOT", 1, "VBD"),
        ("dozens", "dozen", "NOUN", "dobj", 1, "NNS"),
        (",", ",", "PUNCT", "punct", 5, ","),
        ("Amnesty", "Amnesty", "PROPN", "npadvmod", 5, "NNP"),
        ("reported", "report", "VERB", "advcl", 1, "VBD"),
    ]
    assert read_status(tagged_doc(rows)[1], cues=cues).status == "reported"
    # ... but a participle is not an attribution: Troops fired, saying they were attacked
    rows = [
        ("Troops", "troop", "NOUN", "nsubj", 1, "NNS"),
        ("fired", "fire", "VERB", "ROOT", 1, "VBD"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("saying", "say", "VERB", "advcl", 1, "VBG"),
    ]
    assert read_status(tagged_doc(rows)[1], cues=cues).status == "asserted"


def test_status_negation_does_not_cross_a_when_clause(cues):
    # The army did not retaliate when rebels attacked the base
    rows = [
        ("The", "the", "DET", "det", 1, "DT"),
        ("army", "army", "NOUN", "nsubj", 4, "NN"),
        ("did", "do", "AUX", "aux", 4, "VBD"),
        ("not", "not", "PART", "neg", 4, "RB"),
        ("retaliate", "retaliate", "VERB", "ROOT", 4, "VB"),
        ("when", "when", "SCONJ", "mark", 7, "WRB"),
        ("rebels", "rebel", "NOUN", "nsubj", 7, "NNS"),
        ("attacked", "attack", "VERB", "advcl", 4, "VBD"),
    ]
    doc = tagged_doc(rows)
    assert read_status(doc[7], cues=cues).status == "asserted"
    assert read_status(doc[4], cues=cues).status == "negated"


def test_status_participle_shares_the_modal(cues):
    # Russia could strike Kyiv, killing hundreds
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 2, "NNP"),
        ("could", "could", "AUX", "aux", 2, "MD"),
        ("strike", "strike", "VERB", "ROOT", 2, "VB"),
        ("Kyiv", "Kyiv", "PROPN", "dobj", 2, "NNP"),
        (",", ",", "PUNCT", "punct", 2, ","),
        ("killing", "kill", "VERB", "advcl", 2, "VBG"),
        ("hundreds", "hundred", "NOUN", "dobj", 5, "NNS"),
    ]
    assert read_status(tagged_doc(rows)[5], cues=cues).status == "hypothetical"


def test_status_negated_denial_is_no_denial(cues):
    # Israel did not deny the strike
    doc = make_doc(
        [
            ("Israel", "Israel", "PROPN", "nsubj", 3),
            ("did", "do", "AUX", "aux", 3),
            ("not", "not", "PART", "neg", 3),
            ("deny", "deny", "VERB", "ROOT", 3),
            ("the", "the", "DET", "det", 5),
            ("strike", "strike", "NOUN", "dobj", 3),
        ]
    )
    assert read_status(doc[5], cues=cues).status == "asserted"


def test_status_threat_and_possible_are_hypothetical(cues):
    # North Korea threatened to strike bases
    doc = make_doc(
        [
            ("Korea", "Korea", "PROPN", "nsubj", 1),
            ("threatened", "threaten", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("strike", "strike", "VERB", "xcomp", 1),
            ("bases", "base", "NOUN", "dobj", 3),
        ]
    )
    assert read_status(doc[3], cues=cues).status == "hypothetical"
    # a possible incursion worries officials
    doc = make_doc(
        [
            ("a", "a", "DET", "det", 2),
            ("possible", "possible", "ADJ", "amod", 2),
            ("incursion", "incursion", "NOUN", "nsubj", 3),
            ("worries", "worry", "VERB", "ROOT", 3),
        ]
    )
    assert read_status(doc[2], cues=cues).status == "hypothetical"


def test_status_inverted_should_and_in_the_event_of_are_conditional(cues):
    # Should the rebels cross, troops would shell them
    rows = [
        ("Should", "should", "AUX", "aux", 2, "MD"),
        ("rebels", "rebel", "NOUN", "nsubj", 2, "NNS"),
        ("cross", "cross", "VERB", "advcl", 6, "VB"),
        (",", ",", "PUNCT", "punct", 6, ","),
        ("troops", "troop", "NOUN", "nsubj", 6, "NNS"),
        ("would", "would", "AUX", "aux", 6, "MD"),
        ("shell", "shell", "VERB", "ROOT", 6, "VB"),
    ]
    assert read_status(tagged_doc(rows)[6], cues=cues).status == "conditional"
    # In the event of an attack, NATO would defend allies
    doc = make_doc(
        [
            ("In", "in", "ADP", "prep", 7),
            ("the", "the", "DET", "det", 2),
            ("event", "event", "NOUN", "pobj", 0),
            ("of", "of", "ADP", "prep", 2),
            ("an", "an", "DET", "det", 5),
            ("attack", "attack", "NOUN", "pobj", 3),
            ("NATO", "NATO", "PROPN", "nsubj", 7),
            ("defend", "defend", "VERB", "ROOT", 7),
        ]
    )
    assert read_status(doc[7], cues=cues).status == "conditional"


def test_status_have_yet_to_is_negated(cues):
    # Forces have yet to enter the city
    doc = make_doc(
        [
            ("Forces", "force", "NOUN", "nsubj", 1),
            ("have", "have", "VERB", "ROOT", 1),
            ("yet", "yet", "ADV", "advmod", 1),
            ("to", "to", "PART", "aux", 4),
            ("enter", "enter", "VERB", "xcomp", 1),
            ("city", "city", "NOUN", "dobj", 4),
        ]
    )
    assert read_status(doc[4], cues=cues).status == "negated"


def test_status_cues_loader_rejects_an_unknown_scope(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text(
        "lemma,pos,status,scope\nreject,VERB,denied,report\ndismiss,VERB,denied,always\n", encoding="utf-8"
    )
    with pytest.raises(DictionaryError, match=r"cues\.csv:3: scope"):
        load_status_cues(bad)


def test_status_planning_verb_over_an_infinitive_parsed_as_advcl_is_planned(cues):
    # Albanians have sworn to fight (the parser's advcl for the xcomp)
    rows = [
        ("Albanians", "Albanians", "PROPN", "nsubj", 2, "NNPS"),
        ("have", "have", "AUX", "aux", 2, "VBP"),
        ("sworn", "swear", "VERB", "ROOT", 2, "VBN"),
        ("to", "to", "PART", "aux", 4, "TO"),
        ("fight", "fight", "VERB", "advcl", 2, "VB"),
    ]
    assert read_status(tagged_doc(rows)[4], cues=cues).status == "planned"
    # ... an infinitive of purpose after a plain verb stays asserted: Rebels attacked to take the town
    rows = [
        ("Rebels", "rebel", "NOUN", "nsubj", 1, "NNS"),
        ("attacked", "attack", "VERB", "ROOT", 1, "VBD"),
        ("to", "to", "PART", "aux", 3, "TO"),
        ("take", "take", "VERB", "advcl", 1, "VB"),
        ("the", "the", "DET", "det", 5, "DT"),
        ("town", "town", "NOUN", "dobj", 3, "NN"),
    ]
    assert read_status(tagged_doc(rows)[3], cues=cues).status == "asserted"


def test_status_past_negation_does_not_reach_an_event_it_waited_for():
    from datetime import date

    import sitrep

    def status_of(text: str) -> list[str]:
        events = sitrep.extract(text, published=date(2018, 3, 19))
        return [e.status for e in events if e.evidence.trigger == "incursion"]

    assert status_of("Afrin had avoided the war until a Turkish-led incursion in January.") == ["asserted"]
    assert status_of("Afrin would not avoid the war until a Turkish-led incursion in January.") == ["negated"]


def test_status_modifier_history_does_not_undo_the_act_that_carries_it_out(cues):
    # Israel mounted its long-threatened invasion: the invasion happened
    rows = [
        ("Israel", "Israel", "PROPN", "nsubj", 1, "NNP"),
        ("mounted", "mount", "VERB", "ROOT", 1, "VBD"),
        ("its", "its", "PRON", "poss", 4, "PRP$"),
        ("threatened", "threaten", "VERB", "amod", 4, "VBN"),
        ("invasion", "invasion", "NOUN", "dobj", 1, "NN"),
    ]
    assert read_status(tagged_doc(rows)[4], cues=cues).status == "asserted"
    # ... but a threatened invasion that is only discussed stays hypothetical
    rows[1] = ("discussed", "discuss", "VERB", "ROOT", 1, "VBD")
    assert read_status(tagged_doc(rows)[4], cues=cues).status == "hypothetical"


def test_status_reduced_relative_is_a_boundary(cues):
    # Croatia is failing to uphold rights, a group protested (parsed as a participle modifying "group")
    rows = [
        ("Croatia", "Croatia", "PROPN", "nsubj", 2, "NNP"),
        ("is", "be", "AUX", "aux", 2, "VBZ"),
        ("failing", "fail", "VERB", "ROOT", 2, "VBG"),
        ("to", "to", "PART", "aux", 4, "TO"),
        ("uphold", "uphold", "VERB", "xcomp", 2, "VB"),
        ("rights", "right", "NOUN", "dobj", 4, "NNS"),
        (",", ",", "PUNCT", "punct", 5, ","),
        ("a", "a", "DET", "det", 8, "DT"),
        ("group", "group", "NOUN", "appos", 5, "NN"),
        ("protested", "protest", "VERB", "acl", 8, "VBN"),
    ]
    doc = tagged_doc(rows)
    assert read_status(doc[9], cues=cues).status == "asserted"
    assert read_status(doc[4], cues=cues).status == "negated"
    # ... but an infinitive hanging on a noun is governed: failed to carry out plans to attack
    rows = [
        ("Rebels", "rebel", "NOUN", "nsubj", 1, "NNS"),
        ("announced", "announce", "VERB", "ROOT", 1, "VBD"),
        ("plans", "plan", "NOUN", "dobj", 1, "NNS"),
        ("to", "to", "PART", "aux", 4, "TO"),
        ("attack", "attack", "VERB", "acl", 2, "VB"),
    ]
    assert read_status(tagged_doc(rows)[4], cues=cues).status == "planned"
    # ... and a trailing attribution still reaches it: landowners demand property seized by forces, APS reported
    rows = [
        ("Landowners", "landowner", "NOUN", "nsubj", 1, "NNS"),
        ("demand", "demand", "VERB", "ROOT", 1, "VBP"),
        ("property", "property", "NOUN", "dobj", 1, "NN"),
        ("seized", "seize", "VERB", "acl", 2, "VBN"),
        ("by", "by", "ADP", "agent", 3, "IN"),
        ("forces", "force", "NOUN", "pobj", 4, "NNS"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("APS", "APS", "PROPN", "nsubj", 8, "NNP"),
        ("reported", "report", "VERB", "parataxis", 1, "VBD"),
    ]
    assert read_status(tagged_doc(rows)[3], cues=cues).status == "reported"


def test_status_holder_of_a_relative_clause_is_its_antecedent():
    # "Shabab, which claimed responsibility": the claimer is the group, not "which"
    from sitrep.coding.holders import holder_of

    doc = make_doc(
        [
            ("Shabab", "Shabab", "PROPN", "ROOT", 0),
            (",", ",", "PUNCT", "punct", 0),
            ("which", "which", "PRON", "nsubj", 3),
            ("claimed", "claim", "VERB", "relcl", 0),
            ("responsibility", "responsibility", "NOUN", "dobj", 3),
        ]
    )
    holder = holder_of(doc[3])
    assert holder is not None and holder.text == "Shabab"
    plain = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("claimed", "claim", "VERB", "ROOT", 1)])
    held = holder_of(plain[1])
    assert held is not None and held.text == "Rebels"


def test_status_negation_does_not_reach_an_event_in_a_time_frame_phrase(cues):
    # Civilians were not targeted over the month of airstrikes: the airstrikes happened
    rows = [
        ("Civilians", "civilian", "NOUN", "nsubjpass", 3, "NNS"),
        ("were", "be", "AUX", "auxpass", 3, "VBD"),
        ("not", "not", "PART", "neg", 3, "RB"),
        ("targeted", "target", "VERB", "ROOT", 3, "VBN"),
        ("over", "over", "ADP", "prep", 3, "IN"),
        ("the", "the", "DET", "det", 6, "DT"),
        ("month", "month", "NOUN", "pobj", 4, "NN"),
        ("of", "of", "ADP", "prep", 6, "IN"),
        ("airstrikes", "airstrike", "NOUN", "pobj", 7, "NNS"),
    ]
    doc = tagged_doc(rows)
    assert read_status(doc[8], cues=cues).status == "asserted"
    assert read_status(doc[3], cues=cues).status == "negated"


def test_status_foiled_or_thwarted_attempt_did_not_happen(cues):
    # Police foiled an attempt to bomb the embassy
    rows = foiled_rows()
    assert read_status(make_doc(rows)[5], cues=cues).status == "negated"
    thwarted = make_doc([(w if i != 1 else "thwarted", "thwart" if i == 1 else lemma, p, d, h)
                         for i, (w, lemma, p, d, h) in enumerate(rows)])
    assert read_status(thwarted[5], cues=cues).status == "negated"


def test_status_question_is_hypothetical(cues):
    # "Did the army shell the town ?": a question commits to nothing, like "whether"
    question = make_doc([("Did", "do", "AUX", "aux", 3), ("the", "the", "DET", "det", 2),
                         ("army", "army", "NOUN", "nsubj", 3), ("shell", "shell", "VERB", "ROOT", 3),
                         ("the", "the", "DET", "det", 5), ("town", "town", "NOUN", "dobj", 3),
                         ("?", "?", "PUNCT", "punct", 3)])
    assert read_status(question[3], cues=cues).status == "hypothetical"
    # "The army shelled the town ." is asserted
    statement = make_doc([("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 2),
                          ("shelled", "shell", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
                          ("town", "town", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2)])
    assert read_status(statement[2], cues=cues).status == "asserted"
    # "Why ? Turkey shelled Afrin": a question mark before the event closes no question over it
    before = make_doc([("Why", "why", "ADV", "advmod", 3), ("?", "?", "PUNCT", "punct", 3),
                       ("Turkey", "Turkey", "PROPN", "nsubj", 3), ("shelled", "shell", "VERB", "ROOT", 3),
                       ("Afrin", "Afrin", "PROPN", "dobj", 3)])
    assert read_status(before[3], cues=cues).status == "asserted"


def test_status_would_in_a_later_conjunct_of_reported_speech_is_planned(cues):
    # A leader said the front would be abandoned, and units would redeploy
    rows = [
        ("A", "a", "DET", "det", 1, "DT"),
        ("leader", "leader", "NOUN", "nsubj", 2, "NN"),
        ("said", "say", "VERB", "ROOT", 2, "VBD"),
        ("the", "the", "DET", "det", 4, "DT"),
        ("front", "front", "NOUN", "nsubjpass", 7, "NN"),
        ("would", "would", "AUX", "aux", 7, "MD"),
        ("be", "be", "AUX", "auxpass", 7, "VB"),
        ("abandoned", "abandon", "VERB", "ccomp", 2, "VBN"),
        (",", ",", "PUNCT", "punct", 7, ","),
        ("and", "and", "CCONJ", "cc", 7, "CC"),
        ("units", "unit", "NOUN", "nsubj", 12, "NNS"),
        ("would", "would", "AUX", "aux", 12, "MD"),
        ("redeploy", "redeploy", "VERB", "conj", 7, "VB"),
    ]
    doc = tagged_doc(rows)
    assert read_status(doc[7], cues=cues).status == "planned"
    assert read_status(doc[12], cues=cues).status == "planned"


def _said_stance(verb_rows):
    # Russia said it <verb rows> the plan
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1, "NNP"),
        ("said", "say", "VERB", "ROOT", 1, "VBD"),
        ("it", "it", "PRON", "nsubj", 2 + len(verb_rows), "PRP"),
        *verb_rows,
    ]
    verb = len(rows) - 1
    rows += [("plan", "plan", "NOUN", "dobj", verb, "NN")]
    return tagged_doc(rows), verb


def test_status_spoken_stance_of_its_holder_is_asserted(cues):
    doc, verb = _said_stance([("opposed", "oppose", "VERB", "ccomp", 1, "VBD")])
    reading = read_status(doc[verb], cues=cues)
    assert reading.status == "asserted"
    # a deed reported by its doer stays a claim, and so does a stance taken before the report
    doc, verb = _said_stance([("had", "have", "AUX", "aux", 4, "VBD"), ("rejected", "reject", "VERB", "ccomp", 1, "VBN")])
    assert read_status(doc[verb], cues=cues).status == "claimed"
    doc, verb = _said_stance([("captured", "capture", "VERB", "ccomp", 1, "VBD")])
    assert read_status(doc[verb], cues=cues).status == "claimed"


def test_status_event_in_a_quote_away_from_its_said_is_reported_by_the_speaker(nlp, cues):
    doc = nlp('A doctor said: "The hospital was full. The Turks bombed the hospital on Thursday."')
    reading = read_status(next(t for t in doc if t.text == "bombed"), cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("reported", "A doctor")


def test_status_quoted_speakers_own_act_away_from_its_said_is_claimed(nlp, cues):
    doc = nlp('The commander said: "The town is ours now. We destroyed the bridge last night."')
    assert read_status(next(t for t in doc if t.text == "destroyed"), cues=cues).status == "claimed"


def test_status_bare_participle_governs_no_clause(cues):
    from conftest import with_tags

    # "The US is frustrated , the congress scheduled this month ." (misparsed: "frustrated" under "scheduled")
    rows = [
        ("The", "the", "DET", "det", 1),
        ("US", "US", "PROPN", "nsubjpass", 3),
        ("is", "be", "AUX", "auxpass", 3),
        ("frustrated", "frustrate", "VERB", "ccomp", 7),
        (",", ",", "PUNCT", "punct", 7),
        ("the", "the", "DET", "det", 6),
        ("congress", "congress", "NOUN", "nsubj", 7),
        ("scheduled", "schedule", "VERB", "ROOT", 7),
        ("this", "this", "DET", "det", 9),
        ("month", "month", "NOUN", "npadvmod", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    participle = with_tags(make_doc(rows), {3: "VBN", 7: "VBN"})
    assert read_status(participle[3], cues=cues).status == "asserted"
    finite = with_tags(make_doc(rows), {3: "VBN", 7: "VBD"})  # "they scheduled ...": a finite verb's cue holds
    assert read_status(finite[3], cues=cues).status == "planned"



def _status_of(nlp, cues, text: str, word: str) -> str:
    doc = nlp(text)
    return read_status(next(t for t in doc if t.text == word), cues=cues).status


def test_status_averted_or_prevented_act_did_not_happen(nlp, cues):
    assert _status_of(nlp, cues, "Police averted a bomb attack on a church in Mombasa.", "attack") == "negated"
    assert _status_of(nlp, cues, "Troops prevented militants from attacking the airport.", "attacking") == "negated"
    # a negated prevention lets the act happen
    assert _status_of(nlp, cues, "Security forces failed to prevent the attack on the market.", "attack") == "asserted"
    assert _status_of(nlp, cues, "Police did not prevent the massacre in the village.", "massacre") == "asserted"


def test_status_risked_act_is_hypothetical(nlp, cues):
    assert _status_of(nlp, cues, "The rebels risk being encircled by government troops.", "encircled") == "hypothetical"


def test_status_reportedly_reaches_a_relative_clause(nlp, cues):
    text = "The commander reportedly ordered the arrest of a journalist, who was later shot dead by soldiers."
    assert _status_of(nlp, cues, text, "shot") == "reported"
    # a relative clause stays a boundary for negation: "Rebels, who never recognised the truce, attacked the base"
    assert _status_of(nlp, cues, "Rebels, who have never recognised the truce, attacked the base.", "attacked") \
        == "asserted"


def test_status_headline_source_tag_reports(nlp, cues):
    doc = nlp("Monitors 12 killed in air strike on village in Idlib")
    reading = read_status(doc[2], cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("reported", "Monitors")
    assert _status_of(nlp, cues, "Syrian army shelling kills 9 in rebel-held Douma Monitor", "kills") == "reported"
    # a headline with no source tag, and a sentence that ends in a full stop, are the article's own word
    assert _status_of(nlp, cues, "Army kills 10 militants in raid on hideout", "kills") == "asserted"
    assert _status_of(nlp, cues, "Shelling killed nine people near the Monitor.", "killed") == "asserted"


def test_status_lives_claimed_by_an_attack_are_no_claim(nlp, cues):
    text = "Eight soldiers were killed and 20 wounded were claimed in the bombing."
    assert _status_of(nlp, cues, text, "bombing") == "asserted"
    assert _status_of(nlp, cues, "The Islamic State claimed the bombing in Kabul.", "bombing") == "claimed"


def test_status_called_for_or_attempted_act_is_not_done(nlp, cues):
    text = "He called for the warring parties to withdraw their forces from the city."
    assert _status_of(nlp, cues, text, "withdraw") == "hypothetical"
    assert _status_of(nlp, cues, "The UN called on Israel to halt its offensive.", "halt") == "hypothetical"
    assert _status_of(nlp, cues, "Our troops are trying to force the militants to surrender.", "surrender") \
        == "planned"
    # "call" over its object is no request: "called the attack a war crime"
    assert _status_of(nlp, cues, "Amnesty called the attack a war crime.", "attack") == "asserted"


def test_status_due_to_as_because_of_is_no_plan(nlp, cues):
    assert _status_of(nlp, cues, "Residents fled due to the army's attack on the town.", "attack") == "asserted"
    assert _status_of(nlp, cues, "The envoy is due to visit Kabul next week.", "visit") == "planned"


def test_status_party_saying_it_did_not_act_denies(nlp, cues):
    doc = nlp("The army said it had not shelled the village.")
    reading = read_status(doc[6], cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("denied", "The army")
    assert _status_of(nlp, cues, "Witnesses said the troops did not fire on the crowd.", "fire") == "negated"
    assert _status_of(nlp, cues, "The ministry said its forces would not attack the town.", "attack") == "negated"


def test_status_denied_accusation_was_made(nlp, cues):
    text = "Rebels accused the army of shelling the market, but the government rejected the allegations."
    assert _status_of(nlp, cues, text, "allegations") == "asserted"
    assert _status_of(nlp, cues, "The government denied the allegations of torture.", "allegations") == "asserted"


def test_status_no_need_to_act_is_negated(nlp, cues):
    assert _status_of(nlp, cues, "Assad felt no need to negotiate with the rebels.", "negotiate") == "negated"


def test_status_refusal_over_an_open_question_leaves_it_open(nlp, cues):
    text = "A ministry official declined to comment on whether the army would retaliate."
    assert _status_of(nlp, cues, text, "retaliate") == "hypothetical"
    assert _status_of(nlp, cues, "The army declined to retaliate.", "retaliate") == "negated"


def test_status_reports_pointing_to_an_act_report_it(nlp, cues):
    text = "Media reports have pointed to a large deployment of troops near the border."
    assert _status_of(nlp, cues, text, "deployment") == "reported"


def test_status_in_the_case_of_is_as_for_not_a_condition(cues):
    # In the case of the two worst explosions , warnings were given
    rows = [
        ("In", "in", "ADP", "prep", 11),
        ("the", "the", "DET", "det", 2),
        ("case", "case", "NOUN", "pobj", 0),
        ("of", "of", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7),
        ("two", "two", "NUM", "nummod", 7),
        ("worst", "bad", "ADJ", "amod", 7),
        ("explosions", "explosion", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 11),
        ("warnings", "warning", "NOUN", "nsubjpass", 11),
        ("were", "be", "AUX", "auxpass", 11),
        ("given", "give", "VERB", "ROOT", 11),
    ]
    doc = make_doc(rows)
    assert read_status(doc[11], cues=cues).status == "asserted"
    # In case of an attack , NATO would defend allies
    doc = make_doc(
        [
            ("In", "in", "ADP", "prep", 7),
            ("case", "case", "NOUN", "pobj", 0),
            ("of", "of", "ADP", "prep", 1),
            ("an", "an", "DET", "det", 4),
            ("attack", "attack", "NOUN", "pobj", 2),
            (",", ",", "PUNCT", "punct", 7),
            ("NATO", "NATO", "PROPN", "nsubj", 7),
            ("would", "would", "AUX", "aux", 7),
            ("defend", "defend", "VERB", "ROOT", 7),
        ]
    )
    assert read_status(doc[8], cues=cues).status == "conditional"


def test_status_state_organ_saying_its_forces_did_not_act_denies(nlp, cues):
    doc = nlp("The Russian Defence Ministry said Russian planes had not bombed the market.")
    reading = read_status(next(t for t in doc if t.text == "bombed"), cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("denied", "The Russian Defence Ministry")
    # another state's organ, or a party that is no state organ, only reports the negation
    assert _status_of(nlp, cues, "The Turkish Defence Ministry said Russian planes had not bombed the market.",
                      "bombed") == "negated"
    assert _status_of(nlp, cues, "Syrian activists said Syrian troops had not fired on the crowd.", "fired") \
        == "negated"


def test_status_same_state_compares_the_countries_two_phrases_name():
    from sitrep.coding.holders import same_state, state_named

    def phrase(*rows):
        return make_doc(list(rows))[:]

    ministry = phrase(("the", "the", "DET", "det", 2), ("Russian", "russian", "ADJ", "amod", 2),
                      ("ministry", "ministry", "NOUN", "ROOT", 2))
    planes = phrase(("Russian", "russian", "ADJ", "amod", 1), ("planes", "plane", "NOUN", "ROOT", 1))
    jets = phrase(("Turkish", "turkish", "ADJ", "amod", 1), ("jets", "jet", "NOUN", "ROOT", 1))
    rebels = phrase(("Russian", "russian", "ADJ", "amod", 1), ("rebels", "rebel", "NOUN", "ROOT", 1))
    kremlin = phrase(("the", "the", "DET", "det", 1), ("Kremlin", "Kremlin", "PROPN", "ROOT", 1))
    assert state_named(planes) == "RUS" and state_named(kremlin) == "RUS"
    assert same_state(planes, ministry) and same_state(planes, kremlin)
    assert not same_state(jets, ministry)  # another state's forces
    assert not same_state(rebels, ministry)  # no state's force


def test_status_event_compared_with_keeps_its_own_status(nlp, cues):
    text = "Aid groups fear the assault on Idlib could rival the Syrian army's siege of Aleppo in its toll."
    assert _status_of(nlp, cues, text, "siege") == "asserted"
    text = "The shelling of Bakhmut may soon match the Russian bombardment of Mariupol last spring."
    assert _status_of(nlp, cues, text, "bombardment") == "asserted"
    # the modal still reaches an event that is no comparison's object
    assert _status_of(nlp, cues, "Russian forces may soon shell the city of Kharkiv.", "shell") == "hypothetical"


def test_status_state_organ_speaking_of_the_planes_denies(nlp, cues):
    doc = nlp("The Kremlin said the planes had not carried out strikes on the aid convoy.")
    reading = read_status(next(t for t in doc if t.text == "strikes"), cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("denied", "The Kremlin")
    # a phrase that names someone else, or a speaker that is no state organ, leaves the negation
    assert _status_of(nlp, cues, "The Kremlin said the rebel fighters had not shelled the town.", "shelled") \
        == "negated"
    assert _status_of(nlp, cues, "Syrian activists said the troops had not fired on the crowd.", "fired") \
        == "negated"


def test_status_same_state_takes_a_bare_force_as_the_speakers_own():
    from sitrep.coding.holders import same_state

    kremlin = make_doc([("the", "the", "DET", "det", 1), ("Kremlin", "Kremlin", "PROPN", "ROOT", 1)])[:]
    jets = make_doc([("the", "the", "DET", "det", 1), ("jets", "jet", "NOUN", "ROOT", 1)])[:]
    rebels = make_doc([("the", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "ROOT", 1)])[:]
    armed = make_doc([("the", "the", "DET", "det", 2), ("rebel", "rebel", "NOUN", "compound", 2),
                      ("jets", "jet", "NOUN", "ROOT", 2)])[:]
    activists = make_doc([("Russian", "russian", "ADJ", "amod", 1), ("activists", "activist", "NOUN", "ROOT", 1)])[:]
    assert same_state(jets, kremlin)
    assert not same_state(rebels, kremlin) and not same_state(armed, kremlin)
    assert not same_state(jets, activists)  # no state's voice


def test_status_facing_a_harm_is_a_prospect(nlp, cues):
    assert _status_of(nlp, cues, "The rebel-held town now faces a major offensive by government forces.",
                      "offensive") == "hypothetical"
    assert _status_of(nlp, cues, "Fighters in the enclave are facing a ground assault by Turkish troops.",
                      "assault") == "hypothetical"
    # faced in the past, day after day or met as it is described, it happens
    assert _status_of(nlp, cues, "The town faced a fierce Syrian army offensive in 2016.", "offensive") \
        == "asserted"
    assert _status_of(nlp, cues, "Villagers face daily shelling by government forces.", "shelling") == "asserted"
    assert _status_of(nlp, cues, "The army is facing fierce resistance from the militants.", "resistance") \
        == "asserted"


def test_status_rival_statement_in_a_while_clause_is_its_own(nlp, cues):
    text = "Rights groups accused government troops of carrying out the attack while Damascus rejected these allegations."
    assert _status_of(nlp, cues, text, "rejected") == "asserted"
    assert _status_of(nlp, cues, text, "attack") == "claimed"  # the accusation's content stays a claim


def test_status_denial_over_an_object_shifted_past_its_as_phrase(nlp, cues):
    doc = nlp("The Sudanese army dismissed as fabricated the claim that its soldiers had looted the market.")
    reading = read_status(next(t for t in doc if t.text == "looted"), cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("denied", "The Sudanese army")


def test_status_noun_of_intent_capacity_or_failure_governs_its_infinitive(nlp, cues):
    assert _status_of(nlp, cues, "Government forces repelled a bid by the militants to storm the town's main prison.",
                      "storm") == "planned"
    assert _status_of(nlp, cues, "The army's efforts to recapture the airport have stalled.", "recapture") == "planned"
    assert _status_of(nlp, cues, "The rebels now have the ability to strike targets deep inside the capital.",
                      "strike") == "hypothetical"
    assert _status_of(nlp, cues, "The rebels' refusal to withdraw from the city has stalled the peace process.",
                      "withdraw") == "negated"
    # only over an infinitive: what failed happened
    assert _status_of(nlp, cues, "Diplomats blamed the failure of the peace talks on the rebels.", "talks") \
        == "asserted"


def test_status_noun_infinitive_after_a_relative_have_takes_the_nouns_modality(nlp, cues):
    assert _status_of(nlp, cues, "The speech said little about the levers the US and its allies have to pressure"
                      " Moscow.", "pressure") == "hypothetical"
    assert _status_of(nlp, cues, "Few doubt the ability the rebels now have to strike deep inside the capital.",
                      "strike") == "hypothetical"


def test_status_noun_infinitive_hung_on_the_verb_takes_the_nouns_modality(nlp, cues):
    assert _status_of(nlp, cues, "The opposition renewed its calls to extend the blockade of the port.",
                      "blockade") == "hypothetical"
    assert _status_of(nlp, cues, "Protesters repeated their demands to release the detained journalists.",
                      "release") == "hypothetical"


def test_status_any_makes_the_act_one_of_whatever_kind(nlp, cues):
    assert _status_of(nlp, cues, "Greece objected to any Turkish warships being deployed near the islands.",
                      "deployed") == "hypothetical"
    assert _status_of(nlp, cues, "Turkey is opposed to any offensive on the province.", "offensive") \
        == "hypothetical"


def test_status_concessive_clause_takes_no_modal_from_the_main_clause(nlp, cues):
    text = "Elections may yet be brought forward, though the government firmly denies any such plan."
    assert _status_of(nlp, cues, text, "denies") == "asserted"


def test_status_when_clause_on_a_time_noun_shares_the_future(nlp, cues):
    text = "The split will be highlighted on Friday when Russia hosts a summit in Sochi with Iran and Turkey."
    assert _status_of(nlp, cues, text, "hosts") == "planned"


def test_status_gerund_framing_the_saying_is_no_report(nlp, cues):
    assert _status_of(nlp, cues, "The general, in resigning, wrote that the president's policy had failed.",
                      "resigning") == "asserted"
    assert _status_of(nlp, cues, "The minister said after meeting the Kurdish delegation that talks would resume.",
                      "meeting") == "asserted"


def test_status_closing_report_hung_on_a_noun_attributes_the_sentence(nlp, cues):
    doc = nlp("Government troops shelled the clinic in the village for the second time in a week on Saturday, killing"
              " two nurses, the charity that runs it said.")
    reading = read_status(next(t for t in doc if t.text == "shelled"), cues=cues)
    assert (reading.status, reading.holder.text if reading.holder else None) == ("reported", "the charity")
    doc = nlp("Five medics were killed when an air strike hit a clinic near Idlib late on Tuesday the aid group that"
              " supports it said.")  # no comma: a bare "said" closes no true relative clause
    assert read_status(next(t for t in doc if t.text == "strike"), cues=cues).status == "reported"
    assert read_status(next(t for t in doc if t.text == "supports"), cues=cues).status == "asserted"  # its speaker


def test_status_noted_is_a_verb_of_saying(nlp, cues):
    assert _status_of(nlp, cues, "The sources noted that Kurdish forces had also captured two villages.",
                      "captured") == "reported"


def test_status_negated_reaction_leaves_the_act_reacted_to(nlp, cues):
    assert _status_of(nlp, cues, "The council failed to condemn the massacres in the city.", "massacres") == "asserted"
    assert _status_of(nlp, cues, "The EU did not condemn the attack on the convoy.", "attack") == "asserted"
    assert _status_of(nlp, cues, "The EU did not condemn the attack on the convoy.", "condemn") == "negated"


def test_status_claim_of_responsibility_by_no_group_is_no_claim(cues):
    # No group has claimed responsibility for the bombing / no one claimed ...: the bombing is no claim
    for det, noun in (("No", "group"), ("No", "one")):
        doc = make_doc(
            [
                (det, "no", "DET", "det", 1),
                (noun, noun, "NOUN", "nsubj", 3),
                ("has", "have", "AUX", "aux", 3),
                ("claimed", "claim", "VERB", "ROOT", 3),
                ("responsibility", "responsibility", "NOUN", "dobj", 3),
                ("for", "for", "ADP", "prep", 4),
                ("the", "the", "DET", "det", 7),
                ("bombing", "bombing", "NOUN", "pobj", 5),
            ]
        )
        assert read_status(doc[7], cues=cues).status == "asserted"
