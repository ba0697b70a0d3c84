"""coding/incidents.py: which triggers name one incident (model-free: Docs built by hand)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.coding.incidents import is_incident, load_durative_nouns
from sitrep.errors import DictionaryError


def token(word: str, pos: str, tag: str, lemma: str):
    doc = Doc(Vocab(), words=[word], pos=[pos], tags=[tag], lemmas=[lemma])
    return doc[0]


def test_incidents_finite_and_participial_verbs_report_an_occurrence():
    assert is_incident(token("exploded", "VERB", "VBD", "explode"))
    assert is_incident(token("arrested", "VERB", "VBN", "arrest"))
    assert not is_incident(token("attacking", "VERB", "VBG", "attack"))  # "focus on attacking Kurdish troops"
    assert not is_incident(token("fight", "VERB", "VB", "fight"))  # "sent back to fight"


def test_incidents_campaign_nouns_are_not_incidents():
    assert is_incident(token("airstrike", "NOUN", "NN", "airstrike"))
    assert is_incident(token("attacks", "NOUN", "NNS", "attack"))
    assert not is_incident(token("fighting", "NOUN", "NN", "fighting"))
    assert not is_incident(token("battles", "NOUN", "NNS", "battle"))
    assert not is_incident(token("Offensive", "NOUN", "NN", "offensive"))
    assert is_incident(token("fight", "NOUN", "NN", "fight"), durative=frozenset({"war"}))


def test_incidents_loader_reads_the_packaged_table():
    words = load_durative_nouns()
    assert {"fight", "battle", "offensive"} <= words
    assert "attack" not in words and "airstrike" not in words


def test_incidents_loader_names_file_and_line(tmp_path):
    bad = tmp_path / "durative.csv"
    bad.write_text("word,note\nfight,\nair strike,two words\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_durative_nouns(bad)
    assert "durative.csv" in str(caught.value) and "3" in str(caught.value)
    twice = tmp_path / "twice.csv"
    twice.write_text("word,note\nwar,\nWar,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="twice"):
        load_durative_nouns(twice)


def _doc(rows):
    from conftest import make_doc

    return make_doc(rows)


def test_incidents_back_reference_is_a_definite_noun_under_a_temporal_phrase():
    from sitrep.coding.incidents import is_back_reference

    # advised after the shooting
    doc = _doc([("advised", "advise", "VERB", "ROOT", 0), ("after", "after", "ADP", "prep", 0),
                ("the", "the", "DET", "det", 3), ("shooting", "shooting", "NOUN", "pobj", 1)])
    assert is_back_reference(doc[3])
    indefinite = _doc([(t.text if t.i != 2 else "a", t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc])
    assert not is_back_reference(indefinite[3])  # "after a shooting": may be news
    # killed in the wake of the attack
    wake = _doc([("killed", "kill", "VERB", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                 ("the", "the", "DET", "det", 3), ("wake", "wake", "NOUN", "pobj", 1), ("of", "of", "ADP", "prep", 3),
                 ("the", "the", "DET", "det", 6), ("attack", "attack", "NOUN", "pobj", 4)])
    assert is_back_reference(wake[6]) and not is_back_reference(wake[3])


def test_incidents_back_reference_about_or_in_connection_with_the_incident():
    from sitrep.coding.incidents import is_back_reference

    # frustration about the attack
    about = _doc([("frustration", "frustration", "NOUN", "ROOT", 0), ("about", "about", "ADP", "prep", 0),
                  ("the", "the", "DET", "det", 3), ("attack", "attack", "NOUN", "pobj", 1)])
    assert is_back_reference(about[3])
    # arrested in connection with the bombing
    linked = _doc([("arrested", "arrest", "VERB", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                   ("connection", "connection", "NOUN", "pobj", 1), ("with", "with", "ADP", "prep", 2),
                   ("the", "the", "DET", "det", 5), ("bombing", "bombing", "NOUN", "pobj", 3)])
    assert is_back_reference(linked[5])
    # charged in relation to the shooting
    related = _doc([("charged", "charge", "VERB", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                    ("relation", "relation", "NOUN", "pobj", 1), ("to", "to", "ADP", "prep", 2),
                    ("the", "the", "DET", "det", 5), ("shooting", "shooting", "NOUN", "pobj", 3)])
    assert is_back_reference(related[5])
    # fired with the rifles: "with" alone is a means, not a reference
    means = _doc([("fired", "fire", "VERB", "ROOT", 0), ("with", "with", "ADP", "prep", 0),
                  ("the", "the", "DET", "det", 3), ("attack", "attack", "NOUN", "pobj", 1)])
    assert not is_back_reference(means[3])


def test_incidents_a_noun_dated_to_an_earlier_year_is_background():
    from datetime import date

    from spacy.tokens import Span

    from sitrep.coding.incidents import is_dated_background

    # a role in the 1994 genocide
    doc = _doc([("role", "role", "NOUN", "ROOT", 0), ("in", "in", "ADP", "prep", 0), ("the", "the", "DET", "det", 4),
                ("1994", "1994", "NUM", "nummod", 4), ("genocide", "genocide", "NOUN", "pobj", 1)])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    assert is_dated_background(doc[4], published=date(2008, 8, 6))
    assert not is_dated_background(doc[4], published=date(1995, 3, 1))  # last year's is still news
    undated = _doc([(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc])
    assert not is_dated_background(undated[4], published=date(2008, 8, 6))  # a number, not a date


def test_incidents_counted_patient_anchors_a_passive_but_not_a_demand():
    from sitrep.coding.incidents import has_counted_patient, means_host

    # 110 activists were arrested
    doc = _doc([("110", "110", "NUM", "nummod", 1), ("activists", "activist", "NOUN", "nsubjpass", 3),
                ("were", "be", "AUX", "auxpass", 3), ("arrested", "arrest", "VERB", "ROOT", 3)])
    assert has_counted_patient(doc[3])
    bare = _doc([("activists", "activist", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                 ("arrested", "arrest", "VERB", "ROOT", 2)])
    assert not has_counted_patient(bare[2])
    # shelled the town with artillery fire
    shelled = _doc([("shelled", "shell", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 2),
                    ("town", "town", "NOUN", "dobj", 0), ("with", "with", "ADP", "prep", 2),
                    ("fire", "fire", "NOUN", "pobj", 3)])
    assert means_host(shelled[4]) == shelled[0] and means_host(shelled[2]) is None


def _parsed(rows, tags):
    from conftest import make_doc, with_tags

    return with_tags(make_doc(rows), tags)


def test_incidents_clause_weeks_before_the_event_is_a_time_reference():
    from sitrep.coding.incidents import is_time_reference

    # withdrew two weeks after rebels kidnapped peacekeepers
    rows = [
        ("withdrew", "withdraw", "VERB", "ROOT", 0),
        ("two", "two", "NUM", "nummod", 2),
        ("weeks", "week", "NOUN", "npadvmod", 3),
        ("after", "after", "SCONJ", "mark", 5),
        ("rebels", "rebel", "NOUN", "nsubj", 5),
        ("kidnapped", "kidnap", "VERB", "advcl", 0),
        ("peacekeepers", "peacekeeper", "NOUN", "dobj", 5),
    ]
    doc = _parsed(rows, {0: "VBD", 5: "VBD"})
    assert is_time_reference(doc[5])
    assert not is_time_reference(doc[0])
    hours = _parsed([(*r[:1], "hour", *r[2:]) if r[0] == "weeks" else r for r in rows], {0: "VBD", 5: "VBD"})
    assert not is_time_reference(hours[5])  # "hours after": the same story


def test_incidents_participle_describing_a_party_of_another_event():
    from sitrep.coding.incidents import is_described_party

    # Israel released the mayor , a member jailed a year ago
    doc = _parsed(
        [
            ("Israel", "Israel", "PROPN", "nsubj", 1),
            ("released", "release", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("mayor", "mayor", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 3),
            ("a", "a", "DET", "det", 6),
            ("member", "member", "NOUN", "appos", 3),
            ("jailed", "jail", "VERB", "acl", 6),
        ],
        {1: "VBD", 7: "VBN"},
    )
    assert is_described_party(doc[7], {1})
    assert not is_described_party(doc[7], set())  # the release was not coded: the jailing is what is reported
    # met at a lunch hosted by the ambassador : a place, not a party of the meeting
    lunch = _parsed(
        [
            ("met", "meet", "VERB", "ROOT", 0),
            ("at", "at", "ADP", "prep", 0),
            ("a", "a", "DET", "det", 3),
            ("lunch", "lunch", "NOUN", "pobj", 1),
            ("hosted", "host", "VERB", "acl", 3),
        ],
        {0: "VBD", 4: "VBN"},
    )
    assert not is_described_party(lunch[4], {0})
    # Hamas rockets fired at Israel hit a school : the same attack, not background
    rockets = _parsed(
        [
            ("rockets", "rocket", "NOUN", "nsubj", 2),
            ("fired", "fire", "VERB", "acl", 0),
            ("hit", "hit", "VERB", "ROOT", 2),
        ],
        {1: "VBN", 2: "VBD"},
    )
    assert not is_described_party(rockets[1], {2})
    # denied claims that vessels had rammed a boat : a clause of its own (subject, auxiliary), not a participle
    claims = _parsed(
        [
            ("denied", "deny", "VERB", "ROOT", 0),
            ("claims", "claim", "NOUN", "dobj", 0),
            ("that", "that", "SCONJ", "mark", 5),
            ("vessels", "vessel", "NOUN", "nsubj", 5),
            ("had", "have", "AUX", "aux", 5),
            ("rammed", "ram", "VERB", "acl", 1),
        ],
        {0: "VBD", 5: "VBN"},
    )
    assert not is_described_party(claims[5], {0})


def test_incidents_counted_patient_in_a_conjunct_an_of_phrase_or_a_batch():
    from sitrep.coding.incidents import has_counted_patient

    # a poet and three activists were arrested
    doc = _doc([("a", "a", "DET", "det", 1), ("poet", "poet", "NOUN", "nsubjpass", 6),
                ("and", "and", "CCONJ", "cc", 1), ("three", "three", "NUM", "nummod", 4),
                ("activists", "activist", "NOUN", "conj", 1), ("were", "be", "AUX", "auxpass", 6),
                ("arrested", "arrest", "VERB", "ROOT", 6)])
    assert has_counted_patient(doc[6])
    # a cache of weapons was found
    doc = _doc([("a", "a", "DET", "det", 1), ("cache", "cache", "NOUN", "nsubjpass", 5),
                ("of", "of", "ADP", "prep", 1), ("weapons", "weapon", "NOUN", "pobj", 2),
                ("was", "be", "AUX", "auxpass", 5), ("found", "find", "VERB", "ROOT", 5)])
    assert has_counted_patient(doc[5])
    # the weapons were found: nothing counted
    doc = _doc([("the", "the", "DET", "det", 1), ("weapons", "weapon", "NOUN", "nsubjpass", 3),
                ("were", "be", "AUX", "auxpass", 3), ("found", "find", "VERB", "ROOT", 3)])
    assert not has_counted_patient(doc[3])




def test_incidents_blast_report_is_a_weapon_blowing_up():
    from types import SimpleNamespace

    from sitrep.coding.incidents import is_blast_report

    blast = SimpleNamespace(mode="explosives")
    each = _parsed([("each", "each", "DET", "det", 1), ("bomb", "bomb", "NOUN", "nsubj", 2),
                    ("exploded", "explode", "VERB", "ROOT", 2)], {2: "VBD"})
    assert is_blast_report(each[2], blast)
    assert not is_blast_report(each[2], SimpleNamespace(mode=None))  # not an explosion verb
    it = _parsed([("it", "it", "PRON", "nsubj", 1), ("exploded", "explode", "VERB", "ROOT", 1)], {1: "VBD"})
    assert is_blast_report(it[1], blast)
    tank = _parsed([("a", "a", "DET", "det", 2), ("gas", "gas", "NOUN", "compound", 2),
                    ("cylinder", "cylinder", "NOUN", "nsubj", 3), ("exploded", "explode", "VERB", "ROOT", 3)], {3: "VBD"})
    assert not is_blast_report(tank[3], blast)
    vest = _parsed([("bomber", "bomber", "NOUN", "nsubj", 1), ("detonated", "detonate", "VERB", "ROOT", 1),
                    ("vest", "vest", "NOUN", "dobj", 1)], {1: "VBD"})
    assert not is_blast_report(vest[1], blast)  # someone set it off: a perpetrator
    began = _parsed([("bombs", "bomb", "NOUN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1),
                     ("to", "to", "PART", "aux", 3), ("explode", "explode", "VERB", "xcomp", 1)],
                    {1: "VBD", 3: "VB"})
    assert is_blast_report(began[3], blast)
    oops = _parsed([("device", "device", "NOUN", "nsubj", 1), ("detonated", "detonate", "VERB", "ROOT", 1),
                    ("accidentally", "accidentally", "ADV", "advmod", 1)], {1: "VBD"})
    assert not is_blast_report(oops[1], blast)


def test_incidents_person_patient_anchors_an_arrest():
    from sitrep.coding.incidents import has_person_patient

    she = _parsed([("she", "she", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                   ("arrested", "arrest", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
                   ("charged", "charge", "VERB", "conj", 2)], {2: "VBN", 4: "VBN"})
    assert has_person_patient(she[2]) and has_person_patient(she[4])  # the conjunct shares the patient
    leftists = _parsed([("Leftists", "leftist", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                        ("arrested", "arrest", "VERB", "ROOT", 2)], {0: "NNS", 2: "VBN"})
    assert has_person_patient(leftists[2])
    it = _parsed([("it", "it", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                  ("seized", "seize", "VERB", "ROOT", 2)], {2: "VBN"})
    assert not has_person_patient(it[2])
    the = _parsed([("the", "the", "DET", "det", 1), ("papers", "paper", "NOUN", "nsubjpass", 3),
                   ("were", "be", "AUX", "auxpass", 3), ("seized", "seize", "VERB", "ROOT", 3)], {1: "NNS", 3: "VBN"})
    assert not has_person_patient(the[3])  # not a bare plural of people
    arrests = _parsed([("arrests", "arrest", "NOUN", "ROOT", 0), ("of", "of", "ADP", "prep", 0),
                       ("activists", "activist", "NOUN", "pobj", 1)], {0: "NNS", 2: "NNS"})
    assert has_person_patient(arrests[0])


def test_incidents_subject_of_an_occurrence_verb_reports_the_incident():
    from sitrep.coding.incidents import reports_occurrence

    # when the bombing began
    began = _doc([("when", "when", "SCONJ", "advmod", 3), ("the", "the", "DET", "det", 2),
                  ("bombing", "bombing", "NOUN", "nsubj", 3), ("began", "begin", "VERB", "ROOT", 3)])
    assert reports_occurrence(began[2])
    since = _doc([("since", "since", "SCONJ", "mark", 3), *[(t.text, t.lemma_, t.pos_, t.dep_, t.head.i)
                                                            for t in began][1:]])
    assert not reports_occurrence(since[2])  # "since the bombing began": a time reference
    # a wave of shooting broke out
    wave = _doc([("a", "a", "DET", "det", 1), ("wave", "wave", "NOUN", "nsubj", 4), ("of", "of", "ADP", "prep", 1),
                 ("shooting", "shooting", "NOUN", "pobj", 2), ("broke", "break", "VERB", "ROOT", 4),
                 ("out", "out", "ADP", "prt", 4)])
    assert reports_occurrence(wave[3])
    # the worst explosion was at the bus station / the explosion was condemned
    was_at = _doc([("the", "the", "DET", "det", 1), ("explosion", "explosion", "NOUN", "nsubj", 2),
                   ("was", "be", "AUX", "ROOT", 2), ("at", "at", "ADP", "prep", 2),
                   ("station", "station", "NOUN", "pobj", 3)])
    assert reports_occurrence(was_at[1])
    condemned = _doc([("the", "the", "DET", "det", 1), ("explosion", "explosion", "NOUN", "nsubj", 2),
                      ("drew", "draw", "VERB", "ROOT", 2), ("condemnation", "condemnation", "NOUN", "dobj", 2)])
    assert not reports_occurrence(condemned[1])  # what people made of it, not the incident
    broke = _doc([("talks", "talk", "NOUN", "nsubj", 1), ("broke", "break", "VERB", "ROOT", 1),
                  ("down", "down", "ADP", "prt", 1)])
    assert not reports_occurrence(broke[0])  # "broke" says it happened only with "out"


def test_incidents_unarmed_movement_is_no_mobilization():
    from sitrep.coding.incidents import is_unarmed_movement
    from sitrep.coding.triggers import load_triggers, lookup_verb
    from sitrep.records import Actor

    cross = lookup_verb(load_triggers(), "cross", preps=["into"])
    assert cross is not None and cross.event_type == "MOBILIZE"
    # "<subject> crossed into Turkey ."
    rows = [("they", "they", "PRON", "nsubj", 1), ("crossed", "cross", "VERB", "ROOT", 1),
            ("into", "into", "ADP", "prep", 1), ("Turkey", "Turkey", "PROPN", "pobj", 2)]
    doc = _parsed(rows, {1: "VBD"})
    fighters = Actor(text="Chechen fighters", sector="REB")
    refugees = Actor(text="refugees", sector="CVL")
    assert not is_unarmed_movement(doc[1], cross, [fighters])
    assert is_unarmed_movement(doc[1], cross, [refugees])  # people cross borders every day
    assert is_unarmed_movement(doc[1], cross, [None])
    # "Russia moved troops to the border ." — the object is the force moved
    moved = _parsed([("Russia", "Russia", "PROPN", "nsubj", 1), ("moved", "move", "VERB", "ROOT", 1),
                     ("troops", "troop", "NOUN", "dobj", 1)], {1: "VBD"})
    troops = lookup_verb(load_triggers(), "move", object_lemma="troop")
    assert troops is not None and troops.event_type == "MOBILIZE"
    assert not is_unarmed_movement(moved[1], troops, [Actor(text="Russia", country="RUS")])


def test_incidents_staying_in_a_place_is_a_mobilization_only_for_armed_forces():
    from sitrep.coding.incidents import is_unarmed_movement
    from sitrep.coding.triggers import load_triggers, lookup_verb
    from sitrep.records import Actor

    stay = lookup_verb(load_triggers(), "remain", preps=["in"], prep_objects=[("in", "place")])
    assert stay is not None and stay.event_type == "MOBILIZE"
    # "<subject> will remain in place ."
    rows = [("they", "they", "PRON", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("remain", "remain", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2), ("place", "place", "NOUN", "pobj", 3)]
    doc = _parsed(rows, {2: "VB"})
    assert not is_unarmed_movement(doc[2], stay, [Actor(text="its forces", sector="MIL")])
    assert is_unarmed_movement(doc[2], stay, [Actor(text="sanctions")])  # "sanctions will remain in place"
    # "<subject> remained on alert ." — no place stayed in: not gated, whoever is on alert
    alert = lookup_verb(load_triggers(), "remain", preps=["on"], prep_objects=[("on", "alert")])
    on_alert = _parsed([("Turkey", "Turkey", "PROPN", "nsubj", 1), ("remained", "remain", "VERB", "ROOT", 1),
                        ("on", "on", "ADP", "prep", 1), ("alert", "alert", "NOUN", "pobj", 2)], {1: "VBD"})
    assert alert is not None and not is_unarmed_movement(on_alert[1], alert, [Actor(text="Turkey")])


def test_incidents_weapon_noun_a_host_came_under_reports_the_incident():
    from sitrep.coding.incidents import reports_occurrence

    # posts came under gunfire / the plan came under attack
    def came_under(noun: str) -> Doc:
        return _doc([("posts", "post", "NOUN", "nsubj", 1), ("came", "come", "VERB", "ROOT", 1),
                     ("under", "under", "ADP", "prep", 1), (noun, noun, "NOUN", "pobj", 2)])

    assert reports_occurrence(came_under("gunfire")[3])
    assert reports_occurrence(came_under("shelling")[3])
    assert not reports_occurrence(came_under("attack")[3])  # as often criticism: needs casualties or a place
    stood = _doc([("posts", "post", "NOUN", "nsubj", 1), ("stood", "stand", "VERB", "ROOT", 1),
                  ("under", "under", "ADP", "prep", 1), ("gunfire", "gunfire", "NOUN", "pobj", 2)])
    assert not reports_occurrence(stood[3])


def test_incidents_definite_incident_causing_damage_is_no_new_report():
    from sitrep.coding.incidents import reports_occurrence

    def caused(det: str):  # "<det> explosion caused significant damage"
        return _doc([(det, det.lower(), "DET", "det", 1), ("explosion", "explosion", "NOUN", "nsubj", 2),
                     ("caused", "cause", "VERB", "ROOT", 2), ("significant", "significant", "ADJ", "amod", 4),
                     ("damage", "damage", "NOUN", "dobj", 2)])

    assert not reports_occurrence(caused("The")[1])  # effects of the explosion the story already told
    assert not reports_occurrence(caused("this")[1])
    assert reports_occurrence(caused("An")[1])  # an explosion the sentence introduces
    # the explosion was at the station: still a report of where it happened
    was_at = _doc([("the", "the", "DET", "det", 1), ("explosion", "explosion", "NOUN", "nsubj", 2),
                   ("was", "be", "AUX", "ROOT", 2), ("at", "at", "ADP", "prep", 2),
                   ("station", "station", "NOUN", "pobj", 3)])
    assert reports_occurrence(was_at[1])


def test_incidents_weapon_of_a_harm_verb_is_not_its_evidence_word():
    from sitrep.coding.incidents import act_mention

    # two car bombs killed 12 people / a roadside bombing killed 12 people
    def killed(noun: str, lemma: str):
        return _doc([("two", "two", "NUM", "nummod", 2), ("car", "car", "NOUN", "compound", 2),
                     (noun, lemma, "NOUN", "nsubj", 3), ("killed", "kill", "VERB", "ROOT", 3),
                     ("12", "12", "NUM", "nummod", 5), ("people", "people", "NOUN", "dobj", 3)])

    bombs = killed("bombs", "bomb")
    assert act_mention(bombs[3], bombs[2]) is None  # the weapon is the instrument: the verb stays the word
    bombings = killed("bombings", "bombing")
    assert act_mention(bombings[3], bombings[2]) == bombings[2]  # an act noun names the incident
    # was killed by mortar fire
    fire = _doc([("he", "he", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                 ("killed", "kill", "VERB", "ROOT", 2), ("by", "by", "ADP", "agent", 2),
                 ("mortar", "mortar", "NOUN", "compound", 5), ("fire", "fire", "NOUN", "pobj", 3)])
    assert act_mention(fire[2], fire[5]) is None
    # opened fire: no harm verb, the support noun stays the word
    opened = _doc([("police", "police", "NOUN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                   ("fire", "fire", "NOUN", "dobj", 1)])
    assert act_mention(opened[1], opened[2]) == opened[2]
    assert act_mention(opened[1], None) is None


def _killed_reportedly_by(host: str, host_lemma: str, *, agent: bool = False):
    # a general was killed , reportedly by mortar fire from IS , Monitor reported / ... police responded
    return _doc([("general", "general", "NOUN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                 ("killed", "kill", "VERB", "ccomp", 11), (",", ",", "PUNCT", "punct", 11),
                 ("reportedly", "reportedly", "ADV", "advmod", 5),
                 ("by", "by", "ADP", "agent" if agent else "prep", 2 if agent else 11),
                 ("mortar", "mortar", "NOUN", "compound", 7), ("fire", "fire", "NOUN", "pobj", 5),
                 ("from", "from", "ADP", "prep", 7), ("IS", "IS", "PROPN", "pobj", 8), (",", ",", "PUNCT", "punct", 11),
                 (host, host_lemma, "VERB", "ROOT", 11)])


def test_incidents_weapon_fire_hung_on_a_reporting_verb_is_the_harm_verbs_agent():
    from sitrep.coding.incidents import misplaced_weapon_agent

    reported = _killed_reportedly_by("reported", "report")
    assert misplaced_weapon_agent(reported[7]) == reported[2]  # a report takes no weapon: killed by the fire
    retaliated = _killed_reportedly_by("retaliated", "retaliate")
    assert misplaced_weapon_agent(retaliated[7]) is None  # "retaliated by artillery fire": the host's own means
    attached = _killed_reportedly_by("reported", "report", agent=True)
    assert misplaced_weapon_agent(attached[7]) is None  # parsed as the agent already: nothing misplaced
    assert misplaced_weapon_agent(reported[9]) is None  # no weapon


def test_incidents_using_a_weapon_to_make_another_is_no_attack():
    from sitrep.coding.incidents import is_material_use

    # militants used IEDs to make bombs / militants used IEDs to target forces
    def used(purpose: str, lemma: str):
        return _doc([("militants", "militant", "NOUN", "nsubj", 1), ("used", "use", "VERB", "ROOT", 1),
                     ("IEDs", "ied", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                     (purpose, lemma, "VERB", "xcomp", 1), ("bombs", "bomb", "NOUN", "dobj", 4)])

    assert is_material_use(used("make", "make")[1])
    assert not is_material_use(used("target", "target")[1])  # the use is for an attack


def test_incidents_lives_claimed_by_a_weapon_leave_the_word_on_the_verb():
    from sitrep.coding.incidents import act_mention

    # two car bombs claimed nine lives
    doc = _doc([("two", "two", "NUM", "nummod", 2), ("car", "car", "NOUN", "compound", 2),
                ("bombs", "bomb", "NOUN", "nsubj", 3), ("claimed", "claim", "VERB", "ROOT", 3),
                ("nine", "nine", "NUM", "nummod", 5), ("lives", "life", "NOUN", "dobj", 3)])
    assert act_mention(doc[3], doc[2]) is None


def test_incidents_weapon_use_folds_into_the_act_it_serves():
    from sitrep.coding.incidents import drop_background
    from sitrep.records import Event, Evidence

    # rebels used rockets to attack the base
    doc = _doc([("rebels", "rebel", "NOUN", "nsubj", 1), ("used", "use", "VERB", "ROOT", 1),
                ("rockets", "rocket", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                ("attack", "attack", "VERB", "xcomp", 1), ("the", "the", "DET", "det", 6),
                ("base", "base", "NOUN", "dobj", 4)])  # fmt: skip

    def event(trigger, mode):
        return Event(doc_id="d", event_type="ASSAULT", status="asserted", mode=mode,
                     evidence=Evidence(sentence=doc.text, start=0, end=len(doc.text), trigger=trigger.text,
                                       trigger_start=trigger.idx))  # fmt: skip

    coded = drop_background([(doc[1], [event(doc[1], "heavy-weapons")]), (doc[4], [event(doc[4], None)])])
    assert [(t.text, [e.mode for e in events]) for t, events in coded] == [("used", []), ("attack", ["heavy-weapons"])]
    alone = drop_background([(doc[1], [event(doc[1], "heavy-weapons")]), (doc[4], [])])  # the attack coded nothing
    assert [len(events) for _t, events in alone] == [1, 0]


def test_incidents_aim_of_an_act_of_the_same_kind_is_no_second_incident():
    from sitrep.coding.incidents import drop_background
    from sitrep.records import Event, Evidence

    # jets fired missiles to destroy the bridge
    doc = _doc([("jets", "jet", "NOUN", "nsubj", 1), ("fired", "fire", "VERB", "ROOT", 1),
                ("missiles", "missile", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                ("destroy", "destroy", "VERB", "advcl", 1), ("the", "the", "DET", "det", 6),
                ("bridge", "bridge", "NOUN", "dobj", 4)])  # fmt: skip

    def event(trigger, kind):
        return Event(doc_id="d", event_type=kind, status="asserted",
                     evidence=Evidence(sentence=doc.text, start=0, end=len(doc.text), trigger=trigger.text,
                                       trigger_start=trigger.idx))  # fmt: skip

    coded = drop_background([(doc[1], [event(doc[1], "ASSAULT")]), (doc[4], [event(doc[4], "ASSAULT")])])
    assert [len(events) for _t, events in coded] == [1, 0]
    other = drop_background([(doc[1], [event(doc[1], "MOBILIZE")]), (doc[4], [event(doc[4], "ASSAULT")])])
    assert [len(events) for _t, events in other] == [1, 1]  # "sent troops to fight": two acts


def test_incidents_incidents_a_place_has_seen_are_reported():
    from spacy.tokens import Span

    from sitrep.coding.incidents import reports_occurrence

    # the republic has seen numerous bombings
    seen = _doc([("the", "the", "DET", "det", 1), ("republic", "republic", "NOUN", "nsubj", 3),
                 ("has", "have", "AUX", "aux", 3), ("seen", "see", "VERB", "ROOT", 3),
                 ("numerous", "numerous", "ADJ", "amod", 5), ("bombings", "bombing", "NOUN", "dobj", 3)])
    assert reports_occurrence(seen[5])
    # Dagestan sees frequent attacks (a place named)
    sees = _doc([("Dagestan", "Dagestan", "PROPN", "nsubj", 1), ("sees", "see", "VERB", "ROOT", 1),
                 ("frequent", "frequent", "ADJ", "amod", 3), ("attacks", "attack", "NOUN", "dobj", 1)])
    sees.ents = [Span(sees, 0, 1, label="GPE")]
    assert reports_occurrence(sees[3])
    # the US saw an attack as an act of war: judging, not a place where it happened
    judged = _doc([("the", "the", "DET", "det", 1), ("US", "US", "PROPN", "nsubj", 2), ("saw", "see", "VERB", "ROOT", 2),
                   ("an", "an", "DET", "det", 4), ("attack", "attack", "NOUN", "dobj", 2), ("as", "as", "ADP", "prep", 2),
                   ("war", "war", "NOUN", "pobj", 5)])
    judged.ents = [Span(judged, 1, 2, label="GPE")]
    assert not reports_occurrence(judged[4])
    # the republic has seen the bombings (told elsewhere); witnesses saw bombings (no place)
    definite = _doc([("the", "the", "DET", "det", 1), ("republic", "republic", "NOUN", "nsubj", 2),
                     ("saw", "see", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
                     ("bombings", "bombing", "NOUN", "dobj", 2)])
    assert not reports_occurrence(definite[4])
    people = _doc([("witnesses", "witness", "NOUN", "nsubj", 1), ("saw", "see", "VERB", "ROOT", 1),
                   ("bombings", "bombing", "NOUN", "dobj", 1)])
    assert not reports_occurrence(people[2])


def test_incidents_charges_faced_or_pleaded_to_name_the_accused():
    from sitrep.coding.incidents import charged_party

    # he faces charges of murder
    faces = _doc([("he", "he", "PRON", "nsubj", 1), ("faces", "face", "VERB", "ROOT", 1),
                  ("charges", "charge", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 2),
                  ("murder", "murder", "NOUN", "pobj", 3)])
    assert charged_party(faces[2]) == faces[0]
    # a citizen pleaded not guilty to charges
    pleaded = _doc([("a", "a", "DET", "det", 1), ("citizen", "citizen", "NOUN", "nsubj", 2),
                    ("pleaded", "plead", "VERB", "ROOT", 2), ("not", "not", "PART", "neg", 4),
                    ("guilty", "guilty", "ADJ", "acomp", 2), ("to", "to", "ADP", "prep", 4),
                    ("charges", "charge", "NOUN", "pobj", 5)])
    assert charged_party(pleaded[6]) == pleaded[1]
    # she denied the charges: told before; he dropped the charges: no accused named
    denied = _doc([("she", "she", "PRON", "nsubj", 1), ("faced", "face", "VERB", "ROOT", 1),
                   ("the", "the", "DET", "det", 3), ("charges", "charge", "NOUN", "dobj", 1)])
    assert charged_party(denied[3]) is None
    dropped = _doc([("he", "he", "PRON", "nsubj", 1), ("dropped", "drop", "VERB", "ROOT", 1),
                    ("charges", "charge", "NOUN", "dobj", 1)])
    assert charged_party(dropped[2]) is None


def test_incidents_a_not_guilty_plea_does_not_negate_the_charges():
    from sitrep.coding.incidents import plea_status
    from sitrep.coding.status import StatusReading

    pleaded = _doc([("he", "he", "PRON", "nsubj", 1), ("pleaded", "plead", "VERB", "ROOT", 1),
                    ("not", "not", "PART", "neg", 3), ("guilty", "guilty", "ADJ", "acomp", 1),
                    ("to", "to", "ADP", "prep", 3), ("charges", "charge", "NOUN", "pobj", 4)])
    assert plea_status(StatusReading("negated", pleaded[2])).status == "asserted"
    # a "not" on the verb itself still negates
    never = _doc([("he", "he", "PRON", "nsubj", 2), ("not", "not", "PART", "neg", 2),
                  ("faces", "face", "VERB", "ROOT", 2), ("charges", "charge", "NOUN", "dobj", 2)])
    assert plea_status(StatusReading("negated", never[1])).status == "negated"


def test_incidents_event_noun_conjoined_with_a_target_is_a_second_incident():
    from spacy.tokens import Span

    from sitrep.coding.incidents import event_conjuncts, reports_occurrence
    from sitrep.coding.resources import load_dictionaries
    from sitrep.records import Actor

    # Dagestan sees frequent attacks on security forces and assassinations
    doc = _doc([("Dagestan", "Dagestan", "PROPN", "nsubj", 1), ("sees", "see", "VERB", "ROOT", 1),
                ("frequent", "frequent", "ADJ", "amod", 3), ("attacks", "attack", "NOUN", "dobj", 1),
                ("on", "on", "ADP", "prep", 3), ("security", "security", "NOUN", "compound", 6),
                ("forces", "force", "NOUN", "pobj", 4), ("and", "and", "CCONJ", "cc", 6),
                ("assassinations", "assassination", "NOUN", "conj", 6)])
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    assert reports_occurrence(doc[8])
    lexicon = load_dictionaries().triggers
    forces, killings = (doc[6], Actor(text="security forces")), (doc[8], Actor(text="assassinations"))
    assert event_conjuncts([forces, killings], lexicon=lexicon) == [forces]
    police = (doc[5], Actor(text="security"))  # a conjoined party stays
    assert event_conjuncts([forces, police], lexicon=lexicon) == [forces, police]
    # ambushed a convoy and a patrol: a unit is a party, though "patrol" also names an act
    units = _doc([("convoy", "convoy", "NOUN", "dobj", 0), ("and", "and", "CCONJ", "cc", 0),
                  ("patrol", "patrol", "NOUN", "conj", 0)])
    convoy, patrol = (units[0], Actor(text="a convoy")), (units[2], Actor(text="a patrol"))
    assert event_conjuncts([convoy, patrol], lexicon=lexicon) == [convoy, patrol]


def test_incidents_place_compounded_with_a_protest_is_no_protester():
    from spacy.tokens import Span

    from sitrep.coding.incidents import is_place_modifier
    from sitrep.coding.triggers import TriggerSense

    # a London protest
    doc = _doc([("a", "a", "DET", "det", 2), ("London", "London", "PROPN", "compound", 2),
                ("protest", "protest", "NOUN", "ROOT", 2)])
    doc.ents = [Span(doc, 1, 2, label="GPE")]
    protest = TriggerSense("PROTEST", None, (), "140", -6.5, 3, "noun protest")
    attack = TriggerSense("ASSAULT", None, (), "190", -10.0, 4, "noun attack")
    assert is_place_modifier(doc[1], doc[2], protest)
    assert not is_place_modifier(doc[1], doc[2], attack)  # a state's attack may be named so ("a US strike")
    doc.ents = [Span(doc, 1, 2, label="NORP")]
    assert not is_place_modifier(doc[1], doc[2], protest)  # "a Turkish protest": the state's


def test_incidents_counted_patient_raised_to_a_verb_of_saying():
    from sitrep.coding.incidents import has_counted_patient

    # Six soldiers were reported killed: the count is the participle's patient, raised to "were reported"
    doc = _parsed([("Six", "six", "NUM", "nummod", 1), ("soldiers", "soldier", "NOUN", "nsubjpass", 3),
                   ("were", "be", "AUX", "auxpass", 3), ("reported", "report", "VERB", "ROOT", 3),
                   ("killed", "kill", "VERB", "xcomp", 3)], {0: "CD", 3: "VBN", 4: "VBN"})
    assert has_counted_patient(doc[4])


def test_incidents_a_verb_dated_to_a_past_decade_is_background():
    from datetime import date

    from sitrep.coding.incidents import is_dated_background

    # "Russian forces attacked Grozny in the 1990s": a verb, dated by its decade, is history too
    doc = _doc([("forces", "force", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                ("Grozny", "Grozny", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                ("the", "the", "DET", "det", 5), ("1990s", "1990s", "NOUN", "pobj", 3)])
    assert is_dated_background(doc[1], published=date(2019, 12, 16))
    assert not is_dated_background(doc[1], published=date(1996, 1, 1))
