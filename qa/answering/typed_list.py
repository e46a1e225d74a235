"""'發展什麼衛星' when no sentence repeats the question's words: an enumeration whose items are the asked noun
(高解析度光學遙測衛星星系、…、合成孔徑雷達衛星星系)."""
from __future__ import annotations

from qa.answering.base import Context, Extraction
from qa.answering.enumeration import enumerations
from qa.answering.slot import WH_WORD
from qa.text import CJK_CHAR, fold


def answer(context: Context) -> Extraction | None:
    asked = fold(context.question.text).rstrip("？?。!！ ")
    wh = WH_WORD.search(asked)
    noun = asked[wh.end():].lstrip("的")[:2] if wh else ""
    if len(noun) < 2 or not CJK_CHAR.fullmatch(noun[0]):
        return None
    for candidate in context.top:
        text = candidate.sentence.text
        for start, end, _ in enumerations(text):
            if noun in fold(text[start:end]):
                return context.span(candidate, start, end)
    return None
