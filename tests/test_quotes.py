"""coding/quotes.py: quotes found from the text's quotation marks, and the speaker a quote's "we" stands for."""

from __future__ import annotations

from sitrep.coding.quotes import first_person_speaker, group_voice, quote_runs


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quote_runs(text)]


def test_quotes_runs_join_pieces_a_paragraph_leaves_unclosed():
    text = "\u201cWe gave you weapons.\n\n\u201cWe trained your fighters,\u201d the minister said."
    runs = quote_runs(text)
    assert len(runs) == 1 and len(runs[0].pieces) == 2
    assert text[runs[0].start : runs[0].end] == text[: text.index(" the minister")]
    straight = 'He said: "We gave you weapons.\n\n"We trained your fighters." Then he left.'
    assert _texts(straight) == ['"We gave you weapons.\n\n"We trained your fighters."']


def test_quotes_run_ends_at_a_paragraph_the_next_one_does_not_reopen():
    text = "He said: \u201cWe will win.\n\nThe army denied it. \u201cNo,\u201d a general said."
    assert _texts(text) == ["\u201cWe will win.", "\u201cNo,\u201d"]


def test_quotes_straight_marks_alternate_and_a_stray_closing_mark_is_ignored():
    assert _texts('"We will win," he said, and \u201d "We will stay."') == ['"We will win,"', '"We will stay."']


def test_quotes_nested_quote_ends_at_a_closing_mark_that_is_no_apostrophe():
    text = "\u201cThey told us: \u2018we couldn\u2019t stay\u2019,\u201d he said."
    inner = quote_runs(text)[0].inner
    assert [text[q.start : q.end] for q in inner] == ["\u2018we couldn\u2019t stay\u2019"]


def _speaker(nlp, text: str, nth: int = 0, word: str = "We") -> str | None:
    doc = nlp(text)
    pronoun = [t for t in doc if t.text == word][nth]
    speaker = first_person_speaker(pronoun)
    return speaker.text if speaker is not None else None


def test_quotes_speaker_after_a_quote_of_several_sentences(nlp):
    text = '"We gave them weapons. We trained their fighters," the Turkish defence minister said.'
    assert _speaker(nlp, text, 0) == "minister"


def test_quotes_speaker_before_a_quote_of_several_sentences(nlp):
    text = 'Turkish President Recep Tayyip Erdogan said: "We will clear Afrin. Our soldiers are ready."'
    assert _speaker(nlp, text, 0, "Our") == "Erdogan"


def test_quotes_unattributed_quote_continues_the_speaker_before_it(nlp):
    assert _speaker(nlp, '"We will clear Afrin," said Erdogan. "We will attack Manbij."', 1) == "Erdogan"
    text = 'The rebels met in Azaz. Khalil said the expulsion changed everything. "We need the regime now."'
    assert _speaker(nlp, text) == "Khalil"


def test_quotes_nested_we_is_the_nested_speaker_not_the_outer_one(nlp):
    text = "\u201cThey told us: \u2018We want to train you\u2019,\u201d the former prisoner said."
    assert _speaker(nlp, text) == "They"


def test_quotes_we_outside_quotes_has_no_speaker(nlp):
    assert _speaker(nlp, "The army attacked the town. We will attack the rebels in Idlib.") is None


def _group_then_name(description: tuple[str, str, str, str] | None):
    # "Afrin fell , say locals . Areen , 34 , said ." (a description instead of the age when given)
    import spacy
    from spacy.tokens import Doc

    second = description or ("34", "34", "NUM", "CD")
    rows = [("Afrin", "Afrin", "PROPN", "NNP", "nsubj", 1), ("fell", "fall", "VERB", "VBD", "ccomp", 3),
            (",", ",", "PUNCT", ",", "punct", 3), ("say", "say", "VERB", "VBP", "ROOT", 3),
            ("locals", "local", "NOUN", "NNS", "nsubj", 3), (".", ".", "PUNCT", ".", "punct", 3),
            ("Areen", "Areen", "PROPN", "NNP", "nsubj", 10), (",", ",", "PUNCT", ",", "punct", 6),
            (second[0], second[1], second[2], second[3], "appos", 6), (",", ",", "PUNCT", ",", "punct", 6),
            ("said", "say", "VERB", "VBD", "ROOT", 10), (".", ".", "PUNCT", ".", "punct", 10)]
    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows], deps=[r[4] for r in rows],
               heads=[r[5] for r in rows])


def test_quotes_group_voice_is_the_group_reported_right_before_a_bare_name():
    doc = _group_then_name(None)
    assert group_voice(doc[6]) == doc[4]  # Areen, 34: one of the locals
    assert group_voice(doc[4]) is None  # not a name
    described = _group_then_name(("official", "official", "NOUN", "NN"))
    assert group_voice(described[6]) is None  # "Areen, an official": described in her own words
