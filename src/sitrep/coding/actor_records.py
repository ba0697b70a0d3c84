"""Actor records from actor readings: the `Actor` a phrase's `Reading` (coding.actors) gives, with its code
(country-sector, or the institution's id) and, for an actor the dictionary does not name, a composed name ("US-backed
Kurdish militia"); and the dated dictionary row valid on a day (`pick_row`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..records import Actor
from .actor_dictionary import ActorDictionary, Person

if TYPE_CHECKING:
    from .actors import Reading

SECTOR_NOUNS = {
    "MIL": "armed forces",
    "GOV": "government",
    "UAF": "militia",
    "REB": "rebels",
    "COP": "police",
    "SPY": "intelligence services",
    "JUD": "judiciary",
    "LEG": "legislature",
    "PTY": "political party",
    "OPP": "opposition",
    "CVL": "civilians",
    "JRN": "media",
    "MED": "health workers",
    "REL": "religious leaders",
    "BUS": "business",
    "IGO": "international organisation",
    "NGO": "non-governmental organisation",
    "ELI": "former officials",
    "REF": "refugees",
    "LAB": "workers",
    "AGR": "farmers",
    "EDU": "students and educators",
    "CRM": "criminals",
    "PRM": "paramilitary forces",
    "SOC": "civil society",
    "UNK": "unidentified actor",
    "PRE": "breakaway authorities",
}
SHORT_FORMS = {"USA": "US", "GBR": "UK"}  # in "US-led coalition", "UK-backed"
# a body of no state: "a human rights group" (NGO), "the Asia-Pacific forum" (IGO) take the sector as country,
# as the institutions of these kinds do (PLOVER's non-state codes)
NON_STATE_BODIES = frozenset({"IGO", "NGO"})


def pick_row(rows: list[Any], when: date | None) -> Any:
    """The row valid on `when` (the most recent row when `when` is None); None when no row covers `when`."""
    if when is None:
        return max(rows, key=lambda x: x.valid_from or date.min)
    for row in rows:
        if (row.valid_from or date.min) <= when <= (row.valid_to or date.max):
            return row
    return None


def to_actor(text: str, r: Reading, d: ActorDictionary) -> Actor:
    if r.inst:
        return _inst_actor(text, r, d)
    if r.person:
        p = r.person
        if r.former and p.sector in ("GOV", "MIL"):
            p = Person(p.name, p.country, "ELI", f"former {p.role}", None, p.valid_to, None)
        inst = pick_row(d.institutions[p.institution], None) if p.institution and p.sector != "ELI" else None
        actor_id = inst.id if inst and inst.country is None else _compose(p.country, p.sector)
        return Actor(text, p.name, actor_id, p.country, p.sector, r.sponsor, r.led_by)
    if r.bare and not (r.sponsor or r.led_by):
        return Actor(
            text,
            d.countries[r.country].name if r.country in d.countries else r.country,
            r.country,
            r.country,
            None,
            None,
            None,
        )
    return Actor(
        text, _compose_name(r, d), _compose(r.country, r.sector), r.country, r.sector, r.sponsor, r.led_by
    )


def _inst_actor(text: str, r: Reading, d: ActorDictionary) -> Actor:
    inst = r.inst
    assert inst is not None
    led_by = r.led_by or inst.led_by
    if inst.led_by and r.led_by and r.led_by != inst.led_by:
        swap = [i for rows in d.institutions.values() for i in rows if i.led_by == r.led_by]
        if swap:
            inst = swap[0]
        else:
            name = f"{_short(r.led_by, d)}-led coalition"
            return Actor(text, name, None, None, inst.sector, r.sponsor, r.led_by)
    country = inst.country
    if r.qualifier and country not in ("UNO", "EUR", "IGO"):
        country = r.qualifier  # "Egypt's Muslim Brotherhood", "Pakistani Taliban"
    return Actor(text, inst.name, inst.id, country, inst.sector, r.sponsor or inst.sponsor, led_by)


def _compose(country: str | None, sector: str | None) -> str | None:
    if country and sector and country != sector:  # "NGO", not "NGO-NGO"
        return f"{country}-{sector}"
    return country


def _compose_name(r: Reading, d: ActorDictionary) -> str:
    parts = []
    if r.sponsor:
        parts.append(f"{_short(r.sponsor, d)}-backed")
    if r.led_by and r.led_by != r.country:
        parts.append(f"{_short(r.led_by, d)}-led")
    if r.country and r.country not in NON_STATE_BODIES:
        parts.append(d.countries[r.country].adjective if r.country in d.countries else r.country)
    parts.append(" and ".join(dict.fromkeys(r.groups)))
    parts.append(SECTOR_NOUNS.get(r.sector or "", "group" if r.groups else "actors"))
    return " ".join(p for p in parts if p)


def _short(code: str, d: ActorDictionary) -> str:
    if code in SHORT_FORMS:
        return SHORT_FORMS[code]
    return d.countries[code].adjective if code in d.countries else code
