"""coding/parties.py: which actor an event's party is (pronoun targets read as the source, pronouns in quotes,
what a phrase's head stands for)."""

from __future__ import annotations

from datetime import date

import sitrep
from conftest import make_doc
from sitrep.coding.parties import counted_of, self_target
from sitrep.records import Actor

PUTIN = Actor(text="Putin", name="Vladimir Putin", actor_id="RUS-GOV", country="RUS", sector="GOV")


def test_parties_pronoun_target_read_as_the_source_is_no_target():
    # "I agree with him": "him" read as the speaker himself
    doc = make_doc([("I", "I", "PRON", "nsubj", 1), ("agree", "agree", "VERB", "ROOT", 1),
                    ("with", "with", "ADP", "prep", 1), ("him", "he", "PRON", "pobj", 2),
                    ("Syrians", "Syrians", "PROPN", "dobj", 1)])
    him = Actor(**{**PUTIN.to_dict(), "text": "him"})
    assert self_target(PUTIN, doc[3], him)
    trump = Actor(text="him", name="Donald Trump", actor_id="USA-GOV", country="USA", sector="GOV")
    assert not self_target(PUTIN, doc[3], trump)
    # parties named apart stay, even with one code: "the regime bombed Syrians" is not read through a pronoun
    regime = Actor(text="the regime", actor_id="SYR-GOV", country="SYR", sector="GOV")
    assert not self_target(regime, doc[4], Actor(**{**regime.to_dict(), "text": "Syrians"}))


def _coded(text: str):
    return sitrep.extract(text, published=date(2018, 3, 19))


def test_parties_third_person_pronoun_in_a_quote_is_not_its_speaker():
    events = _coded("Bashar al-Assad ordered new air strikes on Idlib. Erdogan said: \u201cHe attacked our soldiers.\u201d")
    attack = [e for e in events if e.evidence.trigger == "attacked"]
    assert attack and attack[0].source is not None and attack[0].source.country == "SYR"


def test_parties_he_takes_a_role_noun_named_before():
    events = _coded("A Syrian army commander visited Douma. He said the rebels had attacked the town.")
    attack = [e for e in events if e.event_type == "ASSAULT"]
    assert attack and attack[0].attributed_to is not None and attack[0].attributed_to.actor_id == "SYR-MIL"


def test_parties_quoted_question_is_no_assertion_and_no_request():
    events = _coded("\u201cWhy are we fighting for our enemy, Syria, by staying and killing ISIS for them?,\u201d "
                    "Trump asked on Twitter.")
    assert events and all(e.status == "hypothetical" for e in events)
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_parties_kind_noun_stands_for_its_of_phrase():
    # any form of US-backed force ; a form of protest
    doc = make_doc(
        [
            ("any", "any", "DET", "det", 1),
            ("form", "form", "NOUN", "ROOT", 1),
            ("of", "of", "ADP", "prep", 1),
            ("US-backed", "US-backed", "ADJ", "amod", 4),
            ("force", "force", "NOUN", "pobj", 2),
        ]
    )
    assert counted_of(doc[1]) == doc[4]
    assert counted_of(doc[4]) is None  # a noun with no "of" phrase counts nothing


def test_parties_person_named_after_the_lede_keeps_its_description():
    # the lede describes, the next sentence names, later sentences describe again ("the 26-year-old")
    events = _coded("A British woman fighting alongside Kurdish forces in Afrin has been killed, her commanders "
                    "have said. Anna Campbell was volunteering with the YPJ in Afrin when her convoy was struck by "
                    "a Turkish missile. Sources say the 26-year-old begged her commanders to send her to the front.")
    named = [e for e in events if e.source is not None and e.source.text == "Anna Campbell"]
    assert named and named[0].source.country == "GBR"
    begged = [e for e in events if e.evidence.trigger == "begged"]
    assert begged and begged[0].source is not None and begged[0].source.country == "GBR"


def test_parties_quoted_they_after_the_narrators_clause_on_its_speaker_is_the_storys_armed_side():
    # the plural noun nearest to "they" sits in the narrator's relative clause on the speaker, not in the
    # speaker's words: the resident's "they" are the attackers the story is about (Turkey), not the Kurdish groups
    events = _coded("Turkish troops shelled Afrin on Monday. Turkey said the operation would go on. Turkish jets "
                    "struck villages near the town. A Kurdish resident of the city, who has been barred from leaving "
                    "by Kurdish militant groups, said the opposite. \u201cLast night they bombed the hospital.\u201d")
    bombed = [e for e in events if e.evidence.trigger == "bombed"]
    assert bombed and bombed[0].source is not None and bombed[0].source.country == "TUR"
    assert bombed[0].source.text == "they"


def test_parties_pronoun_takes_the_party_an_editors_bracket_names():
    events = _coded("Kurdish fighters held the town. A resident said: \u201cThey [the US] have armed the Kurds for "
                    "years.\u201d")
    armed = [e for e in events if e.evidence.trigger == "armed"]
    assert armed and armed[0].source is not None and armed[0].source.country == "USA"


def test_parties_copular_it_stands_for_the_owner_of_its_predicate_noun():
    # "It is Turkey's second campaign": the later "it" is Turkey, not the YPG named last before
    events = _coded("Turkish troops entered Afrin to fight the YPG. It is Turkey\u2019s second major campaign in Syria. "
                    "In August 2016 it launched the Euphrates Shield offensive against Isis.")
    launched = [e for e in events if e.evidence.trigger in ("launched", "offensive")]
    assert launched and all(e.source is not None and e.source.country == "TUR" for e in launched)


