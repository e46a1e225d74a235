"""The query path: load the index and the embedder once, then search and answer questions."""
from __future__ import annotations

from dataclasses import dataclass

from embeddings.base import Embedder
from embeddings.factory import load_embedder
from qa.config import Settings
from qa.index_store import Index, load_index
from qa.retrieval import Hit, Mode, Retriever


def passage_dict(hit: Hit) -> dict:
    """The passage object of the Answer and search JSON contracts (plus extra fields for debugging and display)."""
    chunk = hit.chunk
    return {
        "chunk_id": chunk.id, "doc_id": chunk.doc_id, "section": chunk.section, "text": chunk.text,
        "score": round(hit.score, 6), "kind": chunk.kind, "program": chunk.program, "agency": chunk.agency,
        "category": chunk.category, "start": chunk.start, "end": chunk.end,
        "dense_score": None if hit.dense_score is None else round(hit.dense_score, 6),
        "lexical_score": None if hit.lexical_score is None else round(hit.lexical_score, 6),
    }


@dataclass
class Pipeline:
    """Search and ask over one loaded index; cheap to call from many threads."""

    index: Index
    embedder: Embedder
    settings: Settings

    @classmethod
    def load(cls, settings: Settings) -> "Pipeline":
        embedder = load_embedder(settings.embedder)
        return cls(load_index(settings.index_dir, embedder), embedder, settings)

    @property
    def retriever(self) -> Retriever:
        return Retriever(self.index, self.embedder, self.settings.rrf_k, self.settings.hnsw_ef_search)

    def search(self, query: str, k: int = 10, mode: Mode = Mode.hybrid) -> list[Hit]:
        return self.retriever.search(query, k, mode)
