"""Quotations across sentences, and who speaks in them: a quote's "we", "I", "us" is its speaker's side.

News quotes run over several sentences (`"We gave you weapons. We trained your fighters," the minister said.`),
open after their attribution (`Erdogan said: "We will clear Afrin. Our soldiers are ready."`), and run on over
paragraphs: a paragraph that ends inside a quote leaves it unclosed and the next one opens with a quote mark again.
`quote_runs` finds them from the text's quotation marks alone (straight and curly double quotes; a nested quote in
single curly quotes is its own, inner quote); `quote_speaker_at` gives the speaker of the innermost quote around a
character: the subject of the reporting verb (a `quote` verb of data/triggers/reporting_verbs.csv) nearest to the
quote, before its opening in the sentence that holds the opening or after its closing in the sentence that holds
the closing (a nested quote's verb inside its outer quote). A quote with no attribution of its own that follows
an attributed one directly (`"X," said Areen. "Y."`) continues its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from ..geo.locate import doc_text
from ..reporting_verbs import reporting_verbs
from .coref import SELF_SUBJECTS, quote_speaker

OPENING_CURLY, CLOSING_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
NESTED_OPENING, NESTED_CLOSING = "\u2018", "\u2019"
OPENS_AFTER = frozenset("([{\u2014\u2013-/")  # a straight quote after these (or space) opens a quote
CARRYING_DEPS = frozenset({"conj", "advcl", "xcomp"})  # "Erdogan spoke, warning: '...'": the head verb's subject
QUOTES_KEY = "sitrep_quote_speakers"
_MARKS = re.compile(f"[{OPENING_CURLY}{CLOSING_CURLY}{STRAIGHT}\n]")


@dataclass(frozen=True)
class Quote:
    """Quoted text from its opening mark (`start`) to just after its closing mark (`end`), or, left unclosed, to
    where the next piece of the same quote opens; `pieces` are the (start, end) parts of a quote that runs on over
    paragraphs, `inner` the quotes nested in it."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...] = ()
    inner: tuple[Quote, ...] = ()


def quote_runs(text: str) -> list[Quote]:
    """The quotes of a text, in order; pieces left unclosed before another opening mark are one quote, a quote
    still open at a paragraph break that the next paragraph does not reopen ends there, one still open at the end
    of the text ends with it."""
    runs: list[Quote] = []
    pieces: list[tuple[int, int]] = []
    opened: int | None = None
    for found in _MARKS.finditer(text):  # no other character opens, closes or breaks a quote
        i, char = found.start(), found.group()
        if opened is not None and char == "\n" and text[i + 1 : i + 2] == "\n" \
                and not _opens(text, _next_visible(text, i)):
            runs.append(_quote(text, [*pieces, (opened, i)]))
            pieces, opened = [], None
        elif _opens(text, i):
            if opened is not None:
                pieces.append((opened, i))  # unclosed: the same quote goes on
            opened = i
        elif opened is not None and char in (CLOSING_CURLY, STRAIGHT):
            runs.append(_quote(text, [*pieces, (opened, i + 1)]))
            pieces, opened = [], None
    if opened is not None:
        runs.append(_quote(text, [*pieces, (opened, len(text))]))
    return runs


def _opens(text: str, i: int) -> bool:
    """A curly opening mark, or a straight one after a space or bracket (or at the start) before a visible char."""
    if i >= len(text) or text[i] not in (OPENING_CURLY, STRAIGHT):
        return False
    if text[i] == OPENING_CURLY:
        return True
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in OPENS_AFTER
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()


