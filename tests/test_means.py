"""coding/means.py: instruments and incident nouns where a doer should be (model-free: Docs built by hand)."""

from __future__ import annotations

from conftest import make_doc, warning_rows, with_tags
from sitrep.coding.means import (
    concurrent_doer,
    incident_sense,
    is_means,
    means_owner,
    names_no_one,
    participle_agent,
    source_candidates,
)
from sitrep.coding.triggers import load_triggers, sense_of_code


def test_means_instrument_and_incident_nouns_are_means_of_violence_only():
    lexicon = load_triggers()
    attack, accuse = sense_of_code("190", pattern="test"), sense_of_code("112", pattern="test")
    assert attack is not None and accuse is not None
    # an improvised explosive device killed ... / a roadside bombing killed ... / the soldiers killed
    doc = make_doc(
        [
            ("explosive", "explosive", "ADJ", "amod", 1),
            ("device", "device", "NOUN", "nsubj", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
        ]
    )
    assert is_means(doc[1], attack, lexicon)
    assert not is_means(doc[1], accuse, lexicon)  # words have no instrument
    bombing = make_doc([("bombing", "bombing", "NOUN", "nsubj", 1), ("killed", "kill", "VERB", "ROOT", 1)])
    assert is_means(bombing[0], attack, lexicon) and incident_sense(bombing[0], lexicon) is not None
    soldiers = make_doc([("soldiers", "soldier", "NOUN", "nsubj", 1), ("killed", "kill", "VERB", "ROOT", 1)])
    assert not is_means(soldiers[0], attack, lexicon)
    bare = make_doc([("device", "device", "NOUN", "nsubj", 1), ("exploded", "explode", "VERB", "ROOT", 1)])
    assert not is_means(bare[0], attack, lexicon)  # "the device" alone names no weapon


def test_means_owner_is_a_name_modifier_or_the_agent_of_its_participle():
    # a Hamas rocket / rockets fired by Hamas / a roadside bomb
    doc = make_doc([("Hamas", "Hamas", "PROPN", "compound", 1), ("rocket", "rocket", "NOUN", "ROOT", 1)])
    assert means_owner(doc[1]) == doc[0] and not names_no_one(doc[0])
    fired = make_doc(
        [
            ("rockets", "rocket", "NOUN", "ROOT", 0),
            ("fired", "fire", "VERB", "acl", 0),
            ("by", "by", "ADP", "agent", 1),
            ("Hamas", "Hamas", "PROPN", "pobj", 2),
        ]
    )
    fired[1].tag_ = "VBN"
    assert means_owner(fired[0]) == fired[3]
    roadside = make_doc(
        [("roadside", "roadside", "NOUN", "compound", 1), ("bomb", "bomb", "NOUN", "ROOT", 1)]
    )
    assert means_owner(roadside[1]) == roadside[0] and names_no_one(roadside[0])  # no one is named


def test_means_passive_of_mobilizing_names_its_force_as_the_source():
    from conftest import make_doc
    from sitrep.coding.means import source_candidates

    # "Russian troops were deployed": the troops stand for their side
    doc = make_doc([("Russian", "russian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubjpass", 3),
                    ("were", "be", "AUX", "auxpass", 3), ("deployed", "deploy", "VERB", "ROOT", 3)])
    assert source_candidates(doc[3]) == [doc[1]]
    # "Russian troops were attacked": the troops are the victims
    doc = make_doc([("Russian", "russian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubjpass", 3),
                    ("were", "be", "AUX", "auxpass", 3), ("attacked", "attack", "VERB", "ROOT", 3)])
    assert source_candidates(doc[3]) == []


def test_means_passive_of_sending_names_the_force_sent():
    from conftest import make_doc
    from sitrep.coding.means import source_candidates

    # "a Euphrates Shield force was sent to the border", "troops were dispatched": the force sent moves itself
    for verb in ("send", "dispatch"):
        doc = make_doc([("a", "a", "DET", "det", 1), ("force", "force", "NOUN", "nsubjpass", 3),
                        ("was", "be", "AUX", "auxpass", 3), (verb + "ed", verb, "VERB", "ROOT", 3)])
        assert source_candidates(doc[3]) == [doc[1]], verb

def test_means_passive_cause_is_the_incident_of_an_agentless_passive():
    from sitrep.coding.means import passive_cause

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # "civilians were killed in a US strike": the strike, whose owner is the doer
    rows = [("civilians", "civilian", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
            ("killed", "kill", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
            ("US", "US", "PROPN", "compound", 5), ("strike", "strike", "NOUN", "pobj", 3)]
    doc = make_doc(rows)
    assert passive_cause(doc[2], attack, lexicon=lexicon) == doc[5] and means_owner(doc[5]) == doc[4]
    # "civilians were killed in Kabul": a place is no cause
    place = make_doc([*rows[:4], ("Kabul", "Kabul", "PROPN", "pobj", 3)])
    assert passive_cause(place[2], attack, lexicon=lexicon) is None
    # "civilians were killed by militants in a strike": the agent is the source, not the strike's owner
    agent = make_doc([*rows[:3], ("by", "by", "ADP", "agent", 2), ("militants", "militant", "NOUN", "pobj", 3),
                      ("in", "in", "ADP", "prep", 2), ("strike", "strike", "NOUN", "pobj", 5)])
    assert passive_cause(agent[2], attack, lexicon=lexicon) is None


def test_means_harm_incident_is_the_indefinite_incident_noun_of_a_harm_verb():
    from sitrep.coding.means import harm_incident

    lexicon = load_triggers()
    # "five people were killed in an attack": the attack names the event, the verb its victims
    rows = [("five", "five", "NUM", "nummod", 1), ("people", "people", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3), ("killed", "kill", "VERB", "ROOT", 3),
            ("in", "in", "ADP", "prep", 3), ("an", "an", "DET", "det", 6), ("attack", "attack", "NOUN", "pobj", 4)]
    doc = make_doc(rows)
    assert harm_incident(doc[3], lexicon=lexicon) == doc[6]
    # "... killed in the attack": an incident told elsewhere; the verb stays the word
    definite = make_doc([*rows[:5], ("the", "the", "DET", "det", 6), ("attack", "attack", "NOUN", "pobj", 4)])
    assert harm_incident(definite[3], lexicon=lexicon) is None
    # "... killed in a town": no incident; "... arrested in an attack": no harm verb
    town = make_doc([*rows[:6], ("town", "town", "NOUN", "pobj", 4)])
    assert harm_incident(town[3], lexicon=lexicon) is None
    arrested = make_doc([*rows[:3], ("arrested", "arrest", "VERB", "ROOT", 3), *rows[4:]])
    assert harm_incident(arrested[3], lexicon=lexicon) is None


def test_means_accidental_explosion_is_no_incident_of_violence():
    lexicon = load_triggers()
    # "killed in an accidental explosion", "a gas blast": no deliberate act, so no means of one
    for noun, modifier in (("explosion", "accidental"), ("blast", "gas")):
        doc = make_doc([("an", "an", "DET", "det", 2), (modifier, modifier, "ADJ", "amod", 2),
                        (noun, noun, "NOUN", "ROOT", 2)])
        assert incident_sense(doc[2], lexicon) is None, noun
        bare = make_doc([("an", "an", "DET", "det", 1), (noun, noun, "NOUN", "ROOT", 1)])
        assert incident_sense(bare[1], lexicon) is not None, noun


def test_means_subject_of_came_under_attack_is_no_source():
    # The town came under attack (near Idlib): the town suffers the attack, it does not carry it out
    doc = make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("town", "town", "NOUN", "nsubj", 2),
            ("came", "come", "VERB", "ROOT", 2),
            ("under", "under", "ADP", "prep", 2),
            ("attack", "attack", "NOUN", "pobj", 3),
        ]
    )
    assert source_candidates(doc[4]) == []
    launched = make_doc(
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("launched", "launch", "VERB", "ROOT", 1),
            ("an", "an", "DET", "det", 3),
            ("attack", "attack", "NOUN", "dobj", 1),
        ]
    )
    assert [t.text for t in source_candidates(launched[3])] == ["Rebels"]


