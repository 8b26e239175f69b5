"""Session 23: a country's transliteration table (its names by letter, as town positions and village rows, and each
name's transliteration keys) is built on its first use and kept in the disk cache (places/index_cache.py): read back
when built from the same key, built anew when the key changes or the file is damaged, and never written when caching
is off. What a look-up finds is the same either way, and the towns found are the city index's own."""

import pickle

import pytest

from eventcoder.places.gazetteer import Gazetteer

NAMES = (("Sheikh Miskeen", ["SYR"]), ("Deir Ezzor", ["SYR"]), ("Qamishli", ["SYR"]), ("Khan Touman", ["SYR"]))


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A new gazetteer whose city indexes are already read (from the tests' shared cache), then caching into
    ``tmp_path``: only the transliteration indexes go there."""

    def make() -> Gazetteer:
        gazetteer = Gazetteer.load(city_population=15000)
        gazetteer._city_index()
        gazetteer._small_place_index()
        return gazetteer

    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    return make


def _found(gazetteer: Gazetteer) -> list:
    return [gazetteer.transliterations(name, countries) for name, countries in NAMES]


def _no_build(*_):
    raise AssertionError("the transliteration indexes were built again")


def test_a_countrys_indexes_are_read_back(fresh, tmp_path, monkeypatch):
    expected = _found(fresh())
    assert any(expected) and list(tmp_path.glob("transliterations15000-SYR-*.pickle"))
    second = fresh()
    monkeypatch.setattr(second, "_build_country_table", _no_build)
    assert _found(second) == expected


def test_the_same_places_with_and_without_the_cache(fresh, monkeypatch):
    first = _found(fresh())
    read_back = _found(fresh())
    monkeypatch.setenv("EVENTCODER_NO_CACHE", "1")
    uncached = _found(fresh())
    assert first == read_back == uncached
    assert any(p.country == "SYR" and p.alternate for places in first for p in places)


def test_a_new_key_builds_again(fresh):
    _found(fresh())
    second = fresh()
    second.__dict__["_transliteration_key"] = second._transliteration_key + ("other cues",)
    calls = []
    build = second._build_country_table
    second._build_country_table = lambda group: calls.append(group) or build(group)
    _found(second)
    assert calls == ["SYR"]


def test_a_town_found_is_the_city_index_place_with_or_without_the_cache(fresh):
    for gazetteer in (fresh(), fresh()):  # (built, then read back)
        towns = {id(p) for p in gazetteer.cities()}
        names = gazetteer._transliteration_names("SYR")
        entries = [entry for pairs in names.values() for _, entry in pairs]
        assert entries and all(id(e) in towns for e in entries if not isinstance(e, tuple))


def test_the_key_covers_the_transliteration_cues(fresh):
    from dataclasses import replace

    gazetteer = fresh()
    other = fresh()
    other.cues = replace(other.cues, transliteration_folds=other.cues.transliteration_folds[1:])
    assert gazetteer._transliteration_key != other._transliteration_key


@pytest.mark.parametrize("damage", [
    b"not a pickle", pickle.dumps(["a", "list"]), pickle.dumps({"k": "no pair"}),
    pickle.dumps(({"s": [("sheikh miskin", 10 ** 6)]}, {"sheikh miskin": (("shekhmiskin",), ())}, 3)),  # no such town
])
def test_a_damaged_copy_is_rebuilt(fresh, tmp_path, damage):
    expected = _found(fresh())
    for path in tmp_path.glob("transliterations15000-SYR-*.pickle"):
        path.write_bytes(damage)
    assert _found(fresh()) == expected
    assert all(path.read_bytes() != damage for path in tmp_path.glob("transliterations15000-SYR-*.pickle"))


def test_turned_off_nothing_is_written(fresh, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_NO_CACHE", "1")
    assert any(_found(fresh()))
    assert not list(tmp_path.glob("transliterations*"))


def test_the_shared_groups_keys_are_read_back_and_a_name_they_lack_is_keyed_on_the_spot(fresh, tmp_path, monkeypatch):
    # (countries, regions, aliases and large cities: a user's alias files may add names the cached keys lack)
    expected = fresh().transliterations("Deir Ezzor")
    assert expected and list(tmp_path.glob("transliteration_keys15000-*.pickle"))
    second = fresh()
    monkeypatch.setattr(second, "_build_shared_name_keys", _no_build)
    assert second.transliterations("Deir Ezzor") == expected
    third = fresh()
    third._shared_name_keys().clear()  # (as if every name were added after the copy was made)
    assert third.transliterations("Deir Ezzor") == expected


def test_a_village_read_back_is_the_small_place_index_row(fresh):
    # (one copy of each village row in memory, whether the country's table was built or read back)
    for gazetteer in (fresh(), fresh()):
        rows = {id(row) for rows in gazetteer._small_place_index().values() for row in rows}
        names = gazetteer._transliteration_names("SYR")
        villages = [entry for pairs in names.values() for _, entry in pairs if isinstance(entry, tuple)]
        assert villages and all(id(row) in rows for row in villages)
