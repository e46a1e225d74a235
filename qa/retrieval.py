"""Dense (FAISS), lexical (BM25) and hybrid (reciprocal-rank fusion) retrieval over a loaded index."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from corpus import Chunk
from embeddings.base import Embedder
from embeddings.vector_index import search_vectors
from qa.cache import LRU
from qa.crosslingual import english_stems
from qa.index_store import Index
from qa.text import has_cjk

CANDIDATES = 50
SENTENCES_PER_CHUNK = 4


class Mode(str, Enum):
    dense = "dense"
    lexical = "lexical"
    hybrid = "hybrid"


@dataclass
class Hit:
    """One retrieved chunk with its fused score and the ranks/scores each retriever gave it (None = not found)."""

    index: int
    chunk: Chunk
    score: float
    dense_score: float | None = None
    lexical_score: float | None = None
    dense_rank: int | None = None
    lexical_rank: int | None = None
    glossed_share: float | None = None


class Retriever:
    """Searches one index with one embedder; stateless between calls, safe to share between threads."""

    def __init__(self, index: Index, embedder: Embedder, rrf_k: int = 60, ef_search: int = 128,
                 embed_cache: LRU | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.ef_search = ef_search
        self.embed_cache = embed_cache or LRU(0)

    def embed_query(self, query: str) -> np.ndarray:
        """The query's embedding, from the cache when the same text was embedded before."""
        return self.embed_cache.get_or_compute(query, lambda: self.embedder.embed_queries([query])[0])

    def dense(self, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not self.index.chunks:
            return []
        scores, ids = search_vectors(self.index.vector_index, query_vector[None, :], k, self.ef_search)
        return [(int(i), float(s)) for s, i in zip(scores[0], ids[0]) if i >= 0]

    def dense_sentences(self, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Chunks ranked by their best-matching sentence: short texts match a precise question better, above all
        across languages, where whole chunks dilute the one sentence that answers."""
        if not self.index.sentences:
            return []
        scores, ids = search_vectors(self.index.sentence_index, query_vector[None, :], k * SENTENCES_PER_CHUNK, self.ef_search)
        best: dict[int, float] = {}
        for score, sentence_id in zip(scores[0], ids[0]):
            if sentence_id >= 0:
                chunk = self.index.sentences[sentence_id].chunk
                best.setdefault(chunk, float(score))
        return list(best.items())[:k]

    def lexical_query(self, query: str) -> str:
        """The query as BM25 sees it: a query without CJK characters is translated into the corpus's Chinese terms
        through the index's glossary (empty when none are known)."""
        return query if has_cjk(query) else " ".join(self.index.glossary.translate(query))

    def lexical(self, query: str, k: int) -> list[tuple[int, float]]:
        scores, ids = self.index.lexical.search(self.lexical_query(query), k)
        return [(int(i), float(s)) for s, i in zip(scores, ids)]

    def glossed(self, query: str, k: int) -> list[tuple[int, float]]:
        """BM25 of an English query's stems over the passages read in English (their words' dictionary glosses)."""
        if has_cjk(query) or self.index.glossed is None:
            return []
        scores, ids = self.index.glossed.search(" ".join(english_stems(query)), k)
        return [(int(i), float(s)) for s, i in zip(scores, ids)]

    def search(self, query: str, k: int = 10, mode: Mode = Mode.hybrid, query_vector: np.ndarray | None = None) -> list[Hit]:
        """Top-k chunks for a query, fused by reciprocal rank, each ranking's first kept among them (fusion must not
        lose one retriever's clear choice). Dense ranks chunks by their own vector and by their best sentence; hybrid
        adds BM25, for an English query both over the glossary's translation of the query and over the passages'
        English glosses."""
        depth = max(k, CANDIDATES)
        rankings: list[list[tuple[int, float]]] = []
        dense: list[tuple[int, float]] = []
        lexical: list[tuple[int, float]] = []
        if mode in (Mode.dense, Mode.hybrid):
            vector = self.embed_query(query) if query_vector is None else query_vector
            dense = self.dense(vector, depth)
            rankings += [dense, self.dense_sentences(vector, depth)]
        glossed: list[tuple[int, float]] = []
        if mode in (Mode.lexical, Mode.hybrid):
            lexical = self.lexical(query, depth)
            glossed = self.glossed(query, depth)
            rankings += [lexical, glossed]
        hits: dict[int, Hit] = {}
        for ranking in rankings:
            for rank, (i, _) in enumerate(ranking, 1):
                hit = hits.setdefault(i, Hit(i, self.index.chunks[i], 0.0))
                hit.score += 1.0 / (self.rrf_k + rank)
        for rank, (i, score) in enumerate(dense, 1):
            hits[i].dense_score, hits[i].dense_rank = score, rank
        for rank, (i, score) in enumerate(lexical, 1):
            hits[i].lexical_score, hits[i].lexical_rank = score, rank
        top = max((score for _, score in glossed), default=0.0)
        for i, score in glossed:
            hits[i].glossed_share = score / top if top > 0 else 0.0
        if mode is Mode.lexical:
            for hit in hits.values():
                hit.score = hit.lexical_score or 0.0
        fused = sorted(hits.values(), key=lambda hit: (-hit.score, hit.index))
        top = fused[:k]
        kept = {hit.index for hit in top}
        missing = [hits[i] for i in dict.fromkeys(ranking[0][0] for ranking in rankings if ranking) if i not in kept]
        return top[:k - len(missing)] + missing if missing and len(missing) < k else top
