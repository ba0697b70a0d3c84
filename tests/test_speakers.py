"""coding/speakers.py: the reporting speaker as the doer of what it reports of its own side."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import make_doc, with_tags
from sitrep.coding.coref import Mention
from sitrep.coding.speakers import (
    activity_opponent,
    ergative_subject,
    is_opposed,
    named_head,
    own_activity_act,
    speaking_doer,
    stated_intent,
)
from sitrep.records import Actor


def _said_passive(noun: str, verb: str, lemma: str, *, modifier: str | None = None, agent: bool = False):
    """ "A leader said the [modifier] <noun> would be <verb> [by them]"."""
    rows = [("A", "a", "DET", "det", 1), ("leader", "leader", "NOUN", "nsubj", 2), ("said", "say", "VERB", "ROOT", 2),
            ("the", "the", "DET", "det", 4 + bool(modifier))]
    if modifier:
        rows.append((modifier, modifier.lower(), "ADJ", "amod", 5))
    n = len(rows)  # the noun's index
    rows += [(noun, noun, "NOUN", "nsubjpass", n + 3), ("would", "would", "AUX", "aux", n + 3),
             ("be", "be", "AUX", "auxpass", n + 3), (verb, lemma, "VERB", "ccomp", 2)]
    if agent:
        rows += [("by", "by", "ADP", "agent", n + 3), ("them", "they", "PRON", "pobj", n + 4)]
    return make_doc(rows), n + 3


def test_speakers_own_activity_abandoned_is_the_speakers_act():
    doc, verb = _said_passive("fight", "abandoned", "abandon")
    assert own_activity_act(doc[verb]) and speaking_doer(doc[verb]) == doc[1]


def test_speakers_act_on_others_names_no_doer():
    doc, verb = _said_passive("hospital", "bombed", "bomb")
    assert speaking_doer(doc[verb]) is None
    doc, verb = _said_passive("hospital", "abandoned", "abandon")  # a thing, not an activity the speaker runs
    assert speaking_doer(doc[verb]) is None


def test_speakers_another_partys_activity_or_an_agent_is_not_the_speakers():
    doc, verb = _said_passive("offensive", "halted", "halt", modifier="Turkish")
    doc.ents = [Span(doc, 4, 5, label="NORP")]
    assert speaking_doer(doc[verb]) is None
    doc, verb = _said_passive("offensive", "halted", "halt", agent=True)
    assert speaking_doer(doc[verb]) is None


def _say_gerund(predicate: tuple[str, str, str, str, int]):
    """ "Leaders say avenging the loss remains <predicate>"."""
    doc = make_doc([("Leaders", "leader", "NOUN", "nsubj", 1), ("say", "say", "VERB", "ROOT", 1),
                    ("avenging", "avenge", "VERB", "csubj", 5), ("the", "the", "DET", "det", 4),
                    ("loss", "loss", "NOUN", "dobj", 2), ("remains", "remain", "VERB", "ccomp", 1),
                    ("a", "a", "DET", "det", 7), predicate])
    return with_tags(doc, {2: "VBG"})


def test_speakers_subjectless_gerund_stated_as_an_aim_is_the_speakers_intent():
    doc = _say_gerund(("priority", "priority", "NOUN", "attr", 5))
    assert stated_intent(doc[2]) and speaking_doer(doc[2]) == doc[0]


def test_speakers_gerund_stated_as_no_aim_names_no_doer():
    doc = _say_gerund(("problem", "problem", "NOUN", "attr", 5))
    assert not stated_intent(doc[2]) and speaking_doer(doc[2]) is None


def test_speakers_named_head_is_the_latest_name_before_the_pronoun():
    doc = make_doc([("Khalili", "Khalili", "PROPN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1),
                    (".", ".", "PUNCT", "punct", 1), ("He", "he", "PRON", "nsubj", 4), ("said", "say", "VERB", "ROOT", 4)])
    khalili = Actor(text="Khalili")
    mentions = [Mention(7, khalili, "person"), Mention(doc[3].idx + 2, Actor(text="He", name="Khalili"), "person")]
    assert named_head(doc[3], "Khalili", mentions) == doc[0]
    assert named_head(doc[3], "Assad", mentions) is None


def _said_stopped(modifier: tuple[str, str, str, str, int] | None, noun: str = "operations"):
    """ "Officials said [modifier] <noun> have stopped"; modifier rows point at index 3 (the noun)."""
    rows = [("Officials", "official", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)]
    rows += [modifier] if modifier else [("the", "the", "DET", "det", 3)]
    rows += [(noun, noun.rstrip("s"), "NOUN", "nsubj", 5), ("have", "have", "AUX", "aux", 5),
             ("stopped", "stop", "VERB", "ccomp", 1)]
    return make_doc(rows)


def test_speakers_activity_that_stopped_is_the_speakers_own_unless_witnessed_or_owned():
    doc = _said_stopped(None)
    assert ergative_subject(doc[5]) == doc[3] and speaking_doer(doc[5]) == doc[0]
    doc = _said_stopped(None, noun="fighting")  # residents report the fighting stopped: not their act
    assert speaking_doer(doc[5]) is None
    doc = _said_stopped(("Turkish", "turkish", "ADJ", "amod", 3))
    doc.ents = [Span(doc, 2, 3, label="NORP")]
    assert speaking_doer(doc[5]) is None


def test_speakers_anti_modifier_names_the_opponent_not_the_owner():
    doc = make_doc([("Officials", "official", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                    ("anti", "anti", "ADJ", "amod", 5), ("-", "-", "PUNCT", "punct", 5),
                    ("Isis", "Isis", "PROPN", "amod", 5), ("operations", "operation", "NOUN", "nsubj", 7),
                    ("have", "have", "AUX", "aux", 7), ("stopped", "stop", "VERB", "ccomp", 1)],
                   spaces=[True, True, False, False, True, True, True, False])
    doc.ents = [Span(doc, 4, 5, label="ORG")]
    assert is_opposed(doc[4]) and not is_opposed(doc[5])
    assert speaking_doer(doc[7]) == doc[0]


def test_speakers_activity_opponent_is_its_anti_modifier_or_against_phrase():
    anti = make_doc([("anti", "anti", "ADJ", "amod", 3), ("-", "-", "ADJ", "amod", 3), ("Isis", "isis", "ADJ", "amod", 3),
                     ("operations", "operation", "NOUN", "ROOT", 3)], spaces=[False, False, True, False])
    assert activity_opponent(anti[3]) == anti[2]  # not the hyphen, which the parser also makes a modifier
    against = make_doc([("operations", "operation", "NOUN", "ROOT", 0), ("against", "against", "ADP", "prep", 0),
                        ("Isis", "Isis", "PROPN", "pobj", 1)])
    assert activity_opponent(against[0]) == against[2]
    own = make_doc([("Turkish", "turkish", "ADJ", "amod", 1), ("operations", "operation", "NOUN", "ROOT", 1)])
    assert activity_opponent(own[1]) is None
