"""Tests for sitrep.geo.area_cues: the phrases by which news locates one place by another."""

from __future__ import annotations

from sitrep.geo.area_cues import locating_cue


def test_area_cues_locating_cue_tells_near_from_in():
    assert locating_cue(" near ") == "near"  # "Orum al-Kubrah near Aleppo"
    assert locating_cue(", 20km east of ") == "near"  # "Douma, 20km east of Damascus"
    assert locating_cue(" city located in Eastern ") == "in"  # "Al Sukhnah city located in Eastern Homs"
    assert locating_cue(" in the countryside of ") == "in"
    assert locating_cue(" and ") is None  # "Aleppo and Homs": two places, neither locates the other
    assert locating_cue(" said on Monday in ") is None
