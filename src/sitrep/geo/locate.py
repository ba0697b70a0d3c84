"""Which of a sentence's place mentions is the location of an event: a pure function of the parsed sentence.

The rule (`choose_event_place`), worked out on the errors of the event_location dev file: a mention is usable
when it is used as a place (not inside a longer name or date, not a demonym, not before a hyphen as in
"U.S.-led", not a country modifying a non-place noun like "U.S. forces" unless possessive inside a locative
phrase, "in Syria's war") and does not act (the subject or object of another verb, the "by" agent), name an
origin ("a driver from Abidjan", "Omischl of Canada") or the source of a report ("according to sources in
Nineveh", "told ARA News from Mosul"). Usable mentions are ranked by where they hang: in the trigger's own
phrases, then in its subject's phrase when a locative preposition or a place noun puts the subject there ("a
policeman in Amara was killed", "Grozny's streets are patrolled"), then elsewhere in the trigger's clause, then
under the trigger but inside another clause, then anywhere else in the sentence; places in "against" and
"including" phrases are not the event's. A reference point ("20 km south of <Baghdad>") ranks last, and a
place that locates another candidate ("<Syria>'s Aleppo province", "the village of Ashmi in the countryside of
<Kobane>", "Amara, south of <Baghdad>") loses to the one it locates; ties go to the nearest.

`ner_place_mentions` turns the parser's GPE/LOC/FAC entities that the gazetteer does not know, and names typed
by a place noun ("the village of Tamthil", `typed_names`), into unresolved mentions, so that a village missing
from GeoNames can still be the event's place (with no coordinates; the caller may fall back to the place that
locates it).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Place
from ..reporting_verbs import reporting_verbs
from .borders import country_words
from .near_names import near_place_mentions
from .resolve import PlaceMention
from .typed_names import TYPE_NOUNS, typed_place_mentions

NON_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_NOUNS = frozenset(
    {
        "province",
        "governorate",
        "city",
        "town",
        "village",
        "countryside",
        "region",
        "area",
        "district",
        "border",
        "outskirts",
        "suburb",
        "suburbs",
        "neighbourhood",
        "neighborhood",
        "street",
        "streets",
        "road",
        "zone",
        "capital",
        "camp",
        "base",
        "airport",
        "square",
    }
)
PLACE_NOUNS = PLACE_NOUNS | TYPE_NOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside"}
)
NON_LOCATION_LABELS = frozenset({"DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
NON_LOCATING_PREPOSITIONS = frozenset({"against", "including"})
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "near", "inside", "outside", "across", "throughout", "around", "within"}
)
ORIGIN_NOUNS = frozenset({"native", "citizen", "national", "son", "daughter"})  # "<noun> of X": X is a home
VENUE_PREPOSITIONS = frozenset({"in", "at", "inside", "within", "outside", "during"})  # where a statement is made
VISIT_LEMMAS = frozenset({"visit", "tour", "trip", "travel"})  # verbal acts made at their destination
LAUNCH_LEMMAS = frozenset(  # attacks at a distance: a "from" phrase on them names where the fire came from
    {"shell", "shelling", "fire", "launch", "strike", "bomb", "bombard", "bombardment", "attack", "hit", "target",
     "pound", "shoot", "snipe", "rocket", "barrage", "missile", "airstrike"}
)
NAMING_LEMMAS = frozenset({"know", "call", "name", "dub", "nickname"})  # "the enclave known as <Afrin>"
IOB_BEGIN, IOB_INSIDE = 3, 1  # Token.ent_iob codes (2: outside, 0: not set)


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's `Doc.text` joins every token on each read."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return str(text)


def remember_text(doc: Doc, text: str) -> None:
    """Hand `doc_text` the text the Doc was made from (spaCy keeps every character), so that it is not joined
    again from the tokens; a text that cannot be the Doc's (another length) is ignored."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if len(text) == end:
        doc.user_data["sitrep_text"] = text


