"""coding/expletives.py: the "it" that holds a clause's place refers to no party."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.coref import Mention, antecedent
from sitrep.coding.expletives import is_expletive
from sitrep.records import Actor


def _legal_to_kill():
    # "It is legal to kill them ."
    return make_doc([("It", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                     ("legal", "legal", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
                     ("kill", "kill", "VERB", "xcomp", 1), ("them", "they", "PRON", "dobj", 4),
                     (".", ".", "PUNCT", "punct", 1)])


def test_expletives_it_before_an_infinitive_said_of_an_act_is_no_party():
    doc = _legal_to_kill()
    assert is_expletive(doc[0])
    assert antecedent(doc[0], [Mention(0, Actor(text="Britain", country="GBR"), "singular", 0, True)], sent=1) is None


def test_expletives_it_emerged_that_is_no_party_but_it_said_that_is():
    # "It emerged that rebels attacked ." / "It said that rebels attacked ."
    rows = [("It", "it", "PRON", "nsubj", 1), ("emerged", "emerge", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4), ("rebels", "rebel", "NOUN", "nsubj", 4),
            ("attacked", "attack", "VERB", "ccomp", 1), (".", ".", "PUNCT", "punct", 1)]
    assert is_expletive(make_doc(rows)[0])
    rows[1] = ("said", "say", "VERB", "ROOT", 1)
    assert not is_expletive(make_doc(rows)[0])


def test_expletives_it_ready_to_attack_is_the_party():
    # "it was ready to attack": the adjective is said of the party
    doc = make_doc([("it", "it", "PRON", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1),
                    ("ready", "ready", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
                    ("attack", "attack", "VERB", "xcomp", 2)])
    assert not is_expletive(doc[0])
