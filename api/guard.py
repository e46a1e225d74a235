"""What is refused before a request's body is read: a missing or wrong admin token on document routes, too many
failed logins or questions from one address, and a body larger than its route allows — counted while it streams,
so a client that lies about (or omits) Content-Length is cut off after the limit, not after the whole upload. Pages
on origins QA_CORS_ORIGINS does not allow are logged once each, with the setting that would allow them."""
from __future__ import annotations

import hmac
import json
import logging
import time

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from qa.config import Settings

log = logging.getLogger(__name__)
UPLOAD_PATH = "/v1/documents"
ADMIN_PATHS = (UPLOAD_PATH, "/v1/jobs", "/v1/index")
FEEDBACK_PATH = "/v1/feedback"  # posting feedback is anyone's; reading it is the administrator's
MULTIPART_SLACK = 64 * 1024


class BodyTooLarge(Exception):
    """Raised into the app when a streamed body passes its route's limit."""


def admin_problem(settings: Settings, authorization: str | None) -> tuple[int, str] | None:
    """(status, message) when a request may not manage documents, else None; the token compared in constant time."""
    if not settings.admin_token:
        return 403, "document management is disabled on this server: set QA_ADMIN_TOKEN to enable it"
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return 401, "missing admin token (Authorization: Bearer …)"
    if not hmac.compare_digest(token.strip().encode("utf-8"), settings.admin_token.encode("utf-8")):
        return 403, "wrong admin token"
    return None


class Guard:
    """Pure ASGI middleware in front of the app (see the module docstring)."""

    def __init__(self, app, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.limiter = MovingWindowRateLimiter(MemoryStorage())
        self.ask_rate: RateLimitItem = parse(settings.ask_rate)
        self.login_rate: RateLimitItem = parse(settings.failed_login_rate)
        self.refused_origins: set[str] = set()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        self._note_origin(headers)
        client = (scope.get("client") or ("unknown", 0))[0]
        path, method = scope["path"], scope["method"]
        if method != "OPTIONS" and (path.startswith(ADMIN_PATHS) or (path.startswith(FEEDBACK_PATH) and method != "POST")):
            if not self.limiter.test(self.login_rate, "login", client):
                await self._refuse(send, 429, "too many failed admin logins from this address; try again later",
                                   self._retry_after(self.login_rate, "login", client))
                return
            problem = admin_problem(self.settings, headers.get("authorization"))
            if problem:
                if problem[0] != 403 or self.settings.admin_token:
                    self.limiter.hit(self.login_rate, "login", client)
                await self._refuse(send, *problem)
                return
        if path == "/v1/ask" and method == "POST" and not self.limiter.hit(self.ask_rate, "ask", client):
            await self._refuse(send, 429, f"too many questions from this address (limit {self.settings.ask_rate})",
                               self._retry_after(self.ask_rate, "ask", client))
            return
        limit = (self.settings.max_upload_bytes + MULTIPART_SLACK if path == UPLOAD_PATH and method == "POST"
                 else self.settings.max_body_bytes)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, 413, f"request body too large: the limit is {limit} bytes")
            return
        await self._limited(scope, receive, send, limit)

    async def _limited(self, scope, receive, send, limit: int) -> None:
        received, exceeded, started = 0, False, False

        async def counted():
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def guarded(message) -> None:
            nonlocal started
            if exceeded:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except BodyTooLarge:
            pass
        if exceeded and not started:
            await self._refuse(send, 413, f"request body too large: the limit is {limit} bytes")

    def _note_origin(self, headers: dict[str, str]) -> None:
        """Log, once per origin, a page on another origin calling the API without being allowed to read the answers
        (the browser then tells its user nothing but a failed request)."""
        origin = headers.get("origin")
        if not origin or origin in self.settings.cors_origins or "*" in self.settings.cors_origins:
            return
        own = {f"{scheme}://{headers.get('host', '')}" for scheme in ("http", "https")}
        if origin not in own and origin not in self.refused_origins:
            self.refused_origins.add(origin)
            log.warning("refused cross-origin requests from %s: add it to QA_CORS_ORIGINS (e.g. QA_CORS_ORIGINS=%s) "
                        "for the widget on its pages to work", origin, ",".join([*self.settings.cors_origins, origin]))

    def _retry_after(self, item: RateLimitItem, *keys: str) -> int:
        reset = self.limiter.get_window_stats(item, *keys).reset_time
        return max(1, int(reset - time.time()) + 1)

    @staticmethod
    async def _refuse(send, status: int, message: str, retry_after: int | None = None) -> None:
        body = json.dumps({"error": message, "detail": []}, ensure_ascii=False).encode("utf-8")
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if status == 401:
            headers.append((b"www-authenticate", b"Bearer"))
        if retry_after is not None:
            headers.append((b"retry-after", str(retry_after).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
