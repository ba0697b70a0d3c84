"""`TokenAttributes`: spaCy's attribute ruler + rule lemmatizer, answered from a memo (setting `fast_attributes`).

Both stock components decide a token's TAG, DEP, POS, MORPH and LEMMA from that token alone: the attribute ruler's
one-token patterns read its LOWER, TAG, DEP and IS_SPACE (all functions of ORTH, TAG and DEP), and the rule
lemmatizer reads ORTH, POS, MORPH and the lemma the ruler set (its own cache key is (orth, pos, morph), so its
answers do not depend on the order documents come in). The ruler's few two-token patterns ("gon na", "let 's",
"there is" with DEP expl) also read a neighbour: a token that such a pattern targets gets the ids of those patterns
in its key. So (orth, tag, dep, two-token pattern ids) → (tag, dep, pos, morph, lemma) is a function, held in a
bounded memo per component instance. Unknown keys are answered by the stock components themselves (on a small Doc
of just those tokens when no two-token pattern can fire there, else on the whole Doc), and their answers fill the
memo; known answers are written in bulk with `Doc.from_array`. The output equals the stock components' exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.tokens import Doc

KEY_ATTRS = [ORTH, TAG, DEP]
INPUT_ATTRS = [POS, MORPH, LEMMA]  # unset (0) on a Doc the ruler has not seen
OUTPUT_ATTRS = [TAG, DEP, POS, MORPH, LEMMA]
KEEP = OTHER = 1  # in a key: a label no pattern names; in an answer: the label left as it was (no string hashes to 1)
Key = tuple[int, ...]
Answer = tuple[int, ...]


class TokenAttributes:
    """Sets what `ruler` (an AttributeRuler) and then `lemmatizer` would set, from a memo of at most `max_entries`
    keys (emptied when full); the stock components answer unknown keys."""

    def __init__(self, ruler: Any, lemmatizer: Any, *, max_entries: int = 100_000) -> None:
        self.ruler, self.lemmatizer, self.max_entries = ruler, fast_lemmatizer(lemmatizer), max_entries
        self.vocab = ruler.vocab
        self.memo: dict[Key, Answer] = {}
        self.pairs, self.targets = multi_token_matcher(ruler)
        self.dep_classes = dep_labels(ruler)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        if doc.to_array(INPUT_ATTRS).any():  # already annotated: only the stock path is sure to be exact
            return self.stock(doc)
        deps, keys, memo = doc.to_array(DEP), self.keys(doc), self.memo
        unknown = [i for i, key in enumerate(keys) if key not in memo]
        full = len(memo) + len(unknown) > self.max_entries
        if full or any(len(keys[i]) > 3 for i in unknown):  # full, or an unknown two-token-pattern target
            if full:  # start again: the memo stays within its bounds
                memo.clear()
            self.learn(self.stock(doc), keys, deps)
            return doc
        found = self.resolve([doc[i] for i in unknown], [keys[i] for i in unknown], deps[unknown]) if unknown else {}
        answers: Any = numpy.array([memo.get(key) or found[key] for key in keys], dtype="uint64")
        answers[:, 1] = numpy.where(answers[:, 1] == KEEP, deps, answers[:, 1])
        doc.from_array(OUTPUT_ATTRS, answers)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def keys(self, doc: Doc) -> list[Key]:
        """(orth, tag, dep class) per token, plus the ids of the two-token patterns that target it."""
        values = doc.to_array(KEY_ATTRS)
        if self.dep_classes is not None:
            values[:, 2] = numpy.where(numpy.isin(values[:, 2], self.dep_classes), values[:, 2], OTHER)
        keys: list[Key] = [tuple(row) for row in values.tolist()]
        for i, ids in pattern_targets(self.pairs(doc), self.targets, self.vocab).items():
            keys[i] = keys[i] + tuple(ids)
        return keys

    def stock(self, doc: Doc) -> Doc:
        return self.lemmatizer(self.ruler(doc))

    def learn(self, doc: Doc, keys: list[Key], deps: Any) -> dict[Key, Answer]:
        """The answers the stock components gave on `doc`, whose tokens had `keys` and dependency labels `deps`
        before (a label left as it was is stored as KEEP: a key holds only the label's class), stored in the memo
        while it has room."""
        answers = doc.to_array(OUTPUT_ATTRS)
        answers[:, 1] = numpy.where(answers[:, 1] == deps, KEEP, answers[:, 1])
        learnt = {key: tuple(answer) for key, answer in zip(keys, answers.tolist(), strict=True)}
        room = self.max_entries - len(self.memo)
        self.memo.update(learnt if len(learnt) <= room else dict(list(learnt.items())[:room]))
        return learnt

    def resolve(self, tokens: list[Any], keys: list[Key], deps: Any) -> dict[Key, Answer]:
        """Answer one-token keys with the stock components on a Doc of just those tokens (one Doc per token if two
        of them side by side would fire a two-token pattern)."""
        texts = [t.text for t in tokens]
        values: Any = numpy.stack([numpy.array([key[1] for key in keys], dtype="uint64"), deps], axis=1)
        small = Doc(self.vocab, words=texts, spaces=[True] * len(texts))
        small.from_array([TAG, DEP], values)
        if not self.pairs(small):
            return self.learn(self.stock(small), keys, deps)
        found: dict[Key, Answer] = {}
        for i, (text, key) in enumerate(zip(texts, keys, strict=True)):
            one = Doc(self.vocab, words=[text], spaces=[True])
            one.from_array([TAG, DEP], values[i : i + 1])
            found.update(self.learn(self.stock(one), [key], deps[i : i + 1]))
        return found


PairFinder = Callable[[Doc], list[tuple[int, int, int]]]
ANCHOR_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP}


def multi_token_matcher(ruler: Any) -> tuple[PairFinder, dict[int, int]]:
    """What finds the matches of the ruler's patterns of more than one token (under the ruler's own match ids), and
    the index of the token each one targets (by pattern id)."""
    matcher = Matcher(ruler.vocab)
    targets: dict[int, int] = {}
    longer: list[list[dict[str, Any]]] = []
    for number, pattern_index in enumerate(ruler.indices):
        patterns = [p for p in ruler.matcher.get(str(number))[1] if len(p) > 1]
        if patterns:
            matcher.add(str(number), patterns)
            targets[number] = pattern_index
            longer.extend(patterns)
    found = [pattern_anchor(p, ruler.vocab) for p in longer]
    anchors = None if None in found else [a for a in found if a is not None]
    return (lambda doc: find_pairs(doc, matcher, anchors)), targets


Anchor = tuple[int, Any, int, int]  # attribute, the values it may take, its position in the pattern, pattern length


def pattern_anchor(pattern: list[dict[str, Any]], vocab: Any) -> Anchor | None:
    """The pattern's token test that fewest values pass (attribute equal to, or IN, given strings): every match
    holds a token passing it. None for a pattern with operators or no such test."""
    if any("OP" in spec for spec in pattern):
        return None
    best: Anchor | None = None
    for position, spec in enumerate(pattern):
        for name, value in spec.items():
            values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
            if not isinstance(values, list) or name.upper() not in ANCHOR_ATTRS:
                continue
            if best is None or len(values) < len(best[1]):
                hashes = numpy.array([vocab.strings.add(v) for v in values], dtype="uint64")
                best = (ANCHOR_ATTRS[name.upper()], hashes, position, len(pattern))
    return best


def find_pairs(doc: Doc, matcher: Matcher, anchors: list[Anchor] | None) -> list[tuple[int, int, int]]:
    """`matcher`'s matches in `doc`, found by running it only on the windows around the tokens that pass some
    pattern's anchor test (on the whole Doc without anchors)."""
    if anchors is None:
        return list(matcher(doc, allow_missing=True, as_spans=False))
    windows = set()
    for attr, values, position, length in anchors:
        for hit in numpy.flatnonzero(numpy.isin(doc.to_array(attr), values)).tolist():
            windows.add((max(0, hit - position), min(len(doc), hit - position + length)))
    found: set[tuple[int, int, int]] = set()
    for start, end in windows:
        matches = matcher(doc[start:end], allow_missing=True, as_spans=False)
        found.update((m, start + s, start + e) for m, s, e in matches)
    return sorted(found)


