"""Reading sources into Articles: files, directories, JSON Lines, CSV, HTML, RSS/Atom feeds and stdin.

`read_sources` never raises for bad user data: every document or record it cannot read becomes one `Skipped`
entry (origin and a one-line reason) and the run goes on. Text is cleaned with `clean.clean_text`.
"""

from __future__ import annotations

import csv
import email.utils
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from ..errors import IngestError
from ..records import Article
from .clean import clean_line, clean_text, strip_html, truncate_text
from .dateline import dateline_date
from .decode import Line, check_controls, iter_lines, read_head
from .heads import separate_head

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
KNOWN_FIELDS = ("id", "published", "url", "source", "title", "text")
MAX_FEED_BYTES = 64 * 1024 * 1024
MAX_REASON_CHARS = 300
LANGUAGE_SAMPLE_CHARS = 2000
LANGUAGE_MIN_PROB = 0.9
LANGUAGE_MIN_WORDS = (
    12  # shorter texts (headlines, name lists) are not checked: the detector is unreliable on them
)
# texts where at least this share of the words are English function words count as English (no detector run)
ENGLISH_SHARE = 0.15
_ENGLISH_FUNCTION_WORDS = (
    "the of and to in a is was were that for on with as by at from said has have had it its be been "
    "are which who not but this after their they he she his her an will would or"
)
_ENGLISH_WORDS = frozenset(_ENGLISH_FUNCTION_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")
_HTML_START = re.compile(r"\s*(?:<!doctype html|<html\b)", re.IGNORECASE)


@dataclass
class Skipped:
    """A document (or input line) that was not read, and why (`reason` is kept to one line)."""

    origin: str
    reason: str

    def __post_init__(self) -> None:
        self.reason = " ".join(self.reason.split())[:MAX_REASON_CHARS]


@dataclass(frozen=True)
class _Options:
    published: date | None
    source: str | None
    max_chars: int
    min_chars: int
    check_language: bool


@dataclass
class _Record:
    """A document as read, before cleaning and checks."""

    origin: str
    doc_id: str
    text: str
    published: Any = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def read_sources(
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    source: str | None = None,
    max_chars: int = 2_000_000,
    stdin: TextIO | None = None,
    min_chars: int = 40,
    check_language: bool = True,
) -> Iterator[Article | Skipped]:
    """Yield an Article for each document read from `paths` ("-" is stdin), a Skipped for each one that was not.

    `published` and `source` are defaults for documents that carry none. Directories are read recursively in
    sorted order, hidden files and folders left out.
    """
    opts = _Options(published, source, max_chars, min_chars, check_language)
    for item in paths:
        if str(item) == STDIN:
            found: Iterator[_Record | Skipped] = _read_stdin(stdin or sys.stdin, opts)
        else:
            found = _read_path(Path(item), opts)
        for entry in found:
            yield entry if isinstance(entry, Skipped) else finish_record(entry, opts)


def read_text(
    text: str, *, doc_id: str = "doc", published: date | None = None, source: str | None = None
) -> Article:
    """An Article made from a string: the text cleaned, no checks on language or length."""
    return Article(doc_id=doc_id, text=clean_text(text), published=published, source=source)


def _read_path(path: Path, opts: _Options) -> Iterator[_Record | Skipped]:
    if not path.exists():
        yield Skipped(str(path), "no such file or directory")
    elif path.is_dir():
        for file in walk_files(path):
            yield from _read_file(file, opts)
    else:
        yield from _read_file(path, opts)


def walk_files(root: Path) -> list[Path]:
    """The files under `root`, recursively, in sorted order, without hidden files or hidden folders."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder, f) for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, opts: _Options) -> Iterator[_Record | Skipped]:
    """The records of one file; a problem with the whole file becomes one Skipped."""
    try:
        yield from _reader_for(path)(path, opts)
    except IngestError as exc:
        yield Skipped(exc.origin, exc.problem)
    except OSError as exc:
        yield Skipped(str(path), (exc.strerror or str(exc)).lower())


def _reader_for(path: Path) -> Callable[[Path, _Options], Iterator[_Record | Skipped]]:
    match path.suffix.lower():
        case ".html" | ".htm" | ".xhtml":
            return _read_html
        case ".jsonl" | ".ndjson":
            return _read_jsonl
        case ".csv":
            return _read_csv
        case ".xml" | ".rss" | ".atom":
            return _read_feed
        case _:
            return _read_plain


# --- plain text and HTML -------------------------------------------------------------------------------------


def _read_head_record(path: Path, opts: _Options) -> _Record:
    """The start of a single-document file as a record, truncated to max_chars with a note."""
    decoded = read_head(path, max_chars=opts.max_chars)
    record = _Record(origin=str(path), doc_id=path.stem, text=decoded.text, notes=decoded.notes)
    if len(decoded.text) > opts.max_chars:
        record.text = truncate_text(decoded.text, opts.max_chars)
        record.notes.append(f"truncated at {len(record.text)} characters (file has {decoded.size} bytes)")
    return record


def _read_plain(path: Path, opts: _Options) -> Iterator[_Record]:
    record = _read_head_record(path, opts)
    if path.suffix.lower() != ".txt" and _HTML_START.match(record.text):
        yield _html_record(record, min_chars=opts.min_chars)
    else:
        yield record


def _read_html(path: Path, opts: _Options) -> Iterator[_Record]:
    yield _html_record(_read_head_record(path, opts), min_chars=opts.min_chars)


def _html_record(record: _Record, *, min_chars: int) -> _Record:
    """The record with its HTML replaced by the main text (trafilatura, offline) and title/date/url filled in."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            record.text, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml can fail in many ways on broken markup
        raise IngestError(record.origin, f"could not parse HTML: {type(exc).__name__}: {exc}") from None
    text = (getattr(doc, "text", None) if doc is not None else None) or ""
    size = len(" ".join(text.split()))
    if size < min_chars:  # trafilatura's fallback returns menus and buttons when there is no article
        raise IngestError(record.origin, f"no article text found in HTML ({size} characters of text)")
    record.text = text
    record.title = getattr(doc, "title", None) or None
    record.published = getattr(doc, "date", None) or None
    record.url = getattr(doc, "url", None) or None
    return record


# --- JSON Lines and CSV --------------------------------------------------------------------------------------


def _read_jsonl(path: Path, opts: _Options) -> Iterator[_Record | Skipped]:
    with path.open("rb") as fh:
        yield from parse_jsonl(iter_lines(fh, str(path)), origin=str(path), stem=path.stem, opts=opts)


def parse_jsonl(
    lines: Iterable[Line], *, origin: str, stem: str, opts: _Options
) -> Iterator[_Record | Skipped]:
    """One record (or Skipped) per non-blank JSON line."""
    for line in lines:
        where = f"{origin}:{line.number}"
        if line.problem:
            yield Skipped(where, f"line {line.number}: {line.problem}")
            continue
        if not line.text.strip():
            continue
        try:
            fields = json.loads(line.text.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"line {line.number}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:  # e.g. integers too long, nesting too deep
            yield Skipped(where, f"line {line.number}: invalid JSON: {exc}")
            continue
        if not isinstance(fields, dict):
            yield Skipped(where, f"line {line.number}: expected a JSON object, found {type(fields).__name__}")
            continue
        notes = [line.note] if line.note else []
        yield record_from_fields(
            fields,
            origin=where,
            line=line.number,
            fallback_id=f"{stem}-{line.number}",
            notes=notes,
            opts=opts,
        )


def record_from_fields(
    fields: dict[str, Any], *, origin: str, line: int, fallback_id: str, notes: list[str], opts: _Options
) -> _Record | Skipped:
    """A record from a JSON object or CSV row with the columns id, published, url, source, title, text."""
    text = fields.get("text")
    if text is None:
        return Skipped(origin, f"line {line}: no 'text' field")
    if not isinstance(text, str):
        return Skipped(origin, f"line {line}: 'text' is a {type(text).__name__}, not a string")
    if not text.strip():
        return Skipped(origin, f"line {line}: empty 'text' field")
    if len(text) > opts.max_chars:
        cut = truncate_text(text, opts.max_chars)
        notes.append(f"truncated at {len(cut)} characters (record has {len(text)})")
        text = cut
    extra = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS and v not in (None, "")}
    return _Record(
        origin=origin,
        doc_id=_text_or_none(fields.get("id")) or fallback_id,
        text=text,
        published=fields.get("published"),
        source=_text_or_none(fields.get("source")),
        url=_text_or_none(fields.get("url")),
        title=_text_or_none(fields.get("title")),
        metadata=extra,
        notes=notes,
    )


def _text_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _read_csv(path: Path, opts: _Options) -> Iterator[_Record | Skipped]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    problems: dict[int, Line] = {}
    with path.open("rb") as fh:
        reader = csv.reader(_csv_lines(iter_lines(fh, str(path)), problems))
        header = [h.strip() for h in next(reader, [])]
        if "text" not in header:
            raise IngestError(str(path), "CSV header has no 'text' column")
        yield from _csv_rows(reader, header, path=path, problems=problems, opts=opts)


def _csv_lines(lines: Iterable[Line], problems: dict[int, Line]) -> Iterator[str]:
    """The text of each line for csv.reader, remembering lines with a decoding note or problem."""
    for line in lines:
        if line.problem or line.note:
            problems[line.number] = line
        yield line.text


def _csv_rows(
    reader: Any, header: list[str], *, path: Path, problems: dict[int, Line], opts: _Options
) -> Iterator[_Record | Skipped]:
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            end = reader.line_num
            yield Skipped(f"{path}:{start}", f"line {start}: bad CSV: {exc}")
            continue
        end = reader.line_num
        if row and any(cell.strip() for cell in row):
            yield _csv_record(row, header, start, end, path=path, problems=problems, opts=opts)


def _csv_record(
    row: list[str],
    header: list[str],
    start: int,
    end: int,
    *,
    path: Path,
    problems: dict[int, Line],
    opts: _Options,
) -> _Record | Skipped:
    origin = f"{path}:{start}"
    flagged = [problems.pop(n) for n in range(start, end + 1) if n in problems]
    if len(row) != len(header):
        return Skipped(origin, f"line {start}: expected {len(header)} fields, found {len(row)}")
    bad = next((line for line in flagged if line.problem), None)
    if bad is not None:
        return Skipped(origin, f"line {bad.number}: {bad.problem}")
    notes = [line.note for line in flagged if line.note]
    fields = dict(zip(header, row, strict=True))
    return record_from_fields(
        fields, origin=origin, line=start, fallback_id=f"{path.stem}-{start}", notes=notes, opts=opts
    )


# --- feeds and stdin -----------------------------------------------------------------------------------------


def _read_feed(path: Path, opts: _Options) -> Iterator[_Record | Skipped]:
    import feedparser

    size = path.stat().st_size
    if size > MAX_FEED_BYTES:
        raise IngestError(str(path), f"feed file too large ({size} bytes, limit {MAX_FEED_BYTES})")
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(str(path), "empty file")
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # feedparser is lenient, but its XML back-ends are not always
        raise IngestError(str(path), f"could not parse feed: {type(exc).__name__}: {exc}") from None
    if not parsed.entries:
        bozo = f" (not a well-formed feed: {parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise IngestError(str(path), f"no entries in feed{bozo}")
    feed_title = _text_or_none(parsed.feed.get("title"))
    for index, entry in enumerate(parsed.entries, 1):
        yield _feed_record(entry, index, path=path, feed_title=feed_title, opts=opts)


def _feed_record(
    entry: Any, index: int, *, path: Path, feed_title: str | None, opts: _Options
) -> _Record | Skipped:
    origin = f"{path}#{index}"
    contents = [c.get("value", "") for c in entry.get("content", [])]
    markup = max(contents, key=len, default="") or entry.get("summary", "")
    text = strip_html(markup)
    if not text.strip():
        return Skipped(origin, f"entry {index}: no content or summary")
    notes: list[str] = []
    if len(text) > opts.max_chars:
        cut = truncate_text(text, opts.max_chars)
        notes.append(f"truncated at {len(cut)} characters (entry has {len(text)})")
        text = cut
    meta = {"guid": entry.get("id"), "feed": feed_title, "author": entry.get("author")}
    return _Record(
        origin=origin,
        doc_id=f"{path.stem}-{index}",
        text=text,
        published=_entry_date(entry),
        source=_text_or_none(entry.get("source", {}).get("title")) or feed_title,
        url=_text_or_none(entry.get("link")),
        title=_text_or_none(strip_html(entry.get("title", ""))),
        metadata={k: v for k, v in meta.items() if v},
        notes=notes,
    )


def _entry_date(entry: Any) -> Any:
    """The entry's date as written (its local date), else feedparser's UTC reading of it, else the raw value."""
    raw = entry.get("published") or entry.get("updated")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return parse_date(raw)
    except ValueError:
        return date(*stamp[:3]) if stamp else raw


def _read_stdin(stream: TextIO, opts: _Options) -> Iterator[_Record | Skipped]:
    """JSON Lines when the first non-blank character is "{", else one plain-text article."""
    try:
        consumed: list[str] = []
        for line in stream:
            consumed.append(line)
            if line.strip():
                break
        if not any(line.strip() for line in consumed):
            yield Skipped(STDIN_ORIGIN, "empty input")
        elif consumed[-1].lstrip().startswith("{"):
            lines = (Line(n, text) for n, text in enumerate(chain(consumed, stream), 1))
            yield from parse_jsonl(lines, origin=STDIN_ORIGIN, stem="stdin", opts=opts)
        else:
            yield _stdin_text("".join(consumed), stream, opts)
    except UnicodeDecodeError as exc:
        yield Skipped(STDIN_ORIGIN, f"undecodable bytes at offset {exc.start} ({exc.encoding})")
    except IngestError as exc:
        yield Skipped(exc.origin, exc.problem)


def _stdin_text(head: str, stream: TextIO, opts: _Options) -> _Record:
    text = head + stream.read(max(0, opts.max_chars + 1 - len(head)))
    check_controls(text, STDIN_ORIGIN)
    notes: list[str] = []
    if len(text) > opts.max_chars:
        text = truncate_text(text, opts.max_chars)
        notes.append(f"truncated at {len(text)} characters (input was longer)")
    return _Record(origin=STDIN_ORIGIN, doc_id="stdin", text=text, notes=notes)


# --- finishing: cleaning, checks, defaults -------------------------------------------------------------------


def finish_record(record: _Record, opts: _Options) -> Article | Skipped:
    """The Article for a record (cleaned, defaults applied), or Skipped when too short or not English."""
    title = clean_line(record.title) if record.title else None
    cleaned = clean_text(record.text)
    text = separate_head(cleaned, title=title)
    if len(text) < opts.min_chars:
        return Skipped(
            record.origin, f"too short after cleaning ({len(text)} characters, minimum {opts.min_chars})"
        )
    if opts.check_language:
        language = detect_foreign_language(text)
        if language:
            return Skipped(record.origin, f"not English (detected {language!r})")
    notes = list(record.notes)
    try:
        published = parse_date(record.published) or opts.published
    except ValueError:
        published = None
        notes.append(f"bad published date {str(record.published)[:40]!r}")
    published = _dated_by_dateline(cleaned, title=title, published=published, notes=notes)
    return Article(
        doc_id=record.doc_id,
        text=text,
        published=published,
        source=clean_line(record.source) if record.source else opts.source,
        url=record.url,
        title=title,
        metadata=record.metadata,
        origin=record.origin,
        notes=notes,
    )


def _dated_by_dateline(text: str, *, title: str | None, published: date | None, notes: list[str]) -> date | None:
    """The day of the text's own dateline when it has one (see `dateline.dateline_date`), else `published`; a
    replaced metadata date is told in `notes`."""
    dated = dateline_date(text, title=title, published=published)
    if dated is None or dated == published:
        return published
    if published is not None:
        notes.append(f"published date {published.isoformat()} replaced by the text's dateline {dated.isoformat()}")
    return dated


def parse_date(value: Any) -> date | None:
    """A date from "YYYY-MM-DD", an ISO timestamp or an RFC 2822 date; None for no value; ValueError if bad."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {value!r}") from None


def detect_foreign_language(text: str) -> str | None:
    """The language code when `text` is confidently not English (langdetect, p > 0.9), else None.

    Texts with a fair share of English function words are taken as English without running the detector, and
    texts under LANGUAGE_MIN_WORDS words are not checked, so short English texts and texts with lost punctuation
    are not rejected.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < LANGUAGE_MIN_WORDS or sum(w in _ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(
        words
    ):
        return None
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    return str(best.lang) if best.lang != "en" and best.prob > LANGUAGE_MIN_PROB else None
