"""A replica's life beside the shared database (QA_DATABASE_URL): migrate and seed at start, build its in-memory
index from the database's documents (reusing every embedding any replica already stored), then follow the corpus
version — LISTEN/NOTIFY, with polling as the fallback — rebuilding beside the live index and swapping, as an upload
does. While the database is down the replica keeps answering from its loaded index and retries with backoff.
"""
from __future__ import annotations

import fcntl
import logging
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from corpus import DocumentError, collect_paths, ingest_file
from embeddings.factory import load_embedder
from qa.config import Settings
from qa.database import Database
from qa.index_store import MANIFEST, content_key, embedding_texts, vector_cache
from qa.indexing import embed_apart, update_index_apart
from qa.pipeline import Pipeline

log = logging.getLogger(__name__)
MAX_BACKOFF_SECONDS = 30.0


class Replica:
    """Keeps one server's index equal to the database's corpus; `version` is the corpus version it serves."""

    def __init__(self, settings: Settings, publish) -> None:
        self.settings = settings
        self.database = Database(settings.database_url)
        self.publish = publish
        self.version: int | None = None
        self.connected = False
        self.problem: str | None = None
        self.syncing = threading.Lock()
        self.stopped = threading.Event()

    def start(self) -> None:
        """Follow the database on a background thread (the first sync builds the index)."""
        threading.Thread(target=self._follow, name="replica", daemon=True).start()

    def stop(self) -> None:
        self.stopped.set()

    def _prepare(self) -> None:
        applied = self.database.migrate()
        if applied:
            log.warning("database: applied migrations %s", applied)
        seeded = self.database.seed(collect_paths([self.settings.corpus_dir]))
        if seeded:
            log.warning("database: seeded %d bundled document(s)", seeded)

    def _follow(self) -> None:
        """Connect, catch up, then wait for notifications (or the poll interval) and catch up again; on any
        database failure retry with exponential backoff, serving the loaded index meanwhile."""
        backoff = 1.0
        while not self.stopped.is_set():
            listener = None
            try:
                self._prepare()
                listener = self.database.listener()
                self.connected, self.problem, backoff = True, None, 1.0
                while not self.stopped.is_set():
                    self.sync()
                    for _ in listener.notifies(timeout=self.settings.replica_poll_seconds, stop_after=1):
                        pass
            except Exception as error:  # the database, the listening connection or a failed build
                self._lost(error)
            finally:
                if listener is not None:
                    try:
                        listener.close()
                    except Exception:  # the connection is gone already
                        pass
            self.stopped.wait(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    def _lost(self, error: Exception) -> None:
        if self.connected or self.problem is None:
            log.warning("database unavailable (%s); answering from the loaded index, retrying", error)
        self.connected, self.problem = False, str(error)

    def sync(self) -> bool:
        """Rebuild the index from the database when its corpus version differs from the one served; True if it
        did. One sync at a time per replica."""
        with self.syncing:
            if self.database.version() == self.version:
                return False
            with self._machine_lock():
                return self._sync()

    @contextmanager
    def _machine_lock(self) -> Iterator[None]:
        """One sync at a time among the worker processes sharing this index directory: the first builds, the
        others then find its build and load it instead of embedding the same passages again."""
        path = self.settings.index_dir.with_name(f"{self.settings.index_dir.name}.sync.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _sync(self) -> bool:
        """Rebuild from the database unless this machine's index holds its corpus version already."""
        version, stored = self.database.documents()
        if self._built_version() == version:  # another worker process on this machine built it already
            self.publish(Pipeline.load(self.settings))
            self.version = version
            return True
        documents = []
        with tempfile.TemporaryDirectory() as folder:
            for item in stored:
                path = Path(folder) / item.name
                path.write_bytes(item.content)
                try:
                    document, chunks = ingest_file(path, self.settings.chunk_chars, self.settings.limits())
                except DocumentError as error:  # accepted by another version of the parser; keep the rest
                    log.warning("database document %s cannot be read here: %s", item.id, error.reason)
                    continue
                documents.append((replace(document, doc_id=item.id, source=item.name), chunks))
        embedder = load_embedder(self.settings.embedder)
        serving = (self.settings.index_dir / MANIFEST).exists()  # else nothing answers yet: build at full speed
        vectors = self.vectors_for([chunk for _, chunks in documents for chunk in chunks], embedder, serving)
        update_index_apart(self.settings, embedder, added=documents, vectors=vectors, rebuild=True, background=serving)
        self.publish(Pipeline.load(self.settings))
        self.version = version
        self._marker().write_text(str(version), encoding="utf-8")
        log.warning("serving corpus version %d (%d document(s))", version, len(documents))
        return True

    def _marker(self) -> Path:
        """Beside the index: the corpus version its published build holds (workers of one server share it)."""
        return self.settings.index_dir.with_name(f"{self.settings.index_dir.name}.corpus-version")

    def _built_version(self) -> int | None:
        try:
            return int(self._marker().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def vectors_for(self, chunks: list, embedder, background: bool = True) -> dict:
        """Every vector these chunks need: from the local index, then the database's cache, and the rest embedded
        in the build process and stored for the other replicas."""
        _, texts = embedding_texts(chunks)
        keyed = {content_key(text): text for text in texts}
        vectors = {key: vector for key, vector in vector_cache(self.settings.index_dir, embedder).items() if key in keyed}
        vectors.update(self.database.vectors(embedder.name, [key for key in keyed if key not in vectors]))
        missing = [(key, text) for key, text in keyed.items() if key not in vectors]
        if missing:
            embedded = embed_apart(self.settings.embedder, [text for _, text in missing], lambda done, total: None,
                                   float("inf"), background)
            new = dict(zip((key for key, _ in missing), embedded))
            self.database.store_vectors(embedder.name, new)
            vectors.update(new)
        return vectors

    def status(self) -> dict:
        return {"connected": self.connected, "version": self.version, "problem": self.problem}

