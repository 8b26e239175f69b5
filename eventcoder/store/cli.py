"""Click commands for the event store: ingest, events, series, actors, plot, export.

A thin layer over ``EventStore``: each command opens the store, calls one library method and prints
or writes the result. Errors are one line (``click.ClickException``), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Optional

import click

from ..distributed import ray_options, ray_settings
from ..errors import CannotStart, DataFileError, EventcoderError
from ..read import skipped_files_line
from . import EventStore, MergeRules, QueryError, StoreError, StoreLocked
from .exports import EXPORT_FORMATS
from .filters import FILTER_NAMES, describe_filters, option_name
from .queries import FREQUENCIES, SERIES_GROUPS

if TYPE_CHECKING:  # (pandas is imported where a command prints a table: `eventcoder code` loads this module too)
    import pandas as pd

# As ``eventcoder code``: 1 when some articles failed (reported and skipped).
EXIT_SOME_FAILED = 1

DB_OPTION = click.option(
    "--db", "db", required=True, type=click.Path(dir_okay=False), help="DuckDB file of the event store."
)


class StoreHeld(CannotStart):
    """Another process holds the store: the run could not start (exit status 2, as a bad option)."""


class CodingCannotStart(CannotStart):
    """The coders could not start (Ray missing or unreachable, a data file that fails on the workers): exit 2."""


@contextmanager
def _opened(db: str, read_only: bool, rules: Optional[MergeRules] = None, wait: float = 0.0) -> Iterator[EventStore]:
    try:
        store = EventStore.open(db, read_only=read_only, rules=rules, wait=wait)
    except StoreLocked as error:
        doing = "read" if read_only else "write"
        advice = ("stop it, or run this again when it is done"
                  if "serve" not in error.holder else "it lets go between requests; try again, or stop it")
        waited = f" (waited {wait:g} s)" if wait else ""
        raise StoreHeld(f"cannot {doing} {db}: it is held by {error.holder}{waited}; {advice}") from None
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    try:
        yield store
    except QueryError as error:
        # A filter value that cannot match is a bad option, like click's own (exit code 2).
        raise click.UsageError(f"{option_name(error.parameter)}: {error.reason}") from None
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    finally:
        store.close()


def _filter_options(function):
    """The event filters shared by events, series, actors, plot and export."""
    options = [
        click.option("--actor", help="Actor code or country on either side (IRNGOV, IRN)."),
        click.option("--source", help="Source actor code or country."),
        click.option("--target", help="Target actor code or country."),
        click.option("--country", help="Country of either actor or of the place."),
        click.option("--plover-type", "plover_type", multiple=True, help="PLOVER type (repeatable)."),
        click.option("--cameo", help="CAMEO code prefix, e.g. 19 for every fight."),
        click.option("--quad-class", "quad_class", multiple=True, help="Quad class 1-4 (repeatable)."),
        click.option("--status", multiple=True, default=("asserted",), show_default=True, help="Statuses to keep (repeatable; 'any' keeps all)."),
        click.option("--start", help="First event date (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--end", help="Last event date, inclusive."),
        click.option("--place", help="Part of the place name, or its country code."),
        click.option("--bbox", help="min_lon,min_lat,max_lon,max_lat"),
        click.option("--text", help="Words in a report's sentence or title."),
        click.option("--min-confidence", "min_confidence", help="Lowest confidence, 0..1."),
        click.option("--mentions", is_flag=True, help="One row per report instead of per merged event."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _filters(options: dict[str, Any]) -> dict[str, Any]:
    """The filter options as typed: ``EventStore`` checks them (``filters.check_filters``), as the API does."""
    values = {name: options.get(name) for name in FILTER_NAMES}
    for name in ("plover_type", "quad_class", "status"):  # repeatable options
        values[name] = list(values[name] or []) or None
    if values["status"] is None:
        values.pop("status")  # not given: the default, asserted only
    return values


def _warn_unknown_actors(store: EventStore, options: dict[str, Any]) -> None:
    """Say so when an actor filter names a code no stored event has: the empty answer is not news."""
    for code in store.unknown_actors(**{name: options.get(name) for name in ("actor", "source", "target", "country")}):
        click.echo(f"warning: no stored event has an actor or country coded {code}", err=True)


def _check_out(path: str, option: str = "--out") -> None:
    # eventcoder.cli registers these commands as it loads, so it is imported when a command runs.
    from ..cli import check_output_path

    check_output_path(path, option)


def _list_cell(value: Any) -> Any:
    """A list column as text: ';'-joined, as ``eventcoder code --format csv`` writes actors."""
    if value is None or isinstance(value, str):
        return value
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return ";".join("" if v is None else str(v) for v in value)
    return value


def _flat_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """List columns joined with ';' (for CSV and tables)."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object and frame[column].map(lambda v: hasattr(v, "tolist") or isinstance(v, (list, tuple))).any():
            frame[column] = frame[column].map(_list_cell)
    return frame


