"""Tests for sitrep.geo.unresolved: the place record of a name no gazetteer mention covers. Hand-parsed Docs
(conftest.make_doc), so the tests exercise the rules, not a model."""

from __future__ import annotations

from conftest import make_doc
from sitrep.geo.resolve import PlaceMention
from sitrep.geo.unresolved import focus_province, named_within
from sitrep.records import Place

BELFAST = Place("Belfast", "Belfast", None, 54.6, -5.93, "GBR", "Northern Ireland", "place")
SYRIA = Place("Syria", "Syria", None, 35.0, 38.0, "SYR", None, "country")


def _hit(name_rows: list[tuple[str, str, str, str, int]], text: str) -> tuple[object, PlaceMention]:
    """ "Rockets hit <name rows> ." (name row heads are absolute; "hit" is token 1)."""
    rows = [("Rockets", "rocket", "NOUN", "nsubj", 1), ("hit", "hit", "VERB", "ROOT", 1), *name_rows]
    rows.append((".", ".", "PUNCT", "punct", 1))
    doc = make_doc(rows)
    start = doc.text.index(text)
    return doc, PlaceMention(start, start + len(text), text, Place(text=text))


def test_unresolved_street_named_after_a_city_keeps_its_town():
    # "Rockets hit Oxford Street ." in a Belfast story: no street of Oxford
    doc, mention = _hit([("Oxford", "Oxford", "PROPN", "compound", 3), ("Street", "street", "PROPN", "dobj", 1)],
                        "Oxford Street")
    place = named_within(doc, mention, area=BELFAST, in_sentence=False, country="GBR", country_place=None)
    assert (place.name, place.lat, place.lon) == ("Oxford Street", BELFAST.lat, BELFAST.lon)


def test_unresolved_name_the_gazetteer_knows_in_the_story_country_is_that_place():
    # "Rockets hit the Damascus countryside ." : a name the gazetteer knows, found outside its mentions
    doc, mention = _hit([("the", "the", "DET", "det", 4), ("Damascus", "Damascus", "PROPN", "compound", 4),
                         ("countryside", "countryside", "NOUN", "dobj", 1)], "Damascus")
    place = named_within(doc, mention, area=None, in_sentence=False, country="SYR", country_place=SYRIA)
    assert place.country == "SYR" and place.geonameid is not None and place.precision != "country"


def test_unresolved_district_named_by_a_known_town_is_that_town():
    # "Rockets hit the Damascus district ." : the name is the town's, the district noun only types it
    doc, mention = _hit([("the", "the", "DET", "det", 4), ("Damascus", "Damascus", "PROPN", "compound", 4),
                         ("district", "district", "NOUN", "dobj", 1)], "Damascus")
    place = named_within(doc, mention, area=None, in_sentence=False, country="SYR", country_place=SYRIA)
    assert place.name is not None and place.geonameid is not None and place.country == "SYR"


HAMA = Place("Hama province", "Hama", None, 35.25, 36.65, "SYR", "Hama", "admin1")
MOREK = Place("Morek", "Morek", None, 35.38, 36.68, "SYR", "Hama", "place")
HOMS = Place("Homs", "Homs", None, 34.73, 36.71, "SYR", "Homs", "place")
DAMASCUS = Place("Damascus", "Damascus", None, 33.51, 36.29, "SYR", "Dimashq", "place")


def _mentions(*places: Place) -> list[PlaceMention]:
    return [PlaceMention(i * 10, i * 10 + 5, str(p.text), p) for i, p in enumerate(places)]


def test_unresolved_focus_province_is_the_province_most_places_are_in():
    story = _mentions(SYRIA, HAMA, MOREK, HAMA, DAMASCUS)  # 3 of the 4 Syrian sub-national mentions: Hama
    assert focus_province(story, country="SYR") == HAMA
    spread = _mentions(HAMA, MOREK, HOMS, DAMASCUS)  # half: no focus
    assert focus_province(spread, country="SYR") is None
    assert focus_province(_mentions(HAMA, MOREK), country="SYR") is None  # too few


def test_unresolved_village_in_a_sentence_naming_no_area_takes_the_focus_province():
    # "Rockets hit the village of Taduf ." where the act would get only the article's country
    doc, mention = _hit([("the", "the", "DET", "det", 3), ("village", "village", "NOUN", "dobj", 1),
                         ("of", "of", "ADP", "prep", 3), ("Taduf", "Taduf", "PROPN", "pobj", 4)], "Taduf")
    place = named_within(doc, mention, area=SYRIA, in_sentence=False, country="SYR", country_place=HAMA)
    assert (place.name, place.lat, place.lon, place.admin1, place.precision) == ("Taduf", 35.25, 36.65, "Hama",
                                                                                  "admin1")
    said = named_within(doc, mention, area=SYRIA, in_sentence=True, country="SYR", country_place=HAMA)
    assert said.precision == "country"  # "a village in Syria": the sentence's own area


def test_unresolved_name_before_near_is_a_locative_name():
    from sitrep.geo.unresolved import locative_name

    # "Rockets hit Tal Zahab near Homs ." / "Rockets hit Tal Zahab ." (no locative after the object: no place)
    near = [("Tal", "Tal", "PROPN", "compound", 3), ("Zahab", "Zahab", "PROPN", "dobj", 1),
            ("near", "near", "ADP", "prep", 1), ("Homs", "Homs", "PROPN", "pobj", 4)]
    doc, mention = _hit(near, "Tal Zahab")
    assert locative_name(doc, mention)
    doc, mention = _hit(near[:2], "Tal Zahab")
    assert not locative_name(doc, mention)
