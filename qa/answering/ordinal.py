"""Which-phase questions (X 是第幾期？, Which phase of X …?): the ordinal as the plan writes it — in the named
program's own name (…建置計畫－第三期), else in the best evidence (污水處理廠二期擴建工程)."""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answering.base import Candidate, Context, Extraction
from qa.answering.subjects import named_program
from qa.question import Question
from qa.text import fold, tagged_words

ASKED_ZH = re.compile(r"第[几幾]\s*([期年次届阶座])|哪一?\s*(期)")
# which year of X asks its ordinal (第二年); which year alone, a date
ASKED_EN = re.compile(r"\b(?:which|what)\s+(phase|stage|round|year(?=\s+of\b))\b", re.IGNORECASE)
EN_CLASSIFIERS = {"phase": "期", "stage": "期", "round": "期", "year": "年"}
ORDINAL = r"{first}\s*[一二两三四五六七八九十\d]+(?:、[一二两三四五六七八九十\d]+)*\s*{classifier}(?:第?\s*[一二两三四五六七八九十\d]+\s*[阶段])?"  # 一期一階
ITEM_BREAK = re.compile(r"[、，,；;：:。]|及(?!其)")
PHASE_BEFORE = r"(?:第?\s*[一二两三四五六七八九十\d]+\s*期\s*)?"  # the phase a stage is of (一期一階)
BETWEEN_ORDINALS = r"[^，,。；;：:]{0,30}?"  # 第三期國家太空科技發展長程計畫的第二年: two ordinals of one phrase


def asked_classifiers(text: str) -> list[str]:
    """The classifiers of the ordinals a question asks for, in order (期 of 第幾期, of which phase; 期 and 年 of
    第幾期…的第幾年)."""
    zh = [found.group(1) or found.group(2) for found in ASKED_ZH.finditer(fold(text))]
    en = ASKED_EN.search(text)
    return zh or ([EN_CLASSIFIERS[en.group(1).lower()]] if en else [])


def asked_classifier(text: str) -> str | None:
    """The classifier of the first ordinal a question asks for, or None."""
    return next(iter(asked_classifiers(text)), None)


def ordinal(classifier: str) -> str:
    """The pattern of an ordinal with this classifier; one of years needs its 第, as 110 年 is a year, not the 110th;
    a stage's holds the phase it is a stage of (一期一階: the first stage of the first phase)."""
    pattern = ORDINAL.format(first="第" if classifier == "年" else "第?", classifier=classifier)
    return PHASE_BEFORE + pattern if classifier == "阶" else pattern


def asks_ordinal(question: Question) -> bool:
    return asked_classifier(question.text) is not None


def answer(context: Context) -> Extraction | None:
    classifier = asked_classifier(context.question.text)
    if classifier is None:
        return None
    pattern = re.compile(ordinal(classifier))

    def in_name(chunk: Chunk, candidate: Candidate | None = None) -> Extraction | None:
        """The ordinal a program row's own name holds, cited as a field value."""
        found = pattern.search(fold(chunk.program)) if chunk.kind == "program" and chunk.program else None
        return context.field(chunk, chunk.program[found.start():found.end()], candidate) if found else None

    asked = fold(context.question.text)
    classifiers = asked_classifiers(context.question.text)
    if len(classifiers) > 1:  # 第幾期…的第幾年: the phrase that holds both, as the plan writes it
        joint = re.compile(BETWEEN_ORDINALS.join(ordinal(c) for c in classifiers[:2]))
        found = next(((candidate, m) for candidate in context.top
                      if (m := joint.search(fold(candidate.sentence.text)))), None)
        if found:
            return context.span(found[0], found[1].start(), found[1].end())
    named = named_program(context)
    if named is not None and (extraction := in_name(named[0])):
        return extraction
    stated: list[tuple[float, int, Candidate, re.Match[str]]] = []
    for rank, candidate in enumerate(context.top):
        if extraction := in_name(candidate.hit.chunk, candidate):
            return extraction
        text = fold(candidate.sentence.text)
        stated += [(context.coverage(item_of(text, m.start(), m.end())), -rank, candidate, m)
                   for m in pattern.finditer(text)
                   if text[m.start():m.end() + 1] not in asked]  # not inside a name the question repeats (二期基地
        # 污水廠[第三期]工程 for 二期基地污水廠做到第幾期)
    if not stated:
        return None
    _, _, candidate, found = max(stated, key=lambda s: s[:2])  # of the best-covered items, the best-ranked first
    start = qualified_start(fold(candidate.sentence.text), found.start())
    return context.exact_span(candidate, start, found.end())  # an ordinal is whole: not 第六[座配]水池


def qualified_start(text: str, start: int) -> int:
    """Where an ordinal's name starts: at a one-character adjective right before it (新竹園區[新]二期標準廠房: the new
    second phase), else where the ordinal does."""
    position = 0
    for word, tag in tagged_words(text):
        position += len(word)
        if position == start:
            return start - 1 if len(word) == 1 and tag == "a" else start
        if position > start:
            break
    return start


def item_of(text: str, start: int, end: int) -> str:
    """The item of a list or clause that the ordinal from `start` to `end` stands in (宜蘭園區[第二期]標準廠房工程 of
    …、宜蘭園區第二期標準廠房工程、…; 在[第一、二期]太空計畫建立基礎下, whose own 、 breaks nothing): of several ordinals
    in one sentence, the one whose item holds the question's words answers."""
    opening = max((m.end() for m in ITEM_BREAK.finditer(text, 0, start)), default=0)
    closing = next((m.start() for m in ITEM_BREAK.finditer(text, end)), len(text))
    return text[opening:closing]
