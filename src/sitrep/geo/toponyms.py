"""Finding place names in text: gazetteer matches that look like proper names.

`accepted_matches` runs the gazetteer's Aho-Corasick automaton over the text's normalised words, keeps whole-word
matches that look like proper names (capitalised; common words not sentence-initially, not as the generic word
of a longer name — "the University of X", "Section 8" — and not at all when no town of that name has 10,000
people; not part of a longer capitalised name such as "Washington Post" or "Pat Ryder", unless the word after
it is a common institutional noun of data/places/name_heads.csv — "Alexandria Police", "Memphis Street",
"Boone County Sheriff" name places, as LGL and GeoWebNews annotate them; not a small place's name used of a
person — "Derek D. Moore", "Mrs. Lincoln", "Moore, 19,", "Hughes said", but not a legislator's home town after a
party code, "R-Marshall" — which drops the name from the whole document), and prefers the longest match.
Resolving the names is `sitrep.geo.resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

import ahocorasick

from .gazetteer import Gazetteer, Token, load_name_heads


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "mr mrs ms dr gen lt col capt cpt maj sgt adm cmdr rep sen gov pres prof rev st mt ft no vs"
)
_LOWERCASE_LEADS = _words(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater occupied the"
)
_DOTTED = re.compile(r"(?<![\w.])[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,3}\.)*(?=\s|$|[,;:)\]\"'’”])")
COMMON_WORD_TOWN_POPULATION = 10_000  # "Congress", "Section", "University": towns too small to beat the word
METONYMY_POPULATION = 500_000  # places this large are named as actors ("Moscow said"); smaller ones rarely
_TITLE_OR_INITIAL = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Rep|Sen|Gov|Prof|Rev|Det|Cpl|Pvt|Supt)\.?|"
    r"(?<![A-Za-z.])[A-DF-MO-RT-VX-Z]\.) $"
)
_AGE_AFTER = re.compile(r", \d{1,2},")
_DATELINE_AFTER = re.compile(r" ?[,(:—–-]")
ACRONYM_LETTERS = 4  # an all-capital name this short may be an acronym
_SPEECH_VERBS = r"(?:said|told|added|asked|explained|noted|recalled|insisted|stated|testified)"
_SPEECH_AFTER = re.compile(r" " + _SPEECH_VERBS + r"\b")
_SPEECH_BEFORE = re.compile(r"\b" + _SPEECH_VERBS + r" $")
_CLAUSE_END = re.compile(r"[.,;:!?]")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|around|into|through|toward|towards) $")
_TYPED_BEFORE = re.compile(r"\b(?:province|governorate|city|town|village|district|region) of $")  # a place noun
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|to|near|for|across|outside|inside|around|into) $")
_PARTICLE_AFTER = re.compile(r"-[a-z]{1,3}-[A-Z]")
_PARTICLE_BEFORE = re.compile(r"[A-Za-z]-[a-z]{1,3}-$")
_ARABIC_ARTICLE_AFTER = re.compile(r" (?:al|el|ul)-[A-Z]")
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)\b", re.IGNORECASE)
_SENTENCE_END = ".!?:;\n\"“”'‘’()[]"
_JOINING_GAPS = frozenset({" ", "-", "–", ".", ". ", "' ", "’ ", "'s ", "’s "})
# Capitalised words that may stand next to a place name without making it part of a longer name.
_NEIGHBOUR_OK = _words(
    "in at on to from of the and or but near across outside inside around into through toward towards via "
    "for with by between against within over under beyond along after before since while during as if "
    "a an this that these those his her their our its my your every each no some any "
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater rural province "
    "governorate city region district county state river valley airport border capital town village "
    "countryside desert monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december"
)


@dataclass
class NameMatch:
    """A gazetteer name found in a text: its tokens, its key and its character offsets."""

    first: int  # token indexes, inclusive
    last: int
    key: str
    start: int  # character offsets
    end: int
    contained: int | None = (
        None  # the record chosen for this mention by the area written after it ("X, Texas")
    )


def accepted_matches(
    text: str, tokens: list[Token], gaz: Gazetteer, *, adjectives: bool = False
) -> list[NameMatch]:
    """Whole-word gazetteer matches that pass the name checks, longest first, without overlaps."""
    found = _raw_matches(text, tokens, gaz.automaton)
    if adjectives:
        found += _raw_matches(text, tokens, gaz.adjective_automaton, marker=1)
    raw = [m for m in found if _looks_like_name(text, tokens, m, gaz)]
    raw += _abbreviation_matches(text, tokens, gaz)
    raw.sort(key=lambda m: (m.first - m.last, m.first))
    taken: set[int] = set()
    kept: list[NameMatch] = []
    for m in raw:
        span = range(m.first, m.last + 1)
        if not taken.intersection(span):
            taken.update(span)
            kept.append(m)
    kept = _drop_name_parts(text, tokens, kept, gaz)
    return sorted(kept, key=lambda m: m.first)


def _abbreviation_matches(text: str, tokens: list[Token], gaz: Gazetteer) -> list[NameMatch]:
    """Dotted state and province abbreviations ("Ga.", "W. Va."), matched as written."""
    if not gaz.abbreviations or not tokens:
        return []
    starts = [t.start for t in tokens]
    out = []
    for found in _DOTTED.finditer(text):
        key = found.group().replace(" ", "")
        if key not in gaz.abbreviations:
            continue
        if key in gaz.comma_abbreviations and text[found.start() - 2 : found.start()] != ", ":
            continue
        first = bisect_right(starts, found.start()) - 1
        last = bisect_right(starts, found.end() - 1) - 1
        if first >= 0 and tokens[first].start == found.start():
            out.append(NameMatch(first, last, key, found.start(), found.end()))
    return out


def _raw_matches(
    text: str, tokens: list[Token], automaton: ahocorasick.Automaton | None, *, marker: int = 0
) -> list[NameMatch]:
    """Automaton matches on whole words that are written as one name; `marker` is the length of the prefix
    that the automaton's values carry before the key ("~" for adjectives)."""
    if not tokens or automaton is None:
        return []
    norms = [t.norm for t in tokens]
    normalized = " " + " ".join(norms) + " "
    token_at = dict(
        zip(accumulate(map(len, norms), _next_offset, initial=1), range(len(norms)), strict=False)
    )
    out = []
    for end, key in automaton.iter(normalized):
        first = token_at[end - len(key) + marker]  # keys are stored as " key ": they start at a token
        last = first + key.count(" ")
        if first == last or _joined_in_text(text, tokens, first, last):
            end_char = tokens[last].end
            if len(tokens[last].norm) == 1 and text[end_char : end_char + 1] == ".":
                end_char += 1  # "U.S." keeps its last period
            out.append(NameMatch(first, last, key, tokens[first].start, end_char))
    return out


