"""`TitleCaseParser`: Title-Case headline lines parsed as the sentences they are (setting `title_case`).

News titles capitalise nearly every word ("Security Services Avert Terror Attack on Damascus"). The small English
model reads such a line as a string of proper nouns with no verb, so the title yields no event or a wrong one. This
component, placed last in the pipeline, finds the Title-Case lines of a Doc (`is_title_case`: most content words
capitalised, not an all-caps line; a sentence that merely starts with names has lower-case content words and is
left alone), parses a case-normalised copy of each line with the same pipeline, and carries that analysis (tag, POS, morphology, lemma, head, dependency, entities) back onto the original tokens.
The Doc's text and every character offset stay as written; a line whose copy does not tokenise one to one keeps
its first analysis. Headlines drop the auxiliary of a passive ("58 Killed in Gas Attack"): the subject of a main
participle with no auxiliary is marked passive (`reduced_passives`).

Which words are lower-cased (`lowered_words`): a capitalised word ("Strikes", not "ISIS", "McCain", "al-Assad")
that is not the line's first word, lies in no name the dictionary ruler knows (actor names, curated places, a
nationality with a military noun: "Syrian Army", "Damascus"), is no country name, nationality adjective
(data/actors/countries.csv), big place or month or weekday name, and is written in lower case in running text
(`lowers`). The article itself is the first witness (truecasing): a word its other lines write only in lower case
is lowered, one they write only capitalised inside a sentence ("the Syrian Observatory") is kept. A word they do not
decide is lowered when it is a common English word: a closed-class word, or a word (or a regular inflection of one)
in the lemmatizer's word lists; a word those lists do not know ("Idlib", "Ghouta") is taken for a name. Sentence-
initial capitals are normal in the model's training text, so the first word keeps its case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

COPIED_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
IOB_INSIDE, IOB_BEGIN = 1, 3  # spaCy's ENT_IOB codes (0 unset, 1 I, 2 O, 3 B)
LINE = re.compile(r"[^\n]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MIN_CONTENT_WORDS = 3  # shorter lines ("Syria News", a byline) are no headline worth parsing again
MAX_WORDS = 40  # longer lines are running text
MIN_CAPITALISED_SHARE = 0.75  # of a line's content words (function words are often lower case in titles)
MAX_ALL_CAPS_SHARE = 0.5  # an all-caps line ("BREAKING NEWS ...") is not Title Case
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
INNER_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z'’-]+")  # a capital after a word of the same sentence
CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # always capitalised in English, though the lemmatizer's lists hold them ("april", "may", "march")
LEMMA_POS = ("noun", "verb", "adj", "adv")
Rules = tuple[tuple[str, str], ...]
ROOT_DEPS = frozenset({"ROOT", "conj"})  # a headline's main verbs ("Eight Killed, 14 Injured")
AUX_DEPS = frozenset({"aux", "auxpass"})


def is_title_case(text: str) -> bool:
    """Whether `text` (one line) is written in Title Case: at least MIN_CONTENT_WORDS content words (not stop
    words), at most MAX_WORDS words, MIN_CAPITALISED_SHARE of its content words capitalised, not mostly all
    capitals."""
    words = WORD.findall(text)
    content = [w for w in words if w.lower() not in STOP_WORDS]
    if len(content) < MIN_CONTENT_WORDS or len(words) > MAX_WORDS:
        return False
    capitalised = [w for w in content if w[0].isupper()]
    caps = [w for w in content if len(w) > 1 and w.isupper()]
    return len(capitalised) >= MIN_CAPITALISED_SHARE * len(content) and len(caps) <= MAX_ALL_CAPS_SHARE * len(
        content
    )


def title_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character offsets of the Title-Case lines of `text`, surrounding spaces left out."""
    spans = []
    for found in LINE.finditer(text):
        line = found.group()
        if line.strip() and is_title_case(line):
            start = found.start() + len(line) - len(line.lstrip())
            spans.append((start, found.start() + len(line.rstrip())))
    return spans


class Casing(NamedTuple):
    """What decides a title word's case: the common words and suffix rules of the lemmatizer, names that keep
    their capital, and the words the rest of the article writes in lower case (`lower`) or with a capital after
    another word (`capital`)."""

    common: frozenset[str]
    rules: Rules
    names: frozenset[str]
    lower: frozenset[str] = frozenset()
    capital: frozenset[str] = frozenset()


def body_case(text: str, spans: list[tuple[int, int]]) -> tuple[frozenset[str], frozenset[str]]:
    """(words written in lower case, words written capitalised inside a sentence) in `text` outside `spans`."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    body = "".join(chars)
    return frozenset(LOWER_WORD.findall(body)), frozenset(w.lower() for w in INNER_CAPITAL.findall(body))


def lowers(word: str, casing: Casing) -> bool:
    """Whether lower-case `word` is written in lower case in running text: as the article's other lines write it
    when they write it one way only, else when it is a common word of the lemmatizer's lists."""
    if word in casing.names:
        return False
    if (word in casing.lower) != (word in casing.capital):
        return word in casing.lower
    return is_common(word, common=casing.common, rules=casing.rules)


def lowered_words(span: Span, *, casing: Casing, kept: set[int]) -> list[bool]:
    """For each token of `span`, whether its normalised copy is lower-cased (see the module doc); `kept` are the
    indexes (in the span) of tokens inside a known name."""
    out = []
    for i, token in enumerate(span):
        text = token.text
        out.append(
            i > 0
            and i not in kept
            and text[:1].isupper()
            and text[1:] == text[1:].lower()
            and len(text.lower()) == len(text)
            and lowers(text.lower(), casing)
        )
    return out


