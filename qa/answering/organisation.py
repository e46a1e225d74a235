"""Which organisation does something (哪個機構研發…？, Which organisation develops …?) when the question does not
ask who runs a program: the body the best evidence names in its sentence, else in its program's name (…－國家災害防救
科技中心發展計畫), else — when the organisation is the one acting, not a verb's object — that program row's agency."""
from __future__ import annotations

from qa.answering.base import Context, Extraction
from qa.question import Asks, Question
from qa.question.analysis import EN_NOUNS, ZH_NOUNS
from qa.question.premise import organisations_in
from qa.text import fold

ORGANISATION_NOUNS = frozenset(noun for noun, slot in [*ZH_NOUNS, *EN_NOUNS.items()] if slot is Asks.agency)
AGENTS = frozenset(("谁", "who"))  # 誰 and who as the one who acts (the object 透過誰 has no noun): an organisation here


def asks_organisation(question: Question) -> bool:
    """A question whose interrogative attaches to an organisation noun, or is 誰/who doing something, but that does
    not act on a program (颱風洪水的預警是誰在研發？)."""
    return (question.asks is Asks.general and question.noun in ORGANISATION_NOUNS | AGENTS
            and not question.wants_list)


def first_body(text: str, asked: str) -> tuple[int, int] | None:
    """Where the first organisation a text names stands in it, unless the (folded) question names it already, by
    that name or another (國研院 for 財團法人國家實驗研究院)."""
    if len(fold(text)) != len(text):
        return None
    named = {body.organisation for body in organisations_in(asked) if body.organisation}
    return next(((body.start, body.end) for body in organisations_in(text)
                 if fold(body.text) not in asked and not (body.organisation and body.organisation in named)), None)


def answer(context: Context) -> Extraction | None:
    best = context.best
    asked = fold(context.question.text)
    in_sentence = first_body(best.sentence.text, asked)
    if in_sentence:
        return context.exact_span(best, *in_sentence)
    chunk = best.hit.chunk
    if chunk.kind != "program" or not chunk.program:
        return None
    in_name = first_body(chunk.program, asked)
    if in_name:
        return context.field(chunk, chunk.program[in_name[0]:in_name[1]], best)
    if context.question.governed:  # 成為什麼組織的成員: the row's agency does not become one; the plan's words may say
        return None
    return context.field(chunk, chunk.agency, best) if chunk.agency else None
