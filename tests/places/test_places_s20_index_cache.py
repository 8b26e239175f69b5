"""The disk cache of the gazetteer's large indexes (places/index_cache.py): read back when built from the same
key, built anew when the key changes or the file is damaged, never in the way when it cannot be written."""

from eventcoder.places import index_cache
from eventcoder.places.index_cache import cached


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    build, calls = _counting({"paris": [("Paris", "FRA", 48.85, 2.35)]})
    first = cached("towns", ("v1",), build)
    second = cached("towns", ("v1",), build)
    assert first == second == {"paris": [("Paris", "FRA", 48.85, 2.35)]}
    assert len(calls) == 1


def test_a_new_key_builds_again_and_drops_the_least_recently_used_copies(tmp_path, monkeypatch):
    # (session 21: only the newest few copies of an index are kept, not only the newest one)
    import os
    import time

    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    build, calls = _counting({"a": 1})
    versions = [(f"v{k}",) for k in range(index_cache.KEPT_VERSIONS + 2)]
    for age, key in enumerate(versions):
        before = set(tmp_path.glob("towns-*.pickle"))
        cached("towns", key, build)
        stamp = time.time() - 1000 + age * 10  # (each copy older than the next: file times can be coarse)
        for path in set(tmp_path.glob("towns-*.pickle")) - before:
            os.utime(path, (stamp, stamp))
    cached("villages", ("v1",), build)  # (another index keeps its own copy)
    assert len(calls) == len(versions) + 1
    assert len(list(tmp_path.glob("towns-*.pickle"))) == index_cache.KEPT_VERSIONS
    assert len(list(tmp_path.glob("villages-*.pickle"))) == 1
    cached("towns", versions[-1], build)  # the newest copies are still there
    cached("towns", versions[-index_cache.KEPT_VERSIONS], build)
    assert len(calls) == len(versions) + 1
    cached("towns", versions[0], build)  # the oldest was dropped
    assert len(calls) == len(versions) + 2


def test_two_versions_sharing_the_cache_do_not_rebuild_each_others_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    build, calls = _counting({"a": 1})
    for _ in range(3):  # (two checkouts of different code run in turn)
        cached("towns", ("old code",), build)
        cached("towns", ("new code",), build)
    assert len(calls) == 2


def test_reading_or_building_leaves_the_garbage_collector_as_it_was(tmp_path, monkeypatch):
    import gc

    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    build, _ = _counting({"a": 1})
    assert gc.isenabled()
    cached("towns", ("v1",), build)
    cached("towns", ("v1",), build)
    assert gc.isenabled()
    gc.disable()
    try:
        cached("towns", ("v1",), build)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_damaged_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    build, calls = _counting([1, 2, 3])
    cached("towns", ("v1",), build)
    for path in tmp_path.glob("towns-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cached("towns", ("v1",), build) == [1, 2, 3]
    assert len(calls) == 2
    assert cached("towns", ("v1",), build) == [1, 2, 3]  # (the rebuilt copy was stored)
    assert len(calls) == 2


def test_turned_off_or_unwritable_still_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_NO_CACHE", "1")
    build, calls = _counting("x")
    assert cached("towns", ("v1",), build) == "x" and cached("towns", ("v1",), build) == "x"
    assert len(calls) == 2 and index_cache.cache_dir() is None
    monkeypatch.delenv("EVENTCODER_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(blocker / "cache"))
    assert cached("towns", ("v1",), build) == "x"
    assert len(calls) == 3


def test_the_gazetteer_reads_its_city_index_back(tmp_path, monkeypatch):
    from eventcoder.places.gazetteer import Gazetteer

    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    built = Gazetteer.load(city_population=15000)
    expected = built.lookup("Springfield")
    second = Gazetteer.load(city_population=15000)

    def no_build():
        raise AssertionError("the city index was built again")

    monkeypatch.setattr(second, "_read_cities", no_build)
    assert second.lookup("Springfield") == expected and len(expected) > 1
    assert second.starts_a_name("Springfield")
    assert second._city_index() == built._city_index()


def test_a_killed_writers_old_temporary_file_is_pruned(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    old = tmp_path / ".towns-abc123.tmp"
    young = tmp_path / ".towns-def456.tmp"  # (another writer still at work)
    other = tmp_path / ".villages-abc123.tmp"
    for left in (old, young, other):
        left.write_bytes(b"partial")
    long_ago = time.time() - 2 * index_cache.STALE_TEMPORARY_SECONDS
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    build, _ = _counting({"a": 1})
    cached("towns", ("v1",), build)
    assert not old.exists()
    assert young.exists()
    assert other.exists()  # (pruned when its own index is written)


def test_tests_do_not_write_into_the_user_cache():
    import os

    from eventcoder.places.index_cache import cache_dir

    folder = cache_dir()
    assert os.environ.get("EVENTCODER_CACHE_DIR")
    assert folder is None or not str(folder).startswith(os.path.join(os.path.expanduser("~"), ".cache"))


def test_code_key_changes_with_a_code_files_content_or_name_only(tmp_path):
    # (session 21: the gazetteer's and the event patterns' cache keys share index_cache.code_key)
    from eventcoder.places.index_cache import code_key

    first, second = tmp_path / "a.py", tmp_path / "b.py"
    first.write_text("x = 1\n")
    second.write_text("y = 2\n")
    key = code_key([first, second])
    assert key == code_key([first, second]) and key[0] and key[1]
    assert code_key([second, first]) != key  # (a file's name is hashed with its content)
    second.write_text("y = 3\n")
    assert code_key([first, second]) != key


def test_the_pattern_and_gazetteer_keys_cover_their_code():
    from eventcoder.pipeline import _patterns_key
    from eventcoder.places.gazetteer import Gazetteer

    key = _patterns_key({"190", "01"}, [])
    assert key[3:] == ((), ("01", "190")) and len(key[2]) == 40
    gazetteer_key = Gazetteer.load(city_population=15000)._index_key
    assert gazetteer_key[:2] == key[:2] and gazetteer_key[2] != key[2] and 15000 in gazetteer_key
