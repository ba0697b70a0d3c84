"""Cross-document merging: the pair decision and the clusters on hand-made records, the store's merged events,
and the floors on the hand-labelled Guardian pairs (tests/data/merge/: pairs.jsonl, dev2.jsonl and dev3.jsonl for
development, heldout.jsonl held out; docs/merge-labels.md says how they were labelled)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import ConfigError, DictionaryError, GoldFileError
from sitrep.eval import evaluate
from sitrep.merge import distance_km, merge_events, same_event
from sitrep.merge_rules import act_kinship, load_word_families, mode_kinship, statuses_compatible, stem
from sitrep.query import EventFilter
from sitrep.records import Actor, Article, DateValue, Event, Evidence, Place
from sitrep.settings import Settings, load_settings
from sitrep.store import Store

PAIRS = Path(__file__).parent / "data" / "merge" / "pairs.jsonl"
HELD_OUT = Path(__file__).parent / "data" / "merge" / "heldout.jsonl"
DEV2 = Path(__file__).parent / "data" / "merge" / "dev2.jsonl"
DEV3 = Path(__file__).parent / "data" / "merge" / "dev3.jsonl"
SETTINGS = Settings()
DOUMA = {"text": "Douma", "name": "Douma", "lat": 33.57, "lon": 36.40, "country": "SYR", "precision": "place"}
HARASTA = {
    "text": "Harasta",
    "name": "Harasta",
    "lat": 33.56,
    "lon": 36.37,
    "country": "SYR",
    "precision": "place",
}
ALEPPO = {
    "text": "Aleppo",
    "name": "Aleppo",
    "lat": 36.20,
    "lon": 37.16,
    "country": "SYR",
    "precision": "place",
}
SYRIA = {"text": "Syria", "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SYR", "precision": "country"}
SYR_MIL = {"text": "regime forces", "actor_id": "SYR-MIL", "country": "SYR", "sector": "MIL"}
SYR_GOV = {"text": "the Assad regime", "actor_id": "SYR-GOV", "country": "SYR", "sector": "GOV"}
SYR_REB = {"text": "Syrian rebels", "actor_id": "SYR-REB", "country": "SYR", "sector": "REB"}
CIVILIANS = {"text": "civilians", "sector": "CVL"}


def mention(
    event_id: str,
    *,
    doc: str = "d1",
    event_type: str = "ASSAULT",
    status: str = "asserted",
    source: dict[str, Any] | None = None,
    target: dict[str, Any] | None = None,
    location: dict[str, Any] | None = None,
    when: str | None = "2018-04-07",
    precision: str = "day",
    trigger: str = "attack",
    sentence: str = "Regime forces attacked the town.",
    mode: str | None = None,
    quad_class: int = 4,
    confidence: float = 0.5,
) -> dict[str, Any]:
    return {
        "event_id": event_id, "doc_id": doc, "event_type": event_type, "status": status, "source": source,
        "target": target, "location": location, "date": when, "date_end": None,
        "date_precision": precision if when else None, "mode": mode, "quad_class": quad_class,
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence), "trigger": trigger},
        "confidence": confidence,
    }  # fmt: skip


def test_merge_same_actors_town_and_day_across_articles_are_one_event():
    a = mention("a", doc="d1", source=SYR_MIL, target=CIVILIANS, location=DOUMA, trigger="attack")
    b = mention("b", doc="d2", source=SYR_GOV, location=HARASTA, when="2018-04-08", trigger="attacked")
    assert distance_km(DOUMA, HARASTA) < 5
    assert same_event(a, b, settings=SETTINGS)


def test_merge_different_type_status_kind_or_opposed_actors_never_merge():
    a = mention("a", source=SYR_MIL, location=DOUMA)
    assert not same_event(
        a, mention("b", doc="d2", source=SYR_MIL, location=DOUMA, event_type="COERCE"), settings=SETTINGS
    )
    assert not same_event(
        a, mention("b", doc="d2", source=SYR_MIL, location=DOUMA, status="planned"), settings=SETTINGS
    )
    assert not same_event(a, mention("b", doc="d2", source=SYR_REB, location=DOUMA), settings=SETTINGS)


def test_merge_dates_further_apart_than_the_window_are_two_events():
    a = mention("a", source=SYR_MIL, location=DOUMA, when="2018-04-07")
    late = mention("b", doc="d2", source=SYR_MIL, location=DOUMA, when="2018-04-20")
    assert not same_event(a, late, settings=SETTINGS)
    assert same_event(a, late, settings=replace(SETTINGS, merge_window_days=14))


def test_merge_publication_date_may_recall_an_older_event_but_not_a_later_one():
    april = mention("a", source=SYR_MIL, location=DOUMA, when="2018-04-07")
    recalled = mention(
        "b", doc="d2", source=SYR_MIL, location=DOUMA, when="2018-06-01", precision="publication"
    )
    assert same_event(april, recalled, settings=SETTINGS)
    assert not same_event(april, recalled, settings=replace(SETTINGS, merge_background_days=30))
    earlier_article = mention(
        "c", doc="d3", source=SYR_MIL, location=DOUMA, when="2018-03-01", precision="publication"
    )
    assert not same_event(april, earlier_article, settings=SETTINGS)


def test_merge_towns_beyond_the_radius_need_more_agreement():
    """Same doer and word, no day: two Syrian towns 300 km apart count against, within the radius for."""
    a = mention("a", doc="d1", source=SYR_MIL, location=DOUMA, trigger="shelled", sentence="x")
    far = mention(
        "b",
        doc="d2",
        source=SYR_MIL,
        location=ALEPPO,
        trigger="shelled",
        sentence="y",
        precision="publication",
    )
    assert distance_km(DOUMA, ALEPPO) > 250
    assert not same_event(a, far, settings=SETTINGS)
    assert same_event(a, far, settings=replace(SETTINGS, merge_radius_km=400.0))


def test_merge_needs_the_same_kind_of_act():
    """The same doer, target, town and day, but "attacked" is not "shelled": two things the army did."""
    a = mention(
        "a", doc="d1", source=SYR_MIL, target=SYR_REB, location=DOUMA, trigger="attacked", sentence="x"
    )
    b = mention(
        "b", doc="d2", source=SYR_MIL, target=SYR_REB, location=DOUMA, trigger="shelled", sentence="y"
    )
    assert not same_event(a, b, settings=SETTINGS)
    assert same_event(a, {**b, "evidence": {**b["evidence"], "trigger": "attacks"}}, settings=SETTINGS)


def test_merge_statements_are_not_recalled_from_long_before():
    """A publication-dated accusation a month after another is a new statement; a strike may be recalled."""
    said = mention("a", doc="d1", event_type="ACCUSE", source=SYR_GOV, trigger="accused", quad_class=3,
                   sentence="Damascus accused Ankara.")  # fmt: skip
    month_later = {
        **said,
        "event_id": "b",
        "doc_id": "d2",
        "date": "2018-05-07",
        "date_precision": "publication",
    }
    week_later = {**month_later, "event_id": "c", "date": "2018-04-12"}
    assert not same_event(said, month_later, settings=SETTINGS)
    assert same_event(said, week_later, settings=SETTINGS)
    strike = mention("d", source=SYR_MIL, location=DOUMA, trigger="shelled")
    recalled = {
        **strike,
        "event_id": "e",
        "doc_id": "d2",
        "date": "2018-05-07",
        "date_precision": "publication",
    }
    assert same_event(strike, recalled, settings=SETTINGS)


def test_merge_civilians_are_not_the_armed_doer():
    family = {"text": "his family", "sector": "CVL"}
    isis = {"text": "Isis", "actor_id": "ISIS", "sector": "REB"}
    a = mention("a", doc="d1", event_type="RETREAT", source=family, location=DOUMA, trigger="retreated")
    b = mention("b", doc="d2", event_type="RETREAT", source=isis, location=DOUMA, trigger="retreated")
    assert not same_event(a, b, settings=SETTINGS)
    unnamed = {**b, "source": {"text": "fighters"}}  # no sector, no code: rules nothing out
    assert same_event(a, unnamed, settings=SETTINGS)


def test_merge_dictionary_actor_names_are_not_shared_names():
    """A shared "Isis" says nothing; a shared "Shayrat" does."""
    usa = {"text": "Trump", "actor_id": "USA-GOV", "country": "USA", "sector": "GOV"}
    a = mention("a", doc="d1", source=usa, location=None, precision="publication", trigger="fired",
                sentence="Later Trump fired missiles while Isis watched.")  # fmt: skip
    b = {**a, "event_id": "b", "doc_id": "d2", "source": None,
         "evidence": {**a["evidence"], "sentence": "Then Isis fired missiles."}}  # fmt: skip
    assert not same_event(a, b, settings=SETTINGS)
    b["evidence"]["sentence"] = "Then missiles were fired at Shayrat."
    a["evidence"]["sentence"] = "Later Trump fired missiles at Shayrat."
    assert same_event(a, b, settings=SETTINGS)


def test_merge_within_one_article_an_undated_mention_may_recall_its_dated_event():
    dated = mention("a", doc="d1", source=SYR_MIL, location=DOUMA, when="2018-01-20", trigger="incursion")
    later = {**dated, "event_id": "b", "date": "2018-03-19", "date_precision": "publication",
             "evidence": {**dated["evidence"], "start": 500}}  # fmt: skip
    assert same_event(dated, later, settings=SETTINGS)
    redated = {**later, "date_precision": "day"}  # two dates the article resolved: 2 months apart
    assert not same_event(dated, redated, settings=SETTINGS)


def test_merge_place_and_day_alone_do_not_make_one_event():
    """Two things that happened in Douma on one day, with nothing saying who or what matches."""
    a = mention(
        "a", doc="d1", source=None, location=DOUMA, trigger="entered", sentence="Troops entered Douma."
    )
    b = mention("b", doc="d2", source=None, location=DOUMA, trigger="shelled", sentence="Jets shelled Douma.")
    assert not same_event(a, b, settings=SETTINGS)


def test_merge_claimed_event_source_is_not_compared():
    """A claimed event's source may be the claimant (France), not the doer: it neither matches nor conflicts."""
    france = {"text": "France", "actor_id": "FRA", "country": "FRA"}
    a = mention(
        "a",
        doc="d1",
        status="claimed",
        source=france,
        location=DOUMA,
        trigger="attack",
        sentence="France claims the regime was behind the attack on Douma.",
    )
    b = mention(
        "b",
        doc="d2",
        source=SYR_GOV,
        location=DOUMA,
        trigger="attack",
        sentence="The regime carried out the attack on Douma.",
    )
    assert same_event(a, b, settings=SETTINGS)
    assert not same_event(replace_status(a, "asserted"), b, settings=SETTINGS)