def choose_event_place(
    sentence: Span,
    trigger: Token,
    mentions: Sequence[PlaceMention],
    *,
    exclude: Sequence[tuple[int, int]] = (),
    hostile: bool = False,
    verbal: bool = False,
) -> PlaceMention | None:
    """The mention (offsets into `sentence.doc.text`) that locates the event `trigger` expresses, or None when
    the sentence names no usable place. `exclude` lists character spans (the source's and target's phrases)
    whose places are not the event's. A `hostile` act happens where its target is ("a raid against fighters in
    southern Syria"), not so a protest against an operation in Gaza. A `verbal` act (a statement, accusation,
    appeal or threat) happens where it is made, not where its topic is (`_topic_place`)."""
    clause = clause_head(trigger)
    scored = []
    first, last = sentence.start_char, sentence.end_char
    for m in [m for m in mentions if first <= m.start < last]:
        if not any(s <= m.start < e for s, e in exclude):
            root = _root(m, sentence)
            tier = _tier(m, root, trigger, clause, hostile=hostile) if _usable(m, root, sentence, trigger) else None
            if tier is not None and ((verbal and _topic_place(root, trigger, tier))
                                     or (hostile and _describes_doer(root, trigger, clause))):
                tier = None
            if tier is not None:
                scored.append((tier, m, root))
    if not scored:
        return None
    roots = [r for _, _, r in scored]
    return min(
        scored,
        key=lambda s: (
            _is_reference(s[2]) or _launch_point(s[2], trigger),
            s[0],
            _locates_another(s[2], [r for r in roots if r is not s[2]]),
            abs(s[1].start - trigger.idx),
        ),
    )[1]


def _usable(mention: PlaceMention, root: Token | None, sentence: Span, trigger: Token) -> bool:
    if not is_place_use(mention, sentence):
        return False
    return not (_acts(root, trigger, mention) or _is_origin(root) or _is_attribution(root, trigger))


def _topic_place(root: Token | None, trigger: Token, tier: int) -> bool:
    """A place a verbal act speaks of rather than is made at: one in its object or complement ("accused Israel
    of the strike in Quneitra", "denounced Assad as having no place in Syria's future", "criticised Europe")
    or in another clause of the sentence (tiers 3 and 4). Only a locative phrase on the act itself ("said in
    Ankara", "speaking at the UN") or on its speaker ("an official in Damascus said") places a statement, and a
    visit's destination places the visit ("visited Moscow", "a trip to Tehran")."""
    if tier >= 3:
        return True
    if root is None or tier != 0 or root == trigger:
        return False
    top = _path(root, trigger)[-1]
    if trigger.lemma_.lower() in VISIT_LEMMAS and (top.dep_ == "dobj" or (top.dep_ == "prep" and top.lower_ == "to")):
        return False  # "Assad visited <Moscow>", "a trip to <Tehran>": a visit is made where it goes
    return not (top.dep_ == "prep" and top.lower_ in VENUE_PREPOSITIONS) and top.dep_ != "npadvmod"


def _describes_doer(root: Token | None, trigger: Token, clause: Token) -> bool:
    """A place in a clause that describes the attacker ("terrorist groups positioned in <Eastern Ghouta>
    targeted al-Salihiyah", "the militants, who are based in <Idlib>, shelled the town") tells where the attackers
    are, not where their attack landed. The subject must read as a party (a name or a plural: "terrorists",
    "groups"), not a thing a misparse made the subject ("the curfew imposed in <Sudan> ... toppled")."""
    if root is None:
        return False
    for node in root.ancestors:
        if node.dep_ in ("acl", "relcl") and node.pos_ in ("VERB", "AUX") and node.head.dep_ in SUBJECT_DEPS:
            party = node.head.pos_ == "PROPN" or node.head.tag_ in ("NNS", "NNPS")
            return party and node.head.head in (trigger, clause)
    return False


def _is_reference(root: Token | None) -> bool:
    """ "70 miles south of <Lexington>": a place that only serves to locate another."""
    return (
        root is not None
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in DIRECTIONS
    )


