"""Rules of merging that read words (sitrep.merge_rules): a campaign's toll and one death, recalled events in
reported speech, plans a season apart, a campaign's dated fighting and the time of a campaign's parts. Pure
functions over hand-made record dicts; no model."""

from __future__ import annotations

from typing import Any

from sitrep.merge import same_event
from sitrep.merge_rules import (
    KIN,
    SAME_WORD,
    act_kinship,
    campaign_fighting,
    may_be_part,
    pair_background_days,
    recalled,
)
from sitrep.settings import Settings

SETTINGS = Settings()
RAQQA = {"text": "Raqqa", "name": "Raqqa", "lat": 35.95, "lon": 39.01, "country": "SYR", "precision": "place"}
AFRIN = {"text": "Afrin", "name": "Afrin", "lat": 36.51, "lon": 36.87, "country": "SYR", "precision": "place"}
USA = {"text": "the US", "actor_id": "USA", "country": "USA"}
TUR = {"text": "Turkey", "actor_id": "TUR", "country": "TUR"}
RUS = {"text": "Russian", "actor_id": "RUS", "country": "RUS"}


def record(
    event_id: str,
    *,
    trigger: str,
    sentence: str,
    doc: str = "d1",
    event_type: str = "ASSAULT",
    status: str = "asserted",
    when: str = "2017-06-10",
    precision: str = "day",
    until: str | None = None,
    source: dict[str, Any] | None = None,
    location: dict[str, Any] | None = None,
    mode: str | None = None,
    quad_class: int = 4,
) -> dict[str, Any]:
    return {
        "event_id": event_id, "doc_id": doc, "event_type": event_type, "status": status, "source": source,
        "target": None, "location": location, "date": when, "date_end": until, "date_precision": precision,
        "mode": mode, "quad_class": quad_class, "confidence": 0.5,
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence), "trigger": trigger},
    }  # fmt: skip


def test_merge_rules_a_campaign_toll_and_one_death_are_not_one_act():
    """ "119 children killed in the campaign" sums many deaths: its "killed" is kin to one death, not the same word."""
    toll = record("a", trigger="killed", sentence="Airwars said 119 children were killed in the campaign.")
    death = record("b", trigger="killed", sentence="He was killed in an ambush while documenting the fight.")
    assert act_kinship(toll, death) == KIN
    assert act_kinship(death, {**death, "event_id": "c"}) == SAME_WORD
    other_toll = record("d", trigger="killed", sentence="Dozens were killed as the offensive went on.")
    assert act_kinship(toll, other_toll) == SAME_WORD


def test_merge_rules_a_definite_event_noun_in_reported_speech_is_recalled():
    """ "said on Monday the US withdrawal had ...": the day is the saying's; the withdrawal was decided months
    before, so it is one event with the decision, as a publication-dated mention would be."""
    said = record(
        "a", doc="d1", event_type="RETREAT", status="reported", when="2019-02-18", trigger="withdrawal",
        mode="withdraw", source=USA, quad_class=2,
        sentence="The minister said on Monday the US withdrawal had created a new context.",
    )  # fmt: skip
    decision = record(
        "b", doc="d2", event_type="RETREAT", when="2018-12-20", precision="publication", trigger="withdraw",
        mode="withdraw", source=USA, quad_class=2, sentence="Kurds condemned the surprise decision to withdraw.",
    )  # fmt: skip
    assert recalled(said) and same_event(said, decision, settings=SETTINGS)
    asserted = {**said, "status": "asserted"}  # "the withdrawal on Monday": its own day
    assert not recalled(asserted) and not same_event(asserted, decision, settings=SETTINGS)
    verb = {**said, "evidence": {**said["evidence"], "sentence": "He said US troops began to withdrawal."}}
    assert not recalled(verb)


def test_merge_rules_plans_a_season_apart_are_two_prospects():
    """A zone to be safe from attack by 15 October 2017 and, eleven months later, doubt whether Idlib will be
    open to assault: a plan's publication date reaches back a season, not a year; two negated mentions (both
    recalling one past event) keep the year."""
    zone = record(
        "a", status="planned", when="2017-10-15", trigger="attack", source=RUS,
        sentence="The zone along Idlib will be safe from Russian attack by 15 October.",
    )  # fmt: skip
    doubt = record(
        "b", status="negated", when="2018-09-17", precision="publication", trigger="assault", source=RUS,
        sentence="It is not clear that Idlib will be open to Russian assault.",
    )  # fmt: skip
    assert pair_background_days(zone, doubt, default=365) == 90
    assert not same_event(zone, doubt, settings=SETTINGS)
    assert same_event(zone, {**doubt, "date": "2017-11-01"}, settings=SETTINGS)
    negated = {**zone, "status": "negated"}
    assert pair_background_days(negated, doubt, default=365) == 365
    assert pair_background_days({**zone, "status": "asserted"}, doubt, default=365) == 365


def test_merge_rules_fighting_dated_by_its_own_words_may_be_its_campaigns():
    """ "Last month Turkey sent troops into Afrin to fight" and "Turkey's incursion into Afrin": one operation
    named by two words; "fighting" dated only by the article may be any fighting."""
    incursion = record(
        "a", doc="d1", when="2018-04-19", precision="publication", trigger="incursion", source=TUR,
        location=AFRIN, sentence="Moscow gave tacit support to Turkey's recent incursion into Afrin.",
    )  # fmt: skip
    fight = record(
        "b", doc="d2", when="2018-01-01", until="2018-01-31", precision="month", trigger="fight", source=TUR,
        location=AFRIN, sentence="Last month Turkey sent troops into Afrin to fight Kurdish militias.",
    )  # fmt: skip
    assert campaign_fighting(incursion, fight) and act_kinship(fight, incursion) == KIN
    assert same_event(incursion, fight, settings=SETTINGS)
    undated = {**fight, "date": "2018-02-01", "date_end": None, "date_precision": "publication"}
    assert not campaign_fighting(incursion, undated) and act_kinship(incursion, undated) == 0
    assert not same_event(incursion, undated, settings=SETTINGS)


def test_merge_rules_an_act_reported_a_season_after_its_campaign_is_no_part_of_it():
    """The battle for Raqqa began with incursions in June; a killing in Raqqa reported in late November,
    undated, may be any later incident; a capture of the town (its outcome) or an act dated in June is a part."""
    battle = record(
        "a", doc="d1", when="2017-06-11", precision="month", trigger="incursions", location=RAQQA,
        sentence="The battle to liberate Raqqa began two months ago with incursions into the city.",
    )  # fmt: skip
    ambush = record(
        "b", doc="d2", when="2017-11-28", precision="publication", trigger="killed", location=RAQQA,
        sentence="He was killed in an Isis ambush while documenting the fight in Raqqa.",
    )  # fmt: skip
    assert not may_be_part(ambush, battle) and not same_event(battle, ambush, settings=SETTINGS)
    soon = {**ambush, "date": "2017-07-20"}
    assert may_be_part(soon, battle) and same_event(battle, soon, settings=SETTINGS)
    liberated = {**ambush, "evidence": {**ambush["evidence"], "trigger": "liberated"}}
    assert may_be_part(liberated, battle)
    dated = {**ambush, "date": "2017-06-20", "date_precision": "day"}
    assert may_be_part(dated, battle)
