"""The dictionary ruler: spaCy's EntityRuler with a fast path for its many two-word token patterns.

sitrep's dictionary gives a few hundred token patterns of one shape, a nationality then a military noun
(`[{"LOWER": "russian"}, {"LOWER": {"IN": ["jets", "troops", ...]}}]`). spaCy's Matcher tries every pattern at
every token, which made the ruler cost more than a tenth of the whole pipeline. `DictionaryRuler` finds these
pairs with one hash lookup per token instead and hands the EntityRuler exactly the matches (same ids, same
order) the Matcher would have found, so the entities it sets are the same. Other token patterns still go to
the Matcher; phrase patterns to the PhraseMatcher, as in EntityRuler.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

# the two-word patterns, by the attribute (ORTH or LOWER) and hash their first word must have: (pattern number,
# match key, hashes of the second words allowed)
PairIndex = dict[str, dict[int, list[tuple[int, int, frozenset[int]]]]]
PAIR_ATTRS = {"ORTH": ORTH, "LOWER": LOWER}


class DictionaryRuler(EntityRuler):
    """An EntityRuler whose `[{"LOWER" or "ORTH": word}, {"LOWER": {"IN": words}}]` patterns skip spaCy's
    Matcher."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pairs: PairIndex = {}
        self._pair_count = 0

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """As EntityRuler.add_patterns; two-word patterns (see `pair_words`) go to the pair index, not the Matcher.
        Phrase patterns only need tokenizing (they match ORTH or LOWER), so the pipeline does not run on them."""
        others = []
        for entry in patterns:
            pair = pair_words(entry["pattern"])
            if pair is None:
                others.append(entry)
                continue
            label = entry["label"] if "id" not in entry else self._create_label(entry["label"], entry["id"])
            key = self.matcher._normalize_key(label)
            if "id" in entry:
                self._ent_ids[key] = (entry["label"], entry["id"])
            self.token_patterns[label].append(entry["pattern"])
            (attr, first), seconds = pair
            strings = self.nlp.vocab.strings
            self._pairs.setdefault(attr, {}).setdefault(strings.add(first), []).append(
                (self._pair_count, key, frozenset(strings.add(w) for w in seconds))
            )
            self._pair_count += 1
        if self.phrase_matcher_attr in ("ORTH", "LOWER"):
            with self.nlp.select_pipes(disable=self.nlp.pipe_names):
                super().add_patterns(others)
        else:
            super().add_patterns(others)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """EntityRuler.match with the pair patterns' matches where the Matcher would have put them."""
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            found = list(self.matcher(doc)) if len(self.matcher) else []
            matches = found + find_pairs(doc, self._pairs) + list(self.phrase_matcher(doc))
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def clear(self) -> None:
        super().clear()
        self._pairs, self._pair_count = {}, 0


def pair_words(pattern: Any) -> tuple[tuple[str, str], Sequence[str]] | None:
    """((attribute, first word), allowed second words) of a `[{"LOWER" or "ORTH": w}, {"LOWER": {"IN": ws}}]`
    pattern, else None."""
    if not isinstance(pattern, list) or len(pattern) != 2:
        return None
    first, second = pattern
    if (
        not (isinstance(first, dict) and isinstance(second, dict))
        or len(first) != 1
        or list(second) != ["LOWER"]
    ):
        return None
    attr, word = next(iter(first.items()))
    words = second["LOWER"]
    if (
        attr not in PAIR_ATTRS
        or not isinstance(word, str)
        or not isinstance(words, dict)
        or list(words) != ["IN"]
    ):
        return None
    if not isinstance(words["IN"], list) or not all(isinstance(w, str) for w in words["IN"]):
        return None
    return (attr, word), words["IN"]


def find_pairs(doc: Doc, pairs: PairIndex) -> list[tuple[int, int, int]]:
    """(match key, start, end) of every pair pattern in `doc`, in the Matcher's order: by start, then by the
    order the patterns were added."""
    if not pairs or len(doc) < 2:
        return []
    names = list(pairs)
    values = doc.to_array([PAIR_ATTRS[name] for name in names])
    lowers = values[:, names.index("LOWER")] if "LOWER" in names else doc.to_array(LOWER)
    found = []
    for column, name in enumerate(names):
        index = pairs[name]
        firsts = numpy.fromiter(index, dtype=numpy.uint64, count=len(index))
        for i in numpy.flatnonzero(numpy.isin(values[:-1, column], firsts)).tolist():
            second = int(lowers[i + 1])
            found += [
                (number, key, i)
                for number, key, seconds in index[int(values[i, column])]
                if second in seconds
            ]
    found.sort(key=lambda m: (m[2], m[0]))
    return [(key, i, i + 2) for _number, key, i in found]
