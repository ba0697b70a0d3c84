"""Tests for sitrep.coding.when_where: which place an event takes. The parses are built
by hand (conftest.make_doc), so the tests exercise the rules, not a model."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from spacy.tokens import Doc

import sitrep
from conftest import make_doc, parsed_doc, with_tags
from sitrep.coding.when_where import (
    event_place,
    focus_town,
    main_country,
    named_town,
)
from sitrep.geo import PlaceMention
from sitrep.records import Actor, Place

# "War reached Afrin . Clashes followed the incursion into the border enclave ."
ENCLAVE_ROWS = [
    ("War", "war", "NOUN", "nsubj", 1),
    ("reached", "reach", "VERB", "ROOT", 1),
    ("Afrin", "Afrin", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Clashes", "clash", "NOUN", "nsubj", 5),
    ("followed", "follow", "VERB", "ROOT", 5),
    ("the", "the", "DET", "det", 7),
    ("incursion", "incursion", "NOUN", "dobj", 5),
    ("into", "into", "ADP", "prep", 7),
    ("the", "the", "DET", "det", 11),
    ("border", "border", "NOUN", "compound", 11),
    ("enclave", "enclave", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 5),
]
AFRIN = Place("Afrin", "Afrin", None, 36.51, 36.87, "SYR", "Aleppo", "place")
SYRIA = Place("Syria", "Syria", None, 35.0, 38.0, "SYR", None, "country")


def _enclave_state(doc: Doc) -> SimpleNamespace:
    afrin = PlaceMention(doc[2].idx, doc[2].idx + 5, "Afrin", AFRIN)
    syria = PlaceMention(
        len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA
    )  # the article's country, later
    starts = [s.start_char for s in doc.sents]
    return SimpleNamespace(places=[afrin, syria], sent_starts=starts, country="SYR")


def test_when_where_definite_place_noun_names_the_place_named_before():
    doc = parsed_doc(ENCLAVE_ROWS)
    # "Afrin" is the object of "reached", no location by itself, so only the anaphor finds it
    place = event_place(doc[7], state=_enclave_state(doc), exclude=[])
    assert place is not None and place.name == "Afrin"
    clashes = event_place(doc[4], state=_enclave_state(doc), exclude=[])  # no anaphor in its phrase
    assert clashes is not None and clashes.precision == "country"


def test_when_where_place_noun_in_another_clause_is_not_the_events_place():
    # "When the city was under attack , calls were rebuffed ." after "War reached Afrin ."
    rows = [
        ("War", "war", "NOUN", "nsubj", 1),
        ("reached", "reach", "VERB", "ROOT", 1),
        ("Afrin", "Afrin", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("When", "when", "SCONJ", "advmod", 7),
        ("the", "the", "DET", "det", 6),
        ("city", "city", "NOUN", "nsubj", 7),
        ("was", "be", "AUX", "advcl", 13),
        ("under", "under", "ADP", "prep", 7),
        ("attack", "attack", "NOUN", "pobj", 8),
        (",", ",", "PUNCT", "punct", 13),
        ("calls", "call", "NOUN", "nsubjpass", 13),
        ("were", "be", "AUX", "auxpass", 13),
        ("rebuffed", "rebuff", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    doc = parsed_doc(rows)
    place = event_place(doc[13], state=_enclave_state(doc), exclude=[])
    assert place is not None and place.precision == "country"


def test_when_where_named_town_reads_the_name_a_place_noun_types():
    # "Turkey threatened the town of Manbij , the starting point of the presence in eastern Syria"
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("threatened", "threaten", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("town", "town", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Manbij", "Manbij", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 5),
        ("the", "the", "DET", "det", 9),
        ("starting", "starting", "NOUN", "compound", 9),
        ("point", "point", "NOUN", "appos", 5),
        ("of", "of", "ADP", "prep", 9),
        ("the", "the", "DET", "det", 12),
        ("presence", "presence", "NOUN", "pobj", 10),
        ("in", "in", "ADP", "prep", 12),
        ("eastern", "eastern", "ADJ", "amod", 15),
        ("Syria", "Syria", "PROPN", "pobj", 13),
    ]
    doc = make_doc(rows)
    manbij = Place("Manbij", "Manbij", None, 36.53, 37.95, "SYR", "Aleppo", "place")
    east = Place("Eastern Syria", "eastern Syria", None, 35.0, 40.0, "SYR", None, "region")
    places = [
        PlaceMention(doc[5].idx, doc[5].idx + 6, "Manbij", manbij),
        PlaceMention(doc[14].idx, doc[15].idx + 5, "eastern Syria", east),
    ]
    town = named_town(doc[3], places=places)
    assert town is not None and town.name == "Manbij"
    assert named_town(doc[5], places=places) == manbij  # the name itself
    assert named_town(doc[9], places=places) is None  # "point" is no place noun: nothing typed, no town


def _story_doc(last: list[tuple[str, str, str, str, int]]) -> Doc:
    """ "Afrin fell . Afrin burned . Afrin wept . Rain fell . Wind blew ." and then the `last` sentence (heads
    relative to its first word): the town is named three times, but not in the two sentences before the last."""
    rows: list[tuple[str, str, str, str, int]] = []
    for subject, verb in [
        ("Afrin", "fell"),
        ("Afrin", "burned"),
        ("Afrin", "wept"),
        ("Rain", "fell"),
        ("Wind", "blew"),
    ]:
        at = len(rows)
        pos = "PROPN" if subject == "Afrin" else "NOUN"
        rows += [
            (subject, subject, pos, "nsubj", at + 1),
            (verb, verb, "VERB", "ROOT", at + 1),
            (".", ".", "PUNCT", "punct", at + 1),
        ]
    at = len(rows)
    rows += [(w, lemma, pos, dep, at + head) for w, lemma, pos, dep, head in last]
    return parsed_doc(rows)


def _story_state(doc: Doc) -> SimpleNamespace:
    towns = [PlaceMention(t.idx, t.idx + 5, "Afrin", AFRIN) for t in doc if t.text == "Afrin"]
    syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
    return SimpleNamespace(
        places=[*towns, syria], sent_starts=[s.start_char for s in doc.sents], country="SYR"
    )


BOMBED_ROWS = [
    ("They", "they", "PRON", "nsubj", 1),
    ("bombed", "bomb", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("hospital", "hospital", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_when_where_unplaced_violence_happens_in_the_story_town():
    doc = _story_doc(BOMBED_ROWS)
    bombed = doc[16]
    assert bombed.text == "bombed"
    hostile = event_place(bombed, state=_story_state(doc), exclude=[], hostile=True)
    assert hostile is not None and hostile.name == "Afrin"
    other = event_place(bombed, state=_story_state(doc), exclude=[])  # not violence: the article's country
    assert other is not None and other.precision == "country"


def test_when_where_wider_area_is_not_the_story_town():
    # "They invaded the territories ."
    rows = [
        ("They", "they", "PRON", "nsubj", 1),
        ("invaded", "invade", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("territories", "territory", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = _story_doc(rows)
    place = event_place(doc[16], state=_story_state(doc), exclude=[], hostile=True)
    assert place is not None and place.precision == "country"


def test_when_where_focus_town_needs_a_clear_majority():
    aleppo = Place("Aleppo", "Aleppo", None, 36.2, 37.15, "SYR", "Aleppo", "place")

    def state(names: list[str]) -> SimpleNamespace:
        places = {"Afrin": AFRIN, "Aleppo": aleppo}
        return SimpleNamespace(places=[PlaceMention(0, 5, n, places[n]) for n in names], country="SYR")

    assert focus_town(state(["Afrin", "Aleppo", "Afrin", "Afrin"]), text="") == AFRIN
    assert focus_town(state(["Afrin", "Aleppo", "Afrin", "Aleppo", "Afrin", "Aleppo"]), text="") is None  # no majority
    assert focus_town(state(["Afrin", "Afrin"]), text="") is None  # named too rarely


def _town_state(text: str, names: list[str]) -> SimpleNamespace:
    """The state of an article `text` that names the Syrian towns `names`, each at its first place in the text from
    the last one's."""
    mentions, at = [], 0
    for name in names:
        at = text.index(name, at)
        mentions.append(PlaceMention(at, at + len(name), name, Place(name, name, None, 35.0, 38.0, "SYR", None, "place")))
        at += len(name)
    return SimpleNamespace(places=mentions, country="SYR")


