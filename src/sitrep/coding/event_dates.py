"""When an event happened: the date its clause gives, else the publication date (a reported act the date of its
report, an act told "N weeks after" another dated from it). Split out of `coding.when_where`, which keeps where;
`coding.events` calls these with its DocState.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..dates import find_date_expressions, is_dateline, resolve_date
from ..records import DateValue
from ..reporting_verbs import reporting_verbs
from .offset_dates import main_link, offset_link, shifted
from .phrases import span_text
from .speaker_seats import compounds

if TYPE_CHECKING:
    from .events import DocState

REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "dobj"})


def event_date(trigger: Token, *, state: DocState) -> DateValue:
    """The date the trigger's clause gives (closest expression not attached to a reporting verb nor to a verb in
    another branch), else the date of the report the trigger is reported by (`report_date`), else the
    publication date with precision `publication`. A resolved date becomes the anchor for "a day earlier"."""
    dates = sentence_dates(trigger.sent, published=state.published, anchor=state.anchor)
    found = offset_date(trigger, dates, published=state.published) or clause_date(trigger, dates)
    conjunct = _shared_time_conjunct(trigger)
    if found is None and conjunct is not None:
        found = clause_date(conjunct, dates)
    found = found or report_date(trigger, dates)
    if found is None:
        return DateValue(date=state.published, precision="publication")
    state.anchor = found.date
    return found


Dated = list[tuple[Span, DateValue]]  # a sentence's resolved date expressions


def offset_date(trigger: Token, dates: Dated, *, published: date) -> DateValue | None:
    """The date an interval ties the trigger to ("a month after al-Nusra expelled Hazm", `offset_dates`): an
    embedded event's own date (one inside its clause), else the main event's moved back or forward across the
    interval; a main event's own date (one outside the embedded clause), else the embedded one's moved. None
    when the trigger is in no such link, or neither side is dated (a main event then takes its usual date)."""
    link = offset_link(trigger)
    if link is not None:
        inside, outside = _split_dates(dates, link.embedded)
        base = clause_date(link.main, outside) or report_date(link.main, outside)
        moved = shifted(base or DateValue(date=published, precision="publication"), link, to_embedded=True)
        return clause_date(trigger, inside) or moved
    link = main_link(trigger)
    if link is None:
        return None
    inside, outside = _split_dates(dates, link.embedded)
    other = clause_date(link.embedded, inside)
    return clause_date(trigger, outside) or (shifted(other, link, to_embedded=False) if other else None)


def _split_dates(dates: Dated, head: Token) -> tuple[Dated, Dated]:
    """The dates inside `head`'s clause or phrase, and the others."""
    inside = [d for d in dates if head in (d[0].root, *d[0].root.ancestors)]
    return inside, [d for d in dates if d not in inside]


def clause_date(trigger: Token, dates: list[tuple[Span, DateValue]]) -> DateValue | None:
    """The date nearest the trigger among those its clause gives (not a reporting verb's nor another branch's)."""
    best: tuple[int, DateValue] | None = None
    for span, value in dates:
        if (
            _governed_by_reporting(span.root, trigger)
            or _other_branch(span.root, trigger)
            or _across_relative_clause(span.root, trigger)
            or _dates_another_noun(span.root, trigger)
        ):
            continue
        distance = abs(span.start_char - trigger.idx)
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best is not None else None


def _across_relative_clause(token: Token, trigger: Token) -> bool:
    """True when a relative clause holds the date or the trigger but not both: a relative clause is background
    with its own time ("warned at the weekend that countries that negotiated a deal ...": the weekend dates the
    warning; "the blast hit the area, which was on the front line before forces retook it in December": December
    dates the retaking). A relative clause on the trigger itself dates it ("the offensive, which began in
    January")."""
    above = [trigger, *trigger.ancestors]
    for node in (token, *token.ancestors):
        if node in above:
            return any(n.dep_ == "relcl" for n in above[: above.index(node)])
        if node.dep_ == "relcl" and node.head != trigger:
            return True
    return False