def _launch_point(root: Token | None, trigger: Token) -> bool:
    """ "shelled Damascus districts from <Eastern Ghouta>", "fired rockets from <Gaza> at Sderot": the "from"
    phrase of an attack at a distance names the launch point, where the attackers sat; the event happened where
    the fire landed, any other place the sentence names (the launch point is kept only when there is none)."""
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    return root.head.head == trigger and trigger.lemma_.lower() in LAUNCH_LEMMAS


def _tier(mention: PlaceMention, root: Token | None, trigger: Token, clause: Token, *, hostile: bool) -> int | None:
    """0: in the trigger's own phrases; 1: in its subject's phrase; 2: elsewhere in its clause; 3: under the
    trigger but inside another clause (a relative clause, a purpose clause); 4: elsewhere in the sentence (a
    better guess than an earlier sentence's place); None: not the event's (an "against" phrase, an origin-like
    modifier of the subject)."""
    if root is None:
        return 2 if within(mention, trigger) else None
    if root == trigger or trigger in root.ancestors:
        path = _path(root, trigger)
        if path and path[-1].lower_ in NON_LOCATING_PREPOSITIONS and not (hostile and path[-1].lower_ == "against"):
            return None  # "protested against the operation in Gaza", "killed 10, including the governor of X"
        if any(_opens_clause(t) for t in path):
            return 3
        if path and path[-1].dep_ in SUBJECT_DEPS and root != path[-1]:
            return 1 if _locative_path(path) else None
        return 0
    if within(mention, clause) and not any(_opens_clause(t) for t in _path(root, clause)):
        return 2
    return 2 if _where_antecedent(root, clause) else 4


def _where_antecedent(root: Token, clause: Token) -> bool:
    """ "the suburb of <Ghouta>, where the opposition surrendered": a "where" clause happens at the place it
    hangs on."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return False
    return clause.head in (root, _phrase_head(root))


def _locative_path(path: list[Token]) -> bool:
    """Whether a subject's place is where the subject is ("a policeman in Amara", "Grozny's streets"), not
    where it comes from or whom it belongs to ("Tampa woman", "SAA units")."""
    if path[-1].lemma_.lower() in PLACE_NOUNS:
        return True
    return any(t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPOSITIONS for t in path)


def _path(root: Token, top: Token) -> list[Token]:
    """The tokens from `root` up to (not including) its ancestor `top`, root first."""
    path = []
    node = root
    while node != top and node.head != node:
        path.append(node)
        node = node.head
    return path


def _opens_clause(token: Token) -> bool:
    """A verb heading a clause of its own: relative, adverbial, complement, or a conjunct with its own subject."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("prep", "agent", "amod") or _naming(token):
        return False
    if token.dep_ == "conj":
        return any(c.dep_ in SUBJECT_DEPS for c in token.children)
    return True


def _naming(token: Token) -> bool:
    """A participle that only gives a noun its name ("the Kurdish enclave in Syria known as Afrin", "a town
    called Jinderes", "a camp dubbed Camp Liberty"): no clause of its own, the name is the noun's."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in NAMING_LEMMAS \
        and token.head.pos_ in ("NOUN", "PROPN")


def named_noun(root: Token) -> Token | None:
    """The noun a naming participle names: "the enclave known as <Afrin>" → enclave; "a town called <Jinderes>"."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ in ("pobj", "oprd", "dobj") and verb != root and _naming(verb):
        return verb.head
    return None


def _is_origin(root: Token | None) -> bool:
    """ "a cab driver from Abidjan", "Steve Omischl of Canada": a "from" phrase on a noun, or an "of" phrase
    on a person's name or on a noun of birth or citizenship ("natives of the North Caucasus", "a citizen of
    Britain"), names where someone comes from; "captured by Amal": the agent acts, and so do its conjuncts
    ("backed by Moscow and <Tehran>")."""
    root = _first_conjunct(root) if root is not None else None
    if root is None or root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.dep_ == "agent":
        return True
    if prep.lower_ == "from":
        return prep.head.pos_ in ("NOUN", "PROPN", "PRON")
    return prep.lower_ == "of" and (prep.head.ent_type_ == "PERSON" or prep.head.lemma_.lower() in ORIGIN_NOUNS)


