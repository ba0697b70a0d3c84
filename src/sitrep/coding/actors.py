"""Actor coding: turn a noun phrase as written ("U.S. F-16s", "forces backed by Iran's IRGC") into an Actor record.

The dictionary (countries, institutions, people, role nouns; CSV files under sitrep/data/actors) is loaded and
validated once by `load_actor_dictionary` (in `actor_dictionary`, re-exported here); it compiles one Aho-Corasick
automaton over every name, alias, adjective and role noun, so `resolve_actor` costs one automaton pass plus a few
regex scans of the phrase.

Reading a phrase: the phrase is cut at prepositions, relative pronouns and punctuation, never inside a known name
(`actor_segments`). The first piece holds the head: its last word must belong to an actor term (a role noun such as "troops", an
institution, a person, a country or capital, a demonym), otherwise the phrase names no actor ("the area").
Pre-modifiers add the country ("Syrian"), the sponsor ("Iranian-backed", "pro-Iranian", "Iran's proxies"), the
coalition leader ("U.S.-led") and group words ("Shiite", "Kurdish"). Complements add the sponsor ("backed by",
"linked to"), the leader ("led by") and, for container or relational heads ("a convoy of", "a commander of"), the
actor itself. Conventions (see data/actors/SOURCES.md): sponsor and led_by are ISO-3 codes when the backer is a state
or a state organ (IRGC -> IRN), else the backer's actor_id; a state sector (MIL, COP) without a state of its own
becomes UAF when the phrase names a sponsor or an ethnic/sectarian group ("Iranian-backed forces", "Kurdish troops").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..records import Actor
from .actor_dictionary import (
    PLATFORMS,
    PRIORITY,
    ROLE_KINDS,
    SECTORS,
    SPECIAL_COUNTRIES,
    SPONSOR_WORDS,
    ActorDictionary,
    Country,
    Institution,
    Match,
    Person,
    Role,
    Term,
    load_actor_dictionary,
)
from .actor_groups import group_homelands, lives_in
from .actor_patterns import actor_head_lemmas, entity_patterns
from .actor_records import NON_STATE_BODIES, SECTOR_NOUNS, SHORT_FORMS, pick_row, to_actor
from .actor_segments import REGIONS, Segment, as_head, forget_oldest, phrase_segments

__all__ = [
    "ARMED_STATE_SECTORS",
    "PLATFORMS",
    "PRIORITY",
    "ROLE_KINDS",
    "SECTORS",
    "SECTOR_NOUNS",
    "SHORT_FORMS",
    "SPECIAL_COUNTRIES",
    "SPONSOR_WORDS",
    "ActorDictionary",
    "Country",
    "Institution",
    "Match",
    "Person",
    "Reading",
    "Role",
    "Segment",
    "Term",
    "actor_head_lemmas",
    "entity_patterns",
    "load_actor_dictionary",
    "resolve_actor",
]

# armed state sectors: with no state of their own, a sponsor or a group word makes them militias (UAF)
ARMED_STATE_SECTORS = frozenset({"MIL", "COP"})
# the people and bodies of a place: with no state named, "protesters", "rebels", "students", "a newspaper" are
# those of the country the caller's hint gives (as "the government" is); armed state and foreign-backed sectors,
# refugees (mostly abroad) and former officials are not
DOMESTIC_SECTORS = frozenset(
    {"CVL", "REB", "OPP", "LAB", "EDU", "AGR", "REL", "CRM", "PTY", "JRN", "BUS", "MED", "SOC", "LEG", "JUD"}
)
# role forms that name an activity, not its people: "the insurgency" is nobody's in particular without a state
_ACTIVITY_HEAD = re.compile(r"\b(?:insurgenc(?:y|ies)|rebellions?|uprisings?|revolts?)\W*$", re.I)
# the last word of an organisation's name: "the Liberian Peace Council" is coded to the state it names
_ORG_TAIL = re.compile(
    r"\b(?:Council|Association|Union|Party|Front|Movement|Committee|Forum|Assembly|Congress|Alliance|League"
    r"|Organi[sz]ation|Agency|Ministry|Service|Authority|Commission|Federation|Society|Institute|Foundation"
    r"|Network|Bureau|Office|Tribunal|Brigades?|Battalions?|Corps)\W*$"
)
# heads named by their relation to another party ("allies", "rivals"): a state owning them is that other party
RELATUM_KINDS = frozenset({"ally", "counterpart"})
NON_STATE_SECTORS = frozenset({"REB", "OPP", "UAF"})  # a relational head ("officials") of these is theirs
# an unknown organisation named just before a relational head: "Montenegro Municipality Association officials"
# are the association's, not the state's (a known institution is read as such before this applies)
_CIVIL_ORG = re.compile(
    r"\b(?:Association|Union|Federation|Confederation|Society|Foundation|Institute|Network|Forum|League|Club"
    r"|Company|Corporation|Syndicate|Chamber|Party|Movement|Front|Congress)\W*$"
)
# an unknown body named after a world region: "the Asia-Pacific Economic Cooperation forum", "the Pacific Islands
# Forum", "the Andean Community" are intergovernmental (IGO); a state's own bodies name the state, not a region
_REGIONAL_BODY = re.compile(
    rf"\b(?:{REGIONS})\b(?:[\s-]+(?:[A-Z][\w'.-]*|of|the|and|for))*?[\s-]+(?:Forum|Cooperation|Co-operation"
    r"|Organi[sz]ation|Community|Council|Bloc|Conference|Commission|League|Alliance|Partnership|Pact)"
    r"(?:\s+(?:forum|bloc|grouping|group|body|organi[sz]ation|alliance))?\W*$"
)
# a photo or text credit: "Photograph: AFP", "Louai Beshara/AFP", "AFP/Getty Images"
_CREDIT = re.compile(r"\b(?:photograph|photo|picture|image|illustration|composite|credit)s?\W*$", re.I)
_WORD = re.compile(r"[\w.'/-]+")
_AND = re.compile(r"\s(?:and|&)\s")
_FORMER = re.compile(r"\b(?:former|ex-)", re.I)
_LAST_WORD = re.compile(r"(?<![\w.'/-])[a-z][\w.'/-]*\W*$")  # the phrase ends in a lower-case word
_COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "new",
        "the",
    ]
)
# what may own an unknown head; not towns ("the Raqqa offensive" is nobody's in particular)
OWNER_KINDS = frozenset({"inst", "person", "country", "capital", "adjective"})
HEAD_MARKS = ("", "possessive", "ethnic")  # marks a head may carry ("ethnic Albanians" is a people)
PLACE_KINDS = ("country", "adjective", "capital", "place")
NAMING_ROLES = ("title", "relational", "role")  # role kinds an unknown name may follow in apposition


# ----------------------------------------------------------------------------------------------------- resolving


@dataclass
class Reading:
    """What a phrase says so far: the head's identity plus modifiers gathered around it."""

    country: str | None = None
    sector: str | None = None
    sponsor: str | None = None
    led_by: str | None = None
    groups: list[str] = field(default_factory=list)
    inst: Institution | None = None
    person: Person | None = None
    bare: bool = False  # a bare state ("Iran")
    former: bool = False  # "former President Barack Obama"
    # the state a demonym or possessive before the head names ("Egypt's", "Syrian")
    qualifier: str | None = None
    hinted: bool = (
        False  # a state word ("regime forces"): the hint's country, unless the phrase names its own
    )
    activity: bool = False  # the head names an activity ("insurgency"): no domestic hint
    people: bool = False  # a people in the plural ("the Kurds", "ethnic Albanians"), not "Kurdish"
    relatum: str = ""  # the kind of a counterpart head ("ally" for "allies"): its "of" phrase is the other party
    other: bool = False  # a counterpart's other party is named ("Russia's opponents"): not the hint's people


