"""spaCy helpers built from the actor dictionary: EntityRuler patterns for institutions, people and "Russian jets",
and the role nouns that make a noun phrase an actor."""

from __future__ import annotations

from datetime import date
from typing import Any

from .actor_dictionary import ActorDictionary, _lower

__all__ = ["actor_head_lemmas", "entity_patterns"]


def entity_patterns(dictionary: ActorDictionary) -> list[dict[str, Any]]:
    """EntityRuler patterns, "id" = actor_id: institutions (ORG) and people (PERSON) as phrase strings (they match
    ORTH, the case as written in the data), plus country adjective + military noun token patterns ("U.S. F-16s",
    "Russian jets": ORG, "RUS-MIL") so that the small model does not split or mislabel them."""
    patterns: list[dict[str, Any]] = []
    for form, term in dictionary.names:
        if "(" in form or term.derived:
            continue  # derived bulk rows stay out of the EntityRuler (speed); the resolver still reads them  # descriptive names such as "Islamic State (ISIS; jihadists)" never occur in text
        if term.kind == "inst":
            patterns.append({"label": "ORG", "pattern": form, "id": term.key})
        elif term.kind == "person" and form[:1].isupper():
            latest = max(dictionary.people[term.key], key=lambda x: x.valid_from or date.min)
            patterns.append({"label": "PERSON", "pattern": form, "id": _code(latest.country, latest.sector)})
    return patterns + _military_patterns(dictionary)


def _military_patterns(d: ActorDictionary) -> list[dict[str, Any]]:
    nouns = sorted(
        {
            s
            for s, ts in d.forms.items()
            for t in ts
            if t.kind == "role"
            and d.roles[t.key].sector == "MIL"
            and d.roles[t.key].kind == "role"
            and " " not in s
        }
    )
    out = []
    for form, term in d.names:
        if term.kind == "adjective" and " " not in form:
            first = {"ORTH": form} if term.exact else {"LOWER": _lower(form)}
            out.append(
                {"label": "ORG", "id": f"{term.key}-MIL", "pattern": [first, {"LOWER": {"IN": nouns}}]}
            )
    return out


def actor_head_lemmas(dictionary: ActorDictionary) -> frozenset[str]:
    """Lower-case single-word role nouns and their forms that make a phrase an actor (troops, troop, fighter, ...)."""
    kinds = ("role", "relational", "proxy", "state", "title")
    return frozenset(
        surface
        for surface, terms in dictionary.forms.items()
        for t in terms
        if t.kind == "role" and dictionary.roles[t.key].kind in kinds and " " not in surface
    ) | frozenset({"force", "troop", "authority"})


def _code(country: str | None, sector: str | None) -> str | None:
    return f"{country}-{sector}" if country and sector else country
