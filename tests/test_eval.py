"""The evaluation harness: gold-file loaders on tiny hand-written files (right shape parses, wrong shape is a clear
GoldFileError), metric functions on hand-made predictions (expected values worked out by hand in the comments), the
events scorer against shared/tools/score_events.py, and `sitrep eval` through the real command.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_file
from sitrep.errors import DictionaryError, GoldFileError
from sitrep.eval import cameo, case2021, events, plover, wikievents
from sitrep.eval.common import (
    accuracy,
    canonical_country,
    macro_f1,
    micro_f1,
    phoenix_actor,
    set_tally,
)
from sitrep.records import Actor, Event, Evidence


def make_event(
    event_type: str,
    *,
    confidence: float = 0.5,
    source: Actor | None = None,
    target: Actor | None = None,
    mode: str | None = None,
    status: str = "asserted",
    sentence: str = "x",
    trigger_start: int = 0,
    cameo_code: str | None = None,
) -> Event:
    return Event(
        doc_id="d",
        event_type=event_type,
        status=status,
        mode=mode,
        source=source,
        target=target,
        confidence=confidence,
        cameo=cameo_code,
        evidence=Evidence(
            sentence=sentence, start=0, end=len(sentence), trigger="t", trigger_start=trigger_start
        ),
    )


# --- metrics ----------------------------------------------------------------------------------------------------


def test_eval_set_tally_f1_of_known_sets():
    tally = set_tally({"a", "b", "c"}, {"b", "c", "d"})
    assert (tally.tp, tally.fp, tally.fn) == (2, 1, 1)
    assert tally.f1 == pytest.approx(4 / 6)  # 2·2 / (2·2 + 1 + 1)
    assert set_tally(set(), set()).f1 == 0.0


def test_eval_micro_macro_f1_and_accuracy_by_hand():
    gold = ["A", "A", "B", "C"]
    predicted = ["A", "B", "B", None]
    # A: tp 1, fn 1 → F1 2/3; B: tp 1, fp 1 → 2/3; C: fn 1 → 0.  micro: tp 2, fp 1, fn 2 → 4/7
    assert micro_f1(gold, predicted) == pytest.approx(4 / 7)
    assert macro_f1(gold, predicted) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert accuracy(gold, predicted) == 0.5


def test_eval_actor_codes_put_both_sides_on_one_footing():
    assert phoenix_actor("USAGOV") == ("USA", "GOV")
    assert phoenix_actor("---REB") == (None, "REB")
    assert phoenix_actor("IGOUNOMIL") == ("IGO", "MIL")
    assert phoenix_actor("PSEGZACVL") == ("PSE", "CVL")
    assert phoenix_actor("MED") == (None, "JRN")
    assert canonical_country("JAP") == "JPN"
    assert canonical_country("UNO") == canonical_country("IGO") == "IGO"
    assert canonical_country("---") is None and canonical_country(None) is None


# --- plover -----------------------------------------------------------------------------------------------------

PLOVER_RECORDS = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "documentation"},
    {
        "id": "R-1",
        "event": "DEMAND",
        "text": "Greece demanded that the UN act.",
        "source": [{"actorText": "Greece", "code": "GRC"}],
        "target": [{"actorText": "UN", "code": "IGO"}],
    },
    {
        "id": "R-2",
        "event": "FIGHT",
        "text": "Chinese troops fought Japanese troops.",
        "source": [{"actorText": "Chinese", "code": "CHN"}],
        "target": [{"actorText": "Japanese", "code": "JAP"}],
    },
    {
        "id": "R-3",
        "event": "CRIME",
        "text": "Gangs robbed a bank.",
        "source": None,
        "target": "",
        "comment": "a type with no current PLOVER name",
    },
]


def test_eval_plover_loader_maps_old_names_and_codes(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(PLOVER_RECORDS), encoding="utf-8")
    items = plover.load(path)
    assert [i.item_id for i in items] == ["R-1", "R-2", "R-3"]
    assert [i.event_type for i in items] == ["REQUEST", "ASSAULT", None]
    assert items[0].targets == {"IGO"} and items[1].targets == {"JPN"}
    assert items[2].sources == frozenset() and items[2].targets == frozenset()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "x"}', "expected a JSON array"),
        ('[{"id": "x", ', "not JSON"),
        ('[{"id": "R-9", "event": "AGREE"}]', "record 1 (R-9): needs a non-empty string 'text'"),
        (
            '[{"id": "R-9", "event": "AGREE", "text": "a", "source": {"code": "USA"}}]',
            "'source' must be a list",
        ),
    ],
)
def test_eval_plover_loader_rejects_wrong_shapes(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=re.escape(message)) as info:
        plover.load(path)
    assert str(path) in str(info.value)


def test_eval_plover_scores_the_gold_type_else_the_most_confident_reading():
    accuse = make_event("ACCUSE", confidence=0.9)
    request_a = make_event("REQUEST", confidence=0.4, source=Actor("Greece", country="GRC"))
    request_b = make_event("REQUEST", confidence=0.6, source=Actor("Italy", country="ITA"))
    assert plover.scored_events([accuse, request_a, request_b], "REQUEST") == [request_a, request_b]
    assert plover.scored_events([request_a, accuse], "AGREE") == [accuse]
    assert plover.scored_events([], "AGREE") == []
    assert plover.actor_countries([request_a, request_b], "source") == {"GRC", "ITA"}


def test_eval_plover_type_reads_a_readied_attack_as_mobilize():
    # "the army prepared to resume shelling": the act planned, CAMEO's code a force posture (154)
    assert plover.plover_type(make_event("ASSAULT", status="planned", cameo_code="154")) == "MOBILIZE"
    assert plover.plover_type(make_event("ASSAULT", status="planned", cameo_code="138")) == "THREATEN"
    assert plover.plover_type(make_event("MOBILIZE", status="planned", cameo_code="154")) == "THREATEN"


# --- cameo ------------------------------------------------------------------------------------------------------

CAMEO_FILE = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a comment line with <odd> markup
<Sentences>
<Sentence category="AFP" date="20080804" id="S1" evaluate="true"/>
<!-- a comment <EventCoding eventcode="999" /> that must be ignored -->
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<EventCoding eventcode="1124" sourcecode="---REB" targetcode="IGOUNO" />
<Text>
The US leader
visited China.
</Text>
</Sentence>
<Sentence category="AFP" date="bad" id="S2" evaluate="true">
<EventCoding noevents="True" />
<Text>
</Text>
<Parse>
1	Rain	rain	NOUN	NN	_	2	nsubj	_	_
2	fell	fall	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<Sentence category="X" date="20080804" id="S3" evaluate="false"/>
<EventCoding eventcode="010" sourcecode="USA" targetcode="CHN" />
<Text>Skipped.</Text>
</Sentences>
</Validation>
<Sentence category="AFP" date="20080804" id="S1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="USA" targetcode="CHN" />
<Text>A repeated record.</Text>
"""


