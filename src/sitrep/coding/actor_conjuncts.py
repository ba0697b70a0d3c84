"""Conjoined modifiers: "Hungarian and Romanian officials" names two actors, one per state (the Actor record holds
one country). Conjoined whole phrases ("the US and Iran") are split by the caller's parse, one event per conjunct;
`resolve_actors` does the same for a run of conjoined states inside one phrase. A reciprocal act of conjoined
parties with no other recipient ("the US, Russia and Switzerland met") is each party's with each of the others:
`reciprocal_pairs`."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ..records import Actor
from .actor_dictionary import ActorDictionary, _find_terms, _normalize
from .actors import resolve_actor

__all__ = ["conjoined_variants", "reciprocal_pairs", "resolve_actors"]

# acts that conjoined parties do with one another ("X and Y met / clashed"); not "agree" ("X and Y agreed to a
# ceasefire": PLOVER codes each party's agreement with no target)
RECIPROCAL_LEMMAS = frozenset(
    {"meet", "talk", "negotiate", "confer", "consult", "clash", "cooperate", "reconcile"}
)

_STATE_KINDS = ("adjective", "country")
_RUN_MARKS = ("", "possessive")
_RUN_JOINER = re.compile(r"\s*,\s*|\s*,?\s+(?:and|&)\s+")


def resolve_actors(
    text: str, *, dictionary: ActorDictionary, when: date | None = None, country_hint: str | None = None
) -> list[Actor]:
    """One actor per state a conjoined modifier names ("Hungarian and Romanian officials" -> HUN-GOV, ROU-GOV;
    "U.S. and Russian negotiators"), else the one actor of `resolve_actor` ([] when the phrase names none).
    Each actor keeps the phrase as written."""
    found: dict[tuple[str | None, ...], Actor] = {}
    for variant in conjoined_variants(text, dictionary=dictionary):
        actor = resolve_actor(variant, dictionary=dictionary, when=when, country_hint=country_hint)
        if actor is not None:
            key = (actor.actor_id, actor.country, actor.sector, actor.sponsor, actor.led_by)
            found.setdefault(key, dataclasses.replace(actor, text=text))
    return list(found.values())


def conjoined_variants(text: str, *, dictionary: ActorDictionary) -> list[str]:
    """The phrase once per member of a run of conjoined states before its head ("Hungarian and Romanian
    officials" -> "Hungarian officials", "Romanian officials"; "Russia and Iran's proxies" -> "Russia's proxies",
    "Iran's proxies") or after "of" or "from" ("leaders of Hungary and Romania", "ministers from the UK and
    France"); [text] when it has no such run (a conjunction of whole phrases, "the US and Iran", is the caller's
    to split)."""
    clean = _normalize(text)
    states = [
        m for m in _find_terms(clean, dictionary) if m.term.kind in _STATE_KINDS and m.mark in _RUN_MARKS
    ]
    for i, first in enumerate(states):
        run = [first]
        for m in states[i + 1 :]:
            if not _RUN_JOINER.fullmatch(clean[run[-1].end : m.start]):
                break
            run.append(m)
        before, after = clean[: first.start], clean[run[-1].end :]
        if len(run) > 1 and (
            re.match(r"(?:'s?)?\s+\w", after) or re.search(r"\w\s+(?:of|from)\s+(?:the\s+)?$", before)
        ):
            return [before + clean[m.start : m.end] + after for m in run]
    return [text]


def reciprocal_pairs(
    lemma: str, sources: list[Actor | None], *, has_target: bool
) -> list[tuple[Actor, Actor]]:
    """(source, target) for each ordered pair of the parties of a reciprocal act (RECIPROCAL_LEMMAS) that names
    no other recipient: "the US, Russia and Switzerland met" → USA-RUS, USA-CHE, RUS-USA, ... (as CAMEO codes
    them); [] where the act is not reciprocal, has a recipient ("met with Assad") or fewer than two parties."""
    parties = [a for a in sources if a is not None]
    if lemma.lower() not in RECIPROCAL_LEMMAS or has_target or len(parties) < 2:
        return []
    return [(a, b) for a in parties for b in parties if a is not b]
