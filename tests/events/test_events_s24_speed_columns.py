"""Session 24: the argument helpers (events/arguments.py) walk children and labels through the document's token
columns; what they find must be what a walk over spaCy's Tokens finds, on sentences as wire stories write them."""

from __future__ import annotations

from eventcoder.events.arguments import MentionIndex, child, conjuncts, is_passive, prep_objects

SENTENCES = (
    "Russia, Iran and Turkey signed a deal with the leaders of China on Monday in Astana. "
    "Aid was sent by the United Nations to refugees in Syria and Lebanon. "
    "The Iranian and Russian presidents met envoys from the United States and the Taliban. "
    "Talks between the two sides were held in Geneva, officials said."
)


def _walk_child(token, *deps):
    return next((c for c in token.children if c.dep_ in deps), None)


def _walk_conjuncts(token):
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        yield c
        stack.extend(x for x in c.children if x.dep_ == "conj")


def test_helpers_find_what_a_token_walk_finds(make_document):
    document = make_document(SENTENCES)
    for token in document.doc:
        for deps in (("nsubj",), ("dobj", "pobj"), ("prep",), ("conj",), ("agent",)):
            found, walked = child(token, *deps), _walk_child(token, *deps)
            assert (found is None and walked is None) or found.i == walked.i, (token.text, deps)
        assert [c.i for c in conjuncts(token)] == [c.i for c in _walk_conjuncts(token)], token.text
        assert is_passive(token) == any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in token.children)
        words = ["to", "by", "with", "in", "from", "of"]
        walked = [(c.lower_, _walk_child(c, "pobj", "pcomp")) for c in token.children
                  if c.dep_ in ("prep", "dative", "agent") and c.lower_ in words]
        assert [(w, o.i) for w, o in prep_objects(token, words)] == [(w, o.i) for w, o in walked if o is not None]


def test_coordinated_modifiers_name_each_country(default_coder, make_document):
    # "the Iranian and Russian presidents": the first conjoined modifier is an actor of its own
    from eventcoder.actors import find_actors

    document = make_document("The Iranian and Russian presidents met in Tehran on Monday.")
    index = MentionIndex(find_actors(document, default_coder.actors))
    presidents = next(t for t in document.doc if t.lower_ == "presidents")
    codes = {m.actor.code for m in index.argument(presidents).mentions}
    assert any(code.startswith("IRN") for code in codes) and any(code.startswith("RUS") for code in codes)
