"""coding/elaboration.py: a casualty clause is its head event's casualties (model-free: Docs built by hand)."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.elaboration import absorb_casualty_clauses, casualty_text, elaborated_trigger
from sitrep.records import Actor, Event, Evidence

GUNMEN = Actor(text="Gunmen")


def event(trigger, *, status="asserted", quad_class=4, killed=None, injured=None, source=GUNMEN, target=None):
    sent = trigger.sent
    return Event(doc_id="d", event_type="ASSAULT", status=status, source=source, target=target,
                 quad_class=quad_class, killed=killed, injured=injured,
                 evidence=Evidence(sentence=sent.text, start=0, end=len(sent.text), trigger=trigger.text,
                                   trigger_start=trigger.idx))  # fmt: skip


def with_tags(doc, tags):
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def attack_doc():
    # Gunmen attacked a checkpoint , killing five soldiers and injuring 12 .
    rows = [("Gunmen", "gunman", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3), ("checkpoint", "checkpoint", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 1), ("killing", "kill", "VERB", "advcl", 1),
            ("five", "five", "NUM", "nummod", 7), ("soldiers", "soldier", "NOUN", "dobj", 5),
            ("and", "and", "CCONJ", "cc", 5), ("injuring", "injure", "VERB", "conj", 5),
            ("12", "12", "NUM", "dobj", 9), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    return with_tags(
        make_doc(rows), ["NNS", "VBD", "DT", "NN", ",", "VBG", "CD", "NNS", "CC", "VBG", "CD", "."]
    )


def test_elaboration_participle_and_its_conjunct_fold_into_the_attack():
    doc = attack_doc()
    attack = [event(doc[1], target=Actor(text="a checkpoint"), killed=5, injured=12)]
    killing = [event(doc[5], target=Actor(text="five soldiers"), killed=5, injured=12)]
    injuring = [event(doc[9], target=Actor(text="12"), injured=12)]
    coded = absorb_casualty_clauses([(doc[1], attack), (doc[5], killing), (doc[9], injuring)])
    assert [len(events) for _t, events in coded] == [1, 0, 0]
    kept = coded[0][1][0]
    assert (kept.target.text, kept.killed, kept.injured) == ("a checkpoint", 5, 12)


def test_elaboration_clause_counts_fill_the_head_event():
    doc = attack_doc()
    attack = [event(doc[1])]  # the head's own clause text gave no count
    coded = absorb_casualty_clauses([(doc[1], attack), (doc[5], [event(doc[5], killed=5)]),
                                     (doc[9], [event(doc[9], injured=12)])])  # fmt: skip
    kept = [e for _t, events in coded for e in events]
    assert [(e.evidence.trigger, e.killed, e.injured) for e in kept] == [("attacked", 5, 12)]


def test_elaboration_killing_with_a_subject_of_its_own_is_another_act():
    # Rebels attacked the town as police killed five
    rows = [("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("town", "town", "NOUN", "dobj", 1), ("as", "as", "SCONJ", "mark", 6),
            ("police", "police", "NOUN", "nsubj", 6), ("killed", "kill", "VERB", "advcl", 1),
            ("five", "five", "NUM", "dobj", 6)]  # fmt: skip
    doc = with_tags(make_doc(rows), ["NNS", "VBD", "DT", "NN", "IN", "NNS", "VBD", "CD"])
    events_at = {1: [event(doc[1])], 6: [event(doc[6], source=Actor(text="police"), killed=5)]}
    assert elaborated_trigger(doc[6], events_at) is None
    coded = absorb_casualty_clauses([(doc[1], events_at[1]), (doc[6], events_at[6])])
    assert [len(events) for _t, events in coded] == [1, 1]


def test_elaboration_relative_clause_on_a_word_of_the_head_phrase():
    # A bomber struck a market in Baghdad , which killed 20 people
    rows = [("A", "a", "DET", "det", 1), ("bomber", "bomber", "NOUN", "nsubj", 2), ("struck", "strike", "VERB", "ROOT", 2),
            ("a", "a", "DET", "det", 4), ("market", "market", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 2),
            ("Baghdad", "Baghdad", "PROPN", "pobj", 5), (",", ",", "PUNCT", "punct", 6),
            ("which", "which", "PRON", "nsubj", 9), ("killed", "kill", "VERB", "relcl", 6),
            ("20", "20", "NUM", "nummod", 11), ("people", "people", "NOUN", "dobj", 9)]  # fmt: skip
    doc = with_tags(
        make_doc(rows), ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", ",", "WDT", "VBD", "CD", "NNS"]
    )
    events_at = {2: [event(doc[2])], 9: [event(doc[9], killed=20)]}
    assert elaborated_trigger(doc[9], events_at) == doc[2]
    who = make_doc([(t.text if t.i != 8 else "who", t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc])
    with_tags(who, [t.tag_ for t in doc])
    assert elaborated_trigger(who[9], events_at) is None  # "… the gunmen who killed 20": a person's act


def test_elaboration_needs_a_violent_head_and_the_same_commitment():
    doc = attack_doc()
    statement = {1: [event(doc[1], quad_class=3)], 5: [event(doc[5], killed=5)]}
    assert elaborated_trigger(doc[5], statement) is None  # only a violent act's casualties
    planned = [(doc[1], [event(doc[1])]), (doc[5], [event(doc[5], status="planned", killed=5)])]
    assert [len(events) for _t, events in absorb_casualty_clauses(planned)] == [1, 1]


def test_elaboration_only_casualty_verbs_are_folded():
    doc = attack_doc()
    storming = make_doc([(t.text, "storm" if t.i == 5 else t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc])
    with_tags(storming, [t.tag_ for t in doc])
    assert elaborated_trigger(storming[5], {1: [event(storming[1])], 5: [event(storming[5])]}) is None


def test_elaboration_another_partys_killing_is_not_in_the_casualty_text():
    from sitrep.coding.elaboration import casualty_text

    # Police arrested the gunmen who killed 20 people
    rows = [("Police", "police", "NOUN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("gunmen", "gunman", "NOUN", "dobj", 1),
            ("who", "who", "PRON", "nsubj", 5), ("killed", "kill", "VERB", "relcl", 3),
            ("20", "20", "NUM", "nummod", 7), ("people", "people", "NOUN", "dobj", 5)]  # fmt: skip
    doc = make_doc(rows)
    assert casualty_text(doc[1]) == "Police arrested the gunmen"
    assert casualty_text(doc[5]) == "who killed 20 people"  # the killing's own clause keeps its count
    which = make_doc([(t.text if t.i != 4 else "which", t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc])
    assert casualty_text(which[1]) == which.text.strip()  # "…, which killed 20": the incident's own dead
    attack = attack_doc()
    assert casualty_text(attack[1]) == attack.text.strip()


def test_elaboration_a_claimed_attack_takes_the_asserted_dead():
    doc = attack_doc()
    coded = [(doc[1], [event(doc[1], status="claimed")]), (doc[5], [event(doc[5], killed=5)])]
    assert [(e.status, e.killed) for _t, events in absorb_casualty_clauses(coded) for e in events] == [
        ("claimed", 5)
    ]


def test_elaboration_agentless_passive_dead_belong_to_the_attack_its_clause_names():
    # Five soldiers were killed when militants attacked a checkpoint
    rows = [("Five", "five", "NUM", "nummod", 1), ("soldiers", "soldier", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3), ("killed", "kill", "VERB", "ROOT", 3),
            ("when", "when", "SCONJ", "advmod", 6), ("militants", "militant", "NOUN", "nsubj", 6),
            ("attacked", "attack", "VERB", "advcl", 3), ("a", "a", "DET", "det", 8),
            ("checkpoint", "checkpoint", "NOUN", "dobj", 6)]  # fmt: skip
    doc = make_doc(rows)
    killed = [event(doc[3], source=None, target=Actor(text="Five soldiers"), killed=5)]
    attack = [event(doc[6], source=Actor(text="militants"), target=Actor(text="a checkpoint"))]
    coded = absorb_casualty_clauses([(doc[3], killed), (doc[6], attack)])
    kept = [e for _t, events in coded for e in events]
    assert [(e.evidence.trigger, e.source.text, e.killed) for e in kept] == [("attacked", "militants", 5)]
    assert elaborated_trigger(doc[3], {3: killed, 6: attack}) == doc[6]
    # … were killed by police when militants attacked …: the killers are named, so it is their act
    by_police = make_doc([*rows, ("by", "by", "ADP", "agent", 3), ("police", "police", "NOUN", "pobj", 9)])
    assert elaborated_trigger(by_police[3], {3: killed, 6: attack}) is None


def test_elaboration_second_count_joins_the_first():
    # The blast killed 12 and wounded 30
    rows = [("The", "the", "DET", "det", 1), ("blast", "blast", "NOUN", "nsubj", 2), ("killed", "kill", "VERB", "ROOT", 2),
            ("12", "12", "NUM", "dobj", 2), ("and", "and", "CCONJ", "cc", 2), ("wounded", "wound", "VERB", "conj", 2),
            ("30", "30", "NUM", "dobj", 5)]  # fmt: skip
    doc = make_doc(rows)
    coded = absorb_casualty_clauses([(doc[2], [event(doc[2], source=None, killed=12, injured=30)]),
                                     (doc[5], [event(doc[5], source=None, injured=30)])])  # fmt: skip
    assert [(e.killed, e.injured) for _t, events in coded for e in events] == [(12, 30)]


def test_elaboration_participle_of_a_light_verb_is_its_event_nouns():
    # The coalition carried out a strike , killing 12
    rows = [("The", "the", "DET", "det", 1), ("coalition", "coalition", "NOUN", "nsubj", 2),
            ("carried", "carry", "VERB", "ROOT", 2), ("out", "out", "ADP", "prt", 2), ("a", "a", "DET", "det", 5),
            ("strike", "strike", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 2),
            ("killing", "kill", "VERB", "advcl", 2), ("12", "12", "NUM", "dobj", 7)]  # fmt: skip
    doc = make_doc(rows)
    doc[7].tag_ = "VBG"
    events_at = {5: [event(doc[5])], 7: [event(doc[7], killed=12)]}
    assert elaborated_trigger(doc[7], events_at) == doc[5]
    assert elaborated_trigger(doc[7], {7: events_at[7]}) is None  # no event noun: nothing to fold into


def test_elaboration_victims_replace_a_target_that_names_no_party():
    from sitrep.coding.elaboration import takes_victims

    soldiers = Actor(text="five soldiers", sector="MIL")
    assert takes_victims(None, soldiers)
    assert takes_victims(Actor(text="a checkpoint"), soldiers)
    douma = Actor(text="Douma", name="Douma", country="SYR")
    assert not takes_victims(douma, Actor(text="12 civilians", sector="CVL"))  # the town keeps its country
    assert takes_victims(douma, Actor(text="40 Syrian soldiers", country="SYR", sector="MIL"))
    assert not takes_victims(Actor(text="the army", country="SYR", sector="MIL"), soldiers)
    doc = attack_doc()
    coded = [(doc[1], [event(doc[1], target=Actor(text="a checkpoint"))]),
             (doc[5], [event(doc[5], target=soldiers, killed=5)])]  # fmt: skip
    assert [e.target for _t, events in absorb_casualty_clauses(coded) for e in events] == [soldiers]


def test_elaboration_relative_clause_across_a_time_phrase_is_another_incident():
    # (bracing for) an attack after fire that killed five
    rows = [("attack", "attack", "NOUN", "ROOT", 0), ("after", "after", "ADP", "prep", 0),
            ("fire", "fire", "NOUN", "pobj", 1), ("that", "that", "PRON", "nsubj", 4),
            ("killed", "kill", "VERB", "relcl", 2), ("five", "five", "NUM", "dobj", 4)]  # fmt: skip
    doc = make_doc(rows)
    events_at = {0: [event(doc[0])], 4: [event(doc[4], source=None, killed=5)]}
    assert elaborated_trigger(doc[4], events_at) is None
    located = make_doc([(t.text if t.i != 1 else "in", t.lemma_ if t.i != 1 else "in", t.pos_, t.dep_, t.head.i)
                        for t in doc])  # fmt: skip
    assert (
        elaborated_trigger(located[4], events_at) == located[0]
    )  # "an attack in the town, which killed five"
    assert (
        elaborated_trigger(located[4], events_at, triggers=frozenset({2})) is None
    )  # "fire": its own incident


def test_elaboration_participle_on_a_non_violent_verb_goes_to_the_nearest_violent_act():
    # Police hunted a suspect after a device that exploded , wounding 13  (the parser hangs "wounding" on "hunted")
    rows = [("Police", "police", "NOUN", "nsubj", 1), ("hunted", "hunt", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3), ("suspect", "suspect", "NOUN", "dobj", 1), ("after", "after", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 6), ("device", "device", "NOUN", "pobj", 4), ("that", "that", "PRON", "nsubj", 8),
            ("exploded", "explode", "VERB", "relcl", 6), (",", ",", "PUNCT", "punct", 1),
            ("wounding", "wound", "VERB", "advcl", 1), ("13", "13", "NUM", "dobj", 10)]  # fmt: skip
    doc = with_tags(make_doc(rows), ["NN", "VBD", "DT", "NN", "IN", "DT", "NN", "WDT", "VBD", ",", "VBG", "CD"])
    police = Actor(text="Police")
    hunt = [event(doc[1], quad_class=3, source=police)]
    blast = [event(doc[8], source=None)]
    wounding = [event(doc[10], source=police, injured=13)]
    assert elaborated_trigger(doc[10], {1: hunt, 8: blast, 10: wounding}) == doc[8]
    coded = absorb_casualty_clauses([(doc[1], hunt), (doc[8], blast), (doc[10], wounding)])
    assert [len(events) for _t, events in coded] == [1, 1, 0]
    assert coded[1][1][0].injured == 13 and coded[0][1][0].injured is None


def leaving_doc():
    # Militants attacked the convoy , leaving five soldiers injured .
    rows = [("Militants", "militant", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("convoy", "convoy", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 1), ("leaving", "leave", "VERB", "advcl", 1),
            ("five", "five", "NUM", "nummod", 7), ("soldiers", "soldier", "NOUN", "dobj", 5),
            ("injured", "injure", "VERB", "xcomp", 5), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    return with_tags(make_doc(rows), ["NNS", "VBD", "DT", "NN", ",", "VBG", "CD", "NNS", "VBN", "."])


def test_elaboration_state_left_by_a_participle_folds_into_the_attack():
    doc = leaving_doc()
    coded = absorb_casualty_clauses([(doc[1], [event(doc[1], injured=5)]),
                                     (doc[8], [event(doc[8], source=Actor(text="five soldiers"))])])  # fmt: skip
    assert [(t.text, len(events)) for t, events in coded] == [("attacked", 1), ("injured", 0)]
    assert coded[0][1][0].injured == 5


def left_by_subject_doc():
    # The clashes left one student injured .
    rows = [("The", "the", "DET", "det", 1), ("clashes", "clash", "NOUN", "nsubj", 2),
            ("left", "leave", "VERB", "ROOT", 2), ("one", "one", "NUM", "nummod", 4),
            ("student", "student", "NOUN", "nsubj", 5), ("injured", "injure", "VERB", "ccomp", 2),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    return with_tags(make_doc(rows), ["DT", "NNS", "VBD", "CD", "NN", "VBN", "."])


def test_elaboration_state_left_by_a_violent_subject_is_its_toll():
    doc = left_by_subject_doc()
    clashes = [event(doc[1])]
    assert elaborated_trigger(doc[5], {1: clashes, 5: [event(doc[5])]}) == doc[1]
    assert elaborated_trigger(doc[5], {5: [event(doc[5])]}) is None  # "the clashes" coded no event


def test_elaboration_casualty_text_of_a_subject_act_is_the_clause_of_leave():
    # The blast left 12 people dead and 30 wounded .
    rows = [("The", "the", "DET", "det", 1), ("blast", "blast", "NOUN", "nsubj", 2),
            ("left", "leave", "VERB", "ROOT", 2), ("12", "12", "NUM", "nummod", 4),
            ("people", "people", "NOUN", "dobj", 2), ("dead", "dead", "ADJ", "amod", 4),
            ("and", "and", "CCONJ", "cc", 2), ("30", "30", "NUM", "nsubj", 8),
            ("wounded", "wound", "VERB", "conj", 2), (".", ".", "PUNCT", "punct", 8)]  # fmt: skip
    doc = make_doc(rows)
    assert casualty_text(doc[1]) == "The blast left 12 people dead and 30 wounded ."


def test_elaboration_state_left_by_no_coded_act_is_no_act_of_its_victims():
    doc = left_by_subject_doc()  # "the clashes" coded no event: "one student injured" names no doer
    victims = [event(doc[5], source=Actor(text="one student"))]
    assert absorb_casualty_clauses([(doc[1], []), (doc[5], victims)]) == [(doc[1], []), (doc[5], [])]
    doc = leaving_doc()  # no subject of its own: the militants left five soldiers injured
    injured = [event(doc[8])]
    assert absorb_casualty_clauses([(doc[1], []), (doc[8], injured)]) == [(doc[1], []), (doc[8], injured)]


def test_elaboration_deaths_during_a_span_of_an_incident_are_its_casualties():
    from sitrep.coding.casualties import find_casualties
    from sitrep.coding.elaboration import clause_casualty_text, time_span

    # 11 people died during an hour of bombing
    doc = make_doc([("11", "11", "NUM", "nummod", 1), ("people", "people", "NOUN", "nsubj", 2),
                    ("died", "die", "VERB", "ROOT", 2), ("during", "during", "ADP", "prep", 2),
                    ("an", "an", "DET", "det", 5), ("hour", "hour", "NOUN", "pobj", 3), ("of", "of", "ADP", "prep", 5),
                    ("bombing", "bombing", "NOUN", "pobj", 6)])  # fmt: skip
    assert time_span(doc[7]) == doc[5]
    assert find_casualties(clause_casualty_text(doc[7])) == (11, None)
    # 11 people died in a wave of bombing: a series, no span of time
    wave = make_doc([(t.text, t.lemma_ if t.i != 5 else "wave", t.pos_, t.dep_, t.head.i) for t in doc])
    assert time_span(wave[7]) == wave[7]


def test_elaboration_harm_verb_takes_the_incident_noun_its_conjunct_names():
    # a man was killed and five more were wounded in a battle
    rows = [("a", "a", "DET", "det", 1), ("man", "man", "NOUN", "nsubjpass", 3), ("was", "be", "AUX", "auxpass", 3),
            ("killed", "kill", "VERB", "ROOT", 3), ("and", "and", "CCONJ", "cc", 3),
            ("five", "five", "NUM", "nsubjpass", 8), ("more", "more", "ADJ", "amod", 5),
            ("were", "be", "AUX", "auxpass", 8), ("wounded", "wound", "VERB", "conj", 3), ("in", "in", "ADP", "prep", 8),
            ("a", "a", "DET", "det", 11), ("battle", "battle", "NOUN", "pobj", 9)]  # fmt: skip
    doc = with_tags(make_doc(rows), ["DT", "NN", "VBD", "VBN", "CC", "CD", "JJR", "VBD", "VBN", "IN", "DT", "NN"])
    killed, wounded = doc[3], doc[8]
    coded = [(killed, [event(killed)]), (wounded, [event(doc[11], injured=5)])]
    (_, head_events), (_, clause_events) = absorb_casualty_clauses(coded)
    assert clause_events == []
    assert [(e.evidence.trigger, e.evidence.trigger_start, e.injured) for e in head_events] == [
        ("battle", doc[11].idx, 5)
    ]


def test_elaboration_killing_noun_counts_its_own_victims_only():
    from sitrep.coding.elaboration import clause_casualties

    # called for protests following the slaying of seven demonstrators
    doc = make_doc([("called", "call", "VERB", "ROOT", 0), ("for", "for", "ADP", "prep", 0),
                    ("protests", "protest", "NOUN", "pobj", 1), ("following", "follow", "VERB", "advcl", 0),
                    ("the", "the", "DET", "det", 5), ("slaying", "slaying", "NOUN", "dobj", 3),
                    ("of", "of", "ADP", "prep", 5), ("seven", "seven", "NUM", "nummod", 8),
                    ("demonstrators", "demonstrator", "NOUN", "pobj", 6)])
    assert clause_casualties(doc[5]) == (7, None)
    assert clause_casualties(doc[2]) == (None, None)  # the protests called for killed no one


def test_elaboration_clause_casualties_count_a_raised_subject():
    from sitrep.coding.elaboration import clause_casualties

    # Six soldiers were reported killed in an attack: the count is in the passive's clause, not the participle's
    rows = [("Six", "six", "NUM", "nummod", 1), ("soldiers", "soldier", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3), ("reported", "report", "VERB", "ROOT", 3),
            ("killed", "kill", "VERB", "xcomp", 3), ("in", "in", "ADP", "prep", 4), ("an", "an", "DET", "det", 7),
            ("attack", "attack", "NOUN", "pobj", 5)]
    doc = with_tags(make_doc(rows), ["CD", "NNS", "VBD", "VBN", "VBN", "IN", "DT", "NN"])
    assert clause_casualties(doc[4]) == (6, None)
