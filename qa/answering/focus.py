"""What something focuses on (What does international science cooperation focus on?, What is the core of X?): what
the plan puts between 以 and 為重點 (為核心, 為主軸), 以[美、亞、歐三洲]為重點 — whatever noun the question asks, as
洲 is no word an English one translates to; and what topics it covers, between 以 and 為主題 (為題材)."""
from __future__ import annotations

import re

from qa.answering.base import WORDS_DECIDE_CANDIDATES, Context, Extraction
from qa.question import Question
from qa.text import fold

# What does X focus (center, concentrate) on?, What is X's focus (core)?
EN_FOCUS = re.compile(r"\b(?:focus(?:es|ed)?|cent(?:er|re)(?:s|d|ed)?|concentrat\w*)\s+on\s*\??$"
                      r"|^what\s+(?:is|are)\s+(?:the\s+)?(?:focus|core|priority|priorities)\s+of\b", re.IGNORECASE)
# What topics (themes) does X cover?, What is the theme of X?
EN_THEME = re.compile(r"\bwhat\s+(?:topics?|themes?|subjects?)\b|\bwhat\s+(?:is|are)\s+(?:the\s+)?"
                      r"(?:topics?|themes?)\s+of\b", re.IGNORECASE)
FRAME = r"以\s*([^，,。；;：:以]{{2,{chars}}}?)\s*为(?:{nouns})"
FOCUS_FRAME = re.compile(FRAME.format(chars=24, nouns="重点|主轴|核心|焦点|优先"))  # 以[美、亞、歐三洲]為重點
THEME_FRAME = re.compile(FRAME.format(chars=40, nouns="主题|题材"))  # 以[AI 核心技術、…及 AI 人文社會]為主題


def asks_focus(question: Question) -> bool:
    """An English question asking what something focuses on, what its focus or core is, or what topics it covers."""
    return bool(EN_FOCUS.search(question.text.strip()) or EN_THEME.search(question.text))


def answer(context: Context) -> Extraction | None:
    """What the first of the first few sentences that has the frame puts between 以 and 為重點 (for topics, 為主題):
    the frame is precise enough to look past the top three (以[美、亞、歐三洲]為重點, fifth for Which continents does
    the ministry's international cooperation focus on?); None when none has one."""
    frame = FOCUS_FRAME if EN_FOCUS.search(context.question.text.strip()) else THEME_FRAME
    for candidate in context.candidates[:WORDS_DECIDE_CANDIDATES]:
        text = fold(candidate.sentence.text)
        found = frame.search(text) if len(text) == len(candidate.sentence.text) else None
        if found:
            return context.exact_span(candidate, found.start(1), found.end(1))
    return None
