"""Every spaCy component sitrep adds, registered in one place.

- `sitrep_paragraph_breaks`: a token after a line break starts a sentence (runs before the parser, which respects it).
- `sitrep_dictionary_ruler`: an EntityRuler (`DictionaryRuler`, which finds its many two-word patterns quickly) fed
  from our own dictionaries (actors, curated places), placed before the statistical NER, fixing what the small English
  model gets wrong on conflict news ("al Tanf" PERSON, "IRGC" GPE, ...).
- `sitrep_token_attributes`: the model's attribute ruler and rule lemmatizer answered from a memo (`TokenAttributes`,
  exact), in their place (setting `fast_attributes`).
- `sitrep_title_case`: Title-Case headline lines re-parsed from a case-normalised copy, the analysis carried back
  onto the original tokens (`TitleCaseParser`; setting `title_case`).

The coding logic itself (actors, triggers, status, places, dates) lives in pure functions under sitrep.coding,
sitrep.geo and sitrep.dates; these components only adjust the Doc.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .attributes import TokenAttributes
from .ruler import DictionaryRuler
from .titles import TitleCaseParser, word_list

NEWLINE = re.compile("\n")


@Language.component("sitrep_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a newline as a sentence start (paragraphs never share a sentence), and the one
    after it, on the same line, as no start: the parser tends to cut a line's first word off as a sentence of its
    own after a line with no final stop ("Sat Jul 26 2014" / "ISIL" / "terrorists execute ...")."""
    for i in tokens_with_newline(doc):
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = True
        if i + 2 < len(doc) and not doc[i + 1].is_space and "\n" not in doc[i + 1].whitespace_ \
                and not doc[i + 2].is_space and not doc[i + 2].is_punct:
            doc[i + 2].is_sent_start = False
    return doc


def tokens_with_newline(doc: Doc) -> list[int]:
    """The indexes of the tokens whose text or trailing whitespace holds a newline, found from the newlines'
    character offsets (no loop over every token)."""
    newlines = [m.start() for m in NEWLINE.finditer(doc.text)]
    if not newlines:
        return []
    starts = doc.to_array(IDX)
    return sorted({int(i) - 1 for i in numpy.searchsorted(starts, newlines, side="right")})


@Language.factory("sitrep_dictionary_ruler", default_config={"overwrite_ents": True})
def make_dictionary_ruler(nlp: Language, name: str, overwrite_ents: bool) -> DictionaryRuler:
    """An EntityRuler holding patterns from sitrep's actor and place dictionaries."""
    ruler = DictionaryRuler(nlp, name=name, overwrite_ents=overwrite_ents, phrase_matcher_attr="ORTH")
    ruler.add_patterns(dictionary_patterns())
    return ruler


def dictionary_patterns() -> list[dict[str, Any]]:
    """Entity patterns from the actor dictionary and the curated place supplement."""
    from ..coding.actors import entity_patterns, load_actor_dictionary
    from ..geo.patterns import place_patterns

    return [*entity_patterns(load_actor_dictionary()), *place_patterns()]


@Language.factory("sitrep_token_attributes", default_config={"max_entries": 100_000})
def make_token_attributes(nlp: Language, name: str, max_entries: int) -> TokenAttributes:
    """The pipeline's `attribute_ruler` and `lemmatizer` (which the caller then disables) behind a memo."""
    del name
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"), max_entries=max_entries)


@Language.factory("sitrep_title_case", default_config={"min_population": 100_000})
def make_title_case(nlp: Language, name: str, min_population: int) -> TitleCaseParser:
    """Re-parses Title-Case lines; country names, nationality adjectives and the one-word names of places of at
    least `min_population` people that are no English verb or adjective ("Aleppo", not "Split", "Nice") keep
    their capital."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    places = big_place_words(min_population=min_population) - word_list(lemmatizer, ("verb", "adj"))
    return TitleCaseParser(nlp, name, names=country_words() | places)


def big_place_words(*, min_population: int) -> frozenset[str]:
    """The lower-cased one-word names of the gazetteer's places of at least `min_population` people."""
    from ..geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return frozenset(
        name.lower() for name, people in zip(gaz.names, gaz.populations, strict=True)
        if people >= min_population and name.isalpha()
    )


def country_words() -> frozenset[str]:
    """The lower-cased names, aliases and adjectives of data/actors/countries.csv."""
    from ..datafiles import data_path, read_table, split_multi

    words: set[str] = set()
    for _line, row in read_table(data_path("actors/countries.csv"), required=("name", "aliases", "adjectives")):
        for form in [row["name"], *split_multi(row["aliases"]), *split_multi(row["adjectives"])]:
            words.update(form.lower().split())
    return frozenset(words)
