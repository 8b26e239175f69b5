"""Fixtures shared by the store tests."""

from __future__ import annotations

import click
import pytest

from eventcoder.store.cli import register


@pytest.fixture(scope="session")
def cli():
    """A click group holding the store's commands, as `eventcoder` registers them."""
    @click.group()
    def main():
        pass

    register(main)
    return main
