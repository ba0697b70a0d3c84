"""Evidence display: marks at the right offsets, nesting, colour vs plain, and the record described in words."""

from __future__ import annotations

from typing import Any

from sitrep.evidence import RESET, describe, describe_actor, mark_text, render_evidence

TEXT = (
    "Officials spoke on Monday.\n"
    "U.S. jets struck Iranian-backed fighters near al Tanf, killing 12.\n"
    "The Pentagon confirmed the strike."
)
SENTENCE = "U.S. jets struck Iranian-backed fighters near al Tanf, killing 12.\n"
START = TEXT.index(SENTENCE)


def make_record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": "1",
        "event_id": "ev_0123456789abcdef",
        "doc_id": "doc1",
        "event_type": "ASSAULT",
        "mode": "aerial",
        "context": [],
        "cameo": "195",
        "quad_class": 4,
        "goldstein": -10.0,
        "status": "asserted",
        "source": {
            "text": "U.S. jets",
            "name": None,
            "actor_id": "USA-MIL",
            "country": "USA",
            "sector": "MIL",
            "sponsor": None,
            "led_by": None,
        },
        "target": {
            "text": "Iranian-backed fighters",
            "name": None,
            "actor_id": None,
            "country": None,
            "sector": "MIL",
            "sponsor": "IRN",
            "led_by": None,
        },
        "attributed_to": None,
        "denied_by": None,
        "date": "2017-05-18",
        "date_end": None,
        "date_precision": "day",
        "date_text": "Monday",
        "location": {
            "text": "al Tanf",
            "name": "At Tanf",
            "geonameid": 1,
            "lat": 33.5,
            "lon": 38.6,
            "country": "SYR",
            "admin1": None,
            "precision": "place",
        },
        "casualties": {"killed": 12, "injured": None},
        "evidence": {"sentence": SENTENCE, "start": START, "end": START + len(SENTENCE), "trigger": "struck"},
        "confidence": 0.9,
        "coder": "sitrep test",
    }
    record.update(changes)
    return record


def test_evidence_mark_text_plain_offsets():
    assert mark_text("abcdefgh", [(2, 5, "trigger")], color=False) == "ab[cde]fgh"
    assert mark_text("abcdefgh", [(0, 3, "place"), (5, 8, "source")], color=False) == "<abc>de{fgh}"


def test_evidence_mark_text_nested_spans_close_inner_first():
    text = "hello world."
    spans = [(0, 11, "sentence"), (0, 5, "source"), (6, 11, "trigger")]
    assert mark_text(text, spans, color=False) == "⟦{hello} [world]⟧."


def test_evidence_mark_text_nesting_does_not_depend_on_span_order():
    text = "hello world."
    spans = [(6, 11, "trigger"), (0, 5, "source"), (0, 11, "sentence")]
    assert mark_text(text, spans, color=False) == "⟦{hello} [world]⟧."


def test_evidence_mark_text_colour_uses_ansi_and_restores_sentence_bold():
    marked = mark_text("a big fire", [(0, 10, "sentence"), (2, 5, "trigger")], color=True)
    assert marked == "\033[1ma \033[1;31mbig" + RESET + "\033[1m fire" + RESET
    assert "[" not in marked.replace("\033[", "") and "⟦" not in marked


def test_evidence_render_marks_sentence_trigger_actors_place():
    out = render_evidence(
        make_record(), {"doc_id": "doc1", "text": TEXT, "title": "Strike", "published": "2017-05-20"}
    )
    body = out.split("\n\n")[-1]
    assert body.startswith(
        "Officials spoke on Monday.\n⟦{U.S. jets} [struck] {Iranian-backed fighters} near <al Tanf>"
    )
    assert (
        "killing 12.⟧\nThe Pentagon confirmed the strike." in body
    )  # close mark stays on the sentence's line
    assert "— Strike (2017-05-20) —" in out
    assert "\033[" not in out


def test_evidence_render_colour_has_no_plain_marks():
    out = render_evidence(make_record(), {"doc_id": "doc1", "text": TEXT}, color=True)
    body = out.split("\n\n")[-1]
    assert "\033[1;31mstruck" + RESET in body
    assert "⟦" not in body and "{" not in body
    assert "— doc1 (undated) —" in out


def test_evidence_render_skips_spans_not_in_sentence():
    record = make_record(source={"text": "Russian bombers", "actor_id": "RUS-MIL"}, location=None)
    out = render_evidence(record, {"doc_id": "doc1", "text": TEXT})
    body = out.split("\n\n")[-1]
    assert "⟦U.S. jets [struck] {Iranian-backed fighters} near al Tanf" in body
    assert "<" not in body


def test_evidence_describe_lines():
    lines = describe(make_record())
    assert lines[0] == "event   ev_0123456789abcdef  (doc1)"
    assert lines[1].startswith("type    ASSAULT / aerial  CAMEO 195  Goldstein -10.0  quad 4")
    assert "status  asserted" in lines
    assert "source  U.S. jets (USA-MIL, MIL)" in lines
    assert "target  Iranian-backed fighters (MIL, backed by IRN)" in lines
    assert "date    2017-05-18 (day, from 'Monday')" in lines
    assert "place   At Tanf (place, 33.5, 38.6)" in lines
    assert lines[-1] == "trigger struck   confidence 0.9"


def test_evidence_describe_attribution_range_and_missing_parts():
    record = make_record(
        status="claimed",
        attributed_to={"text": "the Pentagon"},
        target=None,
        location=None,
        date="2017-05-01",
        date_end="2017-05-31",
        date_precision="month",
        date_text=None,
    )
    lines = describe(record)
    assert "status  claimed by the Pentagon" in lines
    assert "target  —" in lines
    assert "place   —" in lines
    assert "date    2017-05-01..2017-05-31 (month)" in lines


def test_evidence_describe_actor_variants():
    assert describe_actor(None) == "—"
    assert describe_actor({"text": "they"}) == "they"
    assert describe_actor(
        {"text": "coalition jets", "actor_id": "COALITION", "sector": "MIL", "led_by": "USA"}
    ) == ("coalition jets (COALITION, MIL, led by USA)")
    assert describe_actor({"text": "Iraqi troops", "country": "IRQ"}) == "Iraqi troops (IRQ)"
