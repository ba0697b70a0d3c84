"""Tests for sitrep.geo.resolve: resolving place names to gazetteer records with document context."""

from __future__ import annotations

import math

import pytest

from sitrep.geo import document_focus, find_places, load_gazetteer, resolve_place


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _names(text: str, gaz) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.name) for m in find_places(text, gazetteer=gaz)]


@pytest.mark.parametrize("name", ["al Tanf", "al-Tanf", "At Tanf", "Tanf"])
def test_resolve_al_tanf_variants(gaz, name):
    place = resolve_place(name, gazetteer=gaz)
    assert place is not None and place.country == "SYR" and place.admin1 == "Homs"
    assert _km(place.lat, place.lon, 33.50, 38.62) < 15


@pytest.mark.parametrize("name", ["al-Bukamal", "Abu Kamal", "Albu Kamal", "Al Bukamal"])
def test_resolve_bukamal_variants(gaz, name):
    place = resolve_place(name, gazetteer=gaz)
    assert place is not None and place.country == "SYR"
    assert _km(place.lat, place.lon, 34.45, 40.92) < 10


@pytest.mark.parametrize("name", ["Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Der Ezzor", "Deir al-Zour"])
def test_resolve_deir_ezzor_variants(gaz, name):
    place = resolve_place(name, gazetteer=gaz)
    assert place is not None and place.country == "SYR"
    assert _km(place.lat, place.lon, 35.34, 40.14) < 100


def test_resolve_country_beats_town_of_same_name(gaz):
    jordan = resolve_place("Jordan", gazetteer=gaz)
    assert jordan is not None and jordan.precision == "country" and jordan.country == "JOR"
    lebanon = resolve_place("Lebanon", gazetteer=gaz)
    assert lebanon is not None and lebanon.precision == "country" and lebanon.country == "LBN"


def test_resolve_capitals(gaz):
    baghdad = resolve_place("Baghdad", gazetteer=gaz)
    assert baghdad is not None and baghdad.country == "IRQ" and baghdad.geonameid is not None
    raqqa = resolve_place("Raqqa", gazetteer=gaz)
    assert raqqa is not None and raqqa.country == "SYR" and _km(raqqa.lat, raqqa.lon, 35.95, 39.01) < 10


def test_resolve_unknown_name_is_none(gaz):
    assert resolve_place("Qwertyzzville", gazetteer=gaz) is None


def test_resolve_focus_prefers_places_in_focus_country(gaz):
    # Alexandria, Virginia is a real town; with a US focus and without the supplement rows winning,
    # focus must move the choice for names that are not curated (nor national capitals: Damascus stays Syria's).
    plain = resolve_place("Alexandria", gazetteer=gaz)
    assert plain is not None and plain.country == "EGY"
    focused = resolve_place("Alexandria", gazetteer=gaz, focus=["USA"])
    assert focused is not None and focused.country == "USA"
    capital = resolve_place("Damascus", gazetteer=gaz, focus=["USA"])
    assert capital is not None and capital.country == "SYR"


def test_resolve_palmyra_in_syrian_story(gaz):
    text = "Syrian troops advanced on Palmyra, the ancient city in central Syria, on Sunday."
    mentions = find_places(text, gazetteer=gaz)
    palmyra = next(m for m in mentions if m.text == "Palmyra")
    assert palmyra.place.country == "SYR"


def test_resolve_region_and_border_phrases(gaz):
    text = "Tensions rose along the Syria-Iraq border and in northeastern Syria."
    got = {m.text: m.place for m in find_places(text, gazetteer=gaz)}
    assert got["Syria-Iraq border"].precision == "region"
    assert got["northeastern Syria"].precision == "region" and got["northeastern Syria"].country == "SYR"


def test_resolve_document_focus_orders_countries(gaz):
    text = (
        "Syria said on Monday that Damascus and Aleppo were calm. Syria also accused Turkey. "
        "Officials in Raqqa and Homs agreed."
    )
    focus = document_focus(text, gazetteer=gaz)
    assert focus[0] == "SYR" and "TUR" in focus


def test_resolve_region_context_picks_the_town_in_the_documents_state(gaz):
    # Richmond, Kentucky (37.75 N, 84.29 W) rather than Richmond, Virginia, when the story names Kentucky.
    text = "Police in Richmond said the suspect fled. Kentucky State Police joined the search in Kentucky."
    richmond = next(m for m in find_places(text, gazetteer=gaz) if m.text == "Richmond")
    assert richmond.place.admin1 == "Kentucky"
    assert _km(richmond.place.lat, richmond.place.lon, 37.75, -84.29) < 30
    alone = next(m for m in find_places("Police in Richmond said.", gazetteer=gaz) if m.text == "Richmond")
    assert alone.place.admin1 != "Kentucky"


def test_resolve_country_without_curated_row_is_near_its_centre(gaz):
    # Sudan has no supplement row; GeoNames' country point is 15 N, 30 E.
    sudan = resolve_place("Sudan", gazetteer=gaz)
    assert sudan is not None and sudan.precision == "country"
    assert _km(sudan.lat, sudan.lon, 15.0, 30.0) < 400


