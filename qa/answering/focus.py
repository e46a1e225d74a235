"""What something focuses on (What does international science cooperation focus on?, What is the core of X?): what
the plan puts between 以 and 為重點 (為核心, 為主軸), 以[美、亞、歐三洲]為重點 — whatever noun the question asks, as
洲 is no word an English one translates to."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.question import Question
from qa.text import fold

# What does X focus (center, concentrate) on?, What is X's focus (core)?
EN_FOCUS = re.compile(r"\b(?:focus(?:es|ed)?|cent(?:er|re)(?:s|d|ed)?|concentrat\w*)\s+on\s*\??$"
                      r"|^what\s+(?:is|are)\s+(?:the\s+)?(?:focus|core|priority|priorities)\s+of\b", re.IGNORECASE)
FOCUS_FRAME = re.compile(r"以([^，,。；;：:以]{2,24}?)为(?:重点|主轴|核心|焦点|优先)")  # 以[美、亞、歐三洲]為重點


def asks_focus(question: Question) -> bool:
    """An English question asking what something focuses on, or what its focus or core is."""
    return bool(EN_FOCUS.search(question.text.strip()))


def answer(context: Context) -> Extraction | None:
    """What the first top sentence that has the frame puts between 以 and 為重點; None when none has one."""
    for candidate in context.top:
        text = fold(candidate.sentence.text)
        found = FOCUS_FRAME.search(text) if len(text) == len(candidate.sentence.text) else None
        if found:
            return context.exact_span(candidate, found.start(1), found.end(1))
    return None
