"""Session 23 (speed): the events stage works out a word's forms (our lemma, its lower-cased form, that form less a
plural "s") once per distinct word, reads the story-wide film-word check on the document's token columns and walks
the ``_told`` ancestors on the columns. Each must read exactly as the Token-by-Token code did."""

from __future__ import annotations

from eventcoder.events.political import names_listed_word


def _plain_forms(patterns, token):
    lower = token.lower_
    return patterns.word_lemma(lower, token.lemma_), lower, lower.removesuffix("s")


def test_word_forms_are_those_of_word_lemma(make_document, patterns):
    document = make_document("Soldiers raped villagers, re-took two towns and staged raids near the Humvees.")
    for token in document.doc:
        assert patterns.word_forms(token) == _plain_forms(patterns, token)
        assert patterns.lemma(token) == patterns.word_lemma(token.lower_, token.lemma_)
        columns = document.columns
        assert patterns.column_word_forms(columns.lower_id[token.i], columns.lemma_id[token.i], columns.string) == (
            _plain_forms(patterns, token))
    humvees = next(t for t in document.doc if t.lower_ == "humvees")
    assert patterns.listed_noun(humvees, {"humvee"})  # (the plural the lemmatizer left alone)


def test_the_forms_are_remembered_and_forgotten_when_a_file_is_added(make_document, tmp_path):
    from eventcoder.events import EventPatterns

    patterns = EventPatterns.load()
    token = make_document("The rebels zorbled the town.").doc[2]
    patterns.lemma(token)
    assert (token.lower, token.lemma) in patterns._word_forms
    verbs = tmp_path / "more_verbs.tsv"
    verbs.write_text("s23zorble\tzorble\t-\t-\t190\n")
    patterns.add_verb_file(verbs)
    assert not patterns._word_forms  # (the tables a lemma is read from changed)
    assert patterns.lemma(token) == patterns.word_lemma(token.lower_, token.lemma_) == "zorble"


def test_a_story_names_a_listed_word_read_on_its_columns(make_document, patterns):
    words = patterns.fiction_nouns
    with_film = make_document("The new films tell of a war. Troops attacked the village.")
    without = make_document("Troops attacked the village on Sunday, officials said.")
    assert names_listed_word(patterns, with_film.columns, words)  # ("films": the plural of a listed noun)
    assert not names_listed_word(patterns, without.columns, words)
    assert names_listed_word(patterns, with_film.columns, words) == any(
        patterns.listed_noun(t, words) for t in with_film.doc)


def test_the_party_test_still_reads_fiction_and_remembrance(real_events):
    # (the _told walk and the film-word checks, now on the columns, find what they found before)
    told = real_events('In the film "Cold Harbour," in which Chinese commandos kidnap an American diplomat, '
                       "the hero escapes.")
    assert not [e for e in told if e[0].startswith("18")], told
    plain = real_events("Chinese commandos kidnapped an American diplomat in Manila on Sunday.")
    assert [e for e in plain if e[0].startswith("18")], plain