def _dates_another_noun(token: Token, trigger: Token) -> bool:
    """True when a year is part of another noun's own phrase, as a premodifier ("its complicity in a 2016 coup",
    "the 2011 intervention") or after "of" ("the imprisonments of 2015"): it dates that noun's event, not the
    trigger ("condemned" above it, or another noun). A year after "in" is not counted: the parser often hangs a
    verb's "in 2016" on its object noun."""
    if not token.like_num:
        return False
    noun = token.head
    if token.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif token.dep_ not in ("nummod", "compound", "amod", "npadvmod"):
        return False
    return noun.pos_ in ("NOUN", "PROPN") and noun != trigger and noun not in compounds(trigger)


def _shared_time_conjunct(trigger: Token) -> Token | None:
    """The verb a verb trigger is coordinated with, in the same tense ("Isis destroyed a monastery in 2015 and
    imprisoned many": one time frame for both), whose date the trigger shares when its own clause gives none; not
    across a change of tense ("seized the town in 2013 and is shelling it now")."""
    head = trigger.head
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or head.pos_ not in ("VERB", "AUX"):
        return None
    return head if head.tag_ == trigger.tag_ else None


def report_date(trigger: Token, dates: list[tuple[Span, DateValue]]) -> DateValue | None:
    """The date of the reporting verb whose complement holds the trigger ("Turkey said on Tuesday that its jets
    had struck ...", "the coalition said on Sunday it was working to set up ..."): what a report tells happened
    on or before, or was planned on, the report's day, which is a closer reference time than the publication
    date. Only the report's own day, never a date of another clause. A past event ("had struck", "struck") may
    have happened the day before the report: its window ends on the report's day."""
    reporting = reporting_verbs("report_date")
    for span, value in dates:
        verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in reporting or not _reported_by(trigger, verb):
            continue
        if value.precision == "day" and value.date_end is None and _past(trigger):
            return replace(value, date=value.date - timedelta(days=1), date_end=value.date)
        return value
    return None


def _reported_by(trigger: Token, verb: Token) -> bool:
    """The trigger lies in what the reporting verb reports (its complement clause or object: "said that ...",
    "announced the withdrawal"), not in its subject or an adverbial clause."""
    branch = next((t for t in (trigger, *trigger.ancestors) if t.head == verb and t != verb), None)
    return branch is not None and branch.dep_ in REPORTED_DEPS


def _past(trigger: Token) -> bool:
    """A verb in the past or a perfect ("struck", "had struck", "has seized", "were killed"); not a progressive
    ("was working": in reported speech, the report's present) nor a modal ("would have struck")."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if trigger.tag_ == "VBD":
        return True
    perfect = any(a.lemma_ == "have" for a in auxes)
    return trigger.tag_ == "VBN" and (perfect or any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes))


def sentence_dates(sent: Span, *, published: date, anchor: date | None) -> list[tuple[Span, DateValue]]:
    """The sentence's resolved date expressions in text order; an anchored one ("six months earlier") counts from
    the expression before it in the sentence ("in 2016 ... six months earlier"), else from `anchor`. A page's
    dateline ("Date of publication 16 October 2017") dates no event."""
    found, text = [], span_text(sent)
    for mention in (m for m in find_date_expressions(text) if not is_dateline(text, m.start)):
        span = sent.doc.char_span(
            sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand"
        )
        value = resolve_date(mention.text, published=published, anchor=anchor) if span is not None else None
        if span is not None and value is not None:
            found.append((span, value))
            anchor = value.date
    return found


def _governed_by_reporting(token: Token, trigger: Token) -> bool:
    """True when the expression dates a reporting verb ("the Pentagon said Tuesday"), not the event."""
    node = token
    while node.head != node:
        node = node.head
        if node == trigger:
            return False
        if node.pos_ == "VERB":
            return node.lemma_.lower() in reporting_verbs("report_date")
    return False


def _other_branch(token: Token, trigger: Token) -> bool:
    """True when a verb trigger's sentence dates a verb neither above nor below it: a sibling clause's date
    ("which they accuse of ..., helping precipitate the fall of Aleppo in 2016": 2016 dates the fall, not the
    accusing). A noun trigger takes the date of the verb that launches it ("launched an offensive ... in
    January", the phrase often parsed onto a verb further down)."""
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ == "xcomp":  # "continued to emerge over the weekend, surrendering"
        verb = verb.head
    if trigger.pos_ != "VERB" or verb is None or verb == trigger:
        return False
    return verb not in trigger.ancestors and trigger not in verb.ancestors
