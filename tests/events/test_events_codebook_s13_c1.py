"""Session 13 coverage of the trigger codebook for CAMEO roots 03-12 (issue 3): wire wording classes the coder did not
know (rows after "s13 C1 codebook coverage" in ``verbs.tsv`` and ``nouns.tsv``; sentences of our own), and the
everyday or hostile uses of the same words those rows must leave alone."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has

# (text, CAMEO code or prefix, a source country, a target country); None where the event stage names none
PHRASINGS = [
    # 03 intent
    ("Norway offered its good offices to end the dispute between Sudan and South Sudan.", "039", "NOR", "SDN"),
    ("Greece showed flexibility toward Turkey on the maritime dispute.", "035", "GRC", "TUR"),
    ("Jordan's king promised to introduce political reforms.", "03", "JOR", None),
    ("Rwanda offered to contribute a battalion of soldiers to the mission in South Sudan.", "033", "RWA", None),
    ("Sudan's army said it would welcome mediation by the African Union.", "038", "SDN", None),
    ("France is ready to open its intelligence files to Niger's security services.", "031", "FRA", "NER"),
    ("Iran made overtures to Saudi Arabia.", "036", "IRN", "SAU"),
    # 04 consult
    ("Japan compared notes with South Korea on the missile launch.", "040", "JPN", "KOR"),
    ("The French president got on the phone to the Iranian president on Saturday.", "041", "FRA", "IRN"),
    ("Israel and Hamas hammered out their differences in Cairo.", "046", "ISR", None),
    ("Greek and Turkish diplomats will try to iron out their differences in Geneva.", "046", "GRC", "TUR"),
    ("Guyana's president was willing to sit across the table from Venezuela's president.", "036", "GUY", "VEN"),
    ("Russia returned to the negotiating table with Ukraine.", "040", "RUS", "UKR"),
    # 05 diplomatic cooperation
    ("India and Brazil presented a united front at the trade talks in Geneva.", "050", "IND", "BRA"),
    ("Mexico and Canada coordinated their positions ahead of the vote.", "050", "MEX", "CAN"),
    ("Germany spoke up for Ukraine at the summit.", "052", "DEU", "UKR"),
    ("France drummed up support for Ukraine's bid to join the EU.", "053", "FRA", "UKR"),
    ("France rallied support for Ukraine at the UN.", "053", "FRA", "UKR"),
    ("Kenya and Uganda put pen to paper on a railway deal.", "057", "KEN", "UGA"),
    ("Russia sang the praises of China's leadership.", "051", "RUS", "CHN"),
    ("The president's clemency for 200 prisoners in Egypt was welcomed.", "056", None, None),
    # 06 material cooperation
    ("Chile and Peru pooled their firefighting aircraft and crews.", "060", "CHL", "PER"),
    ("Armenia and Georgia linked their power grids on Friday.", "061", "ARM", "GEO"),
    # 07 aid
    ("Kenya contributed 1,000 police officers to the UN mission in Haiti.", "074", "KEN", None),
    ("China propped up Pakistan's economy with loans.", "071", "CHN", "PAK"),
    # 08 yield
    ("Britain made a U-turn on its plan to deport migrants.", "080", "GBR", None),
    ("The Kenyan government's climbdown over the fuel tax was welcomed.", "080", "KEN", None),
    ("The government of Peru acquiesced to the demands of the strikers.", "080", "PER", None),
    ("Uganda paid compensation to 67 British nationals.", "0842", "UGA", "GBR"),
    ("Colombia's paramilitaries stood down 2,000 fighters on Thursday.", "0873", "COL", None),
    ("Rebels in Colombia handed in their rifles under a deal with the government.", "0873", "COL", None),
    ("Hundreds of Iraqi soldiers gave themselves up to American forces.", "0874", "IRQ", "USA"),
    ("Germany will repatriate 20 looted treasures to Nigeria.", "0842", "DEU", "NGA"),
    ("Russia suspended its offensive on Kyiv.", "087", "RUS", "UKR"),
    ("Serbia scaled down its troop build-up along the boundary with Kosovo.", "0874", "SRB", "XKX"),
    ("Uzbekistan revamped its electoral law ahead of the vote.", "083", "UZB", None),
    ("Hamas announced a cessation of attacks on Israel.", "0871", "PSE", None),
    ("The rebels in Colombia called a ceasefire on Friday.", "0871", "COL", None),
    ("The Taliban's suspension of attacks began on Monday.", "0871", "AFG", None),
    ("A cessation of attacks by the ELN began on Monday.", "0871", "COL", None),
    ("Japan's overhaul of its immigration rules was approved on Tuesday.", "083", "JPN", None),
    # 10 demand
    ("Ukraine's prime minister appealed to the European Union to extend duty-free access for grain.", "100", "UKR", None),
    ("Amnesty International appealed to Qatar to grant citizenship to stateless residents.", "100", None, "QAT"),
    ("Nepal sought India's partnership in managing the river.", "101", "NPL", "IND"),
    ("Haiti's prime minister invited Kenyan police and troops to restore order.", "1034", "HTI", "KEN"),
    ("Nigeria put in a request to Washington for attack helicopters.", "100", "NGA", "USA"),
    ("Pakistan submitted a formal request to China for a new loan.", "100", "PAK", "CHN"),
    ("Libya's authorities requested rescue teams and medical supplies.", "1033", "LBY", None),
    ("Pakistan went cap in hand to Saudi Arabia for emergency financing.", "1031", "PAK", "SAU"),
    ("Kenya turned to China for a loan to build the railway.", "1031", "KEN", "CHN"),
    ("Ukraine turned to Germany for air defence systems.", "1032", "UKR", "DEU"),
    ("The UN called for a ceasefire in Gaza.", "1056", None, "PSE"),
    ("Israel sought assurances from the United States on Iran.", "100", "ISR", "USA"),
    # 11 disapprove
    ("Germany rapped Turkey over the arrest of journalists.", "111", "DEU", "TUR"),
    ("Russia poured scorn on the Western proposal.", "111", "RUS", None),
    ("Iran took umbrage at the remarks by France.", "110", "IRN", "FRA"),
    ("Arab League states closed ranks against Syria.", "113", None, "SYR"),
    ("Germany rallied its allies against Russia.", "113", "DEU", "RUS"),
    # 12 reject
    ("Japan nixed a proposal from South Korea.", "120", "JPN", "KOR"),
    ("The EU gave the thumbs down to Turkey's proposal.", "120", None, "TUR"),
    ("Iran turned up its nose at the American offer.", "120", "IRN", "USA"),
    ("Russia derailed the peace talks with Ukraine.", "125", "RUS", "UKR"),
    ("The Myanmar junta waved off international offers of cyclone relief.", "122", "MMR", None),
    ("Iran gave short shrift to a French plan for talks.", "120", "IRN", "FRA"),
    ("Eritrea gave the cold shoulder to Ethiopia's offer of talks.", "120", "ERI", "ETH"),
    ("Kyiv gave a cool response to Brazil's offer of mediation.", "120", "UKR", "BRA"),
    ("The Gulf states turned a deaf ear to Yemen's appeals for help.", "120", None, "YEM"),
    ("Thailand's parliament threw out a proposal to rewrite the constitution.", "120", "THA", None),
    ("Russia struck down a Security Council resolution on Syria.", "129", "RUS", None),
    ("Japan's prime minister resisted calls from China for an apology.", "120", "JPN", "CHN"),
    ("Azerbaijan turned aside calls from Russia for a ceasefire.", "120", "AZE", "RUS"),
    ("The French government held firm against demands from the unions.", "124", "FRA", "FRA"),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_s13_c1_phrasings(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


# everyday uses of the same words: no event at all
@pytest.mark.parametrize("text", [
    "He got on the phone to his lawyer.",
    "The two companies merged their operations.",
    "Prices held firm on Tuesday.",
    "The museum will repatriate the objects next year.",
    "The court threw out the lawsuit against the minister.",
    "The regulator scaled back its rules on bank capital.",
    "The students sat across the table from their teachers.",
    "The engineers ironed out the problems with the software.",
    "The company overhauled its pricing policy.",
    "The coach showed great flexibility in his tactics.",
    "Apple launched a reform of its app store.",
    "The patient went to hospital for treatment.",
    "He called for help.",
    "The driver made a U-turn on the highway.",
    "The storm derailed the talks.",
    "She stood up for her rights.",
    "OPEC would release more crude to cool the market.",
    "The army released a statement on Monday.",
    "The government closed ranks behind the president.",
])
def test_codebook_s13_c1_everyday_uses(coded, text):
    assert coded(text) == [], coded(text)


# the same words in a hostile or other sense: not the new code
@pytest.mark.parametrize("text, code", [
    # stopping the enemy's offensive is no de-escalation
    ("Ukrainian forces halted the Russian offensive near Kharkiv.", "087"),
    # troops holding their ground in battle do not refuse a demand
    ("Ukrainian troops held their ground against the Russian assault.", "124"),
    # a bloc standing together against a rival is no cooperation with it
    ("The European Union presented a united front against Russia.", "050"),
    # armies sending a battalion to a border mobilize; they do not keep the peace
    ("India sent a battalion of soldiers to the border with China.", "074"),
    # standing up to someone resists them; it defends no one
    ("Japan encouraged the Philippines to stand up to Chinese encroachment.", "102"),
    # troops cutting a town off rally no opposition
    ("Russian troops isolated Bakhmut from the rest of Ukraine.", "113"),
    # sanctions meant to make a state give up its weapons programme are no disarmament
    ("Sanctions aim to make North Korea give up its nuclear weapons program.", "0873"),
])
def test_codebook_s13_c1_other_senses(coded, text, code):
    events = coded(text)
    assert not any(c.startswith(code) and t for c, _s, t in events), events
