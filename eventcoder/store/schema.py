"""The event store's schema: an ordered list of migrations applied when a store is opened.

Tables (all dates are DATE, all times TIMESTAMP UTC):

``schema_version``
    One row per applied migration: ``version`` (1, 2, ...), ``description``, ``applied_at``.
``articles``
    One row per stored article, keyed by ``content_hash`` (SHA-1 of the whitespace-normalised text).
    The row is also the article's "done" marker: it commits in the same transaction as the article's
    event mentions, so a killed ingest never leaves half an article behind and a rerun skips it.
    ``cluster_id`` is the content hash of the first stored article this one is a near duplicate of
    (MinHash estimate of word-shingle Jaccard), or its own hash; ``near_duplicate_of`` is that match
    (NULL when none) and ``similarity`` the estimated Jaccard. ``minhash`` is the article's signature.
``article_bands``
    Locality-sensitive-hashing buckets of each article's MinHash signature, to find near-duplicate
    candidates with one indexed join instead of comparing every pair.
``event_mentions``
    One row per report of an event: every ``records.Event`` field, flattened. Actor lists are kept
    whole as JSON (``source_json``/``target_json``) and as VARCHAR[] lists of codes and countries;
    ``source_code``/``source_country``/``target_code``/``target_country`` hold the first actor of each
    side and ``source_more``/``target_more`` the codes and countries of the others (NULL when there
    are none), so an actor filter is two fast equality tests plus a list test on the rare compound side. The sentence text is stored per mention (no separate sentences table:
    a sentence rarely holds more than one event, so the copy is small and queries need no join).
    ``sentence_start`` (version 3) is where the sentence begins in the article, so the trigger's place in
    the sentence is ``trigger_start - sentence_start`` (the store keeps no article text; NULL when the
    sentence could not be placed).
    ``canonical_id`` names the real-world event this report was merged into; ``merge_reason`` says why
    (NULL for the report that founded the canonical event).
``canonical_events``
    One row per real-world event: the founding report's type, dyad, place and sentence; the most
    precise date any report gave (``event_date``, ``date_precision``, ``date_lo``..``date_hi``);
    ``first_seen``/``last_seen`` (earliest/latest publication date of its reports, or ingest date);
    ``n_mentions``, ``n_articles`` (distinct articles), ``n_clusters`` (distinct near-duplicate
    clusters: wire copies count once), ``n_sources`` (distinct URL hosts; an article without a URL
    counts as its own source) and ``merge_reasons`` (distinct reasons, ``; ``-separated).
    ``n_day_reports`` counts reports giving an exact day from the text and ``n_day_agree`` those
    giving the canonical day: when two or more agree and none disagrees, a report of another exact
    day is taken for a new occurrence (Wednesday's march and Friday's march), not a date error.
    ``canonical_id`` is ``"c"`` + a hash of the founding mention's ``event_id`` and never changes.
    ``trigger_text`` is the founding report's trigger (version 2).
``errors``
    Articles that could not be read or coded: ``origin``, ``article_id``, ``message``, ``at``.

Tables that are updated after insert (``canonical_events``) carry plain indexes, not PRIMARY KEY or
UNIQUE constraints: DuckDB turns some updates into delete+insert, which trips unique indexes within
one transaction. Uniqueness of ``canonical_id`` is kept by the writer (ids are content hashes).
"""

from __future__ import annotations

import datetime as dt

