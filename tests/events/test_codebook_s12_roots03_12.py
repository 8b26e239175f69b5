"""Session 12 coverage of the trigger codebook for CAMEO roots 03-12 (issue 3): the synonyms, idioms, light-verb
constructions and phrasal verbs a wire reporter uses for intent, consultation, diplomatic and material cooperation,
aid, yielding, investigation, demands, disapproval and rejection (rows after "session 12 codebook coverage" in
``verbs.tsv`` and ``nouns.tsv``; sentences of our own), and the everyday uses those rows must leave alone."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has

# (text, CAMEO code or prefix, a source country, a target country); None where the event stage names none or the
# actor has no country (the UN, the IMF)
PHRASINGS = [
    # 04 consult
    ("Venezuela's president sat down with Colombia's president in Caracas.", "040", "VEN", "COL"),
    ("Russia rolled out the red carpet for the Iranian president.", "043", "RUS", "IRN"),
    ("Russia played host to the Chinese president in Moscow.", "043", "RUS", "CHN"),
    ("Norwegian envoys shuttled between Sri Lanka and the Tamil Tigers.", "045", "NOR", "LKA"),
    ("France huddled with Germany on the sidelines of the summit.", "040", "FRA", "DEU"),
    ("Norway's shuttle diplomacy between Colombia and the FARC rebels was praised.", "045", "NOR", "COL"),
    ("Georgian and Russian diplomats held a second day of bargaining in Geneva.", "046", "GEO", "RUS"),
    # 05 diplomatic cooperation
    ("Russia leapt to the defence of Serbia on Tuesday.", "052", "RUS", "SRB"),
    ("Germany threw its weight behind France's proposal.", "051", "DEU", "FRA"),
    ("Senegal rallied behind Gambia's bid to host the summit.", "051", "SEN", "GMB"),
    ("The United States stood by Ukraine.", "051", "USA", "UKR"),
    ("The UN chief paid tribute to Kenya's peacekeepers.", "051", None, "KEN"),
    ("France heaped praise on Morocco's reforms.", "051", "FRA", "MAR"),
    ("Japan expressed deep remorse to South Korea over wartime forced labour.", "055", "JPN", "KOR"),
    ("The Netherlands asked Indonesia for forgiveness.", "055", "NLD", "IDN"),
    ("Turkey mended fences with Egypt.", "050", "TUR", "EGY"),
    ("Saudi Arabia buried the hatchet with Qatar.", "050", "SAU", "QAT"),
    # 06 material cooperation
    ("Colombia joined forces with Ecuador to fight drug trafficking.", "060", "COL", "ECU"),
    ("Kenya teamed up with Uganda to build a railway.", "060", "KEN", "UGA"),
    ("Australia passed satellite imagery of the boats to Papua New Guinea's police.", "064", "AUS", "PNG"),
    # 07 aid
    ("Saudi Arabia extended a lifeline to Lebanon on Friday.", "071", "SAU", "LBN"),
    ("The IMF disbursed a loan tranche to Pakistan.", "071", None, "PAK"),
    ("Qatar pumped $3 billion into Egypt.", "071", "QAT", "EGY"),
    ("Britain earmarked 100 million pounds for Sudan.", "071", "GBR", "SDN"),
    ("The World Food Programme trucked emergency rations into Kenya.", "073", None, "KEN"),
    ("France provided air cover to Mali's troops.", "074", "FRA", "MLI"),
    # 08 yield
    ("Lebanon welcomed the first contingent of UN peacekeepers into the south of the country.", "0861", "LBN", None),
    ("Israel opened the crossing to let aid trucks into Gaza.", "0863", "ISR", "PSE"),
    ("Nepal's government lifted the terrorist label on the Maoist rebels.", "081", "NPL", "NPL"),
    ("Student leaders in Bangladesh called off their road blockades in Dhaka.", "082", "BGD", None),
    ("Sudan's president relinquished power.", "0831", "SDN", None),
    ("The EU scaled back sanctions on Belarus.", "085", None, "BLR"),
    ("The government backed down on the fuel tax.", "080", None, None),
    # 09 investigate
    ("Kenyan prosecutors started gathering evidence against Uganda's former army chief.", "090", "KEN", "UGA"),
    ("Kenya's police delved into the killings.", "090", "KEN", None),
    # 10 demand
    ("Sri Lanka sought a bailout from the International Monetary Fund.", "1031", "LKA", None),
    ("Pakistan applied for an emergency loan from the IMF.", "1031", "PAK", None),
    ("Mozambique requested troops from South Africa.", "1032", "MOZ", "ZAF"),
    ("Haiti's prime minister made an urgent plea to donors for money.", "100", "HTI", None),
    ("Ukraine's president pleaded with Germany for tanks.", "100", "UKR", "DEU"),
    ("The opposition clamoured for elections.", "100", None, None),
    # 11 disapprove
    ("Iran took the United States to task over sanctions.", "111", "IRN", "USA"),
    ("Trump took a swipe at Germany over defence spending.", "111", "USA", "DEU"),
    ("Canada took issue with India's remarks.", "110", "CAN", "IND"),
    ("Beijing took exception to the remarks by Japan.", "110", "CHN", "JPN"),
    ("Hungary railed against the European Union.", "111", "HUN", None),
    ("Washington held Iran responsible for the attack.", "112", "USA", "IRN"),
    # 12 reject
    ("Bolivia turned its back on a trade pact with the United States.", "120", "BOL", "USA"),
    ("Washington brushed aside Taiwan's request for fighter jets.", "120", "USA", "TWN"),
    ("Russia poured cold water on the French proposal.", "120", "RUS", "FRA"),
    ("Colombian voters shot down a peace accord with FARC rebels.", "120", "COL", "COL"),
    ("The rebels balked at Sudan's peace plan.", "120", None, "SDN"),
    ("Iran thumbed its nose at the IAEA.", "128", "IRN", None),
    # second batch: olive branches, outreach, coordination, debt relief, court action
    ("Ethiopia extended an olive branch to Eritrea.", "030", "ETH", "ERI"),
    ("The Taliban reached out to Pakistan.", "040", "AFG", "PAK"),
    ("Russia engaged in talks with Ukraine.", "040", "RUS", "UKR"),
    ("China and Japan thawed relations.", "050", "CHN", "JPN"),
    ("Colombia coordinated with Ecuador on border security.", "060", "COL", "ECU"),
    ("India stepped up cooperation with Japan.", "060", "IND", "JPN"),
    ("China wrote off Zambia's debt.", "071", "CHN", "ZMB"),
    ("Russia forgave Cuba's debt.", "071", "RUS", "CUB"),
    ("Britain took Russia to court.", "115", "GBR", "RUS"),
    ("India swatted away an offer by the United States to mediate.", "120", "IND", "USA"),
    ("Russia boycotted the talks with Ukraine.", "125", "RUS", "UKR"),
    # nominal forms
    ("China's debt relief for Zambia was welcomed.", "071", "CHN", "ZMB"),
    ("Saudi Arabia's $3 billion lifeline to Pakistan arrived on Monday.", "071", "SAU", "PAK"),
    ("The drawdown of U.S. troops from Iraq began on Monday.", "0874", "USA", "IRQ"),
    ("Trump's broadside against Germany angered Berlin.", "111", "USA", "DEU"),
    ("The reconciliation between Fatah and Hamas was signed in Cairo.", "050", "PSE", "PSE"),
    # third batch
    ("Turkey's president touched down in Ukraine on Tuesday.", "042", "TUR", "UKR"),
    ("Australia launched legal proceedings against China at the World Trade Organization.", "115", "AUS", "CHN"),
    ("Russia voted against the UN resolution on Ukraine.", "120", "RUS", None),
    ("Germany handed over 14 tanks to Ukraine.", "072", "DEU", "UKR"),
    ("Egypt's president commuted the death sentences of 20 prisoners.", "056", "EGY", None),
    ("The United States granted most-favoured-nation trade status to China.", "061", "USA", "CHN"),
    ("Israel denied entry to two US congresswomen.", "120", "ISR", "USA"),
    ("Turkey came to the aid of Azerbaijan.", "070", "TUR", "AZE"),
    ("Iran softened its stance on the nuclear talks with the United States.", "080", "IRN", "USA"),
]


@pytest.mark.parametrize("text, code, source, target", PHRASINGS)
def test_codebook_s12_roots03_12(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


# everyday uses of the same words: no event at all
@pytest.mark.parametrize("text", [
    "The United States takes the issue of corruption seriously.",
    "The company put the project on hold.",
    "The central bank pumped billions into the banking system.",
    "Apple pulled the plug on its electric car project.",
    "He took offence at the remarks.",
    "The boat turned back toward the port.",
    "He reached out for the bottle.",
    "The team coordinated with the organisers.",
    "The company wrote off the loan.",
    "The restructuring of the company's debt was completed.",
    "The plane touched down in Kyiv on Tuesday.",
    "Lawmakers voted against the bill.",
    "A passer-by came to the aid of the injured cyclist.",
])
def test_codebook_s12_everyday_uses(coded, text):
    assert coded(text) == [], coded(text)


# the new rows must not take a phrase from a more specific older one
@pytest.mark.parametrize("text, code", [
    ("India put its armed forces on high alert.", "152"),
    ("Brussels would freeze billions of euros in funds for Budapest.", "163"),
    ("Kenya's offer of mediation between Ethiopia and Eritrea was welcomed.", "039"),
])
def test_codebook_s12_older_rows_kept(coded, text, code):
    assert _has(coded(text), code), coded(text)
