"""Session 15 codebook rows (issue 3): wire wording classes found in the story and phrasing dev sets (rows ``s15v_*``
in ``verbs.tsv`` and lemmas or objects added to older rows), each with its everyday uses that must stay no event.

Conventions this file pins down:

* a boycott of an election, a vote or goods is a boycott (143, "strike or boycott"), not a sanction; a boycott of
  talks, a meeting or a summit refuses to meet (125, as the noun "boycott" of a summit already was), never attendance;
* a state's protest against another's act is an official complaint (114) when the wording says so ("lodged a
  protest", "sent a protest note", "protested to Washington"); the bare verb "protested" stays a demonstration (141),
  since the row cannot tell a government from a crowd (that needs the source's role, a grammar rule);
* aid frozen as an amount ("froze $2 billion in security assistance to Pakistan") is aid stopped (162) only with a
  named recipient."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has

# (text, CAMEO code or prefix, a source country, a target country); None where the event stage names none
PHRASINGS = [
    # 11 disapprove: a retort aimed at someone
    ("China hit back at the United States on Friday over its new tariffs.", "111", "CHN", "USA"),
    # 08 yield: a price rise or a tax withdrawn is a policy concession
    ("The fuel price rise was withdrawn by Ecuador's president on Sunday.", "0832", "ECU", None),
    ("Nigeria reversed the fuel price hike after a week of strikes.", "0832", "NGA", None),
    # 08 yield: people returned, a military operation called off
    ("Russia returned 20 Ukrainian children.", "0841", "RUS", "UKR"),
    ("The rebels called off their offensive against Goma.", "087", None, None),
    ("Israel called off a planned air strike on Iran.", "087", "ISR", "IRN"),
    # 07 aid: earmarked supplies, protective gear, air defences rushed, aircraft handed over to an army
    ("Ireland has earmarked emergency shelter and medical supplies for survivors of the Haiti earthquake.", "073",
     "IRL", "HTI"),
    ("Germany will send 5,000 helmets to Ukraine.", "072", "DEU", "UKR"),
    ("Washington rushed air defence systems to Israel.", "072", "USA", "ISR"),
    ("The U.S. ambassador handed over the planes to the Lebanese army at Hamat air base.", "072", "USA", "LBN"),
    ("The United States handed over two Super Tucano aircraft to Lebanon.", "072", "USA", "LBN"),
    # 16 reduce relations: cooperation curtailed, aid frozen as an amount, supplies and utilities cut off
    ("Iran scaled back its cooperation with the IAEA.", "160", "IRN", None),
    ("Russia suspended its cooperation with the International Criminal Court.", "160", "RUS", None),
    ("The United States froze nearly $2 billion in security assistance to Pakistan on Thursday.", "162", "USA", "PAK"),
    ("Israel cut off electricity and water to Gaza.", "162", "ISR", "PSE"),
    ("Russia shut off gas supplies to Moldova.", "162", "RUS", "MDA"),
    # 17 coerce: a fugitive recaptured is arrested, not attacked
    ("Mexican marines recaptured the Sinaloa cartel leader in January 2016.", "173", "MEX", None),
    # 18 assault: children, students and passengers seized are abducted
    ("Armed men seized more than 300 girls from a school in Nigeria's Zamfara state.", "181", None, None),
    ("Gunmen seized 27 schoolboys from a boarding school in Nigeria.", "181", None, None),
    # boycotts (see the module docstring)
    ("The opposition boycotted the election in Venezuela.", "143", None, None),
    ("Russia boycotted the talks with Ukraine.", "125", "RUS", "UKR"),
    ("Serbia boycotted the summit in Brussels.", "125", "SRB", None),
    ("Russia's boycott of the summit was criticised.", "125", "RUS", None),
    # 11 disapprove (116 verdicts): a court finding someone guilty
    ("A Moscow court found Navalny guilty of extremism.", "116", "RUS", None),
    # 14 protest: a campus occupied by students is a sit-in
    ("Students occupied the university campus in protest at the war.", "141", None, None),
    # 15 force posture: flanks and air defences reinforced
    ("NATO reinforced its eastern flank.", "154", None, None),
    ("Poland shored up its air defences.", "154", "POL", None),
    # nominal forms: cooperation suspended, utilities cut off, a price rise withdrawn, ground or a fugitive captured
    ("Russia announced the suspension of its cooperation with the IAEA.", "160", "RUS", None),
    ("Israel's cutoff of electricity to Gaza drew criticism.", "162", "ISR", "PSE"),
    ("The withdrawal of the fuel price rise by Ecuador ended the protests.", "0832", "ECU", None),
    ("The recapture of the drug lord was announced by Mexico.", "173", "MEX", None),
    # 05 diplomatic cooperation: endorsing a bid, reopening a channel between governments
    ("France came out in support of Finland's NATO membership.", "051", "FRA", "FIN"),
    ("Seoul and Pyongyang restored their military hotline.", "050", "KOR", "PRK"),
    ("North Korea reopened a hotline with South Korea.", "050", "PRK", "KOR"),
    # the shadowing rows leave real attacks, surrenders and visits alone
    ("Russian forces bombarded Kharkiv with rockets.", "194", "RUS", None),
    ("The rebels surrendered to the army.", "0874", None, None),
    ("Turkey hosted Putin in Ankara.", "043", "TUR", "RUS"),
    ("Russian troops pulled out of Kherson.", "0874", "RUS", None),
    ("Soldiers fired on workers in the square.", "193", None, None),
    ("Russia suspended flights to Georgia.", "161", "RUS", "GEO"),
    ("North Korea issued a stern warning to Seoul.", "130", "PRK", "KOR"),
    ("Russia struck targets in Syria.", "190", "RUS", "SYR"),
    ("Russia launched an offensive in eastern Ukraine.", "190", "RUS", "UKR"),
    # 11 disapprove: verbal attacks with a reason, retorts to critics
    ("China attacked the United States over its Taiwan policy.", "111", "CHN", None),
    ("The Iranian foreign minister fired back at critics of the deal.", "111", "IRN", None),
    # official complaints
    ("China lodged a protest with Washington over the arms sale to Taiwan.", "114", "CHN", "USA"),
    ("Beijing sent a protest note to Tokyo.", "114", "CHN", "JPN"),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_s15_phrasings(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


# everyday uses of the same words: no event at all
@pytest.mark.parametrize("text", [
    "He hit back at his critics in an interview.",
    "The storm cut off power to 200,000 homes.",
    "The utility shut off water to the building.",
    "The company cut $2 billion in costs.",
    "The company suspended its cooperation with the supplier.",
    "The coach ordered the players out of the dressing room.",
    "The bus seized up on the motorway.",
    "The lawyer strengthened his defence of the client.",
    "The storm caused a power cut in the city.",
    "He found the book on the shelf.",
    # a person breaking the terms of a sentence is the reason for a sanction, not defiance (s15v_breach_rules)
    "A Moscow court ordered the activist to serve two years for violating the terms of his probation.",
    # markets, science, press conferences and sport (rows that shadow the attack, surrender and host rows)
    "The Nigerian naira surrendered early gains against the dollar on Thursday amid thin trading in Lagos.",
    "Scientists bombarded a tiny fuel capsule with lasers, achieving a net energy gain.",
    "Reporters bombarded the minister with questions.",
    "The tournament was hosted by South Africa, whose stadiums were praised by fans.",
    "Qatar hosted the World Cup in 2022.",
    "The company set up a hotline for customers.",
    "The government reopened the hotline for victims.",
    "The senator came out in support of the bill.",
    "Amazon fired 10,000 workers.",
    "Shell pulled out of a gas project in Russia.",
    "The candidate pulled out of the race.",
    "The airline suspended flights because of the storm.",
    "The weather office issued a storm warning.",
    "The minister struck a conciliatory tone.",
    "Oil prices hit a record high.",
    "The talks hit a snag.",
    "China launched a charm offensive in Africa.",
    "The president's campaign rally drew thousands of supporters.",
    # coping with something is no meeting (s15_meet_challenge)
    "India must keep building naval capacity, meeting such challenges in the Indian Ocean.",
    "Ghana met its revenue target for the year.",
])
def test_codebook_s15_everyday_uses(coded, text):
    assert coded(text) == [], coded(text)


# the same words in another sense: not the new code
@pytest.mark.parametrize("text, code", [
    # a retort with nobody named is no attack ("hit back" shadows the attack row "hit")
    ("Minsk hit back within hours, recalling its ambassadors from Poland and Lithuania.", "19"),
    # workers calling off a strike ease dissent (082), they do not de-escalate fighting
    ("Workers called off their strike at the port.", "087"),
    # seized ships handed back stay a return of property, not military aid
    ("Iran handed back the seized British tanker to Britain.", "072"),
    # the phones of girls seized are property, not the girls
    ("Police seized the girls' phones.", "181"),
    # a town captured is ground taken, not an arrest
    ("The capture of the town by rebels was confirmed.", "173"),
    # a verbal attack "over" a reason is no assault; a time after "over" is no reason
    ("China attacked the United States over its Taiwan policy.", "19"),
    ("Rebels attacked the town over the weekend.", "111"),
])
def test_codebook_s15_other_senses(coded, text, code):
    events = coded(text)
    assert not any(c.startswith(code) for c, _s, _t in events), events