def _next_offset(offset: int, length: int) -> int:
    return offset + length + 1


def _joined_in_text(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether consecutive tokens are written as one name (space, hyphen, "St. ", no comma or line break)."""
    for i in range(first, last):
        gap = text[tokens[i].end : tokens[i + 1].start]
        if gap not in _JOINING_GAPS and not (gap.isspace() and "\n" not in gap and len(gap) <= 10):
            return False
    return True


def _looks_like_name(text: str, tokens: list[Token], m: NameMatch, gaz: Gazetteer) -> bool:
    """Capitalised (all capitals for codes like "US"); common words not at the start of a sentence."""
    span = text[m.start : m.end]
    if _CONTRACTION.search(span):
        return False  # "I've", "we'll"
    if m.key in gaz.upper_only:
        return all(c.isupper() for c in span if c.isalpha())
    head = m.first
    while head < m.last and (tokens[head].norm == "al" or tokens[head].norm in _LOWERCASE_LEADS):
        head += 1
    if not text[tokens[head].start].isupper():
        return False
    if _compound_part(text, m):
        return False
    if gaz.stop_names.get(m.key) == "case":
        if _population(gaz, m.key, primary=True) < COMMON_WORD_TOWN_POPULATION:
            return False
        return not (_sentence_initial(text, m.start) or span.isupper() or _heads_a_name(text, tokens, m))
    return not (len(span) <= ACRONYM_LETTERS and span.isupper() and _acronym(text, m, gaz))


def _acronym(text: str, m: NameMatch, gaz: Gazetteer) -> bool:
    """Whether a short all-capital name of a small town is an acronym ("HIV", "NATO", "SARS"): not a country or
    curated code, no city of METONYMY_POPULATION, and not a dateline ("WACO, Texas", "ROME (Reuters)")."""
    if _DATELINE_AFTER.match(text, m.end) or _is_strong(gaz, m.key):
        return False
    return _population(gaz, m.key) < METONYMY_POPULATION


def _opens_name(text: str, prev: Token) -> bool:
    return prev.norm == "the" or text[prev.start].isupper() or text[prev.start].isdigit()


def _heads_a_name(text: str, tokens: list[Token], m: NameMatch) -> bool:
    """Whether a common word that is also a town name ("University", "Section", "Chamber") is the generic
    part of a longer name or a common noun: "the University", "Ohio State University", "34th Street",
    "College of Law", "Section 2AA"."""
    prev = tokens[m.first - 1] if m.first > 0 else None
    if prev is not None and text[prev.end : m.start] == " " and _opens_name(text, prev):
        return True
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is None or text[m.end : nxt.start] != " ":
        return False
    return nxt.norm == "of" or text[nxt.start].isupper() or text[nxt.start].isdigit()


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence (not after "Capt." or "Mr.")."""
    before = text[max(0, start - 40) : start].rstrip(" \t\"“‘'(")
    if not before or before[-1] not in _SENTENCE_END:
        return not before
    if before[-1] == ".":
        word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        return not (word.casefold() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()))
    return True


