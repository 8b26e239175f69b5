"""An ocean named with a country's adjective is a place, not an actor; the adjective still names the country
elsewhere."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrase", [
    ("Both leaders reaffirmed their commitment to a free and open Indian Ocean.", "Indian"),
    ("Chinese survey ships have been mapping the floor of the Indian Ocean for years.", "Indian"),
])
def test_s14_an_ocean_named_after_a_country_is_no_actor(actor_codes, text, phrase):
    assert phrase not in actor_codes(text)


def test_s14_the_adjective_alone_still_names_the_country(actor_codes):
    assert actor_codes("Indian troops patrolled the border on Monday.").get("Indian troops", "").startswith("IND")