def test_eval_cameo_loader_reads_the_lenient_format(tmp_path):
    path = tmp_path / "v.xml"
    path.write_text(CAMEO_FILE, encoding="utf-8")
    items = cameo.load(path)
    assert [i.item_id for i in items] == ["S1", "S2"]
    first, second = items
    assert first.text == "The US leader visited China."
    assert [(c.code, c.root) for c in first.codings] == [("042", "04"), ("1124", "11")]
    assert cameo.coding_triple(first.codings[1]) == (None, "11", "IGO")
    assert second.codings == () and second.text == "Rain fell." and second.published is None


def test_eval_cameo_loader_rejects_wrong_shapes(tmp_path):
    path = tmp_path / "v.xml"
    path.write_text("<Validation><Record id='1'/></Validation>", encoding="utf-8")
    with pytest.raises(GoldFileError, match="no <Sentence"):
        cameo.load(path)
    path.write_text(
        '<Sentences>\n<Sentence id="S1"/>\n<EventCoding eventcode="X12" sourcecode="USA"/>\n<Text>t</Text>\n',
        encoding="utf-8",
    )
    with pytest.raises(GoldFileError, match=re.escape(f"{path}:2 (sentence S1): eventcode 'X12'")):
        cameo.load(path)
    path.write_text('<Sentence id="S1"/>\n<Text>t</Text>\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match="has no <EventCoding>"):
        cameo.load(path)


def test_eval_cameo_event_triple_and_missing_code():
    event = make_event(
        "ASSAULT", cameo_code="190", source=Actor("US", country="USA"), target=Actor("UN", country="UNO")
    )
    assert cameo.event_triple(event) == ("USA", "19", "IGO")
    assert cameo.event_root(make_event("AGREE")) == "--"


def _reported(
    sentence: str,
    trigger: str,
    source: Actor | None,
    speaker: Actor,
    *,
    status: str = "reported",
    code: str = "190",
) -> Event:
    event = make_event(
        "ASSAULT",
        status=status,
        cameo_code=code,
        sentence=sentence,
        source=source,
        target=Actor("Iraq", country="IRQ"),
        trigger_start=sentence.index(trigger),
    )
    event.attributed_to = speaker
    return event


def test_eval_cameo_leading_speaker_is_compared_as_the_statement():
    us, isil = Actor("The US", country="USA"), Actor("ISIL", country=None)
    accused = cameo.compared_event(_reported("The US said that ISIL had attacked Iraq", "attacked", isil, us))
    assert accused is not None and cameo.event_triple(accused) == ("USA", "11", None)
    claimed = _reported("The US claimed that they had attacked Iraq", "attacked", us, us, status="claimed")
    assert cameo.event_triple(cameo.compared_event(claimed)) == ("USA", "01", "IRQ")
    own = _reported("The US said it had attacked Iraq", "attacked", us, us)  # a party's report of its own act
    assert cameo.compared_event(own) is own
    aid = _reported("The US said that ISIL had helped Iraq", "helped", isil, us, code="070")
    assert cameo.compared_event(aid) is None  # a bare statement PETRARCH does not code


def test_eval_cameo_trailing_or_sourcing_speaker_keeps_the_act():
    us, isil = Actor("the US", country="USA"), Actor("ISIL", country=None)
    trailing = _reported("ISIL attacked Iraq, the US said", "attacked", isil, us)
    assert cameo.compared_event(trailing) is trailing
    sourcing = _reported("According to the US, ISIL attacked Iraq", "attacked", isil, us)
    assert cameo.compared_event(sourcing) is sourcing
    asserted = make_event(
        "ASSAULT", cameo_code="190", sentence="The US said ISIL attacked Iraq", trigger_start=17, source=isil
    )
    assert cameo.compared_event(asserted) is asserted
    nobody = make_event("RETREAT", cameo_code="0841", target=Actor("Adli Yaish"))
    assert cameo.compared_event(nobody) is None  # no source and no coded target: PETRARCH codes no event
    victims = make_event("ASSAULT", cameo_code="190", target=Actor("civilians", country="PSE"))
    assert cameo.compared_event(victims) is victims


# --- wikievents -------------------------------------------------------------------------------------------------


def wiki_doc(mentions: list[dict]) -> dict:
    # the second sentence's offsets start at 40 although the first one is 14 characters long: offsets drift
    return {
        "doc_id": "w1",
        "tokens": ["Rebels", "attacked", ".", "Two", "died", "."],
        "text": "Rebels attacked.Two died.",
        "sentences": [
            [[["Rebels", 0, 6], ["attacked", 7, 15], [".", 15, 16]], "Rebels attacked."],
            [[["Two", 40, 43], ["died", 44, 48], [".", 48, 49]], "Two died."],
        ],
        "entity_mentions": [],
        "relation_mentions": [],
        "event_mentions": mentions,
    }


ATTACK = {
    "id": "E1",
    "event_type": "Conflict.Attack.Unspecified",
    "trigger": {"start": 1, "end": 2, "text": "attacked"},
    "arguments": [{"role": "Attacker", "text": "Rebels"}],
}
DIE = {
    "id": "E2",
    "event_type": "Life.Die.Unspecified",
    "trigger": {"start": 4, "end": 5, "text": "died"},
    "arguments": [{"role": "Victim", "text": "Two"}],
}


def test_eval_wikievents_loader_rebuilds_text_and_offsets(tmp_path):
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(wiki_doc([ATTACK, DIE])) + "\n", encoding="utf-8")
    [doc] = wikievents.load(path)
    assert doc.text == "Rebels attacked.\nTwo died."
    assert [doc.text[t.start : t.end] for t in doc.triggers] == ["attacked", "died"]
    assert doc.triggers[0].arguments == (("Attacker", "Rebels"),)


