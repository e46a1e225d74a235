"""Bare keywords (射月計畫, 低軌衛星): what the best passage is — its program's name, or its section's heading."""
from __future__ import annotations

from qa.answering import row_field
from qa.answering.base import Context, Extraction


def answer(context: Context) -> Extraction | None:
    best = context.best
    chunk = best.hit.chunk
    if chunk.kind == "program" and chunk.program:
        return context.field(chunk, chunk.program, best)
    return row_field.heading_extraction(context, chunk, best)
