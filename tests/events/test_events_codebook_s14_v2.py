"""Session 14 (V2) sweep of the trigger codebook for CAMEO roots 13-20 (issue 3): WordNet synonyms of our trigger lemmas
and wire wording classes, each kept to the guard that holds other senses out (rows ``s14v2_*`` in ``verbs.tsv`` and
``nouns.tsv``). Sentences of our own: the wordings that must code the row, and everyday uses of the same words that
must stay no event (or keep another code)."""

from __future__ import annotations

import pytest
from event_checks import has_event

# (text, CAMEO code or prefix, a source country, a target country); None where the event stage names none
PHRASINGS = [
    # 13 threaten
    ("Turkey served notice on Sweden that it would block its bid to join NATO.", "130", "TUR", "SWE"),
    ("Obama drew a red line over the use of chemical weapons by Syria.", "130", "USA", "SYR"),
    ("Turkey hinted at a military operation against Kurdish fighters in Syria.", "138", "TUR", "SYR"),
    ("China vowed countermeasures against the United States over the arms sale.", "1312", "CHN", "USA"),
    ("China vowed to take all necessary measures against Japan.", "131", "CHN", "JPN"),
    # 14 protest
    ("Protesters booed the French president in Marseille.", "140", "FRA", "FRA"),
    ("Palestinian youths stoned Israeli cars near Hebron.", "145", None, "ISR"),
    ("Dockworkers in Antwerp staged a solidarity strike at the port.", "143", None, None),
    ("Protesters scuffled with police in Tbilisi.", "145", "GEO", "GEO"),
    ("Protesters threw eggs at the Kenyan president's motorcade in Nairobi.", "145", "KEN", "KEN"),
    ("Belgian farmers dumped manure outside government buildings in Brussels.", "141", "BEL", None),
    ("Disability campaigners chained their wheelchairs across the entrance of the bus terminal in Bogota.", "141", "COL",
     None),
    # 15 force posture
    ("Poland reinforced its border with Belarus on Tuesday.", "154", "POL", "BLR"),
    ("Armenia ordered troops to the border with Azerbaijan.", "154", "ARM", "AZE"),
    ("South Korea's military raised its alert status along the border with North Korea.", "152", "KOR", "PRK"),
    # 16 reduce relations
    ("Mali ended the mandate of the UN peacekeeping mission.", "166", "MLI", None),
    ("The UN Security Council voted to end the peacekeeping mission in Mali.", "1661", None, "MLI"),
    ("Sudan revoked the licences of 13 foreign aid agencies operating in Darfur.", "1663", "SDN", None),
    # 17 coerce
    ("Washington turned up the heat on Beijing over its trade practices.", "170", "USA", "CHN"),
    ("Chinese coast guard vessels harassed a Philippine supply boat near the shoal.", "170", "CHN", "PHL"),
    ("The harassment of journalists by Zimbabwean police continued.", "170", "ZWE", "ZWE"),
    ("The intimidation of voters by ruling party militias was reported in Zimbabwe.", "130", None, "ZWE"),
    ("The mass dismissal of Turkish judges drew criticism from the EU.", "172", None, "TUR"),
    ("Zimbabwean police seized copies of the opposition newspaper in Harare.", "1721", "ZWE", None),
    ("Belarusian police seized the phones of the activists in Minsk.", "1711", "BLR", "BLR"),
    ("Beijing took countermeasures against Lithuania over the Taiwan office.", "163", "CHN", "LTU"),
    ("Riot police cleared demonstrators from the square in front of parliament in Tbilisi.", "175", "GEO", "GEO"),
    ("The closure of the Rafah crossing by Egypt trapped thousands of Palestinians.", "191", "EGY", None),
    ("Israeli authorities evicted Palestinian families from their homes in East Jerusalem.", "174", "ISR", "PSE"),
    ("The eviction of Palestinian families from Sheikh Jarrah angered Jordan.", "174", None, "PSE"),
    ("Thai police cleared protesters from the protest camp in Bangkok.", "175", "THA", None),
    ("Israeli forces tore down Palestinian homes in the West Bank.", "1712", "ISR", None),
    ("Xi Jinping purged top generals of the People's Liberation Army.", "172", "CHN", "CHN"),
    ("Turkey dismissed more than 18,000 civil servants in an emergency decree.", "172", "TUR", "TUR"),
    ("Russian saboteurs sabotaged the gas pipelines in the Baltic Sea.", "1712", "RUS", None),
    ("Syrian government forces laid waste to eastern Aleppo.", "1712", "SYR", None),
    # 18 assault
    ("Separatists put the captured Ukrainian soldiers to death.", "1823", None, "UKR"),
    ("Boko Haram militants burned two Nigerian policemen alive in Borno.", "1823", None, "NGA"),
    ("Gunmen lay in wait for a Pakistani army convoy near Peshawar.", "180", None, "PAK"),
    ("Rioters carried out a petrol bomb attack on a police station in Belfast.", "145", None, None),
    ("Police kicked and punched protesters in Nairobi.", "182", "KEN", "KEN"),
    ("Militiamen hacked Congolese villagers with machetes in Ituri.", "182", None, "COD"),
    ("The hanging of a protester in Iran drew condemnation from Germany.", "1823", None, "IRN"),
    # 19 fight
    ("Ukrainian forces beat back a Russian assault near Bakhmut.", "190", "UKR", "RUS"),
    ("Russian troops pushed back Ukrainian forces near Kupiansk.", "190", "RUS", "UKR"),
    ("The Kenyan army drove back al Shabaab fighters from the border town.", "190", "KEN", "SOM"),
    ("Israeli air defences knocked down a drone over Eilat.", "190", "ISR", None),
    ("Snipers picked off Ukrainian soldiers near Avdiivka.", "193", None, "UKR"),
    ("Russian security forces liquidated militants in Dagestan.", "190", "RUS", "RUS"),
    ("Ukrainian troops broke through Russian defensive lines near Robotyne.", "190", "UKR", "RUS"),
    ("Ukrainian troops launched a counterattack near Kharkiv.", "190", "UKR", None),
    ("Scuffles broke out between police and protesters in Tbilisi.", "1", "GEO", "GEO"),
    ("Russia's onslaught on Ukraine continued for a third week.", "190", "RUS", "UKR"),
    ("China said it was ready to go to war with Taiwan.", "138", "CHN", "TWN"),
    # 20 mass violence
    ("Myanmar's army ethnically cleansed Rohingya villages in Rakhine.", "203", "MMR", "MMR"),
    ("Myanmar's army has driven more than 600,000 Rohingya Muslims out of Rakhine state.", "201", "MMR", None),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_s14_v2_roots_13_20(coded, text, code, source, target):
    events = coded(text)
    assert has_event(events, code, source, target), events


@pytest.mark.parametrize("text, wrong", [
    # aid agencies whose licences are revoked are expelled (1663); a broadcaster's licence is censorship (1721)
    ("Sudan revoked the licences of 13 foreign aid agencies operating in Darfur.", "1721"),
    # villagers hacked with machetes are assaulted (182), not hacked like a computer (170)
    ("Militiamen hacked Congolese villagers with machetes in Ituri.", "170"),
    # newspapers and phones seized are confiscated or censored, not ground occupied (192)
    ("Zimbabwean police seized copies of the opposition newspaper in Harare.", "192"),
    ("Belarusian police seized the phones of the activists in Minsk.", "192"),
    # a force beaten back is repelled (190), not beaten up (182)
    ("Ukrainian forces beat back a Russian assault near Bakhmut.", "182"),
    # migrants pushed back are deported (174), not fought (190)
    ("Greek police pushed back migrants across the border into Turkey.", "190"),
    # a people driven out by an army is a mass expulsion (201), not an expelled international presence (166)
    ("Myanmar's army has driven more than 600,000 Rohingya Muslims out of Rakhine state.", "166"),
    # civil servants dismissed by decree are purged (172), not a proposal rejected (120)
    ("Turkey dismissed more than 18,000 civil servants in an emergency decree.", "120"),
    # purging generals sanctions them (172); purging a minority is ethnic cleansing, another row
    ("Xi Jinping purged top generals of the People's Liberation Army.", "203"),
])
def test_s14_v2_rows_do_not_give_the_wrong_code(coded, text, wrong):
    events = coded(text)
    assert events and not any(c == wrong for c, _s, _t in events), events


@pytest.mark.parametrize("text", [
    "The chef turned up the heat on the stove in Paris.",
    "Fans booed the referee in Madrid.",
    "The council pulled down the old stadium in Lyon.",
    "Hackers sabotaged the company's website in Nairobi.",
    "Kenya beat back Uganda's challenge to win the final.",
    "The government pushed back the elections to December.",
    "The firm liquidated its assets in Nairobi.",
    "The tenant gave notice to the landlord in Nairobi.",
    "The cook butchered a goat in Nairobi.",
    "The airline took out a loan from the World Bank.",
    "Kenya took out Uganda in the semi-final.",
    "Engineers broke through the rock in the tunnel in Norway.",
    "Investors picked off cheap shares in Nairobi.",
    "The storm knocked down power lines across Kenya.",
    "The children stoned the mangoes from the tree in Nairobi.",
    "Kenyan fans scuffled outside the stadium in Nairobi.",
    "Kenya's parliament purged the voter roll in Nairobi.",
    "The governor cleared the rally with the police chief in advance.",
    "The Kenyan president dismissed the minister of finance.",
    "The Kenyan team went to war with the referee.",
    "The farmer dumped the hay in the barn in Kenya.",
    "The Kenyan minister hinted at a strike by teachers.",
    "The school took all necessary measures against the flu in Kenya.",
    "The Kenyan chef cut the onions with a knife.",
    "The Kenyan team set a red line for the talks with Uganda.",
    "Kenyan fans threw eggs at each other at the festival.",
])
def test_s14_v2_everyday_uses_are_no_event(coded, text):
    assert coded(text) == []