def resolve_actor(
    text: str, *, dictionary: ActorDictionary, when: date | None = None, country_hint: str | None = None
) -> Actor | None:
    """The actor a noun phrase names, or None when nothing in it is an actor ("the area").

    `when` picks the dated row of people and institutions (Trump in 2018 is GOV); `country_hint` is the state that
    "the regime", "the government" or "pro-regime" refer to when the phrase names none (e.g. the article's focus).
    The answer is remembered in `dictionary.memo` (a phrase comes back often, within an article and across
    articles); each call returns an Actor of its own.
    """
    segments, dated = phrase_segments(text, dictionary)
    if segments is None:
        return None  # nothing to read: no date or hint can change that
    memo = dictionary.memo
    free = (text, when if dated else _ANY_DATE)  # a phrase no date can change reads once for all
    actor = memo.get(free, _UNKNOWN)
    if actor is _HINTED:  # its reading consulted the hint: remembered per hint
        actor = memo.get((*free, country_hint), _UNKNOWN)
    if actor is _UNKNOWN:
        if len(memo) >= MEMO_LIMIT:
            forget_oldest(memo)
        hint = _Hint(country_hint)
        actor = _resolve(text, segments, dictionary, when, hint)
        if hint.used:
            memo[free], memo[(*free, country_hint)] = _HINTED, actor
        else:
            memo[free] = actor
    return _copy(actor) if actor is not None else None


