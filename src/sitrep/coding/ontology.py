"""The event ontology: CAMEO codes (name, Goldstein score, quad class) and their PLOVER type, mode and contexts.

Data: `data/ontology/cameo.csv` (one row per CAMEO code) and `data/ontology/plover.csv` (the 16 PLOVER event
types, the modes allowed for each, the contexts, and older PLOVER names as aliases), `data/ontology/cameo_frames.csv`
(CAMEO's parallel families: an act → the code of appealing for it, intending it, refusing it, threatening it).
See data/ontology/SOURCES.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError
from ..records import EVENT_TYPES

PLOVER_KINDS = ("type", "mode", "context", "alias")
FRAMES = ("appeal", "intent", "refuse", "threat")
FRAME_ROOTS = {"appeal": "02", "intent": "03", "refuse": "12", "threat": "13"}  # the CAMEO root of each frame


class CameoInfo(NamedTuple):
    """What one CAMEO code means; `plover_type` is None for CAMEO 01 (statements), which PLOVER dropped."""

    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    contexts: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    """CAMEO codes with their PLOVER mapping, and the PLOVER vocabulary (modes per type, contexts, aliases)."""

    codes: dict[str, CameoInfo]
    modes: dict[str, frozenset[str]]
    contexts: frozenset[str]
    aliases: dict[str, str]

    def is_mode(self, event_type: str, mode: str) -> bool:
        """True when `mode` is a PLOVER mode of `event_type`."""
        return mode in self.modes.get(event_type, frozenset())


VERBAL_QUADS = frozenset({1, 3})  # quad classes of words: verbal cooperation, verbal conflict
MATERIAL_CONFLICT = 4  # quad class of physical conflict (assault, coercion, protest, ...)
HAPPENED = frozenset({"asserted", "reported", "claimed"})  # statuses that say the act took place


def quad_class_for_root(root: str) -> int:
    """The Phoenix/GDELT quad class of a CAMEO root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"not a CAMEO root code: {root!r}")
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def load_ontology(directory: Path | None = None) -> Ontology:
    """Read and validate plover.csv and cameo.csv from `directory` (default: the packaged data/ontology)."""
    if directory is None:
        return _default_ontology()
    modes, contexts, aliases = _read_plover(directory / "plover.csv")
    codes = _read_cameo(directory / "cameo.csv", modes=modes, contexts=contexts)
    return Ontology(codes=codes, modes=modes, contexts=contexts, aliases=aliases)


@cache
def _default_ontology() -> Ontology:
    return load_ontology(data_path("ontology"))


def cameo_info(code: str, *, ontology: Ontology | None = None) -> CameoInfo | None:
    """(name, goldstein, quad_class, plover_type, plover_mode, contexts) of a CAMEO code; None if unknown."""
    return (ontology or load_ontology()).codes.get(code.strip())


def normalize_event_type(name: str, *, ontology: Ontology | None = None) -> str | None:
    """A current PLOVER type for `name`, mapping older names (DEMAND → REQUEST, FIGHT → ASSAULT, ...)."""
    upper = name.strip().upper()
    if upper in EVENT_TYPES:
        return upper
    return (ontology or load_ontology()).aliases.get(upper)


def _read_plover(path: Path) -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, str]]:
    modes: dict[str, set[str]] = {}
    contexts: set[str] = set()
    aliases: dict[str, str] = {}
    types: set[str] = set()
    for line, row in read_table(path, required=("kind", "name", "event_type")):
        kind, name, event_type = row["kind"], row["name"], row["event_type"]
        if kind not in PLOVER_KINDS:
            raise DictionaryError(str(path), line, f"kind {kind!r} is not one of {', '.join(PLOVER_KINDS)}")
        if kind != "context" and event_type not in EVENT_TYPES:
            raise DictionaryError(str(path), line, f"event_type {event_type!r} is not a PLOVER type")
        if kind == "type":
            if name != event_type:
                raise DictionaryError(str(path), line, "a type row needs name == event_type")
            types.add(name)
        elif kind == "mode":
            modes.setdefault(event_type, set()).add(name)
        elif kind == "context":
            contexts.add(name)
        else:
            aliases[name.upper()] = event_type
    if types != set(EVENT_TYPES):
        raise DictionaryError(str(path), None, f"type rows must list exactly {', '.join(EVENT_TYPES)}")
    return {t: frozenset(m) for t, m in modes.items()}, frozenset(contexts), aliases


