"""A hand-built collection for scoring report merging: the same events told by differently worded
articles (different CAMEO leaves, actor detail, date precision, place detail, publishers), plus
distinct events that look alike (same dyad days apart, same day in another city, planned vs held,
denied vs happened, another sender of the same sanctions).

Each report carries ``gold``: the real-world event it describes. Written for eventcoder's tests;
the events are invented around real places.
"""

from __future__ import annotations

from store_factory import make_result

# (article_id, url, published, text, [event spec with "gold"])
ARTICLES = [
    # G1: US strike on Syrian army near Aleppo, 2017-03-20 (four reports).
    ("a01", "https://www.reuters.com/world/1", "2017-03-21",
     "US jets struck Syrian army positions near Aleppo on Monday, officials said.",
     [dict(gold="G1", cameo="195", source=["USAMIL"], target=["SYRMIL"], date="2017-03-20", place="Aleppo")]),
    ("a02", "https://www.bbc.co.uk/news/2", "2017-03-21",
     "American warplanes bombed Syrian government forces on Monday, the Pentagon confirmed.",
     [dict(gold="G1", cameo="190", source=["USA"], target=["SYRGOV"], date="2017-03-20", place="Syria")]),
    ("a03", "https://apnews.com/3", "2017-03-20",
     "Warplanes of the US-led coalition hit Syrian troops outside Aleppo late on Sunday night.",
     [dict(gold="G1", cameo="195", source=["USAMIL"], target=["SYR"], date="2017-03-19", place="Aleppo")]),
    ("a04", "https://www.aljazeera.com/4", "2017-03-21",
     "Syria condemned what it called a US aggression against its soldiers in the north.",
     [dict(gold="G1", cameo="190", source=["USA"], target=["SYRMIL"], date=None, place="Aleppo"),
      dict(gold="G1b", cameo="111", source=["SYRGOV"], target=["USA"], date="2017-03-21")]),
    # G2: look-alike: US strike near Damascus, same day, 300 km away.
    ("a05", "https://www.reuters.com/world/5", "2017-03-21",
     "A separate US raid targeted an army depot on the outskirts of Damascus on Monday.",
     [dict(gold="G2", cameo="195", source=["USAMIL"], target=["SYRMIL"], date="2017-03-20", place="Damascus")]),
    ("a06", "https://www.france24.com/6", "2017-03-22",
     "The Damascus depot raid on Monday destroyed ammunition stores, a monitor said.",
     [dict(gold="G2", cameo="190", source=["USA"], target=["SYR"], date="2017-03-20", place="Damascus")]),
    # G3: look-alike: another US strike near Aleppo ten days later.
    ("a07", "https://www.reuters.com/world/7", "2017-03-31",
     "US aircraft again struck Syrian army units near Aleppo on Thursday.",
     [dict(gold="G3", cameo="195", source=["USAMIL"], target=["SYRMIL"], date="2017-03-30", place="Aleppo")]),
    ("a08", "https://www.bbc.co.uk/news/8", "2017-03-31",
     "Thursday's American air raid near Aleppo killed several Syrian soldiers.",
     [dict(gold="G3", cameo="190", source=["USA"], target=["SYRMIL"], date="2017-03-30", place="Aleppo")]),
    # G17: Syrian army and rebels fight near Aleppo (fight is symmetric: the dyad may be swapped).
    ("a09", "https://www.aljazeera.com/9", "2017-03-22",
     "Syrian troops clashed with rebel fighters west of Aleppo on Tuesday.",
     [dict(gold="G17", cameo="190", source=["SYRMIL"], target=["SYRREB"], date="2017-03-21", place="Aleppo")]),
    ("a10", "https://www.france24.com/10", "2017-03-22",
     "Rebels said they fought off an army assault in the Aleppo countryside on Tuesday.",
     [dict(gold="G17", cameo="190", source=["SYRREB"], target=["SYRMIL"], date="2017-03-21", place="Aleppo")]),
    # G4: Russian shelling of Kharkiv, 2022-03-01.
    ("a11", "https://www.reuters.com/world/11", "2022-03-01",
     "Russian artillery pounded residential districts of Kharkiv on Tuesday.",
     [dict(gold="G4", cameo="194", source=["RUSMIL"], target=["UKR"], date="2022-03-01", place="Kharkiv")]),
    ("a12", "https://www.bbc.co.uk/news/12", "2022-03-02",
     "Civilians in Kharkiv sheltered in metro stations as Russian shells fell on Tuesday.",
     [dict(gold="G4", cameo="194", source=["RUS"], target=["UKRCVL"], date="2022-03-01", place="Kharkiv")]),
    ("a13", "https://www.kyivindependent.com/13", "2022-03-01",
     "Russia shelled Ukraine's second city today, regional officials reported.",
     [dict(gold="G4", cameo="190", source=["RUS"], target=["UKR"], date="2022-03-01", place="Ukraine")]),
    # G5: look-alike: Russian shelling of Kyiv the same day.
    ("a14", "https://www.reuters.com/world/14", "2022-03-01",
     "Russian missiles hit the television tower in Kyiv on Tuesday.",
     [dict(gold="G5", cameo="195", source=["RUSMIL"], target=["UKR"], date="2022-03-01", place="Kyiv")]),
    ("a15", "https://apnews.com/15", "2022-03-02",
     "A strike on Kyiv's TV tower on Tuesday killed five people, Ukraine said.",
     [dict(gold="G5", cameo="190", source=["RUS"], target=["UKRCVL"], date="2022-03-01", place="Kyiv")]),
    # G16: Russia denies attacking Kharkiv (negated: not the shelling itself).
    ("a16", "https://tass.com/16", "2022-03-02",
     "Moscow denied that its forces had fired on Kharkiv's residential areas.",
     [dict(gold="G16", cameo="194", source=["RUS"], target=["UKR"], date="2022-03-01", place="Kharkiv", status="negated")]),
    # G6: Rouhani meets Putin in Moscow, 2017-03-28 (host/visit reported from both sides).
    ("a17", "https://www.reuters.com/world/17", "2017-03-28",
     "Iranian President Hassan Rouhani met Vladimir Putin in the Kremlin on Tuesday.",
     [dict(gold="G6", cameo="040", source=["IRNGOV"], target=["RUSGOV"], date="2017-03-28", place="Moscow")]),
    ("a18", "https://tass.com/18", "2017-03-28",
     "Putin hosted Rouhani in Moscow today for talks on Syria and trade.",
     [dict(gold="G6", cameo="043", source=["RUSGOV"], target=["IRNGOV"], date="2017-03-28", place="Moscow")]),
    ("a19", "https://www.presstv.ir/19", "2017-03-29",
     "The president's visit to Russia this week was his first official trip to Moscow.",
     [dict(gold="G6", cameo="042", source=["IRNGOV"], target=["RUS"], date="2017-W13", place="Moscow")]),
    # G7: the same meeting announced beforehand (planned: a different event record).
    ("a20", "https://www.presstv.ir/20", "2017-03-24",
     "Rouhani will travel to Moscow on Monday to meet Putin, his office said.",
     [dict(gold="G7", cameo="040", source=["IRNGOV"], target=["RUSGOV"], date="2017-03-27", place="Moscow", status="planned")]),
    ("a21", "https://www.aljazeera.com/21", "2017-03-25",
     "Iran's president is due in Moscow next week for talks with the Russian leader.",
     [dict(gold="G7", cameo="042", source=["IRNGOV"], target=["RUS"], date="2017-W13", place="Moscow", status="planned")]),
    # G8: protest in Caracas against the government, 2017-04-19.
    ("a22", "https://www.reuters.com/world/22", "2017-04-19",
     "Tens of thousands of opposition supporters marched in Caracas against Maduro on Wednesday.",
     [dict(gold="G8", cameo="141", source=["VENOPP"], target=["VENGOV"], date="2017-04-19", place="Caracas")]),
    ("a23", "https://elpais.com/23", "2017-04-20",
     "Protesters clashed with police in Caracas during Wednesday's anti-government march.",
     [dict(gold="G8", cameo="145", source=["VENCVL"], target=["VENGOV"], date="2017-04-19", place="Caracas")]),
    ("a24", "https://www.bbc.co.uk/news/24", "2017-04-20",
     "Venezuelans took to the streets yesterday to demand early elections.",
     [dict(gold="G8", cameo="140", source=["VEN"], target=["VENGOV"], date="2017-04-19", place="Venezuela")]),
    # Known misses, kept so the score is honest: a weekday resolved to the wrong week (G8, 7 days off)
    # and a new Caracas march two days later, which falls inside the 3-day window (G18).
    ("a40", "https://www.efe.com/40", "2017-04-20",
     "Opposition marchers filled the streets of Caracas last Wednesday, organisers said.",
     [dict(gold="G8", cameo="141", source=["VENOPP"], target=["VENGOV"], date="2017-04-12", place="Caracas")]),
    ("a41", "https://elpais.com/41", "2017-04-21",
     "Opposition supporters marched again in Caracas on Friday, two days after the first protest.",
     [dict(gold="G18", cameo="141", source=["VENOPP"], target=["VENGOV"], date="2017-04-21", place="Caracas")]),
    # A one-sided report of G8 (no target coded) still joins it through the shared city.
    ("a42", "https://www.eluniversal.com/42", "2017-04-19",
     "Opposition supporters gathered in Caracas on Wednesday morning.",
     [dict(gold="G8", cameo="141", source=["VENOPP"], target=[], date="2017-04-19", place="Caracas")]),
    # G19/G20: one-sided statements by the same government days apart, about different things.
    ("a43", "https://www.reuters.com/world/43", "2017-03-21",
     "The State Department criticised the court ruling on Tuesday.",
     [dict(gold="G19", cameo="111", source=["USAGOV"], target=[], date="2017-03-21")]),
    ("a44", "https://apnews.com/44", "2017-03-23",
     "US officials criticised the new trade figures on Thursday.",
     [dict(gold="G20", cameo="111", source=["USAGOV"], target=[], date="2017-03-23")]),
    # G9: look-alike: a protest in Paris the same day.
    ("a25", "https://www.france24.com/25", "2017-04-19",
     "Students protested in Paris against pension plans on Wednesday.",
     [dict(gold="G9", cameo="141", source=["FRACVL"], target=["FRAGOV"], date="2017-04-19", place="Paris")]),
    # G10: abduction near Maiduguri, 2017-05-10 (one report gives only the month).
    ("a26", "https://www.premiumtimesng.com/26", "2017-05-11",
     "Boko Haram fighters abducted twelve women near Maiduguri on Wednesday.",
     [dict(gold="G10", cameo="181", source=["NGAREB"], target=["NGACVL"], date="2017-05-10", place="Maiduguri")]),
    ("a27", "https://www.reuters.com/world/27", "2017-05-12",
     "Militants kidnapped women from a village outside Maiduguri this month, residents said.",
     [dict(gold="G10", cameo="181", source=["NGAREB"], target=["NGA"], date="2017-05", place="Maiduguri")]),
    ("a28", "https://apnews.com/28", "2017-05-11",
     "Islamist insurgents seized a dozen women in Borno state, police said on Thursday.",
     [dict(gold="G10", cameo="181", source=["NGAREB"], target=["NGACVL"], date="2017-05-10", place="Nigeria")]),
    # G11: look-alike: a kidnapping in Lagos the next day (criminal gang, far away).
    ("a29", "https://www.premiumtimesng.com/29", "2017-05-12",
     "Gunmen kidnapped a businessman in Lagos on Thursday.",
     [dict(gold="G11", cameo="181", source=["NGACRM"], target=["NGABUS"], date="2017-05-11", place="Lagos")]),
    # G12: UN aid to Syria, 2017-03-22.
    ("a30", "https://news.un.org/30", "2017-03-22",
     "A UN convoy delivered food to besieged families near Damascus on Wednesday.",
     [dict(gold="G12", cameo="073", source=["IGOUNO"], target=["SYRCVL"], date="2017-03-22", place="Damascus")]),
    ("a31", "https://www.reuters.com/world/31", "2017-03-23",
     "The United Nations sent aid trucks into Syria on Wednesday.",
     [dict(gold="G12", cameo="070", source=["IGOUNO"], target=["SYR"], date="2017-03-22", place="Syria")]),
    # G13: US sanctions on Iran, 2017-02-03; a34 is a wire copy of a32 with a new last sentence.
    ("a32", "https://www.reuters.com/world/32", "2017-02-03",
     "The United States imposed new sanctions on Iran on Friday, targeting 25 people and companies "
     "involved in its ballistic missile programme, days after Tehran tested a medium-range missile. "
     "The Treasury said the measures were a first step and more could follow.",
     [dict(gold="G13", cameo="163", source=["USAGOV"], target=["IRN"], date="2017-02-03")]),
    ("a33", "https://www.bbc.co.uk/news/33", "2017-02-04",
     "Washington slapped fresh penalties on Tehran over its missile tests on Friday.",
     [dict(gold="G13", cameo="163", source=["USA"], target=["IRNGOV"], date="2017-02-03")]),
    ("a34", "https://www.usnews.com/34", "2017-02-03",
     "The United States imposed new sanctions on Iran on Friday, targeting 25 people and companies "
     "involved in its ballistic missile programme, days after Tehran tested a medium-range missile. "
     "The Treasury said the measures were a first step and more could follow, officials added.",
     [dict(gold="G13", cameo="163", source=["USAGOV"], target=["IRN"], date="2017-02-03")]),
    # G14: look-alike: the EU sanctions Iran the same week.
    ("a35", "https://www.euractiv.com/35", "2017-02-04",
     "The European Union extended its sanctions on Iranian officials on Saturday.",
     [dict(gold="G14", cameo="163", source=["IGOEUR"], target=["IRNGOV"], date="2017-02-04")]),
    # G15: US-China trade talks in Beijing (one report knows only the month).
    ("a36", "https://www.scmp.com/36", "2017-04-06",
     "US and Chinese negotiators opened trade talks in Beijing on Thursday.",
     [dict(gold="G15", cameo="040", source=["USAGOV"], target=["CHNGOV"], date="2017-04-06", place="Beijing")]),
    ("a37", "https://www.reuters.com/world/37", "2017-04-07",
     "China and the United States held talks on trade in April, a ministry spokesman said.",
     [dict(gold="G15", cameo="040", source=["CHN"], target=["USA"], date="2017-04", place="Beijing")]),
    ("a38", "https://www.xinhuanet.com/38", "2017-04-06",
     "Chinese officials met a US delegation in the capital today to discuss tariffs.",
     [dict(gold="G15", cameo="043", source=["CHNGOV"], target=["USAGOV"], date="2017-04-06", place="Beijing")]),
]

