"""Programs that share a body: the other programs of the body that runs a named one (負責低軌衛星計畫的單位還負責哪些計畫,
跟射月計畫同一個單位的計畫有哪些, Which programs does the agency running X also run?), the named row's agency and then its
rows in plan order, each cited (the named one too, unless the question asks for its others) — counted for how many;
and whether named programs share one (南科建設計畫跟醫材計畫是同一個管理局的嗎, Are X and Y run by the same agency?)."""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answering.base import Context, Extraction
from qa.answering.subjects import loosely_in, named_in, named_row, subject_by_name
from qa.question import Form, Question
from qa.text import fold, has_cjk

BODY = r"(?:执行单位|单位|机关|机构|管理局|法人|agency|body|bureau|organi[sz]ation)"
SIBLINGS_ZH = re.compile(rf"{BODY}(?:还|也|另外)?(?:负责|执行|主管|管|有)了?(?:哪些|哪几个?|几个?|多少个?|什么)(?:其他|别的)?"
                         rf"(?:计划|计画)|同一个?{BODY}")
SIBLINGS_EN = re.compile(rf"\bsame {BODY}\b|\b{BODY} (?:that runs|running|in charge of|responsible for)\b.*"
                         r"\b(?:also|other)\b", re.IGNORECASE)
COUNT = re.compile(r"几|多少|\bhow many\b", re.IGNORECASE)
SAME = re.compile(rf"同一个?{BODY}|\bthe same {BODY}\b", re.IGNORECASE)
SUBJECT_END = re.compile(r"(?:[是都由]|run by|managed by|overseen by|under|\s)+$", re.IGNORECASE)
JOINED = re.compile(r"和|跟|与|及|以及|\band\b|,", re.IGNORECASE)
OTHERS = re.compile(r"还|也|另外|其他|别的|同一|\b(?:also|other)\b", re.IGNORECASE)  # the named program left out


def asks_siblings(question: Question) -> bool:
    """Whether a list question asks for the programs a named program's body also runs (not a yes/no question:
    Are X and Y run by the same agency? compares two rows)."""
    text = question.text
    return question.form is not Form.polar and bool(
        SIBLINGS_ZH.search(fold(text)) if has_cjk(text) else SIBLINGS_EN.search(text))


def answer(context: Context) -> Extraction | None:
    """The named program's agency's other rows; None when no program is named or its body runs no other."""
    named = named_row(context)
    if named is None or not named[0].agency:
        return None
    row, others = named[0], bool(OTHERS.search(fold(context.question.text)))
    names = list(dict.fromkeys(chunk.program for chunk in context.rows
                               if chunk.agency == row.agency and not (others and chunk.program == row.program)))
    if not names:
        return None
    firsts = {chunk.program: chunk for chunk in reversed(context.rows)}
    citations = context.value_citations([(firsts[name], name) for name in names])
    return Extraction("、".join(names), citations, context.best, items=names,
                      count=len(names) if COUNT.search(fold(context.question.text)) else None)


def asks_same_body(question: Question) -> bool:
    return question.form is Form.polar and bool(SAME.search(fold(question.text)))


def rows_joined(context: Context) -> list[Chunk] | None:
    """The program rows a yes/no question joins as its subject before 'the same body' (X 跟 Y 是同一個單位…, Are X
    and Y run by the same agency?), each found by its name in full or loosely, or (English) by its words (the
    synchrotron facility program); None unless every part names one."""
    text = context.question.text
    same = SAME.search(fold(text))
    subject = SUBJECT_END.sub("", re.sub(r"^\s*(?:are|is|do|does)\s+", "", text[:same.start()], flags=re.IGNORECASE))
    parts = [part.strip() for part in JOINED.split(subject) if part.strip()]
    rows = [(named_in(context.rows, fold(part)) or loosely_in(context.rows, fold(part)) or (None,))[0]
            if has_cjk(part) else subject_by_name(context, part) for part in parts]
    return rows if len(rows) >= 2 and all(row is not None for row in rows) else None


def same_body(context: Context) -> Extraction | None:
    """Yes when every program the question joins has one agency, no otherwise; the agencies are the answer, each cited
    above its program's row."""
    rows = rows_joined(context)
    if rows is None:
        return None
    agencies = list(dict.fromkeys(row.agency for row in rows))
    citations = context.value_citations([(row, row.agency) for row in rows])
    return Extraction("、".join(agencies), citations, context.best, verdict="yes" if len(agencies) == 1 else "no")
