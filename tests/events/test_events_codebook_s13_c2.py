"""Session 13 (C2) coverage of the trigger codebook for CAMEO roots 13-20 (issue 3): wording classes a wire reporter
uses that the coder did not know (rows ``s13c2_*`` in ``verbs.tsv`` and ``nouns.tsv``; sentences of our own), and the
everyday uses of the same words that must stay no event."""

from __future__ import annotations

import pytest
from event_checks import has_event

# (text, CAMEO code or prefix, a source country, a target country); None where the event stage names none
PHRASINGS = [
    # 13 threaten: a conditional act named by one of the new rows is a threat of it
    ("Boko Haram's leader vowed to carry off more schoolgirls from Chibok.", "138", "NGA", None),
    # 14 protest
    ("Tens of thousands of protesters crammed into Prague's Wenceslas Square on Sunday.", "141", "CZE", None),
    ("Sanitation workers in Delhi laid down their brooms on Monday over unpaid wages.", "143", "IND", None),
    ("Britain's Unite union called out its ground staff at Heathrow airport over pay.", "143", "GBR", None),
    ("Thousands of Russians laid flowers in Moscow in a quiet show of dissent against the Kremlin.", "140", "RUS", "RUS"),
    # 16 reduce relations
    ("The United States paused all military aid to Ukraine on Monday.", "1622", "USA", "UKR"),
    ("Washington held up military assistance to Kyiv for weeks.", "1622", "USA", "UKR"),
    ("Sweden has frozen development aid to Zambia over a corruption scandal.", "162", "SWE", "ZMB"),
    ("The World Food Programme halved food rations for refugees in Kenya.", "1623", None, "KEN"),
    ("Turkey abandoned its shuttle diplomacy between Israel and Syria on Saturday.", "165", "TUR", "ISR"),
    ("Israel recalled its negotiating team from the talks with Hamas.", "164", "ISR", None),
    # 17 coerce
    ("Georgian riot police turned water cannon on demonstrators in Tbilisi.", "175", "GEO", "GEO"),
    ("Kenyan police doused opposition supporters with water cannon in Nairobi.", "175", "KEN", "KEN"),
    ("Russia's navy has bottled up Ukraine's Black Sea ports since the invasion began.", "191", "RUS", "UKR"),
    ("Israeli troops took control of the Rafah crossing on Tuesday.", "192", "ISR", None),
    ("M23 rebels seized control of Goma on Tuesday.", "192", "COD", None),
    ("Washington piled pressure on Tehran to return to the talks.", "170", "USA", "IRN"),
    ("US authorities seized Venezuelan President Nicolas Maduro's plane in the Dominican Republic.", "1711", "USA", None),
    ("Thailand forcibly sent 40 Uighur men back to China on Thursday.", "174", "THA", "CHN"),
    ("Ecuador's president declared a state of exception in Quito and three provinces.", "1724", "ECU", None),
    ("A wave of cyberattacks on Estonia paralysed the websites of its parliament.", "176", None, "EST"),
    # 18 assault
    ("Plainclothes men roughed up two Russian journalists in Minsk.", "182", None, "RUS"),
    ("Police beat up a Ugandan opposition lawmaker in Kampala.", "182", "UGA", "UGA"),
    ("Iraqi Prime Minister Mustafa al-Kadhimi survived an assassination attempt on Sunday.", "185", None, "IRQ"),
    ("Taliban fighters blew up the two giant Buddha statues in Bamiyan.", "1712", "AFG", None),
    # 19 fight
    ("Turkish howitzers hammered Kurdish militia positions in northern Syria.", "194", "TUR", None),
    ("Ukrainian jets launched Storm Shadow cruise missiles at the headquarters of Russia's Black Sea Fleet.", "1951",
     "UKR", "RUS"),
    ("Russia accused Ukraine of crashing drones into an oil refinery in the Ryazan region.", "1952", "UKR", None),
    # 20 mass violence
    ("Syrian government forces unleashed banned weapons on the rebel-held town of Douma.", "204", "SYR", None),
    ("Syrian forces attacked Zamalka with non-conventional weapons.", "204", "SYR", None),
    ("Saddam Hussein's forces gassed Kurdish villagers in Halabja.", "2041", "IRQ", "IRQ"),
    ("Fighters of Sudan's Rapid Support Forces went on a killing spree across El Fasher.", "200", "SDN", None),
    ("Government forces carried out a massacre of civilians in Tigray.", "202", None, "ETH"),
    ("Janjaweed militias waged a campaign of mass violence against villagers in Darfur.", "200", "SDN", "SDN"),
    ("The Syrian regime used chlorine gas against civilians in Douma.", "2041", "SYR", None),
    ("Israeli jets struck Hamas positions in Gaza with guided bombs on Friday.", "1951", "ISR", "PSE"),
    ("Israel restricted the movement of aid into Gaza.", "191", "ISR", "PSE"),
    # third batch
    ("Militiamen went on a killing and looting spree across the town in Darfur.", "200", None, None),
    ("Demonstrators smashed shop windows in central Paris on Saturday.", "145", "FRA", None),
    ("Egyptian police hung detainees by their wrists at a police station in Cairo.", "1822", "EGY", "EGY"),
    ("Tajikistan's Supreme Court branded the Islamic Renaissance Party a terrorist organisation.", "172", "TJK", None),
    ("Turkish troops crossed into northern Iraq to hunt Kurdish militants.", "190", "TUR", "IRQ"),
    ("Russian tanks crossed the border into Ukraine on Thursday.", "190", "RUS", "UKR"),
    ("Protesters banged pots and pans in Santiago.", "141", "CHL", None),
    ("Belarusian opposition supporters took part in a rally in Minsk.", "141", "BLR", None),
    ("Thousands of nurses took part in a strike across Kenya.", "143", "KEN", None),
    # fourth batch
    ("Riot police charged protesters with batons in Dhaka.", "175", "BGD", "BGD"),
    ("Police carried out a baton charge on protesters in Lahore.", "175", None, None),
    ("Protesters burned tyres on the main roads of Port-au-Prince.", "144", "HTI", None),
    # fifth batch
    ("The government resorted to military force against the rebels in Tigray.", "190", "ETH", "ETH"),
    # the small model lemmatizes "raped" as "rap" (a criticism verb): with a victim as object it is rape
    ("Fighters of Sudan's paramilitary forces raped dozens of women in El Geneina.", "1821", "SDN", "SDN"),
    ("Ethiopia pulled the plug on internet and phone services across the Tigray region.", "1721", "ETH", None),
    # sixth batch
    ("Ankara vowed to crush the Kurdish militants in Syria.", "138", "TUR", None),
    ("Israel vowed to annihilate Hamas.", "138", "ISR", "PSE"),
    ("Authorities placed the Kashmir region under a communications blackout.", "1721", None, None),
    ("The storming of the US Capitol by Trump supporters shocked the world.", "145", "USA", None),
    ("The torching of churches in Pakistan was condemned by the pope.", "1712", None, "PAK"),
    ("Niger revoked its military cooperation agreement with the United States.", "160", "NER", "USA"),
    ("Burkina Faso ended a military accord with France.", "160", "BFA", "FRA"),
    ("India suspended the Indus Waters Treaty with Pakistan.", "160", "IND", "PAK"),
    ("North Korea tore up the military agreement with South Korea.", "160", "PRK", "KOR"),
    ("Former Chadian dictator Hissene Habre was tried for war crimes in Senegal.", "173", None, "TCD"),
    ("The US government mobilized the national guard in Ferguson.", "154", "USA", None),
    ("The Syrian army set up checkpoints across the capital Damascus.", "191", "SYR", None),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_s13_roots_13_20(coded, text, code, source, target):
    events = coded(text)
    assert has_event(events, code, source, target), events


@pytest.mark.parametrize("text, codes, source, target", [
    # force or a cut in supply that is only spoken of: the act itself, or a threat of it once modality says so
    ("China said it would use military force against Taiwan if necessary.", {"190", "138", "1384"}, "CHN", "TWN"),
    ("Berlin said it could turn off the taps on budget support to Mali.", {"162", "1311", "131"}, "DEU", "MLI"),
])
def test_s13_spoken_acts(coded, text, codes, source, target):
    events = coded(text)
    assert any(c in codes and source in s and target in t for c, s, t in events), events


@pytest.mark.parametrize("text, wrong", [
    # seizing a plane confiscates property (1711), it does not occupy ground (192)
    ("US authorities seized Venezuelan President Nicolas Maduro's plane in the Dominican Republic.", "192"),
    # people sent back by force are deported (174), not released or returned (084)
    ("Thailand forcibly sent 40 Uighur men back to China on Thursday.", "084"),
    # blowing up a monument destroys property (1712), it is no bombing (183)
    ("Taliban fighters blew up the two giant Buddha statues in Bamiyan.", "183"),
    # a massacre carried out is mass killing (202), not ethnic cleansing (203)
    ("Government forces carried out a massacre of civilians in Tigray.", "203"),
    # protesters charged with batons meet crowd control (175), they are not charged in court (173)
    ("Riot police charged protesters with batons in Dhaka.", "173"),
    # women raped are victims of sexual violence (1821), not criticised (111)
    ("Fighters of Sudan's paramilitary forces raped dozens of women in El Geneina.", "111"),
    # ... while a government rapped for its record is criticised, not raped
    ("The opposition rapped the government for its handling of the economy.", "1821"),
    # detainees hung by their wrists are tortured (1822), not executed (1823)
    ("Egyptian police hung detainees by their wrists at a police station in Cairo.", "1823"),
    # abandoning a mediation halts mediation (165), not talks of one's own (164)
    ("Turkey abandoned its shuttle diplomacy between Israel and Syria on Saturday.", "164"),
])
def test_s13_rows_do_not_give_the_wrong_code(coded, text, wrong):
    events = coded(text)
    assert events and not any(c == wrong for c, _s, _t in events), events


@pytest.mark.parametrize("text", [
    "Firefighters turned water cannon on the burning warehouse in Lagos.",
    "The gardener sprayed the roses with water in Paris.",
    "The coach roughed up the training schedule before the final.",
    "Engineers blew up the old stadium in Lyon to make way for a new one.",
    "The company bottled up its anger over the ruling.",
    "Investors took control of the Kenyan bank in March.",
    "The government took control of the airline, the Kenyan minister said.",
    "Inflation piled pressure on the Central Bank of Nigeria.",
    "Rising costs put pressure on Kenyan farmers.",
    "The police seized a car used in the robbery in Nairobi.",
    "The president survived a no-confidence vote in parliament.",
    "The boxer hammered his opponent in the third round in Manila.",
    "The pilot flew drones into the stadium for the opening ceremony.",
    "Fans flooded the streets of Buenos Aires to celebrate the World Cup win.",
    "Floodwaters flooded the streets of Jakarta on Monday.",
    "Shoppers packed the centre of London ahead of Christmas.",
    "The coach called out his players after the defeat.",
    "The Kenyan government cut rations of sugar in schools.",
    "The club recalled its negotiating team from Madrid.",
    "The lawyers took control of the case in Nairobi.",
    "The chef gassed up the van before leaving Nairobi.",
    "The company purged its database of old records.",
    "Fans crammed into the stadium in Madrid for the final.",
    "Heavy snow restricted movement in Kabul.",
    "Europe used less gas this winter, the Kenyan minister said.",
    "The striker smashed the ball into the net in Madrid.",
    "The singer hung a painting from the ceiling in Paris.",
    "Kenyan refugees crossed into Uganda on Monday.",
    "Thousands of migrants crossed the border into Poland.",
    "The chef banged pots in the kitchen in Paris.",
    "Kenyan athletes took part in the marathon in Berlin.",
    "The company listed the group as an extremist group in its report.",
    "The bull charged at the crowd in Pamplona.",
    "Kenya used the weapon of diplomacy.",
    "The farmer turned off the taps in the kitchen.",
    "Kenya crushed Uganda 5-0 in the final.",
    "The company suspended the deal with Boeing.",
    "Organisers set up checkpoints along the route of the cycling race in France.",
    "The team smashed the record in Berlin.",
])
def test_s13_everyday_uses_are_no_event(coded, text):
    assert coded(text) == []