def replace_status(record: dict[str, Any], status: str) -> dict[str, Any]:
    return {**record, "status": status}


def test_merge_sponsor_matches_its_backer_and_a_state_its_organs():
    proxies = {"text": "Iranian-backed militias", "sector": "UAF", "sponsor": "IRN"}
    iran = {"text": "Iran", "actor_id": "IRN", "country": "IRN"}
    a = mention("a", doc="d1", source=proxies, location=DOUMA, trigger="shelled")
    b = mention("b", doc="d2", source=iran, location=DOUMA, trigger="shelled")
    assert same_event(a, b, settings=SETTINGS)
    rebels = mention("c", doc="d2", source=SYR_REB, location=DOUMA, trigger="shelled")
    state = mention(
        "d",
        doc="d3",
        source={"text": "Syria", "actor_id": "SYR", "country": "SYR"},
        location=DOUMA,
        trigger="shelled",
    )
    assert not same_event(rebels, state, settings=SETTINGS)  # a country alone is its state, not its rebels


def test_merge_clusters_mentions_of_one_strike_across_and_within_articles():
    strike = [
        mention("a1", doc="d1", source=SYR_MIL, location=DOUMA, trigger="attack"),
        mention("a2", doc="d1", source=SYR_MIL, location=DOUMA, when="2018-04-07", trigger="attack"),
        mention("b1", doc="d2", source=SYR_GOV, location=HARASTA, when="2018-04-08", trigger="attacked"),
    ]
    other = mention("c1", doc="d2", source=SYR_REB, location=ALEPPO, when="2018-04-08", trigger="attack")
    clusters = merge_events([*strike, other], settings=SETTINGS)
    assert sorted(sorted(c.mention_ids) for c in clusters) == [["a1", "a2", "b1"], ["c1"]]
    again = merge_events(list(reversed([*strike, other])), settings=SETTINGS)
    assert {c.cluster_id for c in again} == {c.cluster_id for c in clusters}


