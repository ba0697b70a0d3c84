"""Trigger finding on hand-built parses: predicates of "described X as Y" that the parser hangs below the verb."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.finding import may_start_event, predicative_as, right_sense


def test_finding_predicative_as_on_the_object_or_a_prepositional_noun():
    # "Lavrov described the move as provocative ." — "as" hangs on the object
    doc = make_doc(
        [
            ("Lavrov", "Lavrov", "PROPN", "nsubj", 1),
            ("described", "describe", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("move", "move", "NOUN", "dobj", 1),
            ("as", "as", "ADP", "prep", 3),
            ("provocative", "provocative", "ADJ", "amod", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert predicative_as(doc[1]) == [("as", "provocative")]
    # "He described him in a speech as a terrorist ." — "as" hangs on "speech"
    doc = make_doc(
        [
            ("He", "he", "PRON", "nsubj", 1),
            ("described", "describe", "VERB", "ROOT", 1),
            ("him", "he", "PRON", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 5),
            ("speech", "speech", "NOUN", "pobj", 3),
            ("as", "as", "ADP", "prep", 5),
            ("a", "a", "DET", "det", 8),
            ("terrorist", "terrorist", "NOUN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert predicative_as(doc[1]) == [("as", "terrorist")]


def test_finding_predicative_as_ignores_other_prepositions():
    # "They moved the troops to the border ." — no "as": nothing
    doc = make_doc(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("moved", "move", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("troops", "troop", "NOUN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 6),
            ("border", "border", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert predicative_as(doc[1]) == []


def test_finding_object_complement_is_an_object_predicate_or_a_second_object():
    from sitrep.coding.finding import object_complement

    # "Gunmen took 20 people hostage" — the parser gives two objects
    doc = make_doc(
        [
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("took", "take", "VERB", "ROOT", 1),
            ("20", "20", "NUM", "nummod", 3),
            ("people", "people", "NOUN", "dobj", 1),
            ("hostage", "hostage", "NOUN", "dobj", 1),
        ]
    )
    assert object_complement(doc[1]) == doc[4]
    # "They were taken hostage"
    doc = make_doc(
        [
            ("They", "they", "PRON", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            ("taken", "take", "VERB", "ROOT", 2),
            ("hostage", "hostage", "NOUN", "oprd", 2),
        ]
    )
    assert object_complement(doc[2]) == doc[3]
    # "Gunmen took the town": no complement
    doc = make_doc(
        [
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("took", "take", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("town", "town", "NOUN", "dobj", 1),
        ]
    )
    assert object_complement(doc[1]) is None


def test_finding_event_object_skips_a_date_and_reads_an_adjective():
    from spacy.tokens import Span

    from sitrep.coding.finding import event_object

    # "He on Wednesday pleaded not guilty ." — "on Wednesday" is no object: "guilty" decides
    doc = make_doc(
        [
            ("He", "he", "PRON", "nsubj", 4),
            ("on", "on", "ADP", "prep", 4),
            ("Wednesday", "Wednesday", "PROPN", "pobj", 1),
            ("not", "not", "PART", "neg", 5),
            ("pleaded", "plead", "VERB", "ROOT", 4),
            ("guilty", "guilty", "ADJ", "acomp", 4),
        ]
    )
    doc.ents = [Span(doc, 2, 3, label="DATE")]
    assert event_object(doc[4]) == doc[5]
    # "They hit the town on Monday ." — a direct object comes first
    doc = make_doc(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("hit", "hit", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("town", "town", "NOUN", "dobj", 1),
            ("on", "on", "ADP", "prep", 1),
            ("Monday", "Monday", "PROPN", "pobj", 4),
        ]
    )
    doc.ents = [Span(doc, 5, 6, label="DATE")]
    assert event_object(doc[1]) == doc[3]


def test_finding_a_complement_listed_as_no_event_voids_the_verb():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers

    lexicon = load_triggers()

    def refusal(complement: str):
        # "Leaders refused to <complement> ."
        doc = make_doc(
            [
                ("Leaders", "leader", "NOUN", "nsubj", 1),
                ("refused", "refuse", "VERB", "ROOT", 1),
                ("to", "to", "PART", "aux", 3),
                (complement, complement, "VERB", "xcomp", 1),
                (".", ".", "PUNCT", "punct", 1),
            ]
        )
        return verb_sense(doc[1], lexicon)

    assert refusal("comment") is None  # declining to speak to the press
    sense = refusal("negotiate")  # a complement the lexicon does not list: the refusal stands
    assert sense is not None and sense.event_type == "REJECT"


def test_finding_asking_a_question_is_no_request():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers

    lexicon = load_triggers()
    # "Hayden asked the agent if he fled ." — an indirect question
    question = make_doc([("Hayden", "Hayden", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
                         ("the", "the", "DET", "det", 3), ("agent", "agent", "NOUN", "dobj", 1),
                         ("if", "if", "SCONJ", "mark", 6), ("he", "he", "PRON", "nsubj", 6),
                         ("fled", "flee", "VERB", "advcl", 1), (".", ".", "PUNCT", "punct", 1)])
    assert verb_sense(question[1], lexicon) is None
    # "Mendeloff asked ." after a quoted question: nothing asked for
    bare = make_doc([("Mendeloff", "Mendeloff", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
                     (".", ".", "PUNCT", "punct", 1)])
    assert verb_sense(bare[1], lexicon) is None
    # "Iraq asked for help ." — a request
    request = make_doc([("Iraq", "Iraq", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
                        ("for", "for", "ADP", "prep", 1), ("help", "help", "NOUN", "pobj", 2),
                        (".", ".", "PUNCT", "punct", 1)])
    sense = verb_sense(request[1], lexicon)
    assert sense is not None and sense.event_type == "REQUEST"


def test_finding_quoted_direct_question_is_no_request():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers

    lexicon = load_triggers()
    # "Why are we fighting ? , Trump asked ." — a direct question, its "?" closing the asked clause
    question = make_doc([("Why", "why", "ADV", "advmod", 3), ("are", "be", "AUX", "aux", 3),
                         ("we", "we", "PRON", "nsubj", 3), ("fighting", "fight", "VERB", "ccomp", 7),
                         ("?", "?", "PUNCT", "punct", 3), (",", ",", "PUNCT", "punct", 7),
                         ("Trump", "Trump", "PROPN", "nsubj", 7), ("asked", "ask", "VERB", "ROOT", 7),
                         (".", ".", "PUNCT", "punct", 7)])
    assert verb_sense(question[7], lexicon) is None
    # "Stop the fighting , Trump asked ." — a request in the quote
    request = make_doc([("Stop", "stop", "VERB", "ccomp", 5), ("the", "the", "DET", "det", 2),
                        ("fighting", "fighting", "NOUN", "dobj", 0), (",", ",", "PUNCT", "punct", 5),
                        ("Trump", "Trump", "PROPN", "nsubj", 5), ("asked", "ask", "VERB", "ROOT", 5),
                        (".", ".", "PUNCT", "punct", 5)])
    assert verb_sense(request[5], lexicon) is not None


def test_finding_force_noun_a_violent_verb_acts_on_is_the_unit_struck():
    from sitrep.coding.finding import find_triggers
    from sitrep.coding.resources import Dictionaries
    from sitrep.coding.triggers import load_triggers

    dictionaries = Dictionaries(triggers=load_triggers(), actors=None, gazetteer=None, cues=None)

    def types(rows):
        doc = make_doc(rows)
        return {(t.lower_, s.event_type) for t, s in find_triggers(doc[:], dictionaries)}

    # "Gunmen opened fire on a police patrol ." — the patrol is the target, not a deployment
    fired = types([("Gunmen", "gunman", "NOUN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                   ("fire", "fire", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
                   ("a", "a", "DET", "det", 6), ("police", "police", "NOUN", "compound", 6),
                   ("patrol", "patrol", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)])
    assert ("opened", "ASSAULT") in fired and ("patrol", "MOBILIZE") not in fired
    # "Police began a patrol in Kirkuk ." — a patrol of its own stays a deployment
    began = types([("Police", "police", "NOUN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1),
                   ("a", "a", "DET", "det", 3), ("patrol", "patrol", "NOUN", "dobj", 1),
                   ("in", "in", "ADP", "prep", 3), ("Kirkuk", "Kirkuk", "PROPN", "pobj", 4)])
    assert ("patrol", "MOBILIZE") in began


def test_finding_adverb_in_is_read_as_the_particle_of_moving_in():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers

    # "the army moved in to the area ." — "in" parsed as an adverb
    doc = make_doc([("the", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 2),
                    ("moved", "move", "VERB", "ROOT", 2), ("in", "in", "ADV", "advmod", 2),
                    ("to", "to", "ADP", "prep", 2), ("the", "the", "DET", "det", 6),
                    ("area", "area", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 2)])
    sense = verb_sense(doc[2], load_triggers())
    assert sense is not None and sense.event_type == "MOBILIZE"


def test_finding_support_noun_is_the_object_that_carries_the_verbs_event():
    from sitrep.coding.finding import support_noun, verb_sense
    from sitrep.coding.triggers import load_triggers

    lexicon = load_triggers()

    def coded(verb: str, lemma: str):
        # "Police <verb> an investigation ." — the object noun names the event, or the verb adds its own
        doc = make_doc([("Police", "police", "NOUN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                        ("an", "an", "DET", "det", 3), ("investigation", "investigation", "NOUN", "dobj", 1),
                        (".", ".", "PUNCT", "punct", 1)])
        sense = verb_sense(doc[1], lexicon)
        assert sense is not None
        return doc, support_noun(doc[1], sense, lexicon)

    doc, noun = coded("opened", "open")  # opening an investigation is investigating: the noun is the trigger
    assert noun == doc[3]
    doc, noun = coded("demanded", "demand")  # a demand for one is a request: the verb stays the trigger
    assert noun is None
    # "Troops repelled the incursion ." — repelling is an attack of its own on the incursion
    doc = make_doc([("Troops", "troop", "NOUN", "nsubj", 1), ("repelled", "repel", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("incursion", "incursion", "NOUN", "dobj", 1),
                    (".", ".", "PUNCT", "punct", 1)])
    sense = verb_sense(doc[1], lexicon)
    assert sense is not None and sense.event_type == "ASSAULT"
    assert support_noun(doc[1], sense, lexicon) is None
    # "Helicopters dropped bombs ." — the noun is the weapon, the verb the attack
    doc = make_doc([("Helicopters", "helicopter", "NOUN", "nsubj", 1), ("dropped", "drop", "VERB", "ROOT", 1),
                    ("bombs", "bomb", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    sense = verb_sense(doc[1], lexicon)
    assert sense is not None and sense.event_type == "ASSAULT"
    assert support_noun(doc[1], sense, lexicon) is None


def test_finding_verb_lemma_joins_a_split_re_prefix():
    from sitrep.coding.finding import verb_lemma

    # "They re-examine it" — the tokenizer splits "re-examine" into re, -, examine
    rows = [("They", "they", "PRON", "nsubj", 3), ("re", "re", "VERB", "dep", 3), ("-", "-", "PUNCT", "punct", 3),
            ("examine", "examine", "VERB", "ROOT", 3), ("it", "it", "PRON", "dobj", 3)]
    joined = make_doc(rows, spaces=[True, False, False, True, False])
    assert verb_lemma(joined[3]) == "re-examine"
    spaced = make_doc(rows, spaces=[True, True, True, True, False])  # "re - examine": no prefix
    assert verb_lemma(spaced[3]) == "examine"


def test_finding_re_verb_listed_in_the_lexicon_codes_its_own_event():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers

    # "Inspectors re-examine the refineries ." — re-examine is investigate (CAMEO 090); bare examine codes nothing
    doc = make_doc([("Inspectors", "inspector", "NOUN", "nsubj", 3), ("re", "re", "VERB", "dep", 3),
                    ("-", "-", "PUNCT", "punct", 3), ("examine", "examine", "VERB", "ROOT", 3),
                    ("the", "the", "DET", "det", 5), ("refineries", "refinery", "NOUN", "dobj", 3),
                    (".", ".", "PUNCT", "punct", 3)], spaces=[True, False, False, True, True, False, False])
    sense = verb_sense(doc[3], load_triggers())
    assert sense is not None and sense.event_type == "ACCUSE" and sense.cameo == "090"


def test_finding_order_to_a_party_whose_act_codes_nothing_is_a_demand():
    from sitrep.coding.finding import order_sense
    from sitrep.coding.triggers import load_triggers

    def ordered(verb: tuple[str, str]) -> list[tuple[str, str, str, str, int]]:
        # "A judge ordered Menem to VERB ." — an order to a party (CAMEO 10, demand)
        return [("A", "a", "DET", "det", 1), ("judge", "judge", "NOUN", "nsubj", 2),
                ("ordered", "order", "VERB", "ROOT", 2), ("Menem", "Menem", "PROPN", "dobj", 2),
                ("to", "to", "PART", "aux", 5), (*verb, "VERB", "xcomp", 2), (".", ".", "PUNCT", "punct", 2)]

    lexicon = load_triggers()
    sense = order_sense(make_doc(ordered(("appear", "appear")))[2], lexicon)
    assert sense is not None and sense.event_type == "REQUEST" and sense.cameo == "100"
    assert order_sense(make_doc(ordered(("resign", "resign")))[2], lexicon) is None  # the act is coded, demanded
    # "A judge ordered to appear ." — no party ordered: no demand
    doc = make_doc([("A", "a", "DET", "det", 1), ("judge", "judge", "NOUN", "nsubj", 2),
                    ("ordered", "order", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
                    ("appear", "appear", "VERB", "xcomp", 2), (".", ".", "PUNCT", "punct", 2)])
    assert order_sense(doc[2], lexicon) is None


def test_finding_verb_lemma_takes_no_prefix_from_another_sentence():
    import spacy
    from spacy.tokens import Doc

    from sitrep.coding.finding import verb_lemma

    def lemma(sent_starts: list[bool]) -> str:  # "re-examine it", sentences cut by hand
        doc = Doc(spacy.blank("en").vocab, words=["re", "-", "examine", "it"], spaces=[False, False, True, False],
                  lemmas=["re", "-", "examine", "it"], pos=["VERB", "PUNCT", "VERB", "PRON"], sent_starts=sent_starts)
        return verb_lemma(doc[2])

    assert lemma([True, False, False, False]) == "re-examine"
    assert lemma([True, False, True, False]) == "examine"  # the verb opens a sentence
    assert lemma([True, True, False, False]) == "examine"  # the hyphen opens it: "re" is the sentence before


def test_finding_anger_at_a_named_party_is_a_denunciation():
    from sitrep.coding.finding import experiencer_sense

    def angry_at(word: str, pos: str):
        # "Turkey is angry at <word> ."
        doc = make_doc([("Turkey", "Turkey", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                        ("angry", "angry", "ADJ", "acomp", 1), ("at", "at", "ADP", "prep", 2),
                        (word, word, pos, "pobj", 3), (".", ".", "PUNCT", "punct", 1)])
        return experiencer_sense(doc[2])

    sense = angry_at("Washington", "PROPN")
    assert sense is not None and (sense.event_type, sense.cameo) == ("ACCUSE", "111")
    assert angry_at("delays", "NOUN") is None  # a cause naming no party codes nothing


def test_finding_force_turned_back_retreats_unless_it_is_no_force():
    from sitrep.coding.finding import repelled_sense
    from sitrep.coding.triggers import load_triggers

    def turned_back(word: str, lemma: str, pos: str):
        # "<word> were turned back ."
        doc = make_doc([(word, lemma, pos, "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                        ("turned", "turn", "VERB", "ROOT", 2), ("back", "back", "ADV", "advmod", 2),
                        (".", ".", "PUNCT", "punct", 2)])
        return repelled_sense(doc[2], load_triggers())

    for word, lemma, pos in (("militants", "militant", "NOUN"), ("They", "they", "PRON")):
        sense = turned_back(word, lemma, pos)
        assert sense is not None and (sense.event_type, sense.cameo) == ("RETREAT", "0874")
    assert turned_back("deadlines", "deadline", "NOUN") is None  # "the deadline was pushed back": no force
    assert turned_back("attacks", "attack", "NOUN") is None  # "the attacks were turned back": the fight stands


def test_finding_made_weapon_is_no_attack():
    from sitrep.coding.finding import is_made_weapon

    # militants make roadside bombs and landmines / militants planted roadside bombs
    def verb(word: str, lemma: str):
        return make_doc([("militants", "militant", "NOUN", "nsubj", 1), (word, lemma, "VERB", "ROOT", 1),
                         ("roadside", "roadside", "NOUN", "compound", 3), ("bombs", "bomb", "NOUN", "dobj", 1),
                         ("and", "and", "CCONJ", "cc", 3), ("landmines", "landmine", "NOUN", "conj", 3)])

    make = verb("make", "make")
    assert is_made_weapon(make[3])
    assert is_made_weapon(make[5])  # a conjunct of the made weapon
    planted = verb("planted", "plant")
    assert not is_made_weapon(planted[3])  # planting a bomb is an attack under way
    assert not is_made_weapon(make[0])  # the maker is no weapon


def _stopped_rows(verb: str, lemma: str, noun: str, *, complement: bool = False):
    """ "Air <noun> have <verb> [fighting] ." parsed by hand: an intransitive verb of interrupting."""
    rows = [("Air", "air", "NOUN", "compound", 1), (noun, noun.rstrip("s"), "NOUN", "nsubj", 3),
            ("have", "have", "AUX", "aux", 3), (verb, lemma, "VERB", "ROOT", 3)]
    if complement:
        rows.append(("fighting", "fight", "VERB", "xcomp", 3))
    return rows + [(".", ".", "PUNCT", "punct", 3)]


def test_finding_ergative_subject_is_the_object_of_a_verb_of_interrupting():
    from sitrep.coding.finding import find_triggers
    from sitrep.coding.resources import Dictionaries
    from sitrep.coding.triggers import load_triggers

    dictionaries = Dictionaries(triggers=load_triggers(), actors=None, gazetteer=None, cues=None)

    def found(rows):
        return {(t.lower_, s.event_type) for t, s in find_triggers(make_doc(rows)[:], dictionaries)}

    # "Air strikes have ceased ." codes the ceasing (as "ceased air strikes"), not the strikes
    assert found(_stopped_rows("ceased", "cease", "strikes")) == {("ceased", "RETREAT")}
    assert ("stopped", "RETREAT") in found(_stopped_rows("stopped", "stop", "operations"))
    # "ended" is no verb of interrupting (a completion in time); a complement makes the subject a party
    assert ("ended", "RETREAT") not in found(_stopped_rows("ended", "end", "operations"))
    assert ("stopped", "RETREAT") not in found(_stopped_rows("stopped", "stop", "operations", complement=True))


def _right_doc(holder: tuple[str, str, str], right_det: tuple[str, str, str]):
    # Johnson insisted that HOLDER has DET right to act
    return make_doc(
        [
            ("Johnson", "Johnson", "PROPN", "nsubj", 1),
            ("insisted", "insist", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4),
            (holder[0], holder[1], holder[2], "nsubj", 4),
            ("has", "have", "VERB", "ccomp", 1),
            (right_det[0], right_det[1], right_det[2], "det", 6),
            ("right", "right", "NOUN", "dobj", 4),
            ("to", "to", "PART", "aux", 8),
            ("act", "act", "VERB", "acl", 6),
        ]
    )


def test_finding_statement_that_another_party_has_the_right_is_an_endorsement():
    sense = right_sense(_right_doc(("Turkey", "Turkey", "PROPN"), ("the", "the", "DET"))[1])
    assert sense is not None and sense.cameo == "051" and sense.event_type == "SUPPORT"


def test_finding_own_or_denied_right_is_no_endorsement():
    # "insisted that it has the right": mostly the speaker's own; "Turkey has no right": no endorsement
    assert right_sense(_right_doc(("it", "it", "PRON"), ("the", "the", "DET"))[1]) is None
    assert right_sense(_right_doc(("Turkey", "Turkey", "PROPN"), ("no", "no", "DET"))[1]) is None


def test_finding_a_stated_fear_of_what_another_party_aims_at_accuses_it():
    from datetime import date

    import sitrep

    events = sitrep.extract("The Kurds say they fear that Turkey aims to change the demography of the town.",
                            published=date(2018, 3, 1))
    fears = [e for e in events if e.evidence.trigger == "fear"]
    assert [(e.event_type, e.cameo) for e in fears] == [("ACCUSE", "112")]
    assert fears[0].target is not None and fears[0].target.country == "TUR"
    # a fear of what no named party does accuses no one
    assert not sitrep.extract("Residents fear that the town will be flooded.", published=date(2018, 3, 1))


def test_finding_may_start_event_only_for_words_the_lexicon_can_code():
    from sitrep.coding.triggers import load_triggers

    lexicon = load_triggers()
    assert may_start_event("VERB", "table", lexicon)  # any verb: its frame decides
    assert may_start_event("NOUN", "attack", lexicon)  # an event noun
    assert may_start_event("NOUN", "claim", lexicon)  # "claims that Turkey aims to ..."
    assert may_start_event("ADJ", "angry", lexicon)  # "Turkey is angry at the US"
    assert not may_start_event("NOUN", "table", lexicon)
    assert not may_start_event("PROPN", "raqqa", lexicon)
    assert not may_start_event("NOUN", "angry", lexicon)  # felt disapproval is read off adjectives and verbs only
    assert not may_start_event("ADP", "in", lexicon)
    assert not may_start_event("AUX", "be", lexicon)


def test_finding_relative_pronoun_object_stands_for_the_noun_it_hangs_on():
    from sitrep.coding.finding import event_object

    # "the dangers that journalists defy": defy dangers
    doc = make_doc(
        [
            ("the", "the", "DET", "det", 1),
            ("dangers", "danger", "NOUN", "ROOT", 1),
            ("that", "that", "PRON", "dobj", 4),
            ("journalists", "journalist", "NOUN", "nsubj", 4),
            ("defy", "defy", "VERB", "relcl", 1),
        ]
    )
    assert event_object(doc[4]) == doc[1]
    # "journalists defy that": a demonstrative object is kept
    doc = make_doc(
        [("journalists", "journalist", "NOUN", "nsubj", 1), ("defy", "defy", "VERB", "ROOT", 1),
         ("that", "that", "PRON", "dobj", 1)]
    )
    assert event_object(doc[1]) == doc[2]


def test_finding_claim_of_where_a_party_went_accuses_no_one():
    from datetime import date

    import sitrep

    # "prosecutors claim McVeigh arrived in Junction City": whereabouts impute nothing
    events = sitrep.extract("Prosecutors claim McVeigh arrived in Junction City on April 14.",
                            published=date(2018, 3, 1))
    assert not [e for e in events if e.evidence.trigger == "claim"]
    # a claim that a named party is linked to another still accuses it
    events = sitrep.extract("Turkish officials claim that the YPG is linked to the PKK.", published=date(2018, 3, 1))
    assert [e.event_type for e in events if e.evidence.trigger == "claim"] == ["ACCUSE"]


def test_finding_civil_authority_targeting_officials_is_a_sanction():
    from sitrep.coding.finding import civil_targeting
    from sitrep.coding.triggers import load_triggers, lookup_verb
    from sitrep.records import Actor

    lexicon = load_triggers()
    assault = lookup_verb(lexicon, "target")
    assert assault is not None and assault.event_type == "ASSAULT"

    def targeted(obj: str, lemma: str, *, extra: list | None = None):
        # "The administration targeted <obj> [with air strikes] ."
        rows = [("The", "the", "DET", "det", 1), ("administration", "administration", "NOUN", "nsubj", 2),
                ("targeted", "target", "VERB", "ROOT", 2), (obj, lemma, "NOUN", "dobj", 2), *(extra or [])]
        return make_doc([*rows, (".", ".", "PUNCT", "punct", 2)])

    us = Actor(text="The administration", actor_id="USA-ADMINISTRATION", country="USA", sector="GOV")
    gunmen = Actor(text="gunmen", sector="UAF")
    doc = targeted("officials", "official")
    sense = civil_targeting(doc[2], assault, source=us, lexicon=lexicon)
    assert (sense.event_type, sense.cameo) == ("SANCTION", "163")
    # an armed party's targeting of officials is an attack
    assert civil_targeting(doc[2], assault, source=gunmen, lexicon=lexicon) is assault
    # a government's targeting of positions, or of officials with air strikes, is force
    assert civil_targeting(targeted("positions", "position")[2], assault, source=us, lexicon=lexicon) is assault
    strikes = targeted("officials", "official", extra=[("with", "with", "ADP", "prep", 2),
                                                       ("air", "air", "NOUN", "compound", 6),
                                                       ("strikes", "strike", "NOUN", "pobj", 4)])
    assert civil_targeting(strikes[2], assault, source=us, lexicon=lexicon) is assault


def test_finding_meeting_habit_of_a_place_reports_no_act():
    from sitrep.coding.finding import _reports_no_act, verb_sense
    from sitrep.coding.triggers import load_triggers

    # "the estate where leaders meet": a habit; "leaders meet in Paris" (a headline's present) stays an event
    doc = make_doc([
        ("the", "the", "DET", "det", 1), ("estate", "estate", "NOUN", "ROOT", 1),
        ("where", "where", "SCONJ", "advmod", 4), ("leaders", "leader", "NOUN", "nsubj", 4),
        ("meet", "meet", "VERB", "relcl", 1),
    ])
    doc[4].tag_ = "VBP"
    sense = verb_sense(doc[4], load_triggers())
    assert sense is not None and sense.event_type == "CONSULT"
    assert _reports_no_act(doc[4], sense)
    headline = make_doc([("leaders", "leader", "NOUN", "nsubj", 1), ("meet", "meet", "VERB", "ROOT", 1),
                         ("in", "in", "ADP", "prep", 1), ("Paris", "Paris", "PROPN", "pobj", 2)])
    headline[1].tag_ = "VBP"
    assert not _reports_no_act(headline[1], sense)


def test_finding_protest_a_request_calls_for_is_an_event_of_its_own():
    from sitrep.coding.finding import find_triggers
    from sitrep.coding.resources import load_dictionaries

    dictionaries = load_dictionaries()

    def found(noun: str) -> list[str]:
        # "The opposition called for <noun> ."
        doc = make_doc([("The", "the", "DET", "det", 1), ("opposition", "opposition", "NOUN", "nsubj", 2),
                        ("called", "call", "VERB", "ROOT", 2), ("for", "for", "ADP", "prep", 2),
                        (noun, noun, "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 2)])
        return [t.text for t, _sense in find_triggers(doc[:], dictionaries)]

    assert found("protests") == ["called", "protests"]  # the request and the protest it calls for
    assert found("withdrawal") == ["called"]  # a row names the act asked of another: the request's content


def test_finding_private_refusal_and_figurative_deployment_are_no_events():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers, lookup_noun

    lexicon = load_triggers()
    # "The man refused to eat ."
    doc = make_doc([("The", "the", "DET", "det", 1), ("man", "man", "NOUN", "nsubj", 2),
                    ("refused", "refuse", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
                    ("eat", "eat", "VERB", "xcomp", 2), (".", ".", "PUNCT", "punct", 2)])
    assert verb_sense(doc[2], lexicon) is None
    # "They deployed a veto ." against "They deployed troops ."
    def deployed(noun: str):
        doc = make_doc([("They", "they", "PRON", "nsubj", 1), ("deployed", "deploy", "VERB", "ROOT", 1),
                        (noun, noun, "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
        return verb_sense(doc[1], lexicon)
    assert deployed("veto") is None
    troops = deployed("troops")
    assert troops is not None and troops.event_type == "MOBILIZE"
    assert lookup_noun(lexicon, "threat", compounds=["jihadist"]) is None  # a danger, not a threat made
    assert lookup_noun(lexicon, "threat") is not None


def test_finding_order_that_people_move_out_is_a_demand():
    from sitrep.coding.finding import verb_sense
    from sitrep.coding.triggers import load_triggers

    lexicon = load_triggers()
    # "The State Department ordered the departure of staff ."
    doc = make_doc([("The", "the", "DET", "det", 2), ("State", "State", "PROPN", "compound", 2),
                    ("Department", "Department", "PROPN", "nsubj", 3), ("ordered", "order", "VERB", "ROOT", 3),
                    ("the", "the", "DET", "det", 5), ("departure", "departure", "NOUN", "dobj", 3),
                    ("of", "of", "ADP", "prep", 5), ("staff", "staff", "NOUN", "pobj", 6),
                    (".", ".", "PUNCT", "punct", 3)])
    sense = verb_sense(doc[3], lexicon)
    assert sense is not None and (sense.event_type, sense.cameo) == ("REQUEST", "100")


def test_finding_refusal_to_eat_in_protest_and_weeks_of_strikes_are_protests():
    from sitrep.coding.finding import find_triggers
    from sitrep.coding.resources import load_dictionaries

    dictionaries = load_dictionaries()
    # "Prisoners refused to eat in protest ."
    doc = make_doc([("Prisoners", "prisoner", "NOUN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("eat", "eat", "VERB", "xcomp", 1), ("in", "in", "ADP", "prep", 3),
                    ("protest", "protest", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)])
    found = {t.text: s.cameo for t, s in find_triggers(doc[:], dictionaries)}
    assert found.get("refused") == "142"  # a hunger strike
    # "Teachers began two weeks of strikes ."
    doc = make_doc([("Teachers", "teacher", "NOUN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1),
                    ("two", "two", "NUM", "nummod", 3), ("weeks", "week", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
                    ("strikes", "strike", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)])
    senses = {t.text: s.event_type for t, s in find_triggers(doc[:], dictionaries)}
    assert senses.get("strikes") == "PROTEST"  # a stoppage of work, not a military strike


def test_finding_media_embargo_is_no_sanction():
    from sitrep.coding.triggers import load_triggers, lookup_noun

    lexicon = load_triggers()
    assert lookup_noun(lexicon, "embargo", compounds=["media"]) is None  # "a media embargo over the battle": a blackout
    embargo = lookup_noun(lexicon, "embargo", compounds=["arms"])
    assert embargo is not None and embargo.event_type == "SANCTION"
