"""Place names the gazetteer lacks, recognised by a relational locative that places them against a known place:
"shelled Orum al-Kubrah near Aleppo", "Kafr Nabl, 10 km south of Maarat al-Numan", "a village outside Idlib".
News locates a little-known village by a town the reader knows, and the parser's entity label for such a name is
unreliable (a PERSON or ORG as often as a GPE), so the name run is taken by its place in the sentence: right before
"near", "outside", "on the outskirts of" or "[N km] <direction> of", followed by a place the gazetteer resolves.
People and groups are set before the same words ("attacks by Hezbollah near Qusayr", "killed Baghdadi near
Barisha", "the Syrian Democratic Forces near Raqqa"): a name stands for a place only as the object of an act
done to a place or of a locative preposition, not as the object of an act done to a person, not as an agent
("by", "with"), and not with a group's word (nor, a one-word name, a group's entity label).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Place
from .resolve import PlaceMention
from .typed_names import NAME_PARTICLES

NEAR_WORDS = frozenset({"near", "outside"})
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
     "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western"}
)
DISTANCE_WORDS = frozenset({"km", "kilometres", "kilometers", "miles", "mile", "kilometre", "kilometer"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "on", "from", "inside", "around", "across", "through", "toward",
                                "towards", "within"})
PERSON_OBJECT_LEMMAS = frozenset(  # acts done to people, not to places: "killed Baghdadi near Barisha"
    {"kill", "arrest", "detain", "wound", "injure", "meet", "kidnap", "abduct", "execute", "assassinate",
     "interview", "behead", "shoot", "murder", "hang", "torture", "release", "free", "join", "fight", "back",
     "support", "accuse", "blame", "elect", "appoint", "replace", "greet", "tell", "ask"}
)
GROUP_WORDS = frozenset(
    {"forces", "force", "army", "front", "brigade", "brigades", "battalion", "battalions", "units", "unit",
     "party", "council", "militia", "militias", "guard", "guards", "state", "coalition", "movement", "regime",
     "government", "police", "group", "committee", "organisation", "organization", "observatory", "ministry",
     "command", "corps", "division", "legion", "rebels", "fighters", "troops", "jihadists",
     # the Arabic words that open armed groups' names: front, army, free men, organisation, movement, brigade(s),
     # legion, supporters, soldiers ("Jabhat al-Nusra", "Jaish al-Islam", "Ahrar al-Sham", "Faylaq al-Rahman")
     "jabhat", "jaish", "ahrar", "hayat", "harakat", "liwa", "kataib", "faylaq", "ansar", "jund"}
)
GROUP_LABELS = frozenset({"ORG", "NORP"})
OPENING_WORDS = NEAR_WORDS | DIRECTION_WORDS | {"on"}  # the first words `_locative_end` reads


def near_place_mentions(doc: Doc, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Name runs before a relational locative whose place the gazetteer resolves (a mention in `mentions` with
    coordinates), overlapping none of `mentions`."""
    known = {m.start for m in mentions if m.place.lat is not None}
    taken = [(m.start, m.end) for m in mentions]
    out: list[PlaceMention] = []
    for token in (t for t in doc if _may_open_locative(t)):
        after = _locative_end(token)
        span = _name_before(token) if after is not None and after.idx in known else None
        if span is None or not before_relative_locative(span):
            continue
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        taken.append((span.start_char, span.end_char))
        out.append(PlaceMention(span.start_char, span.end_char, span.text, Place(text=span.text)))
    return out


def before_relative_locative(span: Span) -> bool:
    """Whether the name `span` stands right before a relational locative ("near X", "10 km south of X") in a place's
    role: the object of an act not done to people, or of a locative preposition, and no group's name."""
    doc = span.doc
    if span.end >= len(doc) or _locative_end(doc[span.end]) is None:
        return False
    if any(t.lower_ in GROUP_WORDS or t.ent_type_ == "NORP" for t in span):
        return False
    if len(span) == 1 and span[0].ent_type_ in GROUP_LABELS:
        return False  # "attacked Isis near Raqqa" (an Arabic village's name is often tagged ORG: "Kafr Nabl")
    root, head = span.root, span.root.head
    if root.dep_ in ("dobj", "nsubjpass"):
        return head.pos_ == "VERB" and head.lemma_.lower() not in PERSON_OBJECT_LEMMAS
    return root.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS


def _may_open_locative(token: Token) -> bool:
    """A cheap first test that `token` can open a relational locative (what `_locative_end` reads): a comma before
    one, "near"/"outside", "on (the outskirts)", a direction word, or the number of a distance."""
    return token.text == "," or token.lower_ in OPENING_WORDS or token.like_num


def _locative_end(token: Token) -> Token | None:
    """The first token of the place a relational locative starting at `token` relates to ("near [Aleppo]",
    "10 km south of [Idlib]", "on the outskirts of [Damascus]"), or None."""
    doc, i = token.doc, token.i
    if token.text == ",":
        i += 1
    words = [t.lower_ for t in doc[i : i + 6]]
    if words[:1] and words[0] in NEAR_WORDS:
        skip = 1
    elif words[:4] == ["on", "the", "outskirts", "of"]:
        skip = 4
    else:
        lead = 2 if len(words) > 2 and words[1] in DISTANCE_WORDS and doc[i].like_num else 0
        if len(words) < lead + 2 or words[lead] not in DIRECTION_WORDS or words[lead + 1] != "of":
            return None
        skip = lead + 2
    end = i + skip + (1 if i + skip < len(doc) and doc[i + skip].lower_ == "the" else 0)
    return doc[end] if end < len(doc) and doc[end].text[:1].isupper() else None


def _name_before(token: Token) -> Span | None:
    """The run of capitalised proper-noun words (with Arabic name particles inside: "Orum al-Kubrah") that ends
    right before `token`."""
    doc = token.doc
    last = token.i - 1
    if last < 0 or not _name_word(doc[last]):
        return None
    first = last
    while first - 1 >= 0 and (_name_word(doc[first - 1]) or _particle(doc, first - 1)):
        first -= 1
    while first < last and not _name_word(doc[first]):
        first += 1
    if first == doc[first].sent.start and first == last:
        return None  # one word opening the sentence: as often a subject ("Damascus near ...")
    return doc[first : last + 1]


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and any(c.islower() for c in token.text) and token.pos_ == "PROPN"


def _particle(doc: Doc, i: int) -> bool:
    """An Arabic name particle or hyphen between name words ("al", "-" in "Orum al-Kubrah")."""
    return doc[i].lower_ in NAME_PARTICLES and not doc[i].whitespace_ and 0 < i < len(doc) - 1