def _is_attribution(root: Token | None, trigger: Token) -> bool:
    """A place in the source of a report: inside "according to ...", or in a reporting verb's speaker,
    addressee or "from" phrase ("sources in Nineveh said", "told ARA News from Mosul")."""
    if root is None:
        return False
    reporting = reporting_verbs("source_place")
    child = root
    for node in root.ancestors:
        if node == trigger:
            return False
        if node.lower_ == "according":
            return True
        if node.lemma_.lower() in reporting and node.pos_ == "VERB" and _source_slot(child, node):
            return True
        child = node
    return False


def _source_slot(child: Token, verb: Token) -> bool:
    if child.dep_ in ("nsubj", "dative", "agent") or (child.dep_ == "dobj" and verb.lemma_ == "tell"):
        return True
    return child.dep_ == "prep" and child.lower_ in ("from", "with", "to")


def _acts(root: Token | None, trigger: Token, mention: PlaceMention) -> bool:
    """A place that is the subject or object of another verb acts, it does not locate ("an incident that angered
    Moscow", "Damascus said"); the trigger's own object ("shelled Douma") and passive subject ("Gibraltar was
    captured") do locate."""
    if root is None:
        return False
    root = _first_conjunct(root)  # "The US, EU and <Britain> do not consider ...": Britain is a subject too
    if root.dep_ == "nsubjpass" and root.head == trigger:
        # "Gibraltar was captured", but not "Santacruz was captured": surnames collide with towns, not countries
        return mention.place.precision == "place" and root.ent_type_ not in ("LOC", "FAC")
    if root.dep_ in SUBJECT_DEPS:
        return True
    return root.dep_ in ("dobj", "dative") and root.head != trigger


def _first_conjunct(token: Token) -> Token:
    """The first of a run of conjoined nouns, whose role ("nsubj", "dobj") the later ones share."""
    while token.dep_ == "conj" and token.head != token and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        token = token.head
    return token


def locates(mention: PlaceMention, doc: Doc) -> bool:
    """Whether a mention reads as a location at all (not "U.S.-led", not the subject or object of a verb), for
    mentions outside the event's sentence."""
    if doc_text(doc)[mention.end : mention.end + 1] == "-":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or span.root.dep_ not in (*SUBJECT_DEPS, "dobj", "dative")


