"""One error hierarchy for sitrep. The CLI turns these into clean exits, the HTTP API into one JSON shape."""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose; its message says what to do."""

    exit_code = 1


class IngestError(SitrepError):
    """An input file or record could not be read as an article."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class DictionaryError(SitrepError):
    """A dictionary data file (actors, triggers, places, ontology) has a bad row."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem} (fix the data file or restore it from git)")
        self.path = path
        self.line = line
        self.problem = problem


class ConfigError(SitrepError):
    """A setting has a bad value or a required resource (such as the spaCy model) is missing."""

    exit_code = 2


class StoreError(SitrepError):
    """The DuckDB store could not be opened, read or written."""


class QueryError(SitrepError):
    """A query filter has a bad value."""

    exit_code = 2


class NotFoundError(SitrepError):
    """An event or document id is not in the store."""


class GoldFileError(SitrepError):
    """An evaluation (gold standard) file is missing or not of the format its kind expects."""

    exit_code = 2
