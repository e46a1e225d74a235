"""Add, replace or remove documents in the index: the one path the CLI and the API both use."""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from corpus import Chunk, Document
from embeddings.base import Embedder, EmbedderError
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


PARENT_POLL_SECONDS = 0.2


@dataclass(frozen=True)
class KnownVectors:
    """Stands in for the embedder in a build whose passages are all embedded already (in the index or beforehand):
    it has the embedder's name and size, and refuses to embed."""

    name: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        raise EmbedderError("a build apart embeds nothing: embed its new passages beforehand")

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        raise EmbedderError("a build apart embeds nothing: embed its new passages beforehand")


def _exit_with_parent(parent: int) -> None:
    """In the build process: exit as soon as the server that started it is gone (killed, even with -9), so no
    build outlives it to publish what the server never acknowledged, or to hold the writer lock."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


@lru_cache(maxsize=1)
def _builder() -> ProcessPoolExecutor:
    """One long-lived build process (spawned: the server's threads must not be forked)."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_exit_with_parent, initargs=(os.getpid(),))


def update_index_apart(settings: Settings, embedder: Embedder, added: list[tuple[Document, list[Chunk]]] = (),
                       removed: list[str] = (), vectors: dict | None = None) -> BuildReport:
    """update_index in a separate process, so a server's questions never wait on the build's Python work (the
    interpreter lock); the new passages' `vectors` come embedded by the caller's model. A build process that died
    is replaced once."""
    arguments = (update_index, settings, KnownVectors(embedder.name, embedder.dim))
    changes = {"added": list(added), "removed": list(removed), "vectors": vectors}
    try:
        return _builder().submit(*arguments, **changes).result()
    except BrokenProcessPool:
        _builder.cache_clear()
        return _builder().submit(*arguments, **changes).result()