def _drop_name_parts(
    text: str, tokens: list[Token], matches: list[NameMatch], gaz: Gazetteer
) -> list[NameMatch]:
    """Drop matches inside a longer capitalised name ("Washington Post", "Pat Ryder"); a name seen as a
    surname ("Robert Ford") is dropped everywhere in the document unless it names a country or a
    curated place, or stands after a locative preposition ("in Ford") or a place noun's "of" ("the province of
    Hama" after "Syrias Hama State media"). Hyphenated places ("Fargo-Moorhead")
    are not parts of one name; an Arabic article with a capitalised name after a match continues it."""
    strong = {m.key for m in matches if _is_strong(gaz, m.key)}
    covered = {i for m in matches if m.key in strong for i in range(m.first, m.last + 1)}
    covered |= _hyphenated_places(text, tokens, matches)
    surnames: set[str] = set()
    heads = load_name_heads()
    kept = []
    for m in matches:
        if m.key in strong:
            kept.append(m)
            continue
        before = _name_continues(text, tokens, m.first - 1, m.first, covered, heads)
        before = before and not _country_possessive(tokens[m.first - 1], gaz)
        after = _name_continues(text, tokens, m.last + 1, m.last, covered, heads)
        after = after or bool(_ARABIC_ARTICLE_AFTER.match(text, m.end))  # "Nadia al-Faour", "Abu al-Duhur"
        if before or _person_context(text, tokens, m, gaz):
            surnames.add(m.key)
        elif not after or tokens[m.last + 1].norm in heads:
            kept.append(m)
    return [
        m
        for m in kept
        if m.key not in surnames or _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)
        or _TYPED_BEFORE.search(text, max(0, m.start - 20), m.start)
    ]


def _hyphenated_places(text: str, tokens: list[Token], matches: list[NameMatch]) -> set[int]:
    """Tokens of matches joined to another match by a hyphen ("Fargo-Moorhead", "Athens-Clarke County")."""
    ordered = sorted(matches, key=lambda m: m.first)
    out: set[int] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.first == a.last + 1 and text[tokens[a.last].end : tokens[b.first].start] == "-":
            out.update(range(a.first, a.last + 1))
            out.update(range(b.first, b.last + 1))
    return out


