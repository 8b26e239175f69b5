"""The language check and the sentence list read the text they are given, and say what they said before."""

from __future__ import annotations

import pytest

from eventcoder.parse import language_problem
from eventcoder.records import Article, Document

MIXED = ("Officials met in the capital on Monday. " * 3) + "Министерство иностранных дел заявило протест послу."


@pytest.mark.parametrize("text", [
    "Пресс-служба правительства сообщила во вторник о новых санкциях против иностранных компаний.",
    "The minister said “talks will go on” in Brasília — and São Paulo’s mayor agreed with him at once.",
    "东京 The talks ended. 外交部",
    MIXED,
])
def test_language_problem_with_the_text_passed_in_is_the_same(nlp, text):
    doc = nlp(text)
    assert language_problem(doc, text) == language_problem(doc)


def test_a_cyrillic_text_names_its_letters(nlp):
    text = "Пресс-служба правительства сообщила во вторник о новых санкциях против иностранных компаний."
    problem = language_problem(nlp(text), text)
    assert problem is not None and "Cyrillic" in problem and f"of its {sum(map(str.isalpha, text))} letters" in problem


def test_blank_sentences_are_left_out_of_the_sentence_list(nlp):
    text = "Troops left the town.      Talks resumed on Friday.   "
    document = Document(article=Article("a", text), clean_text=text, doc=nlp(text))
    assert [s.text for s in document.sentences] == [s.text for s in nlp(text).sents if s.text.strip()]