def normalised_text(span: Span, lowered: list[bool]) -> str:
    """`span`'s text with the tokens marked in `lowered` in lower case (same length, same token bounds)."""
    chars = list(span.text)
    for token, low in zip(span, lowered, strict=True):
        if low:
            begin = token.idx - span.start_char
            chars[begin : begin + len(token)] = token.text.lower()
    return "".join(chars)


def same_tokens(span: Span, copy: Doc) -> bool:
    """Whether `copy` tokenises one to one with `span`: same number of tokens, each at the same offset, the same
    word but for case."""
    return len(copy) == len(span) and all(
        a.text.lower() == b.text.lower() and a.idx - span.start_char == b.idx for a, b in zip(span, copy, strict=True)
    )


def reduced_passives(doc: Doc) -> Doc:
    """`doc` with the subject of each participle head that has no auxiliary marked passive (nsubjpass): headlines
    drop the auxiliary ("58 Killed in Gas Attack", "Helicopter Shot Down" = were killed, was shot down)."""
    for token in doc:
        children = list(token.children)
        if token.tag_ == "VBN" and token.dep_ in ROOT_DEPS and not any(c.dep_ in AUX_DEPS for c in children):
            for child in children:
                if child.dep_ == "nsubj":
                    child.dep_ = "nsubjpass"
    return doc


def carry_back(doc: Doc, start: int, copy: Doc) -> None:
    """Write `copy`'s analysis onto `doc`'s tokens from `start` (heads are relative, so they carry over as they
    are); the rest of `doc` keeps its values."""
    values: Any = doc.to_array(COPIED_ATTRS)
    end = start + len(copy)
    values[start:end] = copy.to_array(COPIED_ATTRS)
    iob = COPIED_ATTRS.index(ENT_IOB)
    if end < len(doc) and values[end, iob] == IOB_INSIDE and values[end - 1, iob] not in (IOB_INSIDE, IOB_BEGIN):
        values[end, iob] = IOB_BEGIN  # an entity that ran on from the line now begins after it
    doc.from_array(COPIED_ATTRS, values)


def common_words(lemmatizer: Any) -> frozenset[str]:
    """Closed-class words and every word of the lemmatizer's word lists (WordNet's nouns, verbs, adjectives and
    adverbs), with the irregular forms of its exception tables."""
    return frozenset(STOP_WORDS) | word_list(lemmatizer, LEMMA_POS)


def word_list(lemmatizer: Any, parts: Iterable[str]) -> frozenset[str]:
    """The words of the lemmatizer's word lists and exception tables for the parts of speech `parts`."""
    lookups = lemmatizer.lookups
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        if table in lookups.tables:
            for pos in parts:
                words.update(lookups.get_table(table).get(pos, []))
    return frozenset(words)


def suffix_rules(lemmatizer: Any) -> Rules:
    """The lemmatizer's (inflected suffix, base suffix) rules of all parts of speech ("ies" → "y", "ed" → "")."""
    lookups = lemmatizer.lookups
    if "lemma_rules" not in lookups.tables:
        return ()
    table = lookups.get_table("lemma_rules")
    return tuple(sorted({(old, new) for pos in LEMMA_POS for old, new in table.get(pos, []) if old}))


def is_common(word: str, *, common: frozenset[str], rules: Rules) -> bool:
    """Whether lower-case `word` is a common word or a regular inflection of one ("strikes", "killed")."""
    return word in common or any(
        word.endswith(old) and word[: len(word) - len(old)] + new in common for old, new in rules
    )


class TitleCaseParser:
    """Re-parses the Title-Case lines of a Doc from a case-normalised copy; see the module doc."""

    def __init__(self, nlp: Language, name: str, *, names: frozenset[str]) -> None:
        self.nlp, self.name = nlp, name
        lemmatizer = nlp.get_pipe("lemmatizer")
        self.casing = Casing(common_words(lemmatizer), suffix_rules(lemmatizer), names | CALENDAR)

    def __call__(self, doc: Doc) -> Doc:
        spans = title_spans(doc.text)
        if not spans:
            return doc
        lower, capital = body_case(doc.text, spans)
        casing = self.casing._replace(lower=lower, capital=capital)
        for start, end in spans:
            span = doc.char_span(start, end)
            if span is not None:
                self.reparse(doc, span, casing)
        return doc

    def reparse(self, doc: Doc, span: Span, casing: Casing) -> None:
        """Parse the normalised copy of `span` with the components before this one and carry it back."""
        lowered = lowered_words(span, casing=casing, kept=self.known_names(span))
        if not any(lowered):
            return
        copy = self.nlp.make_doc(normalised_text(span, lowered))
        if not same_tokens(span, copy):
            return
        for _name, component in self.components():
            copy = component(copy)
        carry_back(doc, span.start, reduced_passives(copy))

    def components(self) -> Iterable[tuple[str, Any]]:
        for name, component in self.nlp.pipeline:
            if name == self.name:
                return
            yield name, component

    def known_names(self, span: Span) -> set[int]:
        """Indexes (in `span`) of the tokens inside a name the dictionary ruler finds in the line as written."""
        if "sitrep_dictionary_ruler" not in self.nlp.pipe_names:
            return set()
        line = self.nlp.make_doc(span.text)
        if len(line) != len(span):
            return set()
        ruler: Any = self.nlp.get_pipe("sitrep_dictionary_ruler")
        matches = ruler.match(line)
        return {i for _key, start, end in matches for i in range(start, end)}
