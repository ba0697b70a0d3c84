"""coding/speakers.py: the reporting speaker as the doer of what it reports of its own side."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import make_doc, with_tags
from sitrep.coding.coref import Mention
from sitrep.coding.speakers import named_head, own_activity_act, speaking_doer, stated_intent
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
