"""The shared store of replicas (QA_DATABASE_URL, PostgreSQL through psycopg 3): documents as their original bytes,
the corpus version every change bumps (and announces with NOTIFY), the embedding cache and feedback. Replicas keep
their own in-memory index and rebuild it from here; without QA_DATABASE_URL none of this is used.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timezone
from importlib import resources
from pathlib import Path

import numpy as np

CHANNEL = "qa_corpus"
MIGRATION_LOCK = 7_110_001  # pg_advisory_xact_lock key: one replica migrates or seeds at a time
CONNECT_TIMEOUT = 5


class DatabaseError(Exception):
    """The database cannot be reached or refused a statement; the message says which and why."""


@dataclass(frozen=True)
class StoredDocument:
    id: str
    name: str
    content: bytes


def _psycopg():
    import psycopg

    return psycopg


def migrations() -> list[tuple[int, str]]:
    """The numbered SQL migrations shipped with the package, in order."""
    folder = resources.files("qa") / "migrations"
    found = [(int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8"))
             for entry in folder.iterdir() if entry.name.endswith(".sql")]
    return sorted(found)


class Database:
    """Short transactions on fresh connections (a replica's few writes do not need a pool); every psycopg error
    becomes a DatabaseError naming what failed."""

    def __init__(self, url: str) -> None:
        self.url = url

    @contextmanager
    def transaction(self) -> Iterator:
        psycopg = _psycopg()
        try:
            with psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT) as connection:
                with connection.transaction():
                    yield connection
        except psycopg.Error as error:
            raise DatabaseError(f"database: {type(error).__name__}: {str(error).strip() or 'unavailable'}") from error

    def listener(self):
        """An autocommit connection listening on the corpus channel (its notifies() yields each change)."""
        psycopg = _psycopg()
        try:
            connection = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise DatabaseError(f"database: {type(error).__name__}: {str(error).strip() or 'unavailable'}") from error
        return connection

    def migrate(self) -> list[int]:
        """Apply the migrations not applied yet, in one transaction, one replica at a time; the versions applied."""
        with self.transaction() as db:
            db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                       "applied_at timestamptz NOT NULL DEFAULT now())")
            done = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
            applied = []
            for version, sql in migrations():
                if version not in done:
                    db.execute(sql)
                    db.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
                    applied.append(version)
            return applied

    def seed(self, files: list[Path]) -> int:
        """Store the bundled documents when the database has none (one replica seeds; the others find them)."""
        with self.transaction() as db:
            db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            if db.execute("SELECT count(*) FROM documents").fetchone()[0]:
                return 0
            for path in files:
                self._put(db, _document_id(path), path.name, path.read_bytes())
            return len(files)

    def version(self) -> int:
        with self.transaction() as db:
            return int(db.execute("SELECT version FROM corpus").fetchone()[0])

    def documents(self) -> tuple[int, list[StoredDocument]]:
        """The corpus version and its documents, read in one snapshot."""
        with self.transaction() as db:
            db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            version = int(db.execute("SELECT version FROM corpus").fetchone()[0])
            rows = db.execute("SELECT id, name, content FROM documents ORDER BY id").fetchall()
        return version, [StoredDocument(r[0], r[1], bytes(r[2])) for r in rows]

    def put(self, doc_id: str, name: str, content: bytes, replace: bool) -> int | None:
        """Store a document and announce the new corpus version, all in one transaction; None when its id exists
        and `replace` was not asked for."""
        with self.transaction() as db:
            exists = db.execute("SELECT 1 FROM documents WHERE id = %s FOR UPDATE", (doc_id,)).fetchone()
            if exists and not replace:
                return None
            return self._put(db, doc_id, name, content)

    def remove(self, doc_id: str) -> int | None:
        """Delete a document and announce the new corpus version; None when there is no such document."""
        with self.transaction() as db:
            if db.execute("DELETE FROM documents WHERE id = %s", (doc_id,)).rowcount == 0:
                return None
            return self._bump(db)

    def _put(self, db, doc_id: str, name: str, content: bytes) -> int:
        version = self._bump(db)
        db.execute(
            "INSERT INTO documents (id, name, media_type, content, sha256, size, version) VALUES (%s, %s, %s, %s, %s, "
            "%s, %s) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, media_type = EXCLUDED.media_type, "
            "content = EXCLUDED.content, sha256 = EXCLUDED.sha256, size = EXCLUDED.size, version = EXCLUDED.version, "
            "updated_at = now()",
            (doc_id, name, Path(name).suffix.lower().lstrip("."), content, hashlib.sha256(content).hexdigest(),
             len(content), version))
        return version

    @staticmethod
    def _bump(db) -> int:
        version = int(db.execute("UPDATE corpus SET version = version + 1 RETURNING version").fetchone()[0])
        db.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(version)))
        return version

    def vectors(self, embedder: str, keys: list[str]) -> dict[str, np.ndarray]:
        """Cached embeddings of these content keys by this embedder."""
        if not keys:
            return {}
        with self.transaction() as db:
            rows = db.execute("SELECT key, vector FROM embeddings WHERE embedder = %s AND key = ANY(%s)",
                              (embedder, list(keys))).fetchall()
        return {key: np.frombuffer(bytes(vector), dtype="<f4").copy() for key, vector in rows}

    def store_vectors(self, embedder: str, vectors: dict[str, np.ndarray]) -> None:
        if not vectors:
            return
        with self.transaction() as db:
            with db.cursor() as cursor:
                cursor.executemany("INSERT INTO embeddings (embedder, key, vector) VALUES (%s, %s, %s) "
                                   "ON CONFLICT DO NOTHING",
                                   [(embedder, key, np.asarray(v, dtype="<f4").tobytes()) for key, v in vectors.items()])


class DatabaseBoard:
    """Upload jobs in the shared database, so a job accepted by one replica can be followed on any."""

    def __init__(self, database: Database, job_type) -> None:
        self.database = database
        self.job_type = job_type

    def save(self, job) -> None:
        from psycopg.types.json import Jsonb

        with self.database.transaction() as db:
            db.execute("INSERT INTO jobs (id, data) VALUES (%s, %s) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, "
                       "updated_at = now()", (job.id, Jsonb(job.to_dict())))

    def load(self, job_id: str):
        try:
            with self.database.transaction() as db:
                row = db.execute("SELECT data FROM jobs WHERE id = %s", (job_id,)).fetchone()
        except DatabaseError:
            return None
        return self.job_type(**row[0]) if row else None

    def recent(self) -> list:
        try:
            with self.database.transaction() as db:
                rows = db.execute("SELECT data FROM jobs ORDER BY updated_at DESC LIMIT 200").fetchall()
        except DatabaseError:
            return []
        return [self.job_type(**row[0]) for row in reversed(rows)]


class DatabaseFeedback:
    """Feedback in the shared database: what the API does with the embedded SQLite store (add, recent, export)."""

    COLUMNS = "id, created_at, question, answer, helpful, comment"

    def __init__(self, database: Database) -> None:
        self.database = database

    def add(self, question: str, answer: str | None, helpful: bool, comment: str | None) -> int:
        with self.database.transaction() as db:
            return int(db.execute("INSERT INTO feedback (question, answer, helpful, comment) VALUES (%s, %s, %s, %s) "
                                  "RETURNING id", (question, answer, helpful, comment)).fetchone()[0])

    def recent(self, limit: int) -> tuple[list[dict], dict]:
        with self.database.transaction() as db:
            rows = db.execute(f"SELECT {self.COLUMNS} FROM feedback ORDER BY helpful, id DESC LIMIT %s",
                              (limit,)).fetchall()
            total, helpful = db.execute("SELECT count(*), count(*) FILTER (WHERE helpful) FROM feedback").fetchone()
        return [self._record(row) for row in rows], {"total": total, "helpful": helpful, "not_helpful": total - helpful}

    def export(self) -> Iterator[str]:
        with self.database.transaction() as db:
            rows = db.execute(f"SELECT {self.COLUMNS} FROM feedback ORDER BY id").fetchall()
        for row in rows:
            yield json.dumps(self._record(row), ensure_ascii=False) + "\n"

    def _record(self, row: tuple) -> dict:
        record = dict(zip(self.COLUMNS.split(", "), row))
        record["created_at"] = record["created_at"].astimezone(timezone.utc).isoformat(timespec="seconds")
        return record


def _document_id(path: Path) -> str:
    from corpus.ingest import document_id

    return document_id(path.name)
