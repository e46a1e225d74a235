"""User feedback in a SQLite file (WAL mode) beside the index, and its export as gold-set candidates."""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT,
    helpful INTEGER NOT NULL,
    comment TEXT
)
"""


COLUMNS = "id, created_at, question, answer, helpful, comment"


def feedback_path(index_dir: Path) -> Path:
    """The database lives in the index's data directory, outside the index itself, so rebuilds never touch it."""
    return index_dir.parent / "feedback.sqlite3"


class FeedbackStore:
    """A short-lived connection per operation (cheap for SQLite), writes serialised by a lock; WAL lets readers
    (an export) run while the server writes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        with closing(sqlite3.connect(path)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(SCHEMA)
            db.commit()

    def add(self, question: str, answer: str | None, helpful: bool, comment: str | None) -> int:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._lock, closing(sqlite3.connect(self.path)) as db:
            cursor = db.execute("INSERT INTO feedback (created_at, question, answer, helpful, comment) VALUES (?, ?, ?, ?, ?)",
                                (now, question, answer, int(helpful), comment))
            db.commit()
            return int(cursor.lastrowid)

    def recent(self, limit: int) -> tuple[list[dict], dict]:
        """The latest `limit` records, not-helpful ones first (what an administrator reviews), and the counts."""
        with closing(sqlite3.connect(self.path)) as db:
            rows = db.execute(f"SELECT {COLUMNS} FROM feedback ORDER BY helpful, id DESC LIMIT ?", (limit,)).fetchall()
            total, helpful = db.execute("SELECT COUNT(*), COALESCE(SUM(helpful), 0) FROM feedback").fetchone()
        return [_record(row) for row in rows], {"total": total, "helpful": helpful, "not_helpful": total - helpful}

    def export(self) -> Iterator[str]:
        """Every record as a JSON line, oldest first."""
        with closing(sqlite3.connect(self.path)) as db:
            for row in db.execute(f"SELECT {COLUMNS} FROM feedback ORDER BY id"):
                yield json.dumps(_record(row), ensure_ascii=False) + "\n"

    def not_helpful(self) -> list[dict]:
        with closing(sqlite3.connect(self.path)) as db:
            rows = db.execute("SELECT id, created_at, question, answer, comment FROM feedback WHERE helpful = 0 ORDER BY id").fetchall()
        return [dict(zip(("id", "created_at", "question", "answer", "comment"), row)) for row in rows]


def _record(row: tuple) -> dict:
    record = dict(zip(COLUMNS.split(", "), row))
    record["helpful"] = bool(record["helpful"])
    return record


def export_gold_candidates(store: FeedbackStore) -> list[str]:
    """Not-helpful questions as gold-schema lines with empty answers/evidence for a person to fill in."""
    from qa.question import detect_lang

    lines = []
    for row in store.not_helpful():
        lines.append(json.dumps({
            "id": f"feedback-{row['id']}", "question": row["question"], "lang": detect_lang(row["question"]),
            "tags": ["feedback"], "answerable": True, "answers": [], "evidence": [],
            "feedback": {"answer": row["answer"], "comment": row["comment"], "created_at": row["created_at"]},
        }, ensure_ascii=False))
    return lines