def test_eval_wikievents_loader_rejects_wrong_shapes(tmp_path):
    path = tmp_path / "dev.jsonl"
    bad = dict(ATTACK, trigger={"start": 5, "end": 9})
    path.write_text("\n" + json.dumps(wiki_doc([bad])) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=re.escape(f"{path}:2 (w1): mention E1: trigger tokens 5..9")):
        wikievents.load(path)
    path.write_text(json.dumps({"doc_id": "w1", "sentences": "x", "event_mentions": []}), encoding="utf-8")
    with pytest.raises(GoldFileError, match="needs 'doc_id'"):
        wikievents.load(path)
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="expected a JSON object"):
        wikievents.load(path)


def test_eval_wikievents_kairos_map_conditions():
    rules = wikievents.load_kairos_map()

    def mention(kairos: str, *arguments: tuple[str, str]) -> wikievents.GoldTrigger:
        return wikievents.GoldTrigger("m", kairos, 0, 1, "x", arguments)

    assert wikievents.plover_type(mention("Conflict.Attack.DetonateExplode"), rules) == "ASSAULT"
    assert wikievents.plover_type(mention("Life.Die.Unspecified", ("Victim", "men")), rules) is None
    assert wikievents.plover_type(mention("Life.Die.Unspecified", ("Killer", "IS")), rules) == "ASSAULT"
    assert (
        wikievents.plover_type(
            mention("Movement.Transportation.Unspecified", ("Transporter", "the troops")), rules
        )
        == "MOBILIZE"
    )
    assert (
        wikievents.plover_type(
            mention("Movement.Transportation.Unspecified", ("Transporter", "tourists")), rules
        )
        is None
    )
    assert wikievents.plover_type(mention("Disaster.DiseaseOutbreak.Unspecified"), rules) is None
    # PLOVER SANCTION 'convict' covers being found guilty and sentenced
    assert wikievents.plover_type(mention("Justice.Sentence.Unspecified"), rules) == "SANCTION"
    # a rule matches whole dotted parts only
    assert wikievents.plover_type(mention("Conflict.AttackX.Unspecified"), rules) is None


