"""Dates a sentence tells by an interval between two events: "The offensive came a month after al-Nusra expelled
Hazm", "shelled the town two weeks after rebels kidnapped four peacekeepers", "retook the city two months after the
fall of Aleppo". The clause or phrase after "after"/"before" holds the other event (the embedded one); the
interval ("a month", "two weeks", "days") ties the two dates, so the one the text dates gives the other: the
embedded event lies that interval before ("after") or after ("before") the main one, and the reverse.

Token functions only (the dates themselves come from `event_dates`): `offset_link` finds the link whose embedded
clause or phrase the trigger heads, `main_link` the link the trigger is the main event of, `shifted` moves a date
across the interval.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..dates import resolve_date
from ..records import DateValue

OFFSET_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})  # "a month after", "hours after"
SHORT_UNITS = frozenset({"minute", "hour", "day"})  # too short to move a publication date: the lag of reporting
# the direction of the embedded event seen from the main one, and the reverse
DIRECTIONS = {"after": ("earlier", "later"), "before": ("later", "earlier")}
PRECISION_RANK = {"day": 0, "publication": 0, "week": 1, "month": 2, "year": 3}
# a noun event that shares its verb's time: "the offensive came a month after ...", "launched the assault days before"
SHARING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


@dataclass(frozen=True)
class OffsetLink:
    """`main` happened `offset` (the interval's unit noun, "month") `word` ("after"/"before") `embedded`."""

    main: Token
    embedded: Token
    offset: Token
    word: str

    def phrase(self) -> str:
        """The interval as written: "a month", "two weeks", "hours"."""
        return " ".join(t.text for t in self.offset.subtree)


def offset_link(head: Token) -> OffsetLink | None:
    """The link whose embedded event `head` is: the verb of an "after/before" clause ("a month after al-Nusra
    expelled Hazm": interval on the verb or on "after") or the noun after the preposition ("two months after the
    fall of Aleppo")."""
    if head.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in DIRECTIONS), None)
        holders, main = [head, mark], head.head
    elif head.dep_ == "pobj" and head.head.lower_ in DIRECTIONS and head.head.dep_ == "prep":
        mark = head.head
        holders, main = [mark], mark.head
    else:
        return None
    if mark is None:
        return None
    offset = next((c for h in holders if h is not None for c in h.children
                   if c.dep_ == "npadvmod" and c.lemma_.lower() in OFFSET_UNITS), None)
    return OffsetLink(main=main, embedded=head, offset=offset, word=mark.lower_) if offset is not None else None


def main_link(trigger: Token) -> OffsetLink | None:
    """The link whose main event the trigger is: its own "after/before" clause or phrase, or that of the verb it
    is the subject or object of ("The offensive came a month after ...", "launched the assault days before ...")."""
    verbs = [trigger, trigger.head] if trigger.dep_ in SHARING_DEPS and trigger.pos_ == "NOUN" else [trigger]
    for verb in verbs:
        for child in verb.children:
            heads = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            link = next((k for k in map(offset_link, heads) if k is not None), None)
            if link is not None:
                return link
    return None


def shifted(value: DateValue, link: OffsetLink, *, to_embedded: bool) -> DateValue | None:
    """`value` (the main event's date, or the embedded one's when not `to_embedded`) moved across the interval,
    no finer than either ("a month after" a day → that month's window; "two days after" a month → the month).
    A publication date is not moved by hours or days: news reports that late anyway."""
    unit = link.offset.lemma_.lower()
    if value.precision == "publication" and unit in SHORT_UNITS:
        return None
    direction = DIRECTIONS[link.word][0 if to_embedded else 1]
    start = resolve_date(f"{link.phrase()} {direction}", published=value.date, anchor=value.date)
    end = resolve_date(f"{link.phrase()} {direction}", published=value.date, anchor=value.date_end or value.date)
    if start is None or end is None:
        return None
    precision = max(start.precision, value.precision, key=lambda p: PRECISION_RANK.get(p, 0))
    last = max(end.date_end or end.date, end.date)
    return DateValue(date=start.date, date_end=last if last != start.date else None, precision=precision,
                     text=f"{link.phrase()} {link.word}")
