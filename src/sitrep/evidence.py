"""Showing an event with its evidence: the record in words, then the article with the spans marked."""

from __future__ import annotations

from typing import Any

MARKS = {  # kind → (plain open, plain close, ANSI open)
    "sentence": ("⟦", "⟧", "\033[1m"),
    "trigger": ("[", "]", "\033[1;31m"),
    "source": ("{", "}", "\033[1;34m"),
    "target": ("{", "}", "\033[1;35m"),
    "place": ("<", ">", "\033[1;32m"),
}
RESET = "\033[0m"


def describe_actor(actor: dict[str, Any] | None) -> str:
    """ "U.S. F-16s (USA-MIL, sector MIL)"-style summary of an actor record."""
    if not actor:
        return "—"
    codes = [actor.get("actor_id") or actor.get("country"), actor.get("sector")]
    extra = [
        f"backed by {actor['sponsor']}" if actor.get("sponsor") else "",
        f"led by {actor['led_by']}" if actor.get("led_by") else "",
    ]
    inside = ", ".join(c for c in [*codes, *extra] if c)
    return f"{actor['text']} ({inside})" if inside else actor["text"]


def describe(record: dict[str, Any]) -> list[str]:
    """The record in a few readable lines."""
    status = record["status"]
    if record.get("attributed_to"):
        status += f" by {record['attributed_to']['text']}"
    if record.get("denied_by"):
        status += f" by {record['denied_by']['text']}"
    loc = record.get("location") or {}
    place = (
        f"{loc.get('name') or loc.get('text')} ({loc.get('precision')}, {loc.get('lat')}, {loc.get('lon')})"
        if loc
        else "—"
    )
    when = record["date"] + (f"..{record['date_end']}" if record.get("date_end") else "")
    return [
        f"event   {record['event_id']}  ({record['doc_id']})",
        f"type    {record['event_type']}"
        + (f" / {record['mode']}" if record.get("mode") else "")
        + f"  CAMEO {record.get('cameo')}  Goldstein {record.get('goldstein')}  quad {record.get('quad_class')}",
        f"status  {status}",
        f"source  {describe_actor(record.get('source'))}",
        f"target  {describe_actor(record.get('target'))}",
        f"date    {when} ({record['date_precision']}"
        + (f", from '{record['date_text']}')" if record.get("date_text") else ")"),
        f"place   {place}",
        f"trigger {record['evidence']['trigger']}   confidence {record['confidence']}",
    ]


def _spans(record: dict[str, Any], text: str) -> list[tuple[int, int, str]]:
    """Character spans to mark inside the evidence sentence."""
    start, end = record["evidence"]["start"], record["evidence"]["end"]
    sentence = text[start:end].rstrip()  # the close mark goes after the sentence, not on the next line
    end = start + len(sentence)
    spans = [(start, end, "sentence")]
    wanted = [("trigger", record["evidence"]["trigger"])]
    wanted += [(kind, (record.get(kind) or {}).get("text")) for kind in ("source", "target")]
    wanted.append(("place", (record.get("location") or {}).get("text")))
    for kind, needle in wanted:
        if needle and (at := sentence.find(needle)) >= 0:
            spans.append((start + at, start + at + len(needle), kind))
    return spans


def mark_text(text: str, spans: list[tuple[int, int, str]], *, color: bool) -> str:
    """Insert open/close marks (or ANSI colours) for each span; inner spans close before outer ones."""
    inserts: list[tuple[int, int, int, str]] = []  # (offset, closes first, inner last/first, mark)
    for s, e, kind in spans:
        open_, close, ansi = MARKS[kind]
        # at one offset the outer (longer) span opens first and the inner (later-starting) one closes first
        inserts.append((s, 1, -e, ansi if color else open_))
        inserts.append(
            (e, 0, -s, (RESET + (MARKS["sentence"][2] if kind != "sentence" else "")) if color else close)
        )
    out, pos = [], 0
    for at, _order, _nesting, mark in sorted(inserts, key=lambda x: x[:3]):
        out.append(text[pos:at])
        out.append(mark)
        pos = at
    out.append(text[pos:])
    return "".join(out)


def render_evidence(record: dict[str, Any], document: dict[str, Any], *, color: bool = False) -> str:
    """The event described, then the article text with the evidence sentence, trigger, actors and place marked."""
    text = document["text"]
    title = document.get("title") or document["doc_id"]
    published = document.get("published") or "undated"
    legend = "" if color else "marks: ⟦sentence⟧ [trigger] {source/target} <place>"
    body = mark_text(text, _spans(record, text), color=color)
    return "\n".join([*describe(record), "", f"— {title} ({published}) —", legend, "", body])