#: Ordered migrations: (description, SQL statements). Append only; never edit a released step.
MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "initial schema: articles, bands, event mentions, canonical events, errors",
        [
            """
            CREATE TABLE articles (
                content_hash VARCHAR NOT NULL UNIQUE,
                article_id VARCHAR,
                url VARCHAR,
                host VARCHAR,
                title VARCHAR,
                published DATE,
                origin VARCHAR,
                ingested_at TIMESTAMP NOT NULL,
                n_events INTEGER NOT NULL,
                text_chars INTEGER NOT NULL,
                cluster_id VARCHAR NOT NULL,
                near_duplicate_of VARCHAR,
                similarity DOUBLE,
                minhash UBIGINT[]
            )
            """,
            """
            CREATE TABLE article_bands (
                band SMALLINT NOT NULL,
                bucket UBIGINT NOT NULL,
                content_hash VARCHAR NOT NULL
            )
            """,
            "CREATE INDEX article_bands_bucket ON article_bands (band, bucket)",
            """
            CREATE TABLE event_mentions (
                event_id VARCHAR NOT NULL,
                canonical_id VARCHAR NOT NULL,
                merge_reason VARCHAR,
                content_hash VARCHAR NOT NULL,
                cluster_id VARCHAR NOT NULL,
                host VARCHAR,
                article_id VARCHAR,
                url VARCHAR,
                title VARCHAR,
                published DATE,
                sentence_index INTEGER,
                sentence VARCHAR,
                trigger_text VARCHAR,
                trigger_start INTEGER,
                trigger_end INTEGER,
                cameo VARCHAR,
                cameo_root VARCHAR,
                quad_class TINYINT,
                goldstein DOUBLE,
                plover_type VARCHAR,
                plover_mode VARCHAR,
                plover_contexts VARCHAR[],
                plover_score DOUBLE,
                source_code VARCHAR,
                source_country VARCHAR,
                source_sector VARCHAR,
                target_code VARCHAR,
                target_country VARCHAR,
                target_sector VARCHAR,
                source_codes VARCHAR[],
                target_codes VARCHAR[],
                source_countries VARCHAR[],
                target_countries VARCHAR[],
                source_more VARCHAR[],
                target_more VARCHAR[],
                source_json VARCHAR,
                target_json VARCHAR,
                status VARCHAR,
                status_cue VARCHAR,
                date VARCHAR,
                date_precision VARCHAR,
                date_text VARCHAR,
                date_source VARCHAR,
                event_date DATE,
                date_lo DATE,
                date_hi DATE,
                place_text VARCHAR,
                place_name VARCHAR,
                place_country VARCHAR,
                lat DOUBLE,
                lon DOUBLE,
                place_precision VARCHAR,
                place_start INTEGER,
                place_end INTEGER,
                geonameid BIGINT,
                confidence DOUBLE
            )
            """,
            "CREATE INDEX event_mentions_canonical ON event_mentions (canonical_id)",
            """
            CREATE TABLE canonical_events (
                canonical_id VARCHAR NOT NULL,
                founding_event_id VARCHAR NOT NULL,
                status VARCHAR,
                status_group VARCHAR,
                cameo VARCHAR,
                cameo_root VARCHAR,
                quad_class TINYINT,
                goldstein DOUBLE,
                plover_type VARCHAR,
                plover_mode VARCHAR,
                plover_score DOUBLE,
                source_code VARCHAR,
                source_country VARCHAR,
                source_sector VARCHAR,
                target_code VARCHAR,
                target_country VARCHAR,
                target_sector VARCHAR,
                source_codes VARCHAR[],
                target_codes VARCHAR[],
                source_countries VARCHAR[],
                target_countries VARCHAR[],
                source_more VARCHAR[],
                target_more VARCHAR[],
                event_date DATE,
                date VARCHAR,
                date_precision VARCHAR,
                date_lo DATE,
                date_hi DATE,
                place_name VARCHAR,
                place_country VARCHAR,
                lat DOUBLE,
                lon DOUBLE,
                place_precision VARCHAR,
                sentence VARCHAR,
                title VARCHAR,
                url VARCHAR,
                first_seen DATE,
                last_seen DATE,
                n_mentions INTEGER NOT NULL,
                n_articles INTEGER NOT NULL,
                n_clusters INTEGER NOT NULL,
                n_sources INTEGER NOT NULL,
                n_day_reports INTEGER,
                n_day_agree INTEGER,
                merge_reasons VARCHAR,
                confidence DOUBLE
            )
            """,
            "CREATE INDEX canonical_events_id ON canonical_events (canonical_id)",
            "CREATE INDEX canonical_events_root ON canonical_events (cameo_root)",
            """
            CREATE TABLE errors (
                origin VARCHAR,
                article_id VARCHAR,
                message VARCHAR NOT NULL,
                "at" TIMESTAMP NOT NULL
            )
            """,
        ],
    ),
    (
        "canonical events keep the founding report's trigger text (merging general events compares it)",
        [
            "ALTER TABLE canonical_events ADD COLUMN trigger_text VARCHAR",
            """
            UPDATE canonical_events AS c SET trigger_text = m.trigger_text
            FROM event_mentions AS m WHERE m.event_id = c.founding_event_id
            """,
        ],
    ),
    (
        "event mentions keep where their sentence starts in the article (the trigger's offsets in the sentence)",
        [
            "ALTER TABLE event_mentions ADD COLUMN sentence_start INTEGER",
            # Older reports: the article text is gone, so only a trigger found once in its sentence
            # places the sentence; a repeated trigger word stays NULL rather than guessed.
            """
            UPDATE event_mentions
            SET sentence_start = trigger_start - (strpos(lower(sentence), lower(trigger_text)) - 1)
            WHERE length(trigger_text) > 0 AND strpos(lower(sentence), lower(trigger_text)) > 0
              AND length(sentence) - length(replace(lower(sentence), lower(trigger_text), '')) = length(trigger_text)
            """,
        ],
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(con) -> int:
    """The highest migration applied to the database behind ``con`` (0 for an empty database)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    value = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(value or 0)


def migrate(con, migrations: list[tuple[str, list[str]]] | None = None) -> int:
    """Apply every migration newer than the database's version, each in its own transaction.

    Returns the version reached. A database newer than this code is refused, so an old
    eventcoder never writes into a store whose layout it does not know.
    """
    steps = MIGRATIONS if migrations is None else migrations
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER NOT NULL, description VARCHAR, applied_at TIMESTAMP NOT NULL)"
    )
    version = current_version(con)
    if version > len(steps):
        raise RuntimeError(
            f"the store has schema version {version} but this eventcoder knows only up to "
            f"{len(steps)}; upgrade eventcoder"
        )
    for number, (description, statements) in enumerate(steps, start=1):
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [number, description, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
    return version