MEMO_LIMIT = 20_000  # remembered phrase readings (with their date, and their hint where they consult it)
_UNKNOWN = object()
_ANY_DATE = object()  # the memo's date for a phrase whose reading no date can change
_HINTED = object()  # the memo's answer for a phrase whose reading consulted the hint: look it up with the hint


@dataclass
class _Hint:
    """The caller's country hint for one reading, noting whether the reading consulted it (if not, the reading is
    the same for every hint: the steps before the first look at it do not depend on it)."""

    code: str | None
    used: bool = False

    def get(self) -> str | None:
        self.used = True
        return self.code


def _copy(actor: Actor) -> Actor:
    """A copy of a remembered Actor, as `dataclasses.replace` makes it (every field goes through __init__), without
    its per-call walk over the fields."""
    return Actor(**actor.__dict__)


def _resolve(
    text: str, segments: list[Segment], d: ActorDictionary, when: date | None, hint: _Hint
) -> Actor | None:
    reading = _read(segments, d, when, hint)
    if reading is None:
        return None
    return to_actor(text, reading, d)


def _read(segs: list[Segment], d: ActorDictionary, when: date | None, hint: _Hint) -> Reading | None:
    head, rest = segs[0], segs[1:]
    if not head.matches and rest and rest[0].kind == "punct":
        if _CREDIT.search(head.text):
            return None  # "Photograph: AFP"
        return _read([as_head(rest[0]), *rest[1:]], d, when, hint)  # "Ahead, Shia militants"
    inner = None
    if rest and rest[0].kind == "of":
        inner = _read([as_head(rest[0]), *rest[1:]], d, when, hint)
    got = _read_head(head, d, when, hint)
    if got == "descend":
        if inner:
            return inner
        got = _read_head(head, d, when, hint, descend=False)
    elif isinstance(got, tuple):
        if inner:
            return _merge_relational(got[0], inner)
        got = got[1]
    if not isinstance(got, Reading):
        return None
    got.former = bool(_FORMER.search(head.text))
    _complements(got, rest, d, when, hint)
    return _finish(got, hint, d)


