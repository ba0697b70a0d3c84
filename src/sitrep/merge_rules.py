"""Rules of cross-document merging that read words rather than codes: which event words name one kind of act
(data/merge/word_families.csv), which statuses can be one event, which actors are named strangers, and which
mentions summarise many events. Used by `sitrep.merge`; pure functions over event record dicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .datafiles import data_path, read_table
from .errors import DictionaryError

STEM_CHARS = 6  # "withdraw", "withdrawal" and "withdrawing" share "withdr"
SUFFIXES = ("ations", "ation", "ings", "ing", "ed", "es", "s", "e")
ROLES = frozenset({"act", "whole", "ongoing", "gathering"})
SAME_WORD, KIN = 2, 1
STRIKES = frozenset({"attack", "bombard"})  # families of strikes, whose toll names them
TOLL_FAMILY = "casualty"  # what an act cost ("killed") names the act when the mode agrees
PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "over", "in", "on", "it", "them"})
# Which statuses can report one event: what happened with what happened (asserted, reported, claimed, denied);
# a plan with its threat, its condition or its not (yet) happening ("did not address Trump's decision to
# withdraw"); speculation ("hypothetical": "if the US struck ...") is no event and merges with nothing.
FACTUAL = frozenset({"asserted", "reported", "claimed", "denied"})
PROSPECTIVE = {
    "planned": frozenset({"planned", "conditional", "negated"}),
    "conditional": frozenset({"planned", "conditional"}),
    "negated": frozenset({"negated", "planned"}),
}
CAMPAIGN_FAMILY = (
    "campaign"  # data/merge/word_families.csv: words of a whole campaign ("offensive", "battle")
)
CAPTURE = "capture"  # data/merge/word_families.csv: taking a place ("captured", "liberated", "overrun")
MATERIAL_CONFLICT = 4  # quad class of attacks, advances and coercion, the acts a campaign is made of
VAGUE_PRECISIONS = frozenset({"month", "year"})  # "last month" spans weeks without lasting them
SUMMARY_DAYS = 366  # a mention dated over more than a year ("over the last three years") sums many events
SEASON_DAYS = 90  # a plan restated a season later is a new prospect; an act a season after a campaign, another
# a definite or possessive noun phrase ending in the event word: "the US withdrawal", "Trump's decision"
DEFINITE = r"\b(?:the|this|that|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[A-Z][\w-]*\s+){0,2}"


@dataclass(frozen=True)
class WordFamily:
    """One kind of act: its family name and role ("act": agrees within its family; "whole": names the whole
    event, a campaign or its toll, and agrees with any word; "ongoing": names an activity with no single
    occurrence, "fighting", "occupation", unless a day is given; "gathering": agrees as "act", and names a
    meeting of many, whose mentions name different participants: "summit", "talks", "attend")."""

    family: str
    role: str


def stem(word: str) -> str:
    """A crude stem: lower case, one inflectional suffix off (not "ss"), the first STEM_CHARS letters."""
    word = word.lower()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


@cache
def load_word_families(path: Path | None = None) -> dict[str, WordFamily]:
    """Stem -> WordFamily from data/merge/word_families.csv (columns word, family, role); every row checked:
    one word, a family name, a known role, no stem in two families."""
    csv_path = data_path("merge/word_families.csv") if path is None else path
    families: dict[str, WordFamily] = {}
    for line, row in read_table(csv_path, required=("word", "family", "role")):
        word, family, role = row["word"].lower(), row["family"], row["role"]
        if not re.fullmatch(r"[a-z]+", word) or not re.fullmatch(r"[a-z_]+", family):
            raise DictionaryError(
                str(csv_path), line, f"word and family must be single words: {word!r}, {family!r}"
            )
        if role not in ROLES:
            raise DictionaryError(str(csv_path), line, f"role must be one of {sorted(ROLES)}, not {role!r}")
        entry, known = WordFamily(family, role), families.get(stem(word))
        if known is not None and known != entry:
            raise DictionaryError(str(csv_path), line, f"{word!r} is already in family {known.family!r}")
        families[stem(word)] = entry
    return families


def trigger_word(record: dict[str, Any]) -> str:
    """The last word of the mention's trigger ("agent attack" -> "attack"), lower case, particles and pronouns
    left out ("fighting it out" -> "fighting", "pull out" -> "pull")."""
    words = re.findall(r"[a-z]+", ((record.get("evidence") or {}).get("trigger") or "").lower())
    words = [w for w in words if w not in PARTICLES] or words
    return words[-1] if words else ""


def act_kinship(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How closely two event words name one act: SAME_WORD (one stem), KIN (one family, or a word of the whole
    event: "offensive" ~ "overrun"), 0 (two different acts, or a word missing)."""
    wa, wb = trigger_word(a), trigger_word(b)
    if not wa or not wb:
        return 0
    if wa[:STEM_CHARS] == wb[:STEM_CHARS] or stem(wa) == stem(wb):
        return KIN if _toll_and_death(a, b, wa) else SAME_WORD
    families = load_word_families()
    fa, fb = families.get(stem(wa)), families.get(stem(wb))
    if campaign_fighting(a, b):
        return KIN
    if "ongoing" in (getattr(fa, "role", None), getattr(fb, "role", None)):
        return 0
    if fa is not None and fb is not None and (fa.family == fb.family or "whole" in (fa.role, fb.role)
                                              or _toll_of_strike(fa.family, fb.family)):
        return KIN
    return KIN if in_campaign(a) or in_campaign(b) else 0