def _resolved(text: str, gaz, **options) -> dict[str, tuple]:
    return {
        m.text: (m.place.name, m.place.country, m.place.admin1, m.place.precision, m.place.lat, m.place.lon)
        for m in find_places(text, gazetteer=gaz, **options)
    }


def test_resolve_place_followed_by_its_state_abbreviation(gaz):
    # Gainesville, Georgia is at 34.30N 83.82W; the larger Gainesville, Florida at 29.65N 82.32W.
    found = _resolved("A Gainesville, Ga., man was arrested on Monday.", gaz)
    name, country, admin1, _precision, lat, lon = found["Gainesville"]
    assert (country, admin1) == ("USA", "Georgia") and _km(lat, lon, 34.30, -83.82) < 20
    assert found["Ga."][2] == "Georgia" and found["Ga."][3] == "admin1"


def test_resolve_georgia_is_the_state_in_a_story_about_atlanta(gaz):
    found = _resolved("Police in Atlanta said crime fell across Georgia last year.", gaz)
    assert found["Georgia"][1:4] == ("USA", "Georgia", "admin1")
    found = _resolved("Russian troops entered Georgia near Tbilisi.", gaz)
    assert found["Georgia"][1] == "GEO" and found["Georgia"][3] == "country"


def test_resolve_country_yields_to_a_namesake_town_near_the_other_places(gaz):
    # Lebanon, Indiana (40.05N 86.47W) is 40 km from Indianapolis; Lebanon the country is never named as such.
    text = "The crash closed Interstate 65 between Indianapolis and Lebanon on Tuesday, Boone County police said."
    name, country, *_rest, lat, lon = _resolved(text, gaz)["Lebanon"]
    assert country == "USA" and _km(lat, lon, 40.05, -86.47) < 20
    assert _resolved("Israel struck targets in Lebanon and Syria.", gaz)["Lebanon"][1] == "LBN"


def test_resolve_ambiguous_town_goes_to_the_one_near_the_other_places(gaz):
    # Richmond, Indiana (39.83N 84.89W) is 5 km from Centerville, Indiana and 700 km from Richmond, Virginia.
    found = _resolved(
        "Firefighters from Centerville and Cambridge City were called to a fire in Richmond.", gaz
    )
    assert _km(found["Richmond"][4], found["Richmond"][5], 39.83, -84.89) < 20


def test_resolve_focus_counts_each_name_once(gaz):
    # one name repeated (Paris) must not outweigh several distinct places of another country
    text = (
        "Paris police arrested him. The Paris mayor spoke. Paris residents met. Paris schools closed. "
        "Deputies from Edgar County and Urbana helped."
    )
    places = [m.place for m in find_places(text, gazetteer=gaz) if m.text == "Paris"]
    assert places and all(p.country == "USA" and p.admin1 == "Illinois" for p in places)


def test_resolve_ambiguous_names_that_can_lie_together_are_read_together(gaz):
    # Florence and Darlington, South Carolina are 15 km apart; the Italian and English ones are not
    mentions = find_places("Storms flooded roads between Florence and Darlington on Monday.", gazetteer=gaz)
    assert [(m.place.admin1, m.place.country) for m in mentions] == [("South Carolina", "USA")] * 2
    mentions = find_places("Storms hit Darlington and Durham.", gazetteer=gaz)
    assert [m.place.country for m in mentions] == ["GBR", "GBR"]
    mentions = find_places("Prices rose in Florence and Milan.", gazetteer=gaz)
    assert [m.place.country for m in mentions] == ["ITA", "ITA"]


def test_resolve_listed_states_stay_states(gaz):
    # "Missouri" and "Nevada" are also towns in other states: support must not turn the states into them
    mentions = find_places("Farmers in Kansas, Missouri and Nevada lost crops.", gazetteer=gaz)
    assert [(m.place.name, m.place.precision) for m in mentions] == [
        ("Kansas", "admin1"), ("Missouri", "admin1"), ("Nevada", "admin1")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in Damascus, SANA reported.",
        "Three people were killed in Damascus, the state news agency, Sana, said.",
        "Three people were killed in Damascus, Fars news agency reported.",
        "Three people were killed in Damascus, according to IRNA.",
    ],
)
def test_resolve_news_agency_is_not_a_place(gaz, text):
    assert _names(text, gaz) == [("Damascus", "Damascus")]


def test_resolve_news_agency_cue_leaves_the_homonym_place(gaz):
    assert [n for _, n in _names("Fighting flared in Fars province near Sanaa.", gaz)] == ["Fars", "Sanaa"]


