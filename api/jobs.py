"""Uploads as jobs: a parsed document is embedded on a worker thread, outside the writer lock (questions and deletes
go on meanwhile), then published under it; clients follow it at /v1/jobs/{id}."""
from __future__ import annotations

import json
import logging
import os
import queue
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from corpus import Chunk, Document

KEEP_FINISHED = 200
REPORT_SECONDS = 0.25
JOB_ID = re.compile(r"[0-9a-f]{12}")
log = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Job:
    """One upload on its way into the index: queued → embedding (done of total texts) → done, or failed + reason."""

    id: str
    name: str
    document_id: str
    state: str = "queued"
    done: int = 0
    total: int | None = None
    reused: int | None = None
    reason: str | None = None
    http_status: int | None = None
    chunks: int | None = None
    created_at: str = field(default_factory=_now)
    finished_at: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


class JobFailed(Exception):
    """A job that cannot finish; the message is the reason the job reports, `status` its HTTP equivalent."""

    def __init__(self, reason: str, status: int = 422) -> None:
        super().__init__(reason)
        self.status = status


@dataclass
class Upload:
    """What a job builds from: the parsed document and whether it may replace one with its id."""

    document: Document
    chunks: list[Chunk]
    replace: bool
    content: bytes | None = None  # the original file, kept when it goes to the shared database


class FileBoard:
    """Jobs as JSON files in a folder beside the index, so every worker process on the machine can report any
    job; each written whole and renamed into place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, job: Job) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f".{job.id}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(job.to_dict(), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.folder / f"{job.id}.json")
        if job.finished_at:  # the oldest records go when one finishes, not on every progress report
            records = sorted(self.folder.glob("*.json"), key=lambda path: path.stat().st_mtime)
            for old in records[:max(0, len(records) - KEEP_FINISHED)]:
                old.unlink(missing_ok=True)

    def load(self, job_id: str) -> Job | None:
        if not JOB_ID.fullmatch(job_id):
            return None
        try:
            return Job(**json.loads((self.folder / f"{job_id}.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def recent(self) -> list[Job]:
        paths = sorted(self.folder.glob("*.json"), key=lambda path: path.stat().st_mtime) if self.folder.exists() else []
        return [job for path in paths if (job := self.load(path.stem))]


class Jobs:
    """A queue of upload jobs run one at a time by one worker thread; `run` does the work and raises JobFailed.
    Every change is written to the `board` (a folder, or the shared database), where other processes read it."""

    def __init__(self, run: Callable[[Job, Upload], None], board) -> None:
        self._run = run
        self._board = board
        self._jobs: dict[str, Job] = {}
        self._uploads: queue.Queue[tuple[Job, Upload]] = queue.Queue()
        self._lock = threading.Lock()
        threading.Thread(target=self._work, name="upload-jobs", daemon=True).start()

    def submit(self, upload: Upload, name: str) -> Job:
        job = Job(uuid.uuid4().hex[:12], name, upload.document.doc_id, chunks=len(upload.chunks))
        with self._lock:
            self._jobs[job.id] = job
            finished = [j for j in self._jobs.values() if j.finished_at]
            for old in finished[:max(0, len(finished) - KEEP_FINISHED)]:
                del self._jobs[old.id]
        self._save(job)
        self._uploads.put((job, upload))
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id) or self._board.load(job_id)

    def all(self) -> list[Job]:
        """This process's jobs and those other processes recorded, oldest first."""
        mine = dict(self._jobs)
        others = [job for job in self._board.recent() if job.id not in mine]
        return sorted([*others, *mine.values()], key=lambda job: job.created_at)[-KEEP_FINISHED:]

    def _save(self, job: Job) -> None:
        try:
            self._board.save(job)
        except Exception as error:  # the job itself goes on; only other processes cannot see it
            log.warning("could not record job %s: %s", job.id, error)

    def pending(self, document_id: str) -> Job | None:
        """A queued or running job for this document id."""
        return next((j for j in self._jobs.values() if j.document_id == document_id and not j.finished_at), None)

    def wait(self, job: Job, timeout: float) -> Job:
        deadline = time.monotonic() + timeout
        while not job.finished_at and time.monotonic() < deadline:
            time.sleep(0.05)
        return job

    def _report(self, job: Job, stop: threading.Event) -> None:
        """Record a running job's progress for other processes while it runs."""
        while not stop.wait(REPORT_SECONDS):
            self._save(job)

    def _work(self) -> None:
        while True:
            job, upload = self._uploads.get()
            stop = threading.Event()
            threading.Thread(target=self._report, args=(job, stop), name="job-report", daemon=True).start()
            try:
                self._run(job, upload)
                job.state, job.http_status = "done", 201
            except JobFailed as error:
                job.state, job.reason, job.http_status = "failed", str(error), error.status
            except Exception as error:  # a failed build must leave the live index and the worker as they were
                job.state, job.http_status = "failed", 500
                job.reason = f"indexing failed ({type(error).__name__}: {error}); the live index was not changed"
            job.finished_at = _now()
            stop.set()
            self._save(job)