def _read_cameo(
    path: Path, *, modes: dict[str, frozenset[str]], contexts: frozenset[str]
) -> dict[str, CameoInfo]:
    codes: dict[str, CameoInfo] = {}
    required = (
        "code",
        "name",
        "goldstein",
        "root",
        "quad_class",
        "plover_type",
        "plover_mode",
        "plover_context",
    )
    for line, row in read_table(path, required=required):
        code = row["code"]
        if code in codes:
            raise DictionaryError(str(path), line, f"duplicate CAMEO code {code}")
        codes[code] = _cameo_row(row, modes=modes, contexts=contexts, where=(str(path), line))
    return codes


def _cameo_row(
    row: dict[str, str], *, modes: dict[str, frozenset[str]], contexts: frozenset[str], where: tuple[str, int]
) -> CameoInfo:
    code, root = row["code"], row["root"]
    if not re.fullmatch(r"\d{2,4}", code) or code[:2] != root:
        raise DictionaryError(*where, f"code {code!r} must be 2-4 digits starting with its root {root!r}")
    try:
        goldstein, quad = float(row["goldstein"]), int(row["quad_class"])
        expected_quad = quad_class_for_root(root)
    except ValueError as exc:
        raise DictionaryError(*where, f"bad number: {exc}") from None
    if not -10.0 <= goldstein <= 10.0:
        raise DictionaryError(*where, f"goldstein {goldstein} is outside -10..10")
    if quad != expected_quad:
        raise DictionaryError(
            *where, f"quad_class {quad} does not match root {root} (expected {expected_quad})"
        )
    ptype, mode = row["plover_type"] or None, row["plover_mode"] or None
    ctx = tuple(split_multi(row["plover_context"]))
    if ptype is not None and ptype not in EVENT_TYPES:
        raise DictionaryError(*where, f"plover_type {ptype!r} is not a PLOVER type")
    if mode is not None and (ptype is None or mode not in modes.get(ptype, frozenset())):
        raise DictionaryError(*where, f"plover_mode {mode!r} is not a mode of {ptype}")
    if unknown := [c for c in ctx if c not in contexts]:
        raise DictionaryError(*where, f"unknown PLOVER context(s) {', '.join(unknown)}")
    return CameoInfo(row["name"], goldstein, quad, ptype, mode, ctx)


def framed_code(code: str, frame: str, *, frames: dict[str, dict[str, str]] | None = None) -> str | None:
    """The CAMEO code of appealing for (`appeal`), intending (`intent`), refusing (`refuse`) or threatening
    (`threat`) the act `code` stands for: framed_code("084", "intent") → "0353", framed_code("193", "threat") →
    "1384". The longest prefix of `code` with a row in cameo_frames.csv answers; None when CAMEO has no such
    frame for the act (appealing for an attack, threatening aid); a code already in the frame's root is its
    own answer."""
    if frame not in FRAMES:
        raise ValueError(f"frame {frame!r} is not one of {', '.join(FRAMES)}")
    if code.strip()[:2] == FRAME_ROOTS[frame]:
        return code.strip()  # already an appeal/intent/refusal/threat code
    table = frames if frames is not None else load_frames()
    for end in range(len(code.strip()), 1, -1):
        if (found := table.get(code.strip()[:end], {}).get(frame)) is not None:
            return found
    return None


def load_frames(path: Path | None = None, *, ontology: Ontology | None = None) -> dict[str, dict[str, str]]:
    """Read and validate cameo_frames.csv: act code → {frame: CAMEO code} (default: packaged data; cached)."""
    if path is None and ontology is None:
        return _default_frames()
    path = path or data_path("ontology/cameo_frames.csv")
    codes = (ontology or load_ontology()).codes
    table: dict[str, dict[str, str]] = {}
    for line, row in read_table(path, required=("code", *FRAMES)):
        if row["code"] not in codes or row["code"] in table:
            raise DictionaryError(str(path), line, f"code {row['code']!r} is unknown or repeated")
        table[row["code"]] = {f: row[f] for f in FRAMES if row[f]}
        for frame, framed in table[row["code"]].items():
            if framed not in codes or framed[:2] != FRAME_ROOTS[frame]:
                raise DictionaryError(
                    str(path), line, f"{frame} code {framed!r} is not a CAMEO {FRAME_ROOTS[frame]} code"
                )
    return table


@cache
def _default_frames() -> dict[str, dict[str, str]]:
    return load_frames(data_path("ontology/cameo_frames.csv"), ontology=load_ontology())
