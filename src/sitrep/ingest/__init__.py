"""Ingest: read files, directories, JSON Lines, CSV, HTML, feeds and stdin into cleaned Articles."""

from __future__ import annotations

from .clean import clean_text
from .readers import Skipped, read_sources, read_text

__all__ = ["Skipped", "clean_text", "read_sources", "read_text"]
