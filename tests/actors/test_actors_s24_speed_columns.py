"""Session 24: the context rules (actors/context.py) read sentences, entities and children from the document's
token columns instead of ``Token.sent``, ``Doc.ents`` (every entity's Span built on each call) and Token walks; the
columns must give what spaCy gives."""

from __future__ import annotations

from types import SimpleNamespace

from eventcoder.actors.context import (PLACE_ENTITY_LABELS, _entities_between, _is_victim, _sentence_of,
                                       follow_group_sectors)

TEXT = ("Russian troops shelled Kharkiv and the Ukrainian city of Lviv on Monday. Officers said the attack "
        "killed 12 civilians near New York. Gunmen were seen in Paris, France, by police in Lyon.")


def test_sentence_of_is_the_tokens_sentence(make_document):
    document = make_document(TEXT)
    starts, size = document.columns.sentence_starts, len(document.doc)
    for token in document.doc:
        sentence = _sentence_of(starts, token.i, size)
        assert (sentence.start, sentence.stop) == (token.sent.start, token.sent.end), token.text


def test_entities_between_are_the_docs_entities(make_document):
    document = make_document(TEXT)
    doc, columns = document.doc, document.columns
    for start, end in ((0, len(doc)), (3, 20), (5, 9), (10, len(doc) - 4)):
        wanted = [(e.start, e.end, e.text) for e in doc.ents
                  if e.label_ in PLACE_ENTITY_LABELS and start <= e.start and e.end <= end]
        found = [(first, last, columns.text[columns.idx[first]:columns.end[last - 1]])
                 for first, last in _entities_between(columns, start, end, PLACE_ENTITY_LABELS)]
        assert found == wanted


def test_victims_of_a_violent_act(make_document):
    document = make_document("Gunmen killed 12 civilians. Militants took two soldiers captive. Officials met.")
    victims = {t.text for t in document.doc if _is_victim(t)}
    assert {"civilians", "soldiers"} <= victims and "Officials" not in victims


def test_other_ground_is_a_city_of_another_country_named_since_the_group(default_coder, make_document):
    from eventcoder.actors.context import _on_other_ground
    from eventcoder.records import ActorMention

    city_country = default_coder.actors.city_country
    document = make_document("Russian troops shelled Kharkiv on Monday. Officers said the city was burning.")
    doc, columns = document.doc, document.columns
    group = next(t for t in doc if t.text == "troops")
    role = next(t for t in doc if t.text == "Officers")

    def mention(token):
        return ActorMention(actor=None, token_start=token.i, token_end=token.i + 1, head=token.i, kind="sector")

    assert city_country("Kharkiv") == "UKR"
    starts = columns.sentence_starts
    assert _on_other_ground(columns, starts, mention(group), mention(role), "RUS", city_country, None)
    assert not _on_other_ground(columns, starts, mention(group), mention(role), "UKR", city_country, None)
    assert not _on_other_ground(columns, starts, mention(group), mention(group), "RUS", city_country, None)
    assert _on_other_ground(columns, starts, mention(group), mention(role), "RUS", None, "UKR")


def test_names_no_country_reads_the_roles_own_words(default_coder, make_document):
    from eventcoder.actors.context import names_no_country
    from eventcoder.records import ActorMention

    document = make_document("Local elders and Pakistani troops met the army's commanders.")
    doc = document.doc

    def role(first: str, last: str) -> ActorMention:
        start = next(t.i for t in doc if t.text == first)
        end = next(t.i for t in doc if t.text == last) + 1
        actor = SimpleNamespace(name=None)
        return ActorMention(actor=actor, token_start=start, token_end=end, head=end - 1, kind="sector")

    assert names_no_country(doc, role("Local", "elders"), default_coder.actors)
    assert not names_no_country(doc, role("Pakistani", "troops"), default_coder.actors)
    assert not names_no_country(doc, role("army", "commanders"), default_coder.actors)  # the possessive
