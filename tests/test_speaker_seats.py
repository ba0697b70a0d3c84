"""Tests for sitrep.coding.speaker_seats: where a statement or a visit is made."""

from __future__ import annotations

from sitrep.coding.speaker_seats import host_capital
from sitrep.records import Place

WASHINGTON_STATE = Place("Washington", "Washington", None, 47.4, -120.5, "USA", "Washington", "admin1")
MOSCOW = Place("Moscow", "Moscow", None, 55.75, 37.62, "RUS", "Moskva", "place")


def test_speaker_seats_visit_to_a_seat_read_as_a_state_is_at_the_capital():
    hosted = host_capital(WASHINGTON_STATE)  # "touring Washington, Paris and London"
    assert hosted is not None and hosted.precision == "place" and hosted.country == "USA"
    assert abs(hosted.lat - 38.9) < 0.2 and abs(hosted.lon + 77.0) < 0.2
    assert host_capital(MOSCOW) == MOSCOW  # a town already
    assert host_capital(None) is None
