"""Writing coded articles into the store: articles, near-duplicate clusters, mentions, canonical events.

Everything here runs inside the caller's transaction; ``EventStore.add_results`` opens and commits it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict
from typing import Any, Optional, Sequence
from urllib.parse import urlsplit

from ..records import Article, ArticleError, Event
from .dedup import MinHasher, content_hash, estimated_jaccard
from .candidates import CandidateIndex, ReportFact, ReportFacts
from .pending import COUNT_FIELDS, PendingWrites, append_rows, same_kind, update_rows
from .merge import PRECISION_ORDER, MergeRules, compare, compatible_copy, content_words, date_range, word_similarity

MENTION_COLUMNS = (
    "event_id canonical_id merge_reason content_hash cluster_id host article_id url title published "
    "sentence_index sentence sentence_start trigger_text trigger_start trigger_end cameo cameo_root quad_class goldstein "
    "plover_type plover_mode plover_contexts plover_score source_code source_country source_sector "
    "target_code target_country target_sector source_codes target_codes source_countries target_countries "
    "source_more target_more source_json target_json status status_cue date date_precision date_text date_source event_date date_lo "
    "date_hi place_text place_name place_country lat lon place_precision place_start place_end geonameid confidence"
).split()

CANONICAL_COLUMNS = (
    "canonical_id founding_event_id status status_group cameo cameo_root quad_class goldstein plover_type "
    "plover_mode plover_score source_code source_country source_sector target_code target_country "
    "target_sector source_codes target_codes source_countries target_countries source_more target_more event_date date "
    "date_precision date_lo date_hi place_name place_country lat lon place_precision sentence title url "
    "first_seen last_seen n_mentions n_articles n_clusters n_sources n_day_reports n_day_agree merge_reasons confidence "
    "trigger_text"
).split()

ARTICLE_COLUMNS = (
    "content_hash article_id url host title published origin ingested_at n_events text_chars cluster_id "
    "near_duplicate_of similarity minhash"
).split()

#: Fields ``merge.compare`` reads from a canonical event row.
MATCH_FIELDS = (
    "canonical_id status_group cameo_root plover_type source_countries target_countries source_codes "
    "target_codes source_sector target_sector date_lo date_hi date_precision lat lon place_precision "
    "place_country first_seen last_seen date n_day_reports n_day_agree trigger_text sentence"
).split()

#: Fields of a canonical event taken from its best report (``StoreWriter._set_summary``).
_SUMMARY_COLUMNS = tuple(
    c for c in CANONICAL_COLUMNS
    if c not in ("canonical_id", "founding_event_id", "status_group", "first_seen", "last_seen", "merge_reasons")
    and not c.startswith("n_")
)

#: Fields of a canonical event that a new report can change and ``compare`` reads.
_RECOUNTED_FIELDS = ("first_seen", "last_seen", "n_day_reports", "n_day_agree")

NEAR_DUPLICATE_THRESHOLD = 0.7


def url_host(url: Optional[str]) -> Optional[str]:
    """The host of a URL without ``www.``: what counts as one news source."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def canonical_id_for(event_id: str) -> str:
    """The canonical id founded by a mention: stable because the founding mention never changes."""
    return "c" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:16]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _iso_date(value) -> Optional[dt.date]:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _country_list(actors) -> list[str]:
    return [a.country for a in actors if a.country]


def _more(actors) -> Optional[list[str]]:
    """Codes and countries of the actors after the first: NULL for the common one-actor side."""
    keys = []
    for actor in actors[1:]:
        for key in (actor.code, actor.country):
            if key and key not in keys:
                keys.append(key)
    return keys or None


def sentence_start(event: Event, article: Optional[Article]) -> Optional[int]:
    """Where the event's sentence begins in the article: the copy of the sentence that holds the trigger.

    ``Event.sentence`` is a (stripped) slice of the article text, so it is found again around the
    trigger; None when it is not there (a coder that rewrites sentences).
    """
    if article is None or not event.sentence or event.trigger.start is None:
        return None
    length = len(event.sentence)
    start = article.text.rfind(event.sentence, 0, event.trigger.start + length)
    if start < 0 or start + length < event.trigger.end:
        return None
    return start


