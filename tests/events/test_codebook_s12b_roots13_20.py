"""Session 12 coverage of the trigger codebook for CAMEO roots 13-20 (issue 3): the synonyms, idioms, light-verb
constructions and nominalisations a wire reporter uses for threats, protests, force posture, reduced relations,
coercion, assault, fighting and mass violence (rows ``s12b_*`` in ``verbs.tsv`` and ``nouns.tsv``; sentences of our
own)."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has

# (text, CAMEO code or prefix, a source country, a target country); None where the event stage names none
PHRASINGS = [
    # 13 threaten
    ("EU foreign ministers held out the threat of fresh sanctions against Minsk on Monday.", "130", None, "BLR"),
    ("Russia raised the spectre of a nuclear strike on Ukraine.", "130", "RUS", "UKR"),
    ("The United States put Iran on notice over its missile tests.", "130", "USA", "IRN"),
    ("China rattled its sabre at Taiwan with a series of drills.", "138", "CHN", "TWN"),
    ("Hezbollah vowed revenge against Israel for the killing of its commander.", "138", "LBN", "ISR"),
    ("Saudi Arabia served an ultimatum on Qatar.", "139", "SAU", "QAT"),
    # 14 protest
    ("Thousands of students joined the protests against the military junta in Yangon.", "141", "MMR", "MMR"),
    ("Doctors across Myanmar joined a civil disobedience movement against the military takeover.", "140", "MMR", None),
    ("Rail workers joined a nationwide strike over pay on Monday.", "143", None, None),
    ("Opposition supporters hit the streets of Lagos to protest against fuel price increases.", "141", "NGA", "NGA"),
    ("Opposition parties in Bangladesh shunned the polls, saying the election would be rigged.", "143", "BGD", None),
    ("British rail workers took industrial action over pay on Tuesday.", "143", "GBR", None),
    ("Youths ran riot in the centre of the city.", "145", None, None),
    ("A stay-away by workers paralysed Johannesburg.", "143", None, None),
    ("Road blockades by protesters paralysed Peru.", "144", None, None),
    # 15 force posture
    ("Police stepped up security in Nairobi ahead of the vote.", "153", "KEN", None),
    ("Authorities tightened security around the capital ahead of the opposition rally.", "153", None, None),
    ("North Korea put its troops on standby after the South's drills.", "152", "PRK", None),
    # 16 reduce relations
    ("Britain axed aid to Rwanda over its support for the M23 rebels.", "162", "GBR", "RWA"),
    ("The United States cancelled military aid to Egypt after the coup.", "1622", "USA", "EGY"),
    ("Russia shut down the British Council's offices in St Petersburg.", "166", "RUS", "GBR"),
    ("Mali's junta showed the French ambassador the door.", "166", "MLI", "FRA"),
    # 17 coerce
    ("Burkina Faso kicked out the correspondents of French newspapers Le Monde and Liberation.", "174", "BFA", "FRA"),
    ("Police took dozens of opposition activists into custody in Minsk.", "173", "BLR", "BLR"),
    ("Egyptian authorities put hundreds of Muslim Brotherhood supporters behind bars.", "173", "EGY", "EGY"),
    ("The junta threw critics in jail after the coup.", "173", None, None),
    ("The government muzzled the independent press in Nicaragua.", "1721", "NIC", "NIC"),
    ("Pakistani authorities took the channel off the air.", "1721", "PAK", None),
    ("Ethiopia imposed a media blackout in Tigray.", "1721", "ETH", "ETH"),
    ("The Indian government imposed emergency rule in Manipur.", "1724", "IND", "IND"),
    ("Beijing clamped down on dissent in Hong Kong.", "175", "CHN", "HKG"),
    ("Israeli bulldozers flattened Palestinian homes in East Jerusalem.", "1712", "ISR", "PSE"),
    ("The pushback of migrants by Greece was condemned by the UN.", "174", "GRC", None),
    # 18 assault
    ("Militants seized 40 hostages at a gas plant in Algeria.", "181", None, "DZA"),
    ("Syrian intelligence officers subjected detainees to electric shocks at a Damascus prison.", "1822", "SYR", "SYR"),
    ("A suicide blast at a mosque in Peshawar killed 100 people.", "1831", None, None),
    # 19 fight
    ("Indian and Pakistani troops exchanged small arms fire across the Line of Control.", "193", "IND", "PAK"),
    ("Thai and Cambodian troops traded artillery fire near the Preah Vihear temple.", "194", "THA", "KHM"),
    ("Russian forces pounded Kharkiv with artillery and rockets overnight.", "194", "RUS", None),
    ("Israel hit Gaza with air strikes on Friday.", "195", "ISR", "PSE"),
    ("Russia struck Kyiv with kamikaze drones on Monday.", "1952", "RUS", "UKR"),
    ("Gunmen sprayed bullets into a crowded bar in Mexico.", "193", None, "MEX"),
    ("British jets flew sorties over Raqqa.", "195", "GBR", None),
    ("Sudan's paramilitary shattered the truce by shelling Khartoum.", "196", "SDN", None),
    ("Rebel fighters advanced on the capital Juba.", "190", None, "SSD"),
    ("The aerial bombardment of Aleppo by Russian jets continued.", "195", "RUS", None),
    ("The encirclement of Mariupol by Russian forces tightened.", "191", "RUS", None),
    # 20 mass violence
    ("Islamic State fighters committed atrocities against the Yazidis of Sinjar.", "200", None, None),
    ("North Korea set off its sixth nuclear device at the Punggye-ri test site on Sunday.", "2042", "PRK", None),
    ("North Korea detonated a hydrogen bomb on Sunday.", "2042", "PRK", None),
    ("Syrian forces unleashed chemical weapons on Douma.", "2041", "SYR", None),
    # second batch
    ("Qatar froze its mediation between Israel and Hamas.", "165", "QAT", "ISR"),
    ("Egypt pulled out of mediation between Israel and Hamas.", "165", "EGY", "ISR"),
    ("The suspension of Qatar's mediation between Israel and Hamas was announced on Thursday.", "165", "QAT", "ISR"),
    ("Palestinians of the West Bank shunned work on Monday to protest at Israeli settlements.", "143", "PSE", None),
    ("Customs officers in Nigeria went on a go-slow over pay.", "143", "NGA", None),
    ("Protesters chanted anti-government slogans outside parliament in Nairobi.", "141", "KEN", None),
    ("Demonstrators waved placards outside the Israeli embassy in Amman.", "141", None, "ISR"),
    ("Protesters in Islamabad burned an effigy of the U.S. president.", "141", "PAK", "USA"),
    ("The Ecuadorian government sent in the army to restore order in Guayaquil.", "154", "ECU", None),
    ("The French government sent in riot police to clear the camp.", "153", "FRA", None),
    ("China flooded Urumqi with police after the riots.", "153", "CHN", None),
    ("Syrian forces imposed a siege on eastern Ghouta.", "191", "SYR", None),
    ("Police fired live rounds at protesters in Khartoum.", "193", "SDN", "SDN"),
    ("Myanmar troops drove the Rohingya out of Rakhine state.", "201", "MMR", None),
    ("The United States added Huawei to its entity list.", "163", "USA", "CHN"),
    ("France pulled its ambassador from Niger.", "161", "FRA", "NER"),
    ("Iran downed a U.S. drone over the Strait of Hormuz.", "190", "IRN", "USA"),
    # third and fourth batches
    ("North Korea kicked UN nuclear inspectors out of its Yongbyon complex.", "1662", "PRK", None),
    ("Sudan threw out 13 foreign aid agencies working in Darfur.", "1663", "SDN", None),
    ("Mali kicked out the UN peacekeepers last year.", "1661", "MLI", None),
    ("Nigerian soldiers raided the offices of a newspaper in Maiduguri.", "1721", "NGA", "NGA"),
    ("Police raided the offices of the opposition party in Harare.", "170", "ZWE", "ZWE"),
    ("China built up its forces along the border with India.", "154", "CHN", "IND"),
    ("China took countermeasures against Lithuania.", "163", "CHN", "LTU"),
    ("The EU imposed punitive measures on Belarus.", "163", None, "BLR"),
    ("The EU suspended trade preferences for Cambodia over human rights.", "163", None, "KHM"),
    ("Nigerian doctors began an indefinite strike over pay.", "143", "NGA", None),
    ("A miners' strike in Chile halted copper output.", "143", "CHL", None),
    ("A grenade attack on an opposition rally in Dhaka killed 20 people.", "193", None, None),
    ("An acid attack on a journalist in Pakistan was condemned.", "182", None, None),
    ("The Palestinian Authority walked away from the peace talks.", "160", "PSE", None),
    ("Turkey blocked social media sites after the bombing.", "1721", "TUR", None),
    ("The EU threatened legal action against Poland over the judicial reforms.", "131", None, "POL"),
    ("Nigeria's unions threatened a general strike over fuel prices.", "133", "NGA", None),
    ("Opposition leader Raila Odinga led protests against the government in Nairobi.", "141", "KEN", "KEN"),
    ("Egypt put the former president on trial.", "173", "EGY", "EGY"),
    ("Militants held the Chinese engineers for ransom.", "181", None, "CHN"),
    ("Israeli troops forcibly displaced the villagers of Masafer Yatta.", "201", "ISR", None),
    # fifth batch
    ("Moscow vowed a tough response to the expulsion of its diplomats by Poland.", "130", "RUS", "POL"),
    ("Myanmar's military expelled hundreds of thousands of Rohingya into Bangladesh.", "201", "MMR", "MMR"),
    ("Opposition activists delivered a petition to parliament in Minsk demanding new elections.", "140", "BLR", "BLR"),
    ("Russian forces broke the truce deal in Donetsk.", "196", "RUS", None),
    # sixth batch
    ("Seoul received a veiled threat from Pyongyang over the leaflets.", "130", "PRK", "KOR"),
    ("Activists chained themselves to the gates of parliament in London.", "141", "GBR", "GBR"),
    ("The junta suspended the activities of all political parties.", "1722", None, None),
    ("Mali's junta banned political activity.", "172", "MLI", None),
    ("Israeli tanks rolled into the town of Rafah.", "192", "ISR", None),
    # seventh batch
    ("The opposition announced a boycott of the parliamentary election.", "143", None, None),
    ("A mob lynched the suspect in Kano.", "1823", None, None),
    ("North Korea torpedoed a South Korean warship in 2010.", "190", "PRK", None),
    # eighth batch
    ("The opposition stormed out of parliament in protest.", "140", None, None),
    ("Protesters heckled the prime minister in Lahore.", "140", None, None),
    ("Activists went on a march to the capital Islamabad.", "141", "PAK", None),
    ("ECOWAS suspended Guinea from the bloc after the coup.", "160", None, "GIN"),
    ("The junta forced the opposition leader into exile.", "174", None, None),
    ("A suicide bomber detonated his explosive vest at a checkpoint in Kabul.", "1831", None, None),
    ("An Islamic State militant rammed a truck into a crowd in Nice.", "180", None, None),
    # ninth and tenth batches
    ("The withdrawal of Algeria's ambassador from Paris angered France.", "161", "DZA", "FRA"),
    ("The enforced disappearance of activists by Pakistani security agencies was condemned.", "181", "PAK", "PAK"),
    ("North Korea's nuclear detonation drew condemnation from Japan.", "2042", "PRK", None),
    ("Norway stepped down as facilitator in the Sri Lankan peace process.", "165", "NOR", "LKA"),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_roots_13_20(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, wrong", [
    # small-arms fire exchanged is 193 and artillery fire 194, not the bare 190 of "exchanged fire"
    ("Indian and Pakistani troops exchanged small arms fire across the Line of Control.", "190"),
    ("Thai and Cambodian troops traded artillery fire near the Preah Vihear temple.", "190"),
    # journalists kicked out are individuals expelled (174), not an international presence (166)
    ("Burkina Faso kicked out the correspondents of French newspapers Le Monde and Liberation.", "166"),
    # electric shocks are torture (1822), not a beating (182)
    ("Syrian intelligence officers subjected detainees to electric shocks at a Damascus prison.", "182"),
    # a nuclear device set off is a nuclear detonation (2042), not a bombing (183)
    ("North Korea set off its sixth nuclear device at the Punggye-ri test site on Sunday.", "183"),
    # walking away from talks reduces relations, it is no labour walkout (143)
    ("The Palestinian Authority walked away from the peace talks.", "143"),
    # a threatened general strike is a threat of protest (133), not of force (138)
    ("Nigeria's unions threatened a general strike over fuel prices.", "138"),
    # a boycott of an election is a political boycott (143), not an economic sanction (163)
    ("The boycott of the election by the opposition was announced.", "163"),
    # storming out of parliament is a walkout, not an assault on it
    ("The opposition stormed out of parliament in protest.", "190"),
    # a media blackout is censorship (1721), not a general restriction (172)
    ("Ethiopia imposed a media blackout in Tigray.", "172"),
])
def test_specific_rows_13_20_do_not_give_the_wrong_code(coded, text, wrong):
    events = coded(text)
    assert events and not any(c == wrong for c, _s, _t in events), events


@pytest.mark.parametrize("text", [
    "The market rally held out the prospect of recovery.",
    "The drought raised the spectre of famine in Somalia.",
    "He joined the company in 2010.",
    "Fans lined the streets to welcome the team home.",
    "Crowds gathered outside the hospital where the singer was treated.",
    "The cyclone flattened homes along the coast.",
    "The team sacked its coach after the defeat.",
    "Shares advanced on Monday.",
    "Fans ran riot in the stands after the final whistle.",
    "The bank pulled funding from the coal project.",
    "The storm knocked the station off air.",
    "She took the children into the garden.",
    "Apple shut down its office in Moscow.",
    "The coach kicked out two players from the squad.",
    "Fans chanted the name of the striker.",
    "He downed a pint of beer.",
    "Fans waved flags at the parade in Paris.",
    "The referee sent in the substitutes.",
    "The company built up its cash reserves.",
    "Workers searched the premises for survivors after the earthquake.",
    "The team took countermeasures against the virus.",
    "The hospital activated its emergency plan.",
    "The champion walked away from the sport after the loss.",
    "The school blocked the app on its network.",
    "The lawyer filed a petition with the Supreme Court.",
    "Fans collected signatures to keep the coach.",
    "Protesters marched into the square.",
    "The company moved into a new office.",
    "He received a warning from the referee.",
    "The team faced a threat from relegation.",
    "The storm sank a fishing boat off the coast.",
    "Smugglers scuttled their boat.",
    "Algeria is facing an increasing threat.",
    "The bus ploughed into a crowd after its brakes failed.",
    "The coach dropped the striker from the squad.",
    "The prosecution said the defendant was guilty.",
])
def test_everyday_uses_are_no_events(coded, text):
    assert coded(text) == [], coded(text)
