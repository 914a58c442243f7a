"""Near-duplicate detection: the same wire story lightly edited by two outlets.

Exact copies already share a content-hash id; this catches the rest with MinHash over word
shingles, indexed by LSH so each lookup costs the same however many articles are stored.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
# LSH banding misses pairs just above its threshold, so candidates are drawn with a looser one
# and then checked against the real threshold on their estimated Jaccard similarity.
_CANDIDATE_SLACK = 0.2


class NearDuplicateIndex:
    """Bodies added so far, searchable for one whose word-shingle Jaccard is ≥ `threshold`."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 256, shingle_words: int = 3) -> None:
        self._threshold = threshold
        self._num_perm = num_perm
        self._shingle_words = shingle_words
        self._lsh = MinHashLSH(threshold=max(0.1, threshold - _CANDIDATE_SLACK), num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: str, body: str) -> None:
        """Index a body under its article id; adding the same id again changes nothing."""
        if article_id in self._signatures:
            return
        signature = self._signature(body)
        self._signatures[article_id] = signature
        self._lsh.insert(article_id, signature)

    def find(self, body: str) -> str | None:
        """The id of the most similar indexed body at or above the threshold, else None."""
        signature = self._signature(body)
        matches = [
            (similarity, candidate)
            for candidate in self._lsh.query(signature)
            if (similarity := signature.jaccard(self._signatures[candidate])) >= self._threshold
        ]
        return max(matches)[1] if matches else None

    def _signature(self, body: str) -> MinHash:
        words = _WORD.findall(body.lower())
        size = self._shingle_words
        shingles = {" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}
        signature = MinHash(num_perm=self._num_perm)
        for shingle in shingles:
            signature.update(shingle.encode("utf-8"))
        return signature
