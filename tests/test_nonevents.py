"""coding/nonevents.py on hand-built parses: stays, danger warnings and private exchanges that report no act."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.nonevents import (
    insists_on_own_course,
    is_charged_violation,
    is_danger_warning,
    is_plain_stay,
    is_private_exchange,
    names_public_party,
    warned_criticism,
)
from sitrep.coding.triggers import sense_of_code
from sitrep.records import Actor


def _stay_doc(aux: str | None):
    rows = [("jihadists", "jihadist", "NOUN", "nsubj", 2 if aux else 1)]
    if aux:
        rows.append((aux, aux, "AUX", "aux", 2))
    verb = len(rows)
    rows += [("remain" if aux else "remained", "remain", "VERB", "ROOT", verb), ("in", "in", "ADP", "prep", verb),
             ("Raqqa", "Raqqa", "PROPN", "pobj", verb + 1)]
    return make_doc(rows), verb


def test_nonevents_plain_stay_is_no_show_of_force_unless_decided():
    doc, verb = _stay_doc(None)  # "jihadists remained in Raqqa": where they are
    assert is_plain_stay(doc[verb], "150")
    doc, verb = _stay_doc("will")  # "jihadists will remain in Raqqa": a decided stay
    assert not is_plain_stay(doc[verb], "150")
    doc, verb = _stay_doc(None)
    assert not is_plain_stay(doc[verb], "051")  # another sense of "remain" is not judged here


def test_nonevents_plain_stay_governed_by_a_decision_is_kept():
    # "Russia decided to stay in Syria"
    doc = make_doc([
        ("Russia", "Russia", "PROPN", "nsubj", 1), ("decided", "decide", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("stay", "stay", "VERB", "xcomp", 1), ("in", "in", "ADP", "prep", 3),
        ("Syria", "Syria", "PROPN", "pobj", 4),
    ])
    assert not is_plain_stay(doc[3], "150")


def test_nonevents_danger_warning_is_a_clause_of_facing_harm():
    # "Lowcock warned that millions face freezing conditions"
    doc = make_doc([
        ("Lowcock", "Lowcock", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4), ("millions", "million", "NOUN", "nsubj", 4),
        ("face", "face", "VERB", "ccomp", 1), ("conditions", "condition", "NOUN", "dobj", 4),
    ])
    assert is_danger_warning(doc[1])
    # "Iran warned that it would close the strait": what the speaker will do is a threat
    doc = make_doc([
        ("Iran", "Iran", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5), ("it", "it", "PRON", "nsubj", 5), ("would", "would", "AUX", "aux", 5),
        ("close", "close", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 7),
        ("strait", "strait", "NOUN", "dobj", 5),
    ])
    assert not is_danger_warning(doc[1])


def test_nonevents_danger_warning_clause_may_hang_on_the_one_warned():
    # "warn the powers they are rushing towards catastrophe" (the clause parsed on "powers")
    doc = make_doc([
        ("warn", "warn", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 2), ("powers", "power", "NOUN", "dobj", 0),
        ("they", "they", "PRON", "nsubj", 5), ("are", "be", "AUX", "aux", 5), ("rushing", "rush", "VERB", "relcl", 2),
    ])
    assert is_danger_warning(doc[0])


def _warned_police_of(noun: str):
    # "locals warned the police of their <noun>" (the "of" phrase parsed on "police")
    return make_doc([
        ("locals", "local", "NOUN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("police", "police", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("their", "their", "PRON", "poss", 6), (noun, noun.rstrip("s"), "NOUN", "pobj", 4),
    ])


def test_nonevents_danger_warning_of_a_fear_is_a_tip_off_not_a_threat():
    assert is_danger_warning(_warned_police_of("fears")[1])
    assert not is_danger_warning(_warned_police_of("retaliation")[1])  # "warned X of their retaliation": a threat


def _man_doc():
    # "a man rejected him"
    return make_doc([("a", "a", "DET", "det", 1), ("man", "man", "NOUN", "nsubj", 2),
                     ("rejected", "reject", "VERB", "ROOT", 2), ("him", "he", "PRON", "dobj", 2)])


def test_nonevents_private_exchange_between_private_people_is_no_event():
    doc = _man_doc()
    thing, civilian = Actor(text="the message"), Actor(text="him", country="CAN", sector="CVL")
    assert is_private_exchange(3, doc[1], thing)
    assert is_private_exchange(3, doc[1], civilian)
    assert not is_private_exchange(4, doc[1], thing)  # material conflict is coded whoever does it
    assert not is_private_exchange(3, doc[1], None)  # no target: may be addressed to the authorities
    assert not is_private_exchange(3, doc[1], Actor(text="the army", country="SYR", sector="MIL"))
    assert not is_private_exchange(3, doc[1], Actor(text="Syria", actor_id="SYR", country="SYR"))


def test_nonevents_private_exchange_needs_a_private_person_as_source():
    doc = make_doc([("the", "the", "DET", "det", 1), ("officials", "official", "NOUN", "nsubj", 2),
                    ("rejected", "reject", "VERB", "ROOT", 2), ("it", "it", "PRON", "dobj", 2)])
    assert not is_private_exchange(3, doc[1], Actor(text="the proposal"))


def test_nonevents_names_public_party_reads_each_noun_of_a_long_target():
    # "the police telling of a box": the phrase resolves to nothing, "police" alone to the police
    doc = make_doc([("the", "the", "DET", "det", 2), ("police", "police", "NOUN", "compound", 2),
                    ("telling", "telling", "NOUN", "ROOT", 2), ("of", "of", "ADP", "prep", 2),
                    ("a", "a", "DET", "det", 5), ("box", "box", "NOUN", "pobj", 3)])
    codes = {"police": Actor(text="police", sector="COP"), "man": Actor(text="man", sector="CVL")}
    assert names_public_party(doc[2], read=codes.get)
    assert not names_public_party(doc[5], read=codes.get)
    assert not names_public_party(None, read=codes.get)


def test_nonevents_act_dated_to_a_past_century_or_decade_is_history():
    from sitrep.coding.nonevents import dated_to_past_period

    # "who in the 19th century spearheaded resistance": the noun is the object of a verb dated to a century
    doc = make_doc([
        ("who", "who", "PRON", "nsubj", 5), ("in", "in", "ADP", "prep", 5), ("the", "the", "DET", "det", 4),
        ("19th", "19th", "ADJ", "amod", 4), ("century", "century", "NOUN", "pobj", 1),
        ("spearheaded", "spearhead", "VERB", "ROOT", 5), ("resistance", "resistance", "NOUN", "dobj", 5),
    ])
    assert dated_to_past_period(doc[6], published_year=2019)
    # "troops were deployed to repel incursions in the 1990s": the purpose clause carries the date
    doc = make_doc([
        ("troops", "troop", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
        ("deployed", "deploy", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4), ("repel", "repel", "VERB", "advcl", 2),
        ("incursions", "incursion", "NOUN", "dobj", 4), ("in", "in", "ADP", "prep", 4), ("the", "the", "DET", "det", 8),
        ("1990s", "1990s", "NOUN", "pobj", 6),
    ])
    assert dated_to_past_period(doc[2], published_year=2019)
    assert dated_to_past_period(doc[4], published_year=2019)
    assert not dated_to_past_period(doc[2], published_year=2000)  # a decade not yet over is news


def test_nonevents_act_dated_to_a_day_is_no_history():
    from sitrep.coding.nonevents import dated_to_past_period

    # "forces attacked Grozny in the morning": no century, no decade
    doc = make_doc([
        ("forces", "force", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
        ("Grozny", "Grozny", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
        ("morning", "morning", "NOUN", "pobj", 3),
    ])
    assert not dated_to_past_period(doc[1], published_year=2019)


def _estate_doc(tag: str, relative: str = "where"):
    # "the estate where leaders meet and plan operations" (the parser hangs "where" on the second conjunct)
    doc = make_doc([
        ("the", "the", "DET", "det", 1), ("estate", "estate", "NOUN", "ROOT", 1),
        (relative, relative, "SCONJ", "advmod", 6), ("leaders", "leader", "NOUN", "nsubj", 4),
        ("meet" if tag == "VBP" else "met", "meet", "VERB", "relcl", 1), ("and", "and", "CCONJ", "cc", 4),
        ("plan", "plan", "VERB", "conj", 4), ("operations", "operation", "NOUN", "dobj", 6),
    ])
    doc[4].tag_, doc[6].tag_ = tag, "VB"
    return doc


def test_nonevents_simple_present_where_clause_is_a_habit_of_the_place():
    from sitrep.coding.nonevents import is_habit_of_place

    doc = _estate_doc("VBP")
    assert is_habit_of_place(doc[4]) and is_habit_of_place(doc[6])
    assert not is_habit_of_place(_estate_doc("VBD")[4])  # "the estate where leaders met": one meeting, told
    assert not is_habit_of_place(_estate_doc("VBP", "who")[4])  # no place or time relative


def test_nonevents_capability_of_a_kind_is_no_act():
    from sitrep.coding.nonevents import is_generic_statement

    def force(aux: str | None):
        # "a force that could support its weapons" / "the force that supported its weapons"
        rows = [("a" if aux else "the", "a" if aux else "the", "DET", "det", 1), ("force", "force", "NOUN", "ROOT", 1),
                ("that", "that", "PRON", "nsubj", 3 + bool(aux))]
        if aux:
            rows.append((aux, aux, "AUX", "aux", 4))
        verb = len(rows)
        rows += [("support" if aux else "supported", "support", "VERB", "relcl", 1), ("its", "its", "PRON", "poss", verb + 2),
                 ("weapons", "weapon", "NOUN", "dobj", verb)]
        return make_doc(rows)[verb]

    assert is_generic_statement(force("could"))  # what such a force can do
    assert not is_generic_statement(force(None))  # what the force did
    # "a democracy where people could attack the head": a "where" clause with an ability modal
    doc = make_doc([("a", "a", "DET", "det", 1), ("democracy", "democracy", "NOUN", "ROOT", 1),
                    ("where", "where", "SCONJ", "advmod", 5), ("people", "people", "NOUN", "nsubj", 5),
                    ("could", "could", "AUX", "aux", 5), ("attack", "attack", "VERB", "relcl", 1),
                    ("the", "the", "DET", "det", 7), ("head", "head", "NOUN", "dobj", 5)])
    assert is_generic_statement(doc[5])


def test_nonevents_stated_possibility_is_no_act():
    from sitrep.coding.nonevents import is_generic_statement

    def clause(adjective: str):
        # "it is not <adjective> to discuss its details"
        return make_doc([("it", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                         ("not", "not", "PART", "neg", 1), (adjective, adjective, "ADJ", "acomp", 1),
                         ("to", "to", "PART", "aux", 5), ("discuss", "discuss", "VERB", "xcomp", 1),
                         ("its", "its", "PRON", "poss", 7), ("details", "detail", "NOUN", "dobj", 5)])[5]

    assert is_generic_statement(clause("possible"))
    assert not is_generic_statement(clause("ready"))  # "it is not ready to discuss": a party's stance


def test_nonevents_clash_of_a_titled_person_is_a_quarrel():
    from sitrep.coding.nonevents import verbal_clash
    from sitrep.coding.triggers import sense_of_code

    fight = sense_of_code("190", pattern="verb clash with")
    assert fight is not None

    def clash(subject: str):
        # "<subject> clashed with Trump"
        doc = make_doc([("The", "the", "DET", "det", 1), (subject, subject, "NOUN", "nsubj", 2),
                        ("clashed", "clash", "VERB", "ROOT", 2), ("with", "with", "ADP", "prep", 2),
                        ("Trump", "Trump", "PROPN", "pobj", 3)])
        return verbal_clash(doc[2], fight)

    quarrel = clash("senator")
    assert (quarrel.event_type, quarrel.cameo) == ("ACCUSE", "111")
    assert clash("rebels") == fight  # armed men clash in a fight


def test_nonevents_standing_role_in_supporting_an_abstraction_is_no_act():
    from sitrep.coding.nonevents import is_generic_statement

    def supporting(obj: str, lemma: str) -> bool:
        # "the US's role in supporting the <obj>"
        doc = make_doc([("the", "the", "DET", "det", 1), ("US", "US", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 1),
                        ("role", "role", "NOUN", "ROOT", 3), ("in", "in", "ADP", "prep", 3),
                        ("supporting", "support", "VERB", "pcomp", 4), ("the", "the", "DET", "det", 7),
                        (obj, lemma, "NOUN" if lemma != "Houthis" else "PROPN", "dobj", 5)])
        return is_generic_statement(doc[5])

    assert supporting("system", "system")  # "the global rules-based system": no party helped
    assert supporting("values", "value")
    assert not supporting("Houthis", "Houthis")  # "Iran's role in supporting the Houthis": an act


def test_nonevents_standing_role_read_where_the_parser_hangs_in_on_the_verb():
    from sitrep.coding.nonevents import is_generic_statement

    # "pull back from the role in supporting the system", "in" hung on "pull"
    doc = make_doc([("pull", "pull", "VERB", "ROOT", 0), ("back", "back", "ADV", "advmod", 0),
                    ("from", "from", "ADP", "prep", 1), ("the", "the", "DET", "det", 4), ("role", "role", "NOUN", "pobj", 2),
                    ("in", "in", "ADP", "prep", 0), ("supporting", "support", "VERB", "pcomp", 5),
                    ("the", "the", "DET", "det", 8), ("system", "system", "NOUN", "dobj", 6)])
    assert is_generic_statement(doc[6])


def test_nonevents_intended_obligation_is_no_act():
    from sitrep.coding.nonevents import is_generic_statement

    def clause(governor: str, lemma: str) -> bool:
        # "he did not <governor> that the Kurds should execute detainees"
        doc = make_doc([("he", "he", "PRON", "nsubj", 3), ("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
                        (governor, lemma, "VERB", "ROOT", 3), ("that", "that", "SCONJ", "mark", 8),
                        ("the", "the", "DET", "det", 6), ("Kurds", "Kurds", "PROPN", "nsubj", 8),
                        ("should", "should", "AUX", "aux", 8), ("execute", "execute", "VERB", "ccomp", 3),
                        ("detainees", "detainee", "NOUN", "dobj", 8)])
        return is_generic_statement(doc[8])

    assert clause("intend", "intend")  # an intention: neither a demand nor the execution
    assert not clause("say", "say")  # "he said that the Kurds should execute": a demand (coding.frames)


def _warned(subject: tuple[str, str, str], verb: tuple[str, str]):
    # "The Coalition warned that <subject> <verb> chances"
    return make_doc([
        ("Coalition", "Coalition", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4), (*subject, "nsubj", 4), (*verb, "VERB", "ccomp", 1),
        ("chances", "chance", "NOUN", "dobj", 4),
    ])


def test_nonevents_warning_that_an_act_harms_is_criticism():
    threat = sense_of_code("130", pattern="verb warn")
    assert threat is not None and threat.event_type == "THREATEN"
    doc = _warned(("killings", "killing", "NOUN"), ("undermine", "undermine"))  # "warned that killings undermine"
    criticism = warned_criticism(doc[1], threat)
    assert (criticism.event_type, criticism.mode, criticism.cameo) == ("ACCUSE", "disapprove", "111")
    doc = _warned(("it", "it", "PRON"), ("undermine", "undermine"))  # "it" may be the warner: still a threat
    assert warned_criticism(doc[1], threat) is threat
    doc = _warned(("killings", "killing", "NOUN"), ("improve", "improve"))  # no harm told
    assert warned_criticism(doc[1], threat) is threat
    # "warned that any attack would undermine chances": an act yet to come, deterred by a threat
    doc = make_doc([
        ("Coalition", "Coalition", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6), ("any", "any", "DET", "det", 4), ("attack", "attack", "NOUN", "nsubj", 6),
        ("would", "would", "AUX", "aux", 6), ("undermine", "undermine", "VERB", "ccomp", 1),
        ("chances", "chance", "NOUN", "dobj", 6),
    ])
    assert warned_criticism(doc[1], threat) is threat


def _insisted(subject: tuple[str, str, str], aux: str):
    # "Javid insisted <subject> <aux> do all in his power"
    return make_doc([
        ("Javid", "Javid", "PROPN", "nsubj", 1), ("insisted", "insist", "VERB", "ROOT", 1),
        (*subject, "nsubj", 4), (aux, aux, "AUX", "aux", 4), ("do", "do", "VERB", "ccomp", 1),
        ("all", "all", "PRON", "dobj", 4),
    ])


def test_nonevents_insisting_on_own_course_is_no_demand():
    assert insists_on_own_course(_insisted(("he", "he", "PRON"), "would")[1])  # his own course
    assert not insists_on_own_course(_insisted(("Israel", "Israel", "PROPN"), "must")[1])  # a demand of Israel
    assert not insists_on_own_course(_insisted(("he", "he", "PRON"), "must")[1])  # an obligation, not a future


def _violation_doc(subject: tuple[str, str, str]):
    """ "Britain warned that <subject> violate international law" """
    return make_doc([
        ("Britain", "Britain", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4), (*subject, "nsubj", 4), ("violate", "violate", "VERB", "ccomp", 1),
        ("international", "international", "ADJ", "amod", 6), ("law", "law", "NOUN", "dobj", 4),
    ])


def test_nonevents_violation_by_a_thing_is_the_speakers_charge():
    reject = sense_of_code("128", pattern="violate")
    assert reject is not None
    nobody = lambda word: None  # noqa: E731
    party = lambda word: Actor(text=word, sector="GOV")  # noqa: E731
    settlements = _violation_doc(("settlements", "settlement", "NOUN"))
    assert is_charged_violation(settlements[4], reject, read=nobody)  # an act or a thing defies nothing
    government = _violation_doc(("government", "government", "NOUN"))
    assert not is_charged_violation(government[4], reject, read=party)  # a party the dictionary reads
    russia = _violation_doc(("Russia", "Russia", "PROPN"))
    assert not is_charged_violation(russia[4], reject, read=nobody)  # a name: the party's own violation
    group = _violation_doc(("group", "group", "NOUN"))
    assert not is_charged_violation(group[4], reject, read=nobody)  # a party noun with no name of its own


def test_nonevents_violation_by_a_pronoun_in_a_reason_clause_of_a_call_is_the_callers_charge():
    reject = sense_of_code("128", pattern="violate")
    assert reject is not None
    # "Damascus sent letters calling for an end to the strikes, as it causes deaths and violates the law"
    doc = make_doc([
        ("Damascus", "Damascus", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
        ("letters", "letter", "NOUN", "dobj", 1), ("calling", "call", "VERB", "advcl", 1),
        ("for", "for", "ADP", "prep", 3), ("strikes", "strike", "NOUN", "pobj", 4),
        ("as", "as", "SCONJ", "mark", 8), ("it", "it", "PRON", "nsubj", 8), ("causes", "cause", "VERB", "advcl", 1),
        ("deaths", "death", "NOUN", "dobj", 8), ("and", "and", "CCONJ", "cc", 8),
        ("violates", "violate", "VERB", "conj", 8), ("law", "law", "NOUN", "dobj", 11),
    ])
    assert is_charged_violation(doc[11], reject, read=lambda word: None)
    # "Iran said it violated the deal": a pronoun outside a reason clause may be the party
    said = make_doc([
        ("Iran", "Iran", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1), ("it", "it", "PRON", "nsubj", 3),
        ("violated", "violate", "VERB", "ccomp", 1), ("deal", "deal", "NOUN", "dobj", 3),
    ])
    assert not is_charged_violation(said[3], reject, read=lambda word: None)
