"""Title-Case headline lines parsed from a case-normalised copy (sitrep.nlp.titles, setting `title_case`)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.nlp import build_pipeline
from sitrep.nlp.titles import (
    Casing,
    body_case,
    carry_back,
    is_common,
    is_title_case,
    lowered_words,
    normalised_text,
    reduced_passives,
    same_tokens,
    title_spans,
)

HEADLINE = "Security Services Avert Terror Attack on Damascus"


def test_titles_title_case_lines_are_told_from_sentences():
    assert is_title_case(HEADLINE)
    assert is_title_case("Eight Civilians Killed 14 Injured in Terrorist Attacks on Damascus")
    assert not is_title_case("Syrian Democratic Forces said they captured the town on Monday.")  # names, then prose
    assert not is_title_case("BREAKING NEWS FROM ALEPPO TONIGHT")  # all capitals
    assert not is_title_case("Wed 05 Apr 2017")  # too few content words


def test_titles_spans_are_the_title_lines_without_their_spaces():
    text = f"Wed 05 Apr 2017\n {HEADLINE} \nThe army said it stopped the attack."
    start = text.index(HEADLINE)
    assert title_spans(text) == [(start, start + len(HEADLINE))]


def test_titles_common_words_are_lowered_names_and_the_first_word_kept():
    doc = spacy.blank("en")("Syrian Army Strikes Scores of Terrorists in Idlib Near Turkey")
    common = frozenset({"strike", "score", "of", "terrorist", "in", "near", "turkey", "army"})
    casing = Casing(common, (("s", ""),), frozenset({"turkey"}))
    lowered = lowered_words(doc[:], casing=casing, kept={0, 1})
    assert [t.text for t, low in zip(doc, lowered, strict=True) if low] == ["Strikes", "Scores", "Terrorists", "Near"]
    assert normalised_text(doc[:], lowered) == "Syrian Army strikes scores of terrorists in Idlib near Turkey"


def test_titles_regular_inflections_of_common_words_are_common():
    rules = (("ed", ""), ("ies", "y"), ("s", ""))
    common = frozenset({"kill", "casualty"})
    assert is_common("killed", common=common, rules=rules)
    assert is_common("casualties", common=common, rules=rules)
    assert not is_common("ghouta", common=common, rules=rules)


def test_titles_copy_that_tokenises_otherwise_is_refused():
    blank = spacy.blank("en")
    span = blank("Rebels Can't Hold Aleppo")[:]
    assert same_tokens(span, blank("Rebels can't hold Aleppo"))
    assert not same_tokens(span, blank("Rebels cant hold Aleppo"))


def test_titles_headline_gets_its_verb_and_keeps_its_text(nlp):
    text = f"Wed 05 Apr 2017\n{HEADLINE}\nThe army said it stopped the attack."
    doc = nlp(text)
    assert doc.text == text
    avert = next(t for t in doc if t.text == "Avert")
    assert (avert.pos_, avert.dep_, avert.idx) == ("VERB", "ROOT", text.index("Avert"))
    assert [t.text for t in avert.children if t.dep_ == "dobj"] == ["Attack"]
    assert {e.text: e.label_ for e in doc.ents}.get("Damascus") == "GPE"


def test_titles_setting_off_leaves_the_component_out():
    assert "sitrep_title_case" not in build_pipeline(title_case=False).pipe_names


def test_titles_participle_head_without_auxiliary_is_passive():
    words = ["58", "Killed", "in", "Idlib"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
              tags=["CD", "VBN", "IN", "NNP"])
    assert [t.dep_ for t in reduced_passives(doc)] == ["nsubjpass", "ROOT", "prep", "pobj"]
    active = Doc(doc.vocab, words=["Rebels", "Killed", "58"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                 tags=["NNS", "VBD", "CD"])
    assert reduced_passives(active)[0].dep_ == "nsubj"


def test_titles_the_article_body_decides_a_words_case_first():
    text = "Opposition Claims Raqqa Offensive\nThe opposition said the Raqqa Offensive, a claim, had begun."
    lower, capital = body_case(text, title_spans(text))
    casing = Casing(frozenset({"opposition", "claim", "offensive"}), (("s", ""),), frozenset(), lower, capital)
    doc = spacy.blank("en")(text.split("\n")[0])
    assert lowered_words(doc[:], casing=casing, kept=set()) == [False, True, False, False]  # "Offensive" kept


def test_titles_entity_running_on_from_the_line_begins_after_it():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Court", "Probe", "\n", "BOSTON", "—"], spaces=[True, False, False, True, False],
              ents=["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    copy = Doc(vocab, words=["Court", "Probe"], spaces=[True, False], ents=["O", "O"])
    carry_back(doc, 0, copy)
    assert [(e.text, e.label_) for e in doc.ents] == [("\nBOSTON", "ORG")]
