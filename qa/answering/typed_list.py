"""'發展什麼衛星' when no sentence repeats the question's words: an enumeration whose items are the asked noun
(高解析度光學遙測衛星星系、…、合成孔徑雷達衛星星系); when the question itself lists the items, the class the plan
puts them in (5G、物聯網、金融科技屬於哪一類科技 → …等[新興數位科技])."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.enumeration import enumerations
from qa.answering.slot import WH_WORD
from qa.answering.spans import restates
from qa.text import CJK_CHAR, fold

CLASS_AFTER = re.compile(r"等+([^，,。；;：:、]{0,12})")


def answer(context: Context) -> Extraction | None:
    asked = fold(context.question.text).rstrip("？?。!！ ")
    wh = WH_WORD.search(asked)
    noun = asked[wh.end():].lstrip("的")[:2] if wh else ""
    if len(noun) < 2 or not CJK_CHAR.fullmatch(noun[0]):
        return None
    for candidate in context.top:
        text = candidate.sentence.text
        for start, end, _ in enumerations(text):
            if not restates(context.question.text, text[start:end]):
                if noun in fold(text[start:end]):
                    return context.span(candidate, start, end)
                continue
            named_class = CLASS_AFTER.match(text, end)
            at = fold(named_class.group(1)).find(noun) if named_class else -1
            if at >= 0:
                return context.span(candidate, named_class.start(1), named_class.start(1) + at + len(noun))
    return None
