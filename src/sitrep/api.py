"""The HTTP API and the workspace page over a sitrep store: `create_app(db_path)` gives a FastAPI app.

Read-only: every request opens its own Store with `read_only=True` (a Store is not thread-safe, and requests
run in a thread pool) and closes it afterwards; see `create_app(hold_open=...)` for what that costs.
All query logic is in the library (`sitrep.query`, `sitrep.store.aggregates`); this module only parses
parameters, calls it and shapes answers.

Errors have one shape everywhere, FastAPI's own validation errors included:
    {"error": {"code": "invalid_parameter", "message": "...", "details": [{"param": "limit", "problem": "..."}]}}
with 422 for bad parameters, 404 for unknown ids and paths, 405 for other methods and 500 otherwise.
Every endpoint caps its rows: lists are clamped to their cap (the answer says which limit was used), an
export larger than `max_export` is refused (narrow the filter or page it with limit/offset).

The page (/) and its scripts come from `sitrep/web/static`; d3, topojson-client, the Natural Earth country
outlines (npm `world-atlas`) and Swagger UI for /docs from `sitrep/web/node_modules` (`scripts/setup.sh`).
"""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.errors import NotFoundError, QueryError, SitrepError, StoreError
from sitrep.query import EventFilter, parse_filter, write_events
from sitrep.store import Store, aggregates

WEB_DIR = Path(__file__).parent / "web"
VENDOR_FILES = {  # name served under /vendor/ → path inside node_modules
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "world-atlas/countries-50m.json",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
}
EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Limits:
    """Row caps: default and maximum page sizes per endpoint, and the largest export."""

    events: int = 100
    max_events: int = 1000
    actors: int = 100
    max_actors: int = 2000
    places: int = 2000
    max_places: int = 10000
    edges: int = 200
    max_edges: int = 2000
    timeline_rows: int = 20000
    document_events: int = 1000
    max_export: int = 100_000


# ------------------------------------------------------------------ errors


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The one JSON error shape of the API."""
    return {"error": {"code": code, "message": message, "details": details or []}}


def _error(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status)


_OPTION = re.compile(r"^--([\w-]+): (.*)$", re.S)


def _query_error_details(exc: QueryError) -> list[dict[str, Any]]:
    m = _OPTION.match(str(exc))
    if m:
        return [{"param": m[1].replace("-", "_"), "problem": m[2]}]
    return [{"param": None, "problem": str(exc)}]


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        details.append(
            {"param": loc[-1] if loc else None, "in": loc[0] if loc else None, "problem": err.get("msg")}
        )
    return details


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        names = ", ".join(str(d["param"]) for d in details)
        return _error(422, "invalid_parameter", f"bad parameter: {names}", details)

    @app.exception_handler(QueryError)
    async def on_query(_request: Request, exc: QueryError) -> JSONResponse:
        details = _query_error_details(exc)
        return _error(
            422, "invalid_parameter", details[0]["problem"] if details[0]["param"] else str(exc), details
        )

    @app.exception_handler(NotFoundError)
    async def on_not_found(_request: Request, exc: NotFoundError) -> JSONResponse:
        return _error(404, "not_found", str(exc).split(" (")[0])

    @app.exception_handler(SitrepError)
    async def on_sitrep(_request: Request, exc: SitrepError) -> JSONResponse:
        code = "store_error" if isinstance(exc, StoreError) else "error"
        return _error(500, code, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), message)

    @app.exception_handler(Exception)
    async def on_crash(_request: Request, _exc: Exception) -> JSONResponse:
        return _error(500, "internal_error", "internal error (the server log has the details)")


# ------------------------------------------------------------------ parameters


def open_store(request: Request) -> Iterator[Store]:
    """A read-only Store of the app's database for one request, closed after it."""
    store = Store(request.app.state.db_path, read_only=True)
    try:
        yield store
    finally:
        store.close()


