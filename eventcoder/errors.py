"""Errors a user can act on: each says what was wrong and where."""

from __future__ import annotations

import click


class EventcoderError(Exception):
    """Base class for errors shown to users as one line, without a traceback."""


class InputError(EventcoderError):
    """A bad input file or article (unreadable, empty, invalid JSON, bad date, unknown format)."""


class DataFileError(EventcoderError):
    """A bad codebook, dictionary or gazetteer file: names the file, the line and the problem."""

    def __init__(self, path, line, message: str):
        self.path = str(path)
        self.line = line
        self.problem = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class CannotStart(click.ClickException):
    """A command that could not start (a bad data file, a store another process holds, coders that cannot
    load): one line on stderr, exit status 2, as click gives a bad option."""

    exit_code = 2
