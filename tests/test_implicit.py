"""coding.implicit: a hostile act's missing doer or victim, filled from the story's dyads (model-free, on records
built by hand), and the held doerless acts in real text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import sitrep
from sitrep.coding.implicit import fill_implicit
from sitrep.records import Actor, Event, Evidence, Place

AFRIN = Place(text="Afrin", name="Afrin", geonameid=170017, country="SYR", precision="place")
TURKEY = Actor(text="Turkey", actor_id="TUR", country="TUR")
RUSSIA = Actor(text="Russian jets", actor_id="RUS-MIL", country="RUS")
TOWN = Actor(text="Afrin", country="SYR")


def _act(sentence: int, *, source: Actor | None, target: Actor | None, place: Place | None = AFRIN,
         kind: str = "ASSAULT") -> Event:
    evidence = Evidence(sentence="...", start=sentence, end=sentence + 50, trigger="attack", trigger_start=sentence + 5)
    return Event(doc_id="d", event_type=kind, status="asserted", evidence=evidence, source=source, target=target,
                 quad_class=4, location=place, confidence=0.65)


def test_implicit_held_act_takes_the_one_side_acting_on_its_town():
    attacked = _act(0, source=TURKEY, target=TOWN)
    storming = _act(100, source=None, target=TOWN)
    events = fill_implicit([attacked], held=[storming])
    assert [e.source for e in events] == [TURKEY, TURKEY]
    assert events[1].evidence == storming.evidence and events[1].confidence == storming.confidence


def test_implicit_two_sides_at_the_town_give_no_doer():
    attacked, bombed = _act(0, source=TURKEY, target=TOWN), _act(60, source=RUSSIA, target=TOWN)
    assert fill_implicit([attacked, bombed], held=[_act(100, source=None, target=TOWN)]) == [attacked, bombed]


def test_implicit_act_with_no_victim_takes_no_doer():
    attacked = _act(0, source=TURKEY, target=TOWN)
    violence = _act(100, source=None, target=None)  # "to reduce violence": no one's act on anyone
    assert fill_implicit([attacked], held=[violence]) == [attacked]
    assert fill_implicit([attacked, violence], held=[]) == [attacked, violence]


def test_implicit_same_sentence_gives_nothing():
    attacked = _act(0, source=TURKEY, target=TOWN)
    shelling = _act(0, source=None, target=TOWN)
    assert fill_implicit([attacked, shelling], held=[]) == [attacked, shelling]


def test_implicit_read_arguments_are_never_replaced():
    attacked = _act(0, source=TURKEY, target=TOWN)
    read = _act(100, source=RUSSIA, target=Actor(text="the hospital"))
    assert fill_implicit([attacked, read], held=[]) == [attacked, read]


def test_implicit_victim_of_the_same_side_at_the_town_fills_a_missing_target():
    attacked = _act(0, source=TURKEY, target=TOWN)
    assault = _act(100, source=Actor(text="Turkish troops", actor_id="TUR-MIL", country="TUR"), target=None)
    assert fill_implicit([attacked, assault], held=[])[1].target == TOWN
    other_side = _act(100, source=RUSSIA, target=None)
    assert fill_implicit([attacked, other_side], held=[])[1].target is None


def test_implicit_verbal_acts_are_left_alone():
    attacked = _act(0, source=TURKEY, target=TOWN)
    threat = _act(100, source=None, target=TOWN, kind="THREATEN")
    assert fill_implicit([attacked], held=[threat]) == [attacked]


def test_implicit_storming_of_a_town_attacked_before_is_coded_with_its_attacker():
    first = "Turkish troops attacked Afrin on Monday. "
    storming = "The Kurds are fleeing as a promised storming of Afrin draws near."
    events = sitrep.extract(first + storming, published=date(2018, 3, 19))
    stormed = [e for e in events if e.evidence.trigger == "storming"]
    assert stormed and stormed[0].source is not None and stormed[0].source.country == "TUR"
    assert stormed[0].confidence < 0.9
    assert not [e for e in sitrep.extract(storming, published=date(2018, 3, 19)) if e.evidence.trigger == "storming"]


def test_implicit_resistance_to_an_attacker_comes_from_its_victims():
    jets = Actor(text="Turkish jets", actor_id="TUR-MIL", country="TUR", sector="MIL")
    ypg = Actor(text="YPG positions", name="YPG", actor_id="YPG", country="SYR", sector="REB")
    bombed = _act(0, source=jets, target=ypg)
    resisted = _act(100, source=None, target=Actor(text="he", name="Erdoğan", actor_id="TUR-GOV", country="TUR",
                                                   sector="GOV"))  # "he is facing fierce resistance"
    assert fill_implicit([bombed], held=[resisted])[1].source == ypg
    elsewhere = _act(100, source=None, target=resisted.target, place=None)  # no town: its camp's victims still tell
    assert fill_implicit([bombed], held=[elsewhere])[1].source == ypg
    regime = Actor(text="the regime", actor_id="SYR-GOV", country="SYR", sector="GOV")
    civilians = Actor(text="civilians", actor_id="SYR-CVL", country="SYR", sector="CVL")
    shelled = _act(0, source=regime, target=civilians)  # a state's act on its own civilians is no self-harm
    assert fill_implicit([shelled], held=[_act(100, source=None, target=civilians)])[1].source == regime


def test_implicit_doer_known_by_a_pronoun_is_filled_by_its_name():
    we = Actor(text="we", name="US government", actor_id="USA-GOV", country="USA", sector="GOV")
    struck = _act(0, source=we, target=TOWN)
    events = fill_implicit([struck], held=[_act(100, source=None, target=TOWN)])
    assert events[1].source is not None and events[1].source.text == "US government"
    assert events[0].source == we


def test_implicit_agentless_defeat_is_an_outcome_not_an_act():
    first = "US troops attacked Islamic State fighters in Raqqa on Monday. "
    for outcome in ("The US says its troops will stay until it is certain Islamic State is defeated.",
                    "On Wednesday, Trump argued that Islamic State was defeated."):
        events = sitrep.extract(first + outcome, published=date(2018, 1, 15))
        assert [e.evidence.trigger for e in events if e.event_type == "ASSAULT"] == ["attacked"]


def test_implicit_protest_called_for_is_the_callers_and_not_held_yet():
    from conftest import make_doc
    from sitrep.coding.implicit import called_status, calling_party
    from sitrep.coding.status import StatusReading
    from sitrep.coding.triggers import sense_of_code

    # "The opposition called for three days of protests"
    doc = make_doc([("The", "the", "DET", "det", 1), ("opposition", "opposition", "NOUN", "nsubj", 2),
                    ("called", "call", "VERB", "ROOT", 2), ("for", "for", "ADP", "prep", 2),
                    ("three", "three", "NUM", "nummod", 5), ("days", "day", "NOUN", "pobj", 3),
                    ("of", "of", "ADP", "prep", 5), ("protests", "protest", "NOUN", "pobj", 6)])
    protest, attack = sense_of_code("140", pattern="noun protest"), sense_of_code("190", pattern="noun attack")
    assert protest is not None and attack is not None
    assert calling_party(doc[7], protest) == doc[1]
    assert called_status(doc[7], protest, StatusReading("asserted")).status == "hypothetical"
    assert calling_party(doc[7], attack) is None  # "called for attacks": not the caller's own followers' act


SYRIAN_ARMY = Actor(text="Syrian government forces", actor_id="SYR-MIL", country="SYR", sector="MIL")
REBELS = Actor(text="Rebels", actor_id="SYR-REB", country="SYR", sector="REB")


@dataclass(frozen=True)
class _Sentence:
    start_char: int
    text: str


def test_implicit_doer_the_text_calls_unknown_is_not_filled():
    attacked = _act(0, source=SYRIAN_ARMY, target=TOWN)
    strikes = _act(100, source=None, target=TOWN)
    unknown = [_Sentence(0, "Syrian government forces shelled Afrin."), _Sentence(100, "Air strikes hit Afrin."),
               _Sentence(150, "It was not immediately clear who carried out the raids.")]
    assert fill_implicit([attacked], held=[strikes], sentences=unknown) == [attacked]
    unclaimed = unknown[:2] + [_Sentence(150, "No group has immediately claimed responsibility.")]
    assert fill_implicit([attacked], held=[strikes], sentences=unclaimed) == [attacked]
    told = unknown[:2] + [_Sentence(150, "The town has been besieged for a month.")]
    assert [e.source for e in fill_implicit([attacked], held=[strikes], sentences=told)] == [SYRIAN_ARMY] * 2


def test_implicit_air_strike_is_filled_only_by_a_state_and_a_suicide_bombing_never():
    def strikes(sentence: int, **codes: str) -> Event:
        return replace(_act(sentence, source=None, target=TOWN), **codes)
    by_rebels, by_army = _act(0, source=REBELS, target=TOWN), _act(0, source=SYRIAN_ARMY, target=TOWN)
    air, suicide = strikes(100, mode="aerial", cameo="195"), strikes(100, mode="suicide-attack", cameo="1831")
    assert fill_implicit([by_rebels], held=[air]) == [by_rebels]
    assert [e.source for e in fill_implicit([by_army], held=[air])] == [SYRIAN_ARMY] * 2
    assert fill_implicit([by_army], held=[suicide]) == [by_army]
    assert [e.source for e in fill_implicit([by_rebels], held=[suicide])] == [REBELS] * 2


def test_implicit_act_read_with_a_spokesman_as_doer_fills_nothing():
    spokesman = Actor(text="A spokesman", actor_id="SYR-GOV", country="SYR", sector="GOV")
    told = _act(0, source=spokesman, target=TOWN)  # "A spokesman said an air strike hit ..., killing 14"
    assert fill_implicit([told], held=[_act(100, source=None, target=TOWN)]) == [told]


def test_implicit_civilians_read_as_doers_fill_nothing():
    civilians = Actor(text="at least 58 people", actor_id="SYR-CVL", country="SYR", sector="CVL")
    misread = _act(0, source=civilians, target=TOWN)  # a misread act whose doer is its victims
    assert fill_implicit([misread], held=[_act(100, source=None, target=TOWN)]) == [misread]


def test_implicit_a_bomb_may_be_dropped_by_a_state():
    by_army = _act(0, source=SYRIAN_ARMY, target=TOWN)
    bombs = replace(_act(100, source=None, target=TOWN), mode="explosives", cameo="183")  # "cluster bombs hit"
    assert [e.source for e in fill_implicit([by_army], held=[bombs])] == [SYRIAN_ARMY] * 2
    car_bomb = replace(bombs, evidence=replace(bombs.evidence, trigger="car bomb"))  # coded 183 too: no state's
    assert fill_implicit([by_army], held=[car_bomb]) == [by_army]
