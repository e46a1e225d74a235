"""Sentences of each chunk with document offsets: the units answers and citations are cut from."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from corpus import Chunk

SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
MIN_SENTENCE_CHARS = 4


@dataclass(frozen=True)
class Sentence:
    """One sentence of chunk number `chunk`; `start`/`end` are offsets into the document text."""

    chunk: int
    start: int
    end: int
    text: str
    context: str

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def embedding_text(self) -> str:
        return f"{self.context}：{self.text}" if self.context else self.text


def split_chunk_sentences(chunk: Chunk, number: int) -> list[Sentence]:
    """Cut a chunk into sentences at 。！？； and paragraph breaks, keeping exact document offsets."""
    context = chunk.program or (chunk.section[-1] if chunk.section else "")
    sentences = []
    for match in SENTENCE.finditer(chunk.text):
        text = match.group(0)
        stripped = text.strip()
        if len(stripped) < MIN_SENTENCE_CHARS:
            continue
        start = chunk.start + match.start() + (len(text) - len(text.lstrip()))
        end = start + len(stripped)
        sentences.append(Sentence(number, start, end, stripped, context))
    return sentences