def _arrested_as(subject: tuple[str, str, str], verb: tuple[str, str]):
    # Activists were arrested as SUBJECT VERB the town
    return make_doc(
        [
            ("Activists", "activist", "NOUN", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            ("arrested", "arrest", "VERB", "ROOT", 2),
            ("as", "as", "SCONJ", "mark", 5),
            (subject[0], subject[1], subject[2], "nsubj", 5),
            (verb[0], verb[1], "VERB", "advcl", 2),
            ("the", "the", "DET", "det", 7),
            ("town", "town", "NOUN", "dobj", 5),
        ]
    )


def test_means_agentless_passive_takes_the_subject_of_an_armed_act_at_its_time():
    lexicon = load_triggers()
    arrest = sense_of_code("173", pattern="test")
    assert arrest is not None
    stormed = _arrested_as(("troops", "troop", "NOUN"), ("stormed", "storm"))
    assert concurrent_doer(stormed[2], arrest, lexicon=lexicon).text == "troops"
    pronoun = _arrested_as(("they", "they", "PRON"), ("stormed", "storm"))
    assert concurrent_doer(pronoun[2], arrest, lexicon=lexicon) is None  # "as he tried to flee": often the victim
    visited = _arrested_as(("troops", "troop", "NOUN"), ("visited", "visit"))
    assert concurrent_doer(visited[2], arrest, lexicon=lexicon) is None  # no armed act, no doer


def test_means_speech_act_noun_source_is_the_reporter_before_a_support_verb():
    # Iran said the US would pay, in a warning  ("pay" is a support verb, but the warning is Iran's)
    from conftest import make_doc
    from sitrep.coding.means import source_candidates

    doc = make_doc(warning_rows())
    assert [t.text for t in source_candidates(doc[9])] == ["Iran"]


def test_means_detainer_releases_the_people_it_holds():
    from dataclasses import replace

    from sitrep.coding.means import detainer

    found = sense_of_code("0841", pattern="test")
    assert found is not None
    release = replace(found, mode="release")
    rows = [
        ("fighters", "fighter", "NOUN", "nsubjpass", 5),
        ("held", "hold", "VERB", "acl", 0),
        ("by", "by", "ADP", "agent", 1),
        ("SDF", "SDF", "PROPN", "pobj", 2),
        ("are", "be", "AUX", "auxpass", 5),
        ("released", "release", "VERB", "ROOT", 5),
    ]
    holder = detainer(make_doc(rows)[5], release)
    assert holder is not None and holder.text == "SDF"  # fighters held by the SDF are released: by the SDF
    freed = make_doc([*rows[:5], ("freed", "free", "VERB", "ROOT", 5)])
    assert detainer(freed[5], release) is None  # "freed" may be a rescue by others
    # fighters held in camps are released: no holder named
    camps = make_doc([*rows[:2], ("in", "in", "ADP", "prep", 1), ("camps", "camp", "NOUN", "pobj", 2), *rows[4:]])
    assert detainer(camps[5], release) is None


def test_means_relatum_of_consulted_allies_is_the_consulting_party():
    from sitrep.coding.means import relatum_of

    consult, attack = sense_of_code("040", pattern="test"), sense_of_code("190", pattern="test")
    assert consult is not None and attack is not None
    # US allies were not consulted / US allies were attacked / US officials were not consulted
    doc = make_doc(
        [
            ("US", "US", "PROPN", "compound", 1),
            ("allies", "ally", "NOUN", "nsubjpass", 4),
            ("were", "be", "AUX", "auxpass", 4),
            ("not", "not", "PART", "neg", 4),
            ("consulted", "consult", "VERB", "ROOT", 4),
        ]
    )
    party = relatum_of(doc[4], consult)
    assert party is not None and party.text == "US"
    assert relatum_of(doc[4], attack) is None  # allies attacked: by anyone
    officials = make_doc([("US", "US", "PROPN", "compound", 1), ("officials", "official", "NOUN", "nsubjpass", 3),
                          ("were", "be", "AUX", "auxpass", 3), ("consulted", "consult", "VERB", "ROOT", 3)])
    assert relatum_of(officials[3], consult) is None  # officials are the US's own, not its counterparts


def test_means_named_appositive_of_a_partitive_subject_is_the_first_candidate():
    # One of them, Mr Craig, called for ...
    doc = make_doc([("One", "one", "NUM", "nsubj", 6), ("of", "of", "ADP", "prep", 0),
                    ("them", "they", "PRON", "pobj", 1), (",", ",", "PUNCT", "punct", 0),
                    ("Mr", "Mr", "PROPN", "compound", 5), ("Craig", "Craig", "PROPN", "appos", 0),
                    ("called", "call", "VERB", "ROOT", 6)])
    assert source_candidates(doc[6]) == [doc[5], doc[0]]
    # The rebels, a PKK offshoot, attacked ...: a noun subject names the party itself
    rebels = make_doc([("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 5),
                       (",", ",", "PUNCT", "punct", 1), ("a", "a", "DET", "det", 4),
                       ("PKK", "PKK", "PROPN", "appos", 1), ("attacked", "attack", "VERB", "ROOT", 5)])
    assert source_candidates(rebels[5]) == [rebels[1]]


def test_means_implied_sources_take_an_appeal_nouns_asker_and_the_given_holder():
    from dataclasses import replace

    from sitrep.coding.means import implied_sources

    lexicon = load_triggers()
    appeal, found = sense_of_code("020", pattern="test"), sense_of_code("0841", pattern="test")
    assert appeal is not None and found is not None
    # the demands of leaders remain: the leaders ask (a subjective genitive)
    demands = make_doc(
        [
            ("the", "the", "DET", "det", 1),
            ("demands", "demand", "NOUN", "nsubj", 4),
            ("of", "of", "ADP", "prep", 1),
            ("leaders", "leader", "NOUN", "pobj", 2),
            ("remain", "remain", "VERB", "ROOT", 4),
        ]
    )
    assert [t.text for t in implied_sources(demands[1], appeal, lexicon=lexicon, holder=None)] == ["leaders"]
    # fighters held by the SDF are released: the holder the caller worked out is the last head tried
    released = make_doc(
        [
            ("fighters", "fighter", "NOUN", "nsubjpass", 5),
            ("held", "hold", "VERB", "acl", 0),
            ("by", "by", "ADP", "agent", 1),
            ("SDF", "SDF", "PROPN", "pobj", 2),
            ("are", "be", "AUX", "auxpass", 5),
            ("released", "release", "VERB", "ROOT", 5),
        ]
    )
    release = replace(found, mode="release")
    assert [t.text for t in implied_sources(released[5], release, lexicon=lexicon, holder=released[3])] == ["SDF"]
    assert list(implied_sources(released[5], release, lexicon=lexicon, holder=None)) == []
    assert list(implied_sources(released[5], None, lexicon=lexicon, holder=released[3])) == []  # no sense, no act


def test_means_source_of_an_activity_that_halted_is_its_owner_not_the_activity():
    # "The Turkish offensive halted ." / "The anti - Isis offensive halted ."
    doc = make_doc([("The", "the", "DET", "det", 2), ("Turkish", "turkish", "ADJ", "amod", 2),
                    ("offensive", "offensive", "NOUN", "nsubj", 3), ("halted", "halt", "VERB", "ROOT", 3)])
    assert source_candidates(doc[3]) == [doc[1]]
    anti = make_doc([("The", "the", "DET", "det", 4), ("anti", "anti", "ADJ", "amod", 4),
                     ("-", "-", "PUNCT", "punct", 4), ("Isis", "Isis", "PROPN", "amod", 4),
                     ("offensive", "offensive", "NOUN", "nsubj", 5), ("halted", "halt", "VERB", "ROOT", 5)])
    assert source_candidates(anti[5]) == []
    # with a complement the subject is the party that stops ("the rebels stopped fighting")
    rebels = make_doc([("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2),
                       ("stopped", "stop", "VERB", "ROOT", 2), ("fighting", "fight", "VERB", "xcomp", 2)])
    assert source_candidates(rebels[2]) == [rebels[1]]


def test_means_from_phrase_on_an_existential_copula_is_the_demand_source():
    from sitrep.coding.means import existential_source

    # From two politicians , there were demands for a resumption
    doc = make_doc([("From", "from", "ADP", "prep", 5), ("two", "two", "NUM", "nummod", 2),
                    ("politicians", "politician", "NOUN", "pobj", 0), (",", ",", "PUNCT", "punct", 5),
                    ("there", "there", "PRON", "expl", 5), ("were", "be", "AUX", "ROOT", 5),
                    ("demands", "demand", "NOUN", "attr", 5), ("for", "for", "ADP", "prep", 5),
                    ("a", "a", "DET", "det", 9), ("resumption", "resumption", "NOUN", "pobj", 7)])
    assert existential_source(doc[6]) == doc[2]
    assert source_candidates(doc[6]) == [doc[2]]
    assert existential_source(doc[9]) is None  # not the copula's subject


def test_means_lives_claimed_are_a_killing_not_a_claim():
    from sitrep.coding.triggers import is_light_verb, lookup_verb

    lexicon = load_triggers()
    sense = lookup_verb(lexicon, "claim", object_lemma="life")
    assert sense is not None and (sense.event_type, sense.cameo) == ("ASSAULT", "190")
    assert lookup_verb(lexicon, "claim", object_lemma="responsibility") is None  # the noun carries the event
    assert is_light_verb(lexicon, "claim", object_lemma="responsibility")


def test_means_source_candidates_are_worked_out_once_per_doc():
    from sitrep.coding.means import CANDIDATES_KEY, source_candidates
    from sitrep.coding.phrases import parse_tree

    # "Russian troops were deployed": asked again (by the source, the incident and the means), read back
    doc = make_doc([("Russian", "russian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubjpass", 3),
                    ("were", "be", "AUX", "auxpass", 3), ("deployed", "deploy", "VERB", "ROOT", 3)])
    first = source_candidates(doc[3])
    assert first == [doc[1]]
    tree, known = doc.user_data[CANDIDATES_KEY]
    assert tree is parse_tree(doc) and known == {3: (1,)}  # token indexes: no Token kept in the Doc's own data
    first.append(doc[0])  # each answer is a list of its own
    assert source_candidates(doc[3]) == [doc[1]]


def test_means_passive_conjunct_shares_the_cause_phrase():
    from sitrep.coding.means import passive_cause

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # "four were killed and others were injured in airstrikes": the phrase hangs on "injured" but causes both
    rows = [("four", "four", "NUM", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
            ("killed", "kill", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
            ("others", "other", "NOUN", "nsubjpass", 6), ("were", "be", "AUX", "auxpass", 6),
            ("injured", "injure", "VERB", "conj", 2), ("in", "in", "ADP", "prep", 6),
            ("airstrikes", "airstrike", "NOUN", "pobj", 7)]
    doc = with_tags(make_doc(rows), {2: "VBN", 6: "VBN"})
    assert passive_cause(doc[2], attack, lexicon=lexicon) == doc[8]
    assert passive_cause(doc[6], attack, lexicon=lexicon) == doc[8]
    # "four were killed in Kabul and others injured in airstrikes": the first verb's own phrase is no cause
    own = with_tags(make_doc([*rows[:3], ("in", "in", "ADP", "prep", 2), ("Kabul", "Kabul", "PROPN", "pobj", 3)]),
                    {2: "VBN"})
    assert passive_cause(own[2], attack, lexicon=lexicon) is None


def test_means_owner_is_whom_the_incident_is_blamed_on():
    # "the attack, which was blamed on rebels" / "a bombing attributed to Isis" / "an attack blamed for deaths"
    blamed = make_doc([("attack", "attack", "NOUN", "ROOT", 0), ("which", "which", "PRON", "nsubjpass", 3),
                       ("was", "be", "AUX", "auxpass", 3), ("blamed", "blame", "VERB", "relcl", 0),
                       ("on", "on", "ADP", "prep", 3), ("rebels", "rebel", "NOUN", "pobj", 4)])
    assert means_owner(with_tags(blamed, {3: "VBN"})[0]).text == "rebels"
    attributed = make_doc([("bombing", "bombing", "NOUN", "ROOT", 0), ("attributed", "attribute", "VERB", "acl", 0),
                           ("to", "to", "ADP", "prep", 1), ("Isis", "Isis", "PROPN", "pobj", 2)])
    assert means_owner(with_tags(attributed, {1: "VBN"})[0]).text == "Isis"
    other = make_doc([("attack", "attack", "NOUN", "ROOT", 0), ("blamed", "blame", "VERB", "acl", 0),
                      ("for", "for", "ADP", "prep", 1), ("deaths", "death", "NOUN", "pobj", 2)])
    assert means_owner(with_tags(other, {1: "VBN"})[0]) is None


def test_means_explosive_ammunition_is_a_means_not_a_party():
    # explosive ammunition killed two civilians: the weapon, not a doer
    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    doc = make_doc(
        [
            ("explosive", "explosive", "ADJ", "amod", 1),
            ("ammunition", "ammunition", "NOUN", "nsubj", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
        ]
    )
    assert is_means(doc[1], attack, lexicon)


def test_means_suicide_bomber_is_a_person_and_a_tagged_weapon_name_a_means():
    from spacy.tokens import Span

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # a suicide bomber killed 30 / two were hit by an RPG ("RPG" tagged ORG)
    bomber = make_doc(
        [
            ("suicide", "suicide", "NOUN", "compound", 1),
            ("bomber", "bomber", "NOUN", "nsubj", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
        ]
    )
    assert not is_means(bomber[1], attack, lexicon)
    rpg = make_doc(
        [
            ("hit", "hit", "VERB", "ROOT", 0),
            ("by", "by", "ADP", "agent", 0),
            ("an", "an", "DET", "det", 3),
            ("RPG", "RPG", "PROPN", "pobj", 1),
        ]
    )
    rpg.ents = [Span(rpg, 3, 4, label="ORG")]
    assert is_means(rpg[3], attack, lexicon)


def _killed_in(*noun_rows: tuple[str, str, str, str, int]):
    """ "fighters were killed in ..." parsed by hand; the rows after "in" give their heads as absolute indexes."""
    rows = [
        ("fighters", "fighter", "NOUN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("killed", "kill", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
    ]
    return with_tags(make_doc(rows + list(noun_rows)), {2: "VBN"})


def test_means_activity_carried_out_by_a_party_is_a_passive_cause():
    from sitrep.coding.means import passive_cause

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # fighters were killed in an operation by Turkish forces: the operation's "by" party did it
    doc = _killed_in(
        ("an", "an", "DET", "det", 5),
        ("operation", "operation", "NOUN", "pobj", 3),
        ("by", "by", "ADP", "prep", 5),
        ("Turkish", "Turkish", "ADJ", "amod", 8),
        ("forces", "force", "NOUN", "pobj", 6),
    )
    cause = passive_cause(doc[2], attack, lexicon=lexicon)
    assert cause is not None and cause.text == "operation" and means_owner(cause).text == "forces"
    # fighters were killed in an operation: no one named, and a bare operation is no means
    bare = _killed_in(("an", "an", "DET", "det", 5), ("operation", "operation", "NOUN", "pobj", 3))
    assert passive_cause(bare[2], attack, lexicon=lexicon) is None
    # fighters killed in an attack by militants (a reduced passive on the noun)
    reduced = with_tags(
        make_doc(
            [
                ("fighters", "fighter", "NOUN", "ROOT", 0),
                ("killed", "kill", "VERB", "acl", 0),
                ("in", "in", "ADP", "prep", 1),
                ("an", "an", "DET", "det", 4),
                ("attack", "attack", "NOUN", "pobj", 2),
                ("by", "by", "ADP", "prep", 4),
                ("militants", "militant", "NOUN", "pobj", 5),
            ]
        ),
        {1: "VBN"},
    )
    cause = passive_cause(reduced[1], attack, lexicon=lexicon)
    assert cause is not None and cause.text == "attack" and means_owner(cause).text == "militants"


def test_means_blame_clause_hung_on_the_incidents_place_names_the_doer():
    from sitrep.coding.means import attributed_to

    # the attack in Al-Horra, which was blamed on rebels
    doc = with_tags(
        make_doc(
            [
                ("the", "the", "DET", "det", 1),
                ("attack", "attack", "NOUN", "ROOT", 1),
                ("in", "in", "ADP", "prep", 1),
                ("Horra", "Horra", "PROPN", "pobj", 2),
                (",", ",", "PUNCT", "punct", 3),
                ("which", "which", "PRON", "nsubjpass", 7),
                ("was", "be", "AUX", "auxpass", 7),
                ("blamed", "blame", "VERB", "relcl", 3),
                ("on", "on", "ADP", "prep", 7),
                ("rebels", "rebel", "NOUN", "pobj", 8),
            ]
        ),
        {7: "VBN"},
    )
    assert attributed_to(doc[1]) == doc[9] and means_owner(doc[1]) == doc[9]
    assert attributed_to(doc[3]) == doc[9]  # the clause's own noun reads it too, as before


def test_means_role_adjective_of_an_incident_may_name_its_doer():
    from sitrep.coding.means import implied_sources, role_adjectives

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # a terrorist bombing: the adjective is a candidate for the doer (the actor reading decides)
    bombing = make_doc([("a", "a", "DET", "det", 2), ("terrorist", "terrorist", "ADJ", "amod", 2),
                        ("bombing", "bombing", "NOUN", "ROOT", 2)])
    assert [t.text for t in source_candidates(bombing[2])] == ["terrorist"]
    # counter-terrorist operations: against the terrorists, not by them
    counter = make_doc([("counter", "counter", "ADJ", "amod", 3), ("-", "-", "PUNCT", "punct", 3),
                        ("terrorist", "terrorist", "ADJ", "amod", 3), ("operations", "operation", "NOUN", "ROOT", 3)])
    assert role_adjectives(counter[3]) == []
    # fighters were killed in terrorist rocket attacks: the adjective, not "rocket", owns the attacks
    doc = _killed_in(
        ("terrorist", "terrorist", "ADJ", "amod", 6),
        ("rocket", "rocket", "NOUN", "compound", 6),
        ("attacks", "attack", "NOUN", "pobj", 3),
    )
    assert means_owner(doc[6]) == doc[4]
    assert doc[4] in list(implied_sources(doc[2], attack, lexicon=lexicon, holder=None))


def test_means_conjoined_casualty_participle_shares_the_cause_and_time_clause():
    from sitrep.coding.means import passive_cause

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # five were killed and a number of others injured in Russian airstrikes
    rows = [
        ("five", "five", "NUM", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
        ("killed", "kill", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
        ("a", "a", "DET", "det", 5), ("number", "number", "NOUN", "conj", 2), ("of", "of", "ADP", "prep", 5),
        ("others", "other", "NOUN", "pobj", 6), ("injured", "injure", "VERB", "acl", 7),
        ("in", "in", "ADP", "prep", 8), ("Russian", "Russian", "ADJ", "amod", 11),
        ("airstrikes", "airstrike", "NOUN", "pobj", 9),
    ]
    doc = with_tags(make_doc(rows), {2: "VBN", 8: "VBN"})
    cause = passive_cause(doc[2], attack, lexicon=lexicon)
    assert cause is not None and cause.text == "airstrikes"
    # ten were killed and another 20 wounded when a bomber stormed the town
    rows = [
        ("ten", "ten", "NUM", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
        ("killed", "kill", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
        ("20", "20", "NUM", "conj", 2), ("wounded", "wound", "VERB", "acl", 4),
        ("when", "when", "SCONJ", "advmod", 8), ("bomber", "bomber", "NOUN", "nsubj", 8),
        ("stormed", "storm", "VERB", "advcl", 5), ("the", "the", "DET", "det", 10),
        ("town", "town", "NOUN", "dobj", 8),
    ]
    doc = with_tags(make_doc(rows), {2: "VBN", 5: "VBN"})
    assert concurrent_doer(doc[2], attack, lexicon=lexicon) == doc[7]
    assert concurrent_doer(doc[5], attack, lexicon=lexicon) == doc[7]  # the reduced passive on its own


def test_means_harm_incident_blamed_on_a_party_is_the_harm_verbs_event():
    from sitrep.coding.means import absorb_incident_subjects
    from sitrep.records import Actor, Event, Evidence

    lexicon = load_triggers()
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    # three villagers were killed in an attack blamed on rebels: one incident, not a second doerless "attack"
    doc = make_doc([("three", "three", "NUM", "nummod", 1), ("villagers", "villager", "NOUN", "nsubjpass", 3),
                    ("were", "be", "AUX", "auxpass", 3), ("killed", "kill", "VERB", "ROOT", 3),
                    ("in", "in", "ADP", "prep", 3), ("an", "an", "DET", "det", 6),
                    ("attack", "attack", "NOUN", "pobj", 4), ("blamed", "blame", "VERB", "acl", 6),
                    ("on", "on", "ADP", "prep", 7), ("rebels", "rebel", "NOUN", "pobj", 8)])

    def coded(status, target):
        return Event(doc_id="d", event_type="ASSAULT", status=status, source=Actor(text="rebels"), target=target,
                     evidence=Evidence(sentence=doc.text, start=0, end=len(doc.text), trigger="attack",
                                       trigger_start=doc[6].idx))

    killing, noun = [coded("asserted", Actor(text="three villagers"))], [coded("reported", None)]
    found = [(doc[3], attack), (doc[6], attack)]
    out = absorb_incident_subjects([(doc[3], killing), (doc[6], noun)], found, lexicon=lexicon)
    assert out == [(doc[3], killing), (doc[6], [])]
    for status in ("denied", "claimed"):  # "... in an attack the rebels denied / claimed": a commitment of its own
        other = [coded(status, None)]
        out = absorb_incident_subjects([(doc[3], killing), (doc[6], other)], found, lexicon=lexicon)
        assert out[1] == (doc[6], other)


def test_means_passive_cause_is_read_from_due_to_phrases():
    from sitrep.coding.means import passive_cause

    # seven people were killed due to terrorist attacks: the attacks, whose kind names the doer
    doc = make_doc(
        [
            ("people", "people", "NOUN", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
            ("due", "due", "ADP", "prep", 2),
            ("to", "to", "ADP", "pcomp", 3),
            ("terrorist", "terrorist", "ADJ", "amod", 6),
            ("attacks", "attack", "NOUN", "pobj", 4),
        ]
    )
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    cause = passive_cause(doc[2], attack, lexicon=load_triggers())
    assert cause == doc[6] and means_owner(doc[6]) == doc[5]


def test_means_owner_is_the_participle_agent_past_a_modifier_or_a_report_verb():
    # rocket shells fired by terrorists / a BAK missile believed to be fired by rebels
    shells = make_doc(
        [
            ("rocket", "rocket", "NOUN", "compound", 1),
            ("shells", "shell", "NOUN", "ROOT", 1),
            ("fired", "fire", "VERB", "acl", 1),
            ("by", "by", "ADP", "agent", 2),
            ("terrorists", "terrorist", "NOUN", "pobj", 3),
        ]
    )
    shells[2].tag_ = "VBN"
    assert means_owner(shells[1]) == shells[4]
    missile = make_doc(
        [
            ("BAK", "BAK", "PROPN", "compound", 1),
            ("missile", "missile", "NOUN", "ROOT", 1),
            ("believed", "believe", "VERB", "acl", 1),
            ("to", "to", "PART", "aux", 5),
            ("be", "be", "AUX", "auxpass", 5),
            ("fired", "fire", "VERB", "xcomp", 2),
            ("by", "by", "ADP", "agent", 5),
            ("rebels", "rebel", "NOUN", "pobj", 6),
        ]
    )
    missile[2].tag_ = missile[5].tag_ = "VBN"
    assert means_owner(missile[1]) == missile[7]


def test_means_owner_is_no_town_or_weapon_word_named_before_the_means():
    from spacy.tokens import Span

    # a Damascus car bomb: where it went off, not whose; Barrel bombs; "rebel fire": the rebels, as their kind
    bomb = make_doc(
        [
            ("a", "a", "DET", "det", 3),
            ("Damascus", "Damascus", "PROPN", "compound", 3),
            ("car", "car", "NOUN", "compound", 3),
            ("bomb", "bomb", "NOUN", "ROOT", 3),
        ]
    )
    bomb.ents = [Span(bomb, 1, 2, label="GPE")]
    assert means_owner(bomb[3]) is None
    barrel = make_doc([("Barrel", "Barrel", "NOUN", "compound", 1), ("bombs", "bomb", "NOUN", "ROOT", 1)])
    barrel.ents = [Span(barrel, 0, 1, label="ORG")]  # a weapon word the tagger took for a name: no owner
    assert means_owner(barrel[1]) is None
    fire = make_doc([("rebel", "rebel", "ADJ", "compound", 1), ("fire", "fire", "NOUN", "ROOT", 1)])
    assert means_owner(fire[1]) == fire[0]


def test_means_implied_source_of_a_harm_in_an_incident_a_noun_modifies():
    from sitrep.coding.means import implied_sources

    # six people were killed in a regime airstrike: "regime", left to the actor reading as in the active voice
    doc = make_doc(
        [
            ("people", "people", "NOUN", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
            ("in", "in", "ADP", "prep", 2),
            ("a", "a", "DET", "det", 6),
            ("regime", "regime", "NOUN", "compound", 6),
            ("airstrike", "airstrike", "NOUN", "pobj", 3),
        ]
    )
    attack = sense_of_code("190", pattern="test")
    assert attack is not None
    assert next(implied_sources(doc[2], attack, lexicon=load_triggers(), holder=None), None) == doc[5]


def test_means_owner_is_the_by_phrase_of_a_hedged_be():
    # a gas attack believed to be by government jets: whose attack it is / believed to be in Douma: no one
    from spacy.tokens import Doc

    def attack(prep: str, obj: tuple[str, str]) -> Doc:
        doc = make_doc(
            [
                ("gas", "gas", "NOUN", "compound", 1),
                ("attack", "attack", "NOUN", "ROOT", 1),
                ("believed", "believe", "VERB", "acl", 1),
                ("to", "to", "PART", "aux", 4),
                ("be", "be", "AUX", "xcomp", 2),
                (prep, prep, "ADP", "prep", 4),
                (obj[0], obj[1], "NOUN", "pobj", 5),
            ]
        )
        doc[2].tag_ = "VBN"
        return doc
    jets = attack("by", ("jets", "jet"))
    assert participle_agent(jets[1]) == jets[6]
    town = attack("in", ("Douma", "Douma"))
    assert participle_agent(town[1]) is None


def test_means_harm_incident_is_the_incident_word_hung_on_its_kind_word():
    from sitrep.coding.means import harm_incident

    lexicon = load_triggers()
    # "two children were killed in regime shelling on the town", "shelling" read as the regime shelling: one
    # event, named by the incident word, as for "killed in an attack"; "killed in regime offices": no incident
    rows = [("two", "two", "NUM", "nummod", 1), ("children", "child", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3), ("killed", "kill", "VERB", "ROOT", 3),
            ("in", "in", "ADP", "prep", 3), ("regime", "regime", "NOUN", "pobj", 4)]
    doc = make_doc([*rows, ("shelling", "shell", "VERB", "acl", 5)])
    doc[6].tag_ = "VBG"
    assert harm_incident(doc[3], lexicon=lexicon) == doc[6]
    offices = make_doc([*rows, ("offices", "office", "NOUN", "pobj", 4)])
    assert harm_incident(offices[3], lexicon=lexicon) is None