def mention_row(event: Event, article: Optional[Article]) -> dict[str, Any]:
    """Flatten an Event into an ``event_mentions`` row (without store-assigned columns)."""
    published = _iso_date(event.published) or (article.published if article else None)
    when = date_range(event.date, event.date_precision, published)
    first_source = event.source[0] if event.source else None
    first_target = event.target[0] if event.target else None
    place = event.location
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "url": event.url,
        "title": event.title,
        "published": published,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "sentence_start": sentence_start(event, article),
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "plover_contexts": list(event.plover.contexts),
        "plover_score": event.plover.score,
        "source_code": first_source.code if first_source else None,
        "source_country": first_source.country if first_source else None,
        "source_sector": first_source.sector if first_source else None,
        "target_code": first_target.code if first_target else None,
        "target_country": first_target.country if first_target else None,
        "target_sector": first_target.sector if first_target else None,
        "source_codes": [a.code for a in event.source],
        "target_codes": [a.code for a in event.target],
        "source_countries": _country_list(event.source),
        "target_countries": _country_list(event.target),
        "source_more": _more(event.source),
        "target_more": _more(event.target),
        "source_json": json.dumps([asdict(a) for a in event.source]),
        "target_json": json.dumps([asdict(a) for a in event.target]),
        "status": event.status,
        "status_cue": event.status_cue,
        "date": event.date,
        # The precision of the interval actually stored: "unknown" when the date could not be read.
        "date_precision": when.precision,
        "date_text": event.date_text,
        "date_source": event.date_source,
        "event_date": when.event_date,
        "date_lo": when.lo,
        "date_hi": when.hi,
        "place_text": place.text,
        "place_name": place.name,
        "place_country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "place_precision": place.precision,
        "place_start": place.start,
        "place_end": place.end,
        "geonameid": place.geonameid,
        "confidence": event.confidence,
    }


#: Actor codes without a country that still name one actor (the UN, an NGO), so they can be compared.
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UNO")


def _side_keys(countries, codes) -> list[str]:
    """What identifies one side for merging: its countries, plus codes of international actors."""
    return list(countries or []) + [c for c in (codes or []) if c[:3] in INTERNATIONAL_PREFIXES]


def _match_view(row: dict[str, Any], rules: MergeRules) -> dict[str, Any]:
    """The fields merging compares, from a mention or canonical row."""
    return {
        "status_group": row.get("status_group") or rules.status_group(row["status"]),
        "cameo_root": row["cameo_root"],
        "plover_type": row["plover_type"],
        "source_keys": _side_keys(row["source_countries"], row["source_codes"]),
        "target_keys": _side_keys(row["target_countries"], row["target_codes"]),
        "source_codes": list(row["source_codes"] or []),
        "target_codes": list(row["target_codes"] or []),
        "source_sector": row["source_sector"],
        "target_sector": row["target_sector"],
        "date_lo": row["date_lo"],
        "date_hi": row["date_hi"],
        "date_precision": row["date_precision"],
        "lat": row["lat"],
        "lon": row["lon"],
        "place_precision": row["place_precision"],
        "place_country": row["place_country"],
        "published": row.get("published"),
        "date": row.get("date"),
        "date_source": row.get("date_source"),
        "n_day_reports": row.get("n_day_reports") or 0,
        "n_day_agree": row.get("n_day_agree") or 0,
        "first_seen": row.get("first_seen"),
        "last_seen": row.get("last_seen"),
        "trigger_text": row.get("trigger_text"),
        "sentence": row.get("sentence"),
    }


