"""Instrument words that set an event's mode (`data/triggers/modes.csv`: "F-16s" → aerial, "gunmen" → firearms),
and, for a generic CAMEO code, its more precise code; every row validated against the ontology when loaded. Split
out of `coding.triggers`, whose senses these refine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ..datafiles import data_path, read_table
from ..errors import DictionaryError
from ..records import EVENT_TYPES
from .ontology import Ontology, load_ontology
from .triggers import TriggerSense, singular_forms, word_forms

# modes.csv modes whose codes may give way in refine_mode ("blown up by a missile": 183 → 194)
EXPLOSIVES, HEAVY_WEAPONS = "explosives", "heavy-weapons"
MODE_COLUMNS = ("word", "event_type", "mode", "priority", "replaces", "cameo")


@dataclass(frozen=True)
class ModeCue:
    """An instrument word that sets the mode (and, for a generic CAMEO code, the code) of an event type."""

    mode: str
    priority: int
    replaces: (
        bool  # False: the cue only fills a missing mode (chemical, tear gas: often mentioned in passing)
    )
    cameo: str | None


@dataclass(frozen=True)
class ModeTable:
    """modes.csv: (word, event_type) → ModeCue; `ranks` gives each (event_type, mode) its best priority."""

    cues: dict[tuple[str, str], ModeCue]
    ranks: dict[tuple[str, str], int]
    ontology: Ontology


def refine_mode(sense: TriggerSense, *, words: Iterable[str], table: ModeTable | None = None) -> TriggerSense:
    """Set the mode from instrument words of the actor/trigger phrases ("F-16s" → aerial, "gunmen" → firearms).

    The strongest cue (lowest priority number) wins; it fills a missing mode, and (where modes.csv says it
    replaces) a weaker instrument mode, but never a non-instrument mode (abduct, targeted, ...). A generic CAMEO code (190, 180, ...) becomes the cue's code.
    """
    table = table or load_modes()
    cue = _strongest_cue(table, sense.event_type, words)
    if cue is None or cue.mode == sense.mode:
        return sense
    if sense.mode is not None:
        current = table.ranks.get((sense.event_type, sense.mode))
        if current is None or current <= cue.priority or not cue.replaces:
            return sense
    refined = replace(sense, mode=cue.mode)
    precise = _is_generic(sense.cameo) or _munition_that_exploded(table, sense, cue)
    info = table.ontology.codes.get(cue.cameo) if cue.cameo and precise else None
    if cue.cameo and info is not None and info.plover_type == sense.event_type:
        refined = replace(refined, cameo=cue.cameo, goldstein=info.goldstein, quad_class=info.quad_class)
    return refined


def is_instrument(word: str, event_type: str, *, table: ModeTable | None = None) -> bool:
    """Whether `word` (a lemma or form) names an instrument of `event_type` ("artillery", "missiles")."""
    table = table or load_modes()
    word = word.lower()
    return any((form, event_type) in table.cues for form in (word, *singular_forms(word)))


def load_modes(path: Path | None = None, *, ontology: Ontology | None = None) -> ModeTable:
    """Read and validate modes.csv (default: the packaged data/triggers/modes.csv; cached)."""
    if path is None and ontology is None:
        return _default_modes()
    path = path or data_path("triggers/modes.csv")
    ontology = ontology or load_ontology()
    cues: dict[tuple[str, str], ModeCue] = {}
    for line, row in read_table(path, required=MODE_COLUMNS):
        key = (row["word"].lower(), row["event_type"])
        if key in cues:
            raise DictionaryError(str(path), line, f"duplicate word {key[0]!r} for {key[1]}")
        cues[key] = _mode_row(row, ontology=ontology, where=(str(path), line))
    ranks: dict[tuple[str, str], int] = {}
    for (_, event_type), cue in cues.items():
        ranks[(event_type, cue.mode)] = min(cue.priority, ranks.get((event_type, cue.mode), cue.priority))
    return ModeTable(cues=cues, ranks=ranks, ontology=ontology)


@cache
def _default_modes() -> ModeTable:
    return load_modes(data_path("triggers/modes.csv"), ontology=load_ontology())


def _munition_that_exploded(table: ModeTable, sense: TriggerSense, cue: ModeCue) -> bool:
    """Whether a heavy weapon names what a bombing code's explosion was ("blown up by a missile", "a mortar bomb
    was fired": 183, explosives, becomes 194): CAMEO's 183 is non-military bombing. Only heavy weapons: an aircraft
    word is as often what was blown up ("blowing up a Pan Am plane") as what dropped the bomb."""
    if sense.mode is None or cue.mode != HEAVY_WEAPONS:
        return False
    return any(
        other.mode == sense.mode == EXPLOSIVES and other.cameo == sense.cameo
        for (_, event_type), other in table.cues.items()
        if event_type == sense.event_type
    )


def _strongest_cue(table: ModeTable, event_type: str, words: Iterable[str]) -> ModeCue | None:
    best: ModeCue | None = None
    before: list[str] = []
    for word in words:
        # "surface-to-air": the word after "-to-" is what the weapon is aimed at, not what fires it
        destination = before == ["to", "-"]
        before = [*before[-1:], word]
        for part in () if destination else word.split():
            for form in word_forms(part):
                cue = table.cues.get((form, event_type))
                if cue is not None and (best is None or cue.priority < best.priority):
                    best = cue
    return best


def _is_generic(cameo: str) -> bool:
    """A cue-category default code (19, 190, 150) that an instrument word may make more precise."""
    return len(cameo) == 2 or (len(cameo) == 3 and cameo.endswith("0"))


def _mode_row(row: dict[str, str], *, ontology: Ontology, where: tuple[str, int]) -> ModeCue:
    event_type, mode, code = row["event_type"], row["mode"], row["cameo"] or None
    if event_type not in EVENT_TYPES or not ontology.is_mode(event_type, mode):
        raise DictionaryError(*where, f"mode {mode!r} is not a PLOVER mode of {event_type!r}")
    if not row["priority"].isdigit() or row["replaces"] not in ("0", "1"):
        raise DictionaryError(*where, "priority must be a whole number and replaces 0 or 1")
    info = ontology.codes.get(code) if code else None
    if code and (info is None or info.plover_type != event_type):
        raise DictionaryError(*where, f"CAMEO code {code!r} is unknown or not a {event_type} code")
    return ModeCue(mode=mode, priority=int(row["priority"]), replaces=row["replaces"] == "1", cameo=code)