def test_merge_clusters_use_complete_linkage():
    """b matches a and c, but a and c are 10 days apart: no chain a-b-c."""
    a = mention("a", doc="d1", source=SYR_MIL, location=DOUMA, when="2018-04-01")
    b = mention("b", doc="d2", source=SYR_MIL, location=DOUMA, when="2018-04-06")
    c = mention("c", doc="d3", source=SYR_MIL, location=DOUMA, when="2018-04-11")
    assert same_event(a, b, settings=SETTINGS) and same_event(b, c, settings=SETTINGS)
    assert not same_event(a, c, settings=SETTINGS)
    clusters = merge_events([a, b, c], settings=SETTINGS)
    assert sorted(sorted(x.mention_ids) for x in clusters) == [["a", "b"], ["c"]]


def test_merge_representative_is_the_most_confident_then_most_complete_mention():
    vague = mention("a", doc="d1", source=SYR_MIL, location=SYRIA, confidence=0.6, precision="publication")
    full = mention("b", doc="d2", source=SYR_MIL, target=CIVILIANS, location=DOUMA, confidence=0.6)
    sure = mention("c", doc="d3", source=SYR_MIL, location=DOUMA, confidence=0.9)
    assert merge_events([vague, full], settings=SETTINGS)[0].representative["event_id"] == "b"
    (cluster,) = merge_events([vague, full, sure], settings=SETTINGS)
    assert cluster.representative["event_id"] == "c"


