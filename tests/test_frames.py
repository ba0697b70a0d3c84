"""coding/frames.py: CAMEO's frames over one sentence's coded triggers (hand-built Docs and events), and on whole
sentences (real spaCy model): what a promise, a readiness or a vow frames."""

from __future__ import annotations

from datetime import date

import sitrep
from conftest import make_doc
from sitrep.coding.frames import apply_frames, obligation_of
from sitrep.coding.triggers import governing_frame
from sitrep.records import Actor, Event, Evidence

SENTENCE = "Obama agreed to lift the sanctions"


def _event(event_type: str, cameo: str, trigger: str, *, status: str = "asserted") -> Event:
    evidence = Evidence(SENTENCE, 0, len(SENTENCE), trigger, trigger_start=SENTENCE.index(trigger))
    return Event(doc_id="d", event_type=event_type, status=status, evidence=evidence, cameo=cameo)


def test_frames_agreement_to_a_coded_act_is_that_act_not_a_separate_intent():
    # Obama agreed to lift the sanctions
    doc = make_doc([("Obama", "Obama", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("lift", "lift", "VERB", "xcomp", 1),
                    ("the", "the", "DET", "det", 5), ("sanctions", "sanction", "NOUN", "dobj", 3)])
    agreed = _event("AGREE", "030", "agreed")
    lifted = _event("RETREAT", "085", "lift", status="planned")
    events = apply_frames([(doc[1], [agreed]), (doc[3], [lifted])])
    assert [(e.event_type, e.cameo, e.status) for e in events] == [("RETREAT", "085", "planned")]
    # an agreement with a specific code of its own stays ("agreed to a ceasefire" coded on "agreed")
    ceasefire = _event("AGREE", "0356", "agreed")
    kept = apply_frames([(doc[1], [ceasefire]), (doc[3], [lifted])])
    assert [e.cameo for e in kept] == ["0356", "085"]
    # no coded act in the complement: the agreement is the event
    assert [e.cameo for e in apply_frames([(doc[1], [agreed]), (doc[3], [])])] == ["030"]


def test_frames_pledge_and_promise_govern_as_commitments():
    assert {governing_frame(v, has_object=False) for v in ("agree", "pledge", "promise")} == {"commit"}
    assert governing_frame("promise", has_object=True) == "commit"  # "promised Iran to lift"



def _coded(text: str):
    return sitrep.extract(text, published=date(2018, 3, 1))


def test_frames_promise_of_violence_is_the_promisers_threat():
    events = _coded("Erdogan promised to crush the Kurdish militias.")
    promise = [e for e in events if e.evidence.trigger == "promised"]
    assert [(e.event_type, e.cameo[:2]) for e in promise] == [("THREATEN", "13")]
    assert promise[0].target is not None and promise[0].target.text == "the Kurdish militias"  # the act's target
    assert [e.status for e in events if e.event_type == "ASSAULT"] == ["planned"]  # the act stays, planned
    aid = _coded("Iran pledged to send weapons to the Syrian government.")
    assert not [e for e in aid if e.cameo == "030"]  # a pledge of aid: the aid itself, planned, no bare 030


def test_frames_vow_reaches_the_noun_of_a_light_verb():
    events = _coded("Hezbollah vowed to launch attacks on Israel.")
    assert [(e.event_type, e.status) for e in events if e.evidence.trigger == "vowed"] == [("THREATEN", "asserted")]
    talks = [e for e in _coded("Turkey wants to hold talks with Russia.") if e.event_type == "CONSULT"]
    assert talks and talks[0].cameo == "036"  # CAMEO: express intent to meet or negotiate


def test_frames_readiness_to_negotiate_is_an_intent():
    events = [e for e in _coded("Hamas is willing to negotiate with Israel.") if e.event_type == "CONSULT"]
    assert events and events[0].status == "planned" and events[0].cameo == "036"


def test_frames_declared_aim_of_violence_is_the_owners_threat():
    events = _coded("Turkey's aim is to dislodge the YPG from Afrin.")
    threats = [e for e in events if e.evidence.trigger == "aim"]
    assert [(e.event_type, e.cameo[:2], e.status) for e in threats] == [("THREATEN", "13", "asserted")]
    assert threats[0].source is not None and threats[0].source.country == "TUR"
    assert [e.evidence.trigger for e in events if e.event_type == "ASSAULT"] == ["dislodge"]  # the act stays
    assert not [e for e in _coded("The aim is to dislodge the YPG from Afrin.") if e.event_type == "THREATEN"]


def _passive_doc(modal: str, *, agent: str | None = None):
    """ "Daesh must be beaten [by military means/by the army]", parsed by hand."""
    from conftest import with_tags

    rows = [("Daesh", "Daesh", "PROPN", "nsubjpass", 3), (modal, modal, "AUX", "aux", 3),
            ("be", "be", "AUX", "auxpass", 3), ("beaten", "beat", "VERB", "ROOT", 3)]
    if agent is not None:
        rows += [("by", "by", "ADP", "agent", 3), (agent, agent, "NOUN", "pobj", 4)]
    return with_tags(make_doc(rows), {3: "VBN"})


def test_frames_passive_obligation_of_a_party_is_a_threat_against_it():
    from sitrep.coding.frames import passive_threat

    assert passive_threat(_passive_doc("must")[3]).text == "Daesh"
    assert passive_threat(_passive_doc("will", agent="means")[3]).text == "Daesh"  # "by military means": how
    assert passive_threat(_passive_doc("must", agent="army")[3]) is None  # a doer is named: the act itself
    assert passive_threat(_passive_doc("may")[3]) is None  # a possibility, no threat


def test_frames_passive_threat_not_for_first_person_or_negated():
    from conftest import with_tags
    from sitrep.coding.frames import passive_threat

    we = with_tags(make_doc([("We", "we", "PRON", "nsubjpass", 4), ("will", "will", "AUX", "aux", 4),
                             ("not", "not", "PART", "neg", 4), ("be", "be", "AUX", "auxpass", 4),
                             ("defeated", "defeat", "VERB", "ROOT", 4)]), {4: "VBN"})
    assert passive_threat(we[4]) is None


def _said(event_type: str, cameo: str, trigger: str, *, status: str = "asserted", source: str | None = None,
          target: str | None = None) -> Event:
    """An event whose evidence is its trigger word alone (for hand-parsed sentences other than SENTENCE)."""
    from sitrep.coding.frames import recoded

    evidence = Evidence(trigger, 0, len(trigger), trigger, trigger_start=0)
    event = Event(doc_id="d", event_type=event_type, status=status, evidence=evidence,
                  source=Actor(source) if source else None, target=Actor(target) if target else None)
    return recoded(event, cameo)


def _call_on_doc(prep: str = "on"):
    """ "Erdogan called on Russia to withdraw", parsed by hand (prep "on", "for", "with" ...)."""
    return make_doc([("Erdogan", "Erdogan", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                     (prep, prep, "ADP", "prep", 1), ("Russia", "Russia", "PROPN", "pobj", 2),
                     ("to", "to", "PART", "aux", 5), ("withdraw", "withdraw", "VERB", "xcomp", 1)])


def _parties(events: list[Event]) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.event_type, e.cameo or "", e.source and e.source.text, e.target and e.target.text, e.status)
            for e in events]


