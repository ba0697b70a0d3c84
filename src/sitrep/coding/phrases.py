"""The phrase span of an argument, read off the dependency parse: the argument's head with its modifiers, cut
before relative clauses, conjuncts and locative modifiers ("Iranian-backed fighters in southern Syria" →
"Iranian-backed fighters"); and the parse as plain lists, made once per Doc (walking them is many times faster
than walking spaCy's Token objects). Split out of `coding.arguments`, whose readers return the heads these
phrases are cut around.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_PUNCT, IS_SPACE, LOWER, POS, TAG
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "on", "across", "along", "inside", "outside", "around", "during", "since", "into",
    "toward", "towards", "throughout", "within", "under", "over", "after", "before", "until", "for", "amid",
    "between", "beyond", "behind", "north", "south", "east", "west",
})
DROPPED_DEPS = frozenset({"relcl", "advcl", "punct", "cc", "conj", "parataxis"})
NESTED_DROPPED_DEPS = frozenset({"relcl", "advcl", "parataxis"})


def phrase(token: Token) -> Span:
    """The argument phrase headed by `token`, cut before relative clauses, conjuncts and locative modifiers
    (worked out once per token of a Doc: kept in doc.user_data beside its parse tree)."""
    doc = token.doc
    tree = parse_tree(doc)
    known: tuple[ParseTree, dict[int, tuple[int, int]]] | None = doc.user_data.get(PHRASES_KEY)
    if known is None or known[0] is not tree:
        known = doc.user_data[PHRASES_KEY] = (tree, {})
    bounds = known[1].get(token.i)  # offsets, not Spans: a Span in the Doc's own user_data would be a cycle
    if bounds is None:
        span = _cut_phrase(token)
        known[1][token.i] = (span.start, span.end)
        return span
    return Span(doc, bounds[0], bounds[1])  # as doc[start:end] makes it, without its Python-level slice checks


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's text (joined once per Doc and kept in doc.user_data): spaCy's Span.text
    makes a Token for every token of the span on each read."""
    doc = span.doc
    known: tuple[int, str] | None = doc.user_data.get(TEXT_KEY)
    if known is None or known[0] != len(doc):
        known = doc.user_data[TEXT_KEY] = (len(doc), doc.text)
    return known[1][span.start_char : span.end_char]


def _cut_phrase(token: Token) -> Span:
    doc = token.doc
    heads, kids, first_kid, flags = parse_tree(doc)
    i = token.i
    start, end = token.left_edge.i, token.right_edge.i
    below = kids[first_kid[i] : first_kid[i + 1]]
    while below:  # the token's descendants; past one that cuts, none can cut further left
        t = below.pop()
        if t > i and flags[t] & (CUTS_DIRECT if heads[t] == i else CUTS_NESTED):
            end = min(end, doc[t].left_edge.i - 1)
        else:
            below += kids[first_kid[t] : first_kid[t + 1]]
    for child in kids[first_kid[i] : first_kid[i + 1]]:
        if child < i and flags[child] & OPENS_PHRASE and doc[child].text != ")":  # "the Asia-Pacific (APEC) forum"
            start = max(start, doc[child].right_edge.i + 1)
    while end > start and flags[end] & TRAILING:
        if doc[end].text == ")" and "(" in doc[start:end].text:
            break
        end -= 1
    while start < end and flags[start] & LEADING:
        start += 1
    return Span(doc, start, max(start, end + 1))  # doc[start : end + 1], an empty span where nothing is left


# parse_tree's flags, one bit each: what `phrase` asks of a token
CUTS_DIRECT, CUTS_NESTED, OPENS_PHRASE, TRAILING, LEADING = 1, 2, 4, 8, 16
TREE_KEY = "sitrep_parse_tree"
PHRASES_KEY = "sitrep_phrases"
TEXT_KEY = "sitrep_parsed_text"
LABELS_KEY = "sitrep_token_labels"


ParseTree = tuple[list[int], list[int], list[int], list[int]]


def parse_tree(doc: Doc) -> ParseTree:
    """The parse as plain lists, made once per Doc and kept in doc.user_data (walking them is many times faster
    than walking Token objects): each token's head; every token's children, grouped by head and in text order
    (token i's are `kids[first_kid[i] : first_kid[i + 1]]`); and each token's `phrase` flags."""
    tree = doc.user_data.get(TREE_KEY)
    if tree is None or len(tree[0]) != len(doc):
        tree = doc.user_data[TREE_KEY] = _build_tree(doc)
    return tree


