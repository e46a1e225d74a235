"""Bare keywords (射月計畫, 低軌衛星): the program they name, else what the best passage is — its program's name, or
its section's heading."""
from __future__ import annotations

from qa.answering import row_field
from qa.answering.base import Context, Extraction
from qa.answering.subjects import named_program


def answer(context: Context) -> Extraction | None:
    named = named_program(context)  # 基礎科學研究計畫: that row, not another whose name it begins
    if named:
        return context.field(named[0], named[0].program, context.row_candidate(named[0]))
    best = context.best
    chunk = best.hit.chunk
    if chunk.kind == "program" and chunk.program:
        return context.field(chunk, chunk.program, best)
    return row_field.heading_extraction(context, chunk, best)
