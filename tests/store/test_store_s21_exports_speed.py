"""Session 21 tidy-ups of the exports: an undated event is exported without a date, not the string 'NaT'."""

from __future__ import annotations

import json

import pytest
from store_factory import make_article, make_event

from eventcoder.records import ArticleResult
from eventcoder.store import EventStore
from eventcoder.store.exports import _clean


@pytest.fixture
def store():
    opened = EventStore.open(":memory:")
    yield opened
    opened.close()


def test_an_undated_event_is_exported_with_a_null_date(store, tmp_path):
    # "Rebels attacked the village." gives no date and its article no publication day.
    event = make_event(cameo="190", source=["SYRREB"], target=["SYR"], date=None, published=None,
                       sentence="Rebels attacked the village.", trigger="attacked")
    store.add_result(ArticleResult(make_article("a1", "Rebels attacked the village.", published=None), (event,)))
    assert store.con.execute("SELECT event_date FROM canonical_events").fetchall() == [(None,)]
    assert store.export("plover", tmp_path / "e.jsonl") == 1
    (record,) = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert record["date"] is None
    assert "NaT" not in json.dumps(record)


def test_clean_turns_pandas_and_numpy_values_into_plain_json():
    import numpy as np
    import pandas as pd

    assert _clean(pd.NaT) is None
    assert _clean(float("nan")) is None
    assert _clean(pd.Timestamp("2020-01-02")) == "2020-01-02"
    assert _clean(np.int64(3)) == 3 and isinstance(_clean(np.int64(3)), int)
    assert _clean(np.array(["a", "b"])) == ["a", "b"]
    assert _clean("text") == "text" and _clean(None) is None


def test_json_cells_of_the_commands_need_no_pandas_import():
    import datetime as dt

    import numpy as np
    import pandas as pd

    from eventcoder.store.cli import _json_value

    assert _json_value(pd.NaT) is None and _json_value(float("nan")) is None and _json_value(None) is None
    assert _json_value(pd.Timestamp("2020-01-02 10:00")) == "2020-01-02"
    assert _json_value(dt.date(2020, 1, 2)) == "2020-01-02"
    assert _json_value(np.array(["USA", "SYR"])) == ["USA", "SYR"] and _json_value(np.int32(3)) == 3
