"""Session 18: the dates package loads its public names lazily, so the store can import the calendar
rules (plain date arithmetic) without the resolver and spaCy."""

from __future__ import annotations

import subprocess
import sys

import eventcoder.dates as dates


def test_calendar_rules_import_without_the_resolver_or_spacy():
    code = ("import sys, eventcoder.dates.calendar_rules as c; "
            "print(c.period_bounds('2017-03', 'month'), 'spacy' in sys.modules, 'eventcoder.dates.resolve' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[-2:] == ["False", "False"]


def test_public_names_still_load():
    from eventcoder.dates import period_end, resolve_date, resolve_expression

    assert callable(resolve_date) and callable(resolve_expression) and callable(period_end)
    assert set(dates.__all__) <= set(dir(dates))


def test_unknown_name_is_an_attribute_error():
    try:
        dates.no_such_name  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("expected AttributeError")
