"""Any local sentence-transformers model (a directory or a cached id), for admins who deploy a stronger model.

torch and sentence-transformers are imported only here, so the default install and `qa --help` stay light.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from embeddings.base import EmbedderError, normalise_rows

E5_PREFIXES = ("query: ", "passage: ")


class SentenceTransformerEmbedder:
    """Wraps SentenceTransformer; e5-family models get their `query: `/`passage: ` prefixes automatically."""

    def __init__(self, model: str, device: str = "cpu") -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise EmbedderError(
                f"embedder '{model}' needs the sentence-transformers extra: pip install 'policy-qa[st]' ({error})"
            ) from error
        try:
            self._model = SentenceTransformer(model, device=device, local_files_only=True)
        except Exception as error:  # the library raises many kinds for a missing or broken model
            raise EmbedderError(f"cannot load sentence-transformers model '{model}' offline: {error}") from error
        label = Path(model).name if Path(model).exists() else model
        self.name = f"sentence-transformers/{label}"
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        self._prefixes = E5_PREFIXES if "e5" in label.lower() else ("", "")

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode([prefix + text for text in texts], batch_size=32, convert_to_numpy=True,
                                     normalize_embeddings=True, show_progress_bar=False)
        return normalise_rows(vectors)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._prefixes[0])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._prefixes[1])
