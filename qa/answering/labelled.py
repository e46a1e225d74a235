"""Labelled items (二、重點補助大學研究中心：與教育部合作…): the label as the answer when a which-noun question describes
what the item says (和教育部合作的是哪一種研究中心？ → 重點補助大學研究中心), and what the item says when a question asks
what its label is or does (AI 創新研究中心要做什麼？, 請介紹科普產品製播推廣產學合作計畫)."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.row_items import DOES_ZH, INTRODUCE_ZH
from qa.answering.slot import slot_span
from qa.answering.spans import skip_numbering
from qa.answering.subjects import named_program
from qa.question import Asks, Question
from qa.text import compact, english_frame, fold, has_cjk

LABEL = re.compile(r"\s*([^，,。；;：:、（(「]{3,20})[：:]")  # 重點補助大學研究中心：…, an item's label
NUMBERING = r"(?:[-•]\s*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})、|[(（][一二三四五六七八九十\d]{1,3}[)）])"
# a label opening a sentence, or numbered after the colon or stop of another (…二分項推動： 一、AI 創新研究中心：補助…)
ITEM_LABEL = re.compile(rf"(?:^\s*(?:{NUMBERING})?|(?<=[\s：:；;。])\s*{NUMBERING})\s*"
                        r"([^，,。；;：:、（(「」\s][^，,。；;：:、（(「」]{2,19})[：:]")
WHAT_IS_ZH = re.compile(r"(?:指的)?(?:是|为)(?:什么|啥)(?:意思)?$|为何$")  # X 是什麼, X 指的是什麼意思
PROGRAM_SUFFIX = re.compile(r"(?:计划|计画)$")
MIN_SUBJECT_CHARS = 4


def asks_label(question: Question) -> bool:
    """A which-noun question of one thing: a list, a cause or a means is no label (哪一種策略 is; 有哪些研究中心 is not)."""
    return question.asks in (Asks.general, Asks.section) and not (question.why or question.how or question.wants_list)


def answer(context: Context) -> Extraction | None:
    """For a which-noun question, the label of the best sentence when it is an item labelled by a phrase the asked
    noun heads (二、[重點補助大學研究中心]：與教育部合作… for 和教育部合作的是哪一類研究中心) and its text, not the label,
    holds the question's words: the item says what the question describes, its label names it."""
    noun, candidate = context.question.noun, context.best
    text = fold(candidate.sentence.text)
    if not noun or not has_cjk(noun) or len(text) != len(candidate.sentence.text):
        return None
    label = LABEL.match(text, skip_numbering(text))
    if not label or not label.group(1).endswith(noun) or len(label.group(1)) <= len(noun):
        return None
    gap = slot_span(context.question.text, text)
    if gap and gap.start >= label.end() and gap.anchor and gap.closed_by >= len(noun):
        return None  # the text holds the asked noun where the question's words place it (提供研究團隊[…服務])
    said = context.coverage(text[label.end():])
    named = context.coverage(label.group(1))
    return context.exact_span(candidate, label.start(1), label.end(1)) if said > named else None


def asks_defined(question: Question) -> bool:
    """A Chinese question that asks what something is or does, or to be told about it (X 是什麼, X 要做什麼, 請介紹 X)."""
    folded = compact(fold(question.text)).rstrip("？?。!！")
    return not english_frame(question.text) and bool(
        WHAT_IS_ZH.search(folded) or DOES_ZH.search(folded) or INTRODUCE_ZH.match(folded))


def defined_subject(question: str) -> str:
    """What a what-is / what-does / tell-me-about question is about, folded and compact, without a final 計畫."""
    folded = compact(fold(question)).rstrip("？?。!！")
    introduced = INTRODUCE_ZH.match(folded)
    folded = folded[introduced.end():] if introduced else folded
    asked = WHAT_IS_ZH.search(folded) or DOES_ZH.search(folded)
    subject = (folded[:asked.start()] if asked else folded).rstrip("的")
    return PROGRAM_SUFFIX.sub("", subject)


def defined(context: Context) -> Extraction | None:
    """What a labelled item says when the question asks what its label is or does: the words after the label's colon
    to the next label or the sentence's end (一、AI 創新研究中心：[補助學研機構成立…]). Of the items so labelled, the one
    retrieved first, else the first in the plan; None when no label is the question's subject, or the subject is a
    program of the table (its row answers)."""
    subject = defined_subject(context.question.text)
    named = named_program(context)
    if len(subject) < MIN_SUBJECT_CHARS or named and PROGRAM_SUFFIX.sub("", compact(fold(named[0].program))) == subject:
        return None
    ranked = {candidate.sentence_id: rank for rank, candidate in reversed(list(enumerate(context.candidates)))}
    for number in sorted(range(len(context.index.sentences)), key=lambda n: (n not in ranked, ranked.get(n, n))):
        text = fold(context.index.sentences[number].text)
        labels = list(ITEM_LABEL.finditer(text)) if len(text) == len(context.index.sentences[number].text) else []
        for at, label in enumerate(labels):
            if PROGRAM_SUFFIX.sub("", compact(label.group(1))) == subject:
                end = labels[at + 1].start() if at + 1 < len(labels) else len(text)
                return context.trimmed(context.unretrieved(number), label.end(), end)
    return None
