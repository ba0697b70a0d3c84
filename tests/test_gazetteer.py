"""Tests for sitrep.geo.gazetteer: loading, normalisation, the supplement and stop-name loaders."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DictionaryError
from sitrep.geo.gazetteer import (
    load_abbreviations,
    load_country_points,
    load_gazetteer,
    load_name_heads,
    load_stop_names,
    load_supplement,
    normalize_name,
    normalize_names,
)

HEADER = "name,aliases,lat,lon,country,admin1,kind,precision,source\n"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "supplement.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_gazetteer_normalize_name_unifies_arabic_articles():
    assert normalize_name("al-Tanf") == normalize_name("At Tanf") == normalize_name("Al Tanf") == "al tanf"
    assert normalize_name("Deir ez-Zor") == "deir al zor"
    assert normalize_name("Dayr az Zawr") == "dayr al zawr"
    assert normalize_name("as-Suwayda") == "al suwayda"


def test_gazetteer_normalize_name_folds_accents_case_and_ah_endings():
    assert normalize_name("Ḩimş") == "hims"
    assert normalize_name("Ar Raqqah") == normalize_name("al-Raqqa") == "al raqqa"
    assert normalize_name("Syria's") == "syria"
    assert normalize_name("Dar'a") == "dara"


def test_gazetteer_normalize_names_batch_matches_single():
    names = ["At Tanf", "Dayr az Zawr", "Deir ez-Zor", "Ālbū Kamāl", "Saint John's", "El Paso", "AT Tanf"]
    assert normalize_names(names) == [normalize_name(n) for n in names]


def test_gazetteer_loads_cities_admin1_countries_and_supplement(gaz):
    assert len(gaz) > 150_000
    kinds = {gaz.precisions[c >> 1] for c in gaz.candidates("aleppo")}
    assert {"place", "admin1"} <= kinds
    syria = gaz.country_record["SYR"]
    assert gaz.names[syria] == "Syria" and gaz.precisions[syria] == "country"
    tanf = [c >> 1 for c in gaz.candidates("al tanf")]
    assert any(r in gaz.supplement_ids for r in tanf)


def test_gazetteer_admin1_name_is_english(gaz):
    homs = [c >> 1 for c in gaz.candidates("homs") if gaz.precisions[c >> 1] == "place"]
    assert any(gaz.admin1[r] == "Homs" and gaz.countries[r] == "SYR" for r in homs)


def test_gazetteer_blocked_stop_names_are_not_indexed(gaz):
    assert gaz.candidates("may") == ()
    assert gaz.candidates("march") == ()


def test_gazetteer_supplement_loads_packaged_file():
    rows = load_supplement(Path(__file__).parents[1] / "src/sitrep/data/places/supplement.csv")
    names = {names[0] for names, _ in rows}
    assert {"At Tanf", "Al-Bukamal", "Euphrates River Valley", "Rukban", "Golan Heights"} <= names
    assert 60 <= len(rows) <= 200


def test_gazetteer_supplement_bad_latitude_names_file_and_line(tmp_path):
    path = _write(tmp_path, "Good,,33.5,38.6,SYR,,base,place,x\nBad,,95.0,38.6,SYR,,base,place,x\n")
    with pytest.raises(DictionaryError) as err:
        load_supplement(path)
    assert err.value.line == 3 and err.value.path == str(path)
    assert "coordinates" in err.value.problem


def test_gazetteer_supplement_unknown_country_code(tmp_path):
    path = _write(tmp_path, "Somewhere,,10,10,XXX,,town,place,x\n")
    with pytest.raises(DictionaryError, match="unknown ISO-3 country code 'XXX'") as err:
        load_supplement(path)
    assert err.value.line == 2


def test_gazetteer_supplement_missing_column(tmp_path):
    path = _write(
        tmp_path, "Somewhere,,10,10,SYR,town,place\n", header="name,aliases,lat,lon,country,kind,precision\n"
    )
    with pytest.raises(DictionaryError, match="admin1") as err:
        load_supplement(path)
    assert err.value.line == 1


def test_gazetteer_supplement_bad_precision_and_duplicate(tmp_path):
    with pytest.raises(DictionaryError, match="precision"):
        load_supplement(_write(tmp_path, "A,,10,10,SYR,,town,near,x\n"))
    with pytest.raises(DictionaryError, match="duplicate") as err:
        load_supplement(_write(tmp_path, "A,,10,10,SYR,,town,place,x\na,,11,11,SYR,,town,place,x\n"))
    assert err.value.line == 3


def test_gazetteer_stop_names_bad_rule(tmp_path):
    path = tmp_path / "stop.csv"
    path.write_text("name,rule,note\nReading,case,x\nSplit,maybe,x\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown rule") as err:
        load_stop_names(path)
    assert err.value.line == 3


def test_gazetteer_extent_centre_is_the_middle_of_the_trimmed_box():
    from sitrep.geo.gazetteer import extent_centre

    lats = [float(x) for x in range(101)]  # 0..100: 2nd..98th percentile box = 2..98, middle 50
    lons = [0.0] * 100 + [90.0]  # one far outlier is trimmed away
    assert extent_centre(lats, lons) == (50.0, 0.0)


def test_gazetteer_cache_round_trip(tmp_path):
    from sitrep.geo.gazetteer import Gazetteer, _read_cache, _write_cache

    small = Gazetteer()
    small.add_names(["Homs"], [0], primary=True)
    small.names.append("Homs")
    small.build_index()
    path = tmp_path / "sub" / "g.pickle"
    _write_cache(path, small)
    again = _read_cache(path)
    assert again is not None and again.candidates("homs") == (1,)
    path.write_bytes(b"garbage")
    assert _read_cache(path) is None  # an unreadable cache is rebuilt, not an error
    assert _read_cache(tmp_path / "missing.pickle") is None


def test_gazetteer_cached_load_is_fast(gaz):
    import time

    from sitrep.geo.gazetteer import _cache_file, _read_cache

    path = _cache_file(500)
    assert path.exists()  # load_gazetteer (the gaz fixture) wrote it
    start = time.process_time()
    again = _read_cache(path)
    assert again is not None and len(again) == len(gaz)
    assert time.process_time() - start < 3.0  # building from the packages takes ~4 s CPU


def test_gazetteer_month_and_weekday_abbreviations_are_not_places(gaz):
    for key in ("nov", "mon", "wed", "est"):
        assert gaz.candidates(key) == ()


def test_gazetteer_country_points_cover_countries_without_supplement_rows(gaz):
    # Kenya has no supplement row: its point comes from country_points.csv (Natural Earth), within 100 km of
    # GeoNames' country point 1N 38E (checked by hand); Georgia (the country) lies between 41N and 43.6N.
    kenya = gaz.country_record["KEN"]
    assert abs(gaz.lats[kenya] - 1.0) < 1.0 and abs(gaz.lons[kenya] - 38.0) < 1.0
    georgia = gaz.country_record["GEO"]
    assert 41.0 < gaz.lats[georgia] < 43.6 and 40.0 < gaz.lons[georgia] < 46.7


def test_gazetteer_country_points_bad_rows(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("iso3,lat,lon,source\nKEN,1.0,38.0,x\nXXX,1.0,2.0,x\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown ISO-3") as info:
        load_country_points(path)
    assert info.value.line == 3
    path.write_text("iso3,lat,lon,source\nKEN,95.0,38.0,x\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="bad coordinates"):
        load_country_points(path)
    path.write_text("iso3,lat,lon,source\nKEN,1.0,38.0,x\nKEN,1.0,38.0,y\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="duplicate"):
        load_country_points(path)


def test_gazetteer_abbreviations_file_is_validated(tmp_path):
    rows = load_abbreviations()
    assert ("Calif.", "USA", "California", False) in rows and ("Mass.", "USA", "Massachusetts", True) in rows
    path = tmp_path / "abbr.csv"
    path.write_text("abbreviation,country,admin1,rule\nGa,USA,Georgia,any\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="period"):
        load_abbreviations(path)
    path.write_text("abbreviation,country,admin1,rule\nGa.,USA,Georgia,sometimes\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown rule"):
        load_abbreviations(path)


def test_gazetteer_counties_are_indexed_under_their_full_names(gaz):
    # Laurel County, Kentucky: GeoNames ADM2 point 37.13N 84.13W (checked by hand); the county is not a
    # candidate of the bare name "Laurel".
    (code,) = gaz.candidates("laurel county")
    rid = code >> 1
    assert gaz.precisions[rid] == "region" and gaz.admin1[rid] == "Kentucky"
    assert abs(gaz.lats[rid] - 37.13) < 0.5 and abs(gaz.lons[rid] + 84.13) < 0.5
    assert all(gaz.kinds[c >> 1] != "admin2" for c in gaz.candidates("laurel"))


def test_gazetteer_admin1_centre_is_inside_the_state(gaz):
    # Texas spans about 25.8-36.5N, 93.5-106.6W; GeoNames' state point is 31.25N 99.25W.
    (rid,) = [c >> 1 for c in gaz.candidates("texas") if gaz.precisions[c >> 1] == "admin1"]
    assert abs(gaz.lats[rid] - 31.25) < 1.0 and abs(gaz.lons[rid] + 99.25) < 1.5


def test_gazetteer_name_heads_load_and_validate(tmp_path):
    heads = load_name_heads()
    assert {"police", "street", "sheriff", "county"} <= heads
    assert "powers" not in heads  # a surname: "Austin Powers" is a person
    assert "university" not in heads  # "X University" is as often named after a person
    path = tmp_path / "heads.csv"
    path.write_text("word,kind\nPolice,office\nHigh School,facility\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="one word") as err:
        load_name_heads(path)
    assert err.value.line == 3
    path.write_text("word,kind\nPolice,badkind\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown kind"):
        load_name_heads(path)
    path.write_text("word,kind\nPolice,office\n", encoding="utf-8")
    assert load_name_heads(path) == frozenset({"police"})


def test_gazetteer_cache_of_another_version_is_kept_until_stale(tmp_path):
    import os
    import time

    from sitrep.geo.gazetteer import _remove_stale

    current = tmp_path / "gazetteer-aaaa.pickle"
    recent = tmp_path / "gazetteer-bbbb.pickle"  # another installed version, in use
    old = tmp_path / "gazetteer-cccc.pickle"  # a version not used for a month
    for path in (current, recent, old):
        path.write_bytes(b"x")
    month_ago = time.time() - 30 * 86400
    os.utime(old, (month_ago, month_ago))
    _remove_stale(current)
    assert current.exists() and recent.exists() and not old.exists()


def test_gazetteer_supplement_names_far_regions_and_the_diplomatic_geneva(gaz):
    from sitrep.geo import find_places

    text = "The US said talks in Geneva failed; the fight against Isis in Syria's far east would stop."
    found = {m.text: (m.place.name, m.place.country) for m in find_places(text, gazetteer=gaz)}
    assert found["Geneva"] == ("Geneva", "CHE")  # not the small US namesakes the US focus would favour
    assert found["Syria's far east"] == ("Eastern Syria", "SYR")
