"""The sitrep store: documents and coded events in DuckDB (see db.py for keys, ids and transactions)."""

from __future__ import annotations

from sitrep.store.db import Store

__all__ = ["Store"]