class TokenLabels(NamedTuple):
    """Each token's `pos_` and `dep_`, by token index."""

    pos: list[str]
    dep: list[str]


def token_labels(doc: Doc) -> TokenLabels:
    """The tokens' labels as plain lists, read off the Doc's arrays once per parse and kept beside its parse tree
    in doc.user_data: a test of `token.pos_` or `token.dep_` over many tokens (every word of a sentence, every
    child of a word) then makes a Token only for the ones that pass."""
    tree = parse_tree(doc)
    known: tuple[ParseTree, TokenLabels] | None = doc.user_data.get(LABELS_KEY)
    if known is None or known[0] is not tree:
        values, strings = doc.to_array([POS, DEP]), doc.vocab.strings
        labels = TokenLabels(*(_names(values[:, k].tolist(), strings.__getitem__) for k in (0, 1)))
        known = doc.user_data[LABELS_KEY] = (tree, labels)
    return known[1]


def _names(keys: list[int], name: Callable[[int], str]) -> list[str]:
    table = {key: name(key) for key in set(keys)}  # each distinct label looked up once
    return [table[key] for key in keys]


def child_indexes(doc: Doc, i: int) -> list[int]:
    """The indexes of token i's children, in text order (`[c.i for c in doc[i].children]`, with no Token made)."""
    _, kids, first_kid, _ = parse_tree(doc)
    return kids[first_kid[i] : first_kid[i + 1]]


def child_with(token: Token, deps: Container[str]) -> Token | None:
    """The token's first child (in text order) whose dependency label is among `deps`, as
    `next((c for c in token.children if c.dep_ in deps), None)`, with a Token made only for that child."""
    doc, dep = token.doc, token_labels(token.doc).dep
    return next((doc[k] for k in child_indexes(doc, token.i) if dep[k] in deps), None)


def _build_tree(doc: Doc) -> ParseTree:
    n = len(doc)
    values = doc.to_array([HEAD, DEP, LOWER, TAG, IS_PUNCT, IS_SPACE, ENT_IOB, ENT_TYPE])
    tokens = numpy.arange(n, dtype=numpy.int64)
    heads = tokens + values[:, 0].astype(numpy.int64)
    dependents = numpy.flatnonzero(heads != tokens)
    kids = dependents[numpy.argsort(heads[dependents], kind="stable")]
    first_kid = numpy.searchsorted(heads[kids], numpy.arange(n + 1), side="left")
    ids = doc.vocab.strings.add  # a label's id as the Doc stores it (a symbol's number, else the hash)

    def among(column: int, words: Iterable[str]) -> numpy.ndarray:
        # a few ids: compared with each (numpy.isin sorts the column for every call)
        wanted = numpy.array([ids(w) for w in words], dtype=numpy.uint64)
        return (values[:, column, None] == wanted[None, :]).any(axis=1)

    dep = values[:, 1]
    locative = (dep == ids("prep")) & among(2, LOCATIVE_PREPS) & ~_inside_names(values[:, 6:8], heads, tokens)
    cuts = locative | ((dep == ids("acl")) & (values[:, 3] == ids("VBG")))  # "militias fighting the Islamic State"
    cuts |= _gerund_preps(values, heads, tokens, among)  # "accused [the army] of using gas"
    cuts |= _misparsed_verbs(values, heads, among)  # "Doctors from aid groups donated …" (`misparses.misparsed_subject`)
    punct, space = values[:, 4].astype(bool), values[:, 5].astype(bool)
    flags = (
        CUTS_DIRECT * (cuts | among(1, DROPPED_DEPS))
        | CUTS_NESTED * (cuts | among(1, NESTED_DROPPED_DEPS))
        | OPENS_PHRASE * among(1, ("punct", "cc", "prep"))
        | TRAILING * (punct | (dep == ids("cc")) | space)
        | LEADING * (punct | space)
    )
    return heads.tolist(), kids.tolist(), first_kid.tolist(), flags.tolist()


def _misparsed_verbs(values: numpy.ndarray, heads: numpy.ndarray,
                     among: Callable[[int, Iterable[str]], numpy.ndarray]) -> numpy.ndarray:
    """Flags of the participles `misparses.misparsed_subject` reads as main verbs: cut from the subject's phrase."""
    ids = among
    prep = heads[heads]
    root = heads[prep]
    return (ids(1, ("acl",)) & ids(3, ("VBN", "VBD")) & ids(1, ("pobj",))[heads] & ids(1, ("prep",))[prep]
            & ids(2, ("from", "of"))[prep] & ids(1, ("ROOT",))[root] & ids(3, NOUN_TAGS)[root]
            & ids(3, NOUN_TAGS)[heads])


NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
GERUND_PREPS = ("of", "for")


def _gerund_preps(values: numpy.ndarray, heads: numpy.ndarray, tokens: numpy.ndarray,
                  among: Callable[[int, Iterable[str]], numpy.ndarray]) -> numpy.ndarray:
    """Flags of an "of"/"for" phrase whose object is a gerund clause ("accused the army of using gas", "blamed the
    regime for shelling", "suspected them of being involved"), hung on a noun: the act the party is judged for,
    which the parser may hang on the party's noun; it is no part of the party's phrase (`actor_judged.judged_doer`)."""
    gerunds = tokens[among(1, ("pcomp",)) & among(3, ("VBG",))]
    auxiliaries = tokens[among(1, ("aux", "auxpass")) & among(3, ("VBG",))]  # "of being involved"
    clauses = heads[auxiliaries][among(1, ("pcomp",))[heads[auxiliaries]]]
    flags = numpy.zeros(len(tokens), dtype=bool)
    flags[heads[gerunds]] = True
    flags[heads[clauses]] = True
    return flags & among(1, ("prep",)) & among(2, GERUND_PREPS) & among(3, NOUN_TAGS)[heads]


def _inside_names(entities: numpy.ndarray, heads: numpy.ndarray, tokens: numpy.ndarray) -> numpy.ndarray:
    """Which tokens lie inside the name their head begins ("National Union for the Total Independence of Angola",
    "Observatory for Human Rights": the named entity runs on through the preposition). `entities` holds each
    token's ENT_IOB (1 = inside) and ENT_TYPE."""
    iob, label = entities[:, 0], entities[:, 1]
    return (iob == 1) & (label != 0) & (label[heads] == label) & (heads < tokens)


NP_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


def noun_chunks(doc: Doc) -> list[Span]:
    """`doc.noun_chunks`, the same Spans, read off the parse arrays: spaCy's English iterator makes a Token (and
    its left edge's) for every token of the Doc; here only a nominal heading a noun phrase (or coordinated with
    one) meets a Token, for its left edge. Any other language's iterator, or a Doc with no parse, goes to spaCy."""
    if getattr(doc, "noun_chunks_iterator", None) is not english_noun_chunks or not doc.has_annotation("DEP"):
        return list(doc.noun_chunks)
    ids = doc.vocab.strings.add
    values = doc.to_array([POS, DEP, HEAD])
    dep = values[:, 1]
    heads = (numpy.arange(len(doc), dtype=numpy.int64) + values[:, 2].astype(numpy.int64)).tolist()
    np_dep, conj = numpy.isin(dep, [ids(label) for label in NP_DEPS]), dep == ids("conj")
    nominal = numpy.isin(values[:, 0], [NOUN, PROPN, PRON])
    candidates = numpy.flatnonzero(nominal & (np_dep | conj)).tolist()  # the iterator skips any other token
    np_dep, conj = np_dep.tolist(), conj.tolist()
    label, prev_end, chunks = ids("NP"), -1, []
    for i in candidates:
        if not np_dep[i]:  # a conjunct: a noun phrase if the first conjunct of its chain is one
            head = heads[i]
            while conj[head] and heads[head] < head:
                head = heads[head]
            if not np_dep[head]:
                continue
        start = doc[i].left_edge.i
        if start > prev_end:  # no nested chunks
            prev_end = i
            chunks.append(Span(doc, start, i + 1, label=label))
    return chunks


def cleft_focus(verb: Token) -> Token | None:
    """The focused phrase of an it-cleft whose "that" clause the parser hung on the copula ("it was two car bombs
    that claimed the nine lives": bombs), which the relative word stands for; None for any other clause."""
    copula = verb.head
    if verb.dep_ not in ("ccomp", "relcl") or copula.lemma_.lower() != "be" \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ == "attr" and c.i < verb.i), None)


def trigger_text(trigger: Token) -> str:
    """The trigger with its particle or compound ("air strike", "pull out"); a name is a party, not part of the
    trigger ("U.S. air raid" → "air raid")."""
    parts = [c for c in trigger.children if c.dep_ in ("prt", "compound") and abs(c.i - trigger.i) <= 2
             and c.pos_ != "PROPN" and not c.ent_type_]
    tokens = sorted([trigger, *parts], key=lambda t: t.i)
    return span_text(trigger.doc[tokens[0].i : tokens[-1].i + 1])