def _next_visible(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _quote(text: str, pieces: list[tuple[int, int]]) -> Quote:
    inner = tuple(q for start, end in pieces for q in _nested(text, start, end))
    return Quote(pieces[0][0], pieces[-1][1], tuple(pieces), inner)


def _nested(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in single curly quotes inside a quote ("They told us: 'we want to train you'"); a closing mark
    followed by a letter is an apostrophe ("couldn't"), not the end of the nested quote."""
    found: list[Quote] = []
    opened: int | None = None
    for i in range(start, end):
        if text[i] == NESTED_OPENING and opened is None:
            opened = i
        elif text[i] == NESTED_CLOSING and opened is not None and not text[i + 1 : i + 2].isalnum():
            found.append(Quote(opened, i + 1, ((opened, i + 1),)))
            opened = None
    return found


def first_person_speaker(pronoun: Token) -> Token | None:
    """Whom a first-person pronoun stands for: the speaker of the innermost quote around it, else (the quote names
    none, or the marks were missed) the quoting verb's subject in its own sentence (coref.quote_speaker); None in a
    nested quote that names no speaker of its own, whose "we" is never its outer speaker's."""
    depth, speaker = quote_speaker_at(pronoun)
    if speaker is not None or depth > 1:
        return speaker
    return quote_speaker(pronoun)


def group_voice(speaker: Token) -> Token | None:
    """"Afrin is barely recognisable, say Kurdish locals. 'It's not the Afrin we know,' said Areen, 34.": news
    reports a group's view, then quotes one of its members by a bare name (no description but an age), whose "we"
    is that group. The plural subject of the reporting verb of the sentence right before the speaker's, for such
    a speaker; None otherwise."""
    if speaker.pos_ != "PROPN" or speaker.dep_ == "appos" \
            or any(c.dep_ == "appos" and c.pos_ != "NUM" for c in speaker.children):
        return None
    start = speaker.sent.start
    group = _sentence_speaker(speaker.doc[start - 1].sent, []) if start else None
    return group if group is not None and group.tag_ in ("NNS", "NNPS") else None


def quote_speaker_at(token: Token) -> tuple[int, Token | None]:
    """How deep the token stands in quotes (0: outside any, 1: in a quote, 2: in a nested one) and the speaker of
    the innermost quote around it, when it names one."""
    doc = token.doc
    known = doc.user_data.get(QUOTES_KEY)
    if known is None or known[0] != len(doc):
        known = doc.user_data[QUOTES_KEY] = (len(doc), quote_speakers(doc))
    for start, end, depth, speaker in known[1]:
        if start <= token.idx < end:
            return depth, doc[speaker] if speaker >= 0 else None
    return 0, None


def quote_speakers(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(start, end, depth, speaker token index or -1) for every quote of the Doc, nested quotes first."""
    starts = doc.to_array(IDX).tolist()
    runs = quote_runs(doc_text(doc))
    speakers = [_speaker(doc, starts, q, within=None, quotes=runs) for q in runs]
    speakers = _continued(doc, runs, speakers)
    inner = [(q.start, q.end, 2, _index(_speaker(doc, starts, q, within=outer, quotes=[q])))
             for outer in runs for q in outer.inner]
    return inner + [(q.start, q.end, 1, _index(s)) for q, s in zip(runs, speakers, strict=True)]


def _index(token: Token | None) -> int:
    return token.i if token is not None else -1


def _speaker(doc: Doc, starts: list[int], quote: Quote, *, within: Quote | None,
             quotes: list[Quote]) -> Token | None:
    """The subject of the reporting verb nearest the quote, outside every quote (inside `within`, for a nested
    one): before its opening in the opening's sentence, or after its closing in the closing's sentence."""
    if not len(doc):
        return None
    opening = doc[max(bisect_right(starts, quote.start) - 1, 0)]
    closing = doc[max(bisect_right(starts, quote.end - 1) - 1, 0)]
    before = [(opening.i - t.i, t) for t in opening.sent if t.idx < quote.start]
    after = [(t.i - closing.i, t) for t in closing.sent if t.idx >= quote.end]
    for _distance, verb in sorted(before + after, key=lambda pair: pair[0]):
        if _outside(verb, quotes, within) and (subject := _reporting_subject(verb)) is not None \
                and _outside(subject, quotes, within):
            return subject
    return None


def _outside(token: Token, quotes: list[Quote], within: Quote | None) -> bool:
    if within is not None and not within.start <= token.idx < within.end:
        return False
    return not any(q.start <= token.idx < q.end for q in quotes)


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb ("said", "told", "warned"), or of the verb a participle or conjunct hangs
    off ("Erdogan spoke on Friday, warning: ..."); never "I"/"we", which would be quoted speakers themselves."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in reporting_verbs("quote"):
        return None
    node = verb
    for _step in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.lower_ not in SELF_SUBJECTS else None
        if node.dep_ not in CARRYING_DEPS or node.head == node:
            return None
        node = node.head
    return None


def _continued(doc: Doc, runs: list[Quote], speakers: list[Token | None]) -> list[Token | None]:
    """A quote with no attribution of its own continues the speaker of the quote it directly follows
    (`He said: "X." "Y."`), or the one whose words the sentence right before it reports, as news goes on from
    indirect to direct speech (`"X," said Areen. "Y."`, `Khalil said the expulsion changed everything. "Y."`)."""
    found = list(speakers)
    for n, quote in enumerate(runs):
        if found[n] is not None:
            continue
        if n and found[n - 1] is not None and not doc_text(doc)[runs[n - 1].end : quote.start].strip():
            found[n] = found[n - 1]
        elif (before := _sentence_before(doc, quote)) is not None:
            found[n] = _sentence_speaker(before, runs)
    return found


def _sentence_before(doc: Doc, quote: Quote) -> Span | None:
    """The sentence that ends right before the quote opens a sentence, or None."""
    opening = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if opening is None or opening.start != opening.sent.start or opening.sent.start == 0:
        return None
    return doc[opening.sent.start - 1].sent


def _sentence_speaker(sentence: Span, quotes: list[Quote]) -> Token | None:
    """The subject of the sentence's reporting main verb (or of a verb conjoined to it), outside any quote."""
    root = sentence.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
        subject = _reporting_subject(verb) if _outside(verb, quotes, None) else None
        if subject is not None and _outside(subject, quotes, None):
            return subject
    return None
