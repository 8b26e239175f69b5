"""resolve_span / resolve_spans: resolving names the caller already knows are places (gold toponyms)."""

from __future__ import annotations

import pytest

from eventcoder.places import Gazetteer, find_toponyms, resolve_span, resolve_spans


@pytest.fixture(scope="module")
def gazetteer(gazetteer_15000):
    return gazetteer_15000


def span_of(text: str, name: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_a_span_gets_the_same_place_as_find_toponyms(make_document, gazetteer):
    text = "A tornado struck Texas on Monday. In Paris, the mayor said two homes were destroyed near Dallas."
    document = make_document(text)
    start, end = span_of(text, "Paris")
    location = resolve_span(document, start, end, gazetteer)
    found = {loc.text: loc for loc in find_toponyms(document, [], gazetteer)}
    assert location is not None
    assert (location.start, location.end, location.text) == (start, end, "Paris")
    assert location.country == found["Paris"].country == "USA"


def test_a_name_recognition_misses_is_still_resolved(make_document, gazetteer):
    # Lower-case, so no rule recognizes it; given as a span, it is looked up and ranked all the same.
    text = "Officials in ontario said the outbreak was over."
    document = make_document(text)
    assert not any(loc.text == "ontario" for loc in find_toponyms(document, [], gazetteer))
    location = resolve_span(document, *span_of(text, "ontario"), gazetteer)
    assert location is not None and location.country == "CAN" and location.precision == "region"


def test_spans_are_answered_in_order_and_unknown_names_give_none(make_document, gazetteer):
    text = "Aid reached Xqzvbville and Kabul on Tuesday."
    document = make_document(text)
    unknown, kabul = resolve_spans(document, [span_of(text, "Xqzvbville"), span_of(text, "Kabul")], gazetteer)
    assert unknown is None
    assert kabul is not None and kabul.country == "AFG" and kabul.precision == "city"


def test_a_span_inside_a_longer_recognized_name_gives_way(make_document, gazetteer):
    # "Nojeh air base" is recognized as one facility; the span "Nojeh" alone is resolved on its own terms.
    text = "Russian bombers took off from the Nojeh air base in Iran."
    document = make_document(text)
    location = resolve_span(document, *span_of(text, "Nojeh"), gazetteer)
    assert location is not None and location.country == "IRN" and location.text == "Nojeh"


def test_a_span_with_a_place_noun_or_a_part_word_falls_back_to_the_named_place(make_document, gazetteer):
    text = "Fighting spread from northern Iraq to the Kunar Valley in Afghanistan."
    document = make_document(text)
    iraq, kunar = resolve_spans(document, [span_of(text, "northern Iraq"), span_of(text, "Kunar Valley")], gazetteer)
    assert iraq is not None and iraq.country == "IRQ" and iraq.text == "northern Iraq"
    assert kunar is not None and kunar.country == "AFG"


def test_a_part_of_a_name_in_a_country_the_story_never_names_is_not_believed(make_document, gazetteer):
    text = "A yacht found the whale at Islington Bay near Auckland, New Zealand officials said."
    document = make_document(text)
    # "Islington Bay" is unknown and "Islington" alone is in London: no answer beats a far-away namesake.
    location = resolve_span(document, *span_of(text, "Islington Bay"), gazetteer)
    assert location is None or location.country == "NZL"


def test_an_arabic_article_is_a_spelling_variant(make_document, gazetteer):
    # GeoNames lists Zarqa and Baqubah, not "Al-Zarqa" or "Al-Baqubah".
    text = "Protests spread from Al-Zarqa in Jordan to Al-Baqubah in Iraq."
    document = make_document(text)
    zarqa, baqubah = resolve_spans(document, [span_of(text, "Al-Zarqa"), span_of(text, "Al-Baqubah")], gazetteer)
    assert zarqa is not None and zarqa.country == "JOR"
    assert baqubah is not None and baqubah.country == "IRQ"
