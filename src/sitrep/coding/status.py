"""What the text commits to about an event: asserted, reported, claimed, denied, negated, planned, hypothetical,
conditional (docs/event-record.md).

`read_status(trigger, cues=...)` walks from the trigger up the dependency tree and collects the cues that govern it
(negation, modals, "if", planning verbs and nouns, reporting verbs, denials, claims of responsibility). The strongest
cue wins, in the order of STATUS_PRECEDENCE. The cue words are data (`data/status/cues.csv`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..datafiles import data_path, read_table
from ..errors import DictionaryError
from ..records import STATUSES

STATUS_PRECEDENCE = (
    "denied", "negated", "conditional", "hypothetical", "planned", "claimed", "reported", "asserted",
)
CUE_POS = ("VERB", "NOUN", "AUX", "SCONJ", "ADP", "ADJ", "ADV")
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
HOLDER_DEPS = ("nsubj", "nsubjpass", "agent")


@dataclass(frozen=True)
class StatusCues:
    """Cue lemma + coarse POS → status."""

    by_key: dict[tuple[str, str], str]

    def status_of(self, token: Token) -> str | None:
        pos = "VERB" if token.pos_ == "AUX" and token.dep_ != "aux" else token.pos_
        return self.by_key.get((token.lemma_.lower(), pos))


@dataclass
class StatusReading:
    """The status of an event, the token that gave it, and the phrase of the party it is attributed to."""

    status: str
    cue: Token | None = None
    holder: Span | None = None


@cache
def load_status_cues(path: Path | None = None) -> StatusCues:
    """Load and validate data/status/cues.csv (or `path`)."""
    path = path or data_path("status/cues.csv")
    by_key: dict[tuple[str, str], str] = {}
    for line, row in read_table(path, required=("lemma", "pos", "status")):
        if row["status"] not in STATUSES or row["status"] == "asserted":
            raise DictionaryError(str(path), line, f"unknown status {row['status']!r}")
        if row["pos"] not in CUE_POS:
            raise DictionaryError(str(path), line, f"pos must be one of {', '.join(CUE_POS)}")
        key = (row["lemma"].lower(), row["pos"])
        if key in by_key:
            raise DictionaryError(str(path), line, f"duplicate cue {key[0]}/{key[1]}")
        by_key[key] = row["status"]
    return StatusCues(by_key)


def stronger(a: str, b: str) -> str:
    """The status that takes precedence."""
    return a if STATUS_PRECEDENCE.index(a) <= STATUS_PRECEDENCE.index(b) else b


def _own_cues(node: Token, cues: StatusCues) -> list[tuple[str, Token]]:
    """Cues attached to `node` itself: negation, modal/future auxiliaries, an "if" marker, an "if" clause."""
    found: list[tuple[str, Token]] = []
    for child in node.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
            found.append(("negated", child))
        elif child.dep_ == "aux" and (status := cues.by_key.get((child.lower_, "AUX"))) or child.dep_ == "mark" and (status := cues.by_key.get((child.lower_, "SCONJ"))):
            found.append((status, child))
        elif child.dep_ == "advcl" and any(
            g.dep_ == "mark" and cues.by_key.get((g.lower_, "SCONJ")) == "conditional" for g in child.children
        ):
            found.append(("conditional", child))
        elif child.dep_ == "advmod" and (status := cues.by_key.get((child.lower_, "ADV"))):
            found.append((status, child))
    return found


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def governing_cues(trigger: Token, cues: StatusCues) -> list[tuple[str, Token]]:
    """Every cue on the path from the trigger to its sentence root, innermost first.

    A relative clause is a boundary. A conjoined verb is a sibling, not a governor: its own cue word does not apply,
    and its auxiliaries and negation apply only when the trigger's conjunct has no subject of its own.
    """
    found = _own_cues(trigger, cues)
    node = trigger
    while node.head != node and node.dep_ != "relcl":
        edge = node.dep_
        sibling_with_subject = edge == "conj" and _has_subject(node)
        node = node.head
        if edge != "conj" and (status := cues.status_of(node)):
            found.append((status, node))
        if not sibling_with_subject:
            found.extend(_own_cues(node, cues))
    found.extend(_sentence_cues(trigger.sent, cues))
    return found


def _sentence_cues(sent: Span, cues: StatusCues) -> list[tuple[str, Token]]:
    """Cues that reach every event of the sentence: "according to X", "claiming responsibility"."""
    found: list[tuple[str, Token]] = []
    for token in sent:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            found.append(("reported", token))
        elif token.lemma_.lower() == "claim" and any(c.lower_ == "responsibility" for c in token.children):
            found.append(("claimed", token))
    return found


def holder_of(cue: Token) -> Span | None:
    """The party behind a cue: the subject of a reporting/denying verb, the X of "according to X"."""
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
        return None
    if cue.pos_ == "NOUN":
        return cue.doc[cue.left_edge.i : cue.right_edge.i + 1] if cue.lemma_ == "report" else None
    for child in cue.children:
        if child.dep_ in HOLDER_DEPS:
            target = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "agent" else child
            return cue.doc[target.left_edge.i : target.right_edge.i + 1]
    if cue.dep_ in ("acl", "advcl") and cue.head.pos_ in ("NOUN", "PROPN"):  # "a group claiming responsibility"
        node = cue.head
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.dep_ == "acl":
            node = node.head.head.head  # "a group linked to the IRGC claiming ..." → the group
        return cue.doc[node.left_edge.i : cue.i]
    return None


def read_status(trigger: Token, *, cues: StatusCues) -> StatusReading:
    """The status of the event expressed by `trigger`, with the cue and the holder (attribution/denial) phrase."""
    reading = StatusReading("asserted")
    for status, cue in governing_cues(trigger, cues):
        if cue == trigger:
            continue
        if stronger(status, reading.status) == status and status != reading.status:
            reading = StatusReading(status, cue, holder_of(cue))
    if reading.status in ("planned", "hypothetical", "negated", "conditional"):
        reading.holder = None
    return reading


def attribution(trigger: Token, *, cues: StatusCues) -> Span | None:
    """The source an event is attributed to (a reporting cue's holder), whatever its final status."""
    for status, cue in governing_cues(trigger, cues):
        if status in ("reported", "claimed") and cue != trigger and (holder := holder_of(cue)):
            return holder
    return None


def is_negation_word(text: str) -> bool:
    """True for "not", "n't", "never", "no"."""
    return text.lower() in NEGATION_WORDS
