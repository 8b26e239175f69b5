"""Session 24: a document's token columns list each token's children and travel with the spaCy Doc, so helpers
handed only a Token (events/arguments.py, actors/context.py) read labels from the columns instead of building a
Token for every child they look at. The columns must say exactly what spaCy's Tokens say."""

from __future__ import annotations

from eventcoder.columns import columns_of

SENTENCES = (
    "Russia and Iran signed a deal with the leaders of China and India on Monday, officials said in Moscow. "
    "The talks, which began in May, ended without an agreement. Hello!  "
    "Police arrested two men, residents and a local official said, after protesters stormed the Israeli embassy."
)


def test_children_are_the_tokens_children_in_text_order(make_document):
    document = make_document(SENTENCES)
    columns = document.columns
    for token in document.doc:
        assert columns.children(token.i) == [c.i for c in token.children], token.text


def test_the_documents_columns_travel_with_its_doc(make_document):
    document = make_document("Iran and Iraq signed an accord in Baghdad.")
    columns = document.columns
    assert columns_of(document.doc) is columns


def test_a_doc_outside_a_document_gets_columns_of_its_own(nlp):
    doc = nlp("Germany and France condemned the attack.")
    columns = columns_of(doc)
    assert columns is columns_of(doc)  # read once
    assert columns.words == [t.text for t in doc]
    assert [columns.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
