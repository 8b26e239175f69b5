"""CPU time of the stages after parsing, on pre-parsed documents: actors, events, and the rest (occasions,
status, dates, places), each the best of ROUNDS passes over fresh Documents. Process time, not wall time, so a
busy or noisy machine moves it less; compare two versions of the code by running this in each, alternately.

    python benchmarks/stage_benchmark.py ../shared/data/voa_stories.jsonl [--rounds 4]
"""

from __future__ import annotations

import argparse
import gc
import json
import time

from eventcoder.actors import find_actors
from eventcoder.clean import clean_text
from eventcoder.events import find_events
from eventcoder.pipeline import Coder
from eventcoder.read import read_inputs
from eventcoder.records import Article, Document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="articles (any input eventcoder code reads)")
    parser.add_argument("--rounds", type=int, default=4, help="passes per measure; the best counts")
    args = parser.parse_args()
    articles = [a for a in read_inputs([args.path]) if isinstance(a, Article)]
    coder = Coder()
    list(coder.code_many(articles[:2]))  # one-off costs (lazy tables) count against no stage
    docs = list(coder.nlp.pipe((clean_text(a.text) for a in articles), batch_size=16))
    sentences = sum(1 for d in docs for s in d.sents if s.text.strip())

    def fresh() -> list[Document]:
        return [Document(article=a, clean_text=d.text, doc=d) for a, d in zip(articles, docs)]

    def timed(work) -> float:
        documents = fresh()
        gc.collect()
        start = time.process_time()
        for document in documents:
            work(document)
        return time.process_time() - start

    best = {"actors": float("inf"), "actors+events": float("inf"), "all": float("inf")}
    for _ in range(args.rounds):
        best["actors"] = min(best["actors"], timed(lambda d: find_actors(d, coder.actors)))
        best["actors+events"] = min(best["actors+events"], timed(
            lambda d: find_events(d, find_actors(d, coder.actors), coder.patterns)))
        best["all"] = min(best["all"], timed(coder.code_document))
    result = {
        "sentences": sentences,
        "actors_s": round(best["actors"], 3),
        "events_s": round(best["actors+events"] - best["actors"], 3),
        "rest_s": round(best["all"] - best["actors+events"], 3),
        "after_parse_s": round(best["all"], 3),
        "after_parse_sentences_per_cpu_s": round(sentences / best["all"]),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
