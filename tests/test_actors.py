"""Tests for sitrep.coding.actors: the actor dictionary loader and the noun-phrase resolver."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.coding.actors import (
    ActorDictionary,
    actor_head_lemmas,
    entity_patterns,
    load_actor_dictionary,
    resolve_actor,
)
from sitrep.errors import DictionaryError


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return load_actor_dictionary()


def fields(text: str, d: ActorDictionary, **kw: object) -> tuple[object, ...] | None:
    actor = resolve_actor(text, dictionary=d, **kw)  # type: ignore[arg-type]
    if actor is None:
        return None
    assert actor.text == text
    return (actor.actor_id, actor.country, actor.sector, actor.sponsor, actor.led_by)


# ---------------------------------------------------------------- compositional readings (checked against the spec)


def test_actors_country_platform_is_state_military(d: ActorDictionary) -> None:
    actor = resolve_actor("U.S. F-16s", dictionary=d)
    assert actor is not None
    assert (actor.actor_id, actor.country, actor.sector, actor.name) == (
        "USA-MIL",
        "USA",
        "MIL",
        "United States armed forces",
    )


def test_actors_spec_target_is_sponsored_militia(d: ActorDictionary) -> None:
    actor = resolve_actor("a convoy of Iranian-armed Shiite fighters", dictionary=d)
    assert actor is not None
    assert (actor.actor_id, actor.country, actor.sector, actor.sponsor) == (None, None, "UAF", "IRN")
    assert actor.name == "Iranian-backed Shia militia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian-backed Shiite fighters", (None, None, "UAF", "IRN", None)),
        ("Iranian-backed forces", (None, None, "UAF", "IRN", None)),
        ("The Iranian supported militias", (None, None, "UAF", "IRN", None)),
        ("Irans proxies", (None, None, "UAF", "IRN", None)),
        ("Iran's proxies", (None, None, "UAF", "IRN", None)),
        (
            "forces backed by Iran’s Islamic Revolutionary Guard Corps (IRGC)",
            (None, None, "UAF", "IRN", None),
        ),
        ("a local group linked to the IRGC", (None, None, "UAF", "IRN", None)),
        ("Turkish-backed rebels", (None, None, "REB", "TUR", None)),
        ("Syrian soldiers", ("SYR-MIL", "SYR", "MIL", None, None)),
        ("Russian aircraft", ("RUS-MIL", "RUS", "MIL", None, None)),
        ("US forces", ("USA-MIL", "USA", "MIL", None, None)),
        ("Iraqi government", ("IRQ-GOV", "IRQ", "GOV", None, None)),
        ("the Syrian government", ("SYR-GOV", "SYR", "GOV", None, None)),
        ("Assad regime soldiers", ("SYR-MIL", "SYR", "MIL", None, None)),
        ("Kurdish and Arab troops", (None, None, "UAF", None, None)),
        ("Iranian-backed Iraqi militia groups", ("IRQ-UAF", "IRQ", "UAF", "IRN", None)),
        ("civilians", (None, None, "CVL", None, None)),
        ("rebels", (None, None, "REB", None, None)),
        ("Tehran", ("IRN-GOV", "IRN", "GOV", None, None)),
        ("Washington", ("USA-GOV", "USA", "GOV", None, None)),
        ("Moscow", ("RUS-GOV", "RUS", "GOV", None, None)),
        ("the Baghdad government", ("IRQ-GOV", "IRQ", "GOV", None, None)),
        ("Iran", ("IRN", "IRN", None, None, None)),
        # the leader's forces (the PLOVER GSR codes "Vietnamese-led forces" VNM)
        ("Russian-led forces", ("RUS-MIL", "RUS", "MIL", None, "RUS")),
        ("officials of the Iraqi government", ("IRQ-GOV", "IRQ", "GOV", None, None)),
        ("fighters from Afghanistan", ("AFG-UAF", "AFG", "UAF", None, None)),
    ],
)
def test_actors_compositional_readings(d: ActorDictionary, text: str, expected: tuple[object, ...]) -> None:
    assert fields(text, d) == expected


def test_actors_country_hint_fills_regime(d: ActorDictionary) -> None:
    assert fields("pro-regime militias", d, country_hint="SYR") == (None, None, "UAF", "SYR", None)
    assert fields("regime forces", d, country_hint="SYR") == ("SYR-MIL", "SYR", "MIL", None, None)
    assert fields("regime forces", d) == (None, None, "MIL", None, None)


# ---------------------------------------------------------------- named institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Pentagon", ("USA-DOD", "USA", "MIL", None, None)),
        ("U.S.-led coalition", ("COALITION", None, "MIL", None, "USA")),
        ("United States-led coalition", ("COALITION", None, "MIL", None, "USA")),
        (
            "a senior commander of the U.S.-led coalition, Major General Matthew McFarlane",
            ("COALITION", None, "MIL", None, "USA"),
        ),
        ("Saudi-led coalition", ("SAU-COALITION", None, "MIL", None, "SAU")),
        ("ISIS", ("ISIS", None, "REB", None, None)),
        ("Isis", ("ISIS", None, "REB", None, None)),
        ("Islamic State militants", ("ISIS", None, "REB", None, None)),
        ("IS", ("ISIS", None, "REB", None, None)),
        ("Daesh [IS]", ("ISIS", None, "REB", None, None)),
        ("ISIL", ("ISIS", None, "REB", None, None)),
        ("SDF", ("SDF", "SYR", "REB", "USA", None)),
        ("Syrian Democratic Forces", ("SDF", "SYR", "REB", "USA", None)),
        ("YPG", ("YPG", "SYR", "REB", None, None)),
        ("Free Syrian Army", ("FSA", "SYR", "REB", None, None)),
        ("U.S-backed Free Syrian Army forces", ("FSA", "SYR", "REB", "USA", None)),
        ("Hezbollah", ("HEZBOLLAH", "LBN", "UAF", "IRN", None)),
        ("3,000 Lebanese Hezbollah troops", ("HEZBOLLAH", "LBN", "UAF", "IRN", None)),
        ("Fars news agency", ("FARS", "IRN", "JRN", None, None)),
        ("Al-Monitor", ("AL-MONITOR", "USA", "JRN", None, None)),
        ("the UN", ("UN", "UNO", "IGO", None, None)),
        ("Nato", ("NATO", "IGO", "IGO", None, None)),
        ("Pentagon spokesman Capt. Jeff Davis", ("USA-DOD", "USA", "MIL", None, None)),
        ("ISIS targets", ("ISIS", None, "REB", None, None)),
        ("U.S.-led coalition bases", ("COALITION", None, "MIL", None, "USA")),
    ],
)
def test_actors_institutions(d: ActorDictionary, text: str, expected: tuple[object, ...]) -> None:
    assert fields(text, d) == expected


def test_actors_unknown_coalition_leader_is_compositional(d: ActorDictionary) -> None:
    actor = resolve_actor("a Russian-led coalition", dictionary=d)
    assert actor is not None
    assert (actor.actor_id, actor.led_by, actor.sector, actor.name) == (
        None,
        "RUS",
        "MIL",
        "Russian-led coalition",
    )


# ---------------------------------------------------------------- people and dates


def test_actors_person_dated_roles(d: ActorDictionary) -> None:
    assert fields("Trump", d, when=date(2018, 5, 1)) == ("USA-GOV", "USA", "GOV", None, None)
    assert fields("Trump", d, when=date(2025, 6, 1)) == ("USA-GOV", "USA", "GOV", None, None)
    assert fields("Trump", d, when=date(2022, 5, 1)) == (
        "USA-ELI",
        "USA",
        "ELI",
        None,
        None,
    )  # former president
    assert fields("Trump", d, when=date(2010, 5, 1)) == ("USA", "USA", None, None, None)  # before any role
    assert fields("Trump", d) == ("USA-GOV", "USA", "GOV", None, None)


def test_actors_person_alias_picks_row_by_date(d: ActorDictionary) -> None:
    assert resolve_actor("Assad", dictionary=d, when=date(1990, 1, 1)).name == "Hafez al-Assad"  # type: ignore[union-attr]
    assert resolve_actor("Assad", dictionary=d, when=date(2017, 1, 1)).name == "Bashar al-Assad"  # type: ignore[union-attr]
    assert fields("Bashar al-Assad", d, when=date(2017, 5, 1)) == ("SYR-GOV", "SYR", "GOV", None, None)
    assert fields("Assad regime", d, when=date(2017, 5, 1)) == ("SYR-GOV", "SYR", "GOV", None, None)


def test_actors_titles_and_former(d: ActorDictionary) -> None:
    actor = resolve_actor("President Donald Trump", dictionary=d, when=date(2017, 5, 23))
    assert actor is not None and actor.name == "Donald Trump" and actor.sector == "GOV"
    assert fields("former President Barack Obama", d) == ("USA-ELI", "USA", "ELI", None, None)
    # an unknown name after a military title: the title gives the sector
    assert fields("Brigadier General Jane Doe", d) == (None, None, "MIL", None, None)
    ryder = resolve_actor("Press Secretary Brigade General Pat Ryder", dictionary=d, when=date(2023, 8, 17))
    assert ryder is not None and (ryder.name, ryder.country, ryder.sector) == ("Pat Ryder", "USA", "MIL")


# ---------------------------------------------------------------- no actor


@pytest.mark.parametrize(
    "text",
    [
        "the area",
        "the incidents",
        "a key border crossing",
        "the government-held western bank",
        "the Iraqi border",
        "a convoy",
        "the base",
        "turkey with stuffing",
        "",
        "Ahmad Majidyar",
    ],
)
def test_actors_no_actor_returns_none(d: ActorDictionary, text: str) -> None:
    assert resolve_actor(text, dictionary=d) is None


def test_actors_acronyms_are_case_sensitive(d: ActorDictionary) -> None:
    assert resolve_actor("us", dictionary=d) is None
    assert resolve_actor("is", dictionary=d) is None
    assert fields("UN", d) is not None


def test_actors_platform_of(d: ActorDictionary) -> None:
    assert d.platform_of("U.S. F-16s") == "aerial"
    assert d.platform_of("Russian warships") == "naval"
    assert d.platform_of("Turkish drones") == "drone"
    assert d.platform_of("the Syrian government") is None


# ---------------------------------------------------------------- spaCy helpers


def test_actors_entity_patterns_cover_misread_names(d: ActorDictionary) -> None:
    patterns = entity_patterns(d)
    by_text = {(p["pattern"], p["label"]): p["id"] for p in patterns if isinstance(p["pattern"], str)}
    assert by_text[("Daesh", "ORG")] == "ISIS"
    assert by_text[("IRGC", "ORG")] == "IRN-IRGC"
    assert by_text[("Islamic State", "ORG")] == "ISIS"
    assert by_text[("Hezbollah", "ORG")] == "HEZBOLLAH"
    assert by_text[("Pentagon", "ORG")] == "USA-DOD"
    assert by_text[("Trump", "PERSON")] == "USA-GOV"
    token = [p for p in patterns if not isinstance(p["pattern"], str) and p["pattern"][0] == {"ORTH": "U.S."}]
    assert token and token[0]["id"] == "USA-MIL" and "f-16s" in token[0]["pattern"][1]["LOWER"]["IN"]


def test_actors_head_lemmas(d: ActorDictionary) -> None:
    lemmas = actor_head_lemmas(d)
    for word in (
        "force",
        "troop",
        "fighter",
        "militia",
        "militant",
        "jet",
        "warplane",
        "aircraft",
        "official",
        "spokesman",
        "ministry",
        "government",
        "regime",
        "army",
        "coalition",
        "rebel",
        "police",
    ):
        assert word in lemmas, word
    assert "area" not in lemmas and "convoy" not in lemmas


# ---------------------------------------------------------------- loader validation


def write_dictionary(tmp_path: Path, **override: str) -> Path:
    files = {
        "countries.csv": "iso3,name,aliases,adjectives,capital\nIRN,Iran,,Iranian,Tehran\nUSA,United States,US,American,Washington\n",
        "institutions.csv": "id,name,aliases,country,sector,sponsor,led_by,valid_from,valid_to\n"
        "IRN-IRGC,IRGC,IRGC,IRN,MIL,,,1979-05-05,\n",
        "people.csv": "name,aliases,country,sector,role,institution,valid_from,valid_to\n"
        "Donald Trump,Trump,USA,GOV,President,,2017-01-20,2021-01-20\n",
        "roles.csv": "noun,kind,sector,platform,forms,notes\nforces,role,MIL,,force,\n",
    }
    files.update({k.replace("_", "."): v for k, v in override.items()})
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_actors_loader_reads_minimal_files(tmp_path: Path) -> None:
    d = load_actor_dictionary(write_dictionary(tmp_path))
    assert fields("Iranian forces", d) == ("IRN-MIL", "IRN", "MIL", None, None)
    assert fields("the IRGC", d) == ("IRN-IRGC", "IRN", "MIL", None, None)


@pytest.mark.parametrize(
    ("filename", "text", "problem", "line"),
    [
        (
            "roles_csv",
            "noun,kind,sector,platform,forms,notes\nforces,role,XXX,,,\n",
            "unknown sector code",
            2,
        ),
        (
            "institutions_csv",
            "id,name,aliases,country,sector,sponsor,led_by,valid_from,valid_to\n"
            "A,A,,IRN,MIL,,,,\nA,A again,,IRN,GOV,,,,\n",
            "duplicate id",
            3,
        ),
        (
            "people_csv",
            "name,aliases,country,sector,role,institution,valid_from,valid_to\n"
            "X Y,,USA,GOV,President,,2017-13-40,\n",
            "bad date",
            2,
        ),
        ("countries_csv", "iso3,name,aliases,adjectives\nIRN,Iran,,Iranian\n", "lacks column", 1),
        (
            "institutions_csv",
            "id,name,aliases,country,sector,sponsor,led_by,valid_from,valid_to\nB,B,,ZZZ,MIL,,,,\n",
            "unknown country code",
            2,
        ),
        ("roles_csv", "noun,kind,sector,platform,forms,notes\nforces,weird,MIL,,,\n", "unknown kind", 2),
    ],
)
def test_actors_loader_rejects_bad_rows(
    tmp_path: Path, filename: str, text: str, problem: str, line: int
) -> None:
    folder = write_dictionary(tmp_path, **{filename: text})
    with pytest.raises(DictionaryError) as err:
        load_actor_dictionary(folder)
    assert problem in str(err.value)
    assert err.value.line == line
    assert err.value.path.endswith(filename.replace("_", "."))


def test_actors_shipped_data_has_no_surprises(d: ActorDictionary) -> None:
    assert len(d.countries) >= 190
    assert sum(len(v) for v in d.institutions.values()) >= 150
    assert sum(len(v) for v in d.people.values()) >= 100
    assert {"USA", "SYR", "IRN", "PSE", "XKX"} <= set(d.countries)


# ---------------------------------------------------------------- owners, places and derived (Phoenix) rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palestinian homes", ("PSE", "PSE", None, None, None)),  # unknown head: the modifier's state
        ("Palestinian detainees", ("PSE-CVL", "PSE", "CVL", None, None)),  # Phoenix agent noun
        ("an Indian proposal", ("IND", "IND", None, None, None)),
        ("Israeli army bulldozers", ("ISR-IDF", "ISR", "MIL", None, None)),  # the institution that owns them
        ("Bosnian Serbs", ("BIH", "BIH", None, None, None)),  # demonym head after a state adjective
    ],
)
def test_actors_unknown_head_takes_its_owner(
    d: ActorDictionary, text: str, expected: tuple[object, ...]
) -> None:
    assert fields(text, d) == expected


def test_actors_unknown_head_without_owner_is_no_actor(d: ActorDictionary) -> None:
    assert resolve_actor("the area", dictionary=d) is None
    assert resolve_actor("a fresh proposal", dictionary=d) is None
    assert resolve_actor("the town of Idlib", dictionary=d) is None  # a place, not an actor


def test_actors_places_stand_for_their_state(d: ActorDictionary) -> None:
    assert fields("Darfur rebels", d) == ("SDN-REB", "SDN", "REB", None, None)
    assert fields("Idlib rebels", d) == ("SYR-REB", "SYR", "REB", None, None)
    darfur = resolve_actor("Darfur", dictionary=d)
    assert darfur is not None and (darfur.country, darfur.sector) == ("SDN", None)
    assert fields("refugees from Darfur", d) == ("SDN-REF", "SDN", "REF", None, None)


def test_actors_shipped_derived_people_and_groups(d: ActorDictionary) -> None:
    actor = resolve_actor("President Abdelaziz Bouteflika", dictionary=d, when=date(2005, 1, 1))
    assert actor is not None and (actor.country, actor.sector) == ("DZA", "GOV")
    actor = resolve_actor("Liberation Tigers of Tamil Eelam", dictionary=d)
    assert actor is not None and (actor.country, actor.sector) == ("LKA", "REB")


def _derived_folder(tmp_path: Path, places: str = "name,country\nDarfur,USA\n") -> Path:
    folder = write_dictionary(
        tmp_path,
        roles_csv="noun,kind,sector,platform,forms,notes\nforces,role,MIL,,force,\npresident,title,GOV,,President,\n",
    )
    (folder / "people_phoenix.csv").write_text(
        "name,aliases,country,sector,role,valid_from,valid_to,surnames\n"
        "Paul Kagame,,IRN,GOV,Phoenix,2000-04-22,,Kagame\n",
        encoding="utf-8",
    )
    (folder / "places.csv").write_text(places, encoding="utf-8")
    return folder


def test_actors_titled_surname_names_derived_person(tmp_path: Path) -> None:
    d = load_actor_dictionary(_derived_folder(tmp_path))
    assert fields("President Kagame", d) == ("IRN-GOV", "IRN", "GOV", None, None)
    assert fields("Paul Kagame", d) == ("IRN-GOV", "IRN", "GOV", None, None)
    assert resolve_actor("Kagame", dictionary=d) is None  # a bare surname is too weak
    assert fields("Darfur forces", d) == ("USA-MIL", "USA", "MIL", None, None)


def test_actors_derived_rows_stay_out_of_entity_patterns(tmp_path: Path) -> None:
    d = load_actor_dictionary(_derived_folder(tmp_path))
    texts = {str(p["pattern"]) for p in entity_patterns(d)}
    assert "Donald Trump" in texts
    assert "Paul Kagame" not in texts


def test_actors_loader_rejects_bad_place(tmp_path: Path) -> None:
    folder = _derived_folder(tmp_path, places="name,country\nDarfur,ZZZ\n")
    with pytest.raises(DictionaryError) as err:
        load_actor_dictionary(folder)
    assert err.value.line == 2 and err.value.path.endswith("places.csv")


# ---------------------------------------------------------------- peoples, locative complements, names (issue 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ethnic X" is a people, not the state X; an "in"/"of" complement places it (CAMEO codes the location)
        ("ethnic Albanians", (None, None, None, None, None)),
        ("Ethnic Albanians in south Serbia", ("SRB", "SRB", None, None, None)),
        ("ethnic Albanian rebels", (None, None, "REB", None, None)),
        # a bare demonym followed by "of <place>": the people of that place
        ("The Albanians of southern Serbia", ("SRB", "SRB", None, None, None)),
        ("Palestinians of the Israeli-occupied West Bank", ("PSE", "PSE", None, None, None)),
        # a stateless role placed by "in"/"of": the complement's head, not its modifiers
        ("Rebels in the Ivory Coast", ("CIV-REB", "CIV", "REB", None, None)),
        ("Druze inhabitants of the Syrian Golan Heights", ("SYR-CVL", "SYR", "CVL", None, None)),
        ("US troops in Syria", ("USA-MIL", "USA", "MIL", None, None)),
        # quantities and parenthesised acronyms do not cut the phrase
        ("Up to 4,000 Iraqi troops", ("IRQ-MIL", "IRQ", "MIL", None, None)),
        ("The Revolutionary United Front (RUF)", ("REVOLUTIONARY-UNITED-FRONT", "SLE", "REB", None, None)),
        ("Hay'at Tahrir al-Sham (HTS) fighters", ("HTS", "SYR", "REB", None, None)),
        # an unknown organisation named after a state is coded to the state (no sector)
        ("the Liberian Peace Council", ("LBR", "LBR", None, None, None)),
        # "opposition coalition" is not the US-led coalition
        ("the opposition coalition", (None, None, "OPP", None, None)),
        # the EU's names before 1993
        ("European Community foreign ministers", ("EU", "EUR", "IGO", None, None)),
        ("the EEC", ("EU", "EUR", "IGO", None, None)),
    ],
)
def test_actors_peoples_and_places(d: ActorDictionary, text: str, expected: tuple[object, ...]) -> None:
    assert fields(text, d) == expected


def test_actors_demonym_qualifies_institution(d: ActorDictionary) -> None:
    assert fields("Egypt's Muslim Brotherhood", d) == ("MUSLIM-BROTHERHOOD", "EGY", "OPP", None, None)
    assert fields("the Syrian Muslim Brotherhood", d) == ("MUSLIM-BROTHERHOOD", "SYR", "OPP", None, None)
    exiled = fields("exiled leaders of Egypt's Muslim Brotherhood", d, country_hint="QAT")
    assert exiled is not None and exiled[1] == "EGY"
    # a place the organisation is based in does not requalify it; UN bodies keep their code
    based = fields("the Istanbul-based Syrian National Coalition", d)
    assert based is not None and based[1] == "SYR"
    un = resolve_actor("Syrian UN Security Council", dictionary=d)
    assert un is not None and un.country == "UNO"


def test_actors_supporters_take_the_supported(d: ActorDictionary) -> None:
    assert fields("supporters of the Muslim Brotherhood", d) == (
        "MUSLIM-BROTHERHOOD",
        "EGY",
        "OPP",
        None,
        None,
    )


def test_actors_surname_inside_a_longer_name_is_not_the_person(d: ActorDictionary) -> None:
    aristide = resolve_actor("Ousted president Jean-Bertrand Aristide", dictionary=d, when=date(2003, 1, 1))
    assert aristide is not None and (aristide.country, aristide.name) == ("HTI", "Jean Bertrand Aristide")
    kagame = resolve_actor("President Kagame", dictionary=d)
    assert kagame is not None and kagame.country == "RWA"


def test_actors_leader_led_forces_belong_to_the_leader(d: ActorDictionary) -> None:
    actor = resolve_actor("Vietnamese-led forces", dictionary=d)
    assert actor is not None
    assert (actor.country, actor.sector, actor.led_by, actor.name) == (
        "VNM",
        "MIL",
        "VNM",
        "Vietnamese armed forces",
    )
    # a coalition keeps its own row
    assert fields("Saudi-led coalition", d) == ("SAU-COALITION", None, "MIL", None, "SAU")


def test_actors_unknown_name_after_role_noun(d: ActorDictionary) -> None:
    # an appositive name the dictionary does not know leaves the role noun as the head
    assert fields("U.S. negotiator Paul Nitze", d) == ("USA-GOV", "USA", "GOV", None, None)
    assert fields("Paul Nitze", d) is None


# ---------------------------------------------------------------- issue 7, second round


def test_actors_own_country_beats_the_hint(d: ActorDictionary) -> None:
    # "Armenia" is also a dated country block of the derived Phoenix file; it still places the phrase
    assert fields("the president of Armenia", d, country_hint="RUS") == ("ARM-GOV", "ARM", "GOV", None, None)
    # a state word takes the hint only when the phrase names no state of its own
    assert fields("regime forces in Aleppo", d, country_hint="RUS") == ("SYR-MIL", "SYR", "MIL", None, None)
    assert fields("regime forces", d, country_hint="SYR") == ("SYR-MIL", "SYR", "MIL", None, None)
    assert fields("the government", d, country_hint="IRQ") == ("IRQ-GOV", "IRQ", "GOV", None, None)


def test_actors_dated_country_block_follows_the_date(d: ActorDictionary) -> None:
    # Phoenix codes Eritrea as part of Ethiopia until independence (1993-04-27)
    assert fields("rebels in Eritrea", d, when=date(1990, 1, 1)) == ("ETH-REB", "ETH", "REB", None, None)
    assert fields("rebels in Eritrea", d, when=date(2000, 1, 1)) == ("ERI-REB", "ERI", "REB", None, None)


def test_actors_northern_ireland_is_british(d: ActorDictionary) -> None:
    assert fields("Northern Ireland", d) == ("GBR", "GBR", None, None, None)
    assert fields("rebels in Northern Ireland", d) == ("GBR-REB", "GBR", "REB", None, None)
    assert fields("the Northern Irish police", d) == ("GBR-COP", "GBR", "COP", None, None)
    assert fields("Ireland", d) == ("IRL", "IRL", None, None, None)
    assert fields("New Mexico", d) == ("USA", "USA", None, None, None)


def test_actors_lower_case_demonym_before_a_role(d: ActorDictionary) -> None:
    assert fields("tunisian rioters", d) == ("TUN-CVL", "TUN", "CVL", None, None)
    assert fields("syrian troops", d) == ("SYR-MIL", "SYR", "MIL", None, None)
    assert fields("polish", d) is None  # on its own a lower-case word is not a state
    assert fields("us officials", d) == (None, None, "GOV", None, None)  # "us" is a pronoun


def test_actors_unknown_organisation_officials_are_not_the_government(d: ActorDictionary) -> None:
    actor = fields("Montenegro Municipality Association (AKK) officials", d)
    assert actor == ("MNE", "MNE", None, None, None)
    assert fields("Montenegrin officials", d) == ("MNE-GOV", "MNE", "GOV", None, None)


def test_actors_officials_of_a_non_state_group_are_the_group(d: ActorDictionary) -> None:
    assert fields("rebel officials", d, country_hint="SYR")[2] == "REB"  # not the Syrian government
    assert fields("opposition leaders", d)[2] == "OPP"
    assert fields("Syrian officials", d) == ("SYR-GOV", "SYR", "GOV", None, None)


def test_actors_news_agency_credit_is_no_actor(d: ActorDictionary) -> None:
    assert fields("Photograph: AFP", d) is None
    assert fields("Louai Beshara/AFP", d) is None
    assert fields("Syrian government forces AFP", d) == ("SYR-MIL", "SYR", "MIL", None, None)
    assert fields("an AFP correspondent", d) == ("AFP", "FRA", "JRN", None, None)


def test_actors_taliban_rows_follow_history(d: ActorDictionary) -> None:
    assert fields("the Taliban", d, when=date(1995, 1, 1)) == ("TALIBAN", "AFG", "REB", None, None)
    assert fields("the Taliban", d, when=date(1999, 6, 1)) == ("TALIBAN", "AFG", "GOV", None, None)
    assert fields("Taliban fighters", d, when=date(2010, 1, 1)) == ("TALIBAN", "AFG", "REB", None, None)
    assert fields("the Taliban", d, when=date(2022, 1, 1)) == ("TALIBAN", "AFG", "GOV", None, None)


def test_actors_conjoined_modifier_gives_one_actor_per_state(d: ActorDictionary) -> None:
    from sitrep.coding.actor_conjuncts import conjoined_variants, resolve_actors

    actors = resolve_actors("Senior Hungarian and Romanian officials", dictionary=d)
    assert [(a.actor_id, a.text) for a in actors] == [
        ("HUN-GOV", "Senior Hungarian and Romanian officials"),
        ("ROU-GOV", "Senior Hungarian and Romanian officials"),
    ]
    assert [a.actor_id for a in resolve_actors("French, Egyptian and Italian warships", dictionary=d)] == [
        "FRA-MIL",
        "EGY-MIL",
        "ITA-MIL",
    ]
    assert [a.sponsor for a in resolve_actors("Russia and Iran's proxies", dictionary=d)] == ["RUS", "IRN"]
    assert conjoined_variants("leaders of Hungary and Romania", dictionary=d) == [
        "leaders of Hungary",
        "leaders of Romania",
    ]
    # whole conjoined phrases are the parser's to split; a backed state is no member of a run
    assert conjoined_variants("the United States and Iran", dictionary=d) == ["the United States and Iran"]
    assert len(resolve_actors("Syrian and Russian-backed forces", dictionary=d)) == 1
    assert resolve_actors("the area", dictionary=d) == []


def test_actors_undated_phrase_is_remembered_once_for_all_dates(d: ActorDictionary) -> None:
    # no dated row can be read in "Syrian troops": one remembered reading serves every article date
    early = resolve_actor("Syrian troops", dictionary=d, when=date(1990, 1, 1))
    late = resolve_actor("Syrian troops", dictionary=d, when=date(2019, 1, 1))
    assert early == late and early is not late and late is not None and late.actor_id == "SYR-MIL"
    readings = [k for k in d.memo if isinstance(k, tuple) and k[0] == "Syrian troops"]
    assert len(readings) == 1
    # a phrase naming a dated institution still reads by date, in either order
    assert fields("Taliban fighters", d, when=date(2017, 1, 1)) == ("TALIBAN", "AFG", "REB", None, None)
    assert fields("Taliban fighters", d, when=date(1990, 1, 1)) == (None, None, "UAF", None, None)


def test_actors_phrase_that_never_consults_the_hint_is_remembered_once_for_all_hints() -> None:
    d = load_actor_dictionary()  # a memo of its own
    # "Syrian troops" names its state: every hint reads the same, from one remembered reading
    for hint in ("IRQ", "TUR", None):
        assert fields("Syrian troops", d, country_hint=hint) == ("SYR-MIL", "SYR", "MIL", None, None)
    assert len([k for k in d.memo if k[0] == "Syrian troops"]) == 1
    # "the government" takes the hint's state: one reading per hint, each right
    assert fields("the government", d, country_hint="IRQ")[1] == "IRQ"  # type: ignore[index]
    assert fields("the government", d, country_hint="TUR")[1] == "TUR"  # type: ignore[index]
    assert fields("the government", d)[1] is None  # type: ignore[index]
    assert len([k for k in d.memo if k[0] == "the government"]) == 4  # the mark and three hints
    # a phrase with no dictionary term ("the weather") leaves no reading behind, only its cut
    assert resolve_actor("the weather", dictionary=d, country_hint="IRQ") is None
    assert not [k for k in d.memo if k[0] == "the weather"] and "the weather" in d.phrase_memo


def test_actors_reciprocal_act_pairs_each_party_with_the_others() -> None:
    from sitrep.coding.actor_conjuncts import reciprocal_pairs
    from sitrep.records import Actor

    us, ru, ch = (
        Actor(text="the US", country="USA"),
        Actor(text="Russia", country="RUS"),
        Actor(text="Switzerland"),
    )
    pairs = reciprocal_pairs("meet", [us, ru, ch], has_target=False)
    assert [(a.text, b.text) for a, b in pairs] == [
        ("the US", "Russia"),
        ("the US", "Switzerland"),
        ("Russia", "the US"),
        ("Russia", "Switzerland"),
        ("Switzerland", "the US"),
        ("Switzerland", "Russia"),
    ]
    assert reciprocal_pairs("meet", [us, ru], has_target=True) == []  # "met with Assad": one recipient
    assert reciprocal_pairs("attack", [us, ru], has_target=False) == []  # not done with one another
    assert reciprocal_pairs("clash", [us, None], has_target=False) == []  # one party only


def test_actors_domestic_party_takes_the_hinted_country(d: ActorDictionary) -> None:
    # protesters, rebels, a newspaper with no state of their own are the hint's; armed state sectors, refugees,
    # activity nouns and a bare group adjective are not, and a state the phrase names wins over the hint
    assert fields("protesters", d, country_hint="IRQ") == ("IRQ-CVL", "IRQ", "CVL", None, None)
    assert fields("rebel officials", d, country_hint="SYR") == ("SYR-REB", "SYR", "REB", None, None)
    assert fields("a newspaper", d, country_hint="LBN") == ("LBN-JRN", "LBN", "JRN", None, None)
    assert fields("Turkish protesters", d, country_hint="SYR") == ("TUR-CVL", "TUR", "CVL", None, None)
    assert fields("the army", d, country_hint="SYR") == (None, None, "MIL", None, None)
    assert fields("refugees", d, country_hint="SYR") == (None, None, "REF", None, None)
    assert fields("the insurgency", d, country_hint="SYR") == (None, None, "REB", None, None)
    assert fields("Iranian-backed rebels", d, country_hint="SYR") == (None, None, "REB", "IRN", None)
    assert fields("protesters", d) == (None, None, "CVL", None, None)
    assert fields("Kurdish", d, country_hint="SYR") == (None, None, None, None, None)
    assert fields("the Kurds", d, country_hint="SYR") == ("SYR", "SYR", None, None, None)


def test_actors_generic_ngo_and_regional_body_are_non_state(d: ActorDictionary) -> None:
    assert fields("a human rights group", d) == ("NGO", "NGO", "NGO", None, None)
    forum = resolve_actor("The Asia-Pacific Economic Cooperation (APEC) forum", dictionary=d)
    assert forum is not None and (forum.country, forum.sector) == ("IGO", "IGO")
    assert fields("the Pacific Islands Forum", d) == ("IGO", "IGO", "IGO", None, None)
    socialist = resolve_actor("the Arab Socialist Union", dictionary=d)  # a party: "Union" alone is no IGO
    assert socialist is None or socialist.country != "IGO"


def test_actors_based_in_places_the_party(d: ActorDictionary) -> None:
    assert fields("A newspaper based in Christian east Beirut", d) == ("LBN-JRN", "LBN", "JRN", None, None)
    assert fields("US troops stationed in Syria", d) == ("USA-MIL", "USA", "MIL", None, None)


def test_actors_people_of_one_state_name_it(d: ActorDictionary) -> None:
    assert fields("Ibo traditional elders", d) == ("NGA-CVL", "NGA", "CVL", None, None)
    assert fields("Chechen rebels", d) == ("RUS-REB", "RUS", "REB", None, None)


def test_actors_allies_of_a_state_are_backed_by_it_not_it(d: ActorDictionary) -> None:
    # the state owning an ally is its sponsor, never its country (as a noun, possessive or "of" phrase)
    for text, sponsor in (("US allies", "USA"), ("Britain's partners", "GBR"), ("allies of the US", "USA")):
        assert fields(text, d) == (None, None, None, sponsor, None)
    assert fields("the regime's allies", d, country_hint="SYR") == (None, None, None, "SYR", None)


def test_actors_rivals_and_backers_of_a_party_are_not_that_party(d: ActorDictionary) -> None:
    for text in ("Russia's enemies", "Iran's rivals", "Assad's backers", "enemies of Iran"):
        assert fields(text, d) is None
    # a demonym names the counterpart itself; an organisation names the body its members form
    assert fields("his Russian backers", d) == ("RUS", "RUS", None, None, None)
    assert fields("Iranian allies", d) == ("IRN", "IRN", None, None, None)
    assert fields("NATO allies", d) == ("NATO", "IGO", "IGO", None, None)


def test_actors_conjoined_states_after_from_give_one_actor_each(d: ActorDictionary) -> None:
    from sitrep.coding.actor_conjuncts import resolve_actors

    actors = resolve_actors("Ministers from the UK and France", dictionary=d)
    assert [a.actor_id for a in actors] == ["GBR-GOV", "FRA-GOV"]


def test_actors_long_serving_conflict_leaders_are_known(d: ActorDictionary) -> None:
    assert fields("President Omar El Bashir", d, when=date(1990, 1, 1)) == ("SDN-GOV", "SDN", "GOV", None, None)
    assert fields("Omar al-Bashir", d, when=date(2020, 1, 1)) == ("SDN-ELI", "SDN", "ELI", None, None)
    assert fields("Milosevic", d, when=date(1995, 1, 1)) == ("SRB-GOV", "SRB", "GOV", None, None)


def test_actors_opponents_of_a_leader_are_his_countrys_opposition(d: ActorDictionary) -> None:
    assert fields("Erdogan's opponents", d, country_hint="SYR") == ("TUR-OPP", "TUR", "OPP", None, None)
    # a state's opponents or critics are other parties: neither that state nor the hint's people
    assert fields("Russia's opponents", d, country_hint="SYR") == (None, None, "OPP", None, None)
    assert fields("opponents of Russia", d, country_hint="SYR") == (None, None, "OPP", None, None)
    assert fields("Erdogan's critics", d) is None


def test_actors_historical_leaders_and_administrations_are_known(d: ActorDictionary) -> None:
    # "Mitterand" is the common press misspelling; Zia-ul-Haq is hyphenated in the wires
    assert fields("President Francois Mitterand", d, when=date(1990, 1, 1)) == ("FRA-GOV", "FRA", "GOV", None, None)
    assert fields("Mohammad Zia-ul-Haq", d, when=date(1985, 1, 1)) == ("PAK-GOV", "PAK", "GOV", None, None)
    # "the <president> administration" is the US executive (Phoenix: GORBACHEV_ADMINISTRATION, ADMINISTRATION ~GOV)
    assert fields("The Bush administration", d) == ("USA-ADMINISTRATION", "USA", "GOV", None, None)
    # a Syrian monitor based in the UK is Syrian (Phoenix.Countries: SYROPPHRI)
    assert fields("the Syrian Observatory for Human Rights", d)[:3] == ("SOHR", "SYR", "NGO")


def test_actors_employers_are_business(d: ActorDictionary) -> None:
    # an employer acts for business, as a company does; "boss" is no row ("the militia boss", "party bosses")
    assert fields("their employers", d) == (None, None, "BUS", None, None)
    assert fields("Venezuelan employers", d) == ("VEN-BUS", "VEN", "BUS", None, None)


# ---------------------------------------------------------------- group words: their leaders and their homelands


def test_actors_group_leaders_are_the_group_not_a_government(d: ActorDictionary) -> None:
    # an ethnic or sectarian group's leaders are that group's, not the government of the country it lives in
    assert fields("Kurdish leaders", d, country_hint="SYR") == ("SYR", "SYR", None, None, None)
    assert fields("leaders of the Kurds", d, country_hint="SYR") == ("SYR", "SYR", None, None, None)
    assert fields("Sunni tribal leaders", d) == (None, None, None, None, None)
    # a state named in the phrase still makes them that state's officials, and a country adjective is no group
    assert fields("Iraqi Kurdish leaders", d, country_hint="SYR") == ("IRQ-GOV", "IRQ", "GOV", None, None)
    assert fields("Palestinian leaders", d, country_hint="USA") == ("PSE-GOV", "PSE", "GOV", None, None)


def test_actors_group_takes_hint_only_in_its_homelands(d: ActorDictionary) -> None:
    # the article's country is the group's only where the group lives: no "United States Kurdish group"
    assert fields("The Kurds", d, country_hint="USA") == (None, None, None, None, None)
    assert fields("Kurdish leaders", d, country_hint="USA") == (None, None, None, None, None)
    assert fields("Uighur activists", d, country_hint="USA") == (None, None, "CVL", None, None)
    assert fields("Kurdish rebels", d, country_hint="TUR") == ("TUR-REB", "TUR", "REB", None, None)
    # a group with no homelands row lives anywhere; "ethnic Albanians" is a state's people, not a group word
    assert fields("Islamists", d, country_hint="USA") == ("USA", "USA", None, None, None)
    assert fields("ethnic Albanians", d, country_hint="MKD") == ("MKD", "MKD", None, None, None)


def test_actors_new_group_words_name_a_people(d: ActorDictionary) -> None:
    actor = resolve_actor("Tamil leaders", dictionary=d, country_hint="LKA")
    assert actor is not None and (actor.country, actor.sector, actor.name) == ("LKA", None, "Sri Lankan Tamil group")
    assert fields("Hutu rebels", d, country_hint="BDI") == ("BDI-REB", "BDI", "REB", None, None)
    assert fields("Hutu rebels", d, country_hint="USA") == (None, None, "REB", None, None)
    # an ideological group word, like "Islamists": the people of the text's country (PLOVER codes them CVL of it)
    assert fields("Islamic fundamentalists", d, country_hint="DZA") == ("DZA", "DZA", None, None, None)


def test_actors_group_homelands_loader_rejects_bad_rows(tmp_path: Path) -> None:
    from sitrep.coding.actor_groups import group_homelands, load_group_homelands

    path = tmp_path / "groups.csv"
    for row in ("Kurdish,TUR|XYZ,", "Martian,TUR,", "Kurdish,,"):
        path.write_text(f"group,homelands,notes\n{row}\n", encoding="utf-8")
        with pytest.raises(DictionaryError):
            load_group_homelands(path, groups=frozenset({"Kurdish"}), countries=frozenset({"TUR", "SYR"}))
    assert group_homelands()["Kurdish"] == frozenset({"TUR", "SYR", "IRQ", "IRN"})


def test_actors_group_led_by_a_state_is_a_militia(d: ActorDictionary) -> None:
    # "Vietnamese-led forces" are Vietnam's; "Turkish-led Arab forces" are an Arab militia Turkey leads
    assert fields("Vietnamese-led forces", d) == ("VNM-MIL", "VNM", "MIL", None, "VNM")
    assert fields("Turkish-led Arab forces", d) == (None, None, "UAF", None, "TUR")


def test_actors_foreign_secretary_johnson_dated(d: ActorDictionary) -> None:
    assert fields("Boris Johnson", d, when=date(2018, 1, 20)) == ("GBR-GOV", "GBR", "GOV", None, None)
    assert fields("Boris Johnson", d, when=date(2015, 1, 20)) == ("GBR", "GBR", None, None, None)


def test_actors_on_behalf_of_names_the_backer_not_the_place(d: ActorDictionary) -> None:
    # an armed or non-state party acting "on behalf of" a state is backed by it, not placed in it
    assert fields("rebels on behalf of Ankara", d, country_hint="SYR") == (None, None, "REB", "TUR", None)
    assert fields("fighters on behalf of Iran", d) == (None, None, "UAF", "IRN", None)
    # officials speaking on behalf of a state are its own
    assert fields("officials on behalf of Iran", d, country_hint="SYR") == ("IRN-GOV", "IRN", "GOV", None, None)


def test_actors_syrian_group_spelt_as_state_media_spell_it(d: ActorDictionary) -> None:
    # SANA writes "Filaq al-Rahman" for Faylaq al-Rahman
    actor = resolve_actor("Filaq al-Rahman terrorist groups", dictionary=d, when=date(2018, 3, 1))
    assert actor is not None and actor.actor_id == "FAYLAQ-RAHMAN" and actor.sector == "REB"


def test_actors_national_security_adviser_is_government_not_army(d: ActorDictionary) -> None:
    assert fields("Donald Trump's national security adviser", d) == ("USA-GOV", "USA", "GOV", None, None)
    assert fields("Russian military advisers", d)[1:3] == ("RUS", "MIL")  # type: ignore[index]


def test_actors_british_and_us_officials_of_the_syria_war_years(d: ActorDictionary) -> None:
    assert fields("Javid", d, when=date(2019, 2, 20)) == ("GBR-GOV", "GBR", "GOV", None, None)
    assert fields("Bob Corker", d, when=date(2018, 3, 1))[1:3] == ("USA", "LEG")  # type: ignore[index]
    assert fields("Gavin Williamson", d, when=date(2018, 3, 1))[1:3] == ("GBR", "MIL")  # type: ignore[index]
