"""Tests for the trigger lexicon (sitrep.coding.triggers) and the CAMEO/PLOVER ontology (sitrep.coding.ontology)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.coding.modes import refine_mode
from sitrep.coding.ontology import (
    cameo_info,
    framed_code,
    load_frames,
    load_ontology,
    normalize_event_type,
    quad_class_for_root,
)
from sitrep.coding.triggers import (
    TriggerSense,
    governing_frame,
    is_light_verb,
    load_frame_verbs,
    load_triggers,
    lookup_noun,
    lookup_verb,
    trigger_lemmas,
)
from sitrep.datafiles import data_path
from sitrep.errors import DictionaryError
from sitrep.records import EVENT_TYPES

VERB_HEADER = "lemma,particle,prep,object_lemmas,cameo,event_type,mode,context,light,source,note\n"
NOUN_HEADER = "lemma,compounds,cameo,event_type,mode,context,note\n"


@pytest.fixture(scope="module")
def lex():
    return load_triggers()


def _sense(lex, lemma: str, **kw) -> TriggerSense:
    sense = lookup_verb(lex, lemma, **kw)
    assert sense is not None, lemma
    return sense


# --- verbs -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "kw", "event_type", "cameo"),
    [
        ("hit", {}, "ASSAULT", "190"),
        ("strike", {}, "ASSAULT", "190"),
        ("attack", {}, "ASSAULT", "190"),
        ("bomb", {}, "ASSAULT", "190"),
        ("shell", {}, "ASSAULT", "194"),
        ("kill", {}, "ASSAULT", "190"),
        ("target", {}, "ASSAULT", "190"),
        ("accuse", {}, "ACCUSE", "112"),
        ("label", {}, "ACCUSE", "111"),
        ("condemn", {}, "ACCUSE", "111"),
        ("meet", {}, "CONSULT", "040"),
        ("reject", {}, "REJECT", "120"),
        ("veto", {}, "REJECT", "129"),
        ("deploy", {}, "MOBILIZE", "154"),
        ("arrest", {}, "COERCE", "173"),
        ("protest", {}, "PROTEST", "140"),
        ("urge", {}, "REQUEST", "020"),
        ("call", {"preps": ["on"]}, "REQUEST", "020"),
        ("call", {"particle": "on"}, "REQUEST", "020"),
        ("call", {"preps": ["for"]}, "REQUEST", "020"),
        ("pull", {"particle": "out"}, "RETREAT", "0874"),
        ("pull", {"preps": ["out", "of"]}, "RETREAT", "0874"),
        ("withdraw", {}, "RETREAT", "0874"),
        ("contradict", {}, "REJECT", "120"),
        ("describe", {"prep_objects": [("as", "terrorist")]}, "ACCUSE", "111"),
        ("describe", {"prep_objects": [("as", "provocative")]}, "ACCUSE", "111"),
    ],
)


def test_triggers_lookup_verb_core(lex, lemma, kw, event_type, cameo):
    sense = _sense(lex, lemma, **kw)
    assert (sense.event_type, sense.cameo) == (event_type, cameo)


def test_triggers_lookup_verb_scores_come_from_cameo(lex):
    sense = _sense(lex, "hit")
    assert sense.goldstein == -10.0 and sense.quad_class == 4  # CAMEO 190: use conventional military force
    label = _sense(lex, "label")
    assert label.goldstein == -2.0 and label.quad_class == 3 and label.mode == "disapprove"


def test_triggers_lookup_verb_conditioned_on_object(lex):
    troops = _sense(lex, "send", object_lemma="troop")
    assert (troops.event_type, troops.mode, troops.cameo) == ("MOBILIZE", "troops", "154")
    aid = _sense(lex, "send", object_lemma="aid")
    assert aid.event_type == "AID"
    # plural object and a compound modifier are normalised
    assert _sense(lex, "send", object_lemma="Troops").event_type == "MOBILIZE"
    assert _sense(lex, "seize", object_lemma="town").cameo == "192"
    assert _sense(lex, "seize").cameo == "171"
    assert _sense(lex, "take", object_lemma="hostage").mode == "abduct"


def test_triggers_confronting_armed_groups_is_assault(lex):
    # "sent its military into Syria to confront Kurdish militias": an armed confrontation (CAMEO 190); bare
    # confront stays PETRARCH2's meeting sense, which the project does not code
    militias = _sense(lex, "confront", object_lemma="militias", object_compounds=["Kurdish"])
    assert (militias.event_type, militias.cameo) == ("ASSAULT", "190")
    assert _sense(lex, "confront", object_lemma="troops").event_type == "ASSAULT"
    assert lookup_verb(lex, "confront", object_lemma="question") is None


def test_triggers_purging_a_group_from_a_place_is_taking_territory(lex):
    # "Iraqi forces purged Isis from Mosul": driving a group out by force (CAMEO 192, as drive out)
    sense = _sense(lex, "purge", preps=["from"])
    assert (sense.event_type, sense.cameo) == ("ASSAULT", "192")
    assert lookup_verb(lex, "purge") is None  # a purge of officials names no place


def test_triggers_cutting_support_is_sanction(lex):
    # "the CIA cut support", "stopped its help for the rebels": CAMEO 162 reduce or stop material aid
    for verb in ("cut", "stop", "halt", "end", "reduce"):
        for noun in ("support", "help", "backing"):
            sense = _sense(lex, verb, object_lemma=noun)
            assert (sense.event_type, sense.cameo, sense.mode) == ("SANCTION", "162", "discontinue"), (verb, noun)
    assert _sense(lex, "support").event_type == "SUPPORT"  # the bare verb keeps its sense


def test_triggers_cutting_short_a_war_is_retreat(lex):
    # "planning to cut short the air war against Isis": de-escalation (CAMEO 087), as "end the war"
    for noun in ("war", "campaign", "offensive"):
        sense = _sense(lex, "cut", object_lemma=noun)
        assert (sense.event_type, sense.cameo) == ("RETREAT", "087"), noun


def test_triggers_avenging_is_a_threat_of_force(lex):
    # "avenging the loss of Afrin remains a priority", "vowed to avenge the deaths": a promised retaliation
    sense = _sense(lex, "avenge", object_lemma="loss")
    assert (sense.event_type, sense.cameo) == ("THREATEN", "138")


def test_triggers_repelling_an_armed_advance_is_assault(lex):
    # "turned back the attack", "pushed back the militants", "beat back an assault": repelling, as repel (190)
    for verb, noun in (("turn", "attack"), ("push", "militants"), ("drive", "attackers"), ("beat", "assault")):
        sense = _sense(lex, verb, particle="back", object_lemma=noun)
        assert (sense.event_type, sense.cameo) == ("ASSAULT", "190"), verb
    assert lookup_verb(lex, "push", particle="back", object_lemma="elections") is None  # postponing
    assert lookup_verb(lex, "beat", particle="back", object_lemma="challenge") is None  # winning a contest
    assert _sense(lex, "beat", object_lemma="protesters").cameo == "182"  # a beating stays a beating


def test_triggers_making_the_case_for_something_is_a_request(lex):
    # "defence staff are trying to make the argument for more time": an appeal (CAMEO 020)
    for noun in ("argument", "case"):
        sense = _sense(lex, "make", preps=["for"], object_lemma=noun, prep_objects=[("for", "time")])
        assert (sense.event_type, sense.cameo) == ("REQUEST", "020"), noun
    assert lookup_verb(lex, "make", object_lemma="case") is None  # "made the case that ...": light, no request


def test_triggers_weapons_found_or_seized_are_coerce_seize(lex):
    # PLOVER COERCE 'seize' covers searches and confiscation: a found arms cache is a disrupted-weapons event
    for verb in ("discover", "find", "uncover", "defuse", "confiscate"):
        sense = _sense(lex, verb, object_lemma="caches", object_compounds=["arms"])
        assert (sense.event_type, sense.mode, sense.cameo) == ("COERCE", "seize", "1711"), verb
    assert _sense(lex, "find", object_lemma="ammunition").mode == "seize"
    assert lookup_verb(lex, "find", object_lemma="house") is None  # finding other things is no event
    assert lookup_verb(lex, "discover") is None


def test_triggers_bases_set_up_are_mobilize(lex):
    post = _sense(lex, "set", particle="up", object_lemma="post", object_compounds=["new", "military"])
    assert (post.event_type, post.mode, post.cameo) == ("MOBILIZE", "troops", "154")
    assert _sense(lex, "establish", object_lemma="bases").event_type == "MOBILIZE"
    # a post (a job) needs "military" or "observation" before it
    assert lookup_verb(lex, "establish", object_lemma="post") is None
    assert _sense(lex, "establish", object_lemma="ties").event_type == "SUPPORT"  # the older sense is kept


def test_triggers_object_senses_from_cameo_families(lex):
    assert _sense(lex, "suppress", object_lemma="protests").cameo == "175"  # violent repression
    assert _sense(lex, "suppress").event_type == "COERCE"
    assert _sense(lex, "wrest", object_lemma="control").cameo == "192"
    assert _sense(lex, "throw", particle="out", object_lemma="diplomats").mode == "expel"
    assert _sense(lex, "accept", object_lemma="demands").event_type == "CONCEDE"
    assert _sense(lex, "accept", object_lemma="proposal").event_type == "AGREE"
    assert _sense(lex, "hand", particle="over", object_lemma="medicine").event_type == "AID"
    assert _sense(lex, "hand", particle="over").event_type == "RETREAT"
    assert _sense(lex, "end", object_lemma="efforts", object_compounds=["mediation"]).cameo == "165"
    assert _sense(lex, "receive", object_lemma="inspectors").mode == "access"
    assert _sense(lex, "molest").mode == "sexual"


def test_triggers_convictions_are_sanction_convict(lex):
    # PLOVER manual, SANCTION modes: convict = find guilty in court, sentencing included
    for verb in ("convict", "sentence"):
        sense = _sense(lex, verb)
        assert (sense.event_type, sense.mode) == ("SANCTION", "convict"), verb
    noun = lookup_noun(lex, "convictions")
    assert noun is not None and (noun.event_type, noun.mode) == ("SANCTION", "convict")


def test_triggers_weapon_nouns_are_no_events_unless_qualified(lex):
    # "a bomb" names a weapon (the explosion, the planting, the attack are the events); a car bomb is an attack
    assert lookup_noun(lex, "bomb") is None
    assert lookup_noun(lex, "IEDs") is None
    car = lookup_noun(lex, "bomb", compounds=["car"])
    assert car is not None and car.mode == "explosives"
    assert lookup_noun(lex, "explosion") is not None


def test_triggers_lookup_verb_conditioned_non_events(lex):
    assert lookup_verb(lex, "release", object_lemma="statement") is None
    assert _sense(lex, "release", object_lemma="prisoner").event_type == "RETREAT"
    assert lookup_verb(lex, "fire", object_lemma="minister") is None
    assert _sense(lex, "fire", object_lemma="missile").mode == "heavy-weapons"
    assert lookup_verb(lex, "call") is None  # bare "call" is ambiguous


def test_triggers_agreeing_to_an_interview_is_no_event(lex):
    # "officials who agreed to interviews ... spoke on condition of anonymity": talking to a reporter
    assert lookup_verb(lex, "agree", preps=["to"], object_lemma="interview") is None
    assert _sense(lex, "agree", preps=["to"], object_lemma="truce").event_type == "AGREE"


def test_triggers_lookup_verb_particle_must_be_a_particle(lex):
    # "gave birth in February": a stray preposition "in" must not select the phrasal verb "give in"
    assert lookup_verb(lex, "give", preps=["in"], object_lemma="birth") is None
    assert _sense(lex, "give", particle="in").event_type == "CONCEDE"


def test_triggers_buzz_is_a_show_of_force(lex):
    sense = _sense(lex, "buzz")
    assert (sense.event_type, sense.cameo, sense.mode, sense.context) == (
        "MOBILIZE",
        "150",
        "weapons",
        ("military",),
    )


def test_triggers_light_verbs(lex):
    for lemma in ("say", "claim", "carry", "plan", "report"):
        if lemma != "claim":  # "claimed nine lives" is a killing: without its object "claim" is looked up with it
            assert is_light_verb(lex, lemma), lemma
        assert lookup_verb(lex, lemma, object_lemma="attack") is None, lemma
    assert is_light_verb(lex, "claim", object_lemma="attack")  # "claimed the attack": the noun is the event
    # a denial is itself a REJECT event (the denied event gets status "denied" from the status module)
    assert not is_light_verb(lex, "deny")
    assert _sense(lex, "deny").event_type == "REJECT"
    assert is_light_verb(lex, "carry", particle="out", object_lemma="strike")
    assert not is_light_verb(lex, "carry", particle="out", object_lemma="search")  # PETRARCH: investigate
    assert lookup_verb(lex, "carry", particle="out", object_lemma="strike") is None
    # verbs with object-conditioned senses are not light until the object is known
    assert not is_light_verb(lex, "send")
    assert is_light_verb(lex, "send", object_lemma="letterbox")
    assert not is_light_verb(lex, "send", object_lemma="troop")
    assert not is_light_verb(lex, "hit")
    assert not is_light_verb(lex, "unknownverb")


def test_triggers_unknown_lemmas_give_none(lex):
    assert lookup_verb(lex, "frobnicate") is None
    assert lookup_noun(lex, "frobnication") is None


# --- nouns -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "compounds", "event_type", "mode", "cameo"),
    [
        ("strike", ["air"], "ASSAULT", "aerial", "195"),
        ("strike", [], "ASSAULT", None, "190"),
        ("strike", ["hunger"], "PROTEST", "hunger", "142"),
        ("airstrike", [], "ASSAULT", "aerial", "195"),
        ("airstrikes", [], "ASSAULT", "aerial", "195"),
        ("raid", ["air"], "ASSAULT", "aerial", "195"),
        ("bombing", ["suicide"], "ASSAULT", "suicide-attack", "1831"),
        ("shelling", [], "ASSAULT", "heavy-weapons", "194"),
        ("operation", ["military"], "ASSAULT", None, "190"),
        ("clash", [], "ASSAULT", None, "190"),
        ("clashes", [], "ASSAULT", None, "190"),
        ("protest", [], "PROTEST", None, "140"),
        ("talk", [], "CONSULT", None, "040"),
        ("talks", ["peace"], "CONSULT", None, "046"),
        ("sanctions", [], "SANCTION", "discontinue", "163"),
        ("ceasefire", [], "RETREAT", "ceasefire", "0871"),
        ("withdrawal", [], "RETREAT", "withdraw", "0874"),
        ("deployment", [], "MOBILIZE", "troops", "154"),
        ("summit", [], "CONSULT", "multilateral", "040"),
        ("accusation", [], "ACCUSE", "allege", "112"),
        ("warning", [], "THREATEN", None, "130"),
    ],
)


def test_triggers_lookup_noun(lex, lemma, compounds, event_type, mode, cameo):
    sense = lookup_noun(lex, lemma, compounds=compounds)
    assert sense is not None
    assert (sense.event_type, sense.mode, sense.cameo) == (event_type, mode, cameo)


def test_triggers_lookup_noun_non_events(lex):
    assert lookup_noun(lex, "operation") is None
    assert lookup_noun(lex, "conference", compounds=["press"]) is None
    assert lookup_noun(lex, "attack", compounds=["heart"]) is None
    assert lookup_noun(lex, "offensive", compounds=["diplomatic"]) is None


# --- modes -----------------------------------------------------------------------------------------------------


# --- lexicon-wide checks ---------------------------------------------------------------------------------------


def test_triggers_every_sense_is_consistent_with_the_ontology(lex):
    onto = load_ontology()
    senses = [p.sense for table in (lex.verbs, lex.nouns) for ps in table.values() for p in ps if p.sense]
    assert len(senses) > 600
    for sense in senses:
        info = onto.codes[sense.cameo]
        assert sense.event_type in EVENT_TYPES
        assert (sense.goldstein, sense.quad_class) == (info.goldstein, info.quad_class)
        assert sense.mode is None or onto.is_mode(sense.event_type, sense.mode), sense.pattern
        assert all(c in onto.contexts for c in sense.context), sense.pattern


def test_triggers_lexicon_size_and_lemmas(lex):
    verb_rows = sum(len(ps) for ps in lex.verbs.values())
    assert verb_rows > 600 and len(lex.verbs) > 300
    lemmas = trigger_lemmas(lex)
    assert {"hit", "airstrike", "say", "deploy"} <= lemmas
    assert "say" not in trigger_lemmas(lex, include_light=False)
    assert "hit" in trigger_lemmas(lex, include_light=False)


# --- ontology --------------------------------------------------------------------------------------------------


def test_triggers_ontology_cameo_info():
    name, goldstein, quad, ptype, mode, contexts = cameo_info("195")
    assert (name, goldstein, quad, ptype, mode, contexts) == (
        "Employ aerial weapons",
        -10.0,
        4,
        "ASSAULT",
        "aerial",
        ("military",),
    )
    assert cameo_info("010").plover_type is None  # statements: PLOVER dropped CAMEO 01
    assert cameo_info("020").plover_type == "REQUEST"  # appeals → REQUEST
    assert cameo_info("1053").plover_type == "REQUEST"  # DEMAND in the 2021 table
    assert cameo_info("999") is None


def test_triggers_ontology_quad_class_follows_root():
    onto = load_ontology()
    assert len(onto.codes) >= 300
    expected = {"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4}
    for root, quad in expected.items():
        assert quad_class_for_root(root) == quad
    for code, info in onto.codes.items():
        assert info.quad_class == quad_class_for_root(code[:2]), code
        assert -10.0 <= info.goldstein <= 10.0
    assert onto.codes["190"].goldstein == -10.0 and onto.codes["057"].goldstein == 8.0


def test_triggers_ontology_aliases():
    assert normalize_event_type("DEMAND") == "REQUEST"
    assert normalize_event_type("fight") == "ASSAULT"
    assert normalize_event_type("DISAPPROVE") == "ACCUSE"
    assert normalize_event_type("assault") == "ASSAULT"
    assert normalize_event_type("CRIME") is None


# --- loader validation -----------------------------------------------------------------------------------------


def _trigger_dir(tmp_path: Path, *, verbs: str = "", nouns: str = "") -> Path:
    (tmp_path / "verbs.csv").write_text(VERB_HEADER + verbs, encoding="utf-8")
    (tmp_path / "nouns.csv").write_text(NOUN_HEADER + nouns, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("verbs", "problem"),
    [
        ("hit,,,,190,FIGHT,,,0,,\n", "not one of the 16 PLOVER types"),
        ("hit,,,,999,ASSAULT,,,0,,\n", "not in the ontology"),
        ("hit,,,,190,ASSAULT,aerial-ish,,0,,\n", "not a PLOVER mode of ASSAULT"),
        ("hit,,,,190,ASSAULT,,battlefield,0,,\n", "unknown PLOVER context"),
        ("hit,,,,190,ASSAULT,,,2,,\n", "light must be 0 or 1"),
        ("say,,,,190,ASSAULT,,,1,,\n", "must not give an event"),
        ("hit,,,,,ASSAULT,,,0,,\n", "needs a CAMEO code"),
        ("hit,,,,190,,,,0,,\n", "no event"),
        ("Hit,,,,190,ASSAULT,,,0,,\n", "lowercase"),
        ("hit,,,,190,ASSAULT,,,0,,\nhit,,,,195,ASSAULT,,,0,,\n", "duplicate pattern"),
        ("send,,,troop|soldier,154,MOBILIZE,,,0,,\nsend,,,soldier|troop,154,MOBILIZE,,,0,,\n", "duplicate"),
        ("hit,,,,190,ASSAULT\n", "expected 11 cells"),
    ],
)


def test_triggers_loader_rejects_bad_verb_rows(tmp_path, verbs, problem):
    directory = _trigger_dir(tmp_path, verbs="hit,back,,,190,ASSAULT,,,0,,\n" + verbs)
    with pytest.raises(DictionaryError) as err:
        load_triggers(directory)
    assert problem in str(err.value)
    assert f"verbs.csv:{2 + verbs.count(chr(10))}" in str(err.value)


def test_triggers_loader_rejects_bad_noun_rows(tmp_path):
    directory = _trigger_dir(
        tmp_path, nouns="strike,air,195,ASSAULT,aerial,military,\nstrike,air,190,ASSAULT,,,\n"
    )
    with pytest.raises(DictionaryError, match=r"nouns\.csv:3: duplicate pattern"):
        load_triggers(directory)


def test_triggers_loader_reads_a_minimal_directory(tmp_path):
    directory = _trigger_dir(
        tmp_path, verbs="hit,,,,190,ASSAULT,,,0,,\nsay,,,,,,,,1,,\n", nouns="strike,air,195,ASSAULT,,,\n"
    )
    lexicon = load_triggers(directory)
    sense = lookup_verb(lexicon, "hit")
    assert sense is not None and sense.context == ("military",)  # context falls back to the ontology's
    assert is_light_verb(lexicon, "say")
    noun = lookup_noun(lexicon, "strike", compounds=["air"])
    assert noun is not None and noun.mode == "aerial"  # mode falls back to the ontology's (195 → aerial)
    assert lookup_noun(lexicon, "strike") is None


def test_triggers_loader_missing_file(tmp_path):
    (tmp_path / "verbs.csv").write_text(VERB_HEADER, encoding="utf-8")
    with pytest.raises(DictionaryError, match="missing"):
        load_triggers(tmp_path)


def test_triggers_ontology_loader_rejects_inconsistent_quad(tmp_path):
    shutil.copy(data_path("ontology/plover.csv"), tmp_path / "plover.csv")
    text = data_path("ontology/cameo.csv").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    line_no = next(i for i, line in enumerate(lines) if line.startswith("190,"))
    lines[line_no] = lines[line_no].replace(",19,4,", ",19,3,")
    (tmp_path / "cameo.csv").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(
        DictionaryError, match=rf"cameo\.csv:{line_no + 1}: quad_class 3 does not match root 19"
    ):
        load_ontology(tmp_path)


def test_triggers_prep_object_conditions_match_the_prepositions_object(lex):
    # PETRARCH2 "ENGAGE (IN FIREFIGHT) [193]": the condition is on the object of "in", not the direct object
    sense = lookup_verb(
        lex, "engage", preps=["in"], object_lemma="peacekeeper", prep_objects=[("in", "firefight")]
    )
    assert sense is not None and (sense.event_type, sense.cameo) == ("ASSAULT", "193")
    assert lookup_verb(lex, "engage", prep_objects=[("in", "negotiation")]).cameo == "046"
    # the same object under another preposition, or no preposition object at all, does not match
    assert lookup_verb(lex, "engage", prep_objects=[("with", "firefight")]) is None
    assert lookup_verb(lex, "engage") is None


def test_triggers_hyphenated_re_verbs_fall_back_to_the_base_verb(lex):
    sense = lookup_verb(lex, "re-impose", object_lemma="curfew")
    base = lookup_verb(lex, "impose", object_lemma="curfew")
    assert sense == base
    assert lookup_verb(lex, "re-kill") is not None and lookup_verb(lex, "re-kill").event_type == "ASSAULT"
    assert lookup_verb(lex, "re-") is None


def test_triggers_governing_frame_intent_and_appeal():
    assert governing_frame("want", has_object=False) == "intent"  # "Obama wants to attack Switzerland"
    assert governing_frame("want", has_object=True) == "appeal"  # "Obama wants Putin to attack Switzerland"
    assert governing_frame("urge", has_object=True) == "appeal"
    assert governing_frame("urge", has_object=False) is None
    assert governing_frame("say", has_object=True) == "statement"  # frames.frame_of: "said it would free" only
    assert governing_frame("report", has_object=False) is None


def test_triggers_governing_frame_prepare_is_a_force_posture():
    assert governing_frame("prepare", has_object=False) == "posture"  # "the army prepared to resume shelling"
    assert governing_frame("prepare", has_object=True) is None  # "prepared the ground for"


@pytest.mark.parametrize(
    ("code", "frame", "expected"),
    [
        ("084", "intent", "0353"),  # would free prisoners: express intent to release
        ("0841", "refuse", "1243"),  # longest prefix 084: refuse to release
        ("070", "appeal", "023"),  # asked X to help: appeal for aid
        ("033", "intent", "033"),
        ("193", "threat", "1384"),
        ("190", "threat", "138"),
        ("192", "threat", "1382"),
        ("190", "appeal", None),  # CAMEO has no "appeal for an attack"
        ("070", "threat", None),
        ("0333", "refuse", "1223"),  # "will not accept refugees": refuse humanitarian aid
        ("037", "refuse", "127"),  # "failed to reach agreement": reject a settlement
        ("0333", "appeal", None),  # an intent has no appeal of its own
    ],
)


def test_triggers_ontology_framed_code(code, frame, expected):
    assert framed_code(code, frame) == expected


def test_triggers_ontology_frames_are_valid_cameo_codes():
    ontology = load_ontology()
    roots = {"appeal": "02", "intent": "03", "refuse": "12", "threat": "13"}
    for code, frames in load_frames().items():
        assert code in ontology.codes
        for frame, framed in frames.items():
            assert framed in ontology.codes and framed.startswith(roots[frame])
    with pytest.raises(ValueError):
        framed_code("084", "promise")


def test_triggers_frame_loaders_reject_bad_rows(tmp_path):
    verbs = tmp_path / "frame_verbs.csv"
    verbs.write_text("lemma,frame,note\nwant,wish,\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        load_frame_verbs(verbs)
    frames = tmp_path / "cameo_frames.csv"
    frames.write_text("code,appeal,intent,refuse,threat,note\n084,0353,,,,\n", encoding="utf-8")
    with pytest.raises(DictionaryError):  # 0353 is an intent code, not an appeal code
        load_frames(frames)


# --- corpus-frequency coverage (issue 7, third round) ----------------------------------------------------------


def _code(sense: TriggerSense | None) -> tuple[str, str | None] | None:
    return None if sense is None else (sense.event_type, sense.cameo)


@pytest.mark.parametrize(
    ("lemma", "compounds", "expected"),
    [
        ("campaign", ["bombing"], ("ASSAULT", "195")),  # "a Saudi-led bombing campaign"
        ("campaign", ["military"], ("ASSAULT", "190")),
        ("campaign", ["election"], None),  # an election campaign is no event
        ("campaign", [], None),  # nor is a bare campaign ("campaign groups", "the Trump campaign")
        ("insurgency", [], ("ASSAULT", "180")),
        ("onslaught", [], ("ASSAULT", "190")),
        ("resistance", ["fierce"], ("ASSAULT", "190")),
        ("resistance", [], None),  # "the Iraqi resistance" names a group
        ("intervention", ["military"], ("ASSAULT", "190")),
        ("intervention", ["humanitarian"], None),
        ("repression", ["brutal"], ("ASSAULT", "175")),
        ("fight", [], ("ASSAULT", "190")),
        ("fight", ["legal"], None),
        ("destruction", ["mass"], None),  # weapons of mass destruction
        ("delivery", ["aid"], ("AID", "073")),
        ("delivery", [], None),
        ("advance", [], None),  # "announced in advance"
        ("recapture", [], ("ASSAULT", "192")),
    ],
)


def test_triggers_corpus_event_nouns_and_their_non_event_uses(lex, lemma, compounds, expected):
    assert _code(lookup_noun(lex, lemma, compounds=compounds)) == expected


def test_triggers_spacy_lemma_errors_read_as_the_real_verb(lex):
    # spaCy lemmatizes "waged" to "wag", "staged" to "stag" and "raped" to "rap"
    assert _code(lookup_verb(lex, "wag", object_lemma="war")) == ("ASSAULT", "190")
    assert is_light_verb(lex, "wag", object_lemma="insurgency")
    assert is_light_verb(lex, "stag", object_lemma="protest")
    sense = lookup_verb(lex, "rap")
    assert sense is not None and (sense.event_type, sense.mode) == ("ASSAULT", "sexual")


def test_triggers_object_conditioned_corpus_verbs(lex):
    assert _code(lookup_verb(lex, "vow", object_lemma="revenge")) == ("THREATEN", "138")
    assert lookup_verb(lex, "vow") is None  # "vowed to ...": the frame, not the verb, carries it
    air_cover = lookup_verb(lex, "provide", object_lemma="cover", object_compounds=["air"])
    assert _code(air_cover) == ("AID", "072")
    assert lookup_verb(lex, "provide", object_lemma="cover") is None  # "provide political cover"
    assert _code(lookup_verb(lex, "use", object_lemma="gas")) == ("ASSAULT", "2041")
    assert _code(lookup_verb(lex, "use", object_lemma="gas", object_compounds=["tear"])) == ("ASSAULT", "175")
    assert _code(lookup_verb(lex, "eliminate", object_lemma="militant")) == ("ASSAULT", "190")
    assert _code(lookup_verb(lex, "regain", object_lemma="town")) == ("ASSAULT", "192")
    assert _code(lookup_verb(lex, "break", object_lemma="siege")) == ("ASSAULT", "190")
    assert lookup_verb(lex, "reclaim", object_lemma="sovereignty") is None


def test_triggers_barrel_bombs_are_aerial_and_a_launched_bombing_campaign_is_an_air_strike(lex):
    attack = lookup_noun(lex, "attack")
    assert attack is not None
    # barrel bombs are dropped from helicopters: the aerial cue outranks the bomb's explosives
    refined = refine_mode(attack, words=["barrel bombs"])
    assert (refined.mode, refined.cameo) == ("aerial", "195")
    # PETRARCH2's "launch campaign" [020] must not swallow the noun's air strike
    bombing = lookup_verb(lex, "launch", object_lemma="campaign", object_compounds=["bombing"])
    assert _code(bombing) == ("ASSAULT", "195")
    assert _code(lookup_verb(lex, "launch", object_lemma="campaign")) == ("REQUEST", "020")
    assert lookup_noun(lex, "operation") is None  # bare operation stays no event (surgery, business, police)
    assert lookup_verb(lex, "launch", object_lemma="operation") is None


# --- remembered answers ---------------------------------------------------------------------------------------


def test_triggers_lookups_are_remembered_and_stay_right(lex):
    from sitrep.coding.triggers import TriggerLexicon

    fresh = TriggerLexicon(verbs=lex.verbs, nouns=lex.nouns, ontology=lex.ontology)
    assert fresh.answers == {}
    first = lookup_verb(fresh, "carry", particle="out")
    assert first is None and is_light_verb(fresh, "say")
    strike = lookup_noun(fresh, "strike", compounds=["air"])
    assert strike is not None and strike.event_type == "ASSAULT"
    assert len(fresh.answers) == 3
    # the same questions again: the same answers, nothing new remembered
    assert lookup_noun(fresh, "strike", compounds=["air"]) is strike
    assert lookup_verb(fresh, "carry", particle="out") is None
    assert len(fresh.answers) == 3
    # a different question is not answered from memory
    lookup_noun(fresh, "strike", compounds=["hunger"])
    assert len(fresh.answers) == 4


def test_triggers_remembered_answers_are_bounded(lex, monkeypatch):
    from sitrep.coding import triggers
    from sitrep.coding.triggers import TriggerLexicon

    monkeypatch.setattr(triggers, "MAX_ANSWERS", 2)
    fresh = TriggerLexicon(verbs=lex.verbs, nouns=lex.nouns, ontology=lex.ontology)
    for lemma in ("attack", "bomb", "shell", "strike"):
        lookup_verb(fresh, lemma)
    assert len(fresh.answers) <= 2
    assert lookup_verb(fresh, "attack") == lookup_verb(lex, "attack")


def test_triggers_prefilters_never_reject_a_trigger(lex):
    from sitrep.coding.triggers import may_be_noun_trigger, may_be_verb_trigger

    assert may_be_verb_trigger(lex, "attack") and may_be_verb_trigger(lex, "re-impose")
    assert not may_be_verb_trigger(lex, "xyzzy") and not may_be_noun_trigger(lex, "xyzzy")
    assert may_be_noun_trigger(lex, "strikes") and not may_be_noun_trigger(lex, "table")
    for lemma, patterns in list(lex.verbs.items())[:300]:  # every lemma with an event keeps its patterns
        assert may_be_verb_trigger(lex, lemma) == bool(patterns)
    for lemma in ("strike", "airstrike", "table", "protest", "ceasefire"):
        if lookup_noun(lex, lemma) is not None:
            assert may_be_noun_trigger(lex, lemma)


def test_triggers_press_refusals_pleas_and_livelihoods_code_no_event(lex):
    # "refused to comment", "declined to say": declining to speak to the press, not rejecting a party
    assert lookup_verb(lex, "refuse", object_lemma="comment") is None
    assert lookup_verb(lex, "decline", object_lemma="say") is None
    assert _sense(lex, "refuse").event_type == "REJECT"  # a bare refusal still rejects
    # "pleaded not guilty to charges": a plea in court, not a request
    assert lookup_verb(lex, "plead", preps=["to"], prep_objects=[("to", "charge")]) is None
    assert _sense(lex, "plead", preps=["for"], prep_objects=[("for", "peace")]).event_type == "REQUEST"
    # "support himself after losing his job", "companies use drones": no support, no accusation
    assert lookup_verb(lex, "support", object_lemma="himself") is None
    assert lookup_verb(lex, "use", object_lemma="drone") is None


def test_triggers_instructions_sent_and_press_curbed(lex):
    # "sent instructions for the authorities to strengthen security": an order, as "instructed"
    assert _sense(lex, "send", object_lemma="instruction").event_type == "REQUEST"
    # "curbed the press": restrictions on political freedoms (CAMEO 1721)
    sense = _sense(lex, "curb", object_lemma="press")
    assert (sense.event_type, sense.cameo) == ("COERCE", "1721")


def test_triggers_hosting_a_sports_or_festival_event_is_no_visit(lex):
    assert lookup_verb(lex, "host", object_lemma="final") is None  # "Lyon will host the final"
    assert lookup_verb(lex, "host", object_lemma="festival") is None
    assert _sense(lex, "host", object_lemma="president").event_type == "CONSULT"  # a visit still is one


def test_triggers_training_animals_is_no_aid(lex):
    # "police trained several species of eagle to catch drones": training animals helps no party
    for animal in ("specie", "eagle", "dog"):
        assert lookup_verb(lex, "train", object_lemma=animal) is None, animal
    assert _sense(lex, "train", object_lemma="fighter").event_type == "AID"  # training forces still is


def test_triggers_launching_a_programme_is_no_negotiation(lex):
    # "used the oil money to launch programs for the poor": a domestic policy act, not CAMEO 046
    for scheme in ("program", "programme", "scheme"):
        assert lookup_verb(lex, "launch", object_lemma=scheme) is None, scheme
    assert _sense(lex, "launch", object_lemma="workshop").event_type == "CONSULT"


def test_triggers_dropped_leaflets_are_a_warning_not_an_air_strike(lex):
    leaflets = lookup_verb(lex, "drop", object_lemma="leaflet")
    assert leaflets is not None and leaflets.event_type == "THREATEN"  # PETRARCH2: dropped fliers, CAMEO 130
    bombs = lookup_verb(lex, "drop", object_lemma="bomb")
    assert bombs is not None and bombs.event_type == "ASSAULT"


def test_triggers_governing_frame_readiness_is_an_intent():
    for lemma in ("ready", "willing"):  # "ready to negotiate", "willing to withdraw"
        assert governing_frame(lemma, has_object=False) == "intent"


def test_triggers_deal_idioms_are_negotiation_not_violence(lex):
    assert lookup_verb(lex, "hammer", particle="out").event_type == "AGREE"  # "hammered out a deal"
    assert lookup_verb(lex, "hammer").event_type == "ASSAULT"
    closing = lookup_verb(lex, "close", particle="in", preps=["on"], prep_objects=[("on", "deal")])
    assert closing is not None and closing.event_type == "CONSULT"  # "closed in on a deal"
    assert lookup_verb(lex, "close", particle="in", preps=["on"], prep_objects=[("on", "town")]) is None
    informed = lookup_verb(lex, "inform", object_lemma="government")
    assert informed is not None and informed.event_type == "CONSULT"  # a formal notice to a government
    assert lookup_verb(lex, "inform", object_lemma="family") is None


def test_triggers_armed_resistance_put_up_is_an_assault(lex):
    fierce = lookup_verb(lex, "put", particle="up", object_lemma="resistance", object_compounds=["fierce"])
    assert fierce is not None and fierce.event_type == "ASSAULT"  # "the YPG put up fierce resistance"
    plain = lookup_verb(lex, "put", particle="up", object_lemma="resistance")
    assert plain is not None and plain.event_type == "ACCUSE"  # "put up resistance to the reform" (PETRARCH2 110)


def test_triggers_manned_checkpoints_restrict_movement(lex):
    for post in ("checkpoint", "roadblock"):  # "militants man checkpoints deciding who can pass"
        sense = lookup_verb(lex, "man", object_lemma=post)
        assert sense is not None and (sense.event_type, sense.mode) == ("COERCE", "restrict"), post
    assert lookup_verb(lex, "man", object_lemma="phone") is None  # "volunteers manned the phones"
    assert lookup_verb(lex, "man") is None


def test_triggers_abandoned_fight_is_a_retreat(lex):
    for fight in ("fight", "offensive", "siege"):  # "the fight against Isis would be abandoned"
        sense = lookup_verb(lex, "abandon", object_lemma=fight)
        assert sense is not None and sense.event_type == "RETREAT", fight
    assert lookup_verb(lex, "abandon", object_lemma="campaign") is None  # "abandoned his campaign for president"
    military = lookup_verb(lex, "abandon", object_lemma="campaign", object_compounds=["military"])
    assert military is not None and military.event_type == "RETREAT"


def test_triggers_forces_staying_in_a_place_mobilize(lex):
    for verb in ("remain", "stay"):  # "its forces will remain in place", "troops will stay in the country"
        sense = lookup_verb(lex, verb, preps=["in"], prep_objects=[("in", "country")])
        assert sense is not None and (sense.event_type, sense.cameo) == ("MOBILIZE", "150"), verb
        for state in ("power", "custody", "hospital", "control"):  # "remained in power/custody": no deployment
            assert lookup_verb(lex, verb, preps=["in"], prep_objects=[("in", state)]) is None, (verb, state)
        assert lookup_verb(lex, verb) is None


def test_triggers_going_into_negotiations_is_as_entering_them(lex):
    # "we have shown our readiness to go into negotiations with the Syrian government"
    going = lookup_verb(lex, "go", preps=["into"], prep_objects=[("into", "negotiation")])
    entering = lookup_verb(lex, "enter", object_lemma="negotiation")
    assert going is not None and entering is not None and going.cameo == entering.cameo == "036"
    talks = lookup_verb(lex, "go", preps=["into"], prep_objects=[("into", "talk")])
    assert talks is not None and talks.event_type == "CONSULT"
    assert lookup_verb(lex, "go", preps=["into"], prep_objects=[("into", "detail")]) is None  # "went into detail"


def test_triggers_taking_lives_is_killing_but_not_ones_own(lex):
    # "the attack took 20 lives", "gunmen took the lives of three policemen": as "claimed nine lives"
    lives = _sense(lex, "take", object_lemma="life", object_compounds=["20"])
    assert (lives.event_type, lives.cameo) == ("ASSAULT", "190")
    assert lookup_verb(lex, "take", object_lemma="life", object_compounds=["his", "own"]) is None  # a suicide


def test_triggers_using_explosives_is_an_explosives_assault(lex):
    used = _sense(lex, "use", object_lemma="explosives")
    assert (used.event_type, used.mode) == ("ASSAULT", "explosives")


def test_triggers_figurative_objects_code_no_event(lex):
    # "Thank God", "the dangers journalists defy", "capture the public mood": no party is praised, defied, seized
    assert lookup_verb(lex, "thank", object_lemma="god") is None
    assert _sense(lex, "thank", object_lemma="minister").event_type == "SUPPORT"
    assert lookup_verb(lex, "defy", object_lemma="danger") is None
    assert _sense(lex, "defy", object_lemma="sanction").event_type == "REJECT"
    assert lookup_verb(lex, "capture", object_lemma="mood") is None
    assert _sense(lex, "capture", object_lemma="town").event_type == "ASSAULT"


def test_triggers_renouncing_a_claim_concedes_and_honouring_aid_is_aid(lex):
    assert _sense(lex, "renounce", object_lemma="demand").event_type == "CONCEDE"
    assert _sense(lex, "renounce", object_lemma="violence").cameo == "080"
    assert _sense(lex, "honour", object_lemma="aid").event_type == "AID"
    assert _sense(lex, "honour", preps=["in"], prep_objects=[("in", "aid")]).event_type == "AID"
    assert _sense(lex, "honour", object_lemma="veteran").event_type == "SUPPORT"


def test_triggers_express_codes_only_the_feeling_its_object_names(lex):
    # "expressed her will", "express our condolences": no disapproval; "expressed opposition": disapproval
    assert lookup_verb(lex, "express") is None
    assert lookup_verb(lex, "express", object_lemma="will") is None
    assert _sense(lex, "express", object_lemma="opposition").event_type == "ACCUSE"
    assert _sense(lex, "express", object_lemma="support").event_type == "SUPPORT"


def test_triggers_talking_about_a_topic_with_no_partner_is_no_consultation(lex):
    # "we talk about precision warfare": speech on a topic; "talked to/with Erdogan about Syria": a consultation
    assert lookup_verb(lex, "talk", preps=["about"]) is None
    # "we talk about warfare with regards to drones": "with regards to" is a compound preposition, no partner
    assert lookup_verb(lex, "talk", preps=["about", "with"], prep_objects=[("with", "regards")]) is None
    assert _sense(lex, "talk", preps=["to", "about"]).event_type == "CONSULT"
    assert _sense(lex, "talk", preps=["with", "about"]).event_type == "CONSULT"
    assert _sense(lex, "talk").event_type == "CONSULT"


def test_triggers_voting_against_rejects_and_accuses_no_one(lex):
    # "7 million people voted against the new assembly", "voted against the other's proposals": a vote against a
    # proposal rejects it, as voting it down does (CAMEO 120), and is no accusation (PETRARCH's 110)
    against = _sense(lex, "vote", preps=["against"])
    assert (against.event_type, against.cameo) == ("REJECT", "120")
    assert _sense(lex, "vote", particle="down").event_type == against.event_type


def test_triggers_expelling_an_armed_party_is_fighting(lex):
    # "expelled the rebels from the base": driving an armed party out of ground is fighting, as "drove X out of"
    for fighters in ("rebels", "militants", "fighters", "group"):
        sense = _sense(lex, "expel", object_lemma=fighters, preps=["from"], prep_objects=[("from", "base")])
        assert (sense.event_type, sense.cameo) == ("ASSAULT", "192"), fighters
    assert _sense(lex, "expel", object_lemma="diplomats").mode == "expel"  # diplomats: a sanction
    assert _sense(lex, "expel", object_lemma="refugees").mode == "deport"  # civilians: deported


def test_triggers_wresting_ground_or_from_an_armed_party_is_fighting(lex):
    # "villages were wrested back from the insurgents": ground taken from an armed party, as captured/retook
    taken = _sense(lex, "wrest", particle="back", preps=["from"], prep_objects=[("from", "insurgents")])
    assert (taken.event_type, taken.cameo) == ("ASSAULT", "192")
    assert _sense(lex, "wrest", particle="back", object_lemma="town").cameo == "192"
    assert _sense(lex, "retake", object_lemma="town").cameo == "192"  # the same code as retaking
    assert _sense(lex, "wrest", object_lemma="gun").event_type == "COERCE"  # a thing wrested stays a seizure
