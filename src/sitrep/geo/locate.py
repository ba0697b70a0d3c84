"""Which of a sentence's place mentions is the location of an event: a pure function of the parsed sentence.

The rule (`choose_event_place`): among the sentence's place mentions that are used as places (not inside a
longer person's or organisation's name, not a demonym, not a country used as a modifier like "U.S. forces", not
before a hyphen as in "U.S.-led", not inside the phrase of the trigger's subject — "a cab driver from Abidjan
was shot" — unless that phrase is a place noun, not inside the `exclude` spans), prefer one in the trigger's
own subtree, then one in its clause, then the nearest in the sentence; within a tier, a place that locates
another candidate ("Amara, south of Baghdad", "Khanasir town in the countryside of Aleppo") loses to the one it
locates; ties go to the nearest. `ner_place_mentions` turns the parser's GPE/LOC/FAC entities that the
gazetteer does not know into unresolved mentions, so that a village missing from GeoNames can still be the
event's place (with no coordinates; the caller may fall back to the place that locates it).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Place
from .resolve import PlaceMention

NON_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_NOUNS = frozenset(
    {
        "province",
        "governorate",
        "city",
        "town",
        "village",
        "countryside",
        "region",
        "area",
        "district",
        "border",
        "outskirts",
        "suburb",
        "suburbs",
        "neighbourhood",
        "neighborhood",
        "street",
        "streets",
        "road",
        "zone",
        "capital",
        "camp",
        "base",
        "airport",
        "square",
    }
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's `Doc.text` joins every token on each read."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return str(text)


def choose_event_place(
    sentence: Span,
    trigger: Token,
    mentions: Sequence[PlaceMention],
    *,
    exclude: Sequence[tuple[int, int]] = (),
) -> PlaceMention | None:
    """The mention (offsets into `sentence.doc.text`) that locates the event `trigger` expresses, or None when
    the sentence names no usable place. `exclude` lists character spans (the source's and target's phrases)
    whose places are not the event's."""
    subject_spans = _subject_spans(trigger)
    candidates = [
        m
        for m in mentions
        if sentence.start_char <= m.start < sentence.end_char
        and not any(s <= m.start < e for s, e in (*exclude, *subject_spans))
        and is_place_use(m, sentence)
        and not _acts(_root(m, sentence), trigger)
    ]
    if not candidates:
        return None
    clause = clause_head(trigger)
    roots = {id(m): _root(m, sentence) for m in candidates}
    return min(
        candidates,
        key=lambda m: (
            not within(m, trigger),
            not within(m, clause),
            _locates_another(roots[id(m)], [roots[id(o)] for o in candidates if o is not m]),
            abs(m.start - trigger.idx),
        ),
    )


def _acts(root: Token | None, trigger: Token) -> bool:
    """A place that is the subject or object of another verb acts, it does not locate ("an incident that angered
    Moscow", "Damascus said"); the trigger's own object does locate ("shelled Douma")."""
    if root is None:
        return False
    if root.dep_ in SUBJECT_DEPS:
        return True
    return root.dep_ in ("dobj", "dative") and root.head != trigger


def locates(mention: PlaceMention, doc: Doc) -> bool:
    """Whether a mention reads as a location at all (not "U.S.-led", not the subject or object of a verb), for
    mentions outside the event's sentence."""
    if doc_text(doc)[mention.end : mention.end + 1] == "-":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or span.root.dep_ not in (*SUBJECT_DEPS, "dobj", "dative")


def ner_place_mentions(doc: Doc, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """GPE/LOC/FAC entities that overlap no gazetteer mention, as unresolved mentions (no coordinates)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or not ent.text[:1].isupper():
            continue
        if any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
            continue
        start = ent.start_char + (4 if ent.text.startswith("the ") else 0)
        out.append(
            PlaceMention(
                start,
                ent.end_char,
                doc_text(doc)[start : ent.end_char],
                Place(text=doc_text(doc)[start : ent.end_char]),
            )
        )
    return out


def _subject_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character spans of the trigger's subject phrases, unless the subject is a place noun."""
    spans = []
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS and child.lemma_.lower() not in PLACE_NOUNS:
            spans.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge)))
    return spans


def _root(mention: PlaceMention, sentence: Span) -> Token | None:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _locates_another(root: Token | None, others: list[Token | None]) -> bool:
    """Whether this mention hangs (through a few tokens) below another candidate: "X, south of <Y>"."""
    if root is None:
        return False
    ancestors = list(root.ancestors)[:4]
    return any(o is not None and o in ancestors for o in others)


def within(mention: PlaceMention, head: Token) -> bool:
    """Whether the mention starts inside the subtree of `head`."""
    return head.left_edge.idx <= mention.start < head.right_edge.idx + len(head.right_edge)


def clause_head(trigger: Token) -> Token:
    """The verb whose clause holds the trigger: climbs through nouns, prepositions, conjuncts, xcomp and advcl."""
    node = trigger
    while node.head != node and node.dep_ not in ("relcl", "ccomp", "parataxis"):
        node = node.head
        if node.pos_ == "VERB" and node.dep_ not in ("xcomp", "advcl", "conj", "acl", "pcomp"):
            break
    return node


def is_place_use(mention: PlaceMention, sentence: Span) -> bool:
    """False for place names used as actor modifiers ("U.S. forces", "United States-led") or inside the names
    of organisations and people."""
    doc = sentence.doc
    if doc_text(doc)[mention.end : mention.end + 1] == "-":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    ents = sentence.ents
    holders = [e for e in ents if e.start <= span.start < e.end]
    if any(e.label_ in PLACE_LABELS for e in holders):
        pass
    elif any(e.label_ == "NORP" or (e.label_ in NON_PLACE_LABELS and len(e) > len(span)) for e in holders):
        return False  # a demonym, or part of a longer name ("Pat Ryder", "Washington Post")
    last = span[-1]
    modifier = (
        last.dep_ in ("compound", "poss", "amod", "nmod")
        and last.head.pos_ in ("NOUN", "PROPN")
        and last.head.i > last.i
        and last.head.lemma_.lower() not in PLACE_NOUNS
    )
    return not (modifier and mention.place.precision == "country")
