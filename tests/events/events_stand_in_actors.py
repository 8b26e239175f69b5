"""A tiny stand-in actor coder, so event tests do not depend on the actors stage."""

from __future__ import annotations

from eventcoder.records import Actor, ActorMention

COUNTRY_TERMS = {
    "russia": "RUS", "russian": "RUS", "moscow": "RUS", "kremlin": "RUS",
    "iran": "IRN", "iranian": "IRN", "tehran": "IRN",
    "syria": "SYR", "syrian": "SYR", "damascus": "SYR",
    "turkey": "TUR", "turkish": "TUR", "ankara": "TUR",
    "israel": "ISR", "israeli": "ISR", "palestinian": "PSE", "palestinians": "PSE",
    "united states": "USA", "u.s.": "USA", "us": "USA", "american": "USA", "washington": "USA",
    "china": "CHN", "chinese": "CHN", "beijing": "CHN", "france": "FRA", "french": "FRA", "paris": "FRA",
    "germany": "DEU", "german": "DEU", "britain": "GBR", "british": "GBR", "london": "GBR",
    "japan": "JPN", "japanese": "JPN", "tokyo": "JPN", "ukraine": "UKR", "ukrainian": "UKR", "kiev": "UKR",
    "iraq": "IRQ", "iraqi": "IRQ", "baghdad": "IRQ", "egypt": "EGY", "egyptian": "EGY",
    "india": "IND", "indian": "IND", "pakistan": "PAK", "pakistani": "PAK",
    "north korea": "PRK", "south korea": "KOR", "jordan": "JOR", "lebanon": "LBN", "lebanese": "LBN",
    "afghanistan": "AFG", "afghan": "AFG", "saudi arabia": "SAU", "saudi": "SAU", "greece": "GRC", "greek": "GRC",
    "hungary": "HUN", "hungarian": "HUN", "romania": "ROU", "romanian": "ROU", "serbia": "SRB", "kosovo": "XKX",
}
PEOPLE = {"rouhani": "IRNGOV", "putin": "RUSGOV", "medvedev": "RUSGOV", "assad": "SYRGOV", "erdogan": "TURGOV",
          "netanyahu": "ISRGOV", "obama": "USAGOV", "lavrov": "RUSGOV", "zarif": "IRNGOV"}
SECTOR_NOUNS = {
    "president": "GOV", "minister": "GOV", "government": "GOV", "official": "GOV", "officials": "GOV",
    "leader": "GOV", "authorities": "GOV", "presidents": "GOV", "ministers": "GOV", "leaders": "GOV",
    "troops": "MIL", "army": "MIL", "military": "MIL", "soldiers": "MIL", "forces": "MIL", "bombers": "MIL",
    "jets": "MIL", "navy": "MIL", "rebels": "REB", "militants": "REB", "insurgents": "REB",
    "police": "COP", "protesters": "CVL", "students": "EDU", "workers": "LAB",
}


def simple_actor_mentions(document) -> list[ActorMention]:
    """Country names/demonyms, a few leaders, and 'Iranian troops'-style sector phrases."""
    doc = document.doc
    mentions = []
    taken = set()
    for token in doc:
        if token.i in taken:
            continue
        word = token.lower_
        two = (word + " " + doc[token.i + 1].lower_) if token.i + 1 < len(doc) else ""
        if two in COUNTRY_TERMS:
            country, start, end = COUNTRY_TERMS[two], token.i, token.i + 2
        elif word in COUNTRY_TERMS:
            country, start, end = COUNTRY_TERMS[word], token.i, token.i + 1
        elif word in PEOPLE:
            code = PEOPLE[word]
            mentions.append(_mention(doc, code, code[:3], "GOV", token.i, token.i + 1, token.i, "person"))
            taken.add(token.i)
            continue
        else:
            continue
        head = doc[end - 1]
        # "Iranian President Hassan Rouhani", "Russian troops": the sector noun the name modifies
        governor = head.head if head.dep_ in ("amod", "compound", "nmod") else None
        coordinated = governor is not None and any(t.dep_ in ("cc", "conj") for t in doc[end:governor.i])
        coordinated = coordinated or head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
        if governor is not None and governor.lower_ in SECTOR_NOUNS and governor.i > head.i and coordinated:
            # "Iranian and Russian officials": one mention per country, each with the shared sector
            sector = SECTOR_NOUNS[governor.lower_]
            mentions.append(_mention(doc, country + sector, country, sector, start, end, end - 1, "sector"))
            taken.update(range(start, end))
        elif governor is not None and governor.lower_ in SECTOR_NOUNS and governor.i > head.i:
            sector = SECTOR_NOUNS[governor.lower_]
            top = governor
            while top.dep_ == "compound" and top.head.i > top.i and top.head.pos_ == "PROPN":
                top = top.head  # ... President Hassan Rouhani
            mentions.append(_mention(doc, country + sector, country, sector, start, top.i + 1, top.i, "sector"))
            taken.update(range(start, top.i + 1))
        else:
            mentions.append(_mention(doc, country, country, None, start, end, end - 1, "country"))
            taken.update(range(start, end))
    return mentions


def _mention(doc, code, country, sector, start, end, head, kind):
    span = doc[start:end]
    actor = Actor(code=code, country=country, sector=sector, text=span.text, start=span.start_char, end=span.end_char)
    return ActorMention(actor=actor, token_start=start, token_end=end, head=head, kind=kind)


