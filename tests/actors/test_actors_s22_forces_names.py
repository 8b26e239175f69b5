"""Session 22: forces that are no troops ("market forces"), and a known person's surname or a country's name that is
the given name of someone else ("Novak Djokovic", "Jordan Henderson"). Own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.errors import DataFileError


@pytest.mark.parametrize("text", [
    "Market forces defeated the government's plan.",
    "Powerful market forces crushed the central bank's currency peg.",
    "Global economic forces hit the Chilean economy hard.",
    "Political forces opposed to the president blocked the reform.",
    "The forces of globalisation have undermined French farmers.",
])
def test_forces_of_a_market_or_of_ideas_are_no_military(actor_codes, text):
    assert not any(code.endswith("MIL") for code in actor_codes(text).values())


@pytest.mark.parametrize("text, phrase, code", [
    ("Russian forces attacked the town on Sunday.", "Russian forces", "RUSMIL"),
    ("Security forces in Kenya fired tear gas at protesters.", "Security forces", "KENMIL"),
    ("Israeli forces killed two Palestinians in Jenin.", "Israeli forces", "ISRMIL"),
])
def test_troops_called_forces_stay_military(actor_codes, text, phrase, code):
    assert actor_codes(text).get(phrase) == code


def test_a_none_term_must_be_two_words_without_a_sector(tmp_path: Path):
    bad = tmp_path / "sectors.tsv"
    bad.write_text("term\tsector\ttype\nforces\t\tnone\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        ActorDictionary.load(extra_paths=[bad])
    bad.write_text("term\tsector\ttype\nmarket forces\tMIL\tnone\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        ActorDictionary.load(extra_paths=[bad])


@pytest.mark.parametrize("text, wrong", [
    # "Novak" is a known Hungarian president's surname, "Jordan" a country
    ("Novak Djokovic beat Rafael Nadal in the final in Paris.", "HUNGOV"),
    ("Jordan Henderson met the Chinese president in Beijing.", "JOR"),
    ("Chad Mitchell accused the mayor of lying.", "TCD"),
])
def test_a_given_name_is_not_the_known_surname_or_the_country(actor_codes, text, wrong):
    assert wrong not in actor_codes(text, published="2023-05-10").values()


@pytest.mark.parametrize("text, code", [
    ("Novak criticised the European Commission on Monday.", "HUNGOV"),
    ("Hungarian President Katalin Novak criticised the European Commission.", "HUNGOV"),
    ("Jordan closed its border with Syria on Monday.", "JOR"),
    ("Putin met Xi in Moscow on Tuesday.", "RUSGOV"),
])
def test_the_known_person_and_the_country_stay(actor_codes, text, code):
    assert code in actor_codes(text, published="2023-05-10").values()


# Speaker and doer: subject "he"/"she" of what an unnamed person says is that person, not one named before.
def test_she_of_an_unnamed_speaker_is_no_earlier_person(actor_codes):
    codes = actor_codes("Judge Susan Clarke said the break-ins had left victims afraid. One victim, a retired nurse, "
                        "told the court she had fought off the burglar with a walking stick.")
    assert "she" not in codes


@pytest.mark.parametrize("text, pronoun, code", [
    ("Foreign Minister Sergei Lavrov arrived in Ankara. The minister said he would meet Erdogan.", "he", "RUSGOV"),
    ("Prime Minister Narendra Modi visited Paris on Monday. He said he would sign a defence deal with France.", "he",
     "INDGOV"),
    ("Russian President Vladimir Putin spoke on Monday. The president said he would attack Ukraine again.", "he",
     "RUSGOV"),
])
def test_he_of_a_speaker_who_is_an_actor_is_still_resolved(actor_codes, text, pronoun, code):
    assert actor_codes(text, published="2023-05-10").get(pronoun) == code


@pytest.mark.parametrize("text, phrase, code", [
    ("The French luxury group threatened to walk away from the deal.", "The French luxury group", "FRABUS"),
    ("The Swiss food group said it would close two factories in France.", "The Swiss food group", "CHEBUS"),
    ("The Islamist militant group claimed the attack on Sunday in Somalia.", "The Islamist militant group", "INS"),
])
def test_a_trade_before_group_is_a_company(actor_codes, text, phrase, code):
    assert actor_codes(text).get(phrase, "").endswith(code)


def test_a_name_after_a_group_and_a_person_word_is_a_person_referred_back_to(actor_codes):
    codes = actor_codes("Ugandan police arrested opposition presidential candidate Robert Kyagulanyi on Wednesday. "
                        "Police said Kyagulanyi was held for breaching rules on gatherings.", published="2020-11-19")
    assert codes.get("opposition presidential candidate Robert Kyagulanyi") == "UGAOPP"
    assert codes.get("Kyagulanyi") == "UGAOPP"


@pytest.mark.parametrize("text, phrase, code", [
    ("Army spokesman Ahmed Khalil said the rebels had retreated.", "Army spokesman Ahmed Khalil", "MIL"),
    ("Rebel commander Ali Osman accused the army of shelling civilians.", "Rebel commander Ali Osman", "REB"),
])
def test_a_named_person_word_after_a_group_word_keeps_its_sector(actor_codes, text, phrase, code):
    assert actor_codes(text).get(phrase, "").endswith(code)


@pytest.mark.parametrize("text, wrong", [
    ("Typhoon Goni slammed into the Philippines on Sunday, killing at least 10 people.", "BOLELI"),
])
def test_a_storm_named_like_a_known_person_is_no_person(actor_codes, text, wrong):
    assert wrong not in actor_codes(text, published="2020-11-01").values()


def test_the_person_alone_is_still_known(actor_codes):
    assert "BOLELI" in actor_codes("Goni accused the Bolivian government of fraud.", published="2020-11-01").values()