class StoreWriter:
    """Adds articles and their events to an open connection (inside a transaction the caller owns).

    New rows wait in ``pending`` (``pending.PendingWrites``) and reach the database in one append per
    table when ``flush`` runs: the caller flushes before it commits; the writer itself flushes
    between articles once ``flush_rows`` rows wait, so a long replay holds a bounded batch.
    """

    def __init__(
        self, con, rules: MergeRules, hasher: MinHasher, index: Optional[CandidateIndex] = None,
        facts: Optional[ReportFacts] = None, flush_rows: int = 5000, column_types: Optional[dict] = None,
    ):
        self.con = con
        self.rules = rules
        self.hasher = hasher
        self.index = index  # merge candidates held in memory (None: ask the database each time)
        self.facts = facts if facts is not None else ReportFacts()
        self.flush_rows = flush_rows
        self.pending = PendingWrites()
        # What ``prepare`` read for the batch's articles: content hash -> (MinHash, bands, stored look-alikes).
        self.prepared: dict[str, tuple[list[int], list[tuple[int, int]], list[tuple]]] = {}
        self.stored_hashes: Optional[set[str]] = None  # the batch's articles already stored (``prepare``)
        # Table -> column -> DuckDB type, for the Arrow appends (the store keeps one between batches).
        self.column_types: dict[str, dict[str, str]] = column_types if column_types is not None else {}

    def prepare(self, articles: Sequence[Article]) -> None:
        """Look up a batch's articles in the database together: which are stored, and their near-duplicate
        candidates (one query each for the whole batch instead of two per article)."""
        digests = {content_hash(article.text): article for article in articles}
        if not digests:
            return
        self.stored_hashes = {row[0] for row in self.con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT UNNEST(?::VARCHAR[]))", [list(digests)]
        ).fetchall()}
        wanted: dict[tuple[int, int], list[str]] = {}
        for digest, article in digests.items():
            if digest in self.stored_hashes:
                continue
            signature = self.hasher.signature(article.text)
            buckets = self.hasher.band_buckets(signature)
            self.prepared[digest] = (signature, buckets, [])
            for key in buckets:
                wanted.setdefault(key, []).append(digest)
        if not wanted:
            return
        keys = list(wanted)
        rows = self.con.execute(
            """
            SELECT DISTINCT b.band, b.bucket, a.content_hash, a.cluster_id, a.minhash
            FROM article_bands b JOIN articles a USING (content_hash)
            WHERE (b.band, b.bucket) IN (SELECT UNNEST(?::SMALLINT[]), UNNEST(?::UBIGINT[]))
            """,
            [[band for band, _ in keys], [bucket for _, bucket in keys]],
        ).fetchall()
        seen: set[tuple[str, str]] = set()
        for band, bucket, digest, cluster_id, minhash in rows:
            for wanting in wanted.get((band, bucket), ()):
                if (wanting, digest) not in seen:
                    seen.add((wanting, digest))
                    self.prepared[wanting][2].append((digest, cluster_id, minhash))

    def has_article(self, digest: str) -> bool:
        if digest in self.pending.article_info:
            return True
        if self.stored_hashes is not None and digest in self.prepared:
            return False
        if self.stored_hashes is not None and digest in self.stored_hashes:
            return True
        return self.con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [digest]).fetchone() is not None

    def add_error(self, error: ArticleError) -> bool:
        """Record a bad article once: the same (origin, article, message) is not recorded twice."""
        seen = self.con.execute(
            "SELECT 1 FROM errors WHERE origin IS NOT DISTINCT FROM ? AND article_id IS NOT DISTINCT FROM ? AND message = ?",
            [error.origin, error.article_id, error.message],
        ).fetchone()
        if seen:
            return False
        self.con.execute("INSERT INTO errors VALUES (?, ?, ?, ?)", [error.origin, error.article_id, error.message, _now()])
        return True

    def flush(self) -> None:
        """Append every pending row to the database (still inside the caller's transaction)."""
        pending, self.pending = self.pending, PendingWrites()
        # DuckDB registers no Arrow table while an earlier query (a fetchone) has rows unread: finish it.
        self.con.execute("SELECT 1").fetchall()
        self._append("articles", ARTICLE_COLUMNS, pending.articles)
        self._append("article_bands", ("band", "bucket", "content_hash"), pending.bands)
        self._append("event_mentions", MENTION_COLUMNS, [[r[c] for c in MENTION_COLUMNS] for r in pending.mentions])
        if pending.moved:
            moved = sorted(pending.moved)
            stored = self.con.execute(
                f"SELECT {', '.join(CANONICAL_COLUMNS)} FROM canonical_events "
                "WHERE canonical_id IN (SELECT UNNEST(?::VARCHAR[]))",
                [moved],
            ).fetchall()
            for values in stored:
                row = pending.canonical[values[0]]
                row.update({c: v for c, v in zip(CANONICAL_COLUMNS, values) if c not in row})
            self.con.execute("DELETE FROM canonical_events WHERE canonical_id IN (SELECT UNNEST(?::VARCHAR[]))", [moved])
        self._append("canonical_events", CANONICAL_COLUMNS,
                     [[r[c] for c in CANONICAL_COLUMNS] for r in pending.canonical.values()])
        changed = [[canonical_id, *(v[c] for c in COUNT_FIELDS)] for canonical_id, v in pending.counts.items()]
        if changed:
            update_rows(self.con, "canonical_events", "canonical_id", COUNT_FIELDS, changed, self._types("canonical_events"))
        if len(self.facts.facts) > self.facts.max_events:
            self.facts.clear()  # every report is in the database now: read again when needed

    def _types(self, table: str) -> dict[str, str]:
        types = self.column_types.get(table)
        if types is None:
            types = self.column_types[table] = dict(self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall())
        return types

    def _append(self, table: str, columns: Sequence[str], rows: list) -> None:
        if rows:
            append_rows(self.con, table, columns, rows, self._types(table))

    def _near_duplicate(self, signature: list[int], buckets, digest: Optional[str] = None,
                        ) -> tuple[Optional[str], Optional[str], Optional[float]]:
        """(cluster_id, matched content hash, similarity) of the closest earlier article, if any."""
        prepared = self.prepared.pop(digest, None)
        if prepared is not None:
            rows = list(prepared[2])
        else:
            rows = self._stored_lookalikes(buckets)
        rows += self.pending.near_candidates(buckets)
        best = (None, None, None)
        for other_digest, cluster_id, other in rows:
            similarity = estimated_jaccard(signature, list(other or []))
            if similarity >= NEAR_DUPLICATE_THRESHOLD and (best[2] is None or similarity > best[2]):
                best = (cluster_id, other_digest, similarity)
        return best

    def _stored_lookalikes(self, buckets) -> list[tuple]:
        bands = [b for b, _ in buckets]
        values = [v for _, v in buckets]
        return self.con.execute(
            """
            SELECT DISTINCT a.content_hash, a.cluster_id, a.minhash
            FROM article_bands b JOIN articles a USING (content_hash)
            WHERE (b.band, b.bucket) IN (SELECT UNNEST(?::SMALLINT[]), UNNEST(?::UBIGINT[]))
            """,
            [bands, values],
        ).fetchall()

    def add_article(self, article: Article, events: tuple[Event, ...]) -> Optional[int]:
        """Store one article and its events; None when the article is already stored."""
        digest = content_hash(article.text)
        if self.has_article(digest):
            return None
        prepared = self.prepared.get(digest)
        if prepared is not None:
            signature, buckets = prepared[0], prepared[1]
        else:
            signature = self.hasher.signature(article.text)
            buckets = self.hasher.band_buckets(signature)
        cluster_id, near_of, similarity = self._near_duplicate(signature, buckets, digest)
        cluster_id = cluster_id or digest
        host = url_host(article.url)
        now = _now()
        self.pending.add_article(
            [digest, article.article_id, article.url, host, article.title, article.published, article.origin,
             now, len(events), len(article.text), cluster_id, near_of, similarity, signature],
            buckets,
        )
        rows: list[dict[str, Any]] = []
        stored_ids: set[str] = set()
        for event in events:
            # A coder that returns one event twice (the same id) must not store it twice: the copy
            # would inflate the merged event's n_mentions.
            if event.event_id in stored_ids:
                continue
            stored_ids.add(event.event_id)
            row = mention_row(event, article)
            row.update(content_hash=digest, cluster_id=cluster_id, host=host)
            rows.append(row)
        self.add_mentions(rows, near_of, now.date())
        return len(stored_ids)

    def add_mentions(self, rows: list[dict[str, Any]], near_of: Optional[str] = None,
                     ingested_on: Optional[dt.date] = None) -> None:
        """Merge one article's mention rows, in order, then recount the events they touched.

        ``near_of``: the content hash of the earlier article this one nearly copies; ``ingested_on``:
        the day the article was stored (a report without a publication date was seen then). Ingest
        and ``remerge`` (which replays stored reports under the current rules) both come through here.
        """
        touched: set[str] = set()
        for row in rows:
            canonical_id, reasons = self._place_mention(row, near_of)
            row["canonical_id"] = canonical_id
            row["merge_reason"] = "; ".join(reasons) if reasons else None
            self.pending.add_mention(row)
            # After the stored reports' facts are read (they do not hold this one yet).
            self._facts(canonical_id).append(ReportFact(
                row["content_hash"], row["cluster_id"], row["host"] or row["content_hash"],
                row["published"] or ingested_on, row["date_precision"] == "day" and row["date_source"] == "text",
                row["date"], row["merge_reason"], row["date_source"], row["date_precision"], row["date_lo"],
            ))
            touched.add(canonical_id)
        self._refresh_counts(touched)
        if len(self.pending) >= self.flush_rows:
            self.flush()

    def _facts(self, canonical_id: str) -> list[ReportFact]:
        """The facts of every report of a canonical event, stored or pending."""
        facts = self.facts.facts.get(canonical_id)
        if facts is not None:
            return facts
        rows = self.con.execute(
            """
            SELECT m.content_hash, m.cluster_id, coalesce(m.host, m.content_hash),
                   coalesce(m.published, CAST(a.ingested_at AS DATE)),
                   m.date_precision = 'day' AND m.date_source = 'text', m.date, m.merge_reason,
                   m.date_source, m.date_precision, m.date_lo
            FROM event_mentions m JOIN articles a USING (content_hash)
            WHERE m.canonical_id = ?
            """,
            [canonical_id],
        ).fetchall()
        if canonical_id not in self.facts.dates:
            found = self.con.execute("SELECT date FROM canonical_events WHERE canonical_id = ?", [canonical_id]).fetchone()
            self.facts.dates[canonical_id] = found[0] if found else None
        facts = self.facts.facts[canonical_id] = [ReportFact(*r) for r in rows]
        return facts

    def _candidates(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        if row["date_lo"] is None:
            return []
        window = dt.timedelta(days=self.rules.day_window)
        lo, hi = row["date_lo"] - window, row["date_hi"] + window
        if self.index is not None:
            return self.index.candidates(self.con, row["cameo_root"], row["plover_type"], lo, hi, self.pending)
        cursor = self.con.execute(
            f"""
            SELECT {', '.join(MATCH_FIELDS)} FROM canonical_events
            WHERE (cameo_root = ? OR plover_type = ?)
              AND date_hi >= ? AND date_lo <= ?
            """,
            [row["cameo_root"], row["plover_type"], lo, hi],
        )
        return [found for _, found in self.pending.overlay(
            MATCH_FIELDS, cursor.fetchall(), row["cameo_root"], row["plover_type"], lo, hi)]

    def _place_mention(self, row: dict[str, Any], near_of: Optional[str] = None) -> tuple[str, list[str]]:
        """Merge the mention into the best-matching canonical event, or found a new one.

        ``near_of``: the content hash of the earlier article this one nearly copies. A report of a copy
        joins the original's report it repeats and changes nothing of that event (the copy's
        publication day must not move it); the canonical summary otherwise follows the best report.
        """
        mention = _match_view(row, self.rules)
        if near_of is not None:
            copied = self._copy_of(row, mention, near_of)
            if copied is not None:
                return copied, ["near-duplicate article", "same sentence"]
        best = None
        for candidate in self._candidates(row):
            outcome = compare(_match_view(candidate, self.rules), mention, self.rules)
            if outcome and (best is None or outcome[1] > best[2]):
                best = (candidate, outcome[0], outcome[1])
        if best is None:
            canonical_id = canonical_id_for(row["event_id"])
            self._found(canonical_id, row)
            return canonical_id, []
        candidate, reasons = best[0], list(best[1])
        if near_of is not None:
            reasons.append("near-duplicate article")
        elif self._better_summary(row, candidate):
            self._set_summary(candidate["canonical_id"], row, candidate)
        return candidate["canonical_id"], reasons

    def _copy_of(self, row: dict[str, Any], mention: dict[str, Any], near_of: str) -> Optional[str]:
        """The canonical event of the original article's report that this copy's report repeats, if any."""
        fields = ("canonical_id", "status", "cameo_root", "plover_type", "source_countries", "source_codes",
                  "target_countries", "target_codes", "source_sector", "target_sector", "sentence")
        pending = self.pending.mentions_by_article.get(near_of)
        if pending is not None:  # the original is in this batch
            rows = [[m[f] for f in fields] for m in pending if same_kind(m, row["cameo_root"], row["plover_type"])]
        else:
            rows = self.con.execute(
                f"SELECT {', '.join(fields)} FROM event_mentions WHERE content_hash = ? AND (cameo_root = ? OR plover_type = ?)",
                [near_of, row["cameo_root"], row["plover_type"]],
            ).fetchall()
        words = content_words(row.get("sentence"), self.rules)
        # (actors compatible, similarity, canonical id): a report whose actors agree wins; failing that,
        # the same sentence of the same type in a copy is the same report coded a little differently
        # (a changed word, or a coder version that reads "VOA Somali" another way).
        best = None
        for values in rows:
            original = dict(zip(fields, values))
            similarity = word_similarity(words, content_words(original["sentence"], self.rules))
            if similarity < self.rules.copy_similarity:
                continue
            view = {**original, "status_group": self.rules.status_group(original["status"]),
                    "source_keys": _side_keys(original["source_countries"], original["source_codes"]),
                    "target_keys": _side_keys(original["target_countries"], original["target_codes"])}
            agrees = compatible_copy(view, mention, self.rules, actors=True)
            if not agrees and not compatible_copy(view, mention, self.rules, actors=False):
                continue
            key = (agrees, similarity, original["canonical_id"])
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else None

    def _rank(self, row: dict[str, Any], canonical_id: Optional[str] = None) -> tuple[int, int, int]:
        """How good a summary a report (or the current summary of ``canonical_id``) makes; lower is better.

        The most specific date first (a day read from the text beats one standing in for the
        publication), then the most actors known.
        """
        precision = PRECISION_ORDER.get(row["date_precision"], 4)
        if canonical_id is None:
            from_text = row.get("date_source") == "text"
        else:
            # A canonical day is from the text when one of its reports read that day from its text;
            # asked of its reports, as the counts of this article's reports are refreshed later.
            level, lo = row["date_precision"], row["date_lo"]
            from_text = level is not None and lo is not None and any(
                fact.date_source == "text" and fact.date_precision == level and fact.date_lo == lo
                for fact in self._facts(canonical_id))
        sides = bool(row.get("source_codes")) + bool(row.get("target_codes"))
        return precision, int(not from_text), -sides

    def _better_summary(self, row: dict[str, Any], candidate: dict[str, Any]) -> bool:
        """Whether the new report should become the canonical event's summary (see ``_rank``)."""
        return self._rank(row) < self._rank(candidate, candidate["canonical_id"])

    def _set_summary(self, canonical_id: str, row: dict[str, Any], current: dict[str, Any]) -> None:
        """Take the canonical event's type, dyad, date, place and evidence from one report, all together.

        Never field by field: a date from one report and a dyad from another made a summary no
        report gave ("PAK -> PAKINS on 11 March" from a train hijacking by militants).
        """
        values = {c: row.get(c) for c in _SUMMARY_COLUMNS}
        values["status_group"] = self.rules.status_group(row["status"])
        self.pending.change_summary(canonical_id, values, current)
        self.facts.dates[canonical_id] = values.get("date")
        if self.index is not None:
            self.index.update(canonical_id, {name: values[name] for name in MATCH_FIELDS if name in values})

    def _found(self, canonical_id: str, row: dict[str, Any]) -> None:
        seen = row["published"] or _now().date()
        values = {
            **{c: row.get(c) for c in CANONICAL_COLUMNS},
            "canonical_id": canonical_id,
            "founding_event_id": row["event_id"],
            "status_group": self.rules.status_group(row["status"]),
            "first_seen": seen,
            "last_seen": seen,
            "n_mentions": 0,
            "n_articles": 0,
            "n_clusters": 0,
            "n_sources": 0,
            "n_day_reports": 0,
            "n_day_agree": 0,
            "merge_reasons": None,
        }
        self.pending.found(values)
        self.facts.facts[canonical_id] = []
        self.facts.dates[canonical_id] = values.get("date")
        if self.index is not None:
            self.index.add(values)

    def _refresh_counts(self, canonical_ids: set[str]) -> None:
        """Recount mentions, articles, clusters, sources and day reports of the canonical events just touched.

        Counted from each event's report facts (``_facts``: read from the stored reports the first
        time, then kept current in ``ReportFacts``), not by asking the database after every article.
        """
        for canonical_id in sorted(canonical_ids):
            group = self._facts(canonical_id)
            seen = [f.seen for f in group if f.seen is not None]
            day_dates = [f.date for f in group if f.day_from_text]
            reasons = sorted({part for f in group if f.merge_reason for part in f.merge_reason.split("; ")})
            canonical_date = self.facts.dates.get(canonical_id)
            values = {
                "n_mentions": len(group),
                "n_articles": len({f.content_hash for f in group}),
                "n_clusters": len({f.cluster_id for f in group}),
                "n_sources": len({f.source for f in group}),
                "first_seen": min(seen) if seen else None,
                "last_seen": max(seen) if seen else None,
                "n_day_reports": len(day_dates),
                "n_day_agree": sum(1 for day in day_dates if day == canonical_date),
                "merge_reasons": "; ".join(reasons) or None,
            }
            self.pending.change_counts(canonical_id, values)
            if self.index is not None:
                self.index.update(canonical_id, {name: values[name] for name in _RECOUNTED_FIELDS})
