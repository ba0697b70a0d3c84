"""Bytes to text for the ingest readers: encoding detection, binary and empty files, bounded reads.

Problems with a whole file raise `IngestError`; the readers turn it into a `Skipped` entry. Decoding tries UTF-8
(or UTF-8/UTF-16 by byte-order mark), then cp1252; text that decodes with neither is rejected, never guessed.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..errors import IngestError

SNIFF_BYTES = 8192  # how much of a file is looked at to tell binary from text
MAX_CONTROL_SHARE = 0.05  # more control characters than this in the first SNIFF_BYTES → binary
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass
class Decoded:
    """The first characters of a file as text, whether the file was read to its end, and notes on decoding."""

    text: str
    size: int
    complete: bool
    notes: list[str] = field(default_factory=list)


class Line(NamedTuple):
    """One line of a line-oriented file: its number, its text, and a decoding note or problem (if any)."""

    number: int
    text: str
    note: str | None = None
    problem: str | None = None


def bom_encoding(data: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of `data`, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_text_bytes(data: bytes, origin: str) -> None:
    """Raise IngestError when `data` (the start of a file) is empty or looks binary."""
    if not data:
        raise IngestError(origin, "empty file")
    head = data[:SNIFF_BYTES]
    if bom_encoding(head) == "utf-16":
        return
    if b"\x00" in head:
        raise IngestError(origin, "binary file (contains NUL bytes)")
    controls = sum(1 for b in head if b < 32 and chr(b) not in _TEXT_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(head):
        raise IngestError(origin, f"binary file ({controls} control bytes in the first {len(head)})")


def decode_bytes(
    data: bytes, origin: str, *, final: bool = True, enough: int | None = None
) -> tuple[str, str | None]:
    """(text, note) for `data`: by BOM, else UTF-8, else cp1252 (with a note saying so).

    `final=False` means `data` is a prefix of a longer file (a character cut at its end is not an error).
    When UTF-8 fails after more than `enough` characters, the valid prefix is returned instead of falling back.
    """
    encoding = bom_encoding(data)
    if encoding:
        try:
            return _decode(data, encoding, final=final), None
        except UnicodeDecodeError as exc:
            raise IngestError(origin, f"undecodable bytes at offset {exc.start} ({encoding})") from None
    try:
        return _decode(data, "utf-8", final=final), None
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    if enough is not None:
        prefix = data[:utf8_error].decode("utf-8", errors="ignore")
        if len(prefix) > enough:
            return prefix, None
    try:
        text = _decode(data, "cp1252", final=final)
    except UnicodeDecodeError:
        raise IngestError(origin, f"undecodable bytes at offset {utf8_error}") from None
    return text, f"decoded as cp1252 (not valid UTF-8 at byte {utf8_error})"


def _decode(data: bytes, encoding: str, *, final: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    return decoder.decode(data, final=final)


def read_head(path: Path, *, max_chars: int) -> Decoded:
    """Decode the start of `path`: enough bytes for max_chars + 1 characters, never the whole of a huge file."""
    origin = str(path)
    size = path.stat().st_size
    limit = 4 * (max_chars + 1)
    with path.open("rb") as fh:
        data = fh.read(limit)
    check_text_bytes(data, origin)
    complete = len(data) >= size
    text, note = decode_bytes(data, origin, final=complete, enough=max_chars)
    if not text.strip():
        raise IngestError(origin, "empty file (only whitespace)")
    check_controls(text, origin)
    return Decoded(text=text, size=size, complete=complete, notes=[note] if note else [])


def check_controls(text: str, origin: str) -> None:
    """Raise IngestError when decoded text is mostly non-text (NULs or many control characters)."""
    head = text[:SNIFF_BYTES]
    controls = sum(1 for ch in head if ch < " " and ch not in _TEXT_CONTROLS)
    if "\x00" in head or controls > MAX_CONTROL_SHARE * len(head):
        raise IngestError(origin, "binary file (mostly control characters)")


def iter_lines(fh: BinaryIO, origin: str) -> Iterator[Line]:
    """Stream the lines of a binary file handle as text, each decoded on its own (UTF-8, else cp1252).

    A line that decodes with neither comes with a `problem`; a file starting with a UTF-16 BOM is decoded whole.
    Raises IngestError for an empty or binary file.
    """
    head = fh.read(SNIFF_BYTES)
    check_text_bytes(head, origin)
    fh.seek(0)
    if bom_encoding(head) == "utf-16":
        wrapper = io.TextIOWrapper(fh, encoding="utf-16", newline="")
        try:
            yield from (Line(n, text) for n, text in enumerate(wrapper, 1))
        except UnicodeDecodeError as exc:
            raise IngestError(origin, f"undecodable bytes (utf-16): {exc.reason}") from None
        return
    for number, raw in enumerate(fh, 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            text, note = decode_bytes(raw, origin)
        except IngestError as exc:
            yield Line(number, raw.decode("utf-8", errors="replace"), problem=exc.problem)
        else:
            yield Line(number, text, note=note)
