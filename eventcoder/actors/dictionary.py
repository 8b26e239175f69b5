"""Actor dictionary: countries, international actors, sector words and people with terms of office.

Four kinds of TSV file live beside this module (``countries.tsv``, ``organizations.tsv``,
``sectors.tsv``, ``people.tsv``). Each starts with a header row; the header says which kind a
file is, so user files passed to :meth:`ActorDictionary.load` use the same formats and add to
or override the packaged entries. Lists inside a cell are separated by ``|``. Lines starting
with ``#`` and blank lines are skipped.

Every phrase is compiled into one dict keyed by its lower-cased surface text, plus a set of the
prefixes of those keys that end where a tokenizer could split them, so matching walks tokens
and stops as soon as no entry can start with the text seen so far.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from ..errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent
PACKAGED_FILES = (
    "countries.tsv", "organizations.tsv", "sectors.tsv", "people.tsv", "people_world.tsv", "people_history.tsv",
    "country_eras.tsv", "country_nouns.tsv", "voiced_acts.tsv", "namesakes.tsv", "regions.tsv", "cities.tsv",
    "shared_roles.tsv",
)

COUNTRY_COLUMNS = ("code", "name", "aliases", "demonyms", "capitals", "wikidata")
ORGANIZATION_COLUMNS = ("code", "country", "sector", "name", "aliases", "wikidata")
SECTOR_COLUMNS = ("term", "sector", "type")
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "wikidata")
ERA_COLUMNS = ("phrase", "code", "until", "note")
COUNTRY_NOUN_COLUMNS = ("noun", "countries", "note")
VOICED_ACT_COLUMNS = ("act_noun", "plural", "note")
NAMESAKE_COLUMNS = ("name", "countries", "note")
REGION_COLUMNS = ("region_word", "countries", "note")
CITY_COLUMNS = ("city", "country", "aliases")
SHARED_ROLE_COLUMNS = ("shared_role", "sectors", "note")

# "none": a phrase ending in a role word that names no actor ("market forces" are no troops).
SECTOR_TYPES = ("group", "person", "title", "equipment", "none")
# Three-letter sector codes we accept (CAMEO roles plus a few CAMEO-style additions).
SECTOR_CODES = frozenset(
    "GOV MIL COP REB INS OPP JUD LEG BUS MED CVL EDU REF LAB REL PTY SPY ELI CRM HLH "
    "HRI AGR ENV DEV MOD RAD IRG UAF SEP NGO MNC SET CHR AMN DIP VOT".split()
)
_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_PRONOUNCED_ACRONYM = re.compile(r"[A-Z]{4,}")

# Countries whose names put the family name first: no surname is derived for their people.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MMR"})

NAME_TITLES = frozenset({"mullah", "king", "queen", "pope", "sheikh", "sultan", "prince", "emir", "ayatollah", "sir"})
_ROMAN = re.compile(r"^[IVXL]+\.?$")

# Kinds of lexicon entry.
COUNTRY = "country"  # a country's name or short form: "Russia", "the U.S."
DEMONYM = "demonym"  # "Russian", "Iranians"
CAPITAL = "capital"  # a capital or seat of government used for the government: "Moscow", "the Kremlin"
ORGANIZATION = "organization"
SECTOR = "sector"
PERSON = "person"  # full name or listed alias of a known person
SURNAME = "surname"  # a derived surname of known people: one person, or several resolved by office on a date


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    wikidata: Optional[str] = None


@dataclass(frozen=True)
class Organization:
    code: str
    country: Optional[str]
    sector: Optional[str]
    name: str
    wikidata: Optional[str] = None


@dataclass(frozen=True)
class SectorTerm:
    term: str
    sector: Optional[str]  # None: the word names a person or group but no sector ("counterparts")
    type: str  # "group" (army), "person" (spokesman: takes the sector of the words before), "title" (president)


@dataclass(frozen=True)
class Term:
    """One office held by a person, with its dates (ISO, partial allowed; end None = still in office)."""

    country: str  # ISO-3 code, or an international actor's code for its officials (IGOUNO)
    sector: str
    role: str
    start: str
    end: Optional[str]


@dataclass
class Person:
    name: str
    wikidata: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)

    def in_office(self, on: Optional[dt.date]) -> bool:
        """Whether one of the person's terms covers the date (today if unknown)."""
        day = (on or dt.date.today()).isoformat()
        return any(_date_start(t.start) <= day <= _date_end(t.end) for t in self.terms)

    def resolve(self, on: Optional[dt.date]) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """(country, sector, role) on a date: the office held then; ELI after leaving office; country only before."""
        if not self.terms:
            return None, None, None
        day = (on or dt.date.today()).isoformat()
        current = [t for t in self.terms if _date_start(t.start) <= day <= _date_end(t.end)]
        if current:
            # Several offices at once (president and party leader): the government one wins.
            current.sort(key=lambda t: t.sector != "GOV")
            term = current[0]
            return term.country, term.sector, term.role
        past = [t for t in self.terms if _date_end(t.end) < day]
        if past:
            term = max(past, key=lambda t: _date_end(t.end))
            return term.country, "ELI", "former " + term.role
        term = min(self.terms, key=lambda t: _date_start(t.start))
        return term.country, None, None


