"""Event filters and output formats: the one library API that the CLI, the HTTP API and the UI share.

`EventFilter` says which events to fetch (`Store.events(flt)`); `parse_filter(**strings)` builds one from
CLI options or HTTP query parameters, naming the bad option in its QueryError. `write_events` prints
event records as a terminal table, CSV, JSONL, Parquet or GeoJSON.

Flat columns (CSV, Parquet, GeoJSON properties) use dotted names for the nested parts of the record:
`source.country`, `location.lat`, `evidence.sentence`, ...; `context` is ";"-joined in CSV and a list
in Parquet and GeoJSON. Dates accept YYYY, YYYY-MM or YYYY-MM-DD: `since` takes the first day of a
period, `until` the last. A bbox whose west edge is east of its east edge crosses the antimeridian.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import IO, Any, TextIO, cast

from sitrep.errors import QueryError
from sitrep.records import EVENT_TYPES, STATUSES, Actor, Place

FORMATS = ("table", "csv", "jsonl", "parquet", "geojson")
SORT_KEYS = ("date", "type", "goldstein", "confidence")
SORTS = (*SORT_KEYS, *(f"-{key}" for key in SORT_KEYS))


@dataclass
class EventFilter:
    """Which events to fetch; every field is optional and all given fields must match.

    `actor` matches the source or target actor's actor_id, country, sponsor, led_by or name
    (case-insensitive, whole value). `since`/`until` compare with the event's date range.
    `limit`/`offset` page through the sorted result; `count_events` ignores them.
    """

    event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    doc_id: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    limit: int | None = None
    offset: int = 0
    sort: str = "date"

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name in ("since", "until"):
                continue
            try:
                setattr(self, f.name, _NORMALIZERS[f.name](value))
            except ValueError as exc:
                raise QueryError(f"{f.name}: {exc}") from None
        self.since = _as_date(self.since, "since", last=False)
        self.until = _as_date(self.until, "until", last=True)
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until})")


def _as_date(value: Any, name: str, *, last: bool) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_date(str(value), last=last)
    except ValueError as exc:
        raise QueryError(f"{name}: {exc}") from None


_ALIASES = {"type": "event_type", "doc": "doc_id"}


def parse_filter(**raw: str | None) -> EventFilter:
    """An EventFilter from CLI/HTTP strings (None or "" = not given); QueryError names the bad option.

    Keys are EventFilter's field names, plus `type` for event_type and `doc` for doc_id.
    """
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = _ALIASES.get(key, key)
        option = "--" + key.replace("_", "-")
        if name not in _PARSERS:
            raise QueryError(f"{option}: unknown filter (known: {', '.join(sorted(_PARSERS))})")
        text = "" if value is None else str(value).strip()
        if not text:
            continue
        try:
            values[name] = _PARSERS[name](text)
        except ValueError as exc:
            raise QueryError(f"{option}: {exc}") from None
    flt = EventFilter(**values)
    return flt


def parse_date(text: str, *, last: bool = False) -> date:
    """YYYY-MM-DD, or YYYY-MM / YYYY meaning that period's first day (last=False) or last day (last=True)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if day:
            return date(year, month, day)
        months = (month, month) if month else (1, 12)
        month = months[1] if last else months[0]
        return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _norm_event_type(value: Any) -> str:
    text = str(value).strip().upper()
    if text not in EVENT_TYPES:
        raise ValueError(f"{value!r} is not a PLOVER event type (one of {', '.join(EVENT_TYPES)})")
    return text


def _norm_status(value: Any) -> str:
    text = str(value).strip().lower()
    if text not in STATUSES:
        raise ValueError(f"{value!r} is not a status (one of {', '.join(STATUSES)})")
    return text


def _norm_country(value: Any) -> str:
    text = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 country code (such as SYR)")
    return text


def _norm_text(value: Any) -> str:
    text = str(value).strip()
    if not text:
        raise ValueError("is empty")
    return text


def _norm_count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{value!r} is not a whole number >= 0")
    text = str(value).strip()
    if not re.fullmatch(r"\d+", text):
        raise ValueError(f"{value!r} is not a whole number >= 0")
    return int(text)


def _norm_sort(value: Any) -> str:
    text = str(value).strip().lower()
    if text not in SORTS:
        raise ValueError(f"{value!r} is not a sort key (one of {', '.join(SORTS)})")
    return text


