"""Benchmark the places stage on the shared development data (never shipped, read only here).

GeoVirus (geovirus.jsonl), two measures:
  * end to end: toponym recall and precision (a predicted span overlaps the gold span), and over gold
    toponyms the correct country rate and accuracy within 161 km (a missed toponym counts as wrong);
    the correct country rate is also printed over gold toponyms in a country, leaving out the ones
    GeoVirus flags as continents or multi-country areas ("Europe", "Middle East"), which have none;
  * given the gold spans: each gold span is resolved by ``resolve_spans`` in its document's context,
    scored the same way over all gold toponyms. This is how geoparsers such as Mordecai3 report
    resolution (their 96.8-98.5% correct country are for gold-annotated toponyms).
Event locations (event_location.jsonl): given the gold verb, the predicted event-place span;
precision and recall of event-place linking (a prediction is right when it overlaps a gold span).
A gold file of our own (--places-gold FILE, JSON Lines; needs no shared data): stories
{"id", "published", "text", "locations": [{"name", "start", "end", "country", "kind", "lat", "lon",
"ambiguous"}]}, scored end to end and given the gold spans, the country read from the gold "country"
field (ISO-3, or null for continents, seas and multi-country areas).

    python benchmarks/places_benchmark.py [--data DIR] [--sources RELABEL,wiki] [--limit N]
        [--geovirus-split all|even|odd] [--skip-geovirus] [--skip-events] [--skip-speed]
        [--show-errors]   (even split only: lists every GeoVirus error)
    python benchmarks/places_benchmark.py --places-gold FILE [--show-errors]
        (--show-errors is refused for a file whose name says "heldout")

Development uses the even GeoVirus articles and the event-location sources AFP_RA, APW_RA, Xinhua_RA
and wiki; the odd GeoVirus articles and RELABEL are held out (report them, never study their errors):

    python benchmarks/places_benchmark.py --geovirus-split even --sources AFP_RA,APW_RA,Xinhua_RA,wiki
    python benchmarks/places_benchmark.py --geovirus-split odd --sources RELABEL
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import time
from pathlib import Path

from eventcoder.clean import clean_text
from eventcoder.parse import load_nlp, parse_many
from eventcoder.places import Gazetteer, find_place, find_toponyms, resolve_spans
from eventcoder.records import Article, EventMention, Span

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
KM_161 = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


class GoldScore:
    """Correct country and within-161 km counts over gold toponyms (a gold toponym with no answer is wrong)."""

    def __init__(self, reverse: "ReverseGeocoder"):
        self.reverse = reverse
        self.gold = self.answered = self.within = self.same_country = 0
        # Continents and other multi-country areas (GeoVirus flags them) have no country to get right: they
        # stay in the 161 km measure but are left out of the correct-country one.
        self.in_a_country = self.same_country_in_a_country = 0
        self.country_point_far = 0  # right country at country precision, but > 161 km from the gold point

    def add(self, gold: dict, location) -> tuple[bool, bool]:
        """Count one gold toponym and its predicted Location (or None); returns (same country, within)."""
        self.gold += 1
        self.in_a_country += not gold.get("continent")
        if location is None or location.lat is None:
            return False, False
        self.answered += 1
        distance = haversine_km(location.lat, location.lon, gold["lat"], gold["lon"])
        within = distance <= KM_161
        # Gold gives coordinates only: the country is right when the prediction is within 161 km or
        # the gold point lies closer to the predicted country's point than to any other country's.
        country = within or self.reverse.country(gold["lat"], gold["lon"]) == location.country
        self.within += within
        self.same_country += country
        self.same_country_in_a_country += country and not gold.get("continent")
        self.country_point_far += country and not within and location.precision == "country"
        return country, within

    def share_in_a_country(self) -> float:
        """Correct-country rate over gold toponyms that lie in one country (continents left out)."""
        return self.same_country_in_a_country / max(self.in_a_country, 1)


def score_end_to_end(records: list[dict], documents, gazetteer: Gazetteer, tally):
    """Find each record's toponyms (recognize, then resolve), add every gold toponym and the prediction that overlaps
    it to ``tally``, and yield (record, predictions, predictions overlapping no gold toponym, [(gold, its match or
    None, country right, within 161 km)]) per record."""
    for record, document in zip(records, documents):
        golds = record["locations"]
        predicted = find_toponyms(document, [], gazetteer)
        unmatched = [p for p in predicted if not any(overlaps(p.start, p.end, g["start"], g["end"]) for g in golds)]
        scored = []
        for gold in golds:
            match = next((p for p in predicted if overlaps(p.start, p.end, gold["start"], gold["end"])), None)
            scored.append((gold, match, *tally.add(gold, match)))
        yield record, predicted, unmatched, scored


def score_given_spans(records: list[dict], documents, gazetteer: Gazetteer, tally):
    """Resolve each record's gold spans (as Mordecai3's resolution is scored), add them to ``tally`` and yield
    (record, gold, location, country right, within 161 km) for each gold toponym."""
    for record, document in zip(records, documents):
        golds = record["locations"]
        locations = resolve_spans(document, [(g["start"], g["end"]) for g in golds], gazetteer)
        for gold, location in zip(golds, locations):
            country, within = tally.add(gold, location)
            yield record, gold, location, country, within


def bench_geovirus(
    nlp, gazetteer: Gazetteer, data: Path, limit: int | None, split: str = "all", show_errors: bool = False
) -> None:
    records = read_jsonl(data / "geovirus.jsonl")
    if split != "all":
        records = [r for i, r in enumerate(records) if i % 2 == (0 if split == "even" else 1)]
    records = records[:limit]
    items = [(Article(r["id"], r["text"]), clean_text(r["text"])) for r in records]
    started = time.perf_counter()
    documents = list(parse_many(nlp, items))
    parsed = time.perf_counter()
    reverse = ReverseGeocoder(gazetteer)
    end_to_end, given_spans = GoldScore(reverse), GoldScore(reverse)
    predicted_total = predicted_matching = 0
    errors: list[str] = []
    for record, predicted, unmatched, scored in score_end_to_end(records, documents, gazetteer, end_to_end):
        predicted_total += len(predicted)
        predicted_matching += len(predicted) - len(unmatched)
        if show_errors:
            errors.extend(f"{record['id']}\tFALSE\t{location.text!r} -> {location.name} {location.country}"
                          for location in unmatched)
        for gold, match, country, within in scored:
            if show_errors and not within:
                got = "MISSED" if match is None else f"{match.name} {match.country} {match.precision}"
                errors.append(f"{record['id']}\tE2E\t{gold['name']!r} ({gold['lat']}, {gold['lon']}) "
                              f"{'country ok' if country else 'WRONG COUNTRY'} -> {got}")
    resolved = time.perf_counter()
    for record, gold, location, country, within in score_given_spans(records, documents, gazetteer, given_spans):
        if show_errors and not within:
            got = "NONE" if location is None else f"{location.name} {location.country} {location.precision}"
            errors.append(f"{record['id']}\tGOLD\t{gold['name']!r} ({gold['lat']}, {gold['lon']}) "
                          f"{'country ok' if country else 'WRONG COUNTRY'} -> {got}")
    given_done = time.perf_counter()
    gold_total = end_to_end.gold
    found = end_to_end.answered
    print(f"GeoVirus ({split}): {len(records)} articles, {gold_total} gold toponyms, {predicted_total} predicted")
    print("  end to end (find_toponyms: recognize, then resolve)")
    print(f"    toponym recall (span overlap)      {found / gold_total:.3f}")
    print(f"    toponym precision (span overlap)   {predicted_matching / max(predicted_total, 1):.3f}")
    print(f"    correct country, all gold          {end_to_end.same_country / gold_total:.3f}")
    print(f"    correct country, gold in a country {end_to_end.share_in_a_country():.3f}  "
          f"({gold_total - end_to_end.in_a_country} continents left out)")
    print(f"    within 161 km, all gold            {end_to_end.within / gold_total:.3f}")
    print(f"    correct country, found toponyms    {end_to_end.same_country / max(found, 1):.3f}")
    print(f"    within 161 km, found toponyms      {end_to_end.within / max(found, 1):.3f}")
    print(f"    161 km misses that are a country named right (our point vs gold's)  "
          f"{end_to_end.country_point_far / gold_total:.3f}")
    print("  given the gold spans (resolve_spans; how Mordecai3's resolution is scored)")
    print(f"    resolved (a place found)           {given_spans.answered / gold_total:.3f}")
    print(f"    correct country, all gold          {given_spans.same_country / gold_total:.3f}")
    print(f"    correct country, gold in a country {given_spans.share_in_a_country():.3f}")
    print(f"    within 161 km, all gold            {given_spans.within / gold_total:.3f}")
    # Country names resolve to one point per country (the one Wikipedia gives, as GeoVirus's gold does);
    # what is left here is mostly regions and continents whose gold point differs from ours.
    print(f"    161 km misses that are a country named right (our point vs gold's)  "
          f"{given_spans.country_point_far / gold_total:.3f}")
    print(f"  time: parse {parsed - started:.1f} s, places {resolved - parsed:.2f} s, "
          f"gold spans {given_done - resolved:.2f} s")
    for line in errors:
        print(line)


class ReverseGeocoder:
    """Gold points -> country: the country of the nearest city (population >= 15,000) or country point."""

    def __init__(self, gazetteer: Gazetteer):
        self.cells: dict[tuple[int, int], list] = {}
        seen = set()
        for place in gazetteer.cities():
            if place.population < 15000 or place.geonameid in seen:
                continue
            seen.add(place.geonameid)
            self._add(place)
        for place in gazetteer.countries.values():
            self._add(place)

    def _add(self, place) -> None:
        self.cells.setdefault((math.floor(place.lat), math.floor(place.lon)), []).append(place)

    def country(self, lat: float, lon: float):
        cell_lat, cell_lon = math.floor(lat), math.floor(lon)
        for radius in range(0, 12):
            best, best_distance = None, math.inf
            for d_lat in range(-radius, radius + 1):
                for d_lon in range(-radius, radius + 1):
                    for place in self.cells.get((cell_lat + d_lat, (cell_lon + d_lon + 180) % 360 - 180), ()):
                        distance = haversine_km(lat, lon, place.lat, place.lon)
                        if distance < best_distance:
                            best, best_distance = place.country, distance
            if best is not None and radius >= 1:
                return best
        return None


class CountryFieldScore:
    """Scores against gold that names each toponym's country (ISO-3, or None for areas spanning countries).

    Correct country: the prediction's country equals the gold one; for a gold area without a country, a
    prediction that has none either (a continent, a sea) is right. Within 161 km is counted over gold
    toponyms that carry coordinates. A gold toponym with no prediction is wrong on every measure."""

    def __init__(self):
        self.gold = self.answered = self.same_country = 0
        self.in_a_country = self.same_country_in_a_country = 0
        self.with_point = self.within = 0

    def add(self, gold: dict, location) -> tuple[bool, bool | None]:
        """Count one gold toponym and its predicted Location (or None); returns (same country, within or
        None when the gold has no point)."""
        self.gold += 1
        has_country = gold.get("country") is not None
        has_point = gold.get("lat") is not None and gold.get("lon") is not None
        self.in_a_country += has_country
        self.with_point += has_point
        if location is None or location.precision == "unknown":
            return False, (False if has_point else None)
        self.answered += 1
        country = location.country == gold.get("country")
        self.same_country += country
        self.same_country_in_a_country += country and has_country
        within = None
        if has_point:
            within = location.lat is not None and haversine_km(
                location.lat, location.lon, gold["lat"], gold["lon"]) <= KM_161
            self.within += within
        return country, within

    def lines(self) -> list[str]:
        return [
            f"    a place found                      {self.answered / max(self.gold, 1):.3f}",
            f"    correct country, all gold          {self.same_country / max(self.gold, 1):.3f}",
            f"    correct country, gold in a country {self.same_country_in_a_country / max(self.in_a_country, 1):.3f}"
            f"  ({self.gold - self.in_a_country} without a country)",
            f"    within 161 km, gold with a point   {self.within / max(self.with_point, 1):.3f}"
            f"  ({self.with_point} with a point)",
        ]


def describe(location) -> str:
    if location is None:
        return "NONE"
    return f"{location.text!r} -> {location.name} {location.country} {location.precision}"


def verdict(country: bool) -> str:
    return "country ok" if country else "WRONG COUNTRY"


def bench_places_gold(nlp, gazetteer: Gazetteer, path: Path, show_errors: bool = False) -> None:
    """Score find_toponyms (end to end) and resolve_spans (given the gold spans) on a gold file of our own."""
    records = read_jsonl(path)
    items = []
    for r in records:
        published = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        items.append((Article(r["id"], r["text"], published=published), clean_text(r["text"])))
    started = time.perf_counter()
    documents = list(parse_many(nlp, items))
    parsed = time.perf_counter()
    end_to_end, given_spans = CountryFieldScore(), CountryFieldScore()
    predicted_total = predicted_matching = 0
    recall_by_kind: dict[str, list[int]] = {}
    errors: list[str] = []
    for record, predicted, unmatched, scored in score_end_to_end(records, documents, gazetteer, end_to_end):
        predicted_total += len(predicted)
        predicted_matching += len(predicted) - len(unmatched)
        if show_errors:
            errors.extend(f"{record['id']}\tFALSE\t{describe(location)}" for location in unmatched)
        for gold, match, country, within in scored:
            counts = recall_by_kind.setdefault(gold.get("kind") or "?", [0, 0])
            counts[0] += match is not None
            counts[1] += 1
            if show_errors and (not country or within is False):
                errors.append(f"{record['id']}\tE2E\t{gold['name']!r} [{gold.get('kind')}] {gold.get('country')}"
                              f" ({gold.get('lat')}, {gold.get('lon')}) {verdict(country)} -> "
                              f"{'MISSED' if match is None else describe(match)}")
    resolved = time.perf_counter()
    for record, gold, location, country, within in score_given_spans(records, documents, gazetteer, given_spans):
        if show_errors and (not country or within is False):
            errors.append(f"{record['id']}\tGOLD\t{gold['name']!r} [{gold.get('kind')}] {gold.get('country')}"
                          f" ({gold.get('lat')}, {gold.get('lon')}) {verdict(country)} -> {describe(location)}")
    given_done = time.perf_counter()
    gold_total = end_to_end.gold
    recognised = sum(found for found, _ in recall_by_kind.values())
    print(f"{path.name}: {len(records)} stories, {gold_total} gold toponyms, {predicted_total} predicted")
    print("  end to end (find_toponyms: recognize, then resolve)")
    print(f"    toponym recall (span overlap)      {recognised / max(gold_total, 1):.3f}")
    print(f"    toponym precision (span overlap)   {predicted_matching / max(predicted_total, 1):.3f}")
    for line in end_to_end.lines()[1:]:
        print(line)
    print("    recall by kind: " + ", ".join(f"{kind} {found}/{total}"
                                            for kind, (found, total) in sorted(recall_by_kind.items())))
    print("  given the gold spans (resolve_spans)")
    for line in given_spans.lines():
        print(line)
    print(f"  time: parse {parsed - started:.1f} s, places {resolved - parsed:.2f} s, "
          f"gold spans {given_done - resolved:.2f} s")
    for line in errors:
        print(line)


def bench_event_location(nlp, gazetteer: Gazetteer, data: Path, sources: set[str], limit: int | None) -> None:
    records = [r for r in read_jsonl(data / "event_location.jsonl") if r["source"] in sources and r["verb"]]
    records = records[:limit]
    items = [(Article(str(r["index"]), r["text"]), clean_text(r["text"])) for r in records]
    documents = list(parse_many(nlp, items))
    with_gold = predicted = correct_predicted = gold_found = 0
    events = 0
    for record, document in zip(records, documents):
        verb = record["verb"][0]
        doc = document.doc
        token = next((t for t in doc if t.idx <= verb["start"] < t.idx + len(t)), None)
        if token is None:
            continue
        sentence_index = next(i for i, s in enumerate(document.sentences) if s.start <= token.i < s.end)
        mention = EventMention(sentence_index, Span(verb["text"], verb["start"], verb["end"]), token.i, "")
        location = find_place(document, mention, [], gazetteer)
        events += 1
        golds = record["locations"]
        if golds:
            with_gold += 1
        if location.start is None:
            continue
        predicted += 1
        if any(overlaps(location.start, location.end, g["start"], g["end"]) for g in golds):
            correct_predicted += 1
            gold_found += 1
    print(f"Event locations ({', '.join(sorted(sources))}): {events} events, {with_gold} with a gold place")
    print(f"  precision {correct_predicted / max(predicted, 1):.3f} ({correct_predicted}/{predicted})")
    print(f"  recall    {gold_found / max(with_gold, 1):.3f} ({gold_found}/{with_gold})")


def bench_speed(nlp, gazetteer: Gazetteer, data: Path, limit: int | None) -> None:
    """find_place throughput on the VOA stories, with every verb standing in for an event trigger."""
    records = read_jsonl(data / "voa_stories.jsonl")[:limit]
    items = [(Article(r["id"], r["text"]), clean_text(r["text"])) for r in records]
    documents = list(parse_many(nlp, items))
    events = []
    for document in documents:
        for sentence_index, sentence in enumerate(document.sentences):
            for token in sentence:
                if token.pos_ == "VERB":
                    span = Span(token.text, token.idx, token.idx + len(token))
                    events.append((document, EventMention(sentence_index, span, token.i, "190")))
    gazetteer.recent_toponyms.clear()
    started = time.perf_counter()
    for document, mention in events:
        find_place(document, mention, [], gazetteer)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for document, mention in events:
        find_place(document, mention, [], gazetteer)
    warm = time.perf_counter() - started
    print(f"Speed (VOA, {len(documents)} articles, {len(events)} verbs as events):")
    print(f"  find_place incl. toponym recognition  {len(events) / cold:,.0f} events/s "
          f"({cold / len(documents) * 1000:.1f} ms per article)")
    print(f"  find_place, toponyms already known     {len(events) / warm:,.0f} events/s")


def rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sources", default="RELABEL")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--geovirus-split", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--skip-geovirus", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-events", action="store_true")
    parser.add_argument("--show-errors", action="store_true",
                        help="list GeoVirus errors (development split only: refused with --geovirus-split odd/all)")
    parser.add_argument("--places-gold", type=Path, default=None,
                        help="score only this JSON Lines gold file of our own (no shared data needed)")
    args = parser.parse_args()
    if args.places_gold is not None:
        if args.show_errors and "heldout" in args.places_gold.name.lower().replace("-", "").replace("_", ""):
            parser.error(f"--show-errors is refused for {args.places_gold.name}: a held-out file is scored "
                         "for totals only")
        if not args.places_gold.is_file():
            parser.error(f"--places-gold: no such file: {args.places_gold}")
        gazetteer = Gazetteer.load()
        bench_places_gold(load_nlp(), gazetteer, args.places_gold, args.show_errors)
        return
    if args.show_errors and args.geovirus_split != "even":
        parser.error("--show-errors is for the even (development) split only; the odd split is held out")
    rss_start = rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    loaded = time.perf_counter()
    rss_loaded = rss_mb()
    gazetteer.lookup("Paris")  # read the city table now, so its cost is reported apart
    cities = time.perf_counter()
    print(f"Gazetteer: load {loaded - started:.2f} s (+{rss_loaded - rss_start:.0f} MB peak RSS), "
          f"cities on first lookup {cities - loaded:.2f} s (+{rss_mb() - rss_loaded:.0f} MB peak RSS)")
    nlp = load_nlp()
    if not args.skip_geovirus:
        bench_geovirus(nlp, gazetteer, args.data, args.limit, args.geovirus_split, args.show_errors)
    if not args.skip_events:
        bench_event_location(nlp, gazetteer, args.data, set(args.sources.split(",")), args.limit)
    if not args.skip_speed:
        bench_speed(nlp, gazetteer, args.data, args.limit)


if __name__ == "__main__":
    main()
