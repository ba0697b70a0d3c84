"""coding/actor_judged.py on hand-built parses: the doer of the act a verb of judging holds against its object."""

from __future__ import annotations

from conftest import accusation_doc, make_doc, with_tags
from sitrep.coding.actor_judged import judged_doer, reporting_participle_speaker


def test_actor_judged_object_of_an_accusation_does_the_gerund_act():
    # The rebels accused the army of using gas
    doc = accusation_doc()
    assert judged_doer(doc[6]).text == "army"


def test_actor_judged_passive_subject_and_of_phrase_on_the_object():
    # The army was blamed for shelling the market
    passive = make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("army", "army", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("blamed", "blame", "VERB", "ROOT", 3),
            ("for", "for", "ADP", "prep", 3),
            ("shelling", "shell", "VERB", "pcomp", 4),
            ("the", "the", "DET", "det", 7),
            ("market", "market", "NOUN", "dobj", 5),
        ]
    )
    assert judged_doer(passive[5]).text == "army"
    # Activists accused the regime of bombing ("of bombing" hung on "regime")
    on_object = make_doc(
        [
            ("Activists", "activist", "NOUN", "nsubj", 1),
            ("accused", "accuse", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("regime", "regime", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("bombing", "bomb", "VERB", "pcomp", 4),
        ]
    )
    assert judged_doer(on_object[5]).text == "regime"


def test_actor_judged_other_verbs_keep_their_own_doer():
    # The army used drones for shelling: the army shells, the drones are its means
    doc = make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("army", "army", "NOUN", "nsubj", 2),
            ("used", "use", "VERB", "ROOT", 2),
            ("drones", "drone", "NOUN", "dobj", 2),
            ("for", "for", "ADP", "prep", 2),
            ("shelling", "shell", "VERB", "pcomp", 4),
        ]
    )
    assert judged_doer(doc[5]) is None


def _said_killed(participle: tuple[str, str]):
    # Officials said five soldiers were killed , <participle> Isis
    return with_tags(make_doc([
        ("Officials", "official", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("five", "five", "NUM", "nummod", 3), ("soldiers", "soldier", "NOUN", "nsubjpass", 5),
        ("were", "be", "AUX", "auxpass", 5), ("killed", "kill", "VERB", "ccomp", 1), (",", ",", "PUNCT", "punct", 5),
        (participle[0], participle[1], "VERB", "advcl", 5), ("Isis", "Isis", "PROPN", "dobj", 7),
    ]), {5: "VBN", 7: "VBG"})


def test_actor_judged_verdict_after_a_reported_passive_is_the_speakers():
    # "Officials said five soldiers were killed, blaming Isis": the officials blame, not the soldiers
    assert reporting_participle_speaker(_said_killed(("blaming", "blame"))[7]).text == "Officials"
    # "..., fighting Isis": an act the victims may do keeps its own reading
    assert reporting_participle_speaker(_said_killed(("fighting", "fight"))[7]) is None
