"""Tests for sitrep.coding.phrases: the phrase span of an argument, the per-Doc parse tree and span text (hand-built
parses, no model)."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import coordination_doc, make_doc, with_tags
from sitrep.coding.phrases import phrase


def test_phrases_phrase_cuts_relative_clause():
    # Shiite fighters who failed to heed warnings
    doc = make_doc(
        [
            ("Shiite", "Shiite", "ADJ", "amod", 1),
            ("fighters", "fighter", "NOUN", "ROOT", 1),
            ("who", "who", "PRON", "nsubj", 3),
            ("failed", "fail", "VERB", "relcl", 1),
            ("to", "to", "PART", "aux", 5),
            ("heed", "heed", "VERB", "xcomp", 3),
            ("warnings", "warning", "NOUN", "dobj", 5),
        ]
    )
    assert phrase(doc[1]).text == "Shiite fighters"


def test_phrases_phrase_cuts_locative_prep_but_keeps_of():
    # a convoy of Iranian-backed fighters in southern Syria
    doc = make_doc(
        [
            ("a", "a", "DET", "det", 1),
            ("convoy", "convoy", "NOUN", "ROOT", 1),
            ("of", "of", "ADP", "prep", 1),
            ("Iranian-backed", "iranian-backed", "ADJ", "amod", 4),
            ("fighters", "fighter", "NOUN", "pobj", 2),
            ("in", "in", "ADP", "prep", 4),
            ("southern", "southern", "ADJ", "amod", 7),
            ("Syria", "Syria", "PROPN", "pobj", 5),
        ]
    )
    assert phrase(doc[1]).text == "a convoy of Iranian-backed fighters"
    assert phrase(doc[4]).text == "Iranian-backed fighters"
    assert phrase(doc[7]).text == "southern Syria"


def test_phrases_phrase_cuts_gerund_acl():
    # local militias fighting the Islamic State
    doc = with_tags(
        make_doc(
            [
                ("local", "local", "ADJ", "amod", 1),
                ("militias", "militia", "NOUN", "ROOT", 1),
                ("fighting", "fight", "VERB", "acl", 1),
                ("the", "the", "DET", "det", 5),
                ("Islamic", "Islamic", "PROPN", "compound", 5),
                ("State", "State", "PROPN", "dobj", 2),
            ]
        ),
        {2: "VBG"},
    )
    assert phrase(doc[1]).text == "local militias"


def test_phrases_phrase_keeps_participle_that_is_not_gerund():
    # fighters armed by Iran (VBN acl: part of the description, not a separate event)
    doc = with_tags(
        make_doc(
            [
                ("fighters", "fighter", "NOUN", "ROOT", 0),
                ("armed", "arm", "VERB", "acl", 0),
                ("by", "by", "ADP", "agent", 1),
                ("Iran", "Iran", "PROPN", "pobj", 2),
            ]
        ),
        {1: "VBN"},
    )
    assert phrase(doc[0]).text == "fighters armed by Iran"


def test_phrases_phrase_cuts_conjuncts():
    # the docstring's "cut before ... conjuncts": each conjunct is its own phrase
    assert phrase(coordination_doc()[2]).text == "the United States"


def test_phrases_phrase_keeps_a_preposition_inside_a_name():

    # National Union for Independence attacked
    words = [
        ("National", "National", "PROPN", "compound", 1),
        ("Union", "Union", "PROPN", "nsubj", 4),
        ("for", "for", "ADP", "prep", 1),
        ("Independence", "Independence", "PROPN", "pobj", 2),
        ("attacked", "attack", "VERB", "ROOT", 4),
    ]
    assert phrase(make_doc(words)[1]).text == "National Union"  # no entity: "for" starts a modifier
    named = make_doc(words)  # phrase() reads a finished Doc: its parse tree is kept in user_data
    named.ents = [Span(named, 0, 4, label="ORG")]
    assert phrase(named[1]).text == "National Union for Independence"


def test_phrases_phrase_reads_the_parse_tree_once_per_doc():
    doc = _fighters_doc()
    from sitrep.coding.phrases import TREE_KEY, parse_tree

    assert phrase(doc[0]).text == "Fighters"  # cut before the relative clause, the comma and the conjunct
    assert phrase(doc[7]).text == "officials"  # cut before the locative "in Raqqa"
    assert phrase(doc[4]).text == "the base"
    heads, kids, first_kid, flags = parse_tree(doc)
    assert heads == [0, 2, 0, 4, 2, 0, 0, 0, 7, 8]
    assert kids[first_kid[0] : first_kid[1]] == [2, 5, 6, 7]  # the root's children, in text order
    assert kids[first_kid[2] : first_kid[3]] == [1, 4]
    assert doc.user_data[TREE_KEY] is parse_tree(doc)  # built once, then read back


def test_phrases_phrase_keeps_a_parenthesis_it_opened():
    # the Syrian Democratic Forces ( SDF )
    doc = make_doc(
        [
            ("the", "the", "DET", "det", 3),
            ("Syrian", "Syrian", "PROPN", "compound", 3),
            ("Democratic", "Democratic", "PROPN", "compound", 3),
            ("Forces", "Forces", "PROPN", "ROOT", 3),
            ("(", "(", "PUNCT", "punct", 5),
            ("SDF", "SDF", "PROPN", "appos", 3),
            (")", ")", "PUNCT", "punct", 5),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert phrase(doc[3]).text == "the Syrian Democratic Forces ( SDF )"  # the full stop goes, not the ")"
    assert phrase(doc[5]).text == "SDF"


def test_phrases_span_text_is_the_spans_own_text():
    from sitrep.coding.phrases import span_text

    # "Kurdish  fighters\n\nattacked ." — a double space and a paragraph break (a whitespace token)
    doc = make_doc([("Kurdish", "kurdish", "ADJ", "amod", 1), ("fighters", "fighter", "NOUN", "nsubj", 3),
                    ("\n\n", "\n\n", "SPACE", "dep", 1), ("attacked", "attack", "VERB", "ROOT", 3),
                    (".", ".", "PUNCT", "punct", 3)], spaces=[True, False, False, True, False])
    assert span_text(doc[0:2]) == "Kurdish fighters"
    assert span_text(doc[1:4]) == "fighters\n\nattacked"
    assert span_text(doc[3:5]) == "attacked ."
    assert all(span_text(doc[i:j]) == doc[i:j].text for i in range(5) for j in range(i + 1, 6))


def test_phrases_noun_chunks_are_spacys_chunks_from_the_arrays():
    # "Rebels and their allies , who he said fought troops and shelled towns of Idlib , won ."
    from sitrep.coding.phrases import noun_chunks

    doc = make_doc(
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 14),
            ("and", "and", "CCONJ", "cc", 0),
            ("their", "their", "PRON", "poss", 3),
            ("allies", "ally", "NOUN", "conj", 0),
            (",", ",", "PUNCT", "punct", 0),
            ("who", "who", "PRON", "nsubj", 7),
            ("he", "he", "PRON", "nsubj", 7),
            ("said", "say", "VERB", "relcl", 0),
            ("fought", "fight", "VERB", "ccomp", 7),
            ("troops", "troop", "NOUN", "dobj", 8),
            ("and", "and", "CCONJ", "cc", 8),
            ("shelled", "shell", "VERB", "conj", 8),
            ("towns", "town", "NOUN", "conj", 9),
            ("of", "of", "ADP", "prep", 12),
            ("won", "win", "VERB", "ROOT", 14),
            (".", ".", "PUNCT", "punct", 14),
        ]
    )
    chunks = noun_chunks(doc)
    assert [(c.text, c.label_) for c in chunks] == [
        ("Rebels", "NP"), ("their allies", "NP"), ("who", "NP"), ("he", "NP"), ("troops", "NP"), ("towns", "NP")]
    assert [(c.start, c.end, c.label) for c in chunks] == [(c.start, c.end, c.label) for c in doc.noun_chunks]
    # "Army units near Homs and Hama": a chunk nested in another's left edge, a conjunct of no noun phrase
    doc = make_doc(
        [
            ("Army", "army", "NOUN", "nsubj", 1),
            ("units", "unit", "NOUN", "ROOT", 1),
            ("near", "near", "ADP", "prep", 1),
            ("Homs", "Homs", "PROPN", "npadvmod", 2),
            ("and", "and", "CCONJ", "cc", 3),
            ("Hama", "Hama", "PROPN", "conj", 3),
        ]
    )
    assert [c.text for c in noun_chunks(doc)] == [c.text for c in doc.noun_chunks] == ["Army"]


def _fighters_doc():  # Fighters who attacked the base , and officials in Raqqa
    return make_doc(
        [
            ("Fighters", "fighter", "NOUN", "ROOT", 0),
            ("who", "who", "PRON", "nsubj", 2),
            ("attacked", "attack", "VERB", "relcl", 0),
            ("the", "the", "DET", "det", 4),
            ("base", "base", "NOUN", "dobj", 2),
            (",", ",", "PUNCT", "punct", 0),
            ("and", "and", "CCONJ", "cc", 0),
            ("officials", "official", "NOUN", "conj", 0),
            ("in", "in", "ADP", "prep", 7),
            ("Raqqa", "Raqqa", "PROPN", "pobj", 8),
        ]
    )


def test_phrases_token_labels_reads_pos_and_dep_once_per_parse():
    from sitrep.coding.phrases import LABELS_KEY, parse_tree, token_labels

    doc = _fighters_doc()
    labels = token_labels(doc)
    assert labels.pos == ["NOUN", "PRON", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN", "ADP", "PROPN"]
    assert labels.dep == ["ROOT", "nsubj", "relcl", "det", "dobj", "punct", "cc", "conj", "prep", "pobj"]
    assert token_labels(doc) is labels  # kept in the Doc's own data, beside its parse tree
    assert doc.user_data[LABELS_KEY][0] is parse_tree(doc)


def test_phrases_child_with_finds_the_first_child_with_a_label():
    from sitrep.coding.phrases import child_indexes, child_with

    doc = _fighters_doc()
    assert child_indexes(doc, 0) == [2, 5, 6, 7]  # in text order
    assert child_indexes(doc, 3) == []
    assert child_with(doc[0], ("cc", "conj")) == doc[6]  # the first of either label
    assert child_with(doc[2], ("nsubj",)) == doc[1]  # a child left of its head
    assert child_with(doc[2], ("dobj",)) == doc[4]
    assert child_with(doc[4], ("dobj",)) is None


def test_phrases_gerund_act_hung_on_a_party_is_cut():
    # accused the official of lying / suspected them of being involved: the act is no part of the party's phrase
    doc = with_tags(make_doc([
        ("accused", "accuse", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 2),
        ("official", "official", "NOUN", "dobj", 0), ("of", "of", "ADP", "prep", 2),
        ("lying", "lie", "VERB", "pcomp", 3),
    ]), {2: "NN", 4: "VBG"})
    assert phrase(doc[2]).text == "the official"
    passive = with_tags(make_doc([
        ("suspected", "suspect", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 2),
        ("Tsarnaevs", "Tsarnaev", "PROPN", "dobj", 0), ("of", "of", "ADP", "prep", 2),
        ("being", "be", "AUX", "auxpass", 5), ("involved", "involve", "VERB", "pcomp", 3),
    ]), {2: "NNPS", 4: "VBG", 5: "VBN"})
    assert phrase(passive[2]).text == "the Tsarnaevs"
    # a noun of the "of" phrase stays ("the town of Afrin")
    town = with_tags(make_doc([
        ("the", "the", "DET", "det", 1), ("town", "town", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
        ("Afrin", "Afrin", "PROPN", "pobj", 2),
    ]), {1: "NN", 3: "NNP"})
    assert phrase(town[1]).text == "the town of Afrin"
