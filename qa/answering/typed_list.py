"""'發展什麼衛星' when no sentence repeats the question's words: an enumeration whose items are the asked noun
(高解析度光學遙測衛星星系、…、合成孔徑雷達衛星星系); when the question itself lists the items or names one, the
class the plan puts them in (5G、物聯網、金融科技屬於哪一類科技 → …等[新興數位科技]); for English 'What Ns does X V?',
a list of three or more items a translation of N closes (…及「落實應用」等任務 for What tasks…)."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.enumeration import NOUN_LIST_CANDIDATES, best_enumeration, enumerations, narrowed
from qa.answering.slot import EN_WHAT_NOUN, WH_WORD
from qa.answering.spans import restates
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.text import CJK_CHAR, fold, tagged_words

ITEM_BREAK = re.compile(r"[、及与和]|等")
MIN_ITEM_CHARS = 4  # an item named whole, not a word items share (科技)
CLASS_AFTER = re.compile(r"等+([^，,。；;：:、]{0,12})")


def names_item(question: str, enumeration: str) -> bool:
    """Whether the question lists the enumeration's items itself, or names one of them whole (推動下世代半導體是屬於
    什麼樣的研發 of 下世代半導體、前瞻資安研究、高效低軌通訊衛星等新興科技研發)."""
    asked = fold(question)
    return restates(question, enumeration) or any(
        len(item) >= MIN_ITEM_CHARS and item in asked for item in ITEM_BREAK.split(fold(enumeration)))


def english_closed_list(context: Context) -> Extraction | None:
    """For 'What Ns does X V?' with N plural, the best-ranked list of three or more items that a noun translating N
    closes (等任務), in the top candidates."""
    what = EN_WHAT_NOUN.match(context.question.text.strip())
    head = what.group(1).split()[-1].lower() if what else ""
    stems = english_stems(head) if head.endswith("s") and not head.endswith("ss") else []
    nouns = [term for term in context.index.glossary.terms_of(stems[0])[:TRANSLATIONS_PER_WORD]
             if tagged_words(term)[0][1].startswith("n")] if stems else []
    candidates = context.candidates[:NOUN_LIST_CANDIDATES]
    return next((found for noun in nouns if (found := best_enumeration(context, candidates, noun, closed=True))), None)


def answer(context: Context) -> Extraction | None:
    if not CJK_CHAR.search(context.question.text):
        return english_closed_list(context)
    asked = fold(context.question.text).rstrip("？?。!！ ")
    wh = WH_WORD.search(asked)
    noun = asked[wh.end():].lstrip("的")[:2] if wh else ""
    if len(noun) < 2 or not CJK_CHAR.fullmatch(noun[0]):
        return None
    for candidate in context.top:
        text = candidate.sentence.text
        for start, end, _ in enumerations(text):
            if not names_item(context.question.text, text[start:end]):
                if noun in fold(text[start:end]):
                    return narrowed(context, context.span(candidate, start, end))
                continue
            named_class = CLASS_AFTER.match(text, end)
            at = fold(named_class.group(1)).find(noun) if named_class else -1
            if at >= 0:
                return context.span(candidate, named_class.start(1), named_class.start(1) + at + len(noun))
    return None