def test_eval_wikievents_kairos_map_loader_validates(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("kairos_type,plover_type,roles,words,note\nConflict.Attack,FIGHT,,,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not a PLOVER type"):
        wikievents.load_kairos_map(path)


def test_eval_wikievents_scores_documents_by_hand():
    gold = {(0, 8): {"ASSAULT"}, (20, 24): set(), (30, 35): {"PROTEST"}}
    # (2, 6) lies on the ASSAULT trigger: a detection hit, a type hit and a type extra; (21, 23) lies on an
    # unscored trigger: ignored; (50, 52) lies on no trigger: a detection extra and a type extra
    predicted = {(2, 6): {"ASSAULT", "COERCE"}, (21, 23): {"ASSAULT"}, (50, 52): {"AGREE"}}
    detection, typed = wikievents.score_document(gold, predicted)
    assert (detection.tp, detection.fp, detection.fn) == (1, 1, 1)  # the PROTEST trigger is missed
    assert (typed.tp, typed.fp, typed.fn) == (1, 2, 1)


def test_eval_wikievents_types_the_map_never_yields_count_only_on_gold_triggers():
    gold = {(0, 8): {"ASSAULT"}, (30, 35): {"PROTEST"}}
    scorable = frozenset(rule.plover_type for rule in wikievents.load_kairos_map())
    assert "AGREE" not in scorable and "ASSAULT" in scorable
    # (50, 52) AGREE lies on no gold trigger and KAIROS has no agreement event: neither a hit nor an extra;
    # (60, 62) AGREE + ASSAULT: the ASSAULT is an extra; (31, 33) AGREE on the PROTEST trigger: a wrong type
    predicted = {(2, 6): {"ASSAULT"}, (50, 52): {"AGREE"}, (60, 62): {"AGREE", "ASSAULT"}, (31, 33): {"AGREE"}}
    detection, typed = wikievents.score_document(gold, predicted, scorable=scorable)
    assert (detection.tp, detection.fp, detection.fn) == (2, 1, 0)
    assert (typed.tp, typed.fp, typed.fn) == (1, 2, 1)
    detection, typed = wikievents.score_document(gold, predicted)  # without the map's types: all count
    assert (detection.tp, detection.fp, detection.fn) == (2, 2, 0)
    assert (typed.tp, typed.fp, typed.fn) == (1, 4, 1)


def test_eval_wikievents_kairos_map_follows_the_subtypes():
    rules = wikievents.load_kairos_map()

    def mention(kairos: str, *arguments: tuple[str, str]) -> wikievents.GoldTrigger:
        return wikievents.GoldTrigger("m", kairos, 0, 1, "x", arguments)

    damage = "ArtifactExistence.DamageDestroyDisableDismantle."
    assert wikievents.plover_type(mention(damage + "Destroy", ("Destroyer", "rebels")), rules) == "ASSAULT"
    assert wikievents.plover_type(mention(damage + "Damage", ("Instrument", "a bomb")), rules) == "ASSAULT"
    # police defusing a bomb or dismantling a device is no violence
    assert wikievents.plover_type(mention(damage + "DisableDefuse", ("Disabler", "police")), rules) is None
    assert wikievents.plover_type(mention(damage + "Dismantle", ("Dismantler", "the army")), rules) is None
    moved = "Movement.Transportation."
    # troops pulled out are a withdrawal; an army evacuating civilians, or smuggling fighters, no mobilization
    assert wikievents.plover_type(mention(moved + "Evacuation", ("PassengerArtifact", "the troops")), rules) == "RETREAT"
    assert wikievents.plover_type(mention(moved + "Evacuation", ("Transporter", "the army")), rules) is None
    assert wikievents.plover_type(mention(moved + "IllegalTransportation", ("PassengerArtifact", "fighters")), rules) is None
    assert wikievents.plover_type(mention(moved + "Unspecified", ("Transporter", "the army")), rules) == "MOBILIZE"


def test_eval_wikievents_event_span_is_the_trigger_head_word():
    text = "Rebels attacked, again."
    assert wikievents.event_span(make_event("ASSAULT", trigger_start=7), text) == (7, 15)


# --- case2021 ---------------------------------------------------------------------------------------------------


def test_eval_case2021_loader_with_and_without_header(tmp_path):
    path = tmp_path / "dev.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n1\tJets bombed a town\tAIR_STRIKE\n\n2\tA march\tPEACE_PROTEST\n",
        encoding="utf-8",
    )
    assert [(s.item_id, s.subtype) for s in case2021.load(path)] == [
        ("1", "AIR_STRIKE"),
        ("2", "PEACE_PROTEST"),
    ]
    path.write_text(
        '7\tHe said "no\u2028more\tARREST\r\n', encoding="utf-8"
    )  # a quote, a line separator, CRLF
    assert [(s.text, s.subtype) for s in case2021.load(path)] == [('He said "no\u2028more', "ARREST")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\ttext\tlabel\n1\tonly two columns\n", ":2: expected 3 tab-separated columns"),
        ("1\tsnippet\tAIR_STRIKE\n2\tsnippet\tair strike\n", ":2: needs a snippet and an upper-case subtype"),
        ("id\ttext\tlabel\n", "no snippets"),
    ],
)
def test_eval_case2021_loader_rejects_wrong_shapes(tmp_path, content, message):
    path = tmp_path / "dev.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=re.escape(message)):
        case2021.load(path)