def _date_start(value: str) -> str:
    # A partial start date covers its whole month/year: compare from the earliest day.
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value


def _date_end(value: Optional[str]) -> str:
    if value is None:
        return "9999-12-31"
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        return value + "-31"  # string comparison only: "-31" is after every day of the month
    return value


def _same_office_overlap(first: Term, second: Term) -> bool:
    """Whether two terms of one person are the same office over more than a shared month (a duplicate row);
    terms that only touch ("to 2009-10", "from 2009-10") are consecutive, not duplicates."""
    if (first.country, first.role) != (second.country, second.role):
        return False
    latest_start = max(_date_start(first.start), _date_start(second.start))[:7]
    earliest_end = min(_date_end(first.end), _date_end(second.end))[:7]
    return latest_start < earliest_end


@dataclass(frozen=True)
class Entry:
    """What one dictionary phrase means. ``surface`` is the phrase as written, for case checks."""

    kind: str
    surface: str
    case_sensitive: bool  # written in capitals ("US", "WHO"): text must match exactly
    capitalized: bool  # a name: the first letter in the text must be a capital
    country: Optional[str] = None
    sector: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    wikidata: Optional[str] = None
    sector_type: Optional[str] = None
    person: Optional[Person] = None
    # A surname several known people share ("Harris"): the one in office on the article's date.
    candidates: tuple = ()
    # "Nato" for "NATO": only where the parser reads the word as a name, not a verb or noun ("Mend").
    proper_noun_only: bool = False

    def person_on(self, on: Optional[dt.date]) -> Optional[Person]:
        """The person this entry names on a date: its one person, or the only candidate in office then."""
        if self.person is not None:
            return self.person
        holders = [p for p in self.candidates if p.in_office(on)]
        return holders[0] if len(holders) == 1 else None


def _plain(word: str) -> str:
    """A word without its accents, lower-cased: "Patiño" -> "patino"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def normalize(text: str) -> str:
    """Lower-case a phrase and unify apostrophes and spaces, as matching does for text."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()


def _split_prefixes(key: str) -> Iterable[str]:
    # Prefixes ending where a tokenizer might split: at spaces and where letters meet punctuation.
    for i in range(1, len(key)):
        a, b = key[i - 1], key[i]
        if b == " " or a == " ":
            if a != " ":
                yield key[:i]
        elif a.isalnum() != b.isalnum():
            yield key[:i]
    yield key


