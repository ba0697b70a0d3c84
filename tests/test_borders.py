"""Tests for sitrep.geo.borders: a border named by its other side, from the supplement's border rows."""

from __future__ import annotations

from sitrep.geo.borders import border_area, border_areas


def test_borders_adjective_or_name_gives_the_home_side():
    syrian_side = border_area("SYR", "Turkish")
    turkish_side = border_area("TUR", "Syria")
    assert syrian_side is not None and syrian_side.country == "SYR" and syrian_side.precision == "region"
    assert turkish_side is not None and turkish_side.country == "TUR"
    assert border_area("IRQ", "Iranian") == border_areas()[("IRQ", "IRN")]


def test_borders_unknown_or_own_country_gives_nothing():
    assert border_area("SYR", "Syrian") is None  # a country's border with itself
    assert border_area("USA", "Turkish") is None  # no curated US–Turkey border
    assert border_area(None, "Turkish") is None
    assert border_area("SYR", "Kurdish") is None  # not a country's word


def test_borders_side_that_is_a_curated_area_takes_its_country():
    gaza = border_area("ISR", "Gaza")  # "Gaza" is the supplement's Gaza Strip (PSE), not a country name
    assert gaza is not None and gaza.name == "Israel–Gaza border"
