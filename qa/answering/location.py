"""Where the plan says something (哪一部分提到精準育種？, Which section covers OKR?): the program whose row says it best,
by its name, or the heading of the paragraph that does — a place in the plan, cited with the sentence that shows it."""
from __future__ import annotations

from qa.answering.base import Context, Extraction
from qa.answering.row_field import heading_extraction
from qa.question import Question


def asks_location(question: Question) -> bool:
    return question.locates


def answer(context: Context) -> Extraction | None:
    best = context.best
    chunk = best.hit.chunk
    if chunk.kind == "program" and chunk.program:
        return context.field(chunk, chunk.program, best)
    return heading_extraction(context, chunk, best)
