"""Which organisation does something (哪個機構研發…？, Which organisation develops …?) when the question does not
ask who runs a program: the body the best evidence names in its sentence, else in its program's name (…－國家災害防救
科技中心發展計畫), else that program row's agency."""
from __future__ import annotations

from qa.answering.base import Context, Extraction
from qa.question import Asks
from qa.question.analysis import ZH_NOUNS, EN_NOUNS
from qa.question.premise import organisations_in
from qa.text import fold

ORGANISATION_NOUNS = frozenset(noun for noun, slot in [*ZH_NOUNS, *EN_NOUNS.items()] if slot is Asks.agency)


def asks_organisation(question) -> bool:
    """A question whose interrogative attaches to an organisation noun but that does not act on a program."""
    return question.asks is Asks.general and question.noun in ORGANISATION_NOUNS and not question.wants_list


def answer(context: Context) -> Extraction | None:
    best = context.best
    asked = fold(context.question.text)
    named = [body for body in organisations_in(best.sentence.text) if fold(body.text) not in asked]
    if named and len(fold(best.sentence.text)) == len(best.sentence.text):
        return context.span(best, named[0].start, named[0].end)
    chunk = best.hit.chunk
    if chunk.kind != "program" or not chunk.program:
        return None
    in_name = [body for body in organisations_in(chunk.program) if fold(body.text) not in asked]
    if in_name and len(fold(chunk.program)) == len(chunk.program):
        return context.field(chunk, chunk.program[in_name[0].start:in_name[0].end], best)
    return context.field(chunk, chunk.agency, best) if chunk.agency else None
