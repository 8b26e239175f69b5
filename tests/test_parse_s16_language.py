"""Articles that are not English are reported, not silently coded into nothing."""

from __future__ import annotations

import json

import pytest

from eventcoder.parse import language_problem
from eventcoder.records import Article

FRENCH = ("Le gouvernement a annoncé mardi de nouvelles sanctions contre plusieurs entreprises étrangères, "
          "selon un communiqué du ministère publié dans la soirée. Les autorités ont également convoqué "
          "l'ambassadeur pour exiger des explications sur les incidents survenus à la frontière.")
ARABIC = "أعلنت الحكومة يوم الثلاثاء فرض عقوبات جديدة على عدة شركات أجنبية"
CHINESE = "外交部周二谴责了邻国的挑衅行为。"
# English crowded with names has few stop words, still far above the bar.
ENGLISH_NAMES = ("The Syrian Arab Army (SAA), alongside Hezbollah and Harakat Al-Nujaba (Iraqi paramilitary), "
                 "launched a large-scale offensive against Jabhat Al-Nusra, Jaysh Al-Islam, Ahrar Al-Sham and "
                 "Faylaq Al-Rahman in eastern Ghouta, Rif Dimashq.")


@pytest.mark.parametrize("text, words", [(FRENCH, "common English words"), (ARABIC, "Arabic"),
                                         (CHINESE, "Chinese/Japanese")])
def test_other_languages_are_named(nlp, text, words):
    problem = language_problem(nlp(text))
    assert problem is not None and words in problem and "English news only" in problem


@pytest.mark.parametrize("text", [ENGLISH_NAMES, "Le président a parlé.", "Kyiv: Zelenskyy meets Šefčovič in Brussels."])
def test_english_and_texts_too_short_to_tell_pass(nlp, text):
    assert language_problem(nlp(text)) is None


def test_a_french_article_in_a_batch_is_an_error_and_the_others_are_coded(default_coder):
    coder = default_coder
    articles = [Article("fr", FRENCH, published=None, origin="batch.jsonl:1"),
                Article("en", "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.", origin="batch.jsonl:2")]
    results = list(coder.code_many(articles))
    assert results[0].error is not None and "batch.jsonl:1 (article fr)" in str(results[0].error)
    assert "not look like English" in str(results[0].error)
    assert results[1].error is None and results[1].events
    json.dumps([e.to_dict() for e in results[1].events])
