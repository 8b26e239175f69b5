"""Session 12: a sector word modifying a demand, call, offer or protest names who made it (voiced_acts.tsv); modifying
any other noun it still names no actor."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.errors import DataFileError


@pytest.mark.parametrize("text, word, code", [
    ("Zimbabwe's president rejected opposition demands for early elections.", "opposition", "ZWEOPP"),
    ("The French government rejected union calls to withdraw the pension reform.", "union", "FRALAB"),
    ("Belarusian President Alexander Lukashenko brushed off opposition calls for his resignation.", "opposition", "BLROPP"),
])
def test_sector_word_before_a_voiced_act_is_an_actor(actor_codes, text, word, code):
    assert actor_codes(text).get(word) == code


@pytest.mark.parametrize("text, word", [
    ("Kenya raised government spending on roads.", "government"),
    ("The opposition headquarters in Harare was closed.", "opposition"),
])
def test_sector_word_before_another_noun_is_no_actor(actor_codes, text, word):
    assert word not in actor_codes(text)


def test_voiced_acts_file_is_validated(tmp_path):
    path = tmp_path / "acts.tsv"
    path.write_text("act_noun\tplural\tnote\ndemand\tdemands\t\nsit in\tsit-ins\t\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load(extra_paths=[path])
    assert error.value.line == 3 and "acts.tsv" in str(error.value)


def test_a_user_file_adds_voiced_acts(tmp_path):
    path = tmp_path / "acts.tsv"
    path.write_text("act_noun\tplural\tnote\nmanifesto\tmanifestos\t\n", encoding="utf-8")
    assert {"manifesto", "manifestos", "demands"} <= ActorDictionary.load(extra_paths=[path]).voiced_act_nouns