def _blank(value: Any) -> str:
    """A table cell: a missing value (None, NaN, NaT) is blank, whatever the column's type."""
    import pandas as pd

    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) >= 1e-4 or value == 0 else f"{value:.2e}"
    if isinstance(value, pd.Timestamp):
        return value.isoformat()[:10]
    return str(value).replace("\n", " ")


def _json_value(value: Any) -> Any:
    """A plain JSON value (called per cell: no pandas import here). pandas' Timestamp is a date; its NaT (a missing
    date) too, and like NaN it is unequal to itself."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, dt.date):
        return None if value != value else value.isoformat()[:10]
    return value


def _print_frame(frame: pd.DataFrame, fmt: str, width: int = 40) -> None:
    import pandas as pd

    if fmt == "jsonl":
        for row in frame.to_dict(orient="records"):
            click.echo(json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(_flat_frame(frame).to_csv(index=False), nl=False)
    elif frame.empty:
        click.echo("(no rows)")
    else:
        cells = _flat_frame(frame).astype(object).map(_blank)
        cells = cells.map(lambda text: text if len(text) <= width else text[: width - 3] + "...")
        with pd.option_context("display.max_columns", None, "display.width", 200, "display.max_colwidth", width):
            click.echo(cells.to_string(index=False))


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@DB_OPTION
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Coding processes.")
@click.option("--batch-size", type=click.IntRange(1, 1000), default=8, show_default=True, help="Articles per transaction.")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date for inputs without one.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Also append bad articles to this file as JSON Lines {origin, article_id, message}.")
@click.option("--coder", "coder_spec", help="Coder factory module:function (default: the eventcoder pipeline).")
@click.option("--merge-rules", "merge_rules_path", type=click.Path(exists=True, dir_okay=False),
              help="YAML file of merge rules laid over the built-in eventcoder/store/merge_rules.yaml.")
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait for a store another process holds (a server answering a request).")
@ray_options
@click.option("--quiet", is_flag=True, help="No progress line.")
@click.option("--progress-every", type=float, default=1.0, show_default=True, help="Seconds between progress lines.")
def ingest_command(paths, db, workers, batch_size, published, errors_path, coder_spec, merge_rules_path, wait,
                   use_ray, ray_address, ray_actors, quiet, progress_every):
    """Code articles from PATHS (files or folders) and add them to the store; reruns skip stored articles.

    Exits 1 when some articles failed (they are stored in the errors table and skipped), as ``code`` does.
    """
    from .ingest import ingest, load_factory

    if errors_path:
        _check_out(errors_path, "--errors")
    factory = None
    if coder_spec:
        try:
            factory = load_factory(coder_spec)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    try:
        # Checked before the store opens, so a bad rules file changes nothing.
        rules = MergeRules.load(merge_rules_path)
    except DataFileError as error:
        raise click.ClickException(str(error)) from None
    ray = ray_settings(use_ray, ray_address, ray_actors)
    with _opened(db, read_only=False, rules=rules, wait=wait) as store:
        try:
            stats = ingest(
                store, list(paths), coder_factory=factory, workers=workers, batch_size=batch_size,
                published=published.date() if published else None, progress=not quiet,
                errors_path=errors_path, progress_interval=progress_every, ray=ray,
            )
        except EventcoderError as error:  # Ray missing or unreachable, a coder that cannot load on it
            raise CodingCannotStart(str(error)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; committed articles are kept, rerun to continue") from None
        except Exception as error:  # a coder that cannot load, an unreadable input, ...
            if isinstance(error, click.ClickException):
                raise
            raise click.ClickException(f"ingest failed: {type(error).__name__}: {error}") from None
    skipped_line = skipped_files_line(stats.skipped_files)
    if skipped_line:
        click.echo(skipped_line, err=True)
    click.echo(f"stored {stats.line()} in {stats.seconds:.1f} s", err=True)
    if stats.errors:
        where = f"; also appended to {errors_path}" if errors_path else ""
        click.echo(
            f"{stats.errors} bad article(s) recorded in the store's errors table "
            f"(list them: eventcoder errors --db {db}){where}",
            err=True,
        )
        sys.exit(EXIT_SOME_FAILED)


@click.command("events")
@DB_OPTION
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
def events_command(db, fmt, limit, offset, mentions, **options):
    """List stored events (merged events by default), newest first."""
    with _opened(db, read_only=True) as store:
        filters = _filters(options)
        frame = store.events(canonical=not mentions, limit=limit, offset=offset, **filters)
        total = store.count(canonical=not mentions, **filters) if fmt == "table" else None
        _warn_unknown_actors(store, options)
    if fmt == "table":
        # A short id (the first 10 characters): `eventcoder show ID`, the API and the page take it as the full one.
        frame = frame.assign(id=frame["canonical_id"].str.slice(0, 10)) if "canonical_id" in frame.columns else frame
        keep = [c for c in ("id", "event_date", "cameo", "plover_type", "source_code", "target_code", "place_name",
                            "n_mentions", "n_sources", "status", "sentence") if c in frame.columns]
        frame = frame[keep]
    _print_frame(frame, fmt)
    if fmt == "table":
        # How much the page shows of what matched: a table of 20 rows is not "all there is".
        what = "reports" if mentions else "events"
        shown = f"{offset + 1}-{offset + len(frame)}" if len(frame) else "none"
        more = "; --limit and --offset show more" if offset + len(frame) < total else ""
        click.echo(f"{shown} of {total} {what} ({describe_filters(filters)}){more}", err=True)


@click.command("show")
@click.argument("event_id")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def show_command(event_id, db, fmt):
    """One merged event and every report merged into it, with its evidence.

    EVENT_ID is the id a table shows (the first 10 characters), any unique start of the full
    canonical_id, the full id, or the event_id of one of its reports.
    """
    with _opened(db, read_only=True) as store:
        try:
            event = store.event(event_id)
        except QueryError as error:  # an argument, not an option: named as the usage line names it
            raise click.UsageError(f"EVENT_ID: {error.reason.replace('--db FILE', f'--db {db}')}") from None
        mentions = store.mentions(event["canonical_id"])
    if fmt == "jsonl":
        record = {k: _json_value(v) for k, v in event.items()}
        record["mentions"] = [{k: _json_value(v) for k, v in row.items()} for row in mentions.to_dict(orient="records")]
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    for name, value in event.items():
        shown = _blank(_list_cell(_json_value(value)))
        if shown:
            click.echo(f"{name:>16}: {shown}")
    click.echo(f"\nreports ({len(mentions)})")
    keep = [c for c in ("event_id", "published", "article_id", "date", "date_source", "status", "trigger_text",
                        "source_code", "target_code", "merge_reason", "sentence") if c in mentions.columns]
    _print_frame(mentions[keep], "table", width=60)


@click.command("series")
@DB_OPTION
@_filter_options
@click.option("--freq", type=click.Choice(FREQUENCIES), default="month", show_default=True)
@click.option("--by", type=click.Choice(SERIES_GROUPS), help="One line per group.")
@click.option("--normalise", is_flag=True, help="Add articles per period and events per article.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def series_command(db, freq, by, normalise, fmt, mentions, **options):
    """Event counts, mean Goldstein and PLOVER score per period."""
    with _opened(db, read_only=True) as store:
        frame = store.series(freq=freq, by=by, normalise=normalise, canonical=not mentions, **_filters(options))
        _warn_unknown_actors(store, options)
    _print_frame(frame, fmt)


@click.command("actors")
@DB_OPTION
@_filter_options
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def actors_command(db, top, fmt, mentions, **options):
    """The most active actors and dyads (among the events the filters keep)."""
    with _opened(db, read_only=True) as store:
        filters = _filters(options)
        actors = store.actors(top=top, canonical=not mentions, **filters)
        dyads = store.dyads(top=top, canonical=not mentions, **filters)
        _warn_unknown_actors(store, options)
    if fmt == "table":
        click.echo("actors")
        _print_frame(actors, fmt)
        click.echo("\ndyads")
        _print_frame(dyads, fmt)
    else:
        actors.insert(0, "kind", "actor")
        dyads.insert(0, "kind", "dyad")
        import pandas as pd

        _print_frame(pd.concat([actors, dyads], ignore_index=True), fmt)


@click.command("plot")
@DB_OPTION
@_filter_options
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="Image file (.png, .svg, .pdf).")
@click.option("--map", "as_map", is_flag=True, help="Map the events' places instead of a time series.")
@click.option("--freq", type=click.Choice(FREQUENCIES), default="month", show_default=True)
@click.option("--by", type=click.Choice(SERIES_GROUPS))
@click.option("--normalise", is_flag=True)
@click.option("--limit", type=click.IntRange(1), default=10000, show_default=True, help="Most events on a map.")
def plot_command(db, out, as_map, freq, by, normalise, limit, mentions, **options):
    """Draw a time series (default) or a map of events."""
    if not out.lower().endswith((".png", ".svg", ".pdf")):
        raise click.UsageError("--out must end in .png, .svg or .pdf")
    _check_out(out)
    with _opened(db, read_only=True) as store:
        _warn_unknown_actors(store, options)
        filters = _filters(options)
        # The subtitle says which events the chart holds, so a saved image still says what it shows.
        subtitle = describe_filters(filters, advice=False) + ("; one per report" if mentions else "")
        if as_map:
            frame = store.events(canonical=not mentions, limit=limit, **filters)
            store.plot_map(frame, out, subtitle=subtitle)
        else:
            frame = store.series(freq=freq, by=by, normalise=normalise, canonical=not mentions, **filters)
            store.plot_series(frame, out, subtitle=subtitle, freq=freq, unit="reports" if mentions else "events")
    click.echo(f"wrote {out}", err=True)


@click.command("export")
@DB_OPTION
@_filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False))
def export_command(db, fmt, out, mentions, **options):
    """Write merged events as PLOVER JSON Lines, GDELT-style TSV, CSV or Parquet."""
    if mentions:
        raise click.UsageError("export writes merged events; --mentions is not supported here")
    _check_out(out)
    with _opened(db, read_only=True) as store:
        _warn_unknown_actors(store, options)
        filters = _filters(options)
        try:
            count = store.export(fmt, out, **filters)
        except OSError as error:
            raise click.ClickException(f"cannot write {out}: {error.strerror}") from None
        total = store.counts()["canonical_events"]
    click.echo(f"wrote {count} of {total} events ({describe_filters(filters)}) to {out}", err=True)


@click.command("errors")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0), default=None, help="Most rows (default: all).")
@click.option("--offset", type=click.IntRange(0), default=0)
def errors_command(db, fmt, limit, offset):
    """List the articles that could not be read or coded (the store's errors table), oldest first."""
    with _opened(db, read_only=True) as store:
        frame = store.errors(limit=limit, offset=offset)
    _print_frame(frame, fmt, width=100)  # the message is what the reader needs


def _must_exist(db: str) -> None:
    """Commands that rewrite a store must not create an empty one from a mistyped path."""
    from pathlib import Path

    if db != ":memory:" and not Path(db).exists():
        raise click.ClickException(f"no event store at {db}; create one with: eventcoder ingest FILES --db {db}")


def _progress_line(what: str, every: float = 1.0):
    """A progress callback ``(done, total)`` that writes one stderr line at most every ``every`` seconds."""
    import time

    last = [time.monotonic()]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= every or done == total:
            last[0] = now
            click.echo(f"{done}/{total} {what}", err=True)

    return show


@click.command("remerge")
@DB_OPTION
@click.option("--merge-rules", "merge_rules_path", type=click.Path(exists=True, dir_okay=False),
              help="YAML file of merge rules laid over the built-in eventcoder/store/merge_rules.yaml.")
@click.option("--dry-run", is_flag=True, help="Count what the current rules would give, change nothing.")
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait for a store another process holds (a server answering a request).")
@click.option("--quiet", is_flag=True, help="No progress line.")
def remerge_command(db, merge_rules_path, dry_run, wait, quiet):
    """Rebuild the merged events from the stored reports with the current merge rules (no recoding).

    One transaction: a run that fails or is killed leaves the old merge as it was.
    """
    _must_exist(db)
    try:
        rules = MergeRules.load(merge_rules_path)
    except DataFileError as error:
        raise click.ClickException(str(error)) from None
    with _opened(db, read_only=False, rules=rules, wait=wait) as store:
        stats = store.remerge(dry_run=dry_run, progress=None if quiet else _progress_line("articles replayed"))
    click.echo(f"before: {stats.before.line()}", err=True)
    click.echo(f"after:  {stats.after.line()}", err=True)
    verb = "would change" if dry_run else "changed"
    click.echo(f"{stats.moved} report(s) {verb} the event they are merged into, in {stats.seconds:.1f} s"
               + ("; dry run, nothing written" if dry_run else ""), err=True)


@click.command("optimize")
@DB_OPTION
def optimize_command(db):
    """Sort the stored events by date so date-filtered queries read less (after big ingests)."""
    _must_exist(db)
    with _opened(db, read_only=False, wait=10.0) as store:
        seconds = store.optimize()
        counts = store.counts()
    click.echo(
        f"sorted {counts['canonical_events']} events and {counts['event_mentions']} reports by date "
        f"in {sum(seconds.values()):.1f} s",
        err=True,
    )


COMMANDS = (ingest_command, events_command, show_command, series_command, actors_command, plot_command, export_command,
            errors_command, remerge_command, optimize_command)


def register(group: click.Group) -> None:
    """Add the store commands to the ``eventcoder`` command group."""
    for command in COMMANDS:
        group.add_command(command)


@click.group()
def store_group() -> None:
    """Event store commands (also available as ``eventcoder <command>``)."""


register(store_group)

if __name__ == "__main__":
    sys.exit(store_group())