def _norm_bbox(value: Any) -> tuple[float, float, float, float]:
    parts = [p.strip() for p in value.split(",")] if isinstance(value, str) else list(value)
    try:
        if len(parts) != 4:
            raise ValueError
        nums = tuple(float(p) for p in parts)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a box: give min_lon,min_lat,max_lon,max_lat") from None
    min_lon, min_lat, max_lon, max_lat = nums
    if not all(math.isfinite(n) for n in nums):
        raise ValueError(f"{value!r} has a value that is not a number")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise ValueError(f"{value!r}: longitudes must lie in -180..180")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise ValueError(f"{value!r}: latitudes must lie in -90..90 with min_lat <= max_lat")
    return min_lon, min_lat, max_lon, max_lat


_NORMALIZERS: dict[str, Callable[[Any], Any]] = {
    "event_type": _norm_event_type,
    "actor": _norm_text,
    "country": _norm_country,
    "status": _norm_status,
    "doc_id": _norm_text,
    "text": _norm_text,
    "bbox": _norm_bbox,
    "limit": _norm_count,
    "offset": _norm_count,
    "sort": _norm_sort,
}
_PARSERS: dict[str, Callable[[str], Any]] = {
    **_NORMALIZERS,
    "since": lambda text: parse_date(text, last=False),
    "until": lambda text: parse_date(text, last=True),
}


# ---------------------------------------------------------------- flat columns


@dataclass(frozen=True)
class Column:
    """One flat output column: dotted name, where it sits in the record, and its kind."""

    name: str
    path: tuple[str, ...]
    kind: str  # str, int, float, date, list


_TOP = (
    ("schema_version", "str"), ("event_id", "str"), ("doc_id", "str"), ("event_type", "str"),
    ("mode", "str"), ("context", "list"), ("cameo", "str"), ("quad_class", "int"),
    ("goldstein", "float"), ("status", "str"),
)  # fmt: skip
_WHEN = (("date", "date"), ("date_end", "date"), ("date_precision", "str"), ("date_text", "str"))
_PLACE_KINDS = {"geonameid": "int", "lat": "float", "lon": "float"}
_TAIL = (
    ("casualties.killed", "int"), ("casualties.injured", "int"),
    ("evidence.sentence", "str"), ("evidence.start", "int"), ("evidence.end", "int"),
    ("evidence.trigger", "str"), ("confidence", "float"), ("coder", "str"),
)  # fmt: skip


def flat_columns() -> tuple[Column, ...]:
    """The flat columns of an event record, in output order."""
    specs: list[tuple[str, str]] = [*_TOP]
    for role in ("source", "target", "attributed_to", "denied_by"):
        specs.extend((f"{role}.{f.name}", "str") for f in fields(Actor))
    specs.extend(_WHEN)
    specs.extend((f"location.{f.name}", _PLACE_KINDS.get(f.name, "str")) for f in fields(Place))
    specs.extend(_TAIL)
    return tuple(Column(name, tuple(name.split(".")), kind) for name, kind in specs)


def flatten_record(record: dict[str, Any], columns: Iterable[Column] | None = None) -> dict[str, Any]:
    """The record as {dotted column name: value}; a missing nested object gives None values."""
    flat: dict[str, Any] = {}
    for col in columns or flat_columns():
        value: Any = record
        for key in col.path:
            value = value.get(key) if isinstance(value, dict) else None
        flat[col.name] = value
    return flat


# ---------------------------------------------------------------- output


@dataclass
class WriteSummary:
    """How many records were written, and how many left out (GeoJSON: events without coordinates)."""

    written: int = 0
    left_out: int = 0


