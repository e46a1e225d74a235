"""Render parsed blocks into the document's normalised text and cut it into size-bounded, cited chunks."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from corpus.models import Chunk
from corpus.structure import Block

SENTENCE_END = re.compile(r"(?<=[。！？!?；;])")
CLAUSE_END = re.compile(r"(?<=[，、,：:])")
BLOCK_SEPARATOR = "\n\n"


@dataclass
class _Span:
    """A rendered paragraph: where it sits in the document text."""

    start: int
    end: int


class _Writer:
    """Appends blocks to the document text and remembers where each landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def write(self, text: str) -> _Span:
        if self.parts:
            self.parts.append(BLOCK_SEPARATOR)
            self.length += len(BLOCK_SEPARATOR)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return _Span(start, self.length)

    def text(self) -> str:
        return "".join(self.parts)


def split_sentences(text: str, max_chars: int) -> list[str]:
    """Cut text into pieces of at most max_chars, at sentence ends, else at clause ends, else hard."""
    pieces: list[str] = []
    for sentence in (s for s in SENTENCE_END.split(text) if s):
        if len(sentence) <= max_chars:
            pieces.append(sentence)
            continue
        for clause in (c for c in CLAUSE_END.split(sentence) if c):
            pieces.extend(clause[i:i + max_chars] for i in range(0, len(clause), max_chars))
    return pieces


def _pack(spans: list[_Span], text: str, max_chars: int) -> list[_Span]:
    """Group consecutive paragraph spans (splitting long ones by sentence) into spans of at most max_chars."""
    units: list[_Span] = []
    for span in spans:
        if span.end - span.start <= max_chars:
            units.append(span)
            continue
        offset = span.start
        for piece in split_sentences(text[span.start:span.end], max_chars):
            units.append(_Span(offset, offset + len(piece)))
            offset += len(piece)
    groups: list[_Span] = []
    for unit in units:
        if groups and unit.end - groups[-1].start <= max_chars:
            groups[-1] = _Span(groups[-1].start, unit.end)
        else:
            groups.append(unit)
    return [_trim(group, text) for group in groups]


def _trim(span: _Span, text: str) -> _Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Span(start, end)


def chunk_id(doc_id: str, section: list[str], text: str, seen: dict[str, int]) -> str:
    """Stable id: the same text under the same heading in the same document keeps its id across rebuilds."""
    key = hashlib.sha1("\x1f".join([doc_id, *section, text]).encode("utf-8")).hexdigest()[:16]
    seen[key] = seen.get(key, 0) + 1
    return key if seen[key] == 1 else f"{key}-{seen[key]}"


def render(blocks: list[Block], doc_id: str, max_chars: int) -> tuple[str, list[Chunk]]:
    """Return the document's normalised text and its chunks; every chunk's text is text[start:end]."""
    writer = _Writer()
    pending: list[tuple[Block, list[_Span]]] = []
    agency = None
    for block in blocks:
        if block.kind == "heading":
            writer.write(block.text)
        elif block.kind == "paragraph":
            pending.append((block, [writer.write(block.text)]))
        else:
            if block.agency != agency:
                writer.write(block.agency or "")
                agency = block.agency
            writer.write(block.program or "")
            if block.category:
                writer.write(f"計畫類別：{block.category}")
            pending.append((block, [writer.write(p) for p in block.paragraphs]))
    text = writer.text()
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for block, spans in pending:
        kind = "program" if block.kind == "program" else "paragraph"
        for span in _pack(spans, text, max_chars):
            if span.end <= span.start:
                continue
            body = text[span.start:span.end]
            chunks.append(Chunk(
                id=chunk_id(doc_id, block.section, body, seen), doc_id=doc_id, section=list(block.section), kind=kind,
                text=body, start=span.start, end=span.end,
                agency=block.agency, program=block.program, category=block.category, page=block.page,
            ))
    return text, chunks