def test_merge_settings_are_read_and_checked(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SITREP_MERGE_RADIUS_KM", "25")
    (tmp_path / "sitrep.toml").write_text("merge_window_days = 2\n", encoding="utf-8")
    settings = load_settings()
    assert (settings.merge_radius_km, settings.merge_window_days) == (25.0, 2)
    monkeypatch.setenv("SITREP_MERGE_RADIUS_KM", "nan")
    with pytest.raises(ConfigError, match="merge_radius_km"):
        load_settings()


# ------------------------------------------------------------------ the store


def stored_event(article: Article, *, start: int, source: Actor, place: Place, day: date) -> Event:
    sentence = article.text
    return Event(doc_id=article.doc_id, event_type="ASSAULT", status="asserted", source=source,
                 evidence=Evidence(sentence=sentence, start=0, end=len(sentence), trigger="shelled",
                                   trigger_start=start),
                 location=place, date=DateValue(date=day), quad_class=4, doc_hash=article.hash)  # fmt: skip


def douma_article(doc_id: str, text: str, *, source: str, day: date) -> tuple[Article, list[Event]]:
    article = Article(doc_id=doc_id, text=text, published=day, source=source)
    place = Place(text="Douma", name="Douma", lat=33.57, lon=36.40, country="SYR", precision="place")
    actor = Actor(text="Regime forces", actor_id="SYR-MIL", country="SYR", sector="MIL")
    return article, [stored_event(article, start=text.index("shelled"), source=actor, place=place, day=day)]


def test_merge_store_merged_events_count_mentions_sources_articles(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        store.add_document(
            *douma_article("a", "Regime forces shelled Douma.", source="AFP", day=date(2018, 4, 7))
        )
        store.add_document(
            *douma_article("b", "Regime forces shelled Douma again.", source="AFP", day=date(2018, 4, 8))
        )
        assert len(store.merged_events()) == 2  # not merged yet: every mention stands alone
        assert store.merge() == 1
        assert store.merge() == 1  # idempotent
        (event,) = store.merged_events()
        assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (2, 2, 1)
        assert event["first_reported"] == "2018-04-07"
        assert sorted(event["mention_ids"]) == sorted(r["event_id"] for r in store.events())
        store.add_document(
            *douma_article(
                "c", "Regime forces shelled Douma, Reuters says.", source="Reuters", day=date(2018, 4, 9)
            )
        )
        store.merge()
        (event,) = store.merged_events(EventFilter(doc_id="c"))  # any mention matching selects the event
        assert (event["num_mentions"], event["num_sources"]) == (3, 2)
        assert len(store.events()) == 3  # the mentions are untouched


def test_merge_store_without_clusters_table_reads_every_mention_alone(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add_document(
            *douma_article("a", "Regime forces shelled Douma.", source="AFP", day=date(2018, 4, 7))
        )
        store._conn.execute("DROP TABLE clusters")
    with Store(path, read_only=True) as store:
        (event,) = store.merged_events()
        assert event["num_mentions"] == 1 and event["mention_ids"] == [event["event_id"]]


# ------------------------------------------------------------------ the labelled pairs


def test_merge_labelled_pairs_meet_the_floors():
    """Floors a little under today's figures on the stored records (the rules alone: pairs.jsonl: P 0.94,
    R 0.73; dev2.jsonl: P 0.81, R 0.64; dev3.jsonl: P 0.77, R 0.73; held-out set: P 0.62, R 0.89). The issue's
    targets are P >= 0.90 and R >= 0.70; see README "Counting events, not reports". Issue 6 (word families, status kinds, summaries, named strangers,
    country-only actors, two-day statements) lifted dev2 from P 0.54 R 0.45 and the held-out set from P 0.60
    R 0.67; its third round (one article and one word, ongoing activities, steps of one mode) lifted dev3, labelled
    before it, from P 0.35 R 0.45; the fourth (places named as actors, patrons, opposite roles, symmetric
    statements) lifted dev3 from P 0.65 R 0.39 (and, on today's records, dev2 from P 0.77 R 0.39); the fifth
    (campaigns and their parts, groups told apart, gatherings, a toll names its strike) lifted dev3 from P 0.75
    R 0.45 and dev2 from P 0.78 R 0.55; the sixth (a campaign's toll, recalled events in reported speech, plans a
    season apart, a campaign's dated fighting, parts in its time) lifted stored dev3 from P 0.77 R 0.73 to P 0.89
    R 0.76 and stored dev2 from P 0.81 to P 0.84."""
    dev = evaluate("merge", PAIRS, records="stored")
    assert dev.counts["pairs"] >= 60 and dev.counts["same"] >= 20
    assert dev.metrics["precision"] >= 0.92 and dev.metrics["recall"] >= 0.65, dev.notes
    dev2 = evaluate("merge", DEV2, records="stored")
    assert dev2.counts["pairs"] >= 80 and dev2.counts["same"] >= 30
    assert dev2.metrics["precision"] >= 0.82 and dev2.metrics["recall"] >= 0.60, dev2.notes
    dev3 = evaluate("merge", DEV3, records="stored")
    assert dev3.counts["pairs"] >= 100 and dev3.counts["same"] >= 25
    assert dev3.metrics["precision"] >= 0.86 and dev3.metrics["recall"] >= 0.72, dev3.notes
    held_out = evaluate("merge", HELD_OUT, records="stored")
    assert held_out.counts["pairs"] >= 40
    assert held_out.metrics["precision"] >= 0.59 and held_out.metrics["recall"] >= 0.85, held_out.metrics


def test_merge_labelled_pairs_are_well_formed():
    seen = set()
    from sitrep.eval.merge import load_pairs

    files = (PAIRS, DEV2, DEV3, HELD_OUT)
    pairs = [pair for path in files for pair in load_pairs(path)]  # sentences from the shared corpus
    for pair in pairs:
        key = tuple(sorted((m["doc"], m["trigger_start"], m["event_type"]) for m in (pair["a"], pair["b"])))
        assert key not in seen and pair["why"].strip()
        seen.add(key)
        for side in (pair["a"], pair["b"]):
            sentence = side["record"]["evidence"]["sentence"]
            assert side["trigger"] == side["record"]["evidence"]["trigger"] and side["trigger"] in sentence
            assert (
                sentence.find(side["trigger"]) + side["record"]["evidence"]["start"] <= side["trigger_start"]
            )


def test_merge_pair_files_hold_no_corpus_sentences():
    """The corpus stays in ../shared: the pair files keep offsets, not the articles' sentences."""
    for path in (PAIRS, DEV2, DEV3, HELD_OUT):
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line)
            assert all(pair[side]["record"]["evidence"]["sentence"] == "" for side in ("a", "b"))


def test_merge_eval_rejects_a_malformed_pair_file(tmp_path):
    bad = tmp_path / "pairs.jsonl"
    bad.write_text(json.dumps({"a": {"doc": "x"}, "b": {}, "same": True}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="pairs.jsonl:1"):
        evaluate("merge", bad, records="stored")


# ------------------------------------------------------------------ issue 6: word families, statuses, summaries


def test_merge_word_families_join_synonyms_and_campaigns_but_not_two_acts():
    def kin(x: str, y: str) -> int:
        return act_kinship(mention("a", trigger=x), mention("b", trigger=y))

    assert stem("seized") == stem("seize") == stem("seizing") and stem("attacks") == stem("attacked")
    assert kin("withdrawal", "withdraw") == 2  # one word: counted as an agreement
    assert kin("captured", "seized") == 1 and kin("pull", "withdrawal") == 1  # one family: a gate only
    assert kin("offensive", "overrun") == 1 and kin("shelling", "incursion") == 1  # the whole campaign
    assert kin("attacked", "shelled") == 0 and kin("captured", "killed") == 0 and kin("attack", "") == 0


def test_merge_family_words_let_the_rest_agree_without_counting_themselves():
    turkey = {"text": "Turkey", "actor_id": "TUR", "country": "TUR"}
    afrin = {"text": "Afrin", "name": "Afrin", "country": "SYR"}
    a = mention("a", doc="d1", source=turkey, target=afrin, trigger="offensive", sentence="x")
    b = mention(
        "b", doc="d2", source=turkey, target=afrin, trigger="overran", sentence="y", precision="publication"
    )
    assert same_event(a, b, settings=SETTINGS)  # source + target, the act a gate
    assert not same_event(a, {**b, "target": None}, settings=SETTINGS)  # source alone: 1 agreement


def test_merge_word_family_loader_checks_every_row(tmp_path):
    assert load_word_families()[stem("seized")].family == "capture"
    bad = tmp_path / "families.csv"
    bad.write_text("word,family,role\nseize,capture,act\nseized,detain,act\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="already in family"):
        load_word_families(bad)
    bad.write_text("word,family,role\nseize,capture,sometimes\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="role"):
        load_word_families(bad)
    bad.write_text("word,family,role\ntake over,capture,act\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="single words"):
        load_word_families(bad)


def test_merge_statuses_speculation_merges_with_nothing_and_a_plan_with_its_threat():
    def ok(x: str, y: str) -> bool:
        return statuses_compatible({"status": x}, {"status": y})

    assert ok("asserted", "denied") and ok("planned", "conditional") and ok("negated", "planned")
    assert not ok("asserted", "planned") and not ok("conditional", "negated")
    assert not ok("hypothetical", "hypothetical") and not ok("hypothetical", "planned")
    a = mention("a", doc="d1", source=SYR_MIL, location=DOUMA, status="hypothetical")
    assert same_event(a, a, settings=SETTINGS)  # a mention is still itself
    assert not same_event(a, {**a, "event_id": "b", "doc_id": "d2"}, settings=SETTINGS)


def test_merge_a_summary_of_years_is_not_one_of_its_events():
    sdf = {"text": "the SDF", "actor_id": "SDF", "country": "SYR", "sector": "REB"}
    years = {**mention("a", doc="d1", source=sdf, trigger="captured", when="2016-02-14", precision="year",
                       sentence="Hundreds were captured by the SDF over three years."), "date_end": "2019-02-14"}  # fmt: skip
    one = mention("b", doc="d2", source=sdf, trigger="captured", when="2018-02-08", location=SYRIA,
                  sentence="Two militants were captured by the SDF.")  # fmt: skip
    assert not same_event(years, one, settings=SETTINGS)
    named = {**one, "evidence": {**one["evidence"], "sentence": "They captured Alexanda Kotey."}}
    years["evidence"]["sentence"] = "Those captured by the SDF over three years include Alexanda Kotey."
    assert same_event(years, named, settings=SETTINGS)  # the summary names that one


def test_merge_an_unknown_named_doer_is_only_itself():
    person = {"text": "Jumah Hamdi Hamdan"}
    isis = {"text": "Isis", "actor_id": "ISIS", "sector": "REB"}
    a = mention("a", doc="d1", event_type="RETREAT", source=person, location=DOUMA, trigger="retreated")
    b = mention("b", doc="d2", event_type="RETREAT", source=isis, location=DOUMA, trigger="retreated")
    assert not same_event(a, b, settings=SETTINGS)
    again = {**b, "source": {"text": "Hamdan"}}
    assert same_event(a, again, settings=SETTINGS)
    kurds = {**a, "source": {"text": "Kurds"}}  # a people, not a name: conflicts with nothing
    assert same_event(kurds, b, settings=SETTINGS)


def test_merge_an_actor_coded_only_by_country_agrees_by_name_and_conflicts_with_none():
    afrin = {"text": "Afrin", "name": "Afrin", "country": "SYR"}
    ypg = {"text": "the YPG", "name": "YPG", "actor_id": "YPG", "country": "SYR", "sector": "REB"}
    a = mention("a", doc="d1", source=SYR_MIL, target=afrin, location=DOUMA, sentence="x")
    b = mention("b", doc="d2", source=SYR_MIL, target=ypg, location=DOUMA, sentence="y")
    assert same_event(a, b, settings=SETTINGS)  # no conflict: "Afrin" may stand for the YPG
    turkish = {"text": "Turkish", "actor_id": "TUR", "country": "TUR"}
    assert not same_event(a, {**b, "target": turkish}, settings=SETTINGS)


def test_merge_publication_dated_statements_reach_back_two_days():
    said = mention("a", doc="d1", event_type="ACCUSE", source=SYR_GOV, trigger="accused", quad_class=3,
                   when="2018-12-12", precision="publication", sentence="Damascus accused Ankara.")  # fmt: skip
    later = {**said, "event_id": "b", "doc_id": "d2", "date": "2018-12-25"}
    assert not same_event(said, later, settings=SETTINGS)  # 13 days: two statements
    assert same_event(said, {**later, "date": "2018-12-18"}, settings=SETTINGS)


# ------------------------------------------------------------------ issue 6, round 3: dev3 rules


def test_merge_one_article_and_one_act_word_alone_are_not_one_event():
    """Within one article the same event word ("detained" twice) with nothing else agreeing is two events."""
    a = mention("a", doc="d1", trigger="detained", when="2017-11-21", precision="publication",
                sentence="One man told me about his uncle, who had been detained.")  # fmt: skip
    b = {**a, "event_id": "b", "evidence": {**a["evidence"], "sentence": "He had been detained for months."}}
    assert not same_event(a, b, settings=SETTINGS)
    turkey = {"text": "Turkey", "actor_id": "TUR", "country": "TUR"}
    assert same_event(
        {**a, "source": turkey}, {**b, "source": turkey}, settings=SETTINGS
    )  # source + word + article


def test_merge_an_ongoing_activity_merges_with_nothing_unless_a_day_is_given():
    kurds = {"text": "Kurdish forces", "actor_id": "SYR-KRD", "country": "SYR", "sector": "REB"}
    a = mention("a", doc="d1", source=kurds, target=SYR_MIL, trigger="fighting", precision="publication",
                sentence="Kurdish forces are fighting the regime near Hajin.")  # fmt: skip
    b = {**a, "event_id": "b", "doc_id": "d2", "evidence": {**a["evidence"], "trigger": "fight"}}
    assert not same_event(a, b, settings=SETTINGS)  # "fighting Isis" is no single occurrence
    assert not same_event(
        {**a, "evidence": {**a["evidence"], "trigger": "fighting it out"}}, b, settings=SETTINGS
    )
    day_a, day_b = {**a, "date_precision": "day"}, {**b, "date_precision": "day"}
    assert same_event(day_a, day_b, settings=SETTINGS)  # a battle fought on one day is one


def test_merge_one_mode_with_words_of_two_families_is_two_steps():
    """The words "jailed" and "detained" (mode arrest) are two steps: the mode lets the rest agree, it is not counted;
    "killed" names what a chemical attack cost and agrees with it."""

    def kin(x: str, y: str, mode: str) -> int:
        return mode_kinship(mention("a", trigger=x, mode=mode), mention("b", trigger=y, mode=mode))

    assert kin("jailed", "detained", "arrest") == 1 and kin("prosecute", "jailed", "arrest") == 1
    assert kin("surrender", "retreated", "withdraw") == 1
    assert kin("detained", "arrested", "arrest") == 2 and kin("pull", "withdrawal", "withdraw") == 2
    assert (
        kin("killed", "attack", "unconventional") == 2
        and kin("fired", "missile strike", "heavy-weapons") == 2
    )
    assert kin("detained", "blockade", "arrest") == 2  # a word no family lists: the mode decides
    britain = {"text": "Britain", "actor_id": "GBR", "country": "GBR"}
    a = mention("a", doc="d1", source=britain, trigger="jailed", mode="arrest", when=None)
    b = mention("b", doc="d2", source=britain, trigger="detained", mode="arrest", when=None)
    assert not same_event(a, b, settings=SETTINGS)  # source alone
    assert same_event(a, {**b, "evidence": {**b["evidence"], "trigger": "imprisoned"}}, settings=SETTINGS)


def test_merge_refresh_records_swaps_in_todays_record_for_the_same_mention():
    from sitrep.eval.merge import refresh_records

    old = mention("old", doc="d1", trigger="attacked", sentence="Regime forces attacked the town.")
    pair = {"a": {"doc": "d1", "trigger_start": 14, "event_type": "ASSAULT", "record": old},
            "b": {"doc": "d2", "trigger_start": 0, "event_type": "ASSAULT", "record": old}}  # fmt: skip
    today = {**old, "event_id": "new", "source": SYR_MIL}  # trigger at 0 + 14 in d1
    other = {**today, "event_type": "COERCE"}  # another type at the same offset is another mention
    assert refresh_records([pair], [today, other]) == 1
    assert pair["a"]["record"]["event_id"] == "new" and pair["b"]["record"]["event_id"] == "old"


# ------------------------------------------------------------------ places as actors, patrons, opposite roles


def test_merge_place_named_as_actor_is_a_place_not_a_conflicting_party():
    """A target that only names the mentions' place ("withdraw troops from Syria"), often coded as that
    country's state, is a place: it that only names the mentions' place (often coded as that
    conflicts with no other target; the same place name still agrees."""
    trump = {"text": "Donald Trump", "actor_id": "USA-GOV", "country": "USA", "sector": "GOV"}
    troops = {"text": "US troops", "actor_id": "USA-MIL", "country": "USA", "sector": "MIL"}
    syria = {"text": "Syria", "actor_id": "SYR", "country": "SYR"}
    kw = {"event_type": "RETREAT", "source": trump, "location": SYRIA, "trigger": "withdraw",
          "mode": "withdraw"}  # fmt: skip
    a = mention("a", doc="d1", target=troops, sentence="The decision to withdraw US troops was sudden.", **kw)
    b = mention("b", doc="d2", target=syria, when="2018-04-08", precision="publication",
                sentence="He resigned over the decision to withdraw from Syria.", **kw)  # fmt: skip
    assert same_event(a, b, settings=SETTINGS)
    rebels = mention("c", doc="d2", target=SYR_REB, when="2018-04-08", precision="publication",
                     sentence="He resigned over the decision to withdraw from the rebels.", **kw)  # fmt: skip
    assert not same_event(rebels, {**b, "target": troops}, settings=SETTINGS)  # two parties still conflict


def test_merge_town_named_as_actor_agrees_only_with_its_own_name():
    """A target "Manchester" coded as Britain ("arrested Robinson at Manchester airport") is the place, so it
    does not agree with "a former British soldier" (a person of that country) but does with "Manchester"."""
    soldier = {"text": "A former British army soldier", "actor_id": "GBR-ELI", "country": "GBR",
               "sector": "ELI"}  # fmt: skip
    town = {"text": "Manchester", "actor_id": "GBR", "country": "GBR"}
    manchester = {"text": "Manchester", "name": "Manchester", "lat": 53.48, "lon": -2.24, "country": "GBR",
                  "precision": "place"}  # fmt: skip
    kw = {"event_type": "COERCE", "trigger": "arrested", "mode": "arrest", "when": None}
    a = mention("a", doc="d1", target=soldier, sentence="A former British soldier was arrested.", **kw)
    b = mention("b", doc="d1", target=town, location=manchester, sentence="Police arrested him there.", **kw)
    assert not same_event(a, b, settings=SETTINGS)  # the act and one article alone
    c = mention("c", doc="d1", target={**town, "text": "the city of Manchester"}, location=manchester,
                sentence="Police arrested him in the city.", **kw)  # fmt: skip
    assert same_event(b, c, settings=SETTINGS)


def test_merge_two_actors_of_one_patron_are_not_one_doer():
    """The US-backed SDF and the US-led coalition are two dictionary actors: a common patron does not make them
    one; two phrases the dictionary cannot tell apart ("Turkish-backed rebels", "Turkish-backed forces") can be."""
    sdf = {"text": "the SDF", "actor_id": "SDF", "country": "SYR", "sector": "REB", "sponsor": "USA"}
    coalition = {"text": "the coalition", "actor_id": "COALITION", "sector": "MIL", "led_by": "USA"}
    kw = {"location": DOUMA, "trigger": "airstrike", "sentence": "An airstrike hit the town."}
    assert not same_event(mention("a", doc="d1", source=sdf, **kw), mention("b", doc="d2", source=coalition, **kw),
                          settings=SETTINGS)  # fmt: skip
    backed = {"text": "Turkish-backed rebels", "sector": "REB", "sponsor": "TUR"}
    forces = {"text": "Turkish-backed forces", "sector": "REB", "sponsor": "TUR"}
    assert same_event(mention("a", doc="d1", source=backed, **kw), mention("b", doc="d2", source=forces, **kw),
                      settings=SETTINGS)  # fmt: skip
    assert same_event(mention("a", doc="d1", source=sdf, **kw),
                      mention("b", doc="d2", source={"text": "the US", "actor_id": "USA", "country": "USA"}, **kw),
                      settings=SETTINGS)  # fmt: skip  # the patron itself


def test_merge_name_in_opposite_roles_is_no_shared_name():
    """Shelling from Kilis and shelling of Kilis in response: the town is the source's in one mention and the
    target's in the other, so it is not a name the two share; a source phrase that names the event itself
    ("the Kilis bombardment") is no party and keeps the name."""
    kw = {"mode": "heavy-weapons", "when": "2018-01-21", "precision": "publication"}
    a = mention("a", doc="d1", source={"text": "Turkey’s border province of Kilis"}, trigger="bombardment",
                sentence="Fighting went on amid bombardment from the province of Kilis.", **kw)  # fmt: skip
    b = mention("b", doc="d2", source={"text": "Kurdish militias", "sector": "UAF"},
                target={"text": "the Turkish province of Kilis", "country": "TUR"}, trigger="shelled",
                sentence="Kurdish militias shelled the Turkish province of Kilis.", **kw)  # fmt: skip
    assert not same_event(a, b, settings=SETTINGS)
    event = {**a, "source": {"text": "the Kilis bombardment"}, "evidence": {**a["evidence"], "sentence":
             "Officials condemned the Kilis bombardment by the rebels."}}  # fmt: skip
    assert same_event(event, b, settings=SETTINGS)


def test_merge_eval_scores_stored_records_without_a_model_and_rejects_unknown_choices():
    stored = evaluate("merge", PAIRS, records="stored")
    assert stored.counts["refreshed_mentions"] == 0 and stored.counts["pairs"] >= 60
    with pytest.raises(GoldFileError, match="records must be one of"):
        evaluate("merge", PAIRS, records="yesterday")


def test_merge_pair_test_is_symmetric_when_only_one_mention_is_a_statement():
    """A negated act coded with a verbal quad class ("did not address Trump's decision to withdraw") and the
    act itself: the statement rule (publication dates reach back two days) applies only when both are
    statements, so the decision recalled weeks later merges whichever mention comes first."""
    trump = {"text": "Trump’s", "actor_id": "USA-GOV", "country": "USA", "sector": "GOV"}
    kw = {"event_type": "RETREAT", "source": trump, "trigger": "withdraw", "mode": "withdraw",
          "precision": "publication"}  # fmt: skip
    act = mention("a", doc="d1", quad_class=2, when="2018-12-21", **kw)
    recalled = mention("b", doc="d2", quad_class=3, when="2019-01-10", **kw)
    assert same_event(act, recalled, settings=SETTINGS) and same_event(recalled, act, settings=SETTINGS)
    said = mention("c", doc="d3", quad_class=3, when="2018-12-21", **kw)
    assert not same_event(said, recalled, settings=SETTINGS)  # two statements three weeks apart


RAQQA = {"text": "Raqqa", "name": "Raqqa", "lat": 35.95, "lon": 39.01, "country": "SYR", "precision": "place"}


def test_merge_a_sentence_naming_a_campaign_lets_any_act_of_it_count():
    """ "advanced" and "wrested" are no one family; a sentence naming the offensive makes them parts of it."""
    advanced = mention("a", trigger="advanced", sentence="Iraqi forces advanced on Mosul.")
    wrested = mention("b", trigger="wrested", sentence="Militias wrested back control of Mosul.")
    assert act_kinship(advanced, wrested) == 0
    during = {
        **advanced,
        "evidence": {**advanced["evidence"], "sentence": "Iraqi forces advanced on Mosul in the offensive."},
    }
    assert act_kinship(during, wrested) == 1
    assert (
        act_kinship({**during, "status": "planned"}, wrested) == 0
    )  # a threatened offensive has no parts yet
    assert (
        act_kinship({**during, "quad_class": 1}, wrested) == 0
    )  # only material conflict is fought in campaigns


def test_merge_a_campaign_and_an_act_of_its_kind_in_its_town_are_one_event():
    """A dated offensive on Raqqa and shelling in Raqqa: its part; an offensive dated only by the article's
    publication ("an operation is near") may be another one."""
    offensive = mention(
        "a", doc="d1", source=SYR_MIL, location=RAQQA, when="2017-06-06", trigger="offensive",
        sentence="Regime forces launched an offensive on the city on 6 June.",
    )  # fmt: skip
    shelled = mention(
        "b", doc="d2", location=RAQQA, when="2017-06-20", precision="publication", trigger="shelled",
        sentence="Houses were shelled, residents said.",
    )  # fmt: skip
    assert same_event(offensive, shelled, settings=SETTINGS)
    undated = {**offensive, "date": "2017-06-25", "date_precision": "publication"}
    assert not same_event(undated, shelled, settings=SETTINGS)
    elsewhere = {**shelled, "location": ALEPPO}
    assert not same_event(offensive, elsewhere, settings=SETTINGS)


def test_merge_a_campaign_sentence_naming_the_others_town_is_its_place():
    """The campaign's place is only in its sentence ("the battle to liberate Raqqa", geocoded to the country):
    a capture in the town it names is its part; a vague month is no campaign's length."""
    battle = mention(
        "a", doc="d1", location=SYRIA, when="2017-06-01", trigger="incursions",
        sentence="The battle to liberate Raqqa began with incursions into the city.",
    )  # fmt: skip
    liberated = mention(
        "b", doc="d2", location=RAQQA, when="2017-10-24", precision="publication", trigger="liberated",
        sentence="He died a week after Raqqa was liberated.",
    )  # fmt: skip
    assert same_event(battle, liberated, settings=SETTINGS)
    assert not same_event(battle, {**liberated, "location": SYRIA}, settings=SETTINGS)


def test_merge_groups_told_apart_by_patron_or_name_are_two_doers():
    """Turkish-backed rebels are not the US-backed SDF, nor the SDF HTS; generic "rebels" may be either."""
    turkish_backed = {"text": "Turkish-backed rebels", "actor_id": "SYR-REB", "country": "SYR", "sector": "REB",
                      "sponsor": "TUR"}  # fmt: skip
    sdf = {"text": "the SDF", "actor_id": "SDF", "country": "SYR", "sector": "REB", "sponsor": "USA"}
    hts = {"text": "HTS", "actor_id": "HTS", "country": "SYR", "sector": "REB"}
    a = mention("a", doc="d1", source=sdf, location=RAQQA, trigger="captured")
    for other, same in ((turkish_backed, False), ({**sdf, "text": "Kurdish-led forces"}, True), (hts, False),
                        (SYR_REB, True)):  # fmt: skip
        b = mention("b", doc="d2", source=other, location=RAQQA, trigger="captured")
        assert same_event(a, b, settings=SETTINGS) is same, other["text"]


def test_merge_participants_of_one_gathering_may_differ():
    """The UN envoy attends Sochi, the opposition stays away: one congress; two bilateral meetings ("met") of
    different people in one town stay two."""
    sochi = {
        "text": "Sochi",
        "name": "Sochi",
        "lat": 43.6,
        "lon": 39.72,
        "country": "RUS",
        "precision": "place",
    }
    envoy = {"text": "De Mistura", "actor_id": "UNO-IGO", "country": "UNO", "sector": "IGO"}
    opposition = {"text": "The Syrian opposition", "actor_id": "SYR-OPP", "country": "SYR", "sector": "OPP"}
    kw = {"event_type": "CONSULT", "quad_class": 1, "location": sochi, "precision": "publication"}
    a = mention(
        "a",
        doc="d1",
        source=envoy,
        status="planned",
        trigger="attend",
        sentence="De Mistura will attend.",
        **kw,
    )
    b = mention("b", doc="d2", source=opposition, status="negated", trigger="attending",
                sentence="The opposition ruled out attending.", **kw)  # fmt: skip
    assert same_event(a, b, settings=SETTINGS)
    met_a = {**a, "status": "asserted", "evidence": {**a["evidence"], "trigger": "met"}}
    met_b = {**b, "status": "asserted", "evidence": {**b["evidence"], "trigger": "met"}}
    assert not same_event(met_a, met_b, settings=SETTINGS)


def test_merge_a_toll_names_a_strike_but_not_a_capture():
    killed = mention("a", trigger="killed")
    assert act_kinship(killed, mention("b", trigger="counterattack")) == 1
    assert act_kinship(killed, mention("c", trigger="shelling")) == 1
    assert act_kinship(killed, mention("d", trigger="captured")) == 0
