"""CAMEO's frames: an act under "want to", "vow to", "asked X to" is coded as the intent, threat or appeal.

CAMEO codes "Turkey wants to help" as an intent (03x), "Iran vowed to attack" as a threat (13x), "Egypt asked Israel
to help" as an appeal (02x) and "will not accept refugees" as a refusal (12x), where PLOVER keeps the act with a
status. sitrep keeps both views: the record's `event_type` and `status` say what the act is and whether it
happened; its `cameo` (with `goldstein` and `quad_class`, which follow it) is the code CAMEO gives the sentence.
When the governing verb is an event of its own (the request in "asked Israel to help"), that event takes the
framed code. What a request asks for is the request's content and is not output again; an act someone promises,
plans or threatens keeps its own event and status (planned), so a filter on planned events still finds it.

`apply_frames(coded)` is a pure function over one sentence's (trigger, events) pairs, in text order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Event
from .ontology import cameo_info, framed_code
from .triggers import governing_frame

COOPERATIVE_QUADS = frozenset({1, 2})
FRAMED_DEPS = frozenset({"xcomp", "ccomp"})
OBJECT_DEPS = frozenset({"dobj", "dative"})

Coded = list[tuple[Token, list[Event]]]


def frame_of(trigger: Token) -> tuple[str | None, Token | None]:
    """The frame ("intent", "appeal") a trigger's governing verb puts it in, and that verb; (None, None) if none.
    An intent verb with an object of its own ("wants Putin to attack") is an appeal."""
    if trigger.dep_ not in FRAMED_DEPS or trigger.head == trigger:
        return None, None
    governor = trigger.head
    has_object = any(c.dep_ in OBJECT_DEPS for c in governor.children) or (
        trigger.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    )
    frame = governing_frame(governor.lemma_.lower(), has_object=has_object)
    return (frame, governor) if frame is not None else (None, None)


def recoded(event: Event, code: str) -> Event:
    """The event with CAMEO code `code`, and that code's Goldstein score and quad class."""
    info = cameo_info(code)
    if info is None:
        return event
    return replace(event, cameo=code, goldstein=info.goldstein, quad_class=info.quad_class)


def framed(event: Event, frame: str) -> str | None:
    """The code of `event`'s act in `frame`: cooperative acts take the frame itself; a hostile act intended
    is a threat; CAMEO has no code for appealing for an attack."""
    if not event.cameo:
        return None
    if event.quad_class in COOPERATIVE_QUADS:
        return framed_code(event.cameo, frame)
    return framed_code(event.cameo, "threat") if frame == "intent" else None


def apply_frames(coded: Coded) -> list[Event]:
    """One sentence's events with CAMEO's frames applied (see the module docstring), in text order."""
    by_token = {trigger.i: events for trigger, events in coded}
    for trigger, events in coded:
        frame, governor = frame_of(trigger)
        if frame is None or governor is None or not events or (code := framed(events[0], frame)) is None:
            continue
        if by_token.get(governor.i):  # the request or promise takes the framed code
            by_token[governor.i] = [recoded(e, code) for e in by_token[governor.i]]
            if frame == "appeal":  # what is asked for is the request's content, not an event of its own
                by_token[trigger.i] = []
        else:
            by_token[trigger.i] = [recoded(e, code) for e in events]
    return [refused(e) for trigger, _events in coded for e in by_token[trigger.i]]


def refused(event: Event) -> Event:
    """A negated cooperative act ("will not accept refugees") takes CAMEO's refusal code."""
    if event.status != "negated" or event.quad_class not in COOPERATIVE_QUADS or not event.cameo:
        return event
    code = framed_code(event.cameo, "refuse")
    return recoded(event, code) if code else event
