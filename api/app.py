"""The FastAPI app: a thin layer over qa.Pipeline, plus document management, feedback, health and metrics.

The pipeline is loaded once per process; a document upload builds a new index beside the live one and swaps the
in-memory pipeline in one assignment, so questions asked during the rebuild are answered from the old index.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.feedback import FeedbackStore, feedback_path
from api.guard import Guard, admin_problem
from api.jobs import FileBoard, Job, JobFailed, Jobs, Upload
from api.observability import Metrics, RequestLog
from api.replica import Replica
from api.schemas import (
    Answer,
    AskRequest,
    DocumentInfo,
    Feedback,
    FeedbackList,
    FeedbackStored,
    IndexedDocument,
    IndexStatus,
    JobInfo,
    SearchResponse,
)
from corpus import DocumentError, DocumentTooLarge, ingest_file
from corpus.ingest import document_id
from corpus.loaders import SUPPORTED_SUFFIXES
from embeddings.base import EmbedderError
from embeddings.factory import load_embedder
from qa.config import Settings, get_settings
from qa.conversation import Turn
from qa.database import DatabaseBoard, DatabaseError, DatabaseFeedback
from qa.index_store import (
    IndexProblem,
    build_lock,
    content_key,
    embedding_texts,
    load_index,
    published,
    remove_orphans,
    vector_cache,
)
from qa.indexing import EmbeddingTimeout, UnknownDocument, embed_apart, update_index_apart
from qa.pipeline import Pipeline, passage_dict
from qa.retrieval import Mode
from qa.text import unreadable

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
MAX_NAME_BYTES = 255
bearer = HTTPBearer(auto_error=False)


class State:
    """What the app shares between requests: the live pipeline (swapped whole), a writer lock, feedback."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None
        self.loaded: str | None = None
        self.problem: str | None = None
        self.writer = threading.Lock()
        self.reloading = threading.Lock()
        self.metrics = Metrics()
        self.replica = Replica(settings, self.publish) if settings.database_url else None
        self.feedback = (DatabaseFeedback(self.replica.database) if self.replica
                         else FeedbackStore(feedback_path(settings.index_dir)))

    def load(self) -> None:
        """Load the index, first removing what interrupted builds left beside it; while a writer is at work (the build
        process of a server killed a moment ago, until it sees its parent gone), once it has let go."""
        try:
            with build_lock(self.settings.index_dir, wait=False):
                self.remove_leftovers()
        except BlockingIOError:
            threading.Thread(target=self.remove_leftovers_when_free, name="leftovers", daemon=True).start()
        try:
            self.publish(Pipeline.load(self.settings))
        except (IndexProblem, EmbedderError) as error:
            self.problem = str(error)

    def remove_leftovers(self) -> None:
        """Remove what interrupted builds left beside the index (the caller holds the writer lock)."""
        for leftover in remove_orphans(self.settings.index_dir):
            log.warning("removed %s, left by an interrupted build", leftover)

    def remove_leftovers_when_free(self) -> None:
        """Wait for the writer lock, then remove the leftovers."""
        with build_lock(self.settings.index_dir):
            self.remove_leftovers()

    def publish(self, pipeline: Pipeline) -> None:
        self.pipeline, self.problem = pipeline, None
        self.loaded = published(self.settings.index_dir)
        self.metrics.documents.set(len(pipeline.index.documents))
        self.metrics.chunks.set(len(pipeline.index.chunks))

    def ready(self) -> Pipeline:
        """The live pipeline; when another process (qa index, another server) has published a newer index, that
        one is loaded first — the old keeps answering if it cannot be."""
        if self.pipeline is None:
            raise HTTPException(503, f"the index is not ready: {self.problem or 'loading'}")
        if published(self.settings.index_dir) != self.loaded:
            with self.reloading:
                if published(self.settings.index_dir) != self.loaded:
                    embedder = self.pipeline.embedder
                    try:
                        self.publish(Pipeline(load_index(self.settings.index_dir, embedder), embedder, self.settings))
                    except IndexProblem as error:
                        log.warning("kept the loaded index: the newer one cannot be loaded (%s)", error)
                        self.loaded = published(self.settings.index_dir)
        return self.pipeline


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    state = State(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state.load()
        if state.replica:
            state.replica.start()
        yield
        if state.replica:
            state.replica.stop()

    app = FastAPIOffline(title="Policy plan QA", version="1", lifespan=lifespan,
                         description="Verbatim answers with citations from government policy plans.")
    app.state.qa = state
    app.add_middleware(Guard, settings=settings)
    app.add_middleware(RequestLog, metrics=state.metrics, log_questions=settings.log_questions)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Content-Type", "Authorization", "X-Request-ID"], expose_headers=["X-Request-ID"])

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        details = [{"field": "body", "message": "not valid JSON (or not UTF-8 text)"} if e["type"] == "json_invalid" else
                    {"field": ".".join(str(p) for p in e["loc"] if p != "body") or "body",
                     "message": e["msg"].removeprefix("Value error, ")} for e in error.errors()]
        summary = "; ".join(f"{d['field']}: {d['message']}" for d in details)
        return JSONResponse({"error": f"invalid request: {summary}", "detail": details}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400 and "parsing the body" in str(error.detail):
            return JSONResponse({"error": "invalid request: body: not valid JSON (or not UTF-8 text)",
                                 "detail": [{"field": "body", "message": "not valid JSON (or not UTF-8 text)"}]}, status_code=422)
        return JSONResponse({"error": str(error.detail), "detail": []}, status_code=error.status_code,
                            headers=getattr(error, "headers", None))

    def admin(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        """The admin check as the API docs show it; Guard has already applied it before the body was read."""
        authorization = f"Bearer {credentials.credentials}" if credentials else None
        problem = admin_problem(settings, authorization)
        if problem:
            raise HTTPException(*problem, headers={"WWW-Authenticate": "Bearer"} if problem[0] == 401 else None)

    @app.post("/v1/ask", response_model=Answer, tags=["questions"])
    def ask(body: AskRequest, request: Request) -> JSONResponse:
        """Answer a question verbatim from the plan with citations, or say the plan does not say."""
        if len(body.question) > settings.max_question_chars:
            raise HTTPException(422, f"question: longer than {settings.max_question_chars} characters")
        request.state.question = body.question
        history = [Turn(turn.question, turn.answer, tuple(turn.chunk_ids)) for turn in body.history]
        answer = state.ready().ask(body.question, body.k, history=history)
        if answer.signals.get("cached"):
            state.metrics.cache_hits.inc()
        if answer.abstained and not answer.clarify:
            state.metrics.abstentions.inc()
        return JSONResponse(answer.to_dict())

    @app.get("/v1/search", response_model=SearchResponse, tags=["questions"])
    def search(q: Annotated[str, Query(min_length=1, max_length=2000, description="The query.")],
               k: Annotated[int, Query(ge=1, le=100)] = 10, mode: Mode = Mode.hybrid) -> JSONResponse:
        """Ranked passages for a query."""
        if not q.strip():
            raise HTTPException(422, "q: must not be empty or only whitespace")
        if unreadable(q):
            raise HTTPException(422, f"q: {unreadable(q)}")
        pipeline = state.ready()
        hits = pipeline.search(q, k, mode)
        passages = [passage_dict(hit, pipeline.title(hit.chunk.doc_id)) for hit in hits]
        return JSONResponse({"query": q, "mode": mode.value, "passages": passages})

    def document_list(pipeline: Pipeline) -> list[dict]:
        return [{"id": d["doc_id"], "title": d["title"], "source": d["source"], "chunks": d["chunks"],
                  "indexed_at": d["indexed_at"], "bytes": d.get("bytes"),
                 "chars": d.get("chars") or len(pipeline.index.documents[d["doc_id"]].text)}
                for d in pipeline.index.manifest["documents"]]

    @app.get("/v1/documents", response_model=list[DocumentInfo], dependencies=[Depends(admin)], tags=["documents"])
    def documents() -> list[dict]:
        """The documents in the live index."""
        return document_list(state.ready())

    def rebuild(**changes) -> tuple[Pipeline, object]:
        """Build the changed index beside the live one, then swap; on any failure the live index stays as it was."""
        try:
            report = update_index_apart(settings, load_embedder(settings.embedder), **changes)
            pipeline = Pipeline.load(settings)
        except (UnknownDocument, IndexProblem, EmbedderError):
            raise
        except Exception as error:  # a failed build must never take the live index down with it
            raise HTTPException(500, f"indexing failed ({type(error).__name__}: {error}); the live index was not changed") from error
        state.publish(pipeline)
        return pipeline, report

    def run_job(job: Job, upload: Upload) -> None:
        """Embed the document's new texts in the build process, at the lowest CPU priority and outside the writer
        lock, then publish under the lock; over QA_MAX_JOB_SECONDS the job fails and nothing changes."""
        embedder = load_embedder(settings.embedder)
        _, texts = embedding_texts(upload.chunks)
        cached = vector_cache(settings.index_dir, embedder)
        keyed = {content_key(text): text for text in texts}
        missing = [(key, text) for key, text in keyed.items() if key not in cached]
        job.state, job.total, job.reused = "embedding", len(missing), len(texts) - len(missing)

        def progress(done: int, total: int) -> None:
            job.done = done

        try:
            embedded = embed_apart(settings.embedder, [text for _, text in missing], progress, settings.max_job_seconds)
        except EmbeddingTimeout as error:
            raise JobFailed(f"{job.name}: {error} (QA_MAX_JOB_SECONDS); the index was not changed", 413) from error
        job.done = len(missing)  # progress reports travel asynchronously; the last may arrive after the result
        vectors = dict(zip((key for key, _ in missing), embedded))
        job.state = "publishing"
        if state.replica:
            publish_shared(job, upload, vectors)
            return
        with state.writer:
            existing = next((d for d in document_list(state.ready()) if d["id"] == job.document_id), None)
            if existing and not upload.replace:
                raise JobFailed(conflict(job.name, job.document_id, existing["source"]), 409)
            try:
                rebuild(added=[(upload.document, upload.chunks)], vectors=vectors)
            except (IndexProblem, EmbedderError) as error:
                raise JobFailed(str(error), 409) from error

    def publish_shared(job: Job, upload: Upload, vectors: dict) -> None:
        """With a shared database: store the vectors for every replica, then the document and the new corpus
        version in one transaction (the document is then everywhere or nowhere), and catch this replica up."""
        database = state.replica.database
        try:
            database.store_vectors(load_embedder(settings.embedder).name, vectors)
            version = database.put(job.document_id, upload.document.source, upload.content, upload.replace)
        except DatabaseError as error:
            raise JobFailed(f"{job.name}: {error}; the document was not stored, try again", 503) from error
        if version is None:
            raise JobFailed(conflict(job.name, job.document_id, job.name), 409)
        state.replica.sync()

    jobs = Jobs(run_job, DatabaseBoard(state.replica.database, Job) if state.replica
                else FileBoard(settings.index_dir.parent / "jobs"))

    def conflict(name: str, doc_id: str, source: str) -> str:
        return (f"{name}: a document with id '{doc_id}' exists (from {source}); upload with replace=true to "
                f"replace it")

    @app.post("/v1/documents", status_code=202, dependencies=[Depends(admin)], tags=["documents"],
              responses={201: {"model": IndexedDocument}, 202: {"model": JobInfo}})
    def upload(file: Annotated[UploadFile, File(description="txt, md, pdf, docx, odt or html")],
               replace_existing: Annotated[bool, Query(alias="replace", description="Replace a document with the "
                                                       "same id instead of answering 409.")] = False,
               wait: Annotated[bool, Query(description="Answer when the document is indexed (201) instead of at "
                                                       "once with a job to follow (202).")] = False) -> JSONResponse:
        """Add a document (or replace one, with replace=true): it is read at once (a file that cannot be read or is
        over a limit is refused here), then embedded and published by a job, GET /v1/jobs/{id}; the live index
        keeps answering until the new one is swapped in."""
        if (file.size or 0) > settings.max_upload_bytes:
            raise HTTPException(413, f"file too large: the limit is {settings.max_upload_bytes} bytes")
        name = Path(file.filename or "upload").name
        if name in ("", ".", "..") or unreadable(name) or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
            raise HTTPException(422, f"file name {name[:80]!r}: must be a plain name of at most {MAX_NAME_BYTES} bytes "
                                     f"without control characters")
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise HTTPException(415, f"{name}: unsupported file type '{suffix or '(none)'}' "
                                     f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
        existing = next((d for d in document_list(state.ready()) if d["id"] == document_id(name)), None)
        if existing and not replace_existing:
            raise HTTPException(409, conflict(name, document_id(name), existing["source"]))
        if jobs.pending(document_id(name)):
            raise HTTPException(409, f"{name}: document '{document_id(name)}' is being indexed already")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            with path.open("wb") as handle:
                shutil.copyfileobj(file.file, handle)
            try:
                document, chunks = ingest_file(path, settings.chunk_chars, settings.limits())
            except DocumentError as error:
                status = 413 if isinstance(error, DocumentTooLarge) else 422
                raise HTTPException(status, f"{name}: {error.reason}") from error
            content = path.read_bytes() if state.replica else None
        job = jobs.submit(Upload(replace(document, source=name), chunks, replace_existing, content), name)
        if not wait:
            return JSONResponse({**job.to_dict(), "url": f"/v1/jobs/{job.id}"}, status_code=202,
                                headers={"Location": f"/v1/jobs/{job.id}"})
        jobs.wait(job, settings.max_job_seconds + 60)
        if job.state != "done":
            raise HTTPException(job.http_status or 500, job.reason or "the job did not finish")
        info = next(d for d in document_list(state.ready()) if d["id"] == document.doc_id)
        return JSONResponse({**info, "job": job.id, "embedded": job.total or 0, "reused": job.reused or 0},
                            status_code=201)

    @app.get("/v1/jobs", response_model=list[JobInfo], dependencies=[Depends(admin)], tags=["documents"])
    def job_list() -> list[dict]:
        """Upload jobs, newest last (the last 200 finished ones are kept)."""
        return [job.to_dict() for job in jobs.all()]

    @app.get("/v1/jobs/{job_id}", response_model=JobInfo, dependencies=[Depends(admin)], tags=["documents"])
    def job_status(job_id: str) -> dict:
        """One upload job: queued, embedding (done of total), publishing, done, or failed with its reason."""
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, f"no job with id '{job_id}'")
        return job.to_dict()

    @app.delete("/v1/documents/{doc_id}", status_code=204, dependencies=[Depends(admin)], tags=["documents"])
    def delete(doc_id: str) -> Response:
        """Remove a document from the index (with a shared database: from every replica's)."""
        if state.replica:
            try:
                removed = state.replica.database.remove(doc_id)
            except DatabaseError as error:
                raise HTTPException(503, f"{error}; nothing was removed, try again") from error
            if removed is None:
                raise HTTPException(404, f"no document with id '{doc_id}'")
            state.replica.sync()
            return Response(status_code=204)
        with state.writer:
            try:
                rebuild(removed=[doc_id])
            except UnknownDocument as error:
                raise HTTPException(404, f"no document with id '{doc_id}'") from error
            except (IndexProblem, EmbedderError) as error:
                raise HTTPException(409, str(error)) from error
        return Response(status_code=204)

    @app.get("/v1/index", response_model=IndexStatus, dependencies=[Depends(admin)], tags=["documents"])
    def index_status() -> dict:
        """The live index: format, embedder, size, and when its last build ran and how long it took."""
        manifest = state.ready().index.manifest
        return {"format": manifest["format"], "embedder": manifest["embedder"]["name"],
                "dim": manifest["embedder"]["dim"], "vector_index": manifest.get("vector_index"),
                "lexical": manifest.get("lexical"), "documents": len(manifest["documents"]),
                "chunk_count": manifest["chunk_count"], "sentence_count": manifest.get("sentence_count"),
                "chunk_chars": manifest.get("chunk_chars"), "built_at": manifest.get("built_at"),
                "build_seconds": manifest.get("build_seconds")}

    @app.get("/v1/feedback", response_model=FeedbackList, dependencies=[Depends(admin)], tags=["feedback"])
    def feedback_list(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
        """Recent feedback, not-helpful first (newest first within each), with the counts of all of it."""
        records, counts = state.feedback.recent(limit)
        return {**counts, "records": records}

    @app.get("/v1/feedback/export", dependencies=[Depends(admin)], tags=["feedback"],
             response_class=StreamingResponse, responses={200: {"content": {"application/x-ndjson": {}}}})
    def feedback_export() -> StreamingResponse:
        """Every feedback record as JSON lines, oldest first."""
        return StreamingResponse(state.feedback.export(), media_type="application/x-ndjson",
                                 headers={"Content-Disposition": 'attachment; filename="feedback.jsonl"'})

    @app.post("/v1/feedback", response_model=FeedbackStored, status_code=201, tags=["feedback"])
    def feedback(body: Feedback) -> dict:
        """Record whether an answer helped; not-helpful ones become gold-set candidates (`qa feedback export`)."""
        return {"id": state.feedback.add(body.question, body.answer, body.helpful, body.comment)}

    @app.get("/healthz", tags=["operations"])
    async def healthz() -> dict:
        """The process is up (answered on the event loop, never queued behind questions in the worker pool)."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"])
    def readyz() -> JSONResponse:
        """The index and model are loaded and questions can be answered."""
        pipeline = state.pipeline
        if pipeline is None:
            return JSONResponse({"ready": False, "reason": state.problem or "loading", "pid": os.getpid()},
                                status_code=503)
        return JSONResponse({"ready": True, "documents": len(pipeline.index.documents), "chunks": len(pipeline.index.chunks),
                             "embedder": pipeline.embedder.name, "vector_index": pipeline.index.manifest.get("vector_index"),
                             "built_at": pipeline.index.manifest.get("built_at"),
                             "database": state.replica.status() if state.replica else None, "pid": os.getpid()})

    @app.get("/metrics", tags=["operations"])
    def metrics() -> Response:
        """Prometheus metrics."""
        return Response(generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(STATIC / "widget.js", media_type="text/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=300"})

    @app.get("/admin", include_in_schema=False)
    def admin_page() -> FileResponse:
        """Documents, index status and feedback for the administrator (the page asks for the admin token)."""
        return FileResponse(STATIC / "admin.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-store"})

    @app.get("/admin.js", include_in_schema=False)
    def admin_script() -> FileResponse:
        return FileResponse(STATIC / "admin.js", media_type="text/javascript; charset=utf-8",
                            headers={"Cache-Control": "no-store"})

    @app.get("/", include_in_schema=False)
    def demo() -> FileResponse:
        return FileResponse(STATIC / "demo.html", media_type="text/html; charset=utf-8")

    return app
