"""Add, replace or remove documents in the index: the one path the CLI and the API both use."""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
import uuid
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
BUILD_NICENESS = 19  # the build process yields the cores to the server's questions whenever they want them
EMBED_STEP = 8  # passages embedded between progress reports (the process runs beside the server, not in it)


class EmbeddingTimeout(TimeoutError):
    """Embedding a document's passages took longer than its budget."""


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


_progress_queue = None  # in the build process: where embedding progress goes back to the server
_listeners: dict[str, Callable[[int, int], None]] = {}


def _start_build_process(parent: int, progress) -> None:
    """In the build process: progress reports go to the server through `progress`; exit with the server."""
    global _progress_queue
    _progress_queue = progress
    _exit_with_parent(parent)


def _prioritised(background: bool, function: Callable, *arguments, **keywords):
    """In the build process: run a task in the background — only when no other process wants a core (SCHED_IDLE;
    the lowest nice value where that is unavailable), so a serving server's questions keep their latency — or, when
    there is nothing served yet to protect (a first build), at normal priority. The policy is a thread's, so it is
    set on every thread of the process: the model's own threads, started by an earlier task, follow it too."""
    try:
        policy = os.SCHED_IDLE if background else os.SCHED_OTHER
        for thread in os.listdir("/proc/self/task"):
            try:
                os.sched_setscheduler(int(thread), policy, os.sched_param(0))
            except ProcessLookupError:  # the thread ended meanwhile
                pass
    except (AttributeError, OSError):
        if background and os.nice(0) < BUILD_NICENESS:
            os.nice(BUILD_NICENESS - os.nice(0))
    return function(*arguments, **keywords)


def _relay(progress) -> None:
    """In the server: hand each progress report of the build process to the job waiting for it."""
    while True:
        key, done, total = progress.get()
        listener = _listeners.get(key)
        if listener is not None:
            listener(done, total)


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
    """One long-lived build process (spawned: the server's threads must not be forked); see _prioritised."""
    context = multiprocessing.get_context("spawn")
    progress = context.Queue()
    threading.Thread(target=_relay, args=(progress,), name="build-progress", daemon=True).start()
    return ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_start_build_process,
                               initargs=(os.getpid(), progress))


def _in_build_process(function: Callable, *arguments, background: bool = True, **keywords):
    """Run a function in the build process (in the background unless told otherwise); a build process that died
    is replaced once."""
    task = (_prioritised, background, function, *arguments)
    try:
        return _builder().submit(*task, **keywords).result()
    except BrokenProcessPool:
        _builder.cache_clear()
        return _builder().submit(*task, **keywords).result()


@lru_cache(maxsize=2)
def _build_process_embedder(name: str) -> Embedder:
    from embeddings.factory import load_embedder

    return load_embedder(name)


def _embed(name: str, texts: list[str], key: str, max_seconds: float) -> np.ndarray:
    """In the build process: embed passages a step at a time, reporting progress; over budget, stop."""
    embedder = _build_process_embedder(name)
    started, parts = time.monotonic(), []
    for start in range(0, len(texts), EMBED_STEP):
        parts.append(embedder.embed_passages(texts[start:start + EMBED_STEP]))
        if _progress_queue is not None:
            _progress_queue.put((key, min(start + EMBED_STEP, len(texts)), len(texts)))
        if time.monotonic() - started > max_seconds:
            raise EmbeddingTimeout(f"embedding took longer than {max_seconds:g} s")
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), np.float32)


def embed_apart(embedder: str, texts: list[str], progress: Callable[[int, int], None],
                max_seconds: float, background: bool = True) -> np.ndarray:
    """Passage vectors computed in the build process by its own copy of the model, at the lowest CPU priority, so
    a server's questions never queue behind an upload's passages (on the same engine they waited for each passage
    in progress: p99 0.4 s); `progress(done, total)` is called as steps finish."""
    key = uuid.uuid4().hex
    _listeners[key] = progress
    try:
        return _in_build_process(_embed, embedder, list(texts), key, max_seconds, background=background)
    finally:
        _listeners.pop(key, None)


def update_index_apart(settings: Settings, embedder: Embedder, added: list[tuple[Document, list[Chunk]]] = (),
                       removed: list[str] = (), vectors: dict | None = None, rebuild: bool = False,
                       background: bool = True) -> BuildReport:
    """update_index in a separate process, so a server's questions never wait on the build's Python work (the
    interpreter lock); the new passages' `vectors` come embedded by the caller's model. A build process that died
    is replaced once."""
    return _in_build_process(update_index, settings, KnownVectors(embedder.name, embedder.dim), added=list(added),
                             removed=list(removed), vectors=vectors, rebuild=rebuild, background=background)