def write_events(
    records: Iterable[dict[str, Any]], *, fmt: str, out: TextIO | IO[bytes] | Path | str | None = None
) -> WriteSummary:
    """Write event records in `fmt` (table, csv, jsonl, parquet, geojson) to `out` (None: stdout).

    `out` may be a path, a text stream or a binary stream. Parquet needs a path or a binary stream
    that is not a terminal.
    """
    if fmt not in FORMATS:
        raise QueryError(f"--format: {fmt!r} is not an output format (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        return _write_parquet(records, out)
    writer = _TEXT_WRITERS[fmt]
    with _text_sink(out) as stream:
        return writer(records, stream)


@contextmanager
def _text_sink(out: TextIO | IO[bytes] | Path | str | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
    elif isinstance(out, str | Path):
        with _open_out(out) as fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield cast(TextIO, out)
    else:
        wrapper = io.TextIOWrapper(cast(IO[bytes], out), encoding="utf-8", newline="", write_through=True)
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


def _open_out(path: str | Path) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (the caller closes it)
    except OSError as exc:
        raise QueryError(f"--out: cannot write {path} ({exc.strerror}); check the folder exists") from exc


def _write_jsonl(records: Iterable[dict[str, Any]], stream: TextIO) -> WriteSummary:
    summary = WriteSummary()
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        summary.written += 1
    return summary


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def _write_csv(records: Iterable[dict[str, Any]], stream: TextIO) -> WriteSummary:
    columns = flat_columns()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([c.name for c in columns])
    summary = WriteSummary()
    for record in records:
        writer.writerow([_csv_cell(v) for v in flatten_record(record, columns).values()])
        summary.written += 1
    return summary


def _write_geojson(records: Iterable[dict[str, Any]], stream: TextIO) -> WriteSummary:
    columns = flat_columns()
    summary = WriteSummary()
    stream.write('{"type": "FeatureCollection", "features": [')
    for record in records:
        point = _coordinates(record)
        if point is None:
            summary.left_out += 1
            continue
        feature = {
            "type": "Feature",
            "id": record.get("event_id"),
            "geometry": {"type": "Point", "coordinates": point},
            "properties": flatten_record(record, columns),
        }
        stream.write(("\n" if not summary.written else ",\n") + json.dumps(feature, ensure_ascii=False))
        summary.written += 1
    stream.write("\n]}\n")
    return summary


def _coordinates(record: dict[str, Any]) -> list[float] | None:
    loc = record.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return [float(lon), float(lat)]


# table: (header, width, how to get the cell)
_TABLE: tuple[tuple[str, int, Callable[[dict[str, Any]], Any]], ...] = (
    ("date", 10, lambda r: r.get("date")),
    ("type", 9, lambda r: r.get("event_type")),
    ("mode", 11, lambda r: r.get("mode")),
    ("status", 12, lambda r: r.get("status")),
    ("source", 24, lambda r: _actor_cell(r.get("source"))),
    ("target", 24, lambda r: _actor_cell(r.get("target"))),
    ("place", 18, lambda r: _actor_cell(r.get("location"))),
    ("trigger", 14, lambda r: (r.get("evidence") or {}).get("trigger")),
)


def _actor_cell(obj: dict[str, Any] | None) -> str | None:
    if not obj:
        return None
    return obj.get("name") or obj.get("text")


def _fit(value: Any, width: int) -> str:
    text = "-" if value in (None, "") else " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


def _write_table(records: Iterable[dict[str, Any]], stream: TextIO) -> WriteSummary:
    stream.write("  ".join(_fit(h, w) for h, w, _ in _TABLE).rstrip() + "\n")
    stream.write("  ".join("-" * w for _, w, _ in _TABLE) + "\n")
    summary = WriteSummary()
    for record in records:
        stream.write("  ".join(_fit(get(record), w) for _, w, get in _TABLE).rstrip() + "\n")
        summary.written += 1
    if not summary.written:
        stream.write("(no events)\n")
    return summary


_TEXT_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], WriteSummary]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "geojson": _write_geojson,
    "table": _write_table,
}


def _write_parquet(
    records: Iterable[dict[str, Any]], out: TextIO | IO[bytes] | Path | str | None
) -> WriteSummary:
    if out is None or isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        raise QueryError("--format parquet writes a binary file: give an output file (--out events.parquet)")
    if not isinstance(out, str | Path) and getattr(out, "isatty", lambda: False)():
        raise QueryError(
            "--format parquet will not write to a terminal: give an output file (--out events.parquet)"
        )
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = flat_columns()
    data: dict[str, list[Any]] = {c.name: [] for c in columns}
    count = 0
    for record in records:
        for name, value in flatten_record(record, columns).items():
            data[name].append(value)
        count += 1
    arrays = {c.name: _arrow_array(pa, c, data[c.name]) for c in columns}
    try:
        pq.write_table(pa.table(arrays), str(out) if isinstance(out, str | Path) else out)
    except OSError as exc:
        raise QueryError(f"--out: cannot write {out} ({exc}); check the folder exists") from exc
    return WriteSummary(written=count)


def _arrow_array(pa: Any, column: Column, values: list[Any]) -> Any:
    if column.kind == "date":
        return pa.array([date.fromisoformat(v) if v else None for v in values], type=pa.date32())
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    return pa.array(values, type=types[column.kind])