def ner_place_mentions(doc: Doc, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """GPE/LOC/FAC entities that overlap no gazetteer mention, as unresolved mentions (no coordinates)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or not ent.text[:1].isupper():
            continue
        if any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
            continue
        start = ent.start_char + (4 if ent.text.startswith("the ") else 0)
        out.append(
            PlaceMention(
                start,
                ent.end_char,
                doc_text(doc)[start : ent.end_char],
                Place(text=doc_text(doc)[start : ent.end_char]),
            )
        )
    typed = typed_place_mentions(doc, [*mentions, *out])
    return out + typed + near_place_mentions(doc, [*mentions, *out, *typed])


def _root(mention: PlaceMention, sentence: Span) -> Token | None:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _locates_another(root: Token | None, others: list[Token | None]) -> bool:
    """Whether this mention locates another candidate: it hangs (through a few tokens) below it ("X, south of
    <Y>"), or inside the phrase it heads ("<Syria>'s Aleppo province", "the <Baghdad> neighbourhood of
    Al-Bayaa", "the village of Ashmi in the countryside of <Kobane>")."""
    if root is None:
        return False
    ancestors = list(root.ancestors)[:4]
    for other in others:
        if other is None or other == root:
            continue
        head = _phrase_head(other)
        if other in ancestors or (head not in (other, root) and root in head.subtree):
            return True
        if root.dep_ in ("poss", "compound", "nmod") and other in root.head.subtree:
            return True  # "<Iraq>'s oil terminal in the city of Basra"
    return False


def _phrase_head(root: Token) -> Token:
    """The noun a place name types: "the village of <X>" → village; "<X> district" → district; "the enclave
    known as <X>" → enclave."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    if root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in PLACE_NOUNS:
        return root.head
    return named_noun(root) or root


def within(mention: PlaceMention, head: Token) -> bool:
    """Whether the mention starts inside the subtree of `head`."""
    return head.left_edge.idx <= mention.start < head.right_edge.idx + len(head.right_edge)


def clause_head(trigger: Token) -> Token:
    """The verb whose clause holds the trigger: climbs through nouns, prepositions, conjuncts, xcomp and advcl."""
    node = trigger
    while node.head != node and node.dep_ not in ("relcl", "ccomp", "parataxis"):
        node = node.head
        if node.pos_ == "VERB" and node.dep_ not in ("xcomp", "advcl", "conj", "acl", "pcomp"):
            break
    return node


def is_place_use(mention: PlaceMention, sentence: Span) -> bool:
    """False for place names used as actor modifiers ("U.S. forces", "United States-led") or inside the names
    of organisations and people."""
    doc = sentence.doc
    if doc_text(doc)[mention.end : mention.end + 1] == "-":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    holders = _entity_at(span.start, sentence)
    if any(e.label_ in PLACE_LABELS for e in holders) or _typed_by_place_noun(span.root):
        pass  # "the al-Sulaymaniyah neighborhood": the noun says it is a place, whatever the tagger's label
    elif any(
        _demonym(e, span)
        or (e.label_ in NON_PLACE_LABELS | NON_LOCATION_LABELS and len(e) > len(span) and not _country_owned(e, span))
        for e in holders
    ):
        return False  # a demonym, or part of a longer name ("Pat Ryder", "Washington Post")
    last = span[-1]
    modifier = (
        last.dep_ in ("compound", "poss", "amod", "nmod")
        and last.head.pos_ in ("NOUN", "PROPN")
        and last.head.i > last.i
        and last.head.lemma_.lower() not in PLACE_NOUNS
    )
    possessive = last.dep_ == "poss" and _in_locative(last.head)
    return not (modifier and mention.place.precision == "country" and not possessive)


def _country_owned(ent: Span, span: Span) -> bool:
    """An entity that is the place name after its country's possessive written without the apostrophe, as some
    wire copy strips it ("Militants attacked Syrias Idlib": tagged PERSON): a place, not a longer name."""
    if ent.end != span.end or span.start - ent.start != 1:
        return False
    owner = ent[0].text
    return owner.endswith("s") and owner[:-1].casefold() in country_words()


def _typed_by_place_noun(root: Token) -> bool:
    """A name a lowercase place noun types: "the <X> neighbourhood", "the village of <X>"; not "<Oxford> Street",
    where the capitalised noun makes a longer name of its own."""
    head = _phrase_head(root)
    return head != root and head.is_lower and head.lemma_.lower() in PLACE_NOUNS


def _entity_at(i: int, sentence: Span) -> list[Span]:
    """`[e for e in sentence.ents if e.start <= i < e.end]` read off the tokens' IOB tags as `Doc.ents`
    reads them, without building every entity of the document on each call as `Span.ents` does."""
    doc = sentence.doc
    start = i
    while start > 0 and doc[start].ent_iob == IOB_INSIDE:
        start -= 1
    first = doc[start]
    if first.ent_iob != IOB_BEGIN or first.ent_type == 0:
        return []
    end = start + 1
    while end < len(doc) and doc[end].ent_iob == IOB_INSIDE:
        end += 1
    if start < sentence.start or end > sentence.end or i >= end:
        return []
    return [Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)]


def _demonym(ent: Span, span: Span) -> bool:
    """A NORP entity that is not a singular proper name: "Kurdish", "Palestinians" (the small model also tags
    some town names NORP: "In Samarra", "Aleppo province")."""
    return ent.label_ == "NORP" and (len(ent) > len(span) or any(t.tag_ != "NNP" for t in ent))


def _in_locative(noun: Token) -> bool:
    """Whether a noun is the object of a locative preposition: "in Syria's conflict"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPOSITIONS
