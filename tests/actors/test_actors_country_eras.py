"""Names whose country changed resolve by the article's date: "Congo" before 1997, "Juba" before 2011."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.errors import DataFileError


@pytest.mark.parametrize("published,expected", [("1990-05-01", "COG"), ("2005-05-01", "COD")])
def test_congo_by_date(actor_codes, published, expected):
    found = actor_codes("Pakistan broke off relations with Congo.", published)
    assert found["Congo"] == expected


@pytest.mark.parametrize("published,expected", [("2005-05-01", "SDNMIL"), ("2015-05-01", "SSDMIL")])
def test_demonym_with_a_role_by_date(actor_codes, published, expected):
    found = actor_codes("South Sudanese troops entered the town.", published)
    assert found["South Sudanese troops"] == expected


def test_other_congo_names_keep_their_country(actor_codes):
    found = actor_codes("Zaire and Congo-Brazzaville signed a treaty.", "1990-05-01")
    assert found["Zaire"] == "COD"


def test_bad_era_row_names_file_and_line(tmp_path):
    path = tmp_path / "eras.tsv"
    path.write_text("phrase\tcode\tuntil\tnote\nRhodesia\tZWE\t1980\tindependence\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load([path])
    assert "eras.tsv" in str(error.value) and ":2" in str(error.value) and "ISO date" in str(error.value)


def test_unknown_date_means_today(dictionary):
    assert dictionary.country_in_era("Congo", "COD", None) == "COD"
    assert dictionary.country_in_era("Congo", "COD", dt.date(1980, 1, 1)) == "COG"
