"""The opt-in trigger-word pre-filter (sitrep.nlp.prefilter) and its use by the Coder."""

from __future__ import annotations

from datetime import date

from sitrep.nlp.prefilter import (
    blank_unlikely,
    build_prefilter,
    kept_sentences,
    lemmatizer_exceptions,
    sentence_spans,
)


def test_prefilter_keeps_regular_inflections():
    prefilter = build_prefilter(["attack", "shell", "carry", "bomb", "gunman"])
    assert prefilter.keep("Rebels attacked the base.")
    assert prefilter.keep("The shelling went on.")
    assert prefilter.keep("Troops carried the wounded.")
    assert prefilter.keep("Two gunmen were seen.")
    assert prefilter.keep("Jets are bombing the town.")
    assert not prefilter.keep("The weather was mild in Aleppo.")


def test_prefilter_keeps_irregular_forms_from_the_lemmatizer_tables():
    exceptions = lemmatizer_exceptions([{"fought": ["fight"]}, {"seized": ["seize"], "went": ["go"]}])
    prefilter = build_prefilter(["fight"], exceptions=exceptions)
    assert prefilter.keep("They fought for a week.")
    assert not prefilter.keep("They went home.")


def test_prefilter_multiword_lemma_counts_by_its_longest_word():
    prefilter = build_prefilter(["pull-out", "sit-in"])
    assert prefilter.keep("The pull-out began.")
    assert not prefilter.keep("Talks took place in Geneva.")  # "in" alone keeps nothing


def test_prefilter_sentence_spans_split_paragraphs_and_final_punctuation():
    text = "Rebels attacked. The army said so.\nNew line here\n\n\"Quoted.\" 3 died. e.g. not split"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["Rebels attacked.", "The army said so.", "New line here", '"Quoted."', "3 died. e.g. not split"]


def test_prefilter_keeps_first_candidates_and_the_sentence_before():
    prefilter = build_prefilter(["attack"])
    sentences = ["Headline.", "Nice weather.", "Calm day.", "Then they attacked.", "Sun again."]
    assert kept_sentences(sentences, prefilter) == [True, False, True, True, False]


def test_prefilter_blanks_dropped_sentences_keeping_offsets_and_newlines():
    prefilter = build_prefilter(["attack"])
    text = "Headline here.\nThe sun shone. Birds sang. Rebels attacked Idlib.\nMarkets were calm. All quiet."
    blanked = blank_unlikely(text, prefilter)
    assert len(blanked) == len(text)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    start = text.index("Birds")
    assert blanked[start:].startswith("Birds sang. Rebels attacked Idlib.\n")
    assert blanked[: text.index("Birds")] == "Headline here.\n" + " " * (start - len("Headline here.\n"))
    assert blanked.endswith("\n" + " " * len("Markets were calm. All quiet."))


def test_prefilter_returns_the_text_itself_when_every_sentence_is_kept():
    text = "Rebels attacked. Jets attacked."
    assert blank_unlikely(text, build_prefilter(["attack"])) is text


def test_prefilter_coder_events_point_into_the_original_text(nlp):
    from sitrep.coder import Coder
    from sitrep.ingest import read_text
    from sitrep.settings import load_settings

    text = (
        "Syria update\n"
        "The weather in Damascus was mild on Monday. The sky was blue and the evening was calm. "
        "Most families had dinner in the old city.\n"
        "Russian jets bombed the town of Saraqib on Tuesday, killing 12 civilians, activists said.\n"
        "Prices of bread were stable. The football season is over."
    )
    article = read_text(text, doc_id="d1", published=date(2018, 2, 7))
    found = {}
    for prefilter in (False, True):
        coder = Coder(settings=load_settings(overrides={"prefilter": prefilter}))
        coder._nlp = nlp
        found[prefilter] = next(coder.code([article]))[1]
    parsed = coder.parsed(article)
    assert "sky" not in parsed.text and len(parsed.text) == len(text)
    assert found[True], "the strike was not coded with the pre-filter"
    for event in found[True]:
        evidence = event.to_dict()["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    # the same events; a kept sentence ends before the blanked paragraph's newline (not after it, as unfiltered)
    assert [_without_trailing_space(e.to_dict()) for e in found[True]] == [
        _without_trailing_space(e.to_dict()) for e in found[False]
    ]


def _without_trailing_space(record: dict) -> dict:
    sentence = record["evidence"]["sentence"].rstrip()
    evidence = {**record["evidence"], "sentence": sentence, "end": record["evidence"]["start"] + len(sentence)}
    return {**record, "evidence": evidence}


def test_prefilter_breaks_sentences_at_blanks():
    import spacy

    from sitrep.nlp.prefilter import blank, break_at_blanks

    text = "Rebels attacked.\nCalm day here.\nJets attacked."
    spans = [(text.index("Calm"), text.index("here.") + 5)]
    doc = break_at_blanks(spacy.blank("en").make_doc(blank(text, spans)), spans)
    assert doc.text == "Rebels attacked.\n" + " " * len("Calm day here.") + "\nJets attacked."
    space = next(t for t in doc if t.is_space)
    assert space.is_sent_start and doc[space.i + 1].text == "Jets" and doc[space.i + 1].is_sent_start
    assert not doc[1].is_sent_start