def test_when_where_focus_town_is_not_outweighed_by_the_capital():
    text = "Baghuz fell. Baghuz burned. Kobani celebrated. Troops came from Damascus. In Damascus, Baghuz was news."
    state = _town_state(text, ["Baghuz", "Baghuz", "Kobani", "Damascus", "Damascus", "Baghuz"])
    town = focus_town(state, text=text)  # 3 of 6 town mentions, but 3 of the 4 that are not the capital
    assert town is not None and town.name == "Baghuz"


def test_when_where_focus_town_is_no_seat_named_as_its_government():
    text = "Damascus said the talks failed. Damascus denied it. Damascus accused Ankara."
    assert focus_town(_town_state(text, ["Damascus", "Damascus", "Damascus"]), text=text) is None
    told = "Shells fell in Damascus. In Damascus, sirens sounded. Near Damascus, smoke rose."
    town = focus_town(_town_state(told, ["Damascus", "Damascus", "Damascus"]), text=told)
    assert town is not None and town.name == "Damascus"  # the story's town, named as a place


def test_when_where_focus_town_wins_by_a_wide_plurality():
    text = "Baghuz fell. Baghuz burned. Baghuz emptied. Raqqa waited. Afrin too. Hajin as well. Baghuz, again."
    state = _town_state(text, ["Baghuz", "Baghuz", "Baghuz", "Raqqa", "Afrin", "Hajin", "Baghuz"])
    town = focus_town(state, text=text)  # 4 of 7: a majority
    assert town is not None and town.name == "Baghuz"
    state.places.append(PlaceMention(0, 5, "Raqqa", state.places[3].place))  # 4 of 8, twice the next: still
    assert focus_town(state, text=text) is not None
    state.places.append(PlaceMention(0, 5, "Raqqa", state.places[3].place))  # 4 against 3: no focus
    assert focus_town(state, text=text) is None


def test_when_where_main_country_ignores_an_organisations_seat():
    text = "The Syrian Observatory, a UK-based group, said government forces struck the town."
    uk = Place("UK", "United Kingdom", None, 54.0, -2.0, "GBR", None, "country")
    seat = PlaceMention(text.index("UK"), text.index("UK") + 2, "UK", uk)
    assert main_country([seat], text=text) is None
    told = text.replace("a UK-based group", "a group in the UK")
    mention = PlaceMention(told.index("UK"), told.index("UK") + 2, "UK", uk)
    assert main_country([mention], text=told) == "GBR"



