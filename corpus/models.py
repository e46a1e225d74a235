"""The shared language of every stage: Document, Chunk and the error raised for unusable input."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass


class DocumentError(Exception):
    """A file that cannot be turned into a document; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class DocumentTooLarge(DocumentError):
    """A file over one of the limits on what a document may become (its reason names the limit)."""


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may become, checked before and while it is extracted, so no upload can take
    unbounded memory or time: zip-based files (DOCX, ODT) by their directory before anything is unpacked."""

    unpacked_bytes: int = 200 * 1024 * 1024
    compression_ratio: float = 100.0
    pages: int = 2_000
    characters: int = 3_000_000
    chunks: int = 20_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Document:
    """A normalised document; every chunk offset refers to `text`."""

    doc_id: str
    title: str
    source: str
    text: str
    size: int | None = None  # bytes of the file it was read from, when known

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Chunk:
    """A cited unit of retrieval: `text` is exactly `document.text[start:end]`."""

    id: str
    doc_id: str
    section: list[str]
    kind: str
    text: str
    start: int
    end: int
    agency: str | None = None
    program: str | None = None
    category: str | None = None
    page: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Chunk":
        known = {k: data[k] for k in ("id", "doc_id", "section", "kind", "text", "start", "end")}
        return cls(**known, agency=data.get("agency"), program=data.get("program"), category=data.get("category"),
                   page=data.get("page"))

    @property
    def embedding_text(self) -> str:
        """Text given to the embedder: the heading path gives a passage its context (program, agency, goal)."""
        header = " › ".join(self.section)
        if self.category:
            header = f"{header}（{self.category}）"
        return f"{header}\n{self.text}" if header else self.text