def test_eval_case2021_labels_from_the_map():
    rules = case2021.load_case_map()
    jets = make_event("ASSAULT", mode="aerial", sentence="Jets bombed the town.")
    march = make_event("PROTEST", sentence="Thousands marched peacefully.")
    dispersed = make_event("PROTEST", sentence="Police dispersed the protesters.")
    clash = make_event(
        "ASSAULT",
        sentence="Soldiers fought rebels.",
        source=Actor("Soldiers", sector="MIL"),
        target=Actor("rebels", sector="REB"),
    )
    assert case2021.snippet_label([jets], rules) == "AIR_STRIKE"
    assert case2021.snippet_label([march], rules) == "PEACE_PROTEST"
    assert case2021.snippet_label([dispersed], rules) == "PROTEST_WITH_INTER"
    assert case2021.snippet_label([clash], rules) == "ARMED_CLASH"
    assert case2021.snippet_label([march, jets], rules) == "AIR_STRIKE"  # the more specific rule wins
    assert case2021.snippet_label([], rules) is None
    assert case2021.snippet_label([make_event("RETREAT", mode="resign")], rules) is None


def test_eval_case2021_map_actor_words_and_contexts():
    rules = case2021.load_case_map()
    army, rebels = Actor("the army", sector="MIL"), Actor("the rebels", sector="REB")

    def assault(
        source: Actor, target: Actor | None, *, sentence: str = "They attacked.", context=()
    ) -> Event:
        return dataclasses.replace(
            make_event("ASSAULT", source=source, target=target, sentence=sentence), context=list(context)
        )

    # an armed actor against a target named as armed is a clash; against villagers, an attack
    assert case2021.snippet_label([assault(rebels, Actor("a checkpoint"))], rules) == "ARMED_CLASH"
    assert case2021.snippet_label([assault(rebels, Actor("villagers"))], rules) == "ATTACK"
    # taking territory (PLOVER context territory): by the government's forces or by a non-state group
    assert case2021.snippet_label([assault(army, None, context=["territory"])], rules) == "GOV_REGAINS_TERIT"
    assert (
        case2021.snippet_label([assault(rebels, None, context=["territory"])], rules)
        == "NON_STATE_ACTOR_OVERTAKES_TER"
    )
    # demonstrators as the attackers
    crowd = Actor("stone-throwing protesters", sector="CVL")
    assert case2021.snippet_label([assault(crowd, Actor("police", sector="COP"))], rules) == "VIOL_DEMONSTR"


