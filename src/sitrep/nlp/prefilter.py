"""The opt-in pre-filter (setting `prefilter`): parse only the sentences where an event can be.

An event is coded only where a word the trigger lexicon knows stands (coding.finding.find_triggers starts from
a token whose lemma the lexicon lists), so a sentence with none of those words codes nothing. Before the
parser and NER run, the article is split cheaply (paragraphs, then sentence-final punctuation followed by a
capital), and a sentence is kept when one of its lower-cased words is a form of a trigger lemma (the lemma, its
regular inflections, or an irregular form from the lemmatizer's exception tables). Kept as well: the sentence
before each kept one (a pronoun or "the group" there resolves to a name one sentence back) and the article's
first sentence (its headline or lead: dates, places, the main actors).

The dropped sentences are blanked, not cut: every character but a newline becomes a space, so the text the
pipeline parses has the article's length, every kept character sits at its original offset (records'
offsets and evidence point into the original text unchanged) and paragraph breaks stay where they were.
spaCy makes one whitespace token of each blanked run, which the parser and NER pass over at almost no cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc

PARAGRAPH = re.compile(r"[^\n]+")
# a sentence ends at . ! or ? (with any closing quotes or brackets) followed by space and a capital or digit
BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
WORD = re.compile(r"[a-z]+")
NOT_NEWLINE = re.compile(r"[^\n]")
VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Prefilter:
    """The lower-cased word forms that mark a sentence as a candidate for an event."""

    forms: frozenset[str]

    def keep(self, sentence: str) -> bool:
        """Whether the sentence holds a form of a trigger lemma."""
        return not self.forms.isdisjoint(WORD.findall(sentence.lower()))


def build_prefilter(
    lemmas: Iterable[str], *, exceptions: Mapping[str, Iterable[str]] | None = None
) -> Prefilter:
    """The pre-filter for these lemmas; `exceptions` maps an irregular form to its lemmas (the lemmatizer's
    tables: "fought" → ["fight"]). A hyphenated or multi-word lemma counts by its longest word ("pull-out" →
    pull, "air-strike" → strike): its particle ("out", "in", "up") would keep nearly every sentence."""
    words = {max(parts, key=len) for lemma in lemmas if (parts := WORD.findall(lemma.lower()))}
    forms = {f for w in words for f in inflections(w)}
    irregular = (exceptions or {}).items()
    forms |= {form.lower() for form, bases in irregular if any(b.lower() in words for b in bases)}
    return Prefilter(forms=frozenset(forms))


def inflections(word: str) -> set[str]:
    """The word and its regular English inflections: plural and third person (-s, -es, -ies), past (-ed,
    -d, -ied, a doubled final consonant) and -ing (dropping a final e), "-man" → "-men"."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if len(word) > 2 and word.endswith("y") and word[-2] not in VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in VOWELS and word[-2] in VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    return forms


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the text's sentences, found cheaply: a paragraph (a line) is never
    shared, and a sentence ends at final punctuation followed by a capital or a digit."""
    spans = []
    for paragraph in PARAGRAPH.finditer(text):
        start, offset = paragraph.start(), paragraph.start()
        for boundary in BOUNDARY.finditer(paragraph.group()):
            spans.append((start, offset + boundary.start(1)))
            start = offset + boundary.end(1)
        spans.append((start, paragraph.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def kept_sentences(sentences: Sequence[str], prefilter: Prefilter) -> list[bool]:
    """For each sentence, whether it is parsed: the first, each candidate, and the one before a candidate."""
    candidates = [prefilter.keep(s) for s in sentences]
    return [
        n == 0 or candidate or (n + 1 < len(candidates) and candidates[n + 1])
        for n, candidate in enumerate(candidates)
    ]


def unlikely_spans(text: str, prefilter: Prefilter) -> list[tuple[int, int]]:
    """(start, end) of the sentences no event can be in (see `kept_sentences`)."""
    spans = sentence_spans(text)
    keep = kept_sentences([text[s:e] for s, e in spans], prefilter)
    return [span for span, kept in zip(spans, keep, strict=True) if not kept]


def blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with every character but a newline of these (sorted, disjoint) spans made a space."""
    if not spans:
        return text
    pieces, position = [], 0
    for start, end in spans:
        pieces += [text[position:start], NOT_NEWLINE.sub(" ", text[start:end])]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def blank_unlikely(text: str, prefilter: Prefilter) -> str:
    """The text with the sentences no event can be in blanked (see the module's doc): same length, same
    newlines, the kept sentences unchanged."""
    return blank(text, unlikely_spans(text, prefilter))


def break_at_blanks(doc: Doc, spans: Sequence[tuple[int, int]]) -> Doc:
    """Before parsing: a blanked span's whitespace token, and the token after it, start sentences, so that no
    kept sentence runs on into a blank (its evidence would hold the blank, not the original text)."""
    if not spans or not len(doc):
        return doc
    starts = doc.to_array(IDX)
    for start, end in spans:
        i = int(numpy.searchsorted(starts, start, side="right")) - 1
        if i > 0 and doc[i].is_space:
            doc[i].is_sent_start = True
        j = int(numpy.searchsorted(starts, end, side="left"))
        if 0 < j < len(doc):
            doc[j].is_sent_start = True
    return doc


def lemmatizer_exceptions(tables: Iterable[Mapping[str, Iterable[str]]]) -> dict[str, list[str]]:
    """One form → lemmas map from the lemmatizer's exception tables (one per part of speech)."""
    merged: dict[str, list[str]] = {}
    for table in tables:
        for form, bases in table.items():
            merged.setdefault(form, []).extend(bases)
    return merged
