"""Which-phase questions (X 是第幾期？, Which phase of X …?): the ordinal as the plan writes it — in the named
program's own name (…建置計畫－第三期), else in the best evidence (污水處理廠二期擴建工程)."""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answering.base import Candidate, Context, Extraction
from qa.answering.subjects import named_program
from qa.question import Question
from qa.text import fold

ASKED_ZH = re.compile(r"第[几幾]\s*([期年次届阶])")
ASKED_EN = re.compile(r"\b(?:which|what)\s+(phase|stage|round)\b", re.IGNORECASE)
EN_CLASSIFIERS = {"phase": "期", "stage": "期", "round": "期"}
ORDINAL = r"第?\s*[一二两三四五六七八九十\d]+\s*{classifier}(?:第?\s*[一二两三四五六七八九十\d]+\s*[阶段])?"  # 一期一階


def asked_classifier(text: str) -> str | None:
    """The classifier of the ordinal a question asks for (期 of 第幾期, of which phase), or None."""
    zh = ASKED_ZH.search(fold(text))
    if zh:
        return zh.group(1)
    en = ASKED_EN.search(text)
    return EN_CLASSIFIERS[en.group(1).lower()] if en else None


def asks_ordinal(question: Question) -> bool:
    return asked_classifier(question.text) is not None


def answer(context: Context) -> Extraction | None:
    classifier = asked_classifier(context.question.text)
    if classifier is None:
        return None
    pattern = re.compile(ORDINAL.format(classifier=classifier))

    def in_name(chunk: Chunk, candidate: Candidate | None = None) -> Extraction | None:
        """The ordinal a program row's own name holds, cited as a field value."""
        found = pattern.search(fold(chunk.program)) if chunk.kind == "program" and chunk.program else None
        return context.field(chunk, chunk.program[found.start():found.end()], candidate) if found else None

    asked = fold(context.question.text)
    named = named_program(context)
    if named is not None and (extraction := in_name(named[0])):
        return extraction
    for candidate in context.top:
        if extraction := in_name(candidate.hit.chunk, candidate):
            return extraction
        text = fold(candidate.sentence.text)
        found = next((m for m in pattern.finditer(text) if text[m.start():m.end() + 1] not in asked), None)
        if found:  # not one inside a name the question repeats: 二期基地污水廠[第三期]工程 for 二期基地污水廠做到第幾期
            return context.span(candidate, found.start(), found.end())
    return None
