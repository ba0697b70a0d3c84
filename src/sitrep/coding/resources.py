"""The dictionaries the coder needs, loaded once per process and handed around as one object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Dictionaries:
    """Trigger lexicon, actor dictionary, gazetteer and status cues."""

    triggers: Any
    actors: Any
    gazetteer: Any
    cues: Any


@cache
def load_dictionaries() -> Dictionaries:
    """Load (and validate) every dictionary sitrep codes with; cached for the process."""
    from ..geo import load_gazetteer
    from .actors import load_actor_dictionary
    from .status import load_status_cues
    from .triggers import load_triggers

    return Dictionaries(
        triggers=load_triggers(), actors=load_actor_dictionary(), gazetteer=load_gazetteer(),
        cues=load_status_cues(),
    )
