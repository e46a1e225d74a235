"""'發展什麼衛星' when no sentence repeats the question's words: an enumeration whose items name the asked noun
(高解析度光學遙測衛星星系、…、合成孔徑雷達衛星星系) or that it closes (…、主題科學日等科普活動); when the question
itself lists the items or names one, the class the plan puts them in (5G、物聯網、金融科技屬於哪一類科技 → …等[新興數位
科技]); for English 'What Ns does X V?', a list of three or more items a translation of N closes (…及「落實應用」等任務
for What tasks…)."""
from __future__ import annotations

import re

from qa.answering.base import Candidate, Context, Extraction
from qa.answering.enumeration import (
    NOUN_LIST_CANDIDATES,
    best_enumeration,
    closing_nouns,
    enumerations,
    names,
    names_kind,
    narrowed,
)
from qa.answering.slot import EN_KIND_OF, EN_WHAT_NOUN, WH_WORD
from qa.answering.spans import restates
from qa.answering.subjects import named_row
from qa.crosslingual import english_stems
from qa.question import Question
from qa.question.analysis import opens_no_noun
from qa.text import CJK_CHAR, fold, tagged_words

ITEM_BREAK = re.compile(r"[、及与和]|等")
MIN_ITEM_CHARS = 4  # an item named whole, not a word items share (科技)
CLASS_AFTER = re.compile(r"等+([^，,。；;：:、]{0,12})")
EN_WHAT_PASSIVE = re.compile(r"(?:what|which)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:are|were|will\s+be|have\s+been)\s+"
                             r"(?!(?:the|a|an|its|their)\b)[a-z]+\b", re.IGNORECASE)  # What Ns are promoted/held…?


def names_item(question: str, enumeration: str) -> bool:
    """Whether the question lists the enumeration's items itself, or names one of them whole (推動下世代半導體是屬於
    什麼樣的研發 of 下世代半導體、前瞻資安研究、高效低軌通訊衛星等新興科技研發)."""
    asked = fold(question)
    return restates(question, enumeration) or any(
        len(item) >= MIN_ITEM_CHARS and item in asked for item in ITEM_BREAK.split(fold(enumeration)))


def plural_head(question: Question) -> tuple[str, list[str]] | None:
    """The stem of the plural noun an English 'What/Which Ns does X V?' or 'What Ns are V-ed?' asks for (technolog of
    emerging technologies) and those of the words before it (emerg), else None; None for 'What kind of Ns', which
    asks what they are like, not which they are (What kind of parks does the ministry want to build?)."""
    if CJK_CHAR.search(question.text) or EN_KIND_OF.search(question.text):
        return None
    what = EN_WHAT_NOUN.match(question.text.strip()) or EN_WHAT_PASSIVE.match(question.text.strip())
    words = what.group(1).lower().split() if what else []
    stems = english_stems(words[-1]) if words and words[-1].endswith("s") and not words[-1].endswith("ss") else []
    return (stems[0], english_stems(" ".join(words[:-1]))) if stems else None


def each_names(items: list[str], noun: str) -> bool:
    """Whether several 、-joined items each name the noun (…光學遙測衛星星系、…智能遙測衛星星系): a list of it."""
    return len(items) >= 2 and all(noun in fold(item) for item in items)


def asks_closed_list(question: Question) -> bool:
    return plural_head(question) is not None


def english_closed_list(context: Context) -> Extraction | None:
    """For 'What Ns does X V?' with N plural, the best-ranked list of three or more items that a noun translating N
    closes (等任務), in the top candidates (of the program the question names, when it names one; only the best when it
    names a kind of N by a name before it, 擴大與[東協]國家的…): before a single
    phrase the verb governs (Which emerging technologies will the ministry develop? → …、高效低軌通訊衛星等新興科技研發,
    not 尖端 ICT 領先技術 of 研發尖端 ICT 領先技術); else a list of the best sentence each of whose items names it
    (…光學遙測衛星星系、…智能遙測衛星星系、合成孔徑雷達衛星星系 for Which satellite constellations…)."""
    asked = plural_head(context.question)
    nouns = closing_nouns(context, *asked) if asked else []
    named = named_row(context) if nouns else None
    candidates = [candidate for candidate in context.candidates
                  if named is None or candidate.hit.chunk.program == named[0].program][:NOUN_LIST_CANDIDATES]
    if names_kind(context, nouns):  # Which countries will the ministry expand talent exchange with? 擴大與[東協]國家的…
        candidates = candidates[:1]
    return next((found for noun in nouns if (found := best_enumeration(context, candidates, noun, closed=True))),
                None) or next((found for noun in nouns if (found := best_enumeration(context, candidates[:1], noun))
                               and each_names(found.answer.split("、"), noun)), None)


def asks_means_by_verb(question: Question, after: str) -> bool:
    """Whether a how-question's interrogative stands before the verb of the means it asks for (靠什麼減少…損失): the
    words after it open with a verb, or with a verbal noun no verb follows (靠什麼突破摩爾定律), not with a noun
    (透過什麼機制推動)."""
    tags = [tag for _, tag in tagged_words(after)]
    return question.how and bool(tags) and (tags[0] == "v" or tags[0] == "vn" and "v" not in tags[1:])


def answer(context: Context) -> Extraction | None:
    if not CJK_CHAR.search(context.question.text):
        return None
    asked = fold(context.question.text).rstrip("？?。!！ ")
    wh = WH_WORD.search(asked)
    after = asked[wh.end():] if wh else ""
    noun = after.lstrip("的")[:2]
    if (len(noun) < 2 or not CJK_CHAR.fullmatch(noun[0]) or asks_means_by_verb(context.question, after)
            or opens_no_noun(after)):  # 把什麼[再]利用
        return None
    alone: Candidate | None = None  # the first sentence naming the noun outside any list
    for candidate in context.top:
        if alone is not None and candidate.coverage < alone.coverage:
            return None
        text = candidate.sentence.text
        spans = [(start, end, names(noun, text, start, end)) for start, end, _ in enumerations(text)]
        if alone is None and noun in fold(text) and not any(listed for _, _, listed in spans):
            alone = candidate
        for start, end, listed in spans:
            if not names_item(context.question.text, text[start:end]):
                if listed:
                    return narrowed(context, context.span(candidate, start, end))
                continue
            named_class = CLASS_AFTER.match(text, end)
            at = fold(named_class.group(1)).find(noun) if named_class else -1
            if at >= 0:
                return context.span(candidate, named_class.start(1), named_class.start(1) + at + len(noun))
    return None