def test_eval_case2021_attribution_needs_responsibility():
    rules = case2021.load_case_map()
    bombing = make_event(
        "ASSAULT", status="claimed", sentence="The group claimed responsibility for the bombing."
    )
    heard = make_event(
        "ASSAULT", status="claimed", sentence="Residents are claiming to have heard explosions."
    )
    assert case2021.snippet_label([bombing], rules) == "ATTRIB"
    assert case2021.snippet_label([heard], rules) == "ATTACK"


def test_eval_case2021_month_march_is_no_protest_march():
    assert case2021.sentence_words("They have bombed rebels since the end of March.") == (
        "they have bombed rebels since the end of <month>."
    )
    assert "<month>" in case2021.sentence_words("On March 5 the army attacked; on 5 March it left")
    assert case2021.sentence_words("Thousands march on the capital") == "thousands march on the capital"
    rules = case2021.load_case_map()
    army = Actor("the coalition", sector="MIL")
    bombing = make_event("ASSAULT", source=army, sentence="The coalition has bombed the town since March.")
    assert case2021.snippet_label([bombing], rules) == "ATTACK"
    rally = make_event("ASSAULT", source=army, sentence="The army attacked a march in the town.")
    assert case2021.snippet_label([rally], rules) == "FORCE_AGAINST_PROTEST"


def test_eval_case2021_protesters_killed_and_smugglers_caught():
    rules = case2021.load_case_map()
    killed = make_event("ASSAULT", sentence="Four protesters died from gunfire during a demonstration.")
    assert case2021.snippet_label([killed], rules) == "FORCE_AGAINST_PROTEST"
    crowd = Actor("protesters", sector="CVL")
    attackers = make_event("ASSAULT", source=crowd, sentence="Protesters killed a policeman.")
    assert case2021.snippet_label([attackers], rules) == "VIOL_DEMONSTR"
    caught = make_event("ASSAULT", sentence="Seven men were captured while trying to smuggle migrants.")
    assert case2021.snippet_label([caught], rules) == "ORG_CRIME"
    town = make_event("ASSAULT", sentence="Gunmen captured the town.")
    assert case2021.snippet_label([town], rules) != "ORG_CRIME"


def test_eval_case2021_word_groups_must_all_occur():
    pattern = case2021._word_pattern("captur|seiz & withdr|pulled out")
    assert pattern is not None
    assert pattern.search("rebels seized the town after the army withdrew")
    assert pattern.search("the army pulled out and rebels captured the town")  # in any order
    assert not pattern.search("rebels seized the town")
    assert not pattern.search("the army withdrew")


def test_eval_case2021_acled_strategic_developments():
    rules = case2021.load_case_map()
    army, rebels = Actor("the army", sector="MIL"), Actor("the rebels", sector="REB")
    left = make_event("RETREAT", mode="withdraw", source=army, sentence="The army withdrew from the base.")
    gone = "The army withdrew, leaving it in the hands of rebels."
    handed = make_event("RETREAT", mode="withdraw", source=army, sentence=gone)
    taken = make_event(
        "ASSAULT", source=rebels, sentence="Rebels seized the town after the army pulled out of it."
    )
    looted = make_event("PROTEST", mode="riot", sentence="Dozens of shops were looted overnight.")
    rioted = make_event("PROTEST", mode="riot", sentence="Protesters looted shops after the rally.")
    surrendered = make_event("RETREAT", mode="withdraw", source=rebels, sentence="The rebels surrendered.")
    # a withdrawal alone changes a group's activity; a place given up to another is a non-violent transfer
    assert case2021.snippet_label([left], rules) == "CHANGE_TO_GROUP_ACT"
    assert case2021.snippet_label([handed], rules) == "NON_VIOL_TERRIT_TRANSFER"
    assert case2021.snippet_label([taken], rules) == "NON_VIOL_TERRIT_TRANSFER"
    # looting with no demonstration named is property destruction; by protesters, a violent demonstration
    assert case2021.snippet_label([looted], rules) == "PROPERTY_DISTRUCT"
    assert case2021.snippet_label([rioted], rules) == "VIOL_DEMONSTR"
    assert case2021.snippet_label([surrendered], rules) == "AGREEMENT"


def test_eval_case2021_unhappened_violence_is_no_attack():
    rules = case2021.load_case_map()
    planned = make_event("ASSAULT", status="hypothetical", sentence="They fear a possible attack.")
    assert case2021.snippet_label([planned], rules) is None
    assert case2021.snippet_label([make_event("ASSAULT", sentence="They attacked.")], rules) == "ATTACK"


