"""Counting events, not reports: which event records (mentions) describe the same real event.

Pure functions over event record dicts (`Event.to_dict()` shape); the store keeps the clusters they make.

`same_event(a, b, settings=...)` says whether two mentions are one event. Both must have the same event type and
compatible statuses (what happened — asserted, reported, claimed, denied — never merges with what did not; a plan
merges with its threat, condition or not-yet; speculation, "hypothetical", with nothing: merge_rules.PROSPECTIVE),
nothing may rule it out, the same kind of act must be named, and enough must agree.
- Ruled out by a doer that is an uncoded proper name ("Jumah Hamdi Hamdan", "Robinson's") facing a doer that does
  not share it, and by a summary (dated over more than a year: "captured over the last three years") facing a
  single event, unless the sentences share a name or both state one standing fact from one start.
- Ruled out by actors (source with source, target with target) unless: the same actor_id; or the same country with
  compatible sectors (equal, or both organs of a state: GOV, MIL, COP, SPY, ...); or one names the other's country
  as its sponsor or leader ("Iranian-backed militias" ~ "Iran"), for material events. A missing or uncoded side
  conflicts with nothing (reports often leave the perpetrator out), except civilians ("his family", sector CVL)
  against an armed or state actor. A claimed event's source (often the claimant) is not compared. Two actors
  of one patron are one only when the dictionary does not name them apart ("Turkish-backed rebels" ~
  "Turkish-backed forces", not the US-backed SDF ~ the US-led coalition); a place or people of a country
  (coded only by it) is not its patron. An actor whose text only names a mention's place is a place: a town or
  region ("Raqqa", "Manchester", often coded as the state) agrees only with an actor of the same name and
  conflicts with none; a country ("Syria" in "withdraw from Syria") may be its state and agrees as one, but
  conflicts with none. Two non-state groups of one country are two when their patrons differ or the dictionary
  names both (the SDF vs HTS); a generic one ("Syrian rebels", SYR-REB) may be any of its sector. Mentions of
  one gathering (merge_rules.one_gathering: "talks", "summit", "attend") may name different participants:
  there actors rule nothing out, and the place is the gathering's, even between statements.
- Ruled out by dates: ranges (date..date_end) more than `merge_window_days` apart (within one article, whose dates
  were resolved together: 1 day). A date that is only the publication date means "up to `merge_background_days`
  before it", in one article too (a sentence without a date may recall the article's dated event) — for material
  events: two statements (verbal quad classes, both mentions) are news when made, so their publication dates
  reach back only STATEMENT_DAYS. Missing dates rule nothing out. An actor coded only by its country ("Afrin"
  -> SYR) agrees with an actor of that country only by the same name, and conflicts with none.
- The same kind of act: the same mode, or the same event word ("withdraw" ~ "withdrawal"), which counts as an
  agreement; or two words of one family of data/merge/word_families.csv ("captured" ~ "seized"), or a word of the
  whole event ("offensive" ~ "overrun"), which lets the rest be counted but is not counted itself; two different
  modes, or two unrelated words, are two things the actors did (the same army "entered" and "shelled"). One mode
  with words of two families ("jailed" ~ "detained", both "arrest") is two steps of one kind of act: not counted
  (merge_rules.mode_kinship). A word of an ongoing activity ("fighting", "occupied") without a day names no
  single occurrence and merges with nothing, except the same standing fact from one start. A toll ("killed")
  is kin to a strike ("counterattack"); in a factual material-conflict sentence naming a campaign
  (merge_rules.in_campaign) any act of the type is kin; a campaign (merge_rules.is_campaign: its word, or a
  campaign sentence lasting over `merge_window_days`) and a kin act in its town, or in a town its sentence
  names, agree as the same word (a campaign and its part).
- Agreements: source, target, two towns within `merge_radius_km` (not for statements: a statement's place is where
  its speaker is), two day-precise dates within the window, the act, a capitalised name shared by the two sentences
  (not a country's, nor the name of an organisation or person of the actor dictionary — "Isis" and "Kurdish" are
  in thousands of unrelated sentences — nor a compared actor's or the shared town's: "Douma", "Shayrat", "Khan
  Sheikhun", "Skripal"; nor a name that is one mention's source and the other's target: "shelling from Kilis"
  ~ "shelled Kilis" in response, unless that phrase names the event: "the Khan Sheikhun attack"; a sentence's
  first word only when the other capitalises it inside: "Afrin was attacked" ~ "the enclave of Afrin"), and +1
  within one article when something besides the act agrees there (one article and one repeated word,
  "detained" twice, are mostly two events). Two places inside one country that disagree
  (towns beyond the radius, different provinces) count -1 unless a shared name says otherwise; places in two
  different countries do not (the geocoder often reads the speaker's capital or a misread name: "Moscow" for
  Moscow's claim). At least `merge_min_agreements` (2) are needed.

`merge_events(records, settings=...)` groups mentions into clusters: per event type, in date order, a mention joins
the first cluster all of whose mentions it is the same event as (complete linkage: no chains of loose matches);
mentions without any date join only clusters of their own article. Each cluster's representative is its mention
with the highest confidence, then the most complete (coded actors, a town, a day), then the earliest date, then the
smallest event_id — deterministic, so merging again gives the same clusters.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from .coding.ontology import VERBAL_QUADS
from .datafiles import data_path, read_table, split_multi
from .geo.distance import haversine_km
from .merge_rules import (
    KIN,
    SAME_WORD,
    act_kinship,
    is_campaign,
    load_word_families,
    may_be_part,
    mode_kinship,
    named_stranger,
    one_gathering,
    pair_background_days,
    recalled,
    statuses_compatible,
    stem,
    summary_compatible,
)
from .settings import Settings

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PRM"})
CIVILIAN_SECTORS = frozenset({"CVL"})
POINT_PRECISIONS = frozenset({"place", "near"})
SAME_ARTICLE_DAYS = 1
STATEMENT_DAYS = 2  # a publication-dated statement was made at most this many days before the article
MERGE_STOPWORDS = frozenset({
    "the", "and", "but", "this", "that", "these", "those", "his", "her", "its", "their", "our", "she", "they",
    "mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "foreign", "defence", "defense",
    "state", "states", "government", "ministry", "office", "army", "forces", "military", "news", "reuters",
    "afp", "associated", "press", "agency", "guardian", "times", "bbc", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "united", "nations", "west", "western", "east",
    "eastern", "north", "northern", "south", "southern", "middle", "democratic", "republic", "kingdom",
})  # fmt: skip


@dataclass
class Cluster:
    """One real event: its mentions (records), the representative record, and a stable id."""

    cluster_id: str
    representative: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def mention_ids(self) -> list[str]:
        return [m["event_id"] for m in self.mentions]


# ------------------------------------------------------------------ pairs


def same_event(a: dict[str, Any], b: dict[str, Any], *, settings: Settings) -> bool:
    """Whether mentions `a` and `b` report the same real event (see the module docstring)."""
    if a["event_id"] == b["event_id"]:
        return True
    if a["event_type"] != b["event_type"] or not statuses_compatible(a, b):
        return False
    score = agreement_score(a, b, settings=settings)
    return score is not None and score >= settings.merge_min_agreements


def agreement_score(a: dict[str, Any], b: dict[str, Any], *, settings: Settings) -> int | None:
    """Agreeing parts (source, target, town, day, the act, a shared name, one article) less a place conflict
    within one country; 0 when the acts differ; None when actors or dates rule a match out."""
    loose = not _statements(a, b)  # who said it is one speaker, not its backer or leader
    when = _date_agreement(a, b, settings=settings)
    if when is None:
        return None
    places = (_place_words(a) | _place_words(b), _town_words(a) | _town_words(b))
    actors = (
        _party_agreement(_source(a), _source(b), places=places, loose=loose),
        _party_agreement(a.get("target"), b.get("target"), places=places, loose=True),
    )
    gathering = one_gathering(a, b)
    if None in actors and gathering:  # participants of one meeting: neither agreeing nor apart
        actors = (bool(actors[0]), bool(actors[1]))
    if None in actors or _strangers(a, b):
        return None
    where = _place_agreement(a.get("location"), b.get("location"), radius_km=settings.merge_radius_km)
    what = _what_agreement(a, b)
    anchors = shared_anchors(a, b)
    every = places[0]
    anchors -= _actor_words(a, places=every) | _actor_words(b, places=every)  # actors count once, above
    anchors -= _swapped_words(a, b)
    if what == KIN and _campaign_and_part(a, b, where=where, anchors=anchors, settings=settings):
        what = SAME_WORD  # a campaign and an act of its kind in its town: its part (docs/merge-labels.md)
    if where:  # a shared town name is the place agreeing, not a second agreement
        anchors -= _place_words(a) | _place_words(b)
    if not what:  # actors, place, time and names without the same kind of act: two things the actors did
        return 0
    if not summary_compatible(a, b, shared_names=bool(anchors)):
        return None
    if _statements(a, b) and not gathering:  # a statement's place is where its speaker was: no evidence
        where = None if where is None else False
    facts = sum(bool(x) for x in (*actors, where, when, anchors))
    same_article = a.get("doc_id") == b.get("doc_id") and facts > 0  # one article and one word is no evidence
    apart = where is None and not anchors and _same_country(a.get("location"), b.get("location"))
    return facts + (what == SAME_WORD) + same_article - apart


def _campaign_and_part(
    a: dict[str, Any], b: dict[str, Any], *, where: bool | None, anchors: set[str], settings: Settings
) -> bool:
    """One mention is a whole campaign (merge_rules.is_campaign: longer than `merge_window_days`) and the
    other lies in its place: their towns agree, or the campaign's sentence names the other's town."""
    for whole, part in ((a, b), (b, a)):
        if not is_campaign(whole, window_days=settings.merge_window_days) or not may_be_part(part, whole):
            continue
        town = (part.get("location") or {}).get("precision") in POINT_PRECISIONS
        if where or (town and anchors & _place_words(part)):
            return True
    return False


def _party_agreement(
    x: dict[str, Any] | None, y: dict[str, Any] | None, *, places: tuple[set[str], set[str]], loose: bool
) -> bool | None:
    """_actor_agreement, except for an actor naming only a place of the mentions, often coded as that
    country's state: a town or region ("Raqqa", "Manchester") is a place, not a party, and agrees only with
    the same name; a country ("Syria" in "withdraw from Syria", "the US withdrawal") may be its state, and
    agrees as one, but conflicts with nothing."""
    every, towns = places
    if is_place_actor(x, towns) or is_place_actor(y, towns):  # "Afrin" ~ "the Kurdish enclave of Afrin"
        wx, wy = _name_set(x), _name_set(y)
        return bool(wx and wy) and (wx <= wy or wy <= wx)
    agreement = _actor_agreement(x, y, loose=loose)
    if agreement is None and (is_place_actor(x, every) or is_place_actor(y, every)):
        return False
    return agreement


def _name_set(actor: dict[str, Any] | None) -> frozenset[str]:
    return _text_names((actor or {}).get("text") or "") - {"the"}


@lru_cache(maxsize=1 << 16)
def _text_names(text: str) -> frozenset[str]:
    """The capitalised words of a phrase, bare and lower case (cached: merging compares many pairs)."""
    return frozenset(_bare(w) for w in _names(text))


def _town_words(record: dict[str, Any]) -> set[str]:
    """Words of the mention's place when it lies inside a country (a country names its state as well)."""
    return set() if (record.get("location") or {}).get("precision") == "country" else _place_words(record)


