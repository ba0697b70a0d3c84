"""The authority that reports its own legal or security act.

"Police said two men had been arrested", "the interior ministry said 20 militants were detained", "a court
spokesman said he was charged with murder": news reports an agentless passive of an arrest, a charge or a raid on
the word of the authority that did it. When the reporting verb's subject is an authority of the kind that performs
the act (data/triggers/authority_acts.csv: police arrest and search, courts and prosecutors charge and sentence,
armed forces capture and raid), that speaker is the act's source. Other speakers are only witnesses: "the
Observatory said 20 people were killed" names no perpetrator, nor does "the foreign ministry said two citizens
were detained" (a government acts through its ministries of the interior and justice only: LAW_OFFICES).

Pure functions over spaCy tokens and the loaded table.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError
from ..records import Actor
from ..reporting_verbs import reporting_verbs
from .coref import hanging_report

SECTORS = frozenset({"COP", "JUD", "MIL", "SPY", "GOV"})  # sectors a row may name
# words that make a government office one of law and order ("the interior ministry", "the Justice Department")
LAW_OFFICES = frozenset({"interior", "justice", "home", "security"})
SPOKEN_FOR_DEPS = frozenset({"compound", "poss"})  # "a police spokesman", "the prosecutor's office"
NOUNS = frozenset({"NOUN", "PROPN"})
CLAUSE_LINKS = frozenset({"ccomp", "conj"})  # "said two men were arrested and charged"


@cache
def load_authority_acts(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Load and validate data/triggers/authority_acts.csv (or `path`): sector → the act lemmas it performs."""
    path = path or data_path("triggers/authority_acts.csv")
    acts: dict[str, frozenset[str]] = {}
    for line, row in read_table(path, required=("sector", "lemmas", "note")):
        lemmas = frozenset(w.lower() for w in split_multi(row["lemmas"]))
        if row["sector"] not in SECTORS:
            raise DictionaryError(str(path), line, f"sector must be one of {sorted(SECTORS)}")
        if not lemmas or row["sector"] in acts:
            raise DictionaryError(str(path), line, "lemmas are empty or the sector is listed twice")
        acts[row["sector"]] = lemmas
    return acts


def reporting_authority(trigger: Token) -> Token | None:
    """The subject of the reporting verb whose complement is the trigger's agentless passive clause ("police
    said two men had been arrested", "two men were arrested, police said"), or of an act noun that is such a
    clause's subject ("the prosecutor's office said an investigation had been opened"); None otherwise."""
    node = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "nsubjpass" else None
    if node is None or node.pos_ != "VERB" or not _agentless_passive(node):
        return None
    quoting = reporting_verbs("speaker")
    while node.dep_ in CLAUSE_LINKS and node.head.lemma_.lower() not in quoting:
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in quoting:
        return _subject(node.head)
    said = hanging_report(node)
    return _subject(said) if node.dep_ == "ROOT" and said is not None else None


def _agentless_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUNS), None)


def act_lemmas(trigger: Token) -> frozenset[str]:
    """The words naming the act: the trigger, and an act noun that is its passive subject ("an investigation
    was opened", "a raid was carried out")."""
    return frozenset(t.lemma_.lower() for t in (trigger, *trigger.children) if t == trigger or t.dep_ == "nsubjpass")


def performs(speaker: Token, actor: Actor, act: frozenset[str], *,
             acts: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether the speaker's actor is an authority of the kind that performs the act (any of its lemmas); a
    government office only if it is one of law and order ("the interior ministry", not "the foreign ministry")."""
    lemmas = (acts if acts is not None else load_authority_acts()).get(actor.sector or "")
    if lemmas is None or not act & lemmas:
        return False
    return actor.sector != "GOV" or any(t.lower_ in LAW_OFFICES for t in speaker.subtree)


def acting_authority(trigger: Token, *, read: Callable[[Token], list[Actor]]) -> tuple[Token, list[Actor]] | None:
    """The reporting authority of an agentless passive act it performs, with its actor(s) as `read` names them
    ("police said two men had been arrested" → police), or the authority a spokesman or office speaks for ("a
    court spokesman said", "the prosecutor's office said" → the court, the prosecutor); None where the speaker
    is no such authority."""
    speaker = reporting_authority(trigger)
    if speaker is None:
        return None
    for head in (speaker, *(c for c in speaker.children if c.dep_ in SPOKEN_FOR_DEPS and c.pos_ in NOUNS)):
        actors = [a for a in read(head) if performs(speaker, a, act_lemmas(trigger))]
        if actors:
            return head, actors
    return None
