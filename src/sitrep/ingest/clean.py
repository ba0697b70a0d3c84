"""Cleaning an article's text: encoding repair, spacing, and web-page residue (share bars, credits, links).

All functions here are pure (text in, text out). The cleaned text is what sitrep stores and shows, and event
evidence offsets point into it. Residue patterns are data: `sitrep/data/ingest/residue.csv`.

Sentences run together without a space ("said Police.Similar questions") are left as written: spaCy's tokenizer
splits a lowercase letter, a stop and a capital, and the parser starts a sentence there (all 19 such joins in the
FA-KES and Guardian corpora), while "U.S.", "a.m.", "J.K." and "3.5" stay whole. A stop before a digit
("arrest.1 of 46", a slideshow counter) is no sentence end the text can be trusted to mean (decimals, versions)
and occurs in no corpus article; inserting spaces would also move the offsets gold files give.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import ftfy

from ..datafiles import data_path, read_table
from ..errors import DictionaryError

RESIDUE_FILE = "ingest/residue.csv"
RESIDUE_KINDS = ("line", "line+next")
TITLE_MAX_CHARS = 150  # a line after "Read the original post:" this short is taken as the original's title

_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but the newline (spaces, tabs, no-break spaces, ...)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")  # zero-width space, word joiner, BOM, soft hyphen
_BLANK_RUNS = re.compile(r"\n{3,}")
_BLOCK_TAG_NAMES = (
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre hr"
)
_BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg"})


@dataclass(frozen=True)
class Residue:
    """The compiled residue patterns: lines to drop, and lines to drop together with a short line after them."""

    line: re.Pattern[str]
    line_next: re.Pattern[str]


@cache
def load_residue(path: Path | None = None) -> Residue:
    """Read and compile the residue patterns (default: the packaged residue.csv); bad rows → DictionaryError."""
    path = path or data_path(RESIDUE_FILE)
    groups: dict[str, list[str]] = {kind: [] for kind in RESIDUE_KINDS}
    for line, row in read_table(path, required=("pattern", "kind", "note")):
        if row["kind"] not in groups:
            raise DictionaryError(
                str(path), line, f"unknown kind {row['kind']!r}; use one of {RESIDUE_KINDS}"
            )
        if not row["pattern"]:
            raise DictionaryError(str(path), line, "empty pattern")
        try:
            re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise DictionaryError(str(path), line, f"bad regex {row['pattern']!r}: {exc}") from None
        groups[row["kind"]].append(row["pattern"])
    return Residue(line=_alternation(groups["line"]), line_next=_alternation(groups["line+next"]))


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """One regex matching any of `patterns` (never matches when there are none)."""
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    return re.compile(body, re.IGNORECASE)


def clean_text(raw: str, *, residue: Residue | None = None) -> str:
    """The cleaned text of an article: encoding repaired, spacing normalised, residue lines dropped.

    Curly quotes are kept as they are. Runs of spaces and tabs become one space, lines are stripped, and runs
    of three or more newlines become one blank line.
    """
    text = fix_encoding(raw)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    kept = drop_residue(lines, residue=residue or load_residue())
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()


def fix_encoding(raw: str) -> str:
    """Repair mojibake and odd characters with ftfy, keeping curly quotes; remove invisible characters."""
    text = ftfy.fix_text(raw, uncurl_quotes=False)
    return _INVISIBLE.sub("", text)


def clean_line(raw: str) -> str:
    """A one-line field (title, source) cleaned: encoding repaired, all whitespace collapsed to single spaces."""
    return " ".join(fix_encoding(raw).split())


def drop_residue(lines: list[str], *, residue: Residue) -> list[str]:
    """The stripped `lines` without residue lines (and without the short title line after a 'line+next' one)."""
    kept: list[str] = []
    skip_title = False
    for line in lines:
        if skip_title and line:
            skip_title = False
            if len(line) <= TITLE_MAX_CHARS:
                continue
        if not line:
            kept.append(line)
        elif residue.line_next.fullmatch(line):
            skip_title = True
        elif not residue.line.fullmatch(line):
            kept.append(line)
    return kept


def truncate_text(text: str, max_chars: int) -> str:
    """`text` cut to at most `max_chars` characters, at a paragraph, line, sentence or word boundary if possible.

    A boundary is only used when it keeps at least half of `max_chars`; otherwise the cut is hard.
    """
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    floor = max_chars // 2
    for boundary in ("\n\n", "\n", ". ", "? ", "! ", " "):
        cut = head.rfind(boundary)
        if cut >= floor:
            return head[: cut + len(boundary.rstrip(" \n"))].rstrip()
    return head


def strip_html(markup: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): tags dropped, block elements on their own lines."""
    if "<" not in markup:
        return html.unescape(markup)
    parser = _TextCollector()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, with newlines around block elements and no script/style text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
