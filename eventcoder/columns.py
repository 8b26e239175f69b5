"""A document's token columns, read from spaCy in one array call and shared by the stages after parsing.

Building a spaCy Token for each word on each pass is what the stages' scans cost, and each stage reading its own
arrays cost as much again: ``Document.columns`` reads every column once per document, turns each one into a Python
list only when a stage first asks for it, and looks each distinct string up once.
"""

from __future__ import annotations

from functools import cached_property

import numpy

from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_SPACE, IS_STOP, IS_TITLE, LEMMA, LENGTH,
                         LOWER, ORTH, POS, SENT_START, SPACY, TAG)

_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, ENT_IOB, IDX, LENGTH, IS_SPACE, SPACY, IS_TITLE, IS_ALPHA,
          IS_STOP, HEAD, SENT_START)
_COLUMN = {attr: k for k, attr in enumerate(_ATTRS)}
_USER_DATA_KEY = "eventcoder.columns"


def read_columns(doc, text: str) -> "TokenColumns":
    """Read a document's columns (``text``: the parsed text) and keep them with the spaCy Doc (``doc.user_data``),
    for the helpers that are handed only a Token: see :func:`columns_of`."""
    columns = doc.user_data[_USER_DATA_KEY] = TokenColumns(doc, text)
    return columns


def columns_of(doc) -> "TokenColumns":
    """The columns read for ``doc`` (``Document.columns``), or read now from the Doc alone when none were (a Doc
    parsed outside a Document, as in a test)."""
    found = doc.user_data.get(_USER_DATA_KEY)
    return found if found is not None else read_columns(doc, doc.text)


class TokenColumns:
    """One value per token for each attribute: string ids (``*_id``), strings, offsets, flags and absolute heads."""

    def __init__(self, doc, text: str) -> None:
        # ``text`` is the parsed text (Document.clean_text): ``doc.text`` would rebuild it from every token.
        self.text = text
        self.size = len(doc)
        self.array = doc.to_array(list(_ATTRS))  # (uint64: heads and sentence starts are read as signed below)
        self._strings = doc.vocab.strings
        self._seen: dict[int, str] = {0: ""}

    def ids(self, attr: int) -> list[int]:
        return self.array[:, _COLUMN[attr]].tolist()

    def string(self, key: int) -> str:
        """The string of a string id (each distinct one looked up once per document)."""
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._strings[key]
        return found

    def strings(self, ids: list[int]) -> list[str]:
        """The strings of a column of string ids."""
        seen = self._seen
        for key in set(ids).difference(seen):
            seen[key] = self._strings[key]
        return list(map(seen.__getitem__, ids))

    @cached_property
    def orth_id(self) -> list[int]:
        return self.ids(ORTH)

    @cached_property
    def lower_id(self) -> list[int]:
        return self.ids(LOWER)

    @cached_property
    def lemma_id(self) -> list[int]:
        return self.ids(LEMMA)

    @cached_property
    def pos_id(self) -> list[int]:
        return self.ids(POS)

    @cached_property
    def ent_type_id(self) -> list[int]:
        return self.ids(ENT_TYPE)

    @cached_property
    def lower(self) -> list[str]:
        return self.strings(self.lower_id)

    @cached_property
    def pos(self) -> list[str]:
        return self.strings(self.pos_id)

    @cached_property
    def tag(self) -> list[str]:
        return self.strings(self.ids(TAG))

    @cached_property
    def dep(self) -> list[str]:
        return self.strings(self.ids(DEP))

    @cached_property
    def ent_type(self) -> list[str]:
        return self.strings(self.ent_type_id)

    @cached_property
    def ent_iob(self) -> list[int]:
        return self.ids(ENT_IOB)

    @cached_property
    def idx(self) -> list[int]:
        """Character offset of each token."""
        return self.ids(IDX)

    @cached_property
    def length(self) -> list[int]:
        return self.ids(LENGTH)

    @cached_property
    def end(self) -> list[int]:
        """Character offset after each token."""
        return list(map(int.__add__, self.idx, self.length))

    @cached_property
    def words(self) -> list[str]:
        """Each token's text, sliced from the document's text."""
        text = self.text
        return [text[start:end] for start, end in zip(self.idx, self.end)]

    @cached_property
    def is_space(self) -> list[bool]:
        return list(map(bool, self.ids(IS_SPACE)))

    @cached_property
    def space(self) -> list[bool]:
        """Whether a space follows the token."""
        return list(map(bool, self.ids(SPACY)))

    @cached_property
    def is_title(self) -> list[bool]:
        return [value == 1 for value in self.ids(IS_TITLE)]

    @cached_property
    def head(self) -> list[int]:
        """The absolute index of each token's head (a root is its own head)."""
        relative = self.array[:, _COLUMN[HEAD]].astype("int64").tolist()
        return [i + h for i, h in enumerate(relative)]

    def children(self, i: int) -> list[int]:
        """The children of token ``i`` (the tokens whose head it is), in text order, as ``Token.children`` lists them."""
        order, starts = self._children_by_head
        return order[starts[i]:starts[i + 1]]

    @cached_property
    def _children_by_head(self) -> tuple[list[int], list[int]]:
        """Every token but a root, ordered by head and then text order, and where each head's children start
        in that order (two flat lists: a list per token would be tens of thousands of objects per pass)."""
        relative = self.array[:, _COLUMN[HEAD]].astype("int64")
        heads = numpy.arange(self.size) + relative
        dependents = numpy.flatnonzero(relative)
        order = dependents[numpy.argsort(heads[dependents], kind="stable")]
        starts = numpy.searchsorted(heads[order], numpy.arange(self.size + 1))
        return order.tolist(), starts.tolist()

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The first token of each sentence (spaCy's sentence boundaries; blank sentences included)."""
        flags = self.array[:, _COLUMN[SENT_START]].astype("int64").tolist()
        return [k for k, flag in enumerate(flags) if flag == 1 or k == 0]

    def alpha_and_stop(self):
        """The IS_ALPHA and IS_STOP columns, as an array of two columns."""
        return self.array[:, [_COLUMN[IS_ALPHA], _COLUMN[IS_STOP]]]
