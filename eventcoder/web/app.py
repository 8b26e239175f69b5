"""The FastAPI application: the HTTP API over a read-only event store, and the web page at ``/``.

    from eventcoder.store import EventStore
    from eventcoder.web.app import create_app
    app = create_app(EventStore.open("events.duckdb", read_only=True))

The app holds one read-only DuckDB connection; each request works on its own cursor of it, so
requests served on several threads do not share one cursor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..store import EventStore, QueryError
from ..store.vocabulary import FilterVocabulary
from .routes import router

STATIC_DIR = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True)
class WebResources:
    """What every request reads: the open store and what filter values may say (PLOVER types, countries)."""

    store: EventStore
    vocabulary: FilterVocabulary


def create_app(store: EventStore, vocabulary: FilterVocabulary | None = None) -> FastAPI:
    """Build the app serving ``store`` (opened read-only by the caller, closed by the caller)."""
    app = FastAPI(
        title="eventcoder",
        summary="Query coded political events (CAMEO and PLOVER) in an eventcoder DuckDB store.",
        version="0.1.0",
        # FastAPI's /docs and /redoc pages load scripts from a CDN; users are offline, so only /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.resources = WebResources(store=store, vocabulary=vocabulary or store.vocabulary)
    app.include_router(router)

    @app.exception_handler(QueryError)
    async def bad_parameter(request: Request, error: QueryError) -> JSONResponse:
        # The store's check names the parameter; the CLI shows the same message on its --option.
        return JSONResponse(
            status_code=400, content={"detail": str(error), "parameter": error.parameter, "allowed": error.allowed})

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
