"""Reading the versioned data files under sitrep/data (CSV with a header row, UTF-8).

Every dictionary loader reads its rows through `read_table`, which yields each row with its line number so that
validation errors can name file and line (`DictionaryError`). Provenance and licence of each file are recorded in
`sitrep/data/MANIFEST.json`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import DictionaryError


def data_path(relpath: str) -> Path:
    """The path of a packaged data file, e.g. data_path("actors/countries.csv")."""
    return Path(str(resources.files("sitrep").joinpath("data", relpath)))


def read_table(path: Path, *, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each non-blank row of a CSV file, checking the header has `required`.

    Values are stripped; empty cells are "". Rows whose first cell starts with "#" are comments and skipped.
    """
    if not path.is_file():
        raise DictionaryError(str(path), None, "data file is missing")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise DictionaryError(str(path), 1, "file is empty; expected a header row") from None
        missing = [c for c in required if c not in header]
        if missing:
            raise DictionaryError(str(path), 1, f"header lacks column(s) {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                continue
            if len(row) != len(header):
                raise DictionaryError(str(path), line, f"expected {len(header)} cells, found {len(row)}")
            yield line, {h: cell.strip() for h, cell in zip(header, row, strict=True)}


def split_multi(value: str) -> list[str]:
    """Split a multi-valued cell ("a|b|c") into its non-empty parts."""
    return [v.strip() for v in value.split("|") if v.strip()]
