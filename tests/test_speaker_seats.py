"""Tests for sitrep.coding.speaker_seats: where a statement or a visit is made."""

from __future__ import annotations

from spacy.tokens import Doc

from conftest import make_doc, with_tags
from sitrep.coding.speaker_seats import (
    host_capital,
    met_party_place,
    restated_act,
    speaker_seat,
    speaks_on_site,
    visit_destination,
)
from sitrep.geo import PlaceMention
from sitrep.records import Actor, Place

WASHINGTON_STATE = Place("Washington", "Washington", None, 47.4, -120.5, "USA", "Washington", "admin1")
MOSCOW = Place("Moscow", "Moscow", None, 55.75, 37.62, "RUS", "Moskva", "place")


def test_speaker_seats_visit_to_a_seat_read_as_a_state_is_at_the_capital():
    hosted = host_capital(WASHINGTON_STATE)  # "touring Washington, Paris and London"
    assert hosted is not None and hosted.precision == "place" and hosted.country == "USA"
    assert abs(hosted.lat - 38.9) < 0.2 and abs(hosted.lon + 77.0) < 0.2
    assert host_capital(MOSCOW) == MOSCOW  # a town already
    assert host_capital(None) is None


def test_speaker_seats_speaker_seat_is_a_states_capital_or_a_bodys_headquarters():
    nato = speaker_seat(Actor(text="Nato", name="NATO (North Atlantic Treaty Organization)", actor_id="NATO",
                              country="IGO", sector="IGO"))
    assert nato is not None and nato.country == "BEL"
    russia = speaker_seat(Actor(text="Russia", name="Russia", actor_id="RUS", country="RUS"))
    assert russia is not None and russia.country == "RUS" and russia.precision == "place"
    government = speaker_seat(Actor(text="the ministry", name="Syrian government", actor_id="SYR-GOV", country="SYR",
                                    sector="GOV"))
    assert government is not None and government.country == "SYR" and government.precision == "place"
    # a group coded by its country alone, a state named by a pronoun, an armed force, a person: no seat
    assert speaker_seat(Actor(text="Kurdish leaders", name="Syrian Kurdish group", actor_id="SYR", country="SYR")) is None
    assert speaker_seat(Actor(text="they", name="Russia", actor_id="RUS", country="RUS")) is None
    assert speaker_seat(Actor(text="Russian jets", name="Russian armed forces", actor_id="RUS-MIL", country="RUS",
                              sector="MIL")) is None
    assert speaker_seat(Actor(text="the UN", name="United Nations (UN)", actor_id="UN", country="UNO",
                              sector="IGO")) is None  # its envoys and agencies work in the field
    assert speaker_seat(None) is None


def _denied_rows(modifier: list[tuple[str, str, str, str, int]]) -> list[tuple[str, str, str, str, int]]:
    """ "Workers <modifier> denied reports ." with the modifier's heads counted from 0 after "Workers"."""
    shift = len(modifier)
    return [
        ("Workers", "worker", "NOUN", "nsubj", 1 + shift),
        *[(w, lemma, pos, dep, head + 1) for w, lemma, pos, dep, head in modifier],
        ("denied", "deny", "VERB", "ROOT", 1 + shift),
        ("reports", "report", "NOUN", "dobj", 1 + shift),
        (".", ".", "PUNCT", "punct", 1 + shift),
    ]


def test_speaker_seats_speaker_described_at_a_camp_or_as_a_captive_speaks_on_site():
    at_camp = make_doc(_denied_rows([("at", "at", "ADP", "prep", -1), ("the", "the", "DET", "det", 2),
                                     ("camp", "camp", "NOUN", "pobj", 0)]))
    assert speaks_on_site(at_camp[4])  # "UN agencies and workers at the camp denied reports"
    captured = with_tags(make_doc(_denied_rows([("captured", "capture", "VERB", "acl", -1), ("by", "by", "ADP",
                                                "agent", 0), ("forces", "force", "NOUN", "pobj", 1)])), {1: "VBN"})
    assert speaks_on_site(captured[4])  # "an American woman captured by Kurdish forces has pleaded"
    in_london = make_doc(_denied_rows([("in", "in", "ADP", "prep", -1), ("London", "London", "PROPN", "pobj", 0)]))
    assert not speaks_on_site(in_london[3])
    assert not speaks_on_site(make_doc(_denied_rows([]))[1])
    # "Speaking from the jail , Letts said he blamed them ."
    speaking = make_doc([
        ("Speaking", "speak", "VERB", "advcl", 6), ("from", "from", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3), ("jail", "jail", "NOUN", "pobj", 1), (",", ",", "PUNCT", "punct", 6),
        ("Letts", "Letts", "PROPN", "nsubj", 6), ("said", "say", "VERB", "ROOT", 6),
        ("he", "he", "PRON", "nsubj", 8), ("blamed", "blame", "VERB", "ccomp", 6), ("them", "they", "PRON", "dobj", 8),
        (".", ".", "PUNCT", "punct", 6),
    ])
    assert speaks_on_site(speaking[8])


# "Envoy meets rebels Envoy met with leaders in Syria ."
MEETS_ROWS = [
    ("Envoy", "envoy", "NOUN", "nsubj", 1),
    ("meets", "meet", "VERB", "ROOT", 1),
    ("rebels", "rebel", "NOUN", "dobj", 1),
    ("Envoy", "Envoy", "PROPN", "appos", 2),
    ("met", "meet", "VERB", "conj", 1),
    ("with", "with", "ADP", "prep", 4),
    ("leaders", "leader", "NOUN", "pobj", 5),
    ("in", "in", "ADP", "prep", 6),
    ("Syria", "Syria", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]
SYRIA = Place("Syria", "Syria", None, 35.0, 38.0, "SYR", "Syria", "country")


def test_speaker_seats_meeting_is_where_its_party_is_and_a_headline_restated_in_its_lede():
    doc = with_tags(make_doc(MEETS_ROWS), {6: "NNS"})
    syria = [PlaceMention(doc[8].idx, doc[8].idx + 5, "Syria", SYRIA)]
    assert restated_act(doc[1]) == doc[4] and restated_act(doc[4]) == doc[1]
    assert met_party_place(doc[4], syria) == SYRIA  # "met with leaders of the alliance in southern Syria"
    assert met_party_place(doc[1], syria) is None  # the headline verb's own party is "rebels"
    said = make_doc([(w, "say" if w == "met" else lemma, pos, dep, head) for w, lemma, pos, dep, head in MEETS_ROWS])
    assert met_party_place(said[4], syria) is None and restated_act(said[1]) is None  # not a meeting
    response = with_tags(make_doc(MEETS_ROWS), {6: "NN"})  # "has met a mixed response in Europe": no party met
    assert met_party_place(response[4], syria) is None


def test_speaker_seats_act_conjoined_with_a_site_or_of_the_speakers_own_site_is_on_site():
    # "Her daughter died in the camp and she blames them ."
    died = make_doc([
        ("Her", "her", "PRON", "poss", 1), ("daughter", "daughter", "NOUN", "nsubj", 2),
        ("died", "die", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2), ("the", "the", "DET", "det", 5),
        ("camp", "camp", "NOUN", "pobj", 3), ("and", "and", "CCONJ", "cc", 2), ("she", "she", "PRON", "nsubj", 8),
        ("blames", "blame", "VERB", "conj", 2), ("them", "they", "PRON", "dobj", 8), (".", ".", "PUNCT", "punct", 2),
    ])
    assert speaks_on_site(died[8])

    def threaten(possessive: str) -> Doc:  # "They threaten to burn <possessive> tent ."
        return make_doc([
            ("They", "they", "PRON", "nsubj", 1), ("threaten", "threaten", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("burn", "burn", "VERB", "xcomp", 1),
            (possessive, possessive, "PRON", "poss", 5), ("tent", "tent", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ])
    assert speaks_on_site(threaten("your")[1])  # words quoted from someone in the camp
    assert not speaks_on_site(threaten("their")[1])  # someone else's tent: said anywhere


def test_speaker_seats_each_conjoined_destination_of_a_visit_is_its_place():
    # "The minister toured Washington , Paris and London": one visit at each capital
    doc = make_doc([
        ("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
        ("toured", "tour", "VERB", "ROOT", 2), ("Washington", "Washington", "PROPN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 3), ("Paris", "Paris", "PROPN", "conj", 3), ("and", "and", "CCONJ", "cc", 5),
        ("London", "London", "PROPN", "conj", 5),
    ])
    paris = Place("Paris", "Paris", None, 48.85, 2.35, "FRA", "Ile-de-France", "place")
    london = Place("London", "London", None, 51.5, -0.13, "GBR", "England", "place")
    places = [PlaceMention(t.idx, t.idx + len(t), t.text, p) for t, p in
              ((doc[3], WASHINGTON_STATE), (doc[5], paris), (doc[7], london))]
    assert visit_destination(doc[5], cameo="042", places=places) == paris
    assert visit_destination(doc[7], cameo="042", places=places) == london
    capital = visit_destination(doc[3], cameo="042", places=places)
    assert capital is not None and capital.precision == "place" and abs(capital.lon + 77.0) < 0.2
    assert visit_destination(doc[5], cameo="043", places=places) is None  # hosting a visit: not its guest's town
    assert visit_destination(doc[1], cameo="042", places=places) is None  # no place named
