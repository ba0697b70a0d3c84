"""Who a status is held by: the party behind a reporting, claiming or denying cue (the subject of "said", the X of
"according to X", the possessor of "Al-Shabaab's claim"), and a headline's source tag ("Monitors 15 killed in ...").
Used by coding.status.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..datafiles import data_path, read_table, split_multi
from ..geo.borders import country_words
from ..geo.seats import seat_country, state_country
from .arguments import RELATIVE_PRONOUNS

HOLDER_DEPS = ("nsubj", "nsubjpass", "agent")
LINKING_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "PART", "PUNCT"})  # words that go on a phrase, not a new one
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # roles.csv sectors of a state's organs, forces and officials
# a state's military craft, which a state's organ speaks of as "the planes": "the Kremlin said the jets had not ..."
CRAFT_NOUNS = frozenset({
    "plane", "jet", "warplane", "aircraft", "helicopter", "drone", "bomber", "warship", "ship", "gunboat", "tank",
})


def headline_source(sent: Span, sources: frozenset[str]) -> Token | None:
    """The source a headline names at its start or end, its punctuation stripped ("Monitors 15 killed in missile
    strike", "Regime bombing kills 16 in Aleppo Monitor"): a source noun (cues.csv scope=headline) first, not a
    subject and not going on into a verb or preposition, or last after a name or noun, in a sentence with no closing
    punctuation."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[-1].is_punct or not sources:
        return None
    first, last = words[0], words[-1]
    if first.lemma_.lower() in sources and first.is_title and first.dep_ not in ("nsubj", "nsubjpass") \
            and words[1].pos_ not in LINKING_POS:  # not "Officials said ...", "Officials in Kabul ..."
        return first
    before = words[-2]
    if last.lemma_.lower() in sources and last.is_title and before.pos_ in ("PROPN", "NOUN"):
        return last
    return None


def _is_headline_tag(token: Token) -> bool:
    """A headline's source tag (`headline_source`): a title-case noun first or last in a sentence that has no
    closing punctuation."""
    words = [t for t in token.sent if not t.is_space]
    return token in (words[0], words[-1]) and not words[-1].is_punct and token.pos_ in ("NOUN", "PROPN")


def holder_of(cue: Token) -> Span | None:
    """The party behind a cue: the subject of a reporting/denying verb, the X of "according to X"."""
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
        return None
    if cue.pos_ in ("NOUN", "PROPN") and _is_headline_tag(cue):
        return cue.doc[cue.i : cue.i + 1]  # "Monitors 15 killed ..."
    if cue.pos_ == "NOUN":
        return _noun_holder(cue)
    for child in cue.children:
        if child.dep_ in HOLDER_DEPS:
            target = (
                next((c for c in child.children if c.dep_ == "pobj"), child)
                if child.dep_ == "agent"
                else child
            )
            if cue.dep_ == "relcl" and (target.lower_ in RELATIVE_PRONOUNS or _closing_report(cue)):
                target = cue.head  # "al-Shabab, which claimed responsibility": the group, not "which"; "..., the
                # charity that runs it said.": the charity, not "it"
            return subject_phrase(target)
    if cue.dep_ in ("acl", "advcl") and cue.head.pos_ in ("NOUN", "PROPN"):
        # "a group claiming responsibility"
        node = cue.head
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.dep_ == "acl":
            node = node.head.head.head  # "a group linked to the IRGC claiming ..." → the group
        return cue.doc[node.left_edge.i : cue.i]
    return _names_before(cue) if cue.pos_ == "VERB" else None


def _names_before(cue: Token) -> Span | None:
    """The nouns just before a subjectless reporting verb ("..., Human Rights Watch reported" misparsed)."""
    start = cue.i
    while start > cue.sent.start and cue.doc[start - 1].pos_ in ("PROPN", "NOUN"):
        start -= 1
    return cue.doc[start : cue.i] if start < cue.i else None


def _noun_holder(noun: Token) -> Span | None:
    """The holder of a report noun: its possessor ("Reuters' report") or by-phrase ("reports by state media")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return subject_phrase(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return subject_phrase(obj)
    return None


def subject_phrase(token: Token) -> Span:
    """The phrase a holder token heads, without clauses hanging off it ("reports that X ..." → "reports")."""
    end = token.right_edge.i
    for child in token.rights:
        if child.dep_ in ("acl", "relcl", "ccomp", "appos", "punct"):
            end = min(end, child.left_edge.i - 1)
    return token.doc[token.left_edge.i : max(end, token.i) + 1]


@cache
def state_nouns() -> frozenset[str]:
    """Folded head nouns naming a state's organ, force or official: roles.csv rows of sector GOV, MIL or COP, with
    their forms ("ministry", "government", "planes", "troops", "police")."""
    words: set[str] = set()
    for _line, row in read_table(data_path("actors/roles.csv"), required=("noun", "kind")):
        if row.get("sector", "") in STATE_SECTORS:
            words.update(w.casefold() for w in [row["noun"], *split_multi(row.get("forms", ""))])
    return frozenset(words)


def state_named(phrase: Span) -> str | None:
    """The one country (ISO-3) a phrase names by a country word or seat of government of up to three words
    ("Russian", "Syria", "United States", "the Pentagon"); None when it names none or several ("Russian-backed
    Syrian forces")."""
    folded = [t.text.casefold() for t in phrase]
    names = {" ".join(folded[i:j]) for i in range(len(folded)) for j in range(i + 1, min(i + 3, len(folded)) + 1)}
    found = {country for name in names if (country := state_country(name))}
    return found.pop() if len(found) == 1 else None


def same_state(actor: Span, holder: Span) -> bool:
    """Whether a holder speaks for the very state whose organ or force acts: "the Russian Defence Ministry said
    Russian planes had not struck ..." (a state's organ answers for its forces). Both phrases are headed by a
    state noun (`state_nouns`) or the country's own name and name the same one country; a rebel, militia or
    civilian phrase ("Syrian activists", "Syrian rebels") is no state's voice."""
    country = state_named(holder)
    if country is None or not _state_voice(holder):
        return False
    return (country == state_named(actor) and _state_voice(actor)) or _bare_force(actor)


def _bare_force(phrase: Span) -> bool:
    """ "the planes", "the troops": a state's force or craft named by "the" alone, which a state's organ uses of its
    own ("the Kremlin said the planes had not struck ..."); any other word ("the rebel fighters") names someone."""
    root = phrase.root
    noun = root.lemma_.casefold() in CRAFT_NOUNS or (root.lemma_.casefold() in state_nouns()
                                                      or root.text.casefold() in state_nouns())
    return noun and all(
        t == root or (t.dep_ == "det" and t.lower_ == "the") for t in phrase)


def _state_voice(phrase: Span) -> bool:
    """A phrase headed by a state noun ("ministry", "planes"), a country word or a seat ("Russia", "the Kremlin")."""
    root = phrase.root
    if root.lemma_.casefold() in state_nouns() or root.text.casefold() in {*state_nouns(), *country_words()}:
        return True
    return seat_country(root.text) is not None


def _closing_report(verb: Token) -> bool:
    """A reporting verb closing the sentence that the parser hung on the noun before it (", the charity that runs it
    said."): its subject pronoun belongs to the relative clause, the speaker is that noun."""
    following = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
    return not following and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