def test_eval_case2021_map_rejects_unknown_context(tmp_path):
    path = tmp_path / "map.csv"
    header = "subtype,event_type,modes,source_sectors,target_sectors,statuses,words,contexts,note\n"
    path.write_text(header + "GOV_REGAINS_TERIT,ASSAULT,,,,,,turf,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not PLOVER contexts"):
        case2021.load_case_map(path)


def test_eval_case2021_map_loader_validates(tmp_path):
    path = tmp_path / "map.csv"
    header = "subtype,event_type,modes,source_sectors,target_sectors,statuses,words,note\n"
    path.write_text(header + "AIR_STRIKE,ASSAULT,bombing,,,,,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not all PLOVER modes"):
        case2021.load_case_map(path)
    path.write_text(header + "AIR_STRIKE,ASSAULT,aerial,,,rumoured,,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not sitrep statuses"):
        case2021.load_case_map(path)


# --- events: the same numbers as shared/tools/score_events.py ---------------------------------------------------

SUMMARY = re.compile(
    r"found (\d+)/(\d+) .*; fully right (\d+)/\d+ .*of found: status (\d+), place (\d+), date (\d+); "
    r"precision>=[\d.]+ \((\d+)/(\d+) extracted\)"
)


def reference_score(gold: Path, extracted: Path) -> tuple[int, ...]:
    script = shared_file("..", "tools", "score_events.py")
    result = subprocess.run(
        [sys.executable, str(script), str(gold), str(extracted)], capture_output=True, text=True, timeout=60
    )
    match = SUMMARY.search(result.stdout)
    assert match, result.stdout + result.stderr
    return tuple(int(g) for g in match.groups())


