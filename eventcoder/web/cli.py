"""``eventcoder serve``: the HTTP API and the web page over a store, served by uvicorn.

The web package (FastAPI, uvicorn) is imported only when the command runs, so other commands start fast.
"""

from __future__ import annotations

import socket

import click

from ..store import EventStore, StoreError, StoreLocked


@click.command("serve")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="DuckDB file of the event store.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port.")
def serve_command(db: str, host: str, port: int) -> None:
    """Serve the HTTP API (/api/...) and the web page (/) over the store, read-only.

    The file is open only while requests are answered, so `eventcoder ingest` can add to it while
    the server runs; during an ingest the API answers 503 and the page says why.
    """
    try:
        import uvicorn

        from .app import create_app
    except ImportError as error:  # both are dependencies; a trimmed install may lack them
        raise click.ClickException(
            f"eventcoder serve needs fastapi and uvicorn ({error}); pip install fastapi uvicorn") from None
    _check_port_free(host, port)
    try:
        EventStore.open(db, read_only=True).close()  # a missing or too old store fails here, in one line
    except StoreLocked as error:
        click.echo(f"warning: {error}; the API answers 503 until it lets go", err=True)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    app = create_app(db)
    click.echo(f"serving {db} at http://{host}:{port}/ (API description at /openapi.json); Ctrl+C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _check_port_free(host: str, port: int) -> None:
    """Fail in one line before anything starts when the address is taken or cannot be used."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind((host, port))
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {error.strerror}; choose another with --port or --host") from None


def register(group: click.Group) -> None:
    """Add ``serve`` to the ``eventcoder`` command group."""
    group.add_command(serve_command)
