"""File → Document → Chunks: the single entry point every caller (CLI, index, API) uses."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from corpus.chunking import render
from corpus.loaders import SUPPORTED_SUFFIXES, read_file
from corpus.models import (
    DEFAULT_LIMITS,
    Chunk,
    Document,
    DocumentError,
    DocumentTooLarge,
    Limits,
)
from corpus.structure import MARKDOWN_HEADING, heading_level, parse_blocks

TITLE_MAX_CHARS = 60

__all__ = ["SUPPORTED_SUFFIXES", "collect_paths", "document_id", "ingest_file", "ingest_text", "slugify"]


def slugify(name: str) -> str:
    """A stable document id from a file name: lower-case words (CJK kept) joined by dashes."""
    slug = re.sub(r"[^\w]+", "-", name.lower(), flags=re.UNICODE).strip("-_")
    return slug or "document"


def document_id(file_name: str) -> str:
    """A stable, readable id for a file: the slug of its name, plus a short hash of the whole name whenever the
    slug loses something (case, emoji, punctuation), so REPORT.TXT and report.txt, or 😀.txt and 🙂.txt, differ."""
    stem = Path(file_name).stem
    slug = slugify(stem)
    if slug == stem:
        return slug
    return f"{slug}-{hashlib.sha1(file_name.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"


def guess_title(text: str, fallback: str) -> str:
    """The first line when it reads like a title (short, not numbered, not a table row), else the fallback."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    markdown = MARKDOWN_HEADING.match(first)
    if markdown:
        return markdown.group(2)
    if first and len(first) <= TITLE_MAX_CHARS and "\t" not in first and not heading_level(first):
        return first
    return fallback


def ingest_text(text: str, doc_id: str, source: str, max_chars: int, title: str | None = None,
                limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Chunk]]:
    """Parse normalised text into a Document and its chunks; a document that is only its title line (a one-line
    note) is that line as a paragraph."""
    title = title or guess_title(text, doc_id)
    rendered, chunks = render(parse_blocks(text, title), doc_id, max_chars)
    if not chunks:
        rendered, chunks = render(parse_blocks(text, ""), doc_id, max_chars)
    if not chunks:
        raise DocumentError(source, "no text to index (only headings or blank lines)")
    if len(chunks) > limits.chunks:
        raise DocumentTooLarge(source, f"{len(chunks):,} chunks, over the limit of {limits.chunks:,} (QA_MAX_CHUNKS)")
    return Document(doc_id=doc_id, title=title, source=source, text=rendered), chunks


def ingest_file(path: Path, max_chars: int, limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Chunk]]:
    """Load, parse and chunk one file within `limits`; raises DocumentError with the file name and reason."""
    text = read_file(path, limits)
    document, chunks = ingest_text(text, document_id(path.name), str(path), max_chars,
                                   title=guess_title(text, path.name), limits=limits)
    return replace(document, size=path.stat().st_size), chunks


def collect_paths(paths: list[Path]) -> list[Path]:
    """Expand folders into their supported files (sorted); a missing path is an error, never skipped silently."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise DocumentError(str(path), "no such file or folder")
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    return found