def event_filter(
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT")] = None,
    actor: Annotated[
        str | None, Query(description="actor code or name: source/target, sponsor, leader")
    ] = None,
    country: Annotated[str | None, Query(description="ISO-3 code of the event's location")] = None,
    status: Annotated[str | None, Query(description="asserted, reported, claimed, denied, ...")] = None,
    since: Annotated[str | None, Query(description="on or after: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="on or before: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    text: Annotated[str | None, Query(description="the evidence sentence contains this text")] = None,
    doc: Annotated[str | None, Query(description="events of this document id")] = None,
) -> EventFilter:
    """The filters every event endpoint shares, parsed by the library (QueryError → 422)."""
    return parse_filter(
        type=type, actor=actor, country=country, status=status, since=since, until=until, bbox=bbox, text=text,
        doc=doc,
    )  # fmt: skip


DB = Annotated[Store, Depends(open_store)]
Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int | None, Query(ge=0, description="rows per answer (clamped to the endpoint's cap)")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]
Sort = Annotated[str, Query(description="date, type, goldstein, confidence; '-' first for descending")]


def _clamp(limit: int | None, default: int, cap: int) -> int:
    return default if limit is None else min(limit, cap)


def _paged(flt: EventFilter, *, limit: int, offset: int, sort: str) -> EventFilter:
    flt.limit, flt.offset = limit, offset
    flt.sort = parse_filter(sort=sort).sort
    return flt


# ------------------------------------------------------------------ the app


def create_app(
    db_path: str | Path, *, limits: Limits | None = None, hold_open: bool = True, web_dir: Path | None = None,
    modules_dir: Path | None = None,
) -> FastAPI:  # fmt: skip
    """The API and workspace page over the store at `db_path` (checked now: StoreError if it is no store).

    hold_open: while the server runs (its lifespan), keep one read-only connection open, so each request's
    own connection opens in about a millisecond instead of loading the database anew (~100 ms on a large
    store). DuckDB then keeps other processes from writing the store until the server stops; with
    hold_open=False `sitrep ingest` can add to it between requests.
    """
    Store(db_path, read_only=True).close()
    caps = limits or Limits()
    web = web_dir or WEB_DIR / "static"
    modules = modules_dir or WEB_DIR / "node_modules"

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        keeper = Store(db_path, read_only=True) if hold_open else None
        try:
            yield
        finally:
            if keeper is not None:
                keeper.close()

    app = FastAPI(
        title="sitrep", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
        description="Coded, geocoded, evidence-carrying events of a sitrep store (read-only).",
    )  # fmt: skip
    app.state.db_path = str(db_path)
    _install_error_handlers(app)
    _add_event_routes(app, caps)
    _add_aggregate_routes(app, caps)
    _add_page_routes(app, web, modules)
    return app


def _add_event_routes(app: FastAPI, caps: Limits) -> None:
    @app.get("/api/events", summary="Events matching the filters, sorted and paged")
    def list_events(
        store: DB, flt: Filter, limit: Limit = None, offset: Offset = 0, sort: Sort = "date"
    ) -> dict[str, Any]:
        flt = _paged(flt, limit=_clamp(limit, caps.events, caps.max_events), offset=offset, sort=sort)
        items, total = aggregates.page_events(store, flt)
        return {"items": items, "total": total, "limit": flt.limit, "offset": offset}

    @app.get("/api/events/{event_id}", summary="One event with its evidence")
    def get_event(
        store: DB, event_id: str,
        text: Annotated[bool, Query(description="include the article's cleaned text")] = False,
    ) -> dict[str, Any]:  # fmt: skip
        record = store.event(event_id)
        document = store.document(record["doc_id"])
        doc = {k: document.get(k) for k in ("id", "title", "source", "url", "published")}
        if text:
            doc["text"] = document["text"]
        return {"event": record, "evidence": aggregates.event_evidence(record, document), "document": doc}

    @app.get("/api/documents/{doc_id}", summary="One stored document with its text and events")
    def get_document(store: DB, doc_id: str) -> dict[str, Any]:
        document = store.document(doc_id)
        flt = EventFilter(doc_id=document["id"], limit=caps.document_events)
        document["event_list"] = store.events(flt)
        return document

    @app.get("/api/export", summary="Download exactly the filtered events: csv, jsonl, geojson or parquet")
    def export(
        store: DB, flt: Filter,
        format: Annotated[str, Query(description="csv, jsonl, geojson or parquet")] = "jsonl",
        limit: Limit = None, offset: Offset = 0, sort: Sort = "date",
    ) -> Response:  # fmt: skip
        return _export(store, flt, fmt=format, limit=limit, offset=offset, sort=sort, cap=caps.max_export)


def _export(
    store: Store, flt: EventFilter, *, fmt: str, limit: int | None, offset: int, sort: str, cap: int
) -> Response:
    if fmt not in EXPORT_TYPES:
        raise QueryError(f"--format: {fmt!r} is not an export format (one of {', '.join(EXPORT_TYPES)})")
    flt = _paged(flt, limit=limit if limit is not None else cap + 1, offset=offset, sort=sort)
    wanted = min(max(store.count_events(flt) - offset, 0), flt.limit or 0)
    if wanted > cap:
        raise QueryError(
            f"--limit: the filter matches {wanted} events, more than the export cap of {cap}; "
            "narrow the filter or page through it with limit and offset"
        )
    buffer = io.BytesIO()
    summary = write_events(store.iter_events(flt), fmt=fmt, out=buffer)
    media, ext = EXPORT_TYPES[fmt]
    headers = {
        "Content-Disposition": f'attachment; filename="sitrep-events.{ext}"',
        "X-Sitrep-Written": str(summary.written),
        "X-Sitrep-Left-Out": str(summary.left_out),
    }
    return Response(buffer.getvalue(), media_type=media, headers=headers)


def _add_aggregate_routes(app: FastAPI, caps: Limits) -> None:
    @app.get(
        "/api/actors", summary="Actors of the filtered events: counts as source/target, sponsors, leaders"
    )
    def list_actors(store: DB, flt: Filter, limit: Limit = None) -> dict[str, Any]:
        n = _clamp(limit, caps.actors, caps.max_actors)
        return {"items": aggregates.actors(store, flt, limit=n), "limit": n}

    @app.get("/api/places", summary="Places of the filtered events with counts")
    def list_places(store: DB, flt: Filter, limit: Limit = None) -> dict[str, Any]:
        n = _clamp(limit, caps.places, caps.max_places)
        return {"items": aggregates.places(store, flt, limit=n), "limit": n}

    @app.get("/api/timeline", summary="Counts and mean Goldstein per period, by type or quad class")
    def get_timeline(
        store: DB, flt: Filter,
        interval: Annotated[str, Query(description="day, week, month or year")] = "month",
        by: Annotated[str, Query(description="type, quad_class, status or none")] = "quad_class",
    ) -> dict[str, Any]:  # fmt: skip
        return aggregates.timeline(store, flt, interval=interval, by=by, limit=caps.timeline_rows)

    @app.get("/api/network", summary="Actor → actor edges weighted by events; sponsor and led-by edges")
    def get_network(store: DB, flt: Filter, limit: Limit = None) -> dict[str, Any]:
        n = _clamp(limit, caps.edges, caps.max_edges)
        return {**aggregates.network(store, flt, limit=n), "limit": n}

    @app.get(
        "/api/summary", summary="Totals of the filtered events: count, dates, types, statuses, countries"
    )
    def get_summary(store: DB, flt: Filter) -> dict[str, Any]:
        return aggregates.summary(store, flt)


def _add_page_routes(app: FastAPI, web: Path, modules: Path) -> None:
    def page() -> Response:
        return FileResponse(
            web / "index.html", headers={"Content-Security-Policy": CSP, "Cache-Control": "no-cache"}
        )

    app.get("/", include_in_schema=False)(page)

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:  # Swagger UI from npm's swagger-ui-dist, not a CDN
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="sitrep API", swagger_favicon_url="data:,",
            swagger_js_url="/vendor/swagger-ui-bundle.js", swagger_css_url="/vendor/swagger-ui.css",
        )  # fmt: skip

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> Response:
        path = modules / VENDOR_FILES[name] if name in VENDOR_FILES else None
        if path is None or not path.is_file():
            raise NotFoundError(f"no asset {name!r}: run `bash scripts/setup.sh` (npm ci in src/sitrep/web)")
        return FileResponse(path, headers={"Cache-Control": "max-age=3600"})

    app.mount("/static", StaticFiles(directory=web, check_dir=False), name="static")


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log: Callable[[str], None] | None = None,
) -> None:
    """Run the API and page with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db_path)
    if log:
        log(f"sitrep: serving {db_path} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")
