"""Session 19: the political-party test (events/political.py): an event needs a political doer or a political object.
Own sentences, one per class of party."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.patterns import EventPatterns
from eventcoder.events.political import PoliticalClasses


def roots(events):
    return {cameo[:2] for cameo, _source, _target in events}


@pytest.mark.parametrize("text", [
    # a country word that only modifies a thing, a band or a company
    "The Scottish folk band Loch Harbour will launch a world tour in Madrid next spring.",
    "A NASA probe slammed into a comet on Tuesday in a test of planetary defence.",
    # a national team in a match report, and its coach
    "Italy beat Spain 2-1 in the European Championship semi-final at Wembley stadium on Tuesday. Italy meet England in "
    "the final on Sunday.",
    "Italy won 2-0 in the World Cup qualifier on Friday. \"We attacked them all night,\" Italy coach Marco Bellini said.",
    # a person of a nationality, a private person's lawyer, a crowd counted
    "The Norwegian seized the initiative in the second game and never let go.",
    "Hendricks's lawyer rejected the allegations on Monday.",
    "Every summer an army of holidaymakers invades the islands.",
    # a named company's suit against a foreign rival; an institution is no citizens acting together; a hazard
    # acting on people
    "Dutch chipmaker Veldhoven Systems sued its Korean rival on Tuesday.",
    "Several top universities rejected thousands of applicants this year.",
    "The wildfire swept through the town, destroying homes and businesses and killing nine people.",
    # citizens fighting off animals, a private suspect
    "Villagers fired flares to chase the elephants away.",
    "A suspect attacked a shopkeeper in Leeds on Sunday.",
])
def test_no_political_party_no_event(real_event_codes, text):
    assert real_event_codes(text) == []


@pytest.mark.parametrize("text, root", [
    ("Kenyan doctors called off their strike on Friday after a deal on pay.", "08"),
    ("Villagers in northern Ghana demanded compensation for their lost farmland.", "10"),
    ("Jailed Kenyan activist Peter Omondi began a hunger strike on Monday.", "14"),
    ("Armed prisoners exchanged gunfire with guards in Port-au-Prince on Sunday.", "19"),
    ("Five protesters were arrested in Nairobi on Friday.", "17"),
    ("The Russian army invaded Ukraine in February.", "19"),
    ("The spokesman of the Russian president rejected the allegations on Monday.", "12"),
    ("A jailed Egyptian blogger refused food for a month.", "14"),
    ("Students stormed a police station in Dhaka on Tuesday.", "19"),
    ("Hackers launched a cyberattack on Latvian banks.", "17"),
    ("Bandits abducted 300 schoolgirls in northern Nigeria on Friday.", "18"),
    # a country's business people as a body dealing with another country's: a trade mission (IRNBUS -> RUS)
    ("Iranian business owners will hold negotiations with their Russian counterparts and sign deals.", "05"),
    ("Japanese businessmen met their Indian counterparts in Delhi on Monday.", "04"),
])
def test_political_parties_keep_their_event(real_event_codes, text, root):
    assert root in roots(real_event_codes(text))


def test_a_match_report_keeps_a_president_as_a_state(real_event_codes):
    text = ("Italy beat Spain 2-1 in the European Championship semi-final at Wembley stadium on Tuesday. The Italian "
            "president met Spain's prime minister in Rome on Wednesday.")
    assert "04" in roots(real_event_codes(text))


def test_the_data_file_loads_and_rejects_bad_lists_and_unknown_keys(tmp_path: Path):
    classes = EventPatterns.load().political
    assert "GOV" in classes.political_sectors and "band" in classes.thing_heads
    with pytest.raises(DataFileError):
        PoliticalClasses.from_mapping(tmp_path / "political.yaml", {"thing_heads": "band"})
    bad = tmp_path / "grammar.yaml"
    bad.write_text("thing_headz: [band]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        EventPatterns().add_grammar_file(bad)


def test_a_persons_detention_is_undergone_not_done(real_event_codes):
    # grammar.yaml patient_nouns: the possessor of an arrest with no "of" object is the one arrested
    found = real_event_codes("A Guatemalan court revoked journalist Jose Zamora's house arrest on Monday.")
    assert any(c == "173" and s == () and t == ("GTMMED",) for c, s, t in found), found
    found = real_event_codes("Russia's detention of U.S. journalist Evan Gershkovich angered Washington.")
    assert any(c == "173" and s == ("RUS",) for c, s, _t in found), found


@pytest.mark.parametrize("text", [
    "Israeli settlers attacked Palestinian villagers in the West Bank on Friday.",
    "Turkish residents attacked Syrian refugees in Kayseri on Monday.",
])
def test_citizens_violence_across_a_national_line_is_political(real_event_codes, text):
    assert "19" in roots(real_event_codes(text))


# Session 21: national teams without a score, companies the dictionary lacks, stories told, a race won.
@pytest.mark.parametrize("text", [
    # a cricket result (a margin, no score) and a match report whose cues are goals and a league
    "Sri Lanka beat Bangladesh by 45 runs in the tournament opener on Friday. Bangladesh will face Nepal on Monday.",
    "Norway beat Serbia 3-1 in the Nations League on Saturday after Erling Haaland scored twice. Serbia will meet "
    "Sweden on Tuesday.",
    # a company named with a company noun, and its rival
    "Danish brewer Skovgaard rejected a takeover offer from Dutch rival Brouwerij Maas on Friday.",
    # what a film tells, and a film's character
    "In \"Cold Harbour,\" which opens on Friday, Chinese commandos kidnap an American diplomat. The film was shot in "
    "Malta.",
    "Audiences cheered the film \"Cold Harbour,\" in which Chinese commandos kidnap an American diplomat.",
    "The novel's hero, a Polish pilot, shoots down two German bombers over Kent.",
    # a race won between countries named bare
    "Japan landed a probe on the moon on Friday, beating India by a week.",
    # an animal's act on a person a country word describes
    "A Dutch hiker was attacked by a bear in the Carpathians on Sunday.",
    # the past an anniversary recalls
    "Hundreds gathered in Budapest on Monday to mark the anniversary of the 1956 uprising, when Soviet tanks crushed "
    "Hungary's revolt.",
    "Crowds filled the square for the centenary of the Easter Rising, in which rebels seized the post office.",
])
def test_no_political_party_no_event_s21(real_event_codes, text):
    assert real_event_codes(text) == [], real_event_codes(text)


@pytest.mark.parametrize("text, root", [
    # a state acting on a company; armed forces beating another's
    ("Chile accused Canadian miner Northpeak of polluting a river, and Santiago fined Canada's embassy staff.", "11"),
    ("Ethiopian troops defeated Eritrean forces near Badme on Friday.", "19"),
    # an unnamed attacker's strike on a country's ship stays an event
    ("A Greek tanker was hit by a missile off Yemen on Sunday.", "19"),
    # news told beside an anniversary stays news
    ("On the anniversary of the war, Russian troops shelled Kharkiv, where soldiers killed four civilians.", "19"),
    # a state's protest over a film is news, whatever the film tells
    ("China summoned the U.S. ambassador on Friday over the film \"Cold Harbour,\" in which Chinese commandos kidnap "
     "an American diplomat.", "11"),
])
def test_parties_of_a_company_story_or_a_film_keep_their_event(real_event_codes, text, root):
    assert root in roots(real_event_codes(text)), real_event_codes(text)


# Session 21 review: everyday words of sport, a military operation's title and a weapon keep a state's act an event.
@pytest.mark.parametrize("text, wanted", [
    # a vote's tally is no score, and "scored", "goals", "penalties" are no match words alone
    ("The Senate approved the climate bill 51-49 on Tuesday. Democrats scored a major victory, and the bill's goals "
     "include cutting emissions. China criticized Japan over the vote.", ("111", ("CHN",), ("JPN",))),
    ("The Senate passed the sanctions bill 62-38 on Tuesday. It sets tougher penalties for firms that trade with Iran "
     "and keeps the climate goals. Iran condemned the vote.", ("111", ("IRN",), ())),
    # a title that opens a military operation's sentence, in a story that names a "series" of attacks
    ("India struck nine sites in Pakistan overnight, the army said, in a series of missile attacks. In \"Operation "
     "Sindoor,\" Indian jets attacked militant camps in Pakistan, officials said.", ("19", ("INDMIL",), ("PAK",))),
    # a beating with weapons is an attack, not a contest won
    ("Russia battered Ukraine with missiles overnight, officials said.", ("19", ("RUS",), ("UKR",))),
    # outside a match report, a win between bare countries is a war unless told beside another deed
    ("Russia battered Ukraine overnight, officials said.", ("18", ("RUS",), ("UKR",))),
    ("Ethiopia defeated Eritrea in the border war, the government said on Tuesday.", ("19", ("ETH",), ("ERI",))),
])
def test_state_acts_stay_events_beside_sport_and_story_words(real_event_codes, text, wanted):
    cameo, source, target = wanted
    found = real_event_codes(text)
    assert any(c.startswith(cameo) and s == source and (not target or t == target) for c, s, t in found), found


def test_a_plot_told_with_a_modal_after_a_title_stays_no_event(real_event_codes):
    text = ("In \"Night Border,\" an American agent will stop North Korean commandos who kidnapped a Japanese diplomat. "
            "The film opens on Friday.")
    assert real_event_codes(text) == [], real_event_codes(text)
