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

The actor comparison is `sitrep.merge_actors`, the shared names `sitrep.merge_names`, the acts, statuses and
background dates `sitrep.merge_rules`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .coding.ontology import VERBAL_QUADS
from .geo.distance import haversine_km
from .merge_actors import actor_codes, is_place_actor, party_agreement
from .merge_names import bare_word, capitalised_words, common_names, place_words, shared_anchors, text_names
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

POINT_PRECISIONS = frozenset({"place", "near"})
SAME_ARTICLE_DAYS = 1
STATEMENT_DAYS = 2  # a publication-dated statement was made at most this many days before the article


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
    places = (place_words(a) | place_words(b), _town_words(a) | _town_words(b))
    actors = (
        party_agreement(_source(a), _source(b), places=places, loose=loose),
        party_agreement(a.get("target"), b.get("target"), places=places, loose=True),
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
        anchors -= place_words(a) | place_words(b)
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
        if where or (town and anchors & place_words(part)):
            return True
    return False


def _town_words(record: dict[str, Any]) -> set[str]:
    """Words of the mention's place when it lies inside a country (a country names its state as well)."""
    return set() if (record.get("location") or {}).get("precision") == "country" else place_words(record)


def _statements(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both mentions are statements (verbal quad classes): a negated or planned act coded with a verbal quad
    class facing a material one is not taken for a statement (and the pair test stays symmetric)."""
    return a.get("quad_class") in VERBAL_QUADS and b.get("quad_class") in VERBAL_QUADS


def _strangers(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A doer that is a proper name the dictionary does not know, facing another doer (targets are left out:
    an uncoded proper-name target is mostly a place, "Douma")."""
    x, y, common = _source(a), _source(b), common_names()
    return named_stranger(x, y, common=common) or named_stranger(y, x, common=common)


def _what_agreement(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    """SAME_WORD: the same mode or event word ("withdraw" ~ "withdrawal"); KIN: words of one family ("captured"
    ~ "seized") or of the whole event ("offensive"); None: two different modes; 0: two different acts."""
    if a.get("mode") and b.get("mode"):
        return mode_kinship(a, b) or None
    return act_kinship(a, b)


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
    return {
        bare_word(w)
        for actor in actors
        for key in ("text", "name")
        for w in capitalised_words(actor.get(key) or "")
    }


def _swapped_words(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """Names that stand in opposite roles in the two mentions, the source's text in one and the target's in
    the other: evidence of two acts, not one ("shelling from Kilis" ~ "shelled Kilis" in response)."""

    def swapped(x: dict[str, Any] | None, y: dict[str, Any] | None) -> frozenset[str]:
        shared = text_names((x or {}).get("text") or "") & text_names((y or {}).get("text") or "")
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
