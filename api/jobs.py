"""Uploads as jobs: a parsed document is embedded on a worker thread, outside the writer lock (questions and deletes
go on meanwhile), then published under it; clients follow it at /v1/jobs/{id}."""
from __future__ import annotations

import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from corpus import Chunk, Document

KEEP_FINISHED = 200


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


class Jobs:
    """A queue of upload jobs run one at a time by one worker thread; `run` does the work and raises JobFailed."""

    def __init__(self, run: Callable[[Job, Upload], None]) -> None:
        self._run = run
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
        self._uploads.put((job, upload))
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        return list(self._jobs.values())

    def pending(self, document_id: str) -> Job | None:
        """A queued or running job for this document id."""
        return next((j for j in self._jobs.values() if j.document_id == document_id and not j.finished_at), None)

    def wait(self, job: Job, timeout: float) -> Job:
        deadline = time.monotonic() + timeout
        while not job.finished_at and time.monotonic() < deadline:
            time.sleep(0.05)
        return job

    def _work(self) -> None:
        while True:
            job, upload = self._uploads.get()
            try:
                self._run(job, upload)
                job.state, job.http_status = "done", 201
            except JobFailed as error:
                job.state, job.reason, job.http_status = "failed", str(error), error.status
            except Exception as error:  # a failed build must leave the live index and the worker as they were
                job.state, job.http_status = "failed", 500
                job.reason = f"indexing failed ({type(error).__name__}: {error}); the live index was not changed"
            job.finished_at = _now()