# Further reports with the variations coders produce: a month-only date, no place, a country-level
# place, a sector missing.
ARTICLES += [
    ("a45", "https://www.theguardian.com/45", "2022-03-05",
     "Earlier this month a Russian missile brought down part of Kyiv's television tower.",
     [dict(gold="G5", cameo="195", source=["RUS"], target=["UKR"], date="2022-03", place="Kyiv")]),
    ("a46", "https://reliefweb.int/46", "2017-03-24",
     "UN agencies said Wednesday's delivery reached 40,000 people.",
     [dict(gold="G12", cameo="070", source=["IGOUNO"], target=["SYRCVL"], date="2017-03-22")]),
    ("a47", "https://www.dw.com/47", "2017-02-05",
     "Brussels renewed its asset freezes against Iranian officials this weekend.",
     [dict(gold="G14", cameo="163", source=["IGOEUR"], target=["IRN"], date="2017-02-04", place="Iran")]),
    ("a48", "https://punchng.com/48", "2017-05-12",
     "Police in Lagos said kidnappers seized a trader on Thursday and demanded a ransom.",
     [dict(gold="G11", cameo="181", source=["NGACRM"], target=["NGA"], date="2017-05-11", place="Lagos")]),
]

# General events (accusations, statements, consultations) on one dyad within days of each other:
# the dyad and the week are not enough; the same specific trigger, similar wording, a shared city
# or the same exact day of a meeting ties reports together. Each look-alike arrives while its
# neighbour has a single report, so only these rules (not the agreement of several reports on
# another day) keep them apart.
ARTICLES += [
    # G21: Iran accuses the US of meddling in Iraq (two wordings, the same trigger verb).
    ("a50", "https://www.presstv.ir/50", "2017-06-05",
     "Iran's foreign ministry accused the United States of meddling in Iraq's elections on Monday.",
     [dict(gold="G21", cameo="112", source=["IRNGOV"], target=["USA"], date="2017-06-05", trigger="accused")]),
    ("a51", "https://www.aljazeera.com/51", "2017-06-08",
     "Tehran accuses Washington of interfering in the Iraqi vote, a spokesman said.",
     [dict(gold="G21", cameo="112", source=["IRN"], target=["USAGOV"], date="2017-06-05", trigger="accuses")]),
    # G22: look-alike: two days later Iran criticises US visa rules (another statement, another topic).
    ("a52", "https://www.reuters.com/world/52", "2017-06-07",
     "Iranian officials criticised the new American visa restrictions on Wednesday.",
     [dict(gold="G22", cameo="111", source=["IRNGOV"], target=["USA"], date="2017-06-07", trigger="criticised")]),
    # G23: a White House statement on China, told twice in nearly the same words.
    ("a53", "https://www.reuters.com/world/53", "2017-06-06",
     "The White House said on Tuesday it would keep pressing Beijing over North Korea's missile tests.",
     [dict(gold="G23", cameo="010", source=["USAGOV"], target=["CHN"], date="2017-06-06", trigger="said")]),
    ("a54", "https://www.usnews.com/54", "2017-06-09",
     "The White House said Tuesday that it will keep pressing China over North Korea's missile tests.",
     [dict(gold="G23", cameo="010", source=["USAGOV"], target=["CHN"], date="2017-06-06", trigger="said")]),
    # G24: look-alike: another US statement on China two days later, about steel.
    ("a55", "https://apnews.com/55", "2017-06-08",
     "US officials said on Thursday that Chinese steel exports were hurting American workers.",
     [dict(gold="G24", cameo="010", source=["USAGOV"], target=["CHN"], date="2017-06-08", trigger="said")]),
    # G25: a Lavrov-Tillerson phone call, told with different words on the same day.
    ("a56", "https://tass.com/56", "2017-06-12",
     "Sergei Lavrov spoke by telephone with Rex Tillerson on Monday about Syria.",
     [dict(gold="G25", cameo="040", source=["RUSGOV"], target=["USAGOV"], date="2017-06-12", trigger="spoke")]),
    ("a57", "https://www.reuters.com/world/57", "2017-06-15",
     "Russia's top diplomat held a phone call with his American counterpart on Monday, the ministry said.",
     [dict(gold="G25", cameo="040", source=["RUSGOV"], target=["USAGOV"], date="2017-06-12", trigger="held")]),
    # G26: look-alike: a Kremlin meeting of the same dyad two days later.
    ("a58", "https://www.bbc.co.uk/news/58", "2017-06-14",
     "Putin received the US secretary of state in the Kremlin on Wednesday.",
     [dict(gold="G26", cameo="040", source=["RUSGOV"], target=["USAGOV"], date="2017-06-14", place="Moscow",
           trigger="received")]),
    # G27: look-alike: the same day as G25, a US accusation against Russia (another type, swapped dyad).
    ("a59", "https://www.state.gov/59", "2017-06-12",
     "The State Department accused Russia of violating the ceasefire in Syria on Monday.",
     [dict(gold="G27", cameo="112", source=["USAGOV"], target=["RUS"], date="2017-06-12", trigger="accused")]),
    # G28/G29: one-sided warnings voiced in Washington a day apart: trigger and city shared, topic not.
    ("a60", "https://www.defense.gov/60", "2017-06-20",
     "The Pentagon warned in Washington on Tuesday of growing threats from armed drones.",
     [dict(gold="G28", cameo="130", source=["USAMIL"], target=[], date="2017-06-20", place="Washington",
           trigger="warned")]),
    ("a61", "https://www.politico.com/61", "2017-06-21",
     "Officials in Washington warned on Wednesday that new tariffs could hurt farmers.",
     [dict(gold="G29", cameo="130", source=["USAGOV"], target=[], date="2017-06-21", place="Washington",
           trigger="warned")]),
]

# An exact duplicate (same text, another URL): stored once, skipped on sight.
EXACT_DUPLICATE = ("a39", "https://www.yahoo.com/39", "2017-03-21", ARTICLES[0][3], ARTICLES[0][4])


def collection_results():
    """(ArticleResults in publication order, {event_id: gold event}) for the whole collection."""
    results, gold = [], {}
    for article_id, url, published, text, specs in sorted(ARTICLES + [EXACT_DUPLICATE], key=lambda a: (a[2], a[0])):
        plain = [{k: v for k, v in spec.items() if k != "gold"} for spec in specs]
        result = make_result(article_id, text, plain, published=published, url=url)
        for event, spec in zip(result.events, specs):
            gold[event.event_id] = spec["gold"]
        results.append(result)
    return results, gold
