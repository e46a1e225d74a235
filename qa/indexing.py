"""Add, replace or remove documents in the index: the one path the CLI and the API both use."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from corpus import Chunk, Document
from embeddings.base import Embedder
from qa.config import Settings
from qa.index_store import (
    MANIFEST,
    BuildReport,
    build_index,
    build_lock,
    check_compatible,
    read_manifest,
    remove_orphans,
    stored_documents,
)


class UnknownDocument(KeyError):
    """A document id that is not in the index."""


def update_index(
    settings: Settings,
    embedder: Embedder,
    added: list[tuple[Document, list[Chunk]]] = (),
    removed: list[str] = (),
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
    vectors: dict | None = None,
) -> BuildReport:
    """Current documents (unless `rebuild`), minus `removed`, plus `added` (replacing same ids), built atomically;
    the writer lock is held from reading the current documents to publishing, so concurrent writers (the CLI, other
    servers) never lose each other's documents."""
    index_dir: Path = settings.index_dir
    with build_lock(index_dir):
        remove_orphans(index_dir)
        kept: list[tuple[Document, list[Chunk]]] = []
        if not rebuild and (index_dir / MANIFEST).exists():
            check_compatible(read_manifest(index_dir), index_dir, embedder, upgrading=True)
            kept = stored_documents(index_dir)
        merged = {document.doc_id: (document, chunks) for document, chunks in kept}
        for doc_id in removed:
            if doc_id not in merged:
                raise UnknownDocument(doc_id)
            del merged[doc_id]
        merged.update({document.doc_id: (document, chunks) for document, chunks in added})
        return build_index(index_dir, list(merged.values()), embedder, settings.hnsw_threshold, settings.hnsw_m,
                           progress=progress, chunk_chars=settings.chunk_chars, locked=True, vectors=vectors)
