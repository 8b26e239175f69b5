"""A nationality adjective is never a town, even when a city lists it among its alternate names."""

from __future__ import annotations

from eventcoder.places.toponyms import name_candidates


def test_demonym_has_no_city_candidates(gazetteer_5000):
    assert all(p.kind != "city" for p in name_candidates("Thai", gazetteer_5000, said_to_be_place=True))
    assert all(p.kind != "city" for p in name_candidates("Burmese", gazetteer_5000, said_to_be_place=True))


def test_a_real_city_still_resolves(gazetteer_5000):
    assert any(p.country == "THA" for p in name_candidates("Bangkok", gazetteer_5000))