def _person_context(text: str, tokens: list[Token], m: NameMatch, gaz: Gazetteer) -> bool:
    """Whether a small place's name is used of a person here: after a title or a middle initial ("Mrs.
    Lincoln", "Derek D. Moore"; not the compass letters of "W. Columbia"), before an age ("Moore, 19,"), or
    as the subject of a speech verb ("Hughes said", not "officials in Columbia said"; "said Meredith.", not
    "said Fargo City Commissioner"). Countries, curated places and large cities (which speak metonymically,
    "Moscow said") are never taken for persons."""
    if _population(gaz, m.key) >= METONYMY_POPULATION:
        return False
    before = text[max(0, m.start - 12) : m.start]
    after = text[m.end : m.end + 14]
    speaker = (_SPEECH_AFTER.match(after) and not _PREPOSITION_BEFORE.search(before)) or (
        _SPEECH_BEFORE.search(before) and _CLAUSE_END.match(after)
    )
    return bool(_TITLE_OR_INITIAL.search(before) or _AGE_AFTER.match(after) or speaker)


def _population(gaz: Gazetteer, key: str, *, primary: bool = False) -> int:
    """The largest population among the key's candidates (with `primary`, among those it is the main name
    of: a common word listed as another town's alternate name, "Freedom" for Alliance, makes no town)."""
    codes = [code for code in gaz.candidates(key) if code & 1 or not primary]
    return max((gaz.populations[code >> 1] for code in codes), default=0)


def _compound_part(text: str, m: NameMatch) -> bool:
    """A name joined by hyphens and a lower-case particle to another word is part of a longer compound name,
    not a place: "Shan-e-Mustafa", "Lashkar-e-Taiba", "Fazl-ur-Rehman" (Urdu and Persian izafa)."""
    return bool(_PARTICLE_AFTER.match(text, m.end) or _PARTICLE_BEFORE.search(text, max(0, m.start - 20), m.start))


def _name_continues(
    text: str, tokens: list[Token], idx: int, inner: int, covered: set[int], heads: frozenset[str]
) -> bool:
    """Whether tokens[idx], just before or after a match ending at tokens[inner], is a capitalised word of
    the same name (not a place itself, not a function or common word, not capitalised only because it
    starts a sentence)."""
    if idx < 0 or idx >= len(tokens) or idx in covered:
        return False
    left, right = (idx, inner) if idx < inner else (inner, idx)
    gap = text[tokens[left].end : tokens[right].start]
    if gap != "-" and not (gap.isspace() and "\n" not in gap):
        return False
    tok = tokens[idx]
    if tok.norm in _NEIGHBOUR_OK or tok.norm == "al" or (idx < inner and tok.norm in heads):
        return False
    if not text[tok.start].isupper() or (gap == "-" and _party_code(text, tok)):
        return False
    return idx > inner or not _sentence_initial(text, tok.start)


def _party_code(text: str, tok: Token) -> bool:
    """ "R-Marshall", "DFL-Cook": a party letter code before a legislator's home town."""
    word = text[tok.start : tok.end]
    return len(word) <= 3 and word.isupper()


def _country_possessive(tok: Token, gaz: Gazetteer) -> bool:
    """A country's possessive with its apostrophe stripped, as some wire copy writes it ("Syrias Idlib"): the
    name after it is a place of that country, not a surname."""
    if not tok.norm.endswith("s") or len(tok.norm) < 4:
        return False
    return any(gaz.precisions[code >> 1] == "country" for code in gaz.candidates(tok.norm[:-1]))


def _is_strong(gaz: Gazetteer, key: str) -> bool:
    """A key with a curated or country candidate: never dropped as part of a person's name."""
    return any(
        (code >> 1) in gaz.supplement_ids or gaz.precisions[code >> 1] == "country"
        for code in gaz.candidates(key)
    )
