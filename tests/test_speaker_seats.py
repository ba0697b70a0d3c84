"""Tests for sitrep.coding.speaker_seats: where a statement or a visit is made."""

from __future__ import annotations

from sitrep.coding.speaker_seats import host_capital, speaker_seat
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
