"""Exact and near-duplicate article detection: content hashes and MinHash signatures.

Exact duplicates share the SHA-1 of their whitespace-normalised text. Near duplicates (a wire story
republished with a new headline, a dateline or a trimmed paragraph) share most word shingles; we
estimate the Jaccard similarity of their shingle sets with a MinHash signature and find candidates
through LSH bands, so finding a match costs one indexed lookup per band, not a scan of all articles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_MERSENNE_31 = (1 << 31) - 1


def normalise_text(text: str) -> str:
    """Lower-case words only: punctuation, markup leftovers and spacing do not make a new article."""
    return " ".join(_WORD.findall(text.lower()))


def content_hash(text: str) -> str:
    """SHA-1 of the article text with whitespace collapsed: the article's identity in the store."""
    collapsed = " ".join(text.split())
    return hashlib.sha1(collapsed.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class MinHasher:
    """MinHash over word shingles with ``bands`` x ``rows`` hash functions.

    With 16 bands of 4 rows, two articles of Jaccard 0.8 share a band with probability > 0.99 and
    articles of Jaccard 0.3 with probability < 0.13; candidates are then checked on the full signature.
    """

    shingle_words: int = 4
    bands: int = 16
    rows: int = 4
    seed: int = 20170324

    @property
    def size(self) -> int:
        return self.bands * self.rows

    def _coefficients(self) -> tuple[np.ndarray, np.ndarray]:
        generator = np.random.default_rng(self.seed)
        a = generator.integers(1, _MERSENNE_31, size=self.size, dtype=np.uint64)
        b = generator.integers(0, _MERSENNE_31, size=self.size, dtype=np.uint64)
        return a, b

    def shingles(self, text: str) -> np.ndarray:
        """32-bit hashes of the distinct word n-grams of the normalised text."""
        words = normalise_text(text).split()
        n = self.shingle_words
        grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        grams.discard("")
        values = [int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams]
        return np.array(sorted(values), dtype=np.uint64)

    def signature(self, text: str) -> list[int]:
        """The MinHash signature (``size`` integers); all-max for a text without words."""
        values = self.shingles(text)
        if values.size == 0:
            return [_MERSENNE_31] * self.size
        a, b = self._coefficients()
        # (a*x + b) mod p with x < 2**32 and a < 2**31 stays below 2**63: no overflow in uint64.
        hashed = (a[:, None] * (values[None, :] % np.uint64(_MERSENNE_31)) + b[:, None]) % np.uint64(_MERSENNE_31)
        return [int(v) for v in hashed.min(axis=1)]

    def band_buckets(self, signature: list[int]) -> list[tuple[int, int]]:
        """(band, bucket) pairs: articles sharing any pair are near-duplicate candidates."""
        buckets = []
        for band in range(self.bands):
            part = signature[band * self.rows : (band + 1) * self.rows]
            digest = hashlib.blake2b(repr(part).encode(), digest_size=8).digest()
            buckets.append((band, int.from_bytes(digest, "little")))
        return buckets


def estimated_jaccard(first: list[int], second: list[int]) -> float:
    """The share of equal signature positions: an unbiased estimate of shingle-set Jaccard."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(1 for x, y in zip(first, second) if x == y) / len(first)