class ActorDictionary:
    """All actor data, compiled for fast token matching. Build with :meth:`load`."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.organizations: dict[str, Organization] = {}  # by normalised name
        self.sectors: dict[str, SectorTerm] = {}
        self.people: dict[str, Person] = {}  # by normalised name
        self.phrases: dict[str, list[Entry]] = {}
        self.prefixes: set[str] = set()
        self.max_tokens = 1
        # Raw rows kept while loading, compiled into ``phrases`` at the end.
        self._country_rows: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {}
        self._organization_phrases: dict[str, tuple[str, Organization]] = {}
        # Names whose country changed: normalised phrase -> [(until ISO date, country code before it)].
        self.eras: dict[str, list[tuple[str, str]]] = {}
        # Nouns that refer back to a country named before ("the kingdom"): noun -> the countries it may mean
        # (None: any country).
        self.country_nouns: dict[str, Optional[frozenset]] = {}
        # Nouns of demands, offers and protests whose noun modifier names who made them ("opposition demands"):
        # singular and plural forms.
        self.voiced_act_nouns: frozenset = frozenset()
        # Organisations whose name bodies of several countries bear: organisation name -> those countries.
        self.namesakes: dict[str, frozenset] = {}
        self.region_words: dict[str, frozenset] = {}  # "east african" -> the countries it covers
        # Cities other than capitals, as places only ("police in Mombasa", "MUMBAI (Reuters) -"): never actors.
        self.city_countries: dict[str, str] = {}
        # Bare role words several bodies use ("officers"): word -> the sectors it may take from a group named before.
        self.shared_roles: dict[str, frozenset] = {}

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra_paths: Sequence[Union[str, Path]] = ()) -> "ActorDictionary":
        """Load the packaged dictionaries, then each user file in ``extra_paths`` (same formats).

        A user row overrides the packaged row with the same key (country code, organisation
        name, sector term, person name: a user person replaces the packaged terms).
        Raises DataFileError naming the file and line of the first bad row.
        """
        dictionary = cls()
        for name in PACKAGED_FILES:
            dictionary._read_file(DATA_DIR / name, replace_people=False)
        for path in extra_paths:
            dictionary._read_file(Path(path), replace_people=True)
        dictionary._compile()
        return dictionary

    def _read_file(self, path: Path, replace_people: bool) -> None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise DataFileError(path, None, f"cannot read actor dictionary: {error}") from error
        header: Optional[tuple[str, ...]] = None
        replaced: set[str] = set()
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = tuple(cells)
                kinds = (COUNTRY_COLUMNS, ORGANIZATION_COLUMNS, SECTOR_COLUMNS, PEOPLE_COLUMNS, ERA_COLUMNS,
                         COUNTRY_NOUN_COLUMNS, VOICED_ACT_COLUMNS, NAMESAKE_COLUMNS, REGION_COLUMNS, CITY_COLUMNS,
                         SHARED_ROLE_COLUMNS)
                if header not in kinds:
                    raise DataFileError(
                        path,
                        number,
                        "unknown header; expected the tab-separated columns of one of: "
                        + "; ".join(" ".join(c) for c in kinds),
                    )
                continue
            if len(cells) > len(header):
                raise DataFileError(path, number, f"{len(cells)} columns, expected {len(header)} ({' '.join(header)})")
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            if header == COUNTRY_COLUMNS:
                self._add_country(path, number, row)
            elif header == ORGANIZATION_COLUMNS:
                self._add_organization(path, number, row)
            elif header == SECTOR_COLUMNS:
                self._add_sector(path, number, row)
            elif header == ERA_COLUMNS:
                self._add_era(path, number, row)
            elif header == COUNTRY_NOUN_COLUMNS:
                self._add_country_noun(path, number, row)
            elif header == VOICED_ACT_COLUMNS:
                self._add_voiced_act(path, number, row)
            elif header == NAMESAKE_COLUMNS:
                self._add_namesake(path, number, row)
            elif header == REGION_COLUMNS:
                self._add_region_word(path, number, row)
            elif header == CITY_COLUMNS:
                self._add_city(path, number, row)
            elif header == SHARED_ROLE_COLUMNS:
                self._add_shared_role(path, number, row)
            else:
                self._add_term(path, number, row, replace_people, replaced)
        if header is None:
            raise DataFileError(path, None, "empty actor dictionary file (no header row)")

    def _add_era(self, path: Path, number: int, row: dict) -> None:
        phrase, code, until = normalize(_strip_article(row["phrase"])), row["code"], row["until"]
        if not phrase:
            raise DataFileError(path, number, "empty phrase")
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataFileError(path, number, f"country code {code!r} must be three capital letters")
        try:
            dt.date.fromisoformat(until)
        except ValueError:
            raise DataFileError(path, number, f"until {until!r} must be an ISO date (YYYY-MM-DD)") from None
        self.eras.setdefault(phrase, []).append((until, code))
        self.eras[phrase].sort()

    def _add_country_noun(self, path: Path, number: int, row: dict) -> None:
        noun = normalize(row["noun"])
        if not noun:
            raise DataFileError(path, number, "empty noun")
        codes = _split_list(row["countries"])
        for code in codes:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise DataFileError(path, number, f"country code {code!r} must be three capital letters")
        self.country_nouns[noun] = frozenset(codes) if codes else None

    def _add_region_word(self, path: Path, number: int, row: dict) -> None:
        word = normalize(row["region_word"])
        if not word or len(word.split()) > 2:
            raise DataFileError(path, number, "a region word is one or two words")
        codes = _split_list(row["countries"])
        if not codes:
            raise DataFileError(path, number, "a region word lists the countries it covers")
        for code in codes:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise DataFileError(path, number, f"country code {code!r} must be three capital letters")
        self.region_words[word] = frozenset(codes)

    def _add_shared_role(self, path: Path, number: int, row: dict) -> None:
        word = normalize(row["shared_role"])
        sectors = _split_list(row["sectors"])
        if not re.fullmatch(r"[a-z]+", word):
            raise DataFileError(path, number, f"{word!r}: a shared role is one lower-case word")
        if len(sectors) < 2 or not all(re.fullmatch(r"[A-Z]{3}", sector) for sector in sectors):
            raise DataFileError(path, number, "a shared role lists two or more three-letter sector codes")
        self.shared_roles[word] = frozenset(sectors)

    def _add_city(self, path: Path, number: int, row: dict) -> None:
        code = row["country"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataFileError(path, number, f"country code {code!r} must be three capital letters")
        names = [row["city"], *_split_list(row["aliases"])]
        for name in names:
            key = normalize(name)
            if not key:
                raise DataFileError(path, number, "empty city name")
            if self.city_countries.get(key, code) != code:
                raise DataFileError(path, number, f"city {name!r} is listed for two countries; leave ambiguous names out")
            self.city_countries[key] = code

    def city_country(self, text: str) -> Optional[str]:
        """The country of a city the dictionary lists as a place ("Mombasa" -> "KEN"), or None. Capitals are
        countries' rows; a city is never an actor by itself."""
        return self.city_countries.get(normalize(_strip_article(text)))

    def _add_voiced_act(self, path: Path, number: int, row: dict) -> None:
        forms = [normalize(row["act_noun"]), normalize(row["plural"])]
        for form in forms:
            if not re.fullmatch(r"[a-z]+", form):
                raise DataFileError(path, number, f"{form!r}: an act noun and its plural are single lower-case words")
        self.voiced_act_nouns = self.voiced_act_nouns | frozenset(forms)

    def _add_namesake(self, path: Path, number: int, row: dict) -> None:
        org = self.organizations.get(normalize(_strip_article(row["name"])))
        if org is None:
            raise DataFileError(path, number, f"{row['name']!r} is no organisation name or alias of organizations.tsv")
        codes = _split_list(row["countries"])
        if len(codes) < 2:
            raise DataFileError(path, number, "a namesake lists at least two countries")
        for code in codes:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise DataFileError(path, number, f"country code {code!r} must be three capital letters")
        self.namesakes[org.name] = frozenset(codes)

    def country_in_era(self, surface: str, country: Optional[str], on: Optional[dt.date]) -> Optional[str]:
        """The country a name meant on a date when it has changed since ("Congo" before 1997 is the Republic
        of the Congo, "Juba" before 2011 is in Sudan); ``country`` otherwise. The phrase must open ``surface``."""
        if on is None or country is None or not self.eras:
            return country
        words = normalize(_strip_article(surface)).split()
        for length in range(min(len(words), 4), 0, -1):
            for until, code in self.eras.get(" ".join(words[:length]), ()):
                if on.isoformat() < until:
                    return code
        return country

    def _add_country(self, path: Path, number: int, row: dict) -> None:
        code = row["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataFileError(path, number, f"country code {code!r} must be three capital letters")
        if not row["name"]:
            raise DataFileError(path, number, f"country {code} has no name")
        wikidata = _check_wikidata(path, number, row["wikidata"])
        capitals = []
        for item in _split_list(row["capitals"]):
            phrase, _, sector = item.partition("=")
            sector = sector.strip() or "GOV"
            if sector not in SECTOR_CODES:
                raise DataFileError(path, number, f"unknown sector {sector!r} for capital {phrase!r}")
            capitals.append((phrase.strip(), sector))
        self.countries[code] = Country(code, row["name"], wikidata)
        self._country_rows[code] = (
            [row["name"]] + _split_list(row["aliases"]),
            _split_list(row["demonyms"]),
            capitals,
        )

    def _add_organization(self, path: Path, number: int, row: dict) -> None:
        code, country, sector = row["code"], row["country"] or None, row["sector"] or None
        if not _CODE.fullmatch(code):
            raise DataFileError(path, number, f"actor code {code!r} must be groups of three capital letters")
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise DataFileError(path, number, f"country {country!r} must be a three-letter code or empty")
        if sector is not None and sector not in SECTOR_CODES:
            raise DataFileError(path, number, f"unknown sector {sector!r}")
        if not row["name"]:
            raise DataFileError(path, number, "organisation has no name")
        org = Organization(code, country, sector, row["name"], _check_wikidata(path, number, row["wikidata"]))
        for phrase in [row["name"]] + _split_list(row["aliases"]):
            self.organizations[normalize(phrase)] = org
            # Keyed by spelling: "Hamas" and "HAMAS" are two phrases of one organisation.
            self._organization_phrases[" ".join(phrase.split())] = (phrase, org)

    def _add_sector(self, path: Path, number: int, row: dict) -> None:
        term, sector, kind = row["term"], row["sector"] or None, row["type"]
        if not term:
            raise DataFileError(path, number, "empty sector term")
        if sector is not None and sector not in SECTOR_CODES:
            raise DataFileError(path, number, f"unknown sector {sector!r} (known: {' '.join(sorted(SECTOR_CODES))})")
        if kind not in SECTOR_TYPES:
            raise DataFileError(path, number, f"sector type {kind!r} must be one of {', '.join(SECTOR_TYPES)}")
        if kind == "none" and (sector is not None or len(term.split()) < 2):
            raise DataFileError(path, number, f"a 'none' term names no sector and is two or more words: {term!r}")
        self.sectors[normalize(term)] = SectorTerm(term, sector, kind)

    def _add_term(self, path: Path, number: int, row: dict, replace: bool, replaced: set[str]) -> None:
        name, country, sector = row["name"], row["country"], row["sector"]
        if not name:
            raise DataFileError(path, number, "person has no name")
        if not _CODE.fullmatch(country):
            raise DataFileError(
                path, number, f"country {country!r} must be a three-letter code (or an organisation's code, IGOUNO)"
            )
        if sector not in SECTOR_CODES:
            raise DataFileError(path, number, f"unknown sector {sector!r}")
        for column in ("start", "end"):
            value = row[column]
            if value and not _DATE.fullmatch(value):
                raise DataFileError(path, number, f"{column} date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        if not row["start"]:
            raise DataFileError(path, number, "term of office has no start date")
        if row["end"] and _date_end(row["end"]) < _date_start(row["start"]):
            raise DataFileError(path, number, f"term ends ({row['end']}) before it starts ({row['start']})")
        key = normalize(name)
        if replace and key not in replaced:
            self.people.pop(key, None)  # a user file's rows replace the packaged terms
            replaced.add(key)
        person = self.people.setdefault(key, Person(name))
        wikidata = _check_wikidata(path, number, row["wikidata"])
        if wikidata:
            person.wikidata = wikidata
        for alias in _split_list(row["aliases"]):
            if alias not in person.aliases:
                person.aliases.append(alias)
        term = Term(country, sector, row["role"] or sector.lower(), row["start"], row["end"] or None)
        for earlier in person.terms:
            if _same_office_overlap(earlier, term):
                raise DataFileError(
                    path, number,
                    f"{name} already holds {term.role} of {country} from {earlier.start} to {earlier.end or 'now'}"
                    " (a duplicate row?); merge the two terms",
                )
        person.terms.append(term)

    # --------------------------------------------------------------- compiling
    def _compile(self) -> None:
        phrases: dict[str, list[Entry]] = {}

        def add(phrase: str, kind: str, name_like: bool, **values) -> None:
            key = normalize(phrase)
            if not key:
                return
            surface = " ".join(phrase.replace("\u2019", "'").split())
            # A capital inside a word ("US", "WHO", "LeT") means the text must match exactly.
            case_sensitive = any(
                b.isupper() and a.isalpha() for a, b in zip(surface, surface[1:])
            )
            entry = Entry(kind, surface, case_sensitive, name_like, **values)
            bucket = phrases.setdefault(key, [])
            # Later files override earlier ones: drop an older entry of the same kind and spelling
            # ("HAMAS" and "Hamas" both stay; the entry added last wins when both fit).
            bucket[:] = [e for e in bucket if (e.kind, e.surface) != (kind, surface)]
            bucket.append(entry)

        for code, (names, demonyms, capitals) in self._country_rows.items():
            country = self.countries[code]
            for phrase in names:
                add(_strip_article(phrase), COUNTRY, True, country=code, code=code, name=country.name, wikidata=country.wikidata)
            for phrase in demonyms:
                add(phrase, DEMONYM, True, country=code, code=code, name=country.name, wikidata=country.wikidata)
            for phrase, sector in capitals:
                add(_strip_article(phrase), CAPITAL, True, country=code, sector=sector, code=code + sector, name=country.name)
        written = {normalize(_strip_article(phrase)) for phrase, _ in self._organization_phrases.values()}
        for phrase, org in self._organization_phrases.values():
            # A body named by common nouns, written all in lower case in the file ("international community"), is no
            # name: it needs no capital in the text (a row with a capital anywhere, "Blue helmets", still does).
            common = " " in phrase.strip() and phrase == phrase.lower()
            add(_strip_article(phrase), ORGANIZATION, not common,
                country=org.country, sector=org.sector, code=org.code, name=org.name, wikidata=org.wikidata)
            for variant in _spelling_variants(_strip_article(phrase)):
                # "Organisation of African Unity" for "Organization of African Unity"; a name written in
                # the file itself always keeps its own row.
                if normalize(variant) not in written:
                    add(variant, ORGANIZATION, True, country=org.country, sector=org.sector, code=org.code,
                        name=org.name, wikidata=org.wikidata)
            if _PRONOUNCED_ACRONYM.fullmatch(phrase):
                # Some wires write acronyms read as words in title case: "Nato", "Unita", "Unicef".
                add(phrase[0] + phrase[1:].lower(), ORGANIZATION, True, country=org.country, sector=org.sector,
                    code=org.code, name=org.name, wikidata=org.wikidata, proper_noun_only=True)
        for key, term in self.sectors.items():
            add(term.term, SECTOR, False, sector=term.sector, sector_type=term.type)

        surnames: dict[str, list[Person]] = {}
        spellings: dict[str, str] = {}  # an alias's accented surname as written
        for person in self.people.values():
            for phrase in [person.name] + person.aliases:
                add(phrase, PERSON, True, name=person.name, wikidata=person.wikidata, person=person)
            if any(term.country in FAMILY_NAME_FIRST for term in person.terms):
                continue  # "Xi Jinping": the surname comes first; short forms are listed as aliases
            words = person.name.split()
            if len(words) < 2 or words[0].lower() in NAME_TITLES or _ROMAN.fullmatch(words[-1]) \
                    or any(w.lower() in ("bin", "ibn", "bint", "al", "ould") for w in words[1:-1]):
                continue  # "Mullah Omar", "Pope Francis", "Abdullah II", "Haitham bin Tariq": no surname
            last = words[-1]
            surnames.setdefault(normalize(last), []).append(person)
            for alias in person.aliases:
                # "Ricardo Patino" listed with the alias "Ricardo Patiño": "Patiño" alone is his surname too
                spelled = alias.split()[-1] if alias.split() else last
                if spelled != last and _plain(spelled) == _plain(last) and person not in surnames.get(normalize(spelled), []):
                    surnames.setdefault(normalize(spelled), []).append(person)
                    spellings[normalize(spelled)] = spelled
        # Words used as given names ("Hassan" in "Hassan Rouhani") are never surnames on their own.
        given_names = {normalize(w) for p in self.people.values() for w in p.name.split()[:-1]}
        for key, people in surnames.items():
            # A surname stands alone only if it means nothing else; one shared by several known people
            # names whichever of them is in office on the article's date (finder's job).
            if len(key) < 3 or key in phrases or key in given_names:
                continue
            if len(people) == 1:
                person = people[0]
                add(spellings.get(key, person.name.split()[-1]), SURNAME, True, name=person.name,
                    wikidata=person.wikidata, person=person)
            else:
                add(spellings.get(key, people[0].name.split()[-1]), SURNAME, True, candidates=tuple(people))

        self.phrases = phrases
        prefixes: set[str] = set()
        max_words = 1
        for key in phrases:
            prefixes.update(_split_prefixes(key))
            # Token count upper bound: words split by spaces and punctuation.
            max_words = max(max_words, len(re.findall(r"\w+|[^\w\s]", key)))
        self.prefixes = prefixes
        self.max_tokens = max_words
        self._country_rows = {}
        self._organization_phrases = {}

    # ----------------------------------------------------------------- lookups
    def country(self, code: str) -> Optional[Country]:
        """The country with this ISO-3 code, or None."""
        return self.countries.get(code)

    def country_name(self, code: str) -> Optional[str]:
        """The English short name of a country code ("RUS" -> "Russia"), or None."""
        country = self.countries.get(code)
        return country.name if country else None

    def country_code(self, text: str) -> Optional[str]:
        """The country code for a name, short form, demonym or capital ("Iranian" -> "IRN"), or None.
        Written as the dictionary writes it: "CAR" is the Central African Republic, "car" is not."""
        stripped = _strip_article(text)
        surface = " ".join(stripped.replace("\u2019", "'").split())
        for entry in self.phrases.get(normalize(stripped), ()):
            if entry.kind not in (COUNTRY, DEMONYM, CAPITAL):
                continue
            if entry.case_sensitive and surface != entry.surface or entry.capitalized and surface == surface.lower():
                continue
            return entry.country
        return None

    def person(self, name: str) -> Optional[Person]:
        """A known person by full name or alias, or None."""
        for entry in self.phrases.get(normalize(name), ()):
            if entry.kind == PERSON:
                return entry.person
        return None

    def lookup(self, phrase: str) -> list[Entry]:
        """Every entry for an exact phrase (case-insensitive)."""
        return list(self.phrases.get(normalize(phrase), ()))


# British and American spellings of words in organisation names ("Labour"/"Labor" is left out: parties
# of different countries differ by it).
SPELLINGS = (("Organization", "Organisation"), ("Defense", "Defence"), ("Center", "Centre"), ("Program", "Programme"))


def _spelling_variants(phrase: str) -> list[str]:
    """The phrase with each word of SPELLINGS in its other spelling ("Programme" -> "Program")."""
    variants = []
    for american, british in SPELLINGS:
        for old, new in ((american, british), (british, american)):
            if re.search(rf"\b{old}\b", phrase):
                variants.append(re.sub(rf"\b{old}\b", new, phrase))
    return variants


def _split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


def _strip_article(phrase: str) -> str:
    # "the United States" is matched as "United States"; the finder takes a leading "the" along.
    words = phrase.split()
    if len(words) > 1 and words[0].lower() == "the":
        return " ".join(words[1:])
    return phrase


def _check_wikidata(path: Path, number: int, value: str) -> Optional[str]:
    if not value:
        return None
    if not _WIKIDATA.fullmatch(value):
        raise DataFileError(path, number, f"Wikidata id {value!r} must look like Q123")
    return value