def _read_head(
    seg: Segment, d: ActorDictionary, when: date | None, hint: _Hint, descend: bool = True
) -> Any:
    """The head segment's reading; "descend" for a container head; (role, reading) for a relational head."""
    matches = [m for m in seg.matches if m.mark != "inert" and not _is_credit(seg, m, d)]
    head = _head_match(seg, matches, d)
    if head is None and _REGIONAL_BODY.search(seg.text):
        return Reading(country="IGO", sector="IGO")
    if head is None:
        return _owner_reading(seg, matches, d, when)
    if head.term.kind != "role" and _AND.search(seg.text):
        head = next(m for m in matches if m.term.kind == head.term.kind and m.mark in ("", "possessive"))
    mods = [m for m in matches if m is not head and m.start < head.start]
    reading = Reading()
    if head.term.kind == "role" and d.roles[head.term.key].kind in RELATUM_KINDS:
        reading.relatum = d.roles[head.term.key].kind
        mods = _counterpart_mods(reading, mods, d.roles[head.term.key], d, when, hint)
    for m in mods:
        _apply_modifier(reading, m, d, when, hint)
    kind = head.term.kind
    if kind == "place" and not any(m.end >= head.start - 1 for m in mods) and _named_after_place(seg, head):
        return None
    if kind == "role":
        role = d.roles[head.term.key]
        reading.activity = bool(_ACTIVITY_HEAD.search(seg.text[: head.end - seg.start]))
        written = seg.text[: head.end - seg.start].rstrip(" .,'’")
        reading.people = role.kind == "group" and written.endswith("s")
        if role.kind == "relational" and _CIVIL_ORG.search(seg.text[: head.start - seg.start]):
            role = dataclasses.replace(role, sector=None)  # the organisation's officials, not the state's
        return _read_role(reading, role, seg, head, descend, d)
    _apply_entity(reading, head, d, when)
    return reading


def _counterpart_mods(
    r: Reading, mods: list[Match], role: Role, d: ActorDictionary, when: date | None, hint: _Hint
) -> list[Match]:
    """The modifiers of a counterpart head that describe it, less those naming the other party of the relation: an
    ally's or partner's other party is its sponsor ("US allies": backed by the US), a rival's or backer's is
    nobody's code ("Iran's rivals", "Assad's backers" are neither Iran nor Assad); a leader's or regime's
    opponents are its country's opposition ("Erdogan's opponents"), a state's are not ("Russia's opponents")."""
    relata = [m for m in mods if _names_relatum(m, d)]
    if relata and r.relatum == "ally":
        r.sponsor = _code_of(relata[-1], d, when, hint)
    elif relata and role.sector == "OPP" and relata[-1].term.kind in ("person", "surname", "role"):
        r.country = _code_of(relata[-1], d, when, hint)
    r.other = bool(relata)
    return [m for m in mods if m not in relata]


def _names_relatum(m: Match, d: ActorDictionary) -> bool:
    """A modifier of a counterpart head ("allies", "backers", "rivals") that names the other party of the relation,
    not the counterpart: any possessive ("Britain's partners", "Hezbollah's backers") and a state, capital, person
    or state word used as a noun ("US allies", "Moscow's enemies", "regime allies"). A demonym or group word names
    the counterpart itself ("his Russian backers", "Kurdish allies"), as does an organisation of which they are
    members ("Nato allies", "European Community partners")."""
    if m.mark == "possessive":
        return m.term.kind != "adjective"
    if m.mark or m.term.kind == "adjective":
        return False
    if m.term.kind == "role":
        return d.roles[m.term.key].kind == "state"
    return m.term.kind in ("country", "capital", "person", "surname")


def _is_credit(seg: Segment, m: Match, d: ActorDictionary) -> bool:
    """A news agency named only as the source of a picture or text: beside a slash ("Louai Beshara/AFP",
    "AFP/Getty Images") or tacked onto the end of another actor phrase ("Syrian government forces AFP")."""
    if m.term.kind != "inst" or pick_row(d.institutions[m.term.key], None).sector != "JRN":
        return False
    text, start, end = seg.text, m.start - seg.start, m.end - seg.start
    if text[start - 1 : start] == "/" or text[end : end + 1] == "/":
        return True
    before = [o for o in seg.matches if o.end <= m.start and o.mark != "inert"]
    closes = not text[end:].strip(" .,")
    return closes and bool(before) and not text[before[-1].end - seg.start : start].strip()