def _toll_and_death(a: dict[str, Any], b: dict[str, Any], word: str) -> bool:
    """One word of what a strike cost ("killed") names a campaign's toll in one mention (its sentence names
    the campaign: "119 children killed in the campaign to liberate Raqqa") and a death of its own in the other
    ("killed in an Isis ambush"): the toll sums many deaths, so the shared word does not name one act."""
    family = load_word_families().get(stem(word))
    return getattr(family, "family", None) == TOLL_FAMILY and in_campaign(a) != in_campaign(b)


def _toll_of_strike(x: str, y: str) -> bool:
    """What a strike cost ("killed") names the strike ("counterattack", "shelling"), not a capture."""
    return TOLL_FAMILY in (x, y) and bool({x, y} & STRIKES)


def in_campaign(record: dict[str, Any]) -> bool:
    """A factual material conflict mention whose sentence names a campaign ("the battle to liberate Raqqa
    began with incursions", "killed in the campaign to retake Raqqa"): a word of CAMPAIGN_FAMILY anywhere in it.
    Such a mention is the campaign, or an action named as part of it, so any act of its type may be one of its
    parts (the other agreements — place, time, names, actors — still decide)."""
    if record.get("quad_class") != MATERIAL_CONFLICT or record.get("status") not in FACTUAL:
        return False  # a threat to "extend its incursion" has no parts yet
    return _names_campaign((record.get("evidence") or {}).get("sentence") or "")


def is_campaign(record: dict[str, Any], *, window_days: int) -> bool:
    """The mention is a whole campaign, not one action: a factual material conflict mention, dated by its own
    words (not the publication alone), whose event word names a campaign ("offensive", "battle"), or whose
    sentence names one and that lasts longer than `window_days` ("the campaign's progress has been tarnished
    by airstrikes in recent weeks"); a vague date alone ("last month") is no campaign's length."""
    if record.get("quad_class") != MATERIAL_CONFLICT or record.get("status") not in FACTUAL:
        return False
    if record.get("date_precision") in (None, "publication"):
        return False  # an undated campaign ("a Turkish operation is near") may be any of them
    family = word_family(record)
    if family is not None and family.family == CAMPAIGN_FAMILY:
        return True
    vague = record.get("date_precision") in VAGUE_PRECISIONS
    sentence = (record.get("evidence") or {}).get("sentence") or ""  # in_campaign's test, its first half done above
    if vague or not record.get("date") or not record.get("date_end") or not _names_campaign(sentence):
        return False
    return (date.fromisoformat(record["date_end"]) - date.fromisoformat(record["date"])).days > window_days


@lru_cache(maxsize=1 << 14)
def _names_campaign(sentence: str) -> bool:
    families = load_word_families()
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(getattr(families.get(stem(w)), "family", None) == CAMPAIGN_FAMILY for w in words)


