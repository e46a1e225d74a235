"""FAISS inner-product index over unit vectors: exact (flat) for small corpora, HNSW from a measured size on."""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np


def build_vector_index(vectors: np.ndarray, hnsw_threshold: int, hnsw_m: int = 32) -> faiss.Index:
    """Flat below `hnsw_threshold` vectors (exact, fast enough), HNSW at or above it."""
    dim = vectors.shape[1]
    if len(vectors) >= hnsw_threshold:
        index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def index_kind(index: faiss.Index) -> str:
    return "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"


def search_vectors(index: faiss.Index, queries: np.ndarray, k: int, ef_search: int = 128) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (scores, ids) per query row; ids are -1 where fewer than k vectors exist."""
    if isinstance(index, faiss.IndexHNSWFlat):
        index.hnsw.efSearch = max(ef_search, k)
    k = max(1, min(k, index.ntotal)) if index.ntotal else 1
    return index.search(np.ascontiguousarray(queries, dtype=np.float32), k)


def save_vector_index(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load_vector_index(path: Path) -> faiss.Index:
    return faiss.read_index(str(path))