def _owner_reading(
    seg: Segment, matches: list[Match], d: ActorDictionary, when: date | None
) -> Reading | None:
    """A phrase whose head is a common noun the dictionary does not know ("Palestinian prisoners", "Israeli army
    bulldozers", "an Indian proposal") is coded, as PETRARCH does, to the last entity that modifies it: its
    country, institution or person (the head stays unnamed: no sector)."""
    owners = [m for m in matches if m.term.kind in OWNER_KINDS and m.mark in ("", "possessive")]
    if not owners or not (_LAST_WORD.search(seg.text) or _ORG_TAIL.search(seg.text)):
        return None
    reading = Reading()
    _apply_entity(reading, owners[-1], d, when)
    if owners[-1].term.kind == "capital":
        reading.sector = None  # "the east London teenager": a Londoner, not the British government
    reading.bare = False
    return reading


def _named_after_place(seg: Segment, head: Match) -> bool:
    """A place closing a personal name ("Mustafa Bali", "Rami Abdulrahman Homs"): an unknown capitalised word
    (not a compass word) right before it."""
    before = seg.text[: head.start - seg.start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() not in _COMPASS


def _head_match(seg: Segment, matches: list[Match], d: ActorDictionary) -> Match | None:
    """The match covering the last word of the head segment (after dropping a trailing proper name)."""
    words = list(_WORD.finditer(seg.text))
    while words:
        last = words[-1]
        end = seg.start + last.end()
        covering = [m for m in matches if m.start < end <= m.end + 2 and m.mark in HEAD_MARKS]
        if covering:
            return covering[-1]
        if not last.group(0)[:1].isupper():
            return None
        words.pop()  # an unknown proper name after a title or role: "General Pat Ryder", "U.S. negotiator Paul Nitze"
        if not any(m.term.kind == "role" and d.roles[m.term.key].kind in NAMING_ROLES for m in matches):
            return None
    return None


def _apply_modifier(r: Reading, m: Match, d: ActorDictionary, when: date | None, hint: _Hint) -> None:
    code = _code_of(m, d, when, hint)
    if m.mark == "ethnic":
        r.groups.append(_people_word(m, d))
    elif m.mark == "sponsor":
        r.sponsor = r.sponsor or code
    elif m.mark == "leader":
        r.led_by = r.led_by or code
    elif m.term.kind == "role":
        role = d.roles[m.term.key]
        if role.kind == "group":
            r.groups.append(role.noun)
        elif role.kind == "state":
            r.hinted = True
        if role.sector and role.kind not in ("group", "container", "asset"):
            r.sector = role.sector
    elif m.term.kind == "inst":
        r.inst = r.inst or pick_row(d.institutions[m.term.key], when)
    elif code:
        r.country = r.country or code
        if m.term.kind == "adjective" or (m.term.kind == "country" and m.mark == "possessive"):
            r.qualifier = r.qualifier or code


def _people_word(m: Match, d: ActorDictionary) -> str:
    country = d.countries.get(m.term.key)
    return country.adjective if country else m.term.key


def _code_of(m: Match, d: ActorDictionary, when: date | None, hint: _Hint) -> str | None:
    """The country (or actor id) a match stands for when it backs, leads or qualifies something."""
    if m.term.kind in ("country", "capital", "adjective", "place"):
        return m.term.key
    if m.term.kind == "inst":
        inst = pick_row(d.institutions[m.term.key], when)
        return (inst.country if inst.country not in SPECIAL_COUNTRIES else None) or inst.id if inst else None
    if m.term.kind == "person":
        rows = _person_rows(m, d)
        return (pick_row(rows, when) or rows[0]).country
    role = d.roles[m.term.key]
    return hint.get() if role.kind == "state" else None


def _apply_entity(r: Reading, head: Match, d: ActorDictionary, when: date | None) -> None:
    key = head.term.key
    if head.term.kind == "inst":
        r.inst = pick_row(d.institutions[key], when) or r.inst
    elif head.term.kind == "person":
        rows = _person_rows(head, d)
        r.person = pick_row(rows, when) or _former(rows, when)
    elif head.term.kind == "capital":
        r.country, r.sector = key, "GOV"
    elif head.term.kind == "place":  # a town or region standing for its state's people ("Darfur", "Samarra")
        r.country = r.country or key
    elif head.mark == "ethnic":  # "ethnic Albanians": a people, placed by an "in"/"of" complement if any
        r.groups.append(_people_word(head, d))
        r.people = True
    else:  # a country name or a demonym used as a noun; "Bosnian Serbs": the modifier's state
        r.country, r.bare = r.country or key, r.sector is None


def _read_role(r: Reading, role: Role, seg: Segment, head: Match, descend: bool, d: ActorDictionary) -> Any:
    if role.kind == "site":
        return None  # "the Iraqi border", "Syrian towns": a place, not an actor (callers may read its owner)
    if role.kind == "container" and descend:
        return "descend"
    if role.kind == "relational" and descend:
        base = _with_role(r, role)
        return (role, base)
    if role.kind == "proxy" and r.country and not r.sponsor:
        r.sponsor, r.country = r.country, None
    if role.kind == "group":
        r.groups.append(role.noun)
        return r if (r.groups or r.country) else None
    return _with_role(r, role)


def _with_role(r: Reading, role: Role) -> Reading:
    if r.inst is None and role.kind not in ("container", "asset"):
        r.sector = _combine(r.sector, role.sector)
    return r


def _combine(modifier: str | None, head: str | None) -> str | None:
    if head in ("MIL", "UAF", "COP") and modifier in ("REB", "OPP"):
        return "REB"
    if head in ("MIL", "COP") and modifier in ("UAF", "PRM"):
        return modifier
    if head == "GOV" and modifier in NON_STATE_SECTORS:  # "rebel officials", "opposition leaders": theirs
        return modifier
    return head or modifier


def _merge_relational(role: Role, inner: Reading) -> Reading:
    """'a commander of the coalition' is the coalition; 'officials of Iran' are the Iranian government."""
    if inner.inst is None and inner.person is None and inner.sector is None:
        # "leaders of the Kurds" are the group's own, as "Kurdish leaders" are (see _finish)
        inner.sector = None if inner.groups and role.sector == "GOV" else role.sector
        inner.bare = False
    return inner


def _complements(
    r: Reading, rest: list[Segment], d: ActorDictionary, when: date | None, hint: _Hint
) -> None:
    for i, seg in enumerate(rest):
        # "militias on behalf of Iran" act for Iran (its backing), "officials on behalf of Iran" are Iran's
        behalf = seg.kind == "of" and i > 0 and rest[i - 1].text.strip().lower() == "behalf" and r.sector != "GOV"
        if seg.kind in ("sponsor", "led") or behalf or (seg.kind == "of" and r.relatum == "ally" and i == 0):
            chain = [as_head(seg), *[s for s in rest[i + 1 : i + 2] if s.kind == "of"]]
            code = _code_of_reading(_read(chain, d, when, hint), hint)
            if seg.kind != "led":  # "backed by X", "allies of X", "militias on behalf of X"
                r.sponsor = r.sponsor or code
            else:
                r.led_by = r.led_by or code
        elif seg.kind == "of" and r.relatum:
            r.other = True  # "opponents of Russia": neither Russia nor the hint's people
        elif seg.kind in ("from", "in", "of") and r.inst is None and r.person is None:
            places = [p for m in seg.matches if m.mark in HEAD_MARKS and (p := _place_of(m, d, when))]
            # the head of the complement ("the Israeli-occupied West Bank" is PSE) places a stateless actor
            # ("rebels in Ivory Coast") or a people ("Albanians of southern Serbia")
            located = places[-1] if places else None
            if not r.country or (seg.kind == "of" and r.bare):
                r.country = located or r.country


def _place_of(m: Match, d: ActorDictionary, when: date | None) -> str | None:
    """The country a place-like match stands for: a country, demonym, capital or place, or a dated country block
    of the derived people file (a row with no sector: "Armenia", "Eritrea" was ETH until 1993)."""
    if m.term.kind in PLACE_KINDS:
        return m.term.key
    if m.term.kind == "person":
        rows = _person_rows(m, d)
        row = pick_row(rows, when) or rows[0]
        return row.country if all(p.sector is None for p in rows) else None
    return None


def _code_of_reading(r: Reading | None, hint: _Hint) -> str | None:
    if r is None:
        return None
    if r.inst:
        return (r.inst.country if r.inst.country not in SPECIAL_COUNTRIES else None) or r.inst.id
    if r.person:
        return r.person.country
    return r.country or r.sponsor


def _finish(r: Reading, hint: _Hint, d: ActorDictionary) -> Reading | None:
    if r.inst or r.person:
        return r
    if not r.country and r.led_by in d.countries and r.sector in (None, "MIL", "COP") and not r.groups:
        r.country = r.led_by  # "Vietnamese-led forces"; "Turkish-led Arab forces" are a group's (below)
    stateless = not r.country and (r.sponsor or (r.groups and r.sector))
    if (r.sector in ARMED_STATE_SECTORS or (r.sector is None and not r.relatum)) and stateless:
        r.sector = "UAF"  # "Iranian-backed forces", "a group linked to the IRGC", "Kurdish troops"
    if r.former and r.sector in ("GOV", "MIL"):
        r.sector = "ELI"
    if r.groups and not r.country and r.sector == "GOV" and not r.hinted:
        r.sector, r.people = None, True  # "Kurdish leaders", "Shia officials": the group's own, not a state's
    if not r.country and (r.sector == "GOV" or r.hinted) and (code := hint.get()):
        r.country = code  # only now: a country the phrase names itself always wins over the hint
    if not (r.country or r.sponsor or r.led_by):
        if r.sector in NON_STATE_BODIES and not r.groups:
            r.country = r.sector
        elif not (r.activity or r.other) and (r.sector in DOMESTIC_SECTORS or (r.people and r.sector is None)):
            r.country = _home_hint(r.groups, hint) or r.country
    if not (r.country or r.sector or r.sponsor or r.led_by or r.groups):
        return None
    return r


def _home_hint(groups: list[str], hint: _Hint) -> str | None:
    """The hint's country for a stateless domestic party or people, unless a group word names a people that does not
    live there ("the Kurds", "Uighur activists" in a text about the US are not American)."""
    code = hint.get()
    return code if code and lives_in(groups, code, homelands=group_homelands()) else None


def _person_rows(m: Match, d: ActorDictionary) -> list[Person]:
    return [p for t in m.alts if t.kind == "person" for p in d.people[t.key]]


def _former(rows: list[Person], when: date | None) -> Person:
    """A person outside all their dated roles: former officials are ELI; before any role, only the country counts."""
    latest = max(rows, key=lambda x: x.valid_from or date.min)
    ended = [x for x in rows if x.valid_to and when and x.valid_to < when]
    if ended:
        last = max(ended, key=lambda x: x.valid_to or date.min)
        return Person(last.name, last.country, "ELI", f"former {last.role}", None, last.valid_to, None)
    return Person(latest.name, latest.country, None, latest.role, None, None, latest.valid_from)
