"""Tests for sitrep.geo.seats: capitals and seats of government named as the government or as a place."""

from __future__ import annotations

from sitrep.geo.seats import is_seat, names_seat_as_party
from sitrep.records import Place

ANKARA = Place("Ankara", "Ankara", None, 39.92, 32.85, "TUR", "Ankara", "place")
PENTAGON = Place("Pentagon", "Pentagon", None, 38.87, -77.06, "USA", "Virginia", "place")
AFRIN = Place("Afrin", "Afrin", None, 36.51, 36.87, "SYR", "Aleppo", "place")


def test_seats_capitals_and_curated_sites_are_seats():
    assert is_seat(ANKARA) and is_seat(PENTAGON)
    assert not is_seat(AFRIN)
    assert not is_seat(Place("Ankara", "Ankara", None, 0.0, 0.0, "USA", None, "place"))  # a namesake elsewhere


def test_seats_locative_preposition_makes_a_place_not_a_party():
    text = "Washington's relationship with Ankara soured. Erdogan spoke in Ankara. The Pentagon said so."
    first, second = text.index("Ankara"), text.index("Ankara", text.index("Ankara") + 1)
    assert names_seat_as_party(ANKARA, text=text, start=first)
    assert not names_seat_as_party(ANKARA, text=text, start=second)
    assert names_seat_as_party(PENTAGON, text=text, start=text.index("Pentagon"))
    assert not names_seat_as_party(AFRIN, text="Talks with Afrin", start=11)  # not a seat


def test_seats_organisation_venue_and_capital_places():
    from sitrep.geo.seats import capital_place, seat_country, venue_place

    un = venue_place("the UN")
    assert un is not None and un.name == "United Nations headquarters" and un.country == "USA"
    assert venue_place("Security Council") == un and venue_place("Turkey") is None
    washington = capital_place("USA")  # "Washington" alone is the state: the capital's other name is the city
    assert washington is not None and washington.precision == "place" and abs(washington.lon + 77.04) < 0.1
    assert seat_country("the Kremlin") == "RUS" and seat_country("Ankara") == "TUR" and seat_country("Afrin") is None
