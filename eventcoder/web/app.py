"""The FastAPI application: the HTTP API over a read-only event store, and the web page at ``/``.

    from eventcoder.web.app import create_app
    app = create_app("events.duckdb")       # opens the file only while answering (eventcoder serve)
    app = create_app(EventStore.open("events.duckdb", read_only=True))   # a store you keep open

Given a path, the app opens the file read-only when requests arrive and closes it when none is in
flight, so ``eventcoder ingest`` can write between requests; while an ingest holds the file the API
answers 503. Each request works on its own cursor, so requests on several threads share none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Union

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..store import EventStore, QueryError, StoreError, StoreLocked
from ..store.vocabulary import FilterVocabulary
from .connections import HeldStore, StoreFile
from .routes import router

STATIC_DIR = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True)
class WebResources:
    """What every request reads: where its cursor comes from and what filter values may say."""

    store: Union[StoreFile, HeldStore]  # .path and .cursor()
    vocabulary: FilterVocabulary

#: Seconds a client is told to wait before asking again while an ingest holds the store.
RETRY_AFTER_SECONDS = 10


def create_app(store: Union[str, Path, EventStore], vocabulary: FilterVocabulary | None = None) -> FastAPI:
    """Build the app serving ``store``: a path (opened per request) or an ``EventStore`` the caller opened."""
    if isinstance(store, EventStore):
        source = HeldStore(store)
        vocabulary = vocabulary or store.vocabulary
    else:
        source = StoreFile(str(store))
    app = FastAPI(
        title="eventcoder",
        summary="Query coded political events (CAMEO and PLOVER) in an eventcoder DuckDB store.",
        version="0.1.0",
        # FastAPI's /docs and /redoc pages load scripts from a CDN; users are offline, so only /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.resources = WebResources(store=source, vocabulary=vocabulary or FilterVocabulary())
    app.include_router(router)

    @app.exception_handler(QueryError)
    async def bad_parameter(request: Request, error: QueryError) -> JSONResponse:
        # The store's check names the parameter; the CLI shows the same message on its --option.
        return JSONResponse(
            status_code=400, content={"detail": str(error), "parameter": error.parameter, "allowed": error.allowed})

    @app.exception_handler(StoreLocked)
    async def store_busy(request: Request, error: StoreLocked) -> JSONResponse:
        return JSONResponse(
            status_code=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            content={"detail": f"the store is being written by {error.holder}; the server answers again when it "
                               "is done (the writer holds the file until it finishes)", "parameter": None})

    @app.exception_handler(StoreError)
    async def store_unusable(request: Request, error: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(error), "parameter": None})

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
