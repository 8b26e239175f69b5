"""Session 24: collective actors ("the international community", "Western allies") are
international actors, written in lower case in organizations.tsv; an envoy's posting is no party of its own when its
sentence names the host otherwise ("Germany summoned Russia's ambassador to Berlin")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrase, code", [
    ("The international community condemned the coup.", "The international community", "IGO"),
    ("Malawi appealed to the international community for maize.", "the international community", "IGO"),
    ("Western allies imposed new sanctions on Russia.", "Western allies", "IGOWST"),
    ("Zelensky pleaded with Western powers for fighter jets.", "Western powers", "IGOWST"),
    ("Western governments froze the central bank's assets.", "Western governments", "IGOWST"),
])
def test_collective_actors_are_international(actor_codes, text, phrase, code):
    found = actor_codes(text)
    assert found.get(phrase) == code, found


def test_lower_case_names_in_the_file_keep_their_capital_rule(actor_codes):
    # "Euro zone" and "Blue helmets" stay names: lower-case text does not match them
    found = actor_codes("Inflation in the euro zone rose as blue helmets patrolled the border.")
    assert "euro zone" not in found and "blue helmets" not in found, found


@pytest.mark.parametrize("text, envoy, country, posting", [
    ("Germany summoned Russia's ambassador to Berlin on Monday.", "Russia's ambassador", "RUSGOV", "Berlin"),
    ("Germany summoned the Russian ambassador to Berlin on Monday.", "the Russian ambassador", "RUSGOV", "Berlin"),
    ("Britain summoned Iran's envoy to London over the arrests.", "Iran's envoy", "IRNGOV", "London"),
])
def test_a_posting_in_the_hosts_sentence_is_no_party(actor_codes, text, envoy, country, posting):
    found = actor_codes(text)
    assert found.get(envoy) == country and posting not in found, found


def test_a_posting_that_adds_a_country_stays(actor_codes):
    found = actor_codes("Egypt recalled its ambassador to Iraq on Monday.")
    assert found.get("Iraq") == "IRQ", found


def test_summoning_an_envoy_targets_the_sending_state():
    from eventcoder.cli import build_coder
    from eventcoder.records import Article
    import datetime as dt

    coder = build_coder(model=None, include_statements=False, modality_as_intent=False, news_window_days=30,
                        codebook_files=(), actor_files=(), pattern_files=(), gazetteer_files=())
    article = Article(article_id="t", text="Germany summoned Russia's ambassador to Berlin on Monday over the poisoning.",
                      published=dt.date(2020, 6, 10))
    (result,) = list(coder.code_many([article], batch_size=1))
    summons = [e for e in result.events if e.cameo.startswith("11")]
    assert summons and {a.country for a in summons[0].target} == {"RUS"}, result.events


def test_the_council_does_not_refer_back_to_a_collective(actor_codes):
    found = actor_codes("Iran is defying the U.N. Security Council and ignoring the concerns of the international "
                        "community. The Council must be clear and united, the U.S. statement said.")
    assert found["The Council"] == "IGOUNO", found


# --- after review (session 24): negative cases of the rules above


def _code_events(text: str) -> list:
    """(cameo, source codes, target codes) of each event the whole coder finds in ``text``."""
    import datetime as dt

    from eventcoder.cli import build_coder
    from eventcoder.records import Article

    global _CODER
    if _CODER is None:
        _CODER = build_coder(model=None, include_statements=False, modality_as_intent=False, news_window_days=30,
                             codebook_files=(), actor_files=(), pattern_files=(), gazetteer_files=())
    (result,) = list(_CODER.code_many([Article(article_id="t", text=text, published=dt.date(2020, 6, 10))],
                                      batch_size=1))
    return [(e.cameo, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in result.events]


_CODER = None


@pytest.mark.parametrize("text, target", [
    ("China summoned the US ambassador to Beijing over Taiwan.", "USAGOV"),
    ("Germany summoned the Russian ambassador to Berlin over the hacking of Ukraine.", "RUSGOV"),
])
def test_a_summoned_envoy_is_the_target_before_what_the_summons_is_over(text, target):
    events = _code_events(text)
    summons = [e for e in events if e[0].startswith("11")]
    assert summons and summons[0][2] == (target,), events


def test_western_states_is_no_alias_of_the_west(actor_codes):
    found = actor_codes("Several Western states sued the Trump administration. Governors of Western states criticised "
                        "the president.")
    assert "IGOWST" not in found.values(), found


@pytest.mark.parametrize("text", [
    "The international community of astronomers condemned the decision.",
    "Members of the international community in Dubai protested.",
])
def test_an_international_community_narrowed_to_other_people_is_no_igo(actor_codes, text):
    found = actor_codes(text)
    assert "IGO" not in found.values(), found


def test_the_international_community_still_is_an_igo_before_a_plain_in(actor_codes):
    found = actor_codes("The minister called on the international community in a speech on Monday.")
    assert found.get("the international community") == "IGO", found


@pytest.mark.parametrize("text, state", [
    ("Russia warned Ukraine and its Western allies against escalating the conflict.", "Ukraine"),
    ("Ukraine and its Western allies condemned the Russian strikes.", "Ukraine"),
])
def test_western_allies_of_a_non_western_state_are_a_party(actor_codes, text, state):
    found = actor_codes(text)
    assert found.get(state) == "UKR" and "IGOWST" in found.values(), found


def test_western_allies_of_a_western_state_still_add_no_party(actor_codes):
    found = actor_codes("The United States and its Western allies imposed sanctions on Russia.")
    assert "IGOWST" not in found.values(), found