def may_be_part(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """`part` may be a part of the campaign `whole` in its town by its time: dated by its own words ("the
    fighters killed in its first three days"), or reported within SEASON_DAYS of the campaign's last known day
    (news of the fighting), or a capture, the campaign's outcome whenever it is reported ("Raqqa was
    liberated"); an act reported a season after ("he was killed in an Isis ambush") may be any later incident."""
    if part.get("date_precision") not in (None, "publication"):
        return True
    if getattr(word_family(part), "family", "") == CAPTURE or not part.get("date") or not whole.get("date"):
        return True
    last = date.fromisoformat(whole.get("date_end") or whole["date"])
    return (date.fromisoformat(part["date"]) - last).days <= SEASON_DAYS


def word_family(record: dict[str, Any]) -> WordFamily | None:
    """The family of the mention's event word, if data/merge/word_families.csv lists it."""
    word = trigger_word(record)
    return load_word_families().get(stem(word)) if word else None


def mode_kinship(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Two mentions of one mode ("arrest", "heavy-weapons"): SAME_WORD, unless their event words belong to two
    different families ("jailed" ~ "detained", "surrender" ~ "retreat": two steps of one kind of act), KIN then;
    a word of its toll (TOLL_FAMILY: "killed") names the act itself."""
    if a.get("mode") != b.get("mode"):
        return 0
    fa, fb = word_family(a), word_family(b)
    if fa is None or fb is None or fa.family == fb.family or TOLL_FAMILY in (fa.family, fb.family):
        return SAME_WORD
    return SAME_WORD if act_kinship(a, b) == SAME_WORD else KIN


def one_gathering(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both event words name one kind of meeting and one of them a gathering of many ("talks", "summit",
    "attend"): the mentions may name different participants of it (the UN envoy attends, the opposition stays
    away), so different actors do not rule it out."""
    fa, fb = word_family(a), word_family(b)
    return fa is not None and fb is not None and fa.family == fb.family and "gathering" in (fa.role, fb.role)


def is_ongoing(record: dict[str, Any]) -> bool:
    """The event word names an ongoing activity ("fighting Isis", "occupied by Isis") and no day is given."""
    family = word_family(record)
    return family is not None and family.role == "ongoing" and record.get("date_precision") != "day"


def campaign_fighting(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One event word names a campaign ("incursion", "offensive") and the other an ongoing activity dated by
    its own words ("last month Turkey sent troops into Afrin to fight Kurdish militias"): fighting bounded in
    time may be the campaign's own (place, actors and dates still decide); undated ("fighting Isis") it is not."""
    for x, y in ((a, b), (b, a)):
        fx, fy = word_family(x), word_family(y)
        dated = y.get("date_precision") not in (None, "publication")
        campaign = fx is not None and fx.family == CAMPAIGN_FAMILY
        if campaign and fy is not None and fy.role == "ongoing" and dated:
            return True
    return False


def statuses_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mentions' statuses can report one event (see PROSPECTIVE)."""
    sa, sb = a.get("status"), b.get("status")
    if sa in FACTUAL or sb in FACTUAL:
        return sa in FACTUAL and sb in FACTUAL
    return sb in PROSPECTIVE.get(str(sa), frozenset())


def is_summary(record: dict[str, Any]) -> bool:
    """The mention is dated over more than a year: many events or a standing activity, not one happening."""
    if not record.get("date") or not record.get("date_end"):
        return False
    span = date.fromisoformat(record["date_end"]) - date.fromisoformat(record["date"])
    return span.days > SUMMARY_DAYS


def summary_compatible(a: dict[str, Any], b: dict[str, Any], *, shared_names: bool) -> bool:
    """A summary is one event with another mention only when both state one standing fact from one start
    ("supported them since 2014"), or when the sentences share a name (the summary names that event); an
    ongoing activity (is_ongoing) only in the first case."""
    ongoing = (is_ongoing(a) or is_ongoing(b)) and not campaign_fighting(a, b)
    if not is_summary(a) and not is_summary(b) and not ongoing:
        return True
    return (shared_names and not ongoing) or (
        is_summary(a) and is_summary(b) and a.get("date") == b.get("date")
    )


def name_words(text: str, *, common: frozenset[str]) -> frozenset[str]:
    """The capitalised words of an actor's text that name someone (not a dictionary name nor a stopword)."""
    words = (
        re.sub(r"(’s|'s)$", "", w).lower() for w in re.findall(r"[^\W\d_][\w’'-]*", text) if w[0].isupper()
    )
    return frozenset(w for w in words if len(w) > 2 and w not in common)


def named_stranger(a: dict[str, Any] | None, b: dict[str, Any] | None, *, common: frozenset[str]) -> bool:
    """`a` is an uncoded proper name ("Jumah Hamdi Hamdan", "Robinson's") and `b` an actor that does not
    share it: a named person or group the dictionary does not know is only ever itself."""
    if not a or not b or any(a.get(k) for k in ("actor_id", "country", "sponsor", "led_by", "sector")):
        return False
    text = a.get("text") or ""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if not words or any(w[0].islower() for w in words):
        return False
    if len(words) == 1 and re.search(r"[^s’']s$", words[0]):  # a people or group ("Kurds", "Alawites")
        return False
    names = name_words(text, common=common)
    other = name_words(f"{b.get('text') or ''} {b.get('name') or ''}", common=frozenset())
    return bool(names) and bool(b.get("text") or b.get("actor_id")) and not names & other


def recalled(record: dict[str, Any]) -> bool:
    """A reported mention whose event word ends a definite or possessive noun phrase ("X said on Monday the US
    withdrawal had created ..."): the phrase refers to an event already known, and the day is the report's,
    so the event lies on or before it, as for a date that is only the publication's."""
    if record.get("status") != "reported":
        return False
    evidence = record.get("evidence") or {}
    trigger, sentence = evidence.get("trigger") or "", evidence.get("sentence") or ""
    return bool(trigger) and _definite_phrase(sentence, trigger)


@lru_cache(maxsize=1 << 14)
def _definite_phrase(sentence: str, trigger: str) -> bool:
    return re.search(DEFINITE + re.escape(trigger) + r"\b", sentence) is not None


def pair_background_days(a: dict[str, Any], b: dict[str, Any], *, default: int) -> int:
    """How far back a publication date reaches for this pair: SEASON_DAYS between a plan or condition and a
    mention of what did not happen (yet) (a plan restated a season later, or after its planned day, is a new
    prospect), else `default` (two negated mentions may both recall one past event: "did not act after it")."""
    statuses = {a.get("status"), b.get("status")}
    prospect = not statuses & FACTUAL and bool(statuses & {"planned", "conditional"})
    return min(default, SEASON_DAYS) if prospect else default
