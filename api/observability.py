"""Request ids, one structured log line per request, and Prometheus metrics."""
from __future__ import annotations

import json
import logging
import time
import uuid

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

log = logging.getLogger("qa.api")
REQUEST_ID = "X-Request-ID"


class Metrics:
    """The app's own registry, so several apps (tests) never clash."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("qa_requests_total", "HTTP requests", ["route", "method", "status"], registry=self.registry)
        self.latency = Histogram("qa_request_latency_seconds", "HTTP request latency", ["route", "method"],
                                 buckets=(.005, .01, .025, .05, .075, .1, .15, .25, .5, 1, 2.5, 5, 10), registry=self.registry)
        self.cache_hits = Counter("qa_answer_cache_hits_total", "Questions answered from the answer cache",
                                  registry=self.registry)
        self.abstentions = Counter("qa_abstentions_total", "Questions answered with 'the plan does not say'", registry=self.registry)
        self.documents = Gauge("qa_index_documents", "Documents in the live index", registry=self.registry)
        self.chunks = Gauge("qa_index_chunks", "Chunks in the live index", registry=self.registry)


class RequestLog:
    """Pure ASGI middleware: echo or assign X-Request-ID, record metrics, write one JSON log line per request."""

    def __init__(self, app, metrics: Metrics, log_questions: bool) -> None:
        self.app = app
        self.metrics = metrics
        self.log_questions = log_questions

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        request_id = headers.get(b"x-request-id", b"").decode("latin-1")[:200] or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_with_id(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.requests.labels(route, scope["method"], str(status)).inc()
            self.metrics.latency.labels(route, scope["method"]).observe(elapsed)
            line = {"request_id": request_id, "method": scope["method"], "path": scope["path"], "status": status,
                    "latency_ms": round(elapsed * 1000, 2)}
            question = scope["state"].get("question")
            if self.log_questions and question:
                line["question"] = question
            log.info(json.dumps(line, ensure_ascii=False))
