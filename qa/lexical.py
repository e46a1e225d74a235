"""BM25 over folded character uni+bigrams (bm25s), persisted beside the vectors."""
from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np

from qa.text import tokenize

TOKENIZER_NAME = "nfkc-t2s-char-1-2gram"


class LexicalIndex:
    """A BM25 index of chunk texts; search returns (scores, ids) best first."""

    def __init__(self, retriever: bm25s.BM25, size: int) -> None:
        self._retriever = retriever
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> "LexicalIndex":
        retriever = bm25s.BM25()
        tokens = [tokenize(text) or ["\u0000"] for text in texts]
        if tokens:
            retriever.index(tokens, show_progress=False)
        return cls(retriever, len(texts))

    def save(self, path: Path) -> None:
        if self.size:
            self._retriever.save(str(path))
        else:
            path.mkdir(parents=True, exist_ok=True)

    @classmethod
    def load(cls, path: Path, size: int) -> "LexicalIndex":
        retriever = bm25s.BM25.load(str(path)) if size else bm25s.BM25()
        return cls(retriever, size)

    def idf(self, tokens: list[str]) -> np.ndarray:
        """Inverse document frequency of each token (unseen tokens get the rarest weight)."""
        if not self.size:
            return np.ones(len(tokens), dtype=np.float32)
        vocab, indptr = self._retriever.vocab_dict, self._retriever.scores["indptr"]
        df = np.array([indptr[vocab[t] + 1] - indptr[vocab[t]] if t in vocab else 0 for t in tokens], dtype=np.float32)
        return np.log1p(self.size / (df + 1.0)).astype(np.float32)

    def knows(self, token: str) -> bool:
        """Whether any indexed document contains the token."""
        return bool(self.size) and token in self._retriever.vocab_dict

    def coverage(self, tokens: list[str], document: int, found: frozenset[str] = frozenset()) -> float:
        """IDF-weighted share of the distinct tokens that one indexed document contains (or that the caller `found`
        in it by other means)."""
        tokens = list(dict.fromkeys(tokens))
        if not tokens or not self.size:
            return 0.0
        vocab, scores = self._retriever.vocab_dict, self._retriever.scores
        present = [t in found or (t in vocab and document in
                                  scores["indices"][scores["indptr"][vocab[t]]:scores["indptr"][vocab[t] + 1]])
                   for t in tokens]
        weights = self.idf(tokens)
        return float(weights[present].sum() / weights.sum())

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        vocab = self._retriever.vocab_dict if self.size else {}
        tokens = [token for token in tokenize(query) if token in vocab]
        if not tokens:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores = self._retriever.get_scores(tokens)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        top = top[scores[top] > 0]
        return scores[top].astype(np.float32), top.astype(np.int64)