def test_parties_we_as_kurds_is_no_antecedent_for_they():
    events = _coded("Armed men control Afrin. A resident said: \u201cWe as Kurds were happy here until they "
                    "fought us.\u201d")
    fought = [e for e in events if e.evidence.trigger == "fought"]
    assert not any(e.source is not None and e.source.text == "they" and e.source.country == "SYR" for e in fought)



def test_parties_troops_a_state_has_in_a_country_are_its_own():
    events = _coded("The US has about 2,000 troops in Syria and has said they will stay in the country.")
    stay = [e for e in events if e.evidence.trigger == "stay"]
    assert stay and stay[0].source is not None and stay[0].source.actor_id == "USA-MIL"


def test_parties_quoted_us_is_the_group_its_speaker_is_described_as():
    events = _coded("Turkish jets bombed Afrin on Monday. \u201cLast night they shelled us,\u201d said Hero, "
                    "a Kurdish resident of the city.")
    shelled = [e for e in events if e.evidence.trigger == "shelled"]
    assert shelled and shelled[0].target is not None and shelled[0].target.actor_id == "SYR-CVL"


def test_parties_object_pronoun_under_a_first_person_subject_is_not_the_speakers_side():
    events = _coded("\u201cA country we call an ally is insisting on forming a terror army on our borders,\u201d "
                    "Erdogan said in a speech in Ankara. \u201cWhat can that terror army target but Turkey? Our "
                    "mission is to strangle it before it is even born.\u201d")
    strangle = [e for e in events if e.evidence.trigger == "strangle"]
    assert strangle and strangle[0].source is not None and strangle[0].source.country == "TUR"
    assert strangle[0].target is None or strangle[0].target.country != "TUR"


def test_parties_they_takes_the_government_of_the_clause_before():
    events = _coded("\u201cWe feel like the Palestinians. The Syrian government couldn\u2019t care less to help us "
                    "reclaim our property, they won\u2019t even help us get back into Afrin,\u201d said Areen.")
    help_ = [e for e in events if e.evidence.trigger == "help" and e.source is not None and e.source.text == "they"]
    assert help_ and help_[0].source.actor_id == "SYR-GOV"


def test_parties_subject_pronoun_is_not_its_clauses_object():
    # "They armed the Kurds": they are not the Kurds (who would arm "themselves"), but the Americans named before
    events = _coded("In Syria, the Kurds asked the Americans for weapons last year. They armed the Kurds with "
                    "anti-tank missiles.")
    armed = [e for e in events if e.evidence.trigger == "armed"]
    assert armed and armed[0].source is not None and armed[0].source.country == "USA"


def test_parties_pronoun_takes_a_force_of_a_named_turkish_backed_coalition():
    # "a 700-strong Euphrates Shield force ... They were turned back": the Turkish-backed rebels fall back
    events = _coded("A 700-strong Euphrates Shield force was sent to the border with Idlib in August. They were "
                    "turned back, as Moscow and Ankara closed in on a deal.")
    back = [e for e in events if e.event_type == "RETREAT"]
    assert back and back[0].source is not None and back[0].source.sponsor == "TUR"


def test_parties_quoted_us_of_a_bare_name_is_the_group_reported_before():
    events = _coded("Turkish-backed militias control Afrin. Afrin is barely recognisable, say Kurdish locals who have "
                    "made it back. \u201cIt\u2019s not the Afrin we know,\u201d said Areen, 34. \u201cThe Syrian "
                    "government couldn\u2019t care less, they won\u2019t even help us get back into Afrin.\u201d")
    help_ = [e for e in events if e.evidence.trigger == "help"]
    assert help_ and help_[0].target is not None and help_[0].target.country == "SYR"


def test_parties_pronoun_of_a_fronted_clause_is_the_main_clauses_subject():
    # hand check #81: "it" read as the Observatory of the sentence before; the clause looks ahead to Russia
    events = _coded("The Observatory said 20 civilians were killed in Idlib on Monday. Since it intervened in "
                    "Syria in 2015, Russia has not acknowledged any civilian deaths.")
    intervened = [e for e in events if e.evidence.trigger == "intervened"]
    assert intervened and intervened[0].source is not None and intervened[0].source.country == "RUS"


def test_parties_named_person_takes_the_party_its_apposition_names():
    events = _coded("Abu Hamza, a commander of the Free Syrian Army, said his men had shelled the airport. "
                    "He accused the regime of bombing civilians.")
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].source is not None and accuse[0].source.actor_id == "FSA"


def test_parties_she_skips_a_man_named_by_title():
    # the nearest person is Mr Collis (and the "he" that took him), but "she" is the Syrian activist
    events = _coded("A Syrian activist, Rasha Haddad, met the British ambassador, Simon Collis, in Damascus. "
                    "Mr Collis said he would protest the attacks. She told reporters that government forces had "
                    "attacked her village.")
    attack = [e for e in events if e.evidence.trigger == "attacked"]
    assert attack and attack[0].attributed_to is not None and attack[0].attributed_to.country == "SYR"



def test_parties_his_troops_are_the_army_of_the_leaders_state():
    events = _coded("In a speech on state television, Bashar al-Assad said his troops would liberate every inch of "
                    "the country.")
    liberate = [e for e in events if e.evidence.trigger == "liberate"]
    assert liberate and liberate[0].source is not None and liberate[0].source.actor_id == "SYR-MIL"