def test_frames_prepositional_addressee_is_the_one_asked_to_act():
    doc = _call_on_doc()
    request = _said("REQUEST", "020", "called", source="Erdogan", target="Russia")
    retreat = _said("RETREAT", "0874", "withdraw", source="Erdogan")  # read with the caller as its doer
    events = apply_frames([(doc[1], [request]), (doc[5], [retreat])])
    assert _parties(events) == [("REQUEST", "0256", "Erdogan", "Russia", "asserted"),  # appeal to de-escalate
                                ("RETREAT", "0874", "Russia", None, "hypothetical")]  # Russia's, not done
    from sitrep.coding.frames import phrase_addressee

    assert phrase_addressee(_call_on_doc("for")[5]).text == "Russia"  # "called for Russia to withdraw"
    vowed = make_doc([("Syria", "Syria", "PROPN", "nsubj", 1), ("vowed", "vow", "VERB", "ROOT", 1),
                      ("for", "for", "ADP", "prep", 1), ("years", "year", "NOUN", "pobj", 2),
                      ("to", "to", "PART", "aux", 5), ("attack", "attack", "VERB", "xcomp", 1)])
    assert phrase_addressee(vowed[5]) is None  # an intent verb addresses no one: the act stays, planned


def test_frames_requested_act_with_no_appeal_code_is_not_the_callers_act():
    # The Kurds asked the US to send troops: CAMEO has no appeal code for a deployment; the request stays 020
    doc = make_doc([("Kurds", "Kurd", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
                    ("US", "US", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                    ("send", "send", "VERB", "xcomp", 1), ("troops", "troop", "NOUN", "dobj", 4)])
    request = _said("REQUEST", "020", "asked", source="Kurds", target="US")
    sent = _said("MOBILIZE", "154", "send", status="hypothetical", source="Kurds")
    assert _parties(apply_frames([(doc[1], [request]), (doc[4], [sent])])) == [
        ("REQUEST", "020", "Kurds", "US", "asserted"), ("MOBILIZE", "154", "US", None, "hypothetical")]
    # no party addressed and the act read as the asker's: dropped
    unaddressed = _said("REQUEST", "020", "asked", source="Kurds")
    assert _parties(apply_frames([(doc[1], [unaddressed]), (doc[4], [sent])])) == [
        ("REQUEST", "020", "Kurds", None, "asserted")]
    # a governing event that is no request ("encouraged Hezbollah to attack": SUPPORT) leaves the act alone
    support = _said("SUPPORT", "051", "asked", source="Kurds", target="US")
    assert [e.source.text for e in apply_frames([(doc[1], [support]), (doc[4], [sent])])] == ["Kurds", "Kurds"]


def test_frames_noun_call_for_a_party_to_act():
    # The EU's calls for Turkey to halt its offensive (the parser: "halt" an adverbial clause of "calls")
    doc = make_doc([("EU", "EU", "PROPN", "poss", 1), ("calls", "call", "NOUN", "ROOT", 1),
                    ("for", "for", "SCONJ", "mark", 5), ("Turkey", "Turkey", "PROPN", "nsubj", 5),
                    ("to", "to", "PART", "aux", 5), ("halt", "halt", "VERB", "advcl", 1)])
    request = _said("REQUEST", "020", "calls", source="EU")
    halt = _said("RETREAT", "087", "halt", source="Turkey")  # read as asserted, by Turkey
    assert _parties(apply_frames([(doc[1], [request]), (doc[5], [halt])])) == [
        ("REQUEST", "0256", "EU", None, "asserted"), ("RETREAT", "087", "Turkey", None, "hypothetical")]


def test_frames_call_on_a_party_to_act_is_a_request_to_it():
    events = _coded("Erdogan called on Russia to withdraw its troops from Syria.")
    assert [(e.event_type, e.source.text, e.status) for e in events] == [
        ("REQUEST", "Erdogan", "asserted"), ("RETREAT", "Russia", "hypothetical")]
    pleaded = _coded("The Kurds pleaded with the US to send troops to Afrin.")
    assert [(e.event_type, e.source.text) for e in pleaded] == [("REQUEST", "The Kurds"), ("MOBILIZE", "the US")]
    assert all(e.event_type != "REQUEST" for e in _coded("Erdogan called the attack a crime."))  # asks nothing


def test_frames_appeal_for_aid_is_the_whole_request():
    # Congress asked Obama to help Iran: CAMEO 023 (appeal for aid) names the act; no AID of its own (PETRARCH)
    doc = make_doc([("Congress", "Congress", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
                    ("Obama", "Obama", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                    ("help", "help", "VERB", "xcomp", 1), ("Iran", "Iran", "PROPN", "dobj", 4)])
    request = _said("REQUEST", "020", "asked", source="Congress", target="Obama")
    helped = _said("AID", "070", "help", status="hypothetical", source="Congress", target="Iran")
    assert _parties(apply_frames([(doc[1], [request]), (doc[4], [helped])])) == [
        ("REQUEST", "023", "Congress", "Obama", "asserted")]


def test_frames_order_with_passive_infinitive_is_no_demand():
    # "Javid ordered her citizenship to be revoked": no party is told to act; "ordered the minister to resign" is
    rows = [("Javid", "Javid", "PROPN", "nsubj", 1), ("ordered", "order", "VERB", "ROOT", 1),
            ("citizenship", "citizenship", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 5),
            ("be", "be", "AUX", "auxpass", 5), ("revoked", "revoke", "VERB", "xcomp", 1)]
    assert obligation_of(make_doc(rows)[5]) is None
    rows = [("judge", "judge", "NOUN", "nsubj", 1), ("ordered", "order", "VERB", "ROOT", 1),
            ("minister", "minister", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
            ("resign", "resign", "VERB", "xcomp", 1)]
    doc = make_doc(rows)
    assert obligation_of(doc[4]) == (doc[1], doc[2])