def fast_lemmatizer(stock: Any) -> Any:
    """A copy of a rule lemmatizer whose word index answers `in` from a set (spaCy keeps it in lists of up to 57,000
    words, which `rule_lemmatize` scans for every candidate form): same lemmas, less time."""
    if getattr(stock, "mode", None) != "rule":
        return stock
    lookups = Lookups()
    for name in stock.lookups.tables:
        table = stock.lookups.get_table(name)
        indexed = name == "lemma_index"
        lookups.add_table(name, {k: IndexedList(v) if indexed and isinstance(v, list) else v for k, v in table.items()})
    lemmatizer = type(stock)(stock.vocab, None, stock.name, mode=stock.mode, overwrite=stock.overwrite)
    lemmatizer.initialize(lookups=lookups)
    return lemmatizer


class IndexedList(list[str]):
    """A list of strings whose `in` asks a set of them (the same answers for strings, in constant time)."""

    def __init__(self, items: Iterable[str]) -> None:
        super().__init__(items)
        self.members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self.members


def pattern_targets(matches: list[tuple[int, int, int]], targets: dict[int, int], vocab: Any) -> dict[int, list[int]]:
    """Token index → the sorted ids of the two-token patterns whose match targets it."""
    found: dict[int, list[int]] = {}
    for match_id, start, end in matches:
        number = int(vocab.strings[match_id])
        index = targets[number]
        found.setdefault(start + index if index >= 0 else end + index, []).append(number)
    return {i: sorted(ids) for i, ids in found.items()}


def dep_labels(ruler: Any) -> Any:
    """The dependency labels the ruler's patterns test or set, plus the empty one, as an array; the other labels are
    alike to it (None if a pattern tests DEP in a way other than equality, IN or NOT_IN)."""
    labels = {""}
    for entry in ruler.patterns:
        labels.update(str(v) for k, v in entry["attrs"].items() if str(k).upper() == "DEP")
        for pattern in entry["patterns"]:
            for spec in pattern:
                value = spec.get("DEP", spec.get("dep"))
                if isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
                    labels.update(str(v) for values in value.values() for v in values)
                elif isinstance(value, str):
                    labels.add(value)
                elif value is not None:
                    return None
    return numpy.array(sorted(ruler.vocab.strings.add(label) for label in labels), dtype="uint64")
