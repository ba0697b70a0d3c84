"""The whole pipeline on the two seed articles that define the product (real spaCy model, real dictionaries).

Each expectation below was read off the articles by hand (see the issue "sitrep 0.1"), not off the coder's output.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from sitrep.records import Event, validate_record

AL_TANF = (33.50, 38.62)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def strike_article(seed_events):
    return seed_events["seed002"][1]


@pytest.fixture(scope="module")
def denial_article(seed_events):
    return seed_events["seed000"][1]


def find(events: list[Event], **want) -> list[Event]:
    """Events whose record fields match every item of `want` (callables are predicates on the field)."""
    found = []
    for event in events:
        record = event.to_dict()
        if all(v(record.get(k)) if callable(v) else record.get(k) == v for k, v in want.items()):
            found.append(event)
    return found


def test_coder_every_record_validates(seed_events):
    for _article, events in seed_events.values():
        assert events
        for event in events:
            validate_record(event.to_dict())


def test_coder_may_18_strike(strike_article):
    strikes = find(strike_article, event_type="ASSAULT", status="asserted", date="2017-05-18",
                   source=lambda s: s and s["country"] == "USA" and s["sector"] == "MIL",
                   target=lambda t: t and t["sponsor"] == "IRN")
    assert strikes, "the May 18 U.S. strike on Iranian-backed fighters was not coded"
    record = strikes[0].to_dict()
    assert record["mode"] == "aerial"
    assert record["evidence"]["trigger"] == "hit"
    assert km(AL_TANF, (record["location"]["lat"], record["location"]["lon"])) < 30
    assert record["location"]["country"] == "SYR"


def test_coder_lede_raid_is_placed_where_its_targets_are(strike_article):
    # "A U.S. air raid against Iranian-backed fighters in southern Syria last week ... between the United States
    # and Iran": the raid is in Syria, and its targets are no Americans
    raids = find(strike_article, event_type="ASSAULT", evidence=lambda e: e["trigger"] == "air raid" and e["start"] == 0)
    assert raids
    record = raids[0].to_dict()
    assert record["location"]["country"] == "SYR"
    assert record["target"]["sponsor"] == "IRN" and record["target"]["country"] != "USA"


def test_coder_evidence_offsets_point_at_sentence(seed_events):
    article, events = seed_events["seed002"]
    for event in events:
        ev = event.to_dict()["evidence"]
        assert article.text[ev["start"] : ev["end"]] == ev["sentence"]
        assert ev["trigger"] in ev["sentence"]


def test_coder_warning_buzz(strike_article):
    buzz = find(strike_article, evidence=lambda e: e["trigger"] == "buzzed",
                source=lambda s: s and s["country"] == "USA", target=lambda t: t and t["sponsor"] == "IRN")
    assert buzz, "U.S. warplanes buzzing the Iranian proxies was not coded"
    record = buzz[0].to_dict()
    assert record["event_type"] in ("MOBILIZE", "THREATEN", "COERCE")
    assert "2017-05-19" <= record["date"] <= "2017-05-23"  # "a few days later" than May 18


def test_coder_trump_labels_iran(strike_article):
    assert find(strike_article, event_type="ACCUSE", source=lambda s: s and s["country"] == "USA",
                target=lambda t: t and t["country"] == "IRN")


def test_coder_tehran_deployments(strike_article):
    mobilize = find(strike_article, event_type="MOBILIZE", source=lambda s: s and s["country"] == "IRN")
    assert len(mobilize) >= 2  # deployed Afghan and Iraqi fighters; sent 3,000 Hezbollah troops
    sent = [e for e in mobilize if e.evidence.trigger == "sent"]
    assert sent and sent[0].attributed_to is not None and "Fars" in sent[0].attributed_to.text
    assert sent[0].status == "reported"


def test_coder_pentagon_and_commander_denials(denial_article):
    pentagon = find(denial_article, event_type="REJECT", source=lambda s: s and "Pentagon" in s["text"])
    assert pentagon and pentagon[0].to_dict()["date"] == "2023-08-17"
    commander = find(denial_article, event_type="REJECT", source=lambda s: s and s["led_by"] == "USA")
    assert commander and commander[0].to_dict()["date"] == "2023-08-16"  # "a day earlier"


def test_coder_denied_coalition_operation(denial_article):
    denied = find(denial_article, status="denied", source=lambda s: s and s["led_by"] == "USA")
    assert denied, "the reported coalition operation must be coded with status denied"
    record = denied[0].to_dict()
    assert record["denied_by"] and "Pentagon" in record["denied_by"]["text"]
    assert record["event_type"] == "ASSAULT"


def test_coder_negated_plan_is_never_asserted(denial_article):
    for event in denial_article:
        if "not preparing" in event.evidence.sentence or "don’t provide" in event.evidence.sentence:
            assert event.status != "asserted", event.to_dict()


def test_coder_claimed_attacks_on_coalition_bases(denial_article):
    claimed = find(denial_article, status="claimed", target=lambda t: t and t["led_by"] == "USA")
    assert claimed, "attacks claimed by an IRGC-linked group were not coded as claimed"
    record = claimed[0].to_dict()
    assert record["source"]["sponsor"] == "IRN"
    assert record["date"] == "2023-08-01" and record["date_end"] == "2023-08-18"  # "earlier this month"


def test_coder_extract_api_on_plain_text():
    import sitrep

    events = sitrep.extract("Russian jets bombed rebel positions near Idlib on Tuesday, killing 12 civilians.",
                            published=date(2019, 5, 9))
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault
    record = assault[0].to_dict()
    assert record["source"]["country"] == "RUS"
    assert record["date"] == "2019-05-07"
    assert record["casualties"]["killed"] == 12
    assert record["location"]["country"] == "SYR"


def test_coder_processes_auto_uses_two_for_long_runs_on_two_cores(monkeypatch):
    from sitrep import coder

    monkeypatch.setattr(coder.os, "cpu_count", lambda: 2)
    assert coder.choose_processes(0, many=True) == 2
    assert coder.choose_processes(0, many=False) == 1  # a few documents: workers would cost more than they save
    assert coder.choose_processes(3, many=False) == 3  # an explicit setting wins
    monkeypatch.setattr(coder.os, "cpu_count", lambda: 1)
    assert coder.choose_processes(0, many=True) == 1


def test_coder_government_protest_is_verbal():
    import sitrep

    events = sitrep.extract("Ankara has long protested at the alliance between Washington and the Kurdish militia.",
                            published=date(2018, 1, 27))
    protests = [e for e in events if e.evidence.trigger == "protested"]
    assert protests and protests[0].event_type == "ACCUSE" and protests[0].cameo == "111"
    crowd = sitrep.extract("Thousands of Algerians protested in Algiers against the new law.", published=date(2019, 3, 1))
    assert any(e.event_type == "PROTEST" for e in crowd)


def test_coder_pronoun_for_an_uncoded_phrase_is_not_a_source():
    import sitrep

    events = sitrep.extract("Some local people gathered near the bridge. They attacked the police station.",
                            published=date(2019, 3, 1))
    assert not [e for e in events if e.source is not None and e.source.text == "They"]


def test_coder_definite_description_target_takes_the_town_named_before():
    import sitrep

    events = sitrep.extract("Turkish jets pounded Afrin on Monday. Hours later, Turkish artillery shelled the town again.",
                            published=date(2018, 2, 1))
    shelled = [e for e in events if e.evidence.trigger == "shelled"]
    assert shelled and shelled[0].target is not None
    assert shelled[0].target.text == "the town"
    assert (shelled[0].target.name, shelled[0].target.country) == ("Afrin", "SYR")


def test_coder_sourceless_violence_is_kept_unless_turned_off():
    from sitrep.coder import Coder
    from sitrep.settings import Settings

    text = "Twelve civilians were killed in an explosion in Azaz on Monday."
    kept = [e for e in sitrep_extract(text) if e.event_type == "ASSAULT"]
    assert kept and kept[0].source is None and kept[0].killed == 12
    assert kept[0].to_dict()["source"] is None
    off = Coder(settings=Settings(keep_sourceless=False))
    assert not [e for e in sitrep_extract(text, coder=off) if e.event_type == "ASSAULT"]
    talk = "The talks were criticised in Geneva on Monday."  # words, not violence: never kept without a source
    assert not sitrep_extract(talk)


def test_coder_sourceless_keeps_incidents_not_campaigns():
    seized = sitrep_extract("Seven revolvers and a rifle were seized in Kingston on Saturday.")
    assert seized and {(e.event_type, e.source) for e in seized} == {("COERCE", None)}  # one per conjunct
    campaign = "The fight for Idlib has drawn in every player in the war, and the fighting in Afrin goes on."
    assert not sitrep_extract(campaign)  # a war's name, no perpetrator, no casualties: nothing to check
    planned = "A military assault on Afrin is expected within days."
    assert not [e for e in sitrep_extract(planned) if e.source is None]  # not stated as having happened
    negated = "Civilians in Afrin were not targeted, officials insisted."
    assert not [e for e in sitrep_extract(negated) if e.source is None]


def sitrep_extract(text: str, **options):
    import sitrep

    return sitrep.extract(text, published=date(2019, 3, 6), **options)


def test_coder_nationality_adjective_owns_an_uncoded_target():
    events = sitrep_extract("Turkish jets bombed Iraqi towns on Monday.")
    assert [e.target.country for e in events if e.event_type == "ASSAULT" and e.target] == ["IRQ"]
    bare = sitrep_extract("Turkish jets bombed towns on Monday.")
    assert [e.target.country for e in bare if e.event_type == "ASSAULT" and e.target] == [None]


def test_coder_conjoined_targets_give_one_event_each():
    events = sitrep_extract("Turkish jets bombed Afrin and Manbij on Monday.")
    targets = sorted(e.target.text for e in events if e.event_type == "ASSAULT" and e.target)
    assert targets == ["Afrin", "Manbij"]
    assert {e.source.country for e in events if e.event_type == "ASSAULT"} == {"TUR"}
    assert len({e.event_id for e in events}) == len(events)  # each its own id, so the store keeps both


def test_coder_conjoined_states_in_one_source_phrase_give_one_event_each():
    events = [e for e in sitrep_extract("French, Egyptian and Italian warships shelled the port on Monday.")
              if e.event_type == "ASSAULT"]
    assert sorted(e.source.country for e in events) == ["EGY", "FRA", "ITA"]
    assert {e.source.text for e in events} == {"French, Egyptian and Italian warships"}  # as written
    assert len({e.event_id for e in events}) == 3  # each its own id, so the store keeps all three
    single = sitrep_extract("Hungarian officials condemned the attack on Monday.")
    assert [e.source.country for e in single if e.source] == ["HUN"]


def test_coder_casualty_clause_is_the_casualties_of_its_incident():
    bombs = sitrep_extract("Twin bombs exploded near the finish line, killing three people and injuring 260.")
    assert [(e.event_type, e.evidence.trigger, e.killed, e.injured) for e in bombs] == [
        ("ASSAULT", "exploded", 3, 260)
    ]
    checkpoint = sitrep_extract("Taliban fighters attacked a checkpoint, killing five soldiers.")
    assert [(e.evidence.trigger, e.target.text, e.target.sector, e.killed) for e in checkpoint] == [
        ("attacked", "five soldiers", "MIL", 5)  # the victims say whom it struck; "a checkpoint" names no one
    ]
    market = sitrep_extract("A suicide bomber struck a market in Baghdad, which killed 20 people.")
    assert [(e.evidence.trigger, e.killed) for e in market] == [("struck", 20)]
    claimed = sitrep_extract("The attack, which killed 20 people, was claimed by Islamic State.")
    assert [(e.status, e.killed) for e in claimed if e.event_type == "ASSAULT"] == [("claimed", 20)]
    when = sitrep_extract("Five soldiers were killed and 12 wounded when militants attacked a checkpoint.")
    assert [(e.evidence.trigger, e.source.text, e.killed, e.injured) for e in when if e.source] == [
        ("attacked", "militants", 5, 12)
    ]
    assert len(when) == 1


def test_coder_another_party_killing_stays_an_event_with_its_own_count():
    later = sitrep_extract("Rebels attacked the town on Monday, and police later killed five gunmen.")
    assert sorted((e.evidence.trigger, e.killed) for e in later if e.event_type == "ASSAULT") == [
        ("attacked", None),  # the gunmen police killed are not the attack's dead
        ("killed", 5),
    ]
    arrest = sitrep_extract("Police arrested the gunmen who killed 20 people.")
    assert [(e.event_type, e.killed) for e in arrest] == [("COERCE", None), ("ASSAULT", 20)]


def test_coder_enabling_verb_is_a_concession_only_by_an_identified_party():
    allowed = [e for e in sitrep_extract("Egypt allowed aid trucks to cross into Gaza on Monday.")
               if e.event_type == "CONCEDE"]
    assert [(e.source.country, e.status) for e in allowed] == [("EGY", "asserted")]
    promised = [e for e in sitrep_extract("Iraq said on Monday it would allow UN inspectors to return.")
                if e.event_type == "CONCEDE"]
    assert [(e.source.country, e.status) for e in promised] == [("IRQ", "planned")]
    # a gerund clause as subject is no party: no concession
    assert not [e for e in sitrep_extract("Chasing Kurdish forces from Afrin allowed Turkey to boast of a victory.")
                if e.event_type == "CONCEDE"]


def test_coder_gathering_is_a_protest_only_for_protesters():
    gathered = sitrep_extract("Demonstrators gathered in Tahrir Square on Monday.")
    assert [(e.event_type, e.mode) for e in gathered if e.evidence.trigger == "gathered"] == [("PROTEST", "demo")]
    assert not [e for e in sitrep_extract("World leaders gathered in Paris on Monday.") if e.event_type == "PROTEST"]


def test_coder_arms_found_with_no_finder_and_counted_members_arrested():
    found = [e for e in sitrep_extract("The ammunition was discovered during an inspection on Monday.")
             if e.event_type == "COERCE"]
    assert [(e.source, e.mode) for e in found] == [(None, "seize")]
    held = sitrep_extract("Police intercepted 15 suspected members of a terrorist group on Monday.")
    assert [(e.event_type, e.mode) for e in held if e.evidence.trigger == "intercepted"] == [("COERCE", "arrest")]


def test_coder_cameo_frames_code_the_appeal_and_the_threat():
    asked = sitrep_extract("Egypt asked Israel to help the refugees.")
    requests = [e for e in asked if e.event_type == "REQUEST"]
    assert [e.cameo[:2] for e in requests] == ["02"]  # the request takes CAMEO's appeal code
    assert requests[0].target is not None and requests[0].target.country == "ISR"
    assert not [e for e in asked if e.event_type == "AID"]  # the help is the request's content, not an event
    promised = sitrep_extract("Turkey promised to send troops to Idlib.")
    assert [e.status for e in promised if e.event_type == "MOBILIZE"] == ["planned"]  # a promised act stays
    vowed = [e for e in sitrep_extract("Iran vowed to attack the American base.") if e.event_type == "ASSAULT"]
    assert vowed and vowed[0].status == "planned" and vowed[0].cameo.startswith("13")
    assert vowed[0].quad_class == 3 and vowed[0].goldstein > -10.0  # the threat's scores, not the attack's


def test_coder_vow_of_violence_is_also_the_vowers_threat():
    vowed = sitrep_extract("Hezbollah vowed to destroy Israel.")
    threats = [e for e in vowed if e.event_type == "THREATEN"]
    assert [(e.evidence.trigger, e.status) for e in threats] == [("vowed", "asserted")]  # the vow happened
    assert threats[0].source is not None and threats[0].source.country == "LBN"
    assert threats[0].target is not None and threats[0].target.country == "ISR"
    assert [e.status for e in vowed if e.event_type == "ASSAULT"] == ["planned"]  # the act stays, planned
    promised = sitrep_extract("Turkey promised to send troops to Idlib.")
    assert not [e for e in promised if e.event_type == "THREATEN"]  # not violence: no threat


def test_coder_speaking_to_a_deliberative_body_is_consulting():
    told = sitrep_extract("The British ambassador told the UN Security Council that the war must end.")
    assert [e.event_type for e in told if e.evidence.trigger == "told"] == ["CONSULT"]
    press = sitrep_extract("A Kurdish commander told the Guardian that the town had fallen.")
    assert not [e for e in press if e.evidence.trigger == "told"]  # telling the press is only reporting
    hosts = sitrep_extract("Turkey hosts 3.5 million Syrian refugees.")
    assert [e.event_type for e in hosts] == ["AID"]  # CAMEO 075 grant asylum, not a hosted visit


def test_coder_parties_of_prepositional_patterns_and_appeal_nouns():
    stood = [e for e in sitrep_extract("The rebels say they are determined to stand by Turkey.")
             if e.event_type == "SUPPORT"]
    assert stood and stood[0].target is not None and stood[0].target.country == "TUR"  # "stand by X": X
    demands = sitrep_extract("The demands of United Nations leaders remain mostly ignored.")
    assert [(e.event_type, e.source.sector if e.source else None) for e in demands] == [("REQUEST", "IGO")]
    engaged = sitrep_extract("The Taliban are still engaged in combat with Pakistani troops.")
    assert [e.event_type for e in engaged] == ["ASSAULT"] and engaged[0].source is not None  # copula + participle
    assert engaged[0].target is not None and engaged[0].target.country == "PAK"


def test_coder_no_longer_negates():
    stopped = sitrep_extract("Turkish officials no longer demand that Assad be ousted.")
    assert [(e.event_type, e.status) for e in stopped if e.event_type == "REQUEST"] == [("REQUEST", "negated")]
    although = sitrep_extract("Turkey does not demand that Assad be ousted, although Erdogan described him as a terrorist.")
    assert [e.status for e in although if e.event_type == "ACCUSE"] == ["asserted"]  # a finite clause of its own
    more = sitrep_extract("Russia supports the Syrian government more than ever.")
    assert [e.status for e in more if e.event_type == "SUPPORT"] == ["asserted"]


def test_coder_cameo_speakers_own_future_act_is_an_intent():
    freed = [e for e in sitrep_extract("Israel announced it would free 150 Palestinian prisoners.")
             if e.event_type == "RETREAT"]
    assert freed and freed[0].status == "planned" and freed[0].cameo.startswith("03")  # CAMEO 035x, not 084
    refused = [e for e in sitrep_extract("Israel said it would not free the prisoners.") if e.event_type == "RETREAT"]
    assert refused and refused[0].cameo.startswith("12")  # a negated promise is a refusal
    forecast = [e for e in sitrep_extract("The US said Iraq would attack Kuwait.") if e.event_type == "ASSAULT"]
    assert forecast and forecast[0].cameo.startswith("19")  # another party's act: no intent, no threat


def test_coder_accidents_and_taking_part_are_not_events():
    assert not [e for e in sitrep_extract("Ten people were killed in a car crash in Damascus.")
                if e.event_type == "ASSAULT"]
    assert [e.event_type for e in sitrep_extract("Ten people were killed in an air strike in Idlib.")] == ["ASSAULT"]
    took = sitrep_extract("Turkish troops took part in the attack on Afrin.")
    assert [e.event_type for e in took] == ["ASSAULT"]  # the attack, not a meeting (CONSULT)


def test_coder_a_weapon_blowing_up_is_one_incident_with_no_perpetrator():
    text = "The bomb had been planted in a car. As the soldiers arrived, it exploded, killing two soldiers."
    blast = [e for e in sitrep_extract(text) if e.evidence.trigger == "exploded"]
    assert [(e.event_type, e.source, e.killed) for e in blast] == [("ASSAULT", None, 2)]
    assert [e.event_type for e in sitrep_extract("Each bomb exploded with a deafening roar.")] == ["ASSAULT"]
    assert not sitrep_extract("A gas cylinder exploded with a deafening roar.")  # what blew up is no weapon


def test_coder_an_arrest_of_a_person_pronoun_is_kept():
    events = sitrep_extract("In May, she was arrested and charged with treason.")
    assert sorted(e.event_type for e in events) == ["ACCUSE", "COERCE"]
    assert not sitrep_extract("In May, it was charged with treason.")  # no person
    assert [e.event_type for e in sitrep_extract("They were released in June.")] == ["RETREAT"]
    assert not sitrep_extract("The documents were released in June.")


def test_coder_naming_pleas_and_dismissals_are_no_requests_or_attacks():
    assert not [e for e in sitrep_extract("On Friday, Macron called the explosion an attack.")
                if e.event_type == "REQUEST"]  # a date's "on" is no "call on"
    assert not sitrep_extract("A man from Kyrgyzstan pleaded not guilty.")
    assert not sitrep_extract("I didn't think they'd fire me.")


# ------------------------------------------------------------------ worker processes (processes > 1)


def guardian_articles(n: int) -> list:
    import itertools

    from conftest import shared_file
    from sitrep.ingest import read_sources
    from sitrep.records import Article

    path = shared_file("corpora", "guardian_syria_2017_2019.jsonl")
    return list(itertools.islice((a for a in read_sources([path]) if isinstance(a, Article)), n))


def test_coder_two_processes_code_exactly_what_one_codes(nlp, monkeypatch):
    import sitrep.coder
    from sitrep.coder import Coder
    from sitrep.settings import Settings

    articles = guardian_articles(10)
    one = Coder(settings=Settings(processes=1))
    one._nlp = nlp
    expected = [(a.doc_id, [e.to_dict() for e in events]) for a, events in one.code(articles)]
    monkeypatch.setattr(sitrep.coder, "CHUNK", 3)  # several chunks in flight at once, finishing out of order
    two = Coder(settings=Settings(processes=2))
    two._nlp = nlp  # the forked workers inherit the loaded model
    got = [(a.doc_id, [e.to_dict() for e in events]) for a, events in two.code(articles)]
    assert [doc for doc, _ in got] == [a.doc_id for a in articles]  # input order
    assert sum(len(events) for _, events in expected) > 20
    assert got == expected


class _FakeCoder:
    """Stands in for Coder in the worker pool: 'codes' an article into its doc id, slowly for some."""

    def __init__(self, fail_on: str | None = None) -> None:
        from sitrep.settings import Settings

        self.settings = Settings(processes=2, batch_size=4)
        self.fail_on = fail_on

    def code_batch(self, articles: list) -> list:
        import time

        if any(a.doc_id == self.fail_on for a in articles):
            raise ValueError(f"cannot code {self.fail_on}")
        time.sleep(0.05 if int(articles[0].doc_id) % 3 == 0 else 0.0)
        return [[a.doc_id] for a in articles]


def fake_articles(pulled: list[int]):
    """An endless stream of tiny articles; `pulled` counts how many were read."""
    import itertools

    from sitrep.records import Article

    for i in itertools.count():
        pulled[0] += 1
        yield Article(doc_id=str(i), text=f"Text {i}.")


def test_coder_workers_stream_in_order_with_bounded_reading():
    import itertools
    import multiprocessing

    from sitrep.coder import CHUNK, IN_FLIGHT_PER_WORKER, code_in_workers

    pulled = [0]
    stream = code_in_workers(_FakeCoder(), fake_articles(pulled), processes=2)
    first = list(itertools.islice(stream, 50))
    assert [events for _, events in first] == [[str(i)] for i in range(50)]
    assert [a.doc_id for a, _ in first] == [str(i) for i in range(50)]
    assert pulled[0] <= 50 + IN_FLIGHT_PER_WORKER * 2 * min(CHUNK, 4)  # never the whole (endless) corpus
    stream.close()  # the caller stops early: the workers are stopped
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("sitrep-")]


def test_coder_worker_error_is_raised_in_the_caller():
    import itertools
    import multiprocessing

    import pytest

    from sitrep.coder import code_in_workers

    stream = code_in_workers(_FakeCoder(fail_on="13"), fake_articles([0]), processes=2)
    with pytest.raises(ValueError, match="cannot code 13"):
        list(itertools.islice(stream, 100))
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("sitrep-")]


def test_coder_request_is_addressed_to_whoever_owns_what_it_asks_for():
    events = sitrep_extract("The Kurdish militia called for US support on Monday.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and requests[0].target is not None and requests[0].target.country == "USA"


def test_coder_workers_exit_when_the_main_process_is_killed():
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = (
        "import itertools, multiprocessing, sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_coder import _FakeCoder, fake_articles\n"
        "from sitrep.coder import code_in_workers\n"
        "stream = code_in_workers(_FakeCoder(), fake_articles([0]), processes=2)\n"
        "next(stream)\n"
        "print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "time.sleep(120)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    assert len(workers) == 2
    os.kill(proc.pid, signal.SIGKILL)  # as `kill -9` during an ingest
    proc.wait(timeout=30)

    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
        except (FileNotFoundError, IndexError):
            return False

    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if alive(pid)], "orphaned workers kept running"


def _by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_coder_attribution_makes_the_party_held_responsible_the_source():
    said = sitrep_extract("Saudi officials said Iran was responsible for the drone attacks on the oil plants.")
    (attack,) = _by_type(said, "ASSAULT")
    assert (attack.source.country, attack.status, attack.attributed_to.text) == ("IRN", "reported", "Saudi officials")
    (accusation,) = _by_type(said, "ACCUSE")  # the speaker's blame is an accusation of its own (CAMEO 112)
    assert (accusation.source.country, accusation.target.country, accusation.cameo) == ("SAU", "IRN", "112")
    suspected = sitrep_extract("Pakistani militants are believed to be behind the suicide attack in Pulwama.")
    (attack,) = _by_type(suspected, "ASSAULT")
    assert (attack.source.country, attack.status, attack.attributed_to) == ("PAK", "reported", None)
    held = sitrep_extract("Kenya held al-Shabaab responsible for the raid on the hotel.")
    assert [(e.source.actor_id, e.attributed_to.text) for e in _by_type(held, "ASSAULT")] == [("AL-SHABAAB", "Kenya")]


def test_coder_blame_codes_the_blamed_act_and_accuses_the_party_not_the_act():
    events = sitrep_extract("Police blamed the bombing in Maiduguri on Boko Haram.")
    (attack,) = _by_type(events, "ASSAULT")
    assert (attack.source.actor_id, attack.status, attack.attributed_to.text) == ("BOKO-HARAM", "reported", "Police")
    assert [e.target.text for e in _by_type(events, "ACCUSE")] == ["Boko Haram"]
    passive = sitrep_extract("Al-Shabaab was blamed for the car bombing in Mogadishu.")
    assert [(e.source.actor_id, e.status) for e in _by_type(passive, "ASSAULT")] == [("AL-SHABAAB", "reported")]


def test_coder_attribution_never_asserts_a_denied_or_supposed_act():
    denied = sitrep_extract("Russia denied it was behind the air strike on the hospital.")
    assert [e.status for e in _by_type(denied, "ASSAULT")] == ["denied"]
    supposed = sitrep_extract("Analysts said Iran could be behind the drone strikes.")
    assert [e.status for e in _by_type(supposed, "ASSAULT")] == ["hypothetical"]
    assert not _by_type(supposed, "ACCUSE")
    own = sitrep_extract("The Taliban said they were behind the attack on the checkpoint.")
    assert [(e.status, e.attributed_to.text) for e in _by_type(own, "ASSAULT")] == [("claimed", "The Taliban")]
    unknown = sitrep_extract("It is unclear who was behind the attack on the convoy.")
    assert not [e for e in unknown if e.source is not None]


def test_coder_assurances_received_from_a_party_are_its_promise():
    events = sitrep_extract("Georgian demonstrators received assurances from the Georgian government.")
    assert [(e.event_type, e.cameo, e.source.sector if e.source else None) for e in events] == [
        ("AGREE", "030", "GOV")
    ]


def test_coder_pause_in_the_bombing_and_a_charge_are_no_reported_acts():
    paused = sitrep_extract("Local news reports that there was a pause in the bombing in Aleppo.")
    assert not [e for e in paused if e.event_type == "ASSAULT"]
    killed = sitrep_extract("Two people were killed in the bombing of Aleppo on Monday.")
    assert [e.event_type for e in killed] == ["ASSAULT"]  # the "in" of a victim's clause still reports it
    jailed = sitrep_extract("A Tunisian court jailed a Nigerian student for helping militants join an armed group.")
    assert [(e.event_type, e.source.country) for e in jailed] == [("COERCE", "TUN")]  # the charge is no AID


def test_coder_interpol_and_deepened_ties():
    sent = sitrep_extract("Interpol has said it will send a team to help identify the victims.")
    sending = [e for e in sent if e.evidence.trigger == "send"]  # the speaker's own future visit: an intent
    assert [(e.cameo, e.source.country, e.source.sector) for e in sending] == [("036", "IGO", "COP")]
    sought = sitrep_extract("Brazil and the United States are seeking to deepen a partnership in energy.")
    assert sorted((e.source.country, e.cameo[:2], e.status) for e in sought) == [
        ("BRA", "03", "planned"),
        ("USA", "03", "planned"),
    ]
