"""'發展什麼衛星' when no sentence repeats the question's words: an enumeration whose items are the asked noun
(高解析度光學遙測衛星星系、…、合成孔徑雷達衛星星系); when the question itself lists the items or names one, the
class the plan puts them in (5G、物聯網、金融科技屬於哪一類科技 → …等[新興數位科技])."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.enumeration import enumerations, narrowed
from qa.answering.slot import WH_WORD
from qa.answering.spans import restates
from qa.text import CJK_CHAR, fold

ITEM_BREAK = re.compile(r"[、及与和]|等")
MIN_ITEM_CHARS = 4  # an item named whole, not a word items share (科技)
CLASS_AFTER = re.compile(r"等+([^，,。；;：:、]{0,12})")


def names_item(question: str, enumeration: str) -> bool:
    """Whether the question lists the enumeration's items itself, or names one of them whole (推動下世代半導體是屬於
    什麼樣的研發 of 下世代半導體、前瞻資安研究、高效低軌通訊衛星等新興科技研發)."""
    asked = fold(question)
    return restates(question, enumeration) or any(
        len(item) >= MIN_ITEM_CHARS and item in asked for item in ITEM_BREAK.split(fold(enumeration)))


def answer(context: Context) -> Extraction | None:
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
