"""Cleaning blanks boilerplate but keeps every offset valid."""

from __future__ import annotations

import pytest

from eventcoder.clean import clean_text


@pytest.mark.parametrize(
    "raw, kept",
    [
        ("TEHRAN – Iranian President Hassan Rouhani will visit Russia.", "Iranian President Hassan Rouhani will visit Russia."),
        ("WASHINGTON (AP) — The president said on Friday.", "The president said on Friday."),
        ("KYIV, Ukraine - Russia attacked the city.", "Russia attacked the city."),
        ("Iran - a country of 80 million - voted.", "Iran - a country of 80 million - voted."),
    ],
)
def test_datelines(raw, kept):
    cleaned = clean_text(raw)
    assert len(cleaned) == len(raw)
    assert cleaned.strip() == kept


def test_footer_and_initials_removed_body_kept():
    raw = (
        "Russia banned the delivery in 2010.\u00a0NA/AK   All Content by Example News Agency is licensed under "
        "a Creative Commons Attribution 4.0 International License."
    )
    cleaned = clean_text(raw)
    assert cleaned.strip() == "Russia banned the delivery in 2010."
    assert len(cleaned) == len(raw)


def test_copyright_line_does_not_eat_following_text():
    cleaned = clean_text("Copyright 2020 Example. All rights reserved. Then the story goes on.")
    assert cleaned.strip() == "Then the story goes on."


def test_odd_whitespace_becomes_spaces_with_same_offsets():
    raw = "Iran\u00a0and\tRussia\nsigned."
    cleaned = clean_text(raw)
    assert cleaned == "Iran and Russia signed."
    assert cleaned.index("Russia") == raw.index("Russia")