def test_resolve_stray_foreign_town_in_a_focused_story_is_left_unresolved(gaz):
    text = (
        "Shells hit Aleppo and Damascus. Rockets fell on Quneitra. Four people were injured near the central "
        "prison in Adra area."
    )
    found = {m.text: m.place.country for m in find_places(text, gazetteer=gaz)}
    assert found.get("Aleppo") == "SYR" and found.get("Damascus") == "SYR"
    assert "Adra" not in found  # the gazetteer's Adra is in Spain; this one is near Damascus
    alone = {m.text: m.place.country for m in find_places("Four people were injured in Adra.", gazetteer=gaz)}
    assert alone.get("Adra") == "ESP"  # no story elsewhere: the gazetteer's reading stands


def test_resolve_town_part_named_after_a_foreign_city_is_left_unresolved(gaz):
    text = ("Terrorists shelled Aleppo and Idlib on Saturday. Rockets hit the al-Sulaymaniyah neighborhood and the "
            "district of Sulaymaniyah.")
    found = {m.text: m.place.country for m in find_places(text, gazetteer=gaz)}
    assert found.get("Aleppo") == "SYR" and "Sulaymaniyah" not in found  # a quarter of Aleppo, not the Iraqi city
    iraq = {m.text: m.place.country for m in find_places("Protesters marched in Sulaymaniyah.", gazetteer=gaz)}
    assert iraq.get("Sulaymaniyah") == "IRQ"


def test_resolve_name_located_by_a_place_is_read_in_its_country(gaz):
    # the gazetteer lacks these villages and offers only foreign homonyms (Zawiya, Libya; Al Burayj, Gaza)
    alone = {m.text: m.place.country for m in find_places("Government forces bombed al-Hara.", gazetteer=gaz)}
    assert alone.get("al-Hara") == "LBY"
    for text, name, area in [
        ("Government forces bombed al-Hara in the countryside of Daraa.", "al-Hara", "Daraa"),
        ("Barrel bombs hit the village of al-Bureij northeast of Aleppo.", "al-Bureij", "Aleppo"),
        ("A car bomb exploded in the Zahra neighbourhood of Homs.", "Zahra", "Homs"),
    ]:
        found = {m.text: m.place for m in find_places(text, gazetteer=gaz)}
        place, locating = found[name], found[area]
        assert (place.name, place.country, place.admin1) == (name, "SYR", locating.admin1)
        assert (place.lat, place.lon, place.geonameid) == (locating.lat, locating.lon, None)


def test_resolve_name_located_by_a_place_takes_its_reading_there(gaz):
    alone = {m.text: m.place.country for m in find_places("Hampton Park was quiet.", gazetteer=gaz)}
    assert alone.get("Hampton Park") == "AUS"
    found = {m.text: m.place for m in find_places("Hampton Park in Charleston was quiet.", gazetteer=gaz)}
    assert found["Hampton Park"].country == "USA" and found["Hampton Park"].admin1 == found["Charleston"].admin1


def test_resolve_locating_phrase_leaves_well_known_and_nearby_readings(gaz):
    cases = [
        ("The role of Washington in Syria is growing.", "Washington", "USA"),  # a city under its own name
        ("The outbreak is in the Cuvette-Ouest region near the Gabon border.", "Cuvette-Ouest region", "COG"),
        ("The statue of St Gregory of Narek in Vatican was unveiled.", "Narek", "ARM"),  # "in" is the statue's
        ("Jarablus near Gaziantep was shelled.", "Jarablus", "SYR"),  # beside a town across the border
    ]
    for text, name, country in cases:
        found = {m.text: m.place.country for m in find_places(text, gazetteer=gaz)}
        assert found.get(name) == country, text


def test_resolve_neighbourhood_is_never_a_town_abroad(gaz):
    # "the Zahra neighbourhood" of the story's city, not Ez Zahra (Tunisia, 35,000 people): a quarter, of any size
    text = ("Syria's army shelled Homs and Damascus. The car bomb detonated in the Abbasid area of the Zahra "
            "neighbourhood in the central city.")
    found = {m.text: m.place.country for m in find_places(text, gazetteer=gaz)}
    assert found.get("Homs") == "SYR" and "Zahra" not in found


def test_resolve_country_code_never_yields_to_a_namesake_town(gaz):
    # Us is a village 35 km from Paris; "US" written as a code is the country
    text = "Protesters marched in Paris, Lyon and Marseille. France said the US would be consulted."
    assert _resolved(text, gaz)["US"][1] == "USA"


def test_resolve_national_capital_abroad_beats_a_namesake_in_the_story_country(gaz):
    text = ("The US president said Washington would impose new sanctions on Moscow. Officials in Moscow denied "
            "the claims. Protesters marched in Chicago and New York.")
    assert _resolved(text, gaz)["Moscow"][1] == "RUS"
    idaho = "Moscow police said a student at the University of Idaho in Moscow was hurt. Pullman officials agreed."
    assert _resolved(idaho, gaz)["Moscow"][2] == "Idaho"  # the namesake, where the story places it
    assert _resolved("Paris, Texas, police said the suspect fled to Dallas and Tyler.", gaz)["Paris"][1] == "USA"
