"""An item's label as the answer (和教育部合作的是哪一種研究中心？ → 重點補助大學研究中心, of 二、重點補助大學研究中心：與
教育部合作…): a which-noun question describes what the item says, and the label, a phrase of that noun, names it."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.spans import skip_numbering
from qa.question import Asks, Question
from qa.text import fold, has_cjk

LABEL = re.compile(r"\s*([^，,。；;：:、（(「]{3,20})[：:]")  # 重點補助大學研究中心：…, an item's label


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
    said = context.coverage(text[label.end():])
    named = context.coverage(label.group(1))
    return context.exact_span(candidate, label.start(1), label.end(1)) if said > named else None
