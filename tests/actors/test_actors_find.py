"""find_actors on hand-written sentences: codes, spans and heads."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors, mentions_at


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def actors(make_document, dictionary):
    def run(text, published="2017-03-25"):
        document = make_document(text, published=published)
        return document, find_actors(document, dictionary)

    return run


def _codes(mentions):
    return [(m.actor.text, m.actor.code) for m in mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iranian President Hassan Rouhani arrived in Moscow on Monday.", ("Iranian President Hassan Rouhani", "IRNGOV")),
        ("Russian President Vladimir Putin welcomed the visit.", ("Russian President Vladimir Putin", "RUSGOV")),
        ("Russian Prime Minister Dmitry Medvedev met the delegation.", ("Russian Prime Minister Dmitry Medvedev", "RUSGOV")),
        ("Iranian entrepreneurs will sign deals.", ("Iranian entrepreneurs", "IRNBUS")),
        ("Moscow condemned the decision.", ("Moscow", "RUSGOV")),
        ("Tehran rejected the offer.", ("Tehran", "IRNGOV")),
        ("The Kremlin said nothing.", ("The Kremlin", "RUSGOV")),
        ("The Syrian government agreed to talks.", ("The Syrian government", "SYRGOV")),
        ("Russia sent more troops.", ("Russia", "RUS")),
        ("The UN Security Council imposed sanctions.", ("The UN Security Council", "IGOUNO")),
        ("Russia's army shelled the town.", ("Russia's army", "RUSMIL")),
        ("U.S. troops left the base.", ("U.S. troops", "USAMIL")),
        ("Islamic State militants attacked a checkpoint.", ("Islamic State militants", "IMGISL")),
        ("The Taliban seized the district.", ("The Taliban", "AFGINS")),
        ("Israeli police arrested two men.", ("Israeli police", "ISRCOP")),
        ("NATO held a meeting.", ("NATO", "IGOWSTNAT")),
        ("Amnesty International criticised the verdict.", ("Amnesty International", "NGOHRI")),
    ],
)
def test_single_actor(actors, text, expected):
    _, mentions = actors(text)
    assert expected in _codes(mentions)


def test_unknown_person_with_role_becomes_an_actor(actors):
    document, mentions = actors("Iranian Ambassador to Russia Mehdi Sanai said the talks went well.")
    first = mentions[0]
    assert (first.actor.code, first.actor.name) == ("IRNGOV", "Mehdi Sanai")
    assert first.actor.text == "Iranian Ambassador to Russia Mehdi Sanai"
    assert document.doc[first.head].text == "Sanai"


def test_name_person_spans_offsets_and_head(actors):
    document, mentions = actors("Iranian President Hassan Rouhani is scheduled to pay a visit to Russia.")
    rouhani = mentions[0]
    assert rouhani.actor.name == "Hassan Rouhani"
    assert rouhani.kind == "person"
    assert (rouhani.token_start, rouhani.token_end) == (0, 4)
    assert document.doc[rouhani.head].text == "Rouhani"
    text = document.article.text
    assert text[rouhani.actor.start : rouhani.actor.end] == "Iranian President Hassan Rouhani"
    assert mentions_at(mentions, 2) == [rouhani]


def test_opposition_takes_the_country_of_the_coordinated_government(actors):
    _, mentions = actors("Talks between the Syrian government and the opposition groups resumed.")
    assert _codes(mentions) == [("the Syrian government", "SYRGOV"), ("the opposition groups", "SYROPP")]


def test_coordinated_demonyms_share_the_sector(actors):
    _, mentions = actors("The Iranian and Russian presidents have held eight meetings.")
    assert [m.actor.code for m in mentions] == ["IRNGOV", "RUSGOV"]


def test_coordinated_sector_takes_the_country(actors):
    _, mentions = actors("Iranian entrepreneurs and business owners would hold negotiations.")
    assert [m.actor.code for m in mentions] == ["IRNBUS", "IRNBUS"]


def test_adjectives_that_are_not_actors(actors):
    _, mentions = actors("The Russian-made missiles and the military support were discussed.")
    assert mentions == []


def test_lowercase_words_are_not_countries(actors):
    _, mentions = actors("They gave us a turkey for dinner.")
    assert mentions == []


def test_capital_as_a_place_is_not_the_government(actors):
    _, mentions = actors("The talks took place in Moscow.")
    assert mentions == []


def test_mentions_are_sorted_and_do_not_overlap(actors):
    _, mentions = actors(
        "Russian President Vladimir Putin, Iranian officials and the UN Security Council met in Geneva "
        "while Turkish troops and Kurdish rebels fought near the border."
    )
    starts = [m.token_start for m in mentions]
    assert starts == sorted(starts)
    for left, right in zip(mentions, mentions[1:]):
        assert left.token_end <= right.token_start
    assert [m.actor.code for m in mentions][:4] == ["RUSGOV", "IRNGOV", "IGOUNO", "TURMIL"]


def test_head_is_inside_the_span_and_its_head_outside(actors):
    document, mentions = actors("The Syrian government and Russian troops attacked rebel positions on Monday.")
    for mention in mentions:
        assert mention.token_start <= mention.head < mention.token_end
        head = document.doc[mention.head]
        assert not (mention.token_start <= head.head.i < mention.token_end) or head.head.i == head.i


def test_empty_and_blank_documents(actors):
    assert actors("")[1] == []
    assert actors("   ")[1] == []


def test_wikidata_ids_for_countries_people_and_organisations(actors):
    _, mentions = actors("Russia, Russian troops, Vladimir Putin and the Taliban.")
    assert [(m.actor.code, m.actor.wikidata) for m in mentions] == [
        ("RUS", "Q159"), ("RUSMIL", None), ("RUSGOV", "Q7747"), ("AFGINS", "Q42418")
    ]
