"""coding/authorities.py: the authority that reports its own agentless passive legal or security act."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.coding.authorities import (
    act_lemmas,
    acting_authority,
    load_authority_acts,
    performs,
    reporting_authority,
)
from sitrep.errors import DictionaryError
from sitrep.records import Actor


def _said(subject: list[tuple[str, str, str, str, int]], verb: str, lemma: str):
    """ "<subject> said two men were <verb>": the subject rows end with the reporting verb's subject at index
    len(subject) - 1."""
    from conftest import make_doc

    n = len(subject)
    return make_doc(
        [
            *subject,
            ("said", "say", "VERB", "ROOT", n),
            ("two", "two", "NUM", "nummod", n + 2),
            ("men", "man", "NOUN", "nsubjpass", n + 4),
            ("were", "be", "AUX", "auxpass", n + 4),
            (verb, lemma, "VERB", "ccomp", n),
        ]
    )


def test_authorities_speaker_of_agentless_passive_is_read():
    doc = _said([("Police", "police", "NOUN", "nsubj", 1)], "arrested", "arrest")
    assert reporting_authority(doc[5]) == doc[0]


def test_authorities_passive_with_an_agent_has_no_acting_speaker():
    from conftest import make_doc

    # Police said two men were arrested by soldiers
    doc = make_doc([("Police", "police", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                    ("two", "two", "NUM", "nummod", 3), ("men", "man", "NOUN", "nsubjpass", 5),
                    ("were", "be", "AUX", "auxpass", 5), ("arrested", "arrest", "VERB", "ccomp", 1),
                    ("by", "by", "ADP", "agent", 5), ("soldiers", "soldier", "NOUN", "pobj", 6)])
    assert reporting_authority(doc[5]) is None


def test_authorities_only_the_authority_that_performs_the_act_is_its_source():
    doc = _said([("Police", "police", "NOUN", "nsubj", 1)], "arrested", "arrest")
    police, monitor = Actor("Police", sector="COP"), Actor("Observatory", sector="NGO")
    assert performs(doc[0], police, act_lemmas(doc[5]))
    assert not performs(doc[0], monitor, act_lemmas(doc[5]))  # a monitor reports, it does not arrest
    killed = _said([("Police", "police", "NOUN", "nsubj", 1)], "killed", "kill")
    assert not performs(killed[0], police, act_lemmas(killed[5]))  # police report killings they did not do


def test_authorities_government_office_acts_only_for_law_and_order():
    interior = _said([("interior", "interior", "ADJ", "amod", 1), ("ministry", "ministry", "NOUN", "nsubj", 2)],
                     "detained", "detain")
    foreign = _said([("foreign", "foreign", "ADJ", "amod", 1), ("ministry", "ministry", "NOUN", "nsubj", 2)],
                    "detained", "detain")
    gov = Actor("ministry", sector="GOV")
    assert performs(interior[1], gov, act_lemmas(interior[6]))
    assert not performs(foreign[1], gov, act_lemmas(foreign[6]))


def test_authorities_spokesman_speaks_for_the_authority_he_is_named_for():
    # A court spokesman said two men were charged
    doc = _said([("court", "court", "NOUN", "compound", 1), ("spokesman", "spokesman", "NOUN", "nsubj", 2)],
                "charged", "charge")
    actors = {"court": Actor("court", sector="JUD"), "spokesman": Actor("spokesman", sector="GOV")}
    found = acting_authority(doc[6], read=lambda t: [actors[t.text]])
    assert found is not None and found[0] == doc[0] and found[1][0].sector == "JUD"


def test_authorities_table_rejects_unknown_sector(tmp_path: Path):
    path = tmp_path / "acts.csv"
    path.write_text("sector,lemmas,note\nNGO,arrest,monitors\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        load_authority_acts(path)
    assert "arrest" in load_authority_acts()["COP"]


def test_authorities_armed_force_reporting_ground_retaken_is_its_doer():
    # "the army said five villages had been retaken": an army tells of its own advance
    doc = _said([("Army", "army", "NOUN", "nsubj", 1)], "retaken", "retake")
    army = Actor("Army", sector="MIL")
    assert performs(doc[0], army, act_lemmas(doc[5]))
    assert performs(doc[0], army, frozenset({"wrest"}))
    assert not performs(doc[0], Actor("Observatory", sector="NGO"), act_lemmas(doc[5]))