def is_place_actor(actor: dict[str, Any] | None, places: set[str]) -> bool:
    """The actor's text is only capitalised words of a place of the mentions ("Raqqa", "Deir ez-Zor")."""
    if not actor or actor.get("sector") or not places:
        return False
    words = _phrase_words(actor.get("text") or "")
    return bool(words) and all(w[0].isupper() and w.lower() in places for w in words)


@lru_cache(maxsize=1 << 16)
def _phrase_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(text) if w.lower() != "the")


def _statements(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both mentions are statements (verbal quad classes): a negated or planned act coded with a verbal quad
    class facing a material one is not taken for a statement (and the pair test stays symmetric)."""
    return a.get("quad_class") in VERBAL_QUADS and b.get("quad_class") in VERBAL_QUADS


def _strangers(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A doer that is a proper name the dictionary does not know, facing another doer (targets are left out:
    an uncoded proper-name target is mostly a place, "Douma")."""
    x, y, common = _source(a), _source(b), _common_names()
    return named_stranger(x, y, common=common) or named_stranger(y, x, common=common)


def _what_agreement(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    """SAME_WORD: the same mode or event word ("withdraw" ~ "withdrawal"); KIN: words of one family ("captured"
    ~ "seized") or of the whole event ("offensive"); None: two different modes; 0: two different acts."""
    if a.get("mode") and b.get("mode"):
        return mode_kinship(a, b) or None
    return act_kinship(a, b)


def _place_words(record: dict[str, Any]) -> set[str]:
    loc = record.get("location") or {}
    return set(_location_words(loc.get("text") or "", loc.get("name") or ""))


@lru_cache(maxsize=1 << 16)
def _location_words(text: str, name: str) -> frozenset[str]:
    """The capitalised words of a place's text and name, and the parts of hyphenated ones ("Deir ez-Zor":
    "deir", "ez-zor", "zor": a coder may take "Zor" alone for an actor)."""
    words = [w for value in (text, name) for w in _WORD.findall(value) if w[0].isupper() or "-" in w]
    parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
    return frozenset(w.lower() for w in words + parts)


def _actor_words(record: dict[str, Any], *, places: set[str]) -> set[str]:
    """Words of the speakers and of a source that was compared as an actor (a coded one, not a claimant, nor
    one naming only a place of the two mentions, `places`): an uncoded "source" is often the event itself ("the
    Khan Sheikhun chemical attack killed ..."), a place one its venue ("Geneva" in "the Geneva talks")."""
    source = _source(record)
    if is_place_actor(source, places):
        source = None
    actors = [source if actor_codes(source) else {}] + [
        record.get(r) or {} for r in ("attributed_to", "denied_by")
    ]
    return {_bare(w) for actor in actors for key in ("text", "name") for w in _names(actor.get(key) or "")}


def _swapped_words(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """Names that stand in opposite roles in the two mentions, the source's text in one and the target's in
    the other: evidence of two acts, not one ("shelling from Kilis" ~ "shelled Kilis" in response)."""

    def swapped(x: dict[str, Any] | None, y: dict[str, Any] | None) -> frozenset[str]:
        shared = _text_names((x or {}).get("text") or "") & _text_names((y or {}).get("text") or "")
        # "the Khan Sheikhun chemical attack": a source phrase that names the event is no party
        return shared if shared and not _names_an_act((x or {}).get("text") or "") else frozenset()

    return set(swapped(a.get("source"), b.get("target")) | swapped(b.get("source"), a.get("target")))


@lru_cache(maxsize=1 << 14)
def _names_an_act(text: str) -> bool:
    """The phrase holds an event word (data/merge/word_families.csv: "attack", "battle"): it names an event."""
    families = load_word_families()
    return any(stem(w) in families for w in re.findall(r"[a-z]+", text.lower()))


def _source(record: dict[str, Any]) -> dict[str, Any] | None:
    """The source to compare: none for a claimed event, whose source may be the claimant rather than the doer."""
    return None if record.get("status") == "claimed" else record.get("source")


def actor_codes(actor: dict[str, Any] | None) -> bool:
    """Whether an actor carries any code to compare (an uncoded phrase such as "civilians" does not)."""
    return bool(actor) and any(actor.get(k) for k in ("actor_id", "country", "sponsor", "led_by"))  # type: ignore[union-attr]


def _actor_agreement(a: dict[str, Any] | None, b: dict[str, Any] | None, *, loose: bool) -> bool | None:
    """True: the same actor (`loose`: or one backs or leads the other); False: nothing to compare; None: two
    different actors."""
    if not actor_codes(a) or not actor_codes(b):
        return None if _civilian_and_armed(a, b) or _civilian_and_armed(b, a) else False
    assert a is not None and b is not None
    if a.get("actor_id") and a.get("actor_id") == b.get("actor_id"):
        return True
    if a.get("country") and a.get("country") == b.get("country"):
        if _somewhere(a) or _somewhere(b):  # "Afrin" (SYR) may stand for the YPG or the town's people
            return bool(a.get("name")) and a.get("name") == b.get("name")
        if _named_apart(a, b):
            return None
        return True if _sectors_compatible(a.get("sector"), b.get("sector")) else None
    if loose and (_backs(a, b) or _backs(b, a)):
        return True
    return None


def _named_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two non-state groups of one country that the dictionary or their patrons tell apart: two backers
    ("Turkish-backed rebels", SYR-REB backed by TUR, vs the US-backed SDF), or two named groups (the SDF vs HTS).
    A generic actor ("rebels": SYR-REB, the country's code and its sector) may be any group of its sector."""
    if a.get("sponsor") and b.get("sponsor") and a["sponsor"] != b["sponsor"]:
        return True
    ids, sectors = {a.get("actor_id"), b.get("actor_id")}, {a.get("sector"), b.get("sector")}
    if None in ids or len(ids) < 2 or None in sectors or sectors & STATE_SECTORS:
        return False
    return not any(_generic(x) for x in (a, b))


def _generic(actor: dict[str, Any]) -> bool:
    """The actor is its country's sector and no more ("Syrian rebels": SYR-REB; "the regime": SYR-GOV)."""
    return actor.get("actor_id") == f"{actor.get('country')}-{actor.get('sector')}"


def _somewhere(actor: dict[str, Any]) -> bool:
    """An actor coded only by its country (a place or people in it: "Afrin"), not as the state or an organ."""
    return not actor.get("actor_id") and not actor.get("sector")


def _civilian_and_armed(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """`a` is civilians ("his family", "residents") and `b` an armed or state actor: never one doer."""
    if not a or not b or a.get("sector") not in CIVILIAN_SECTORS:
        return False
    return (
        bool(b.get("actor_id") or b.get("country") or b.get("sector"))
        and b.get("sector") not in CIVILIAN_SECTORS
    )


def _sectors_compatible(x: str | None, y: str | None) -> bool:
    """A country without a sector is its state: compatible with state organs, not with rebels or civilians."""
    return x == y or {x or "GOV", y or "GOV"} <= STATE_SECTORS


def _backs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """`a` is backed or led by `b`'s country or actor ("Iranian-backed militias" ~ "Iran")."""
    patrons = {a.get("sponsor"), a.get("led_by")} - {None, ""}
    if _somewhere(b):  # a place or people of the patron's country is not the patron ("Raqqa", SYR)
        return False
    if patrons & ({b.get("country"), b.get("actor_id")} - {None, ""}):
        return True
    # two actors of one patron are one only when the dictionary does not tell them apart ("Turkish-backed
    # rebels" ~ "Turkish-backed forces"; the US-backed SDF is not the US-led coalition)
    named_apart = bool(a.get("actor_id") and b.get("actor_id"))
    return not named_apart and bool(patrons & ({b.get("sponsor"), b.get("led_by")} - {None, ""}))


def anchor_terms(record: dict[str, Any]) -> frozenset[str]:
    """Capitalised words of the evidence sentence (not its first), less country names, demonyms and stopwords."""
    return _sentence_anchors((record.get("evidence") or {}).get("sentence") or "")


def shared_anchors(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """The anchor terms both sentences name; a sentence's first word counts when the other sentence
    capitalises it inside ("Afrin was attacked" ~ "an offensive against the enclave of Afrin")."""
    ta, tb = anchor_terms(a), anchor_terms(b)
    return set(ta & tb) | (_initial_anchor(a) & tb) | (_initial_anchor(b) & ta)


def _initial_anchor(record: dict[str, Any]) -> frozenset[str]:
    return _sentence_initial((record.get("evidence") or {}).get("sentence") or "")


@lru_cache(maxsize=1 << 16)
def _sentence_initial(sentence: str) -> frozenset[str]:
    """The sentence's first word, when capitalised, as an anchor term (left out of _sentence_anchors: its
    capital may only mark the sentence's start)."""
    words = _names(sentence)
    if not words or not sentence.lstrip("“\"‘'(").startswith(words[0]):
        return frozenset()
    term = _bare(words[0])
    return frozenset({term}) if len(term) > 2 and term not in _common_names() else frozenset()


@lru_cache(maxsize=1 << 16)
def _sentence_anchors(sentence: str) -> frozenset[str]:
    """anchor_terms of one sentence (cached: merging compares each mention with many others)."""
    words = _names(sentence)
    if words and sentence.lstrip("“\"‘'(").startswith(words[0]):
        words = words[1:]
    terms = {_bare(w) for w in words}
    return frozenset(t for t in terms if len(t) > 2 and t not in _common_names())


def _names(text: str) -> list[str]:
    """The capitalised words of `text` (any script: "Erdoğan", "Ar-Raqqah")."""
    return [w for w in _WORD.findall(text) if w[0].isupper()]


def _bare(word: str) -> str:
    return re.sub(r"(’s|'s)$", "", word).lower()


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@cache
def _common_names() -> frozenset[str]:
    """Words that name no single event: country names, aliases, adjectives and capitals (actors/countries.csv),
    the names and aliases of the dictionary's organisations and people (actors/institutions.csv, people.csv: an
    actor is compared as an actor, and "Isis" or "Kurdish" is shared by thousands of unrelated events), plus
    MERGE_STOPWORDS."""
    names: set[str] = set(MERGE_STOPWORDS)
    tables = (("countries.csv", ("name", "aliases", "adjectives", "capital")),
              ("institutions.csv", ("name", "aliases")), ("people.csv", ("name", "aliases")))  # fmt: skip
    for filename, columns in tables:
        for _line, row in read_table(data_path(f"actors/{filename}"), required=columns[:2]):
            values = (v for column in columns for v in split_multi(row.get(column, "")))
            names.update(_bare(w) for value in values for w in _names(value))
    return frozenset(names)


def _place_agreement(a: dict[str, Any] | None, b: dict[str, Any] | None, *, radius_km: float) -> bool | None:
    """True: two towns within the radius; False: compatible but not precise; None: different places."""
    if not a or not b:
        return False
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return None
    pa, pb = a.get("precision"), b.get("precision")
    if pa in POINT_PRECISIONS and pb in POINT_PRECISIONS:
        km = distance_km(a, b)
        if km is None:
            return False
        return True if km <= radius_km else None
    return _admin1_agreement(a, b)


def _admin1_agreement(a: dict[str, Any], b: dict[str, Any]) -> bool | None:
    """None: two places inside a country whose provinces differ (a town, a province, or a region that lies in
    one province); False otherwise (a country, or a region spanning provinces, conflicts with nothing)."""
    if a.get("precision") == "country" or b.get("precision") == "country":
        return False
    if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"]:
        return None
    return False


def _same_country(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Both places lie in one country: their disagreeing is evidence (two countries are often the speaker's
    capital or a misread name: "Moscow" for a claim Moscow made, "Tomahawk" for a missile)."""
    return bool(a and b and a.get("country") and a.get("country") == b.get("country"))


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Great-circle distance between two places' coordinates; None when either has none."""
    if any(not isinstance(p.get(k), int | float) for p in (a, b) for k in ("lat", "lon")):
        return None
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def date_range(record: dict[str, Any], *, background_days: int) -> tuple[date, date] | None:
    """The days an event may have happened on: date..date_end; a date that is only the publication date means
    up to `background_days` before it (articles recall earlier events without dating them)."""
    if not record.get("date"):
        return None
    first = date.fromisoformat(record["date"])
    last = date.fromisoformat(record["date_end"]) if record.get("date_end") else first
    if record.get("date_precision") == "publication" or recalled(record):  # "said on Monday the withdrawal"
        first -= timedelta(days=background_days)
    return first, max(first, last)


def _date_agreement(a: dict[str, Any], b: dict[str, Any], *, settings: Settings) -> bool | None:
    """True: two days within the window; False: compatible but vague; None: too far apart. Within one article
    the dates were resolved together ("last week", "on Thursday", carried forward from the previous event), so
    two dated mentions there must lie within SAME_ARTICLE_DAYS; a publication date still reaches back (a later
    sentence recalls the article's dated event without its date), for a statement only `merge_window_days`."""
    window = settings.merge_window_days
    background = pair_background_days(a, b, default=settings.merge_background_days)
    if _statements(a, b):  # a statement is news when it is made: no recalled background
        background = STATEMENT_DAYS
    if a.get("doc_id") == b.get("doc_id"):
        window = min(window, SAME_ARTICLE_DAYS)
    ra, rb = date_range(a, background_days=background), date_range(b, background_days=background)
    if ra is None or rb is None:
        return False
    gap = max((rb[0] - ra[1]).days, (ra[0] - rb[1]).days, 0)
    if gap > window:
        return None
    return a.get("date_precision") == "day" and b.get("date_precision") == "day"


# ------------------------------------------------------------------ clusters


def merge_events(records: Iterable[dict[str, Any]], *, settings: Settings) -> list[Cluster]:
    """Group mentions into real events (see the module docstring); clusters in order of their first mention."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_type[record["event_type"]].append(record)
    groups: list[list[dict[str, Any]]] = []
    for event_type in sorted(by_type):
        groups.extend(_cluster_one_type(by_type[event_type], settings=settings))
    clusters = [_make_cluster(group) for group in groups]
    return sorted(clusters, key=lambda c: _order_key(c.mentions[0]))


def _order_key(record: dict[str, Any]) -> tuple[str, str, int, str]:
    start = (record.get("evidence") or {}).get("start") or 0
    return (record.get("date") or "9999", record.get("doc_id") or "", start, record["event_id"])


def _cluster_one_type(records: Sequence[dict[str, Any]], *, settings: Settings) -> list[list[dict[str, Any]]]:
    """Complete-linkage clusters of one event type's mentions, in date order; a cluster stops taking mentions
    once no later mention's date range can reach it (`merge_background_days` + `merge_window_days` behind)."""
    reach = settings.merge_background_days + settings.merge_window_days
    live: list[tuple[date, list[dict[str, Any]]]] = []  # (latest day a member may be on, members)
    done: list[list[dict[str, Any]]] = []
    for record in sorted((r for r in records if r.get("date")), key=_order_key):
        first, last = date_range(record, background_days=settings.merge_background_days) or (
            date.min,
            date.max,
        )
        horizon = date.fromisoformat(record["date"]) - timedelta(days=reach)
        done.extend(g for end, g in live if end < horizon)
        live = [(end, g) for end, g in live if end >= horizon]
        reachable = (g for end, g in live if (first - end).days <= settings.merge_window_days)
        home = _first_match(record, reachable, settings=settings)
        if home is None:
            live.append((last, [record]))
            continue
        home.append(record)
        live = [(max(end, last) if g is home else end, g) for end, g in live]
    groups = done + [g for _, g in live]
    return _add_undated(groups, [r for r in records if not r.get("date")], settings=settings)


def _first_match(
    record: dict[str, Any], groups: Iterable[list[dict[str, Any]]], *, settings: Settings
) -> list[dict[str, Any]] | None:
    for group in groups:
        if all(same_event(record, member, settings=settings) for member in group):
            return group
    return None


def _add_undated(
    groups: list[list[dict[str, Any]]], undated: list[dict[str, Any]], *, settings: Settings
) -> list[list[dict[str, Any]]]:
    """Mentions without a date join a cluster of their own article, else stand alone."""
    for record in sorted(undated, key=_order_key):
        own = [g for g in groups if all(m.get("doc_id") == record.get("doc_id") for m in g)]
        home = _first_match(record, own, settings=settings)
        if home is None:
            groups.append([record])
        else:
            home.append(record)
    return groups


def _make_cluster(group: list[dict[str, Any]]) -> Cluster:
    mentions = sorted(group, key=_order_key)
    key = min(m["event_id"] for m in mentions)
    cluster_id = "cl_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return Cluster(cluster_id=cluster_id, representative=choose_representative(mentions), mentions=mentions)


def choose_representative(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The mention that best stands for the event: highest confidence, most complete, earliest, smallest id."""
    return min(mentions, key=lambda m: (-(m.get("confidence") or 0.0), -completeness(m), _order_key(m)))


def completeness(record: dict[str, Any]) -> int:
    """How much of who/where/when a mention pins down (0..4)."""
    loc = record.get("location") or {}
    return (
        int(actor_codes(record.get("source")))
        + int(actor_codes(record.get("target")))
        + int(loc.get("precision") in POINT_PRECISIONS)
        + int(record.get("date_precision") == "day")
    )
