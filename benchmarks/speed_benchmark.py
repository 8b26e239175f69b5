"""End-to-end coding speed against spaCy's parse-only speed, measured in the same run.

    python benchmarks/speed_benchmark.py [../shared/data/voa_stories.jsonl] [--repeat 1]

Prints articles/s, words/s and sentences/s for: spaCy parse only; eventcoder end to end; the
stages after parsing alone (on pre-parsed documents); and the status+dates+places share. Ratios
are what to compare across machines: these machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from eventcoder.clean import clean_text
from eventcoder.pipeline import Coder
from eventcoder.read import read_inputs
from eventcoder.records import Article

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=1, help="repeat the corpus this many times")
    parser.add_argument("--workers", type=int, default=1, help="parse in this many processes (both runs alike)")
    parser.add_argument("--rounds", type=int, default=2, help="alternate the two measurements this many times; best of each")
    args = parser.parse_args()

    articles = [a for a in read_inputs([args.path]) if isinstance(a, Article)] * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    load_start = time.perf_counter()
    coder = Coder()
    load_seconds = time.perf_counter() - load_start

    # Warm up both paths so one-off costs (lazy tables) do not count against either.
    list(coder.code_many(articles[:2]))
    list(coder.nlp.pipe([clean_text(a.text) for a in articles[:2]]))

    parse_seconds = e2e_seconds = float("inf")
    for _ in range(args.rounds):  # alternate, so load on the machine hits both alike
        start = time.perf_counter()
        docs = list(coder.nlp.pipe((clean_text(a.text) for a in articles), batch_size=16, n_process=args.workers))
        parse_seconds = min(parse_seconds, time.perf_counter() - start)
        start = time.perf_counter()
        n_events = sum(len(r.events) for r in coder.code_many(articles, n_process=args.workers))
        e2e_seconds = min(e2e_seconds, time.perf_counter() - start)
    sentences = sum(1 for d in docs for s in d.sents if s.text.strip())

    from eventcoder.records import Document
    # Best of the same number of rounds as the runs above, each on fresh Documents (a single pass swings by 15%
    # with the garbage collector and the machine's load).
    after_parse_seconds = float("inf")
    for _ in range(args.rounds):
        documents = [Document(article=a, clean_text=d.text, doc=d) for a, d in zip(articles, docs)]
        start = time.perf_counter()
        for document in documents:
            coder.code_document(document)
        after_parse_seconds = min(after_parse_seconds, time.perf_counter() - start)

    # Status, dates and places: the full after-parse cost minus actors + events alone.
    from eventcoder.actors import find_actors
    from eventcoder.events import find_events
    start = time.perf_counter()
    for document in documents:
        find_events(document, find_actors(document, coder.actors), coder.patterns)
    actors_events_seconds = time.perf_counter() - start
    when_where_share = max(0.0, after_parse_seconds - actors_events_seconds) / e2e_seconds

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "workers": args.workers, "articles": len(articles), "words": words, "sentences": sentences, "events": n_events,
        "load_seconds": round(load_seconds, 2),
        "parse_only": {"articles_per_s": round(len(articles) / parse_seconds, 2), "words_per_s": round(words / parse_seconds)},
        "end_to_end": {"articles_per_s": round(len(articles) / e2e_seconds, 2), "words_per_s": round(words / e2e_seconds)},
        "after_parse_sentences_per_s": round(sentences / after_parse_seconds),
        "end_to_end_vs_parse_only": round(parse_seconds / e2e_seconds, 3),
        "status_dates_places_share_of_end_to_end": round(when_where_share, 3),
        "peak_rss_mb": round(peak_mb),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
