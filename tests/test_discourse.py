"""coding/discourse.py on hand-made events: an answer that names no one answers the request put to its party."""

from __future__ import annotations

from sitrep.coding.discourse import answered_requests, answers, is_asking
from sitrep.records import Actor, Event, Evidence

CAMPBELL = Actor(text="the 26-year-old", name="British civilians", actor_id="GBR-CVL", country="GBR", sector="CVL")
COMMANDERS = Actor(text="her Kurdish commanders", name="Kurdish militia", sector="UAF")
THEY = Actor(text="They", name="People's Protection Units", actor_id="YPG", country="SYR", sector="REB")


def _event(kind: str, start: int, *, source: Actor | None, target: Actor | None = None, cameo: str = "") -> Event:
    evidence = Evidence("…", start, start + 10, "w", trigger_start=start)
    return Event(doc_id="d", event_type=kind, status="asserted", evidence=evidence, source=source, target=target,
                 cameo=cameo or None)


def test_discourse_refusal_and_giving_in_answer_the_request_put_to_their_party():
    # "she begged her Kurdish commanders to send her ... They refused at first ... Finally they gave in"
    events = [
        _event("REQUEST", 0, source=CAMPBELL, target=COMMANDERS),
        _event("REJECT", 100, source=THEY),
        _event("ASSAULT", 200, source=Actor(text="Turkey", actor_id="TUR", country="TUR")),
        _event("CONCEDE", 300, source=Actor(**{**THEY.to_dict(), "text": "they"})),
    ]
    answered = answered_requests(events)
    assert [e.target for e in answered] == [COMMANDERS, CAMPBELL, None, CAMPBELL]


def test_discourse_answer_too_far_after_the_request_or_with_a_target_stays():
    request = _event("REQUEST", 0, source=CAMPBELL, target=COMMANDERS)
    later = [_event("ASSAULT", 10 * n, source=None) for n in range(1, 6)]
    far = _event("REJECT", 100, source=THEY)
    assert answered_requests([request, *later, far])[-1].target is None
    own = _event("REJECT", 20, source=THEY, target=Actor(text="the plan"))
    assert answered_requests([request, own])[-1].target == Actor(text="the plan")


def test_discourse_answer_by_a_party_not_asked_is_no_answer():
    # "the US asked Turkey to halt ... Russia refused": Russia was not asked; nor does the asker answer herself
    request = _event("REQUEST", 0, source=Actor(text="the US", actor_id="USA"), target=Actor(text="Turkey",
                                                                                           actor_id="TUR"))
    assert answered_requests([request, _event("REJECT", 50, source=Actor(text="Russia", actor_id="RUS"))])[-1] \
        .target is None
    assert not answers(CAMPBELL, asked=COMMANDERS, asker=CAMPBELL)
    assert answers(Actor(text="Ankara", actor_id="TUR"), asked=Actor(text="Turkey", actor_id="TUR"),
                   asker=Actor(text="the US", actor_id="USA"))


def test_discourse_offers_and_ultimatums_are_put_to_a_party():
    assert is_asking(_event("AGREE", 0, source=CAMPBELL, cameo="036"))  # offered talks
    assert is_asking(_event("THREATEN", 0, source=CAMPBELL, cameo="139"))  # an ultimatum
    assert not is_asking(_event("THREATEN", 0, source=CAMPBELL, cameo="138"))  # a threat of force


def test_discourse_asked_party_may_answer_as_its_government_or_by_its_noun():
    # "the US urged Turkey to halt ... Ankara gave in"; "begged her Kurdish commanders ... the commanders refused"
    us = Actor(text="The US", actor_id="USA", country="USA")
    turkey = Actor(text="Turkey", actor_id="TUR", country="TUR")
    assert answers(Actor(text="Ankara", actor_id="TUR-GOV", country="TUR", sector="GOV"), asked=turkey, asker=us)
    assert not answers(Actor(text="Moscow", actor_id="RUS-GOV", country="RUS", sector="GOV"), asked=turkey, asker=us)
    assert answers(Actor(text="The commanders"), asked=COMMANDERS, asker=CAMPBELL)
    assert not answers(Actor(text="The commanders"), asked=Actor(text="her Kurdish fighters"), asker=CAMPBELL)
