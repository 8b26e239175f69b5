"""Session 11 coverage of the trigger codebook (issue 3): for each CAMEO root, the verbs and nominalisations a wire
reporter uses for the act, in active, passive and nominal phrasings (sentences of our own)."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has

# (text, CAMEO code or root prefix, a source country, a target country); None where the sentence names none
PHRASINGS = [
    # 03-05 intent, consultation, diplomatic cooperation
    ("Spain's brokering of the truce between Morocco and Algeria was praised.", "045", "ESP", "MAR"),
    ("Kenya's offer of mediation between Ethiopia and Eritrea was welcomed.", "039", "KEN", "ETH"),
    ("The restoration of diplomatic ties between Iran and Saudi Arabia surprised Washington.", "050", "IRN", "SAU"),
    ("The normalization of relations between Israel and the UAE was signed in Washington.", "050", "ISR", "ARE"),
    ("The rapprochement between Turkey and Egypt continued on Monday.", "050", "TUR", "EGY"),
    ("The French president held a video call with the Ukrainian president.", "041", "FRA", "UKR"),
    ("A delegation was sent to Beijing by Taiwan.", "042", "TWN", "CHN"),
    ("Venezuela dispatched an envoy to Guyana.", "042", "VEN", "GUY"),
    ("The Indian and Chinese foreign ministers exchanged views on the border.", "040", "IND", "CHN"),
    ("Germany extolled Poland for its support of refugees.", "051", "DEU", "POL"),
    ("The pardon of 200 prisoners by the Egyptian president was welcomed.", "056", "EGY", None),
    ("Intelligence sharing between the United States and South Korea resumed.", "064", "USA", "KOR"),
    ("A currency swap line was extended to Argentina by China's central bank.", "061", "CHN", "ARG"),
    ("The U.S. secretary of state paid a courtesy call on the Indian prime minister.", "042", "USA", "IND"),
    ("Germany renewed its agreement with Turkey.", "057", "DEU", "TUR"),
    ("Brazil accepted an invitation from China to visit Beijing.", "036", "BRA", "CHN"),
    ("Armenia accepted Russia's offer of mediation.", "038", "ARM", "RUS"),
    ("Guyana said it was committed to resolving its border dispute with Venezuela.", "037", "GUY", "VEN"),
    # 07 aid
    ("China's donation of vaccines to Cambodia was welcomed.", "073", "CHN", "KHM"),
    ("The World Food Programme delivered food aid to Malawi.", "073", None, "MWI"),
    ("Germany granted refugee status to 200 Afghan interpreters.", "075", "DEU", "AFG"),
    ("The airlift of weapons to Ukraine by Britain began on Monday.", "072", "GBR", "UKR"),
    ("Japan dispatched a medical team to Turkey.", "073", "JPN", "TUR"),
    ("The United States approved a new military aid package for Ukraine.", "072", "USA", "UKR"),
    # 08 yield
    ("Ethiopia released 20 Eritrean prisoners of war.", "0841", "ETH", "ERI"),
    ("The easing of restrictions on Qatar by Saudi Arabia was welcomed.", "081", "SAU", "QAT"),
    ("The lifting of the curfew in Kenya was announced on Monday.", "0813", None, "KEN"),
    ("The lifting of martial law in Thailand was welcomed by the United States.", "0814", None, "THA"),
    ("The United States loosened sanctions on Venezuela.", "085", "USA", "VEN"),
    ("Washington unfroze Iranian assets held in South Korea.", "085", "USA", "IRN"),
    ("The relaxation of sanctions on Cuba by the United States angered exiles.", "085", "USA", "CUB"),
    ("The resignation of Sri Lankan Prime Minister Mahinda Rajapaksa was announced on Monday.", "0831", "LKA", None),
    ("Kenya opened a humanitarian corridor to Somalia.", "0863", "KEN", "SOM"),
    ("The return of the Chagos Islands to Mauritius by Britain was welcomed.", "0842", "GBR", None),
    ("Ethiopia unblocked hundreds of websites on Friday.", "0811", "ETH", None),
    ("Ecuador restored internet access in Quito.", "0811", "ECU", None),
    ("Tunisia legalized the Ennahda party.", "0812", "TUN", None),
    ("Kenya withdrew a controversial finance bill after protests.", "0832", "KEN", None),
    ("Ukraine and Russia reached a ceasefire on Sunday.", "0871", "UKR", "RUS"),
    ("The cessation of hostilities between Sudan and South Sudan held.", "0871", "SDN", "SSD"),
    ("Israel and Hamas agreed to a humanitarian pause.", "035", "ISR", "PSE"),
    # 09 investigate
    ("Brazil opened an investigation into money laundering by Venezuelan officials.", "09", "BRA", None),
    ("The commission will look into the killing of protesters in Kenya.", "090", None, "KEN"),
    ("Sweden is investigating the sabotage of the pipelines by Russia.", "093", "SWE", "RUS"),
    # 10 demand
    ("The UN urged restraint from India and Pakistan.", "1056", None, "IND"),
    ("China called for restraint by the United States.", "1056", "CHN", "USA"),
    ("China demanded an apology from Japan.", "100", "CHN", "JPN"),
    # 11 disapprove
    ("Beijing berated Washington over its Taiwan policy.", "111", "CHN", "USA"),
    ("Ankara reprimanded the Dutch ambassador.", "111", "TUR", "NLD"),
    ("The Dutch government was reprimanded by Turkey.", "111", "TUR", "NLD"),
    ("Russia pointed the finger at Ukraine over the blast.", "112", "RUS", "UKR"),
    ("China lodged a formal protest with Japan.", "114", "CHN", "JPN"),
    ("Vietnam delivered a protest note to China.", "114", "VNM", "CHN"),
    ("The summoning of the French envoy by Iran followed the remarks.", "114", "IRN", "FRA"),
    ("Iran summoned the British consul.", "114", "IRN", "GBR"),
    ("The conviction of an American journalist by Russia drew protests.", "116", "RUS", "USA"),
    ("Thai police charged protest leaders with sedition.", "173", "THA", "THA"),
    ("China lodged solemn representations with the United States.", "114", "CHN", "USA"),
    ("An Iranian court handed a death sentence to a German national.", "116", "IRN", "DEU"),
    ("A death sentence for the activist was handed down by an Iranian court.", "116", "IRN", None),
    ("Beijing's formal protest to Tokyo followed the visit.", "114", "CHN", "JPN"),
    # 12 reject
    ("Israel's rejection of Egypt's ceasefire proposal angered Cairo.", "127", "ISR", None),
    ("North Korea snubbed South Korea.", "120", "PRK", "KOR"),
    ("Iran's defiance of the IAEA angered Washington.", "128", "IRN", None),
    # 13 threaten
    ("The United States threatened China with punitive duties.", "1312", "USA", "CHN"),
    ("China threatened countermeasures against Japan.", "1312", "CHN", "JPN"),
    ("Russia threatened Britain with nuclear strikes.", "1385", "RUS", "GBR"),
    ("Britain was threatened with nuclear strikes by Russia.", "1385", "RUS", "GBR"),
    ("North Korea threatened South Korea with military strikes.", "138", "PRK", "KOR"),
    ("Hamas's ultimatum to Israel expired on Friday.", "139", "PSE", "ISR"),
    # 14 protest
    ("Nigeria's unions launched a general strike.", "143", "NGA", None),
    ("Teachers in Kenya began an indefinite strike over pay.", "143", "KEN", None),
    ("Violent protests against the government erupted in Senegal.", "145", None, "SEN"),
    # 15 force posture
    ("The deployment of U.S. troops to Poland angered Russia.", "154", "USA", "POL"),
    ("The build-up of Russian forces near Ukraine alarmed NATO.", "154", "RUS", None),
    ("Israel deployed paratroopers to the West Bank.", "154", "ISR", None),
    ("The dispatch of Chadian troops to Mali was announced.", "154", "TCD", "MLI"),
    ("North Korea has trained more than 500 computer hackers.", "155", "PRK", None),
    ("South Korea heightened its military alert after the launch.", "152", "KOR", None),
    ("China's show of force near Taiwan alarmed Japan.", "150", "CHN", "TWN"),
    ("France raised its terrorism alert to the highest level.", "151", "FRA", None),
    ("Security forces in France were placed on maximum alert.", "151", "FRA", None),
    ("The United States flew B-52 bombers over the Korean peninsula.", "150", "USA", "KOR"),
    ("The United States sailed a warship through the Taiwan Strait.", "150", "USA", "TWN"),
    # 16 reduce relations
    ("The expulsion of Russian diplomats by Norway angered Moscow.", "161", "NOR", "RUS"),
    ("Britain closed its embassy in Tehran.", "161", "GBR", None),
    ("The expulsion of UN peacekeepers by Mali was condemned.", "1661", "MLI", None),
    ("The UN pulled out its peacekeepers from Mali.", "1661", None, "MLI"),
    ("The suspension of aid to Niger by the United States took effect.", "162", "USA", "NER"),
    ("The suspension of military aid to Egypt by the United States angered Cairo.", "1622", "USA", "EGY"),
    ("The freezing of Russian assets by the EU angered Moscow.", "163", None, "RUS"),
    ("The suspension of talks with Iran by the EU was announced.", "164", None, "IRN"),
    ("The recall of the French ambassador from Niger was announced.", "161", "FRA", "NER"),
    ("Britain's closure of its embassy in Tehran angered Iran.", "161", "GBR", None),
    ("The blacklisting of Chinese firms by the United States angered Beijing.", "163", "USA", None),
    # 17 coerce
    ("Iran seized a British tanker in the Strait of Hormuz.", "171", "IRN", "GBR"),
    ("A British-flagged tanker was seized by Iran.", "171", "IRN", "GBR"),
    ("Iranian forces boarded a Greek tanker.", "171", "IRN", "GRC"),
    ("Russian forces seized control of the nuclear power plant in Ukraine.", "171", "RUS", "UKR"),
    ("Burkina Faso suspended French broadcasters.", "1721", "BFA", "FRA"),
    ("Ethiopia disrupted internet services in Tigray.", "1721", "ETH", "ETH"),
    ("The internet shutdown in Ethiopia drew criticism.", "1721", None, "ETH"),
    ("Internet access in Tigray was cut off by Ethiopia.", "1721", "ETH", "ETH"),
    ("The EU's visa ban on Russian officials took effect.", "172", None, "RUS"),
    ("The dissolution of the Move Forward party was ordered by Thailand's court.", "1722", "THA", "THA"),
    ("Egypt imposed a curfew in Sinai.", "1723", "EGY", "EGY"),
    ("Police in Kenya locked up opposition supporters.", "173", "KEN", "KEN"),
    ("Zimbabwean police put down protests by opposition supporters.", "175", "ZWE", "ZWE"),
    ("The Serbian government crushed the protests.", "175", "SRB", None),
    # 18 assault
    ("Gunmen gunned down a Nigerian village chief.", "1823", None, "NGA"),
    ("Iran hanged two protesters.", "1823", "IRN", "IRN"),
    ("The beating of protesters by Iranian police was condemned.", "182", "IRN", "IRN"),
    ("The stabbing of a French teacher by an Islamist shocked France.", "182", None, "FRA"),
    ("The rape of Rohingya women by Myanmar soldiers was documented.", "1821", "MMR", "MMR"),
    ("The execution of a protester by Iran drew condemnation.", "1823", "IRN", None),
    ("An assassination attempt on the Slovak prime minister shocked Europe.", "185", None, "SVK"),
    ("The ambush of a Nigerian army patrol by Boko Haram killed ten soldiers.", "180", None, "NGA"),
    ("Militants detonated a car bomb outside the Somali ministry.", "1832", None, "SOM"),
    ("Militants planted a roadside bomb near a Kenyan army base.", "1833", None, None),
    ("A cyberattack on Estonian banks was blamed on Russia.", "176", None, "EST"),
    # 19 fight
    ("Mexican police engaged in a gunfight with cartel gunmen.", "193", "MEX", None),
    ("The downing of a Russian jet by Turkey sparked a crisis.", "190", "TUR", "RUS"),
    ("Israeli forces carried out a raid on a Palestinian refugee camp.", "190", "ISR", "PSE"),
    ("Russia launched attack drones at Kyiv overnight.", "1952", "RUS", None),
    ("Russian forces laid siege to Ukrainian positions in Bakhmut.", "191", "RUS", "UKR"),
    ("France's military intervention in Mali began in 2013.", "190", "FRA", "MLI"),
    ("Russia fired kamikaze drones at Ukrainian cities.", "1952", "RUS", "UKR"),
    ("Nigerian troops came under drone attack from jihadists.", "1952", None, "NGA"),
    ("Ukrainian drone strikes on Russian refineries continued.", "1952", "UKR", "RUS"),
    # 20 mass violence
    ("Mass killings of civilians by Sudanese paramilitaries were reported in Darfur.", "202", "SDN", None),
    ("The forced displacement of Rohingya by Myanmar's army was condemned.", "201", "MMR", None),
    ("Syrian forces gassed civilians in Douma.", "2041", "SYR", None),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_coverage(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, wrong", [
    # a labour strike that is launched is no air strike; a raid on the ground is no air strike
    ("Kenyan workers launched a nationwide strike.", "195"),
    ("Israeli forces carried out a raid on a refugee camp in Jenin.", "195"),
    # drones sent to an ally are military aid, not a drone attack
    ("The United States sent drones to Ukraine.", "1952"),
    # lifting a travel ban eases an administrative sanction, not an economic one
    ("Moscow lifted a travel ban on eight Finnish lawmakers.", "085"),
    # shooting down a plane is an attack, not a killing
    ("North Korea shot down a U.S. drone.", "1823"),
    # a tanker seized is property, not land occupied
    ("Iran seized a British tanker.", "192"),
    # a sentence handed to someone is a conviction, not the release of a national
    ("An Iranian court handed a death sentence to a German national.", "0841"),
    # a diplomatic protest is a complaint, not a demonstration
    ("Beijing's formal protest to Tokyo followed the visit.", "141"),
    # signing a swap agreement is signing an agreement, not the swap line itself
    ("Argentina signed a currency swap agreement with China on Monday.", "061"),
])
def test_specific_rows_do_not_give_the_wrong_code(coded, text, wrong):
    events = coded(text)
    assert events and not any(c == wrong for c, _s, _t in events), events


@pytest.mark.parametrize("text", [
    # the expelled mission is the target, never the doer, even with no expeller named
    "The expulsion of the UN peacekeeping mission was demanded by protesters.",
])
def test_expelled_peacekeepers_are_no_source(coded, text):
    assert not any(c == "1661" and s for c, s, _t in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "Doctors hung paintings in the hospital lobby.",
    "Fans locked up the stadium gates after the match.",
    "Investors pointed the finger at rising interest rates.",
    "Chinese authorities have boarded foreign boats before.",
    "The report listed violations of the building code.",
    "The execution of the contract by the company took two years.",
    "Workers' downing of tools at the plant halted production.",
    "The Brazilian striker's conviction that he would score never wavered.",
    "The striker gave a display of strength in the final.",
])
def test_new_triggers_stay_quiet_in_ordinary_text(coded, text):
    assert not coded(text), coded(text)