def test_when_where_main_country_breaks_a_tie_by_how_often_a_country_is_named():
    text = "In a speech in Cairo, he said Tehran must leave. Iran denied it. Iran's allies stayed."
    cairo = Place("Cairo", "Cairo", None, 30.0, 31.2, "EGY", None, "place")
    tehran = Place("Tehran", "Tehran", None, 35.7, 51.4, "IRN", None, "place")
    iran = Place("Iran", "Iran", None, 32.0, 53.0, "IRN", None, "country")
    mentions = [PlaceMention(text.index(p.text), text.index(p.text) + len(p.text), p.text, p) for p in (cairo, tehran)]
    mentions += [PlaceMention(at, at + 4, "Iran", iran) for at in (text.index("Iran "), text.index("Iran's"))]
    assert main_country(mentions, text=text) == "IRN"  # one town each; Iran named three times in all
    assert main_country(mentions[:2], text=text) == "EGY"  # one each in all: the country named first


def _home_rows(determiner: str, *, home: bool) -> list[tuple[str, str, str, str, int]]:
    """ "Rain fell on Aleppo . They encircled <determiner> [home] city ." (heads relative to "Rain")."""
    city = 9 if home else 8
    poss = determiner == "their"
    return [
        ("Rain", "rain", "NOUN", "nsubj", 1),
        ("fell", "fall", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Aleppo", "Aleppo", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
        ("They", "they", "PRON", "nsubj", 6),
        ("encircled", "encircle", "VERB", "ROOT", 6),
        (determiner, determiner, "PRON" if poss else "DET", "poss" if poss else "det", city),
        *([("home", "home", "NOUN", "compound", city)] if home else []),
        ("city", "city", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]


def test_when_where_home_town_is_the_story_town():
    aleppo = Place("Aleppo", "Aleppo", None, 36.2, 37.15, "SYR", "Aleppo", "place")
    for rows, expected in [
        (_home_rows("their", home=True), "Afrin"),
        (_home_rows("their", home=False), "Aleppo"),  # "their city": the town named last
    ]:
        doc = _story_doc(rows)
        state = _story_state(doc)
        at = next(t.idx for t in doc if t.text == "Aleppo")
        state.places = sorted([*state.places, PlaceMention(at, at + 6, "Aleppo", aleppo)], key=lambda m: m.start)
        trigger = next(t for t in doc if t.text == "encircled")
        place = event_place(trigger, state=state, exclude=[], hostile=True)
        assert place is not None and place.name == expected


def test_when_where_main_country_falls_back_on_a_single_nationality():
    from sitrep.geo import load_gazetteer

    gaz = load_gazetteer()
    text = "The minister allowed the rally, according to the Pakistani Federal Secretary Interior."
    assert main_country([], text=text, gazetteer=gaz) == "PAK"
    both = "Burmese troops captured a guerrilla stronghold on the Thai border, Thai police said."
    assert main_country([], text=both, gazetteer=gaz) is None  # two nationalities: no main country


def _hills_rows(owner: str) -> list[tuple[str, str, str, str, int]]:
    """ "<owner> avoided the war until an incursion into its surrounding hills ." (heads relative to <owner>)."""
    return [
        (owner, owner, "PROPN", "nsubj", 1),
        ("avoided", "avoid", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("war", "war", "NOUN", "dobj", 1),
        ("until", "until", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 6),
        ("incursion", "incursion", "NOUN", "pobj", 4),
        ("into", "into", "ADP", "prep", 6),
        ("its", "its", "PRON", "poss", 10),
        ("surrounding", "surround", "VERB", "amod", 10),
        ("hills", "hill", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_when_where_its_place_part_is_the_town_named_before():
    doc = _story_doc(_hills_rows("Afrin"))
    incursion = next(t for t in doc if t.text == "incursion")
    place = event_place(incursion, state=_story_state(doc), exclude=[])
    assert place is not None and place.name == "Afrin"
    doc = _story_doc(_hills_rows("Turkey"))  # a country's "its": the article's country, not a guess
    state = _story_state(doc)
    at = next(t.idx for t in doc if t.text == "Turkey")
    turkey = Place("Turkey", "Turkey", None, 39.0, 35.0, "TUR", None, "country")
    state.places = sorted([*state.places, PlaceMention(at, at + 6, "Turkey", turkey)], key=lambda m: m.start)
    incursion = next(t for t in doc if t.text == "incursion")
    place = event_place(incursion, state=state, exclude=[])
    assert place is not None and place.name == "Syria"


def test_when_where_its_place_part_is_finer_than_a_country_named():
    # "Afrin avoided the war in Syria until an incursion into its surrounding hills ."
    rows = [
        ("Afrin", "Afrin", "PROPN", "nsubj", 1),
        ("avoided", "avoid", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("war", "war", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Syria", "Syria", "PROPN", "pobj", 4),
        ("until", "until", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 8),
        ("incursion", "incursion", "NOUN", "pobj", 6),
        ("into", "into", "ADP", "prep", 8),
        ("its", "its", "PRON", "poss", 12),
        ("surrounding", "surround", "VERB", "amod", 12),
        ("hills", "hill", "NOUN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = _story_doc(rows)
    state = _story_state(doc)
    at = next(t.idx for t in doc if t.text == "Syria")
    state.places = sorted([*state.places, PlaceMention(at, at + 5, "Syria", SYRIA)], key=lambda m: m.start)
    incursion = next(t for t in doc if t.text == "incursion")
    place = event_place(incursion, state=state, exclude=[])
    assert place is not None and place.name == "Afrin"


def _border_rows(border: str) -> list[tuple[str, str, str, str, int]]:
    """ "Units would redeploy closer to the Turkish border/borders ." """
    return [
        ("Units", "unit", "NOUN", "nsubj", 2),
        ("would", "would", "AUX", "aux", 2),
        ("redeploy", "redeploy", "VERB", "ROOT", 2),
        ("closer", "close", "ADV", "advmod", 2),
        ("to", "to", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Turkish", "turkish", "ADJ", "amod", 7),
        (border, border.rstrip("s"), "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]


def _country_state(doc: Doc, country: str) -> SimpleNamespace:
    syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
    return SimpleNamespace(places=[syria], sent_starts=[s.start_char for s in doc.sents], country=country)


def test_when_where_border_named_by_its_other_side_is_the_story_countrys_side():
    doc = make_doc(_border_rows("border"))
    place = event_place(doc[2], state=_country_state(doc, "SYR"), exclude=[])
    assert place is not None and place.name == "Syria–Turkey border" and place.country == "SYR"
    # a story whose main country has no border with Turkey: the country it names that has one
    us_story = event_place(doc[2], state=_country_state(doc, "USA"), exclude=[])
    assert us_story is not None and us_story.name == "Syria–Turkey border"
    plural = make_doc(_border_rows("borders"))  # "inside Turkish borders": Turkey's territory, not a border area
    assert event_place(plural[2], state=_country_state(plural, "SYR"), exclude=[]) == SYRIA


ANKARA = Place("Ankara", "Ankara", None, 39.92, 32.85, "TUR", "Ankara", "place")


def _seat_doc(preposition: str) -> Doc:
    """ "Erdogan spoke with/in Ankara . Operations stopped ." """
    return parsed_doc([
        ("Erdogan", "Erdogan", "PROPN", "nsubj", 1),
        ("spoke", "speak", "VERB", "ROOT", 1),
        (preposition, preposition, "ADP", "prep", 1),
        ("Ankara", "Ankara", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
        ("Operations", "operation", "NOUN", "nsubj", 6),
        ("stopped", "stop", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ])


def test_when_where_seat_named_as_the_government_is_not_the_next_sentences_place():
    for preposition, expected in (("with", SYRIA), ("in", ANKARA)):
        doc = _seat_doc(preposition)
        ankara = PlaceMention(doc[3].idx, doc[3].idx + 6, "Ankara", ANKARA)
        syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
        state = SimpleNamespace(places=[ankara, syria], sent_starts=[s.start_char for s in doc.sents], country="SYR")
        assert event_place(doc[6], state=state, exclude=[]) == expected



def _venue_rows(opening: list[tuple[str, str, str, str, int]]) -> list[tuple[str, str, str, str, int]]:
    """ "<opening> Pierce told the council ." with "told" right after the opening (heads absolute)."""
    at = len(opening)
    return [
        *opening,
        ("Pierce", "Pierce", "PROPN", "nsubj", at + 1),
        ("told", "tell", "VERB", "ROOT", at + 1),
        ("the", "the", "DET", "det", at + 3),
        ("council", "council", "NOUN", "dobj", at + 1),
        (".", ".", "PUNCT", "punct", at + 1),
    ]


def test_when_where_act_at_an_organisation_is_at_its_headquarters():
    at_the_un = [("At", "at", "ADP", "prep", 4), ("the", "the", "DET", "det", 2), ("UN", "UN", "PROPN", "pobj", 0),
                 (",", ",", "PUNCT", "punct", 4)]
    doc = make_doc(_venue_rows(at_the_un))
    place = event_place(doc[4], state=_country_state(doc, "SYR"), exclude=[])
    assert place is not None and place.name == "United Nations headquarters" and place.country == "USA"
    plain = make_doc(_venue_rows([]))  # no venue named: the article's country
    assert event_place(plain[1], state=_country_state(plain, "SYR"), exclude=[]) == SYRIA


def _accuse_doc(subject: list[tuple[str, str, str, str, int]]) -> Doc:
    """ "<subject> accused the US ." with the subject's head last (heads absolute)."""
    at = len(subject)
    return make_doc([
        *subject,
        ("accused", "accuse", "VERB", "ROOT", at),
        ("the", "the", "DET", "det", at + 2),
        ("US", "US", "PROPN", "dobj", at),
        (".", ".", "PUNCT", "punct", at),
    ])


def test_when_where_government_statement_is_made_in_its_capital():
    presidents = _accuse_doc([("Turkey", "Turkey", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                              ("president", "president", "NOUN", "nsubj", 3)])
    place = event_place(presidents[3], state=_country_state(presidents, "SYR"), exclude=[])
    assert place is not None and place.name == "Ankara" and place.country == "TUR"
    seat = _accuse_doc([("Ankara", "Ankara", "PROPN", "nsubj", 1)])
    place = event_place(seat[1], state=_country_state(seat, "SYR"), exclude=[])
    assert place is not None and place.name == "Ankara"
    rebels = _accuse_doc([("Rebels", "rebel", "NOUN", "nsubj", 1)])  # no government: the article's country
    assert event_place(rebels[1], state=_country_state(rebels, "SYR"), exclude=[]) == SYRIA


def test_when_where_statement_of_a_resolved_government_actor_is_made_in_its_capital():
    lavrov = _accuse_doc([("Lavrov", "Lavrov", "PROPN", "nsubj", 1)])  # no country word in the subject phrase
    minister = Actor("Lavrov", name="Sergei Lavrov", actor_id="RUS-GOV", country="RUS", sector="GOV")
    place = event_place(lavrov[1], state=_country_state(lavrov, "SYR"), exclude=[], speaker=minister)
    assert place is not None and place.name == "Moscow" and place.country == "RUS"
    assert event_place(lavrov[1], state=_country_state(lavrov, "SYR"), exclude=[]) == SYRIA  # unresolved: none
    regional = Actor("Lavrov", name="Autonomous Administration", actor_id="AANES", country="SYR", sector="GOV")
    assert event_place(lavrov[1], state=_country_state(lavrov, "SYR"), exclude=[], speaker=regional) == SYRIA
    rebels = _accuse_doc([("Rebels", "rebel", "NOUN", "nsubj", 1)])  # a common noun is no government's member
    place = event_place(rebels[1], state=_country_state(rebels, "SYR"), exclude=[], speaker=minister)
    assert place == SYRIA


def test_when_where_refusal_or_pledge_of_a_government_is_made_in_its_capital():
    for verb, lemma in (("refused", "refuse"), ("pledged", "pledge"), ("welcomed", "welcome")):
        doc = make_doc([
            ("France", "France", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            ("it", "it", "PRON", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ])
        place = event_place(doc[1], state=_country_state(doc, "SYR"), exclude=[])
        assert place is not None and place.name == "Paris" and place.country == "FRA"


def _war_doc(adjective: str) -> Doc:
    """ "Families fled to Kirkuk . Russia intervened in the <adjective> war ." """
    return parsed_doc([
        ("Families", "family", "NOUN", "nsubj", 1),
        ("fled", "flee", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Kirkuk", "Kirkuk", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
        ("Russia", "Russia", "PROPN", "nsubj", 6),
        ("intervened", "intervene", "VERB", "ROOT", 6),
        ("in", "in", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 10),
        (adjective, adjective.lower(), "ADJ", "amod", 10),
        ("war", "war", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 6),
    ])


def test_when_where_country_adjective_in_the_acts_locative_phrase_beats_an_earlier_town():
    kirkuk = Place("Kirkuk", "Kirkuk", None, 35.47, 44.39, "IRQ", "Kirkuk", "place")
    for adjective, expected in (("Syrian", "Syria"), ("bloody", "Kirkuk")):
        doc = _war_doc(adjective)
        town = PlaceMention(doc[3].idx, doc[3].idx + 6, "Kirkuk", kirkuk)
        state = SimpleNamespace(places=[town], sent_starts=[s.start_char for s in doc.sents], country="IRQ")
        place = event_place(doc[6], state=state, exclude=[])
        assert place is not None and place.name == expected


def _leaflet_rows(pronoun: str) -> list[tuple[str, str, str, str, int]]:
    """ "They dropped leaflets telling <pronoun> to surrender ." (heads relative to "They")."""
    return [
        ("They", "they", "PRON", "nsubj", 1),
        ("dropped", "drop", "VERB", "ROOT", 1),
        ("leaflets", "leaflet", "NOUN", "dobj", 1),
        ("telling", "tell", "VERB", "acl", 2),
        (pronoun, pronoun.lower(), "PRON" if pronoun == "us" else "PROPN", "dobj", 3),
        ("to", "to", "PART", "aux", 6),
        ("surrender", "surrender", "VERB", "xcomp", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_when_where_act_done_to_us_is_in_the_story_town():
    doc = _story_doc(_leaflet_rows("us"))
    place = event_place(doc[16], state=_story_state(doc), exclude=[])
    assert place is not None and place.name == "Afrin"
    country = _story_doc(_leaflet_rows("US"))  # "telling the US": a country, not the story's people
    place = event_place(country[16], state=_story_state(country), exclude=[])
    assert place is not None and place.precision == "country"
# "Israel struck in Quneitra . Syria blasted Israel ." — the second act a verbal one whose verb is on no list
STRIKE_THEN_STATEMENT_ROWS = [
    ("Israel", "Israel", "PROPN", "nsubj", 1),
    ("struck", "strike", "VERB", "ROOT", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Quneitra", "Quneitra", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
    ("Syria", "Syria", "PROPN", "nsubj", 6),
    ("blasted", "blast", "VERB", "ROOT", 6),
    ("Israel", "Israel", "PROPN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
QUNEITRA = Place("Quneitra", "Quneitra", None, 33.13, 35.82, "SYR", "Quneitra", "place")


def _strike_state(doc: Doc) -> SimpleNamespace:
    quneitra = PlaceMention(doc[3].idx, doc[3].idx + 8, "Quneitra", QUNEITRA)
    return SimpleNamespace(places=[quneitra], sent_starts=[s.start_char for s in doc.sents], country="SYR")


def test_when_where_verbal_act_is_made_where_its_speaker_is_not_at_the_last_place():
    doc = parsed_doc(STRIKE_THEN_STATEMENT_ROWS)
    material = event_place(doc[6], state=_strike_state(doc), exclude=[])
    assert material == QUNEITRA  # a material act with no place of its own: the place named just before
    said = event_place(doc[6], state=_strike_state(doc), exclude=[], verbal=True)
    assert said is not None and said.name == "Damascus"  # a government's statement: its capital


def test_when_where_article_country_never_named_as_a_country_comes_from_the_gazetteer():
    doc = parsed_doc(STRIKE_THEN_STATEMENT_ROWS)
    state = SimpleNamespace(places=[], sent_starts=[s.start_char for s in doc.sents], country="SYR")
    place = event_place(doc[1], state=state, exclude=[])
    assert place is not None and (place.name, place.country, place.precision) == ("Syria", "SYR", "country")


def test_when_where_conjoined_statement_shares_its_first_verbs_government_subject():
    # "Syria condemned the action and summoned them ."
    doc = make_doc([
        ("Syria", "Syria", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("action", "action", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("summoned", "summon", "VERB", "conj", 1),
        ("them", "they", "PRON", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ])
    place = event_place(doc[5], state=_country_state(doc, "SYR"), exclude=[], verbal=True)
    assert place is not None and place.name == "Damascus"


def _unresolved_doc(object_rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """ "Fighting raged in Afrin . Jets bombed <object rows> ." (object heads count from "bombed" = 0)."""
    rows = [
        ("Fighting", "fighting", "NOUN", "nsubj", 1),
        ("raged", "rage", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Afrin", "Afrin", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
        ("Jets", "jet", "NOUN", "nsubj", 6),
        ("bombed", "bomb", "VERB", "ROOT", 6),
    ]
    rows += [(w, lemma, pos, dep, 6 + head) for w, lemma, pos, dep, head in object_rows]
    rows.append((".", ".", "PUNCT", "punct", 6))
    return parsed_doc(rows)


def _unresolved_state(doc: Doc) -> SimpleNamespace:
    afrin = PlaceMention(doc[3].idx, doc[3].idx + 5, "Afrin", AFRIN)
    syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)  # the article's country, later
    return SimpleNamespace(places=[afrin, syria], sent_starts=[s.start_char for s in doc.sents], country="SYR")


def test_when_where_unresolved_village_is_named_not_taken_from_an_earlier_sentence():
    # "... Jets bombed the village of Taduf ." (a village the gazetteer lacks): not Afrin, named the sentence before
    doc = _unresolved_doc([("the", "the", "DET", "det", 2), ("village", "village", "NOUN", "dobj", 0),
                           ("of", "of", "ADP", "prep", 2), ("Taduf", "Taduf", "PROPN", "pobj", 3)])
    place = event_place(doc[6], state=_unresolved_state(doc), exclude=[], hostile=True)
    assert place is not None and (place.name, place.country, place.precision) == ("Taduf", "SYR", "country")
    assert (place.lat, place.lon) == (SYRIA.lat, SYRIA.lon)  # no finer than it is known


def test_when_where_unresolved_neighbourhood_lies_in_the_town_named_before():
    # "... Jets bombed the Midan neighbourhood ." : a part of a town, in the town the story names
    doc = _unresolved_doc([("the", "the", "DET", "det", 3), ("Midan", "Midan", "PROPN", "compound", 3),
                           ("neighbourhood", "neighbourhood", "NOUN", "dobj", 0)])
    place = event_place(doc[6], state=_unresolved_state(doc), exclude=[], hostile=True)
    assert place is not None and (place.name, place.lat, place.lon) == ("Midan", AFRIN.lat, AFRIN.lon)


ALEPPO = Place("Aleppo", "Aleppo", None, 36.2, 37.16, "SYR", "Aleppo", "place")
IRAQ = Place("Iraq", "Iraq", None, 33.0, 44.0, "IRQ", None, "country")
GENEVA = Place("Geneva", "Geneva", None, 46.2, 6.14, "CHE", "Geneva", "place")


def _mention(doc: Doc, i: int, place: Place) -> PlaceMention:
    return PlaceMention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, place)


def _coincided_doc() -> Doc:
    """ "Jets struck in Aleppo . The airstrikes coincided with the launch of an offensive in Iraq ." """
    return parsed_doc([
        ("Jets", "jet", "NOUN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
        ("Aleppo", "Aleppo", "PROPN", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
        ("The", "the", "DET", "det", 6), ("airstrikes", "airstrike", "NOUN", "nsubj", 7),
        ("coincided", "coincide", "VERB", "ROOT", 7), ("with", "with", "ADP", "prep", 7),
        ("the", "the", "DET", "det", 10), ("launch", "launch", "NOUN", "pobj", 8), ("of", "of", "ADP", "prep", 10),
        ("an", "an", "DET", "det", 13), ("offensive", "offensive", "NOUN", "pobj", 11), ("in", "in", "ADP", "prep", 10),
        ("Iraq", "Iraq", "PROPN", "pobj", 14), (".", ".", "PUNCT", "punct", 7),
    ])


def test_when_where_place_of_another_event_set_beside_the_act_is_not_its_place():
    doc = _coincided_doc()
    syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
    places = [_mention(doc, 3, ALEPPO), _mention(doc, 15, IRAQ), syria]
    state = SimpleNamespace(places=places, sent_starts=[s.start_char for s in doc.sents], country="SYR")
    assert event_place(doc[6], state=state, exclude=[]) == ALEPPO  # the launch was in Iraq, the airstrikes not


def test_when_where_place_of_earlier_talks_is_not_recalled_for_an_act():
    # "Talks in Geneva collapsed . Jets bombed positions ."
    doc = parsed_doc([
        ("Talks", "talk", "NOUN", "nsubj", 3), ("in", "in", "ADP", "prep", 0), ("Geneva", "Geneva", "PROPN", "pobj", 1),
        ("collapsed", "collapse", "VERB", "ROOT", 3), (".", ".", "PUNCT", "punct", 3),
        ("Jets", "jet", "NOUN", "nsubj", 6), ("bombed", "bomb", "VERB", "ROOT", 6),
        ("positions", "position", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 6),
    ])
    syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
    state = SimpleNamespace(places=[_mention(doc, 2, GENEVA), syria], sent_starts=[s.start_char for s in doc.sents],
                            country="SYR")
    assert event_place(doc[6], state=state, exclude=[]) == SYRIA


def test_when_where_visit_host_named_as_target_is_the_visits_place():
    # "Assad visited Moscow ." : Moscow is the target (excluded for other acts) and where the visit was made
    moscow = Place("Moscow", "Moscow", None, 55.75, 37.62, "RUS", "Moskva", "place")
    for verb, lemma, expected in (("visited", "visit", moscow), ("praised", "praise", SYRIA)):
        doc = make_doc([("Assad", "Assad", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                        ("Moscow", "Moscow", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
        syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
        state = SimpleNamespace(places=[_mention(doc, 2, moscow), syria], sent_starts=[0], country="SYR")
        assad = Actor(text="Assad", name="Bashar al-Assad", country="SYR")  # a speaker of the story's country
        assert event_place(doc[1], state=state, exclude=[doc[2]], verbal=True, speaker=assad) == expected


def test_when_where_unplaced_statement_is_made_at_the_speakers_seat_or_nowhere():
    # "They accused the US ." with no place named: where the resolved speaker sits, not the story's country
    doc = _accuse_doc([("They", "they", "PRON", "nsubj", 1)])
    state = _country_state(doc, "SYR")

    def place(speaker: Actor | None, kind: str | None = None) -> Place | None:
        return event_place(doc[1], state=state, exclude=[doc[3]], verbal=True, speaker=speaker, kind=kind)

    council = Actor(text="the UN security council", name="United Nations Security Council (UN)", actor_id="UNSC",
                    country="UNO", sector="IGO")
    seat = place(council)
    assert seat is not None and seat.country == "USA" and seat.admin1 == "New York"
    turkey = place(Actor(text="Turkey", name="Turkey", actor_id="TUR", country="TUR"))
    assert turkey is not None and turkey.name == "Ankara"
    eu = Actor(text="the EU", name="European Union (EU)", actor_id="EU", country="EUR", sector="IGO")
    assert place(eu) is None  # a foreign body with no curated seat: no knowable place
    assert place(None) is None
    assert place(Actor(text="Kurdish leaders", country="SYR", sector="REB")) == SYRIA  # speaks at home
    assert place(Actor(text="Isis", name="Islamic State", actor_id="ISIS", sector="REB")) == SYRIA  # where it fights
    assert place(eu, kind="SUPPORT") == SYRIA  # backing takes effect where the story's parties are


IDLIB = Place("Idlib", "Idlib", None, 35.93, 36.63, "SYR", "Idlib", "place")


def test_when_where_province_anaphor_on_the_act_outranks_another_phrases_town():
    # "People fled Idlib before the Afrin assault after forces launched an attack on the nearby province ."
    doc = make_doc([
        ("People", "people", "NOUN", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1),
        ("Idlib", "Idlib", "PROPN", "dobj", 1), ("before", "before", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6), ("Afrin", "Afrin", "PROPN", "compound", 6),
        ("assault", "assault", "NOUN", "pobj", 3), ("after", "after", "SCONJ", "mark", 9),
        ("forces", "force", "NOUN", "nsubj", 9), ("launched", "launch", "VERB", "advcl", 1),
        ("an", "an", "DET", "det", 11), ("attack", "attack", "NOUN", "dobj", 9), ("on", "on", "ADP", "prep", 11),
        ("the", "the", "DET", "det", 15), ("nearby", "nearby", "ADJ", "amod", 15),
        ("province", "province", "NOUN", "pobj", 12), (".", ".", "PUNCT", "punct", 1),
    ])
    state = _country_state(doc, "SYR")
    state.places = [_mention(doc, 2, IDLIB), _mention(doc, 5, AFRIN), *state.places]
    place = event_place(doc[11], state=state, exclude=[], hostile=True)
    assert place is not None and place.precision == "admin1" and place.admin1 == "Idlib"  # Idlib province


def test_when_where_act_around_the_world_has_no_one_place():
    # "In Egypt , Isis launched attacks around the world ." / "... attacks around Egypt ."
    def doc_with(noun: str) -> Doc:
        return make_doc([
            ("In", "in", "ADP", "prep", 4), ("Egypt", "Egypt", "PROPN", "pobj", 0), (",", ",", "PUNCT", "punct", 4),
            ("Isis", "Isis", "PROPN", "nsubj", 4), ("launched", "launch", "VERB", "ROOT", 4),
            ("attacks", "attack", "NOUN", "dobj", 4), ("around", "around", "ADP", "prep", 5),
            *([("the", "the", "DET", "det", 8)] if noun == "world" else [("all", "all", "DET", "det", 8)]),
            (noun, noun, "NOUN" if noun == "world" else "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 4),
        ])

    egypt = Place("Egypt", "Egypt", None, 27.0, 30.0, "EGY", None, "country")
    for noun, expected in (("world", None), ("Egypt", egypt)):
        doc = doc_with(noun)
        state = SimpleNamespace(places=[_mention(doc, 1, egypt)], sent_starts=[0], country="EGY")
        assert event_place(doc[5], state=state, exclude=[], hostile=True) == expected


def test_when_where_headline_meeting_is_placed_where_its_lede_restates_it():
    # "Envoy meets rebels Envoy met with leaders in Syria ." (a headline run into its lede)
    doc = make_doc([
        ("Envoy", "envoy", "NOUN", "nsubj", 1), ("meets", "meet", "VERB", "ROOT", 1),
        ("rebels", "rebel", "NOUN", "dobj", 1), ("Envoy", "Envoy", "PROPN", "appos", 2),
        ("met", "meet", "VERB", "conj", 1), ("with", "with", "ADP", "prep", 4), ("leaders", "leader", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 6), ("Syria", "Syria", "PROPN", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
    ])
    doc = with_tags(doc, {6: "NNS"})
    state = SimpleNamespace(places=[PlaceMention(doc[8].idx, doc[8].idx + 5, "Syria", SYRIA)],
                            sent_starts=[0], country="SYR")
    envoy = Actor(text="Envoy", name="United Nations (UN)", actor_id="UN", country="UNO", sector="IGO")
    assert event_place(doc[1], state=state, exclude=[doc[2]], speaker=envoy, verbal=True, kind="CONSULT") == SYRIA


def test_when_where_foreign_speaker_at_the_camp_speaks_in_the_main_country():
    def denied(noun: str) -> Doc:  # "Workers at the <noun> denied reports ."
        return make_doc([
            ("Workers", "worker", "NOUN", "nsubj", 4), ("at", "at", "ADP", "prep", 0), ("the", "the", "DET", "det", 3),
            (noun, noun, "NOUN", "pobj", 1), ("denied", "deny", "VERB", "ROOT", 4),
            ("reports", "report", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 4),
        ])
    workers = Actor(text="Workers", name="Swedish civilians", actor_id="SWE-CVL", country="SWE", sector="CVL")
    at_camp = denied("camp")
    place = event_place(at_camp[4], state=_country_state(at_camp, "SYR"), exclude=[], speaker=workers, verbal=True)
    assert place == SYRIA  # the camp is in the story's country
    france = Actor(text="France", name="France", actor_id="FRA", country="FRA")
    seat = event_place(at_camp[4], state=_country_state(at_camp, "SYR"), exclude=[], speaker=france, verbal=True)
    assert seat is not None and seat.name == "Paris"  # a state speaks from its seat
    at_meeting = denied("meeting")
    assert event_place(at_meeting[4], state=_country_state(at_meeting, "SYR"), exclude=[], speaker=workers,
                       verbal=True) is None  # a foreign speaker nothing places: unknown


REGION = Place("Syria–Iraq border", "Syria–Iraq border", None, 34.4, 40.9, "SYR", None, "region")


def test_when_where_act_on_a_new_place_does_not_take_the_last_sentences_place():
    def seized(determiner: str) -> Doc:  # "Jones died on the border . Soldiers seized <a/the> town ."
        return parsed_doc([
            ("Jones", "Jones", "PROPN", "nsubj", 1), ("died", "die", "VERB", "ROOT", 1), ("on", "on", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4), ("border", "border", "NOUN", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
            ("Soldiers", "soldier", "NOUN", "nsubj", 7), ("seized", "seize", "VERB", "ROOT", 7),
            (determiner, determiner, "DET", "det", 9), ("town", "town", "NOUN", "dobj", 7),
            (".", ".", "PUNCT", "punct", 7),
        ])
    for determiner, expected in (("the", REGION), ("a", SYRIA)):
        doc = with_tags(seized(determiner), {9: "NN"})
        border = PlaceMention(doc[3].idx, doc[4].idx + 6, "the border", REGION)
        syria = PlaceMention(len(doc.text) + 10, len(doc.text) + 15, "Syria", SYRIA)
        state = SimpleNamespace(places=[border, syria], sent_starts=[s.start_char for s in doc.sents], country="SYR")
        assert event_place(doc[7], state=state, exclude=[], hostile=True) == expected


def test_when_where_name_located_by_the_chosen_place_is_the_events_place():
    # the real pipeline: the unresolved names are the parser's place entities
    def place(text: str) -> Place | None:
        events = [e for e in sitrep.extract(text, published=date(2019, 4, 10)) if e.event_type == "ASSAULT"]
        assert events
        return events[0].location

    sukhnah = place("ISIS militants attacked a checkpoint in Al Sukhnah city located in Eastern Homs on Tuesday.")
    assert sukhnah is not None and (sukhnah.name, sukhnah.country, sukhnah.precision) == ("Al Sukhnah", "SYR", "place")
    assert abs(sukhnah.lat - 34.72) < 0.1  # at Homs, the place that locates it
    orum = place("An attack on aid trucks in Orum al-Kubrah near Aleppo killed 20 civilians on Monday.")
    assert orum is not None and (orum.name, orum.country, orum.precision) == ("Orum al-Kubrah", "SYR", "near")