def our_score(gold: Path, extracted: Path) -> tuple[int, ...]:
    records = [
        json.loads(line) for line in extracted.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    s = events.score_records(events.load(gold), records)
    return s.found, s.gold, s.right, s.status, s.place, s.date, s.matched, s.extracted


def record(
    doc: str,
    event_type: str,
    source: dict | None,
    target: dict | None = None,
    *,
    status: str = "asserted",
    when: str | None = "2018-09-07",
    location: dict | None = None,
) -> dict:
    return {
        "doc_id": doc,
        "event_type": event_type,
        "source": source,
        "target": target,
        "status": status,
        "date": when,
        "date_end": None,
        "location": location,
    }


def test_eval_events_scorer_equals_score_events_on_hand_made_files(tmp_path):
    gold = [
        {
            "doc": "a",
            "id": "a1",
            "type": ["ASSAULT"],
            "source": ["USA"],
            "target": ["ISIS"],
            "status": ["asserted"],
            "place": {"name": "Raqqa", "lat": 35.95, "lon": 39.01, "km": 50},
            "date": ["2018-09-01", "2018-09-07"],
        },
        {
            "doc": "a",
            "id": "a2",
            "type": ["ASSAULT"],
            "source": ["USA"],
            "target": [],
            "status": ["reported"],
            "place": None,
            "date": ["2018-09-07", "2018-09-07"],
        },
        {
            "doc": "b",
            "id": "b1",
            "type": ["AGREE", "CONSULT"],
            "source": ["Turkey"],
            "target": ["RUS"],
            "status": ["planned"],
            "place": None,
            "date": ["2018-01-01", "2018-01-02"],
        },
    ]
    extracted = [
        record(
            "a",
            "ASSAULT",
            {"text": "US jets", "country": "USA"},
            {"text": "Isis", "actor_id": "ISIS"},
            location={"lat": 35.9, "lon": 39.0},
        ),  # a1, fully right
        record(
            "a",
            "ASSAULT",
            {"text": "American forces", "country": "USA"},
            None,
            status="reported",
            when="2017-01-01",
        ),  # a2: status right, date wrong
        record("a", "AGREE", {"text": "Iran", "country": "IRN"}),  # extra
        record(
            "b",
            "CONSULT",
            {"text": "Turkish officials", "name": "Turkey"},
            {"text": "Moscow", "country": "RUS"},
            status="planned",
            when="2018-01-02",
        ),  # b1, fully right
        record("c", "ASSAULT", {"text": "USA"}),  # not a gold document
    ]
    gold_path, extracted_path = tmp_path / "gold.jsonl", tmp_path / "out.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    extracted_path.write_text("".join(json.dumps(r) + "\n" for r in extracted), encoding="utf-8")
    assert (
        our_score(gold_path, extracted_path)
        == reference_score(gold_path, extracted_path)
        == (3, 3, 2, 3, 3, 2, 3, 4)
    )


def test_eval_events_scorer_equals_score_events_on_the_dev_gold(tmp_path):
    gold_path = shared_file("eval", "sitrep_events", "guardian_dev.jsonl")
    gold = events.load(gold_path)
    extracted = []
    for n, g in enumerate(gold):  # records built from the gold, some right, some wrong in different ways
        place = g["place"] or {"lat": 0.0, "lon": 0.0}
        extracted.append(
            record(
                g["doc"],
                g["type"][n % 2 and len(g["type"]) - 1],
                {"text": g["source"][0]},
                {"text": g["target"][0]} if g["target"] and n % 3 else None,
                status=g["status"][0] if n % 4 else "hypothetical",
                when=g["date"][0] if n % 5 else "1999-01-01",
                location={"lat": place["lat"] + (n % 7 == 0), "lon": place["lon"]},
            )
        )
    extracted_path = tmp_path / "out.jsonl"
    extracted_path.write_text("".join(json.dumps(r) + "\n" for r in extracted), encoding="utf-8")
    ours, reference = our_score(gold_path, extracted_path), reference_score(gold_path, extracted_path)
    assert ours == reference
    assert 0 < ours[0] < ours[1] and 0 < ours[2] < ours[0]  # the check exercised hits and misses


def test_eval_events_loader_rejects_wrong_shapes(tmp_path):
    path = tmp_path / "gold.jsonl"
    good = {
        "doc": "a",
        "id": "a1",
        "type": ["ASSAULT"],
        "source": ["USA"],
        "target": [],
        "status": ["asserted"],
        "place": None,
        "date": ["2018-09-01", "2018-09-07"],
    }
    path.write_text(json.dumps(good) + "\n" + json.dumps(dict(good, type="ASSAULT")) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=re.escape(f"{path}:2: 'type' must be a list")):
        events.load(path)
    path.write_text(json.dumps(dict(good, date=["2018-09-01"])) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="'date' must be"):
        events.load(path)
    path.write_text(json.dumps(dict(good, place={"lat": 1})) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="'place' must be"):
        events.load(path)


def test_eval_events_finds_articles_beside_the_gold(tmp_path):
    gold_dir = tmp_path / "data" / "eval" / "mine"
    corpora = tmp_path / "data" / "corpora" / "sub"
    gold_dir.mkdir(parents=True)
    corpora.mkdir(parents=True)
    (corpora / "c.jsonl").write_text(
        json.dumps({"id": "x1", "published": "2019-04-10", "text": "Jets struck Raqqa on Sunday."})
        + "\nnot json\n",
        encoding="utf-8",
    )
    gold = [{"doc": "x1", "published": "2019-01-01"}, {"doc": "x2"}]
    [article] = events.find_articles(gold_dir / "g.jsonl", ["x1"], gold)
    assert article.doc_id == "x1" and str(article.published) == "2019-04-10" and "Raqqa" in article.text
    with pytest.raises(GoldFileError, match="articles x2 not found"):
        events.find_articles(gold_dir / "g.jsonl", ["x1", "x2"], gold)


# --- the command ------------------------------------------------------------------------------------------------


def run_eval(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_") or k == "SITREP_SHARED"}
    return subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "eval", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.model
def test_eval_cli_plover_json_limit():
    path = shared_file("eval", "plover", "PLOVER_GSR_CAMEO.txt")
    result = run_eval("plover", str(path), "--json", "--limit", "20")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    output = json.loads(lines[0])
    assert output["kind"] == "plover" and output["counts"]["sentences"] == 20
    for key in ("type_accuracy", "macro_f1", "source_country_f1", "target_country_f1"):
        assert 0.0 <= output[key] <= 1.0


def test_eval_cli_wrong_file_is_a_clean_error(tmp_path):
    path = tmp_path / "notes.tsv"
    path.write_text("just one column\n", encoding="utf-8")
    result = run_eval("case2021", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "expected 3 tab-separated columns" in result.stderr


def test_eval_plover_type_reads_a_refused_cooperative_act_as_reject():
    from sitrep.eval.plover import plover_type

    refused = make_event("AGREE", status="negated", cameo_code="1243")  # "will not accept refugees"
    assert plover_type(refused) == "REJECT"
    assert plover_type(make_event("AGREE", status="negated", cameo_code="0333")) == "AGREE"  # no refusal code
    assert (
        plover_type(make_event("ASSAULT", status="negated", cameo_code="125")) == "ASSAULT"
    )  # not cooperation
    assert plover_type(make_event("AID", status="planned")) == "AGREE"
