"""Names in mentions, for merging: the capitalised words two mentions' sentences, places and actors share.

A shared name is evidence that two sentences tell of one event (`shared_anchors`), unless it names a country, an
organisation or person of the actor dictionary, or a common word (`common_names`): "Isis" and "Kurdish" are in
thousands of unrelated sentences. See `sitrep.merge` for how the names are weighed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .datafiles import data_path, read_table, split_multi

MERGE_STOPWORDS = frozenset({
    "the", "and", "but", "this", "that", "these", "those", "his", "her", "its", "their", "our", "she", "they",
    "mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "foreign", "defence", "defense",
    "state", "states", "government", "ministry", "office", "army", "forces", "military", "news", "reuters",
    "afp", "associated", "press", "agency", "guardian", "times", "bbc", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "united", "nations", "west", "western", "east",
    "eastern", "north", "northern", "south", "southern", "middle", "democratic", "republic", "kingdom",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=1 << 16)
def text_names(text: str) -> frozenset[str]:
    """The capitalised words of a phrase, bare and lower case (cached: merging compares many pairs)."""
    return frozenset(bare_word(w) for w in capitalised_words(text))


def place_words(record: dict[str, Any]) -> set[str]:
    """The lower-case words of the mention's place (`_location_words` of its text and name)."""
    loc = record.get("location") or {}
    return set(_location_words(loc.get("text") or "", loc.get("name") or ""))


@lru_cache(maxsize=1 << 16)
def _location_words(text: str, name: str) -> frozenset[str]:
    """The capitalised words of a place's text and name, and the parts of hyphenated ones ("Deir ez-Zor":
    "deir", "ez-zor", "zor": a coder may take "Zor" alone for an actor)."""
    words = [w for value in (text, name) for w in _WORD.findall(value) if w[0].isupper() or "-" in w]
    parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
    return frozenset(w.lower() for w in words + parts)


def anchor_terms(record: dict[str, Any]) -> frozenset[str]:
    """Capitalised words of the evidence sentence (not its first), less country names, demonyms and stopwords."""
    return _sentence_anchors((record.get("evidence") or {}).get("sentence") or "")


def shared_anchors(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """The anchor terms both sentences name; a sentence's first word counts when the other sentence
    capitalises it inside ("Afrin was attacked" ~ "an offensive against the enclave of Afrin")."""
    ta, tb = anchor_terms(a), anchor_terms(b)
    return set(ta & tb) | (_initial_anchor(a) & tb) | (_initial_anchor(b) & ta)


def _initial_anchor(record: dict[str, Any]) -> frozenset[str]:
    return _sentence_initial((record.get("evidence") or {}).get("sentence") or "")


@lru_cache(maxsize=1 << 16)
def _sentence_initial(sentence: str) -> frozenset[str]:
    """The sentence's first word, when capitalised, as an anchor term (left out of _sentence_anchors: its
    capital may only mark the sentence's start)."""
    words = capitalised_words(sentence)
    if not words or not sentence.lstrip("“\"‘'(").startswith(words[0]):
        return frozenset()
    term = bare_word(words[0])
    return frozenset({term}) if len(term) > 2 and term not in common_names() else frozenset()


@lru_cache(maxsize=1 << 16)
def _sentence_anchors(sentence: str) -> frozenset[str]:
    """anchor_terms of one sentence (cached: merging compares each mention with many others)."""
    words = capitalised_words(sentence)
    if words and sentence.lstrip("“\"‘'(").startswith(words[0]):
        words = words[1:]
    terms = {bare_word(w) for w in words}
    return frozenset(t for t in terms if len(t) > 2 and t not in common_names())


@lru_cache(maxsize=1 << 16)
def phrase_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(text) if w.lower() != "the")


def capitalised_words(text: str) -> list[str]:
    """The capitalised words of `text` (any script: "Erdoğan", "Ar-Raqqah")."""
    return [w for w in _WORD.findall(text) if w[0].isupper()]


def bare_word(word: str) -> str:
    return re.sub(r"(’s|'s)$", "", word).lower()


@cache
def common_names() -> frozenset[str]:
    """Words that name no single event: country names, aliases, adjectives and capitals (actors/countries.csv),
    the names and aliases of the dictionary's organisations and people (actors/institutions.csv, people.csv: an
    actor is compared as an actor, and "Isis" or "Kurdish" is shared by thousands of unrelated events), plus
    MERGE_STOPWORDS."""
    names: set[str] = set(MERGE_STOPWORDS)
    tables = (("countries.csv", ("name", "aliases", "adjectives", "capital")),
              ("institutions.csv", ("name", "aliases")), ("people.csv", ("name", "aliases")))  # fmt: skip
    for filename, columns in tables:
        for _line, row in read_table(data_path(f"actors/{filename}"), required=columns[:2]):
            values = (v for column in columns for v in split_multi(row.get(column, "")))
            names.update(bare_word(w) for value in values for w in capitalised_words(value))
    return frozenset(names)
