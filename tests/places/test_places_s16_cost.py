"""Session 16: the places stage's cost work keeps its answers: a gazetteer keeps what it found for a name but hands
each caller a list of its own; the shared token table slices a name's text as spaCy writes it; names after a
suffix word, site- and place-shaped names still read the same (places/toponyms.py, places/gazetteer.py)."""

from __future__ import annotations

from eventcoder.places import find_toponyms
from eventcoder.places.toponyms import _TokenFacts


def test_lookup_kept_but_each_caller_gets_its_own_list(gazetteer_15000):
    first = gazetteer_15000.lookup("Springfield")
    first.append(None)  # a caller extending its list must not change the next answer
    second = gazetteer_15000.lookup("Springfield")
    assert None not in second and second == first[:-1] and second


def test_token_table_slices_names_like_spacy(make_document):
    document = make_document("Flooding hit  Port-au-Prince and the Gaza Strip, officials said.")
    facts = _TokenFacts.of(document)
    doc = document.doc
    for start in range(len(doc)):
        for stop in range(start + 1, min(len(doc), start + 6) + 1):
            assert facts.words(start, stop) == doc[start:stop].text
    assert [doc[i].text for i in facts.capitalised_proper_nouns] == [
        t.text for t in doc if t.pos_ == "PROPN" and t.text[:1].isupper()]


def test_suffix_site_and_place_shaped_names_still_found(make_document, gazetteer_15000):
    text = ("Jets flew from Hamadan air base over the Kotri Barrage, and shells fell on Karvenagar, "
            "officials in Pakistan said.")
    found = {loc.text for loc in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert {"Hamadan air base", "Kotri Barrage", "Karvenagar"} <= found
