"""'the kingdom', 'the country's president', 'the Gulf state': nouns that refer back to a country the
article named, limited to the countries each noun can mean (country_nouns.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.errors import DataFileError


@pytest.mark.parametrize(
    "text, actor, code",
    [
        ("Saudi Arabia said on Monday that the kingdom would not raise oil output.", "the kingdom", "SAU"),
        ("Cuba freed 20 prisoners. The communist island has been under sanctions for decades.",
         "The communist island", "CUB"),
        ("Sri Lanka's army attacked the rebels. The country's president said talks were over.",
         "The country's president", "LKAGOV"),
        ("Nepal's king dissolved parliament. Rebels attacked police posts across the Himalayan kingdom.",
         "the Himalayan kingdom", "NPL"),
        # Only a monarchy is a kingdom: Iran is mentioned more, but the kingdom is Jordan.
        ("Iran and Iran's allies met Jordan's envoy. The kingdom said it was worried.", "The kingdom", "JOR"),
    ],
)
def test_country_nouns_refer_back(actor_codes, text, actor, code):
    assert actor_codes(text).get(actor) == code


def test_no_country_named_before_means_no_actor(actor_codes):
    assert actor_codes("The country has been at war for years.") == {}
    # A noun modifying another noun is not the country.
    assert actor_codes("The country director of the aid group resigned.") == {"the aid group": "NGO"}


def test_fixed_epithets(actor_codes):
    assert actor_codes("The Zionist regime will be punished, Tehran said.")["The Zionist regime"] == "ISR"


def test_bad_country_noun_row_names_file_and_line(tmp_path: Path):
    path = tmp_path / "nouns.tsv"
    path.write_text("noun\tcountries\tnote\nkingdom\tSAU|jordan\t\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load(extra_paths=[path])
    assert error.value.line == 2


def test_a_country_named_earlier_in_the_sentence_comes_first(actor_codes):
    text = ("Japan's prime minister met reporters. Japan will help. The minister vowed to protect Taiwan from "
            "Chinese pressure on the self-governed island.")
    assert actor_codes(text)["the self-governed island"] == "TWN"
    text = "Immigrants came from China to the U.S. under a law that allowed Chinese merchants into the country."
    assert actor_codes(text)["the country"] == "USA"
