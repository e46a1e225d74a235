"""Request ids, one structured log line per request, and Prometheus metrics."""
from __future__ import annotations

import json
import logging
import time
import uuid

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response

log = logging.getLogger("qa.api")
REQUEST_ID = "X-Request-ID"


class Metrics:
    """The app's own registry, so several apps (tests) never clash."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("qa_requests_total", "HTTP requests", ["route", "method", "status"], registry=self.registry)
        self.latency = Histogram("qa_request_latency_seconds", "HTTP request latency", ["route", "method"],
                                 buckets=(.005, .01, .025, .05, .075, .1, .15, .25, .5, 1, 2.5, 5, 10), registry=self.registry)
        self.abstentions = Counter("qa_abstentions_total", "Questions answered with 'the plan does not say'", registry=self.registry)
        self.documents = Gauge("qa_index_documents", "Documents in the live index", registry=self.registry)
        self.chunks = Gauge("qa_index_chunks", "Chunks in the live index", registry=self.registry)


def route_of(request: Request) -> str:
    """The route template (/v1/documents/{doc_id}), not the raw path, so label values stay few."""
    route = request.scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class RequestLog(BaseHTTPMiddleware):
    """Echo or assign X-Request-ID, record metrics and write one JSON log line per request."""

    def __init__(self, app, metrics: Metrics, log_questions: bool) -> None:
        super().__init__(app)
        self.metrics = metrics
        self.log_questions = log_questions

    async def dispatch(self, request: Request, call_next) -> Response:
        request_id = request.headers.get(REQUEST_ID) or uuid.uuid4().hex
        request.state.request_id = request_id
        started = time.perf_counter()
        response = await call_next(request)
        elapsed = time.perf_counter() - started
        route = route_of(request)
        self.metrics.requests.labels(route, request.method, str(response.status_code)).inc()
        self.metrics.latency.labels(route, request.method).observe(elapsed)
        response.headers[REQUEST_ID] = request_id
        line = {"request_id": request_id, "method": request.method, "path": request.url.path,
                "status": response.status_code, "latency_ms": round(elapsed * 1000, 2)}
        question = getattr(request.state, "question", None)
        if self.log_questions and question:
            line["question"] = question
        log.info(json.dumps(line, ensure_ascii=False))
        return response
