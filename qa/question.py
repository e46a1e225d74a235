"""Question analysis: language/script, what kind of answer is asked for, and the content terms to match.

Patterns describe how people ask (interrogatives and answer types) in Traditional, Simplified and English; they are
matched on folded (Simplified, lower-case) text, so each pattern is written once, in Simplified.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from qa.text import converter, fold, has_cjk, tokenize


class Asks(str, Enum):
    program = "program"
    agency = "agency"
    category = "category"
    enumeration = "list"
    general = "general"


class Expects(str, Enum):
    """The kind of fact a question needs; a passage without one cannot answer it."""

    anything = "anything"
    amount = "amount"
    count = "count"
    person = "person"
    date = "date"
    period = "period"


ASKS_PATTERNS: list[tuple[Asks, re.Pattern[str]]] = [
    (Asks.category, re.compile(r"类别|什么类|哪一?类|哪种类|属于.{0,4}(公共建设|科技发展)|(公共建设|科技发展)还是|category|what (kind|type) of (program|plan|project)")),
    (Asks.agency, re.compile(r"哪[个一]?(单位|机关|机构|部会|组织|法人|中心|管理局)|由谁|谁(负责|执行|推动|主办|办理)|主[管办]机关|执行单位"
                             r"|which (agency|unit|organi[sz]ation|institut\w*|body|office|authority|administration)\b|who (runs|is responsible|carries|implements|manages|leads)\b")),
    (Asks.program, re.compile(r"哪[个一项些]*(计划|计画|项目|方案)|哪[个一项些]*[\u4e00-\u9fff]{1,6}?(计划|计画|方案)|什么(计划|计画|方案)|何(计划|计画)|属于哪|是哪一?项|哪一项"
                              r"|(有没有|有无|是否有|有什么|有哪).{0,40}(计划|计画|方案)"
                              r"|which (program|programme|plan|project|initiative|scheme)s?\b|what (program|programme|plan|project|initiative)s?\b")),
    (Asks.enumeration, re.compile(r"哪些|哪几|哪[二三四五六七八九十两]+[大项个类种样方面阶段部分]|几大|有哪|列出|包[括含]什么"
                                  r"|[二三四五六七八九十两][大项个类种]\S{0,8}(是什么|是哪|为何|有什么)"
                                  r"|what are the|which are the|list the|name the|what (two|three|four|five|six) ")),
]
EXPECTS_PATTERNS: list[tuple[Expects, re.Pattern[str]]] = [
    (Expects.amount, re.compile(r"预算|经费|费用?.{0,3}(多少|几)|多少钱|金额|价[格钱]|薪[资水]|(增加|减少|编列|投入)多少|几亿|几万"
                                r"|[领拿付赚借花]多少|利率|how much|budget|cost|fund(ing|s)? (amount|total)|spend|fee|price|salary|interest rate")),
    (Expects.count, re.compile(r"几[位名个人家所项件座次场篇]|多少[位名个人家所项件座次场篇]|人数|how many|number of")),
    (Expects.person, re.compile(r"谁是|是谁|部长|首长|主委|院长|局长|姓名|名字|who is|who was|minister|director|chairman|head of|name of the")),
    (Expects.period, re.compile(r"哪几年|几年|期间|期程|起讫|which years|what period|how many years")),
    (Expects.date, re.compile(r"何时|什么时候|哪一?天|几月|几点|哪一?年|日期|多久|多长时间|when |what time|what date|which year|deadline|how long")),
]
QUESTION_WORDS = re.compile(
    r"哪[个一些项几]*|什么|甚么|如何|怎么样?|怎样|为什么|为何|是否|有没有|有无|请问|我想知道|想知道|想问|告诉我|吗|呢|么|吧"
    r"|[的了是在由被把将会要能可对于与和及或之其]|这|那|有|个|项")
PREAMBLE = re.compile(r"^(?:(?:我|我們|我们)?(?:想|要)?(?:請問|请问|想知道|想問|想问|知道)|請告訴我|请告诉我|告訴我|告诉我)[\s，,：:]*"
                      r"|^(?:please\s+)?(?:tell me|i (?:want|would like|'d like) to know)\s*,?\s*", re.IGNORECASE)
EXISTENCE = re.compile(r"^(?:有沒有|有没有|是否有|有無|有无)")
NUMBER_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class Question:
    """What the answerer needs to know about a question."""

    text: str
    lang: str
    asks: Asks
    expects: Expects
    terms: list[str] = field(default_factory=list)
    count: int | None = None
    how: bool = False
    query: str = ""
    why: bool = False


def detect_lang(text: str) -> str:
    """'en' without CJK characters; 'zh-Hans' when folding to Simplified changes nothing but the text has
    characters that differ between scripts; else 'zh-Hant'."""
    if not has_cjk(text):
        return "en"
    if converter("t2s").convert(text) != text:
        return "zh-Hant"
    return "zh-Hans" if converter("s2t").convert(text) != text else "zh-Hant"


def search_query(text: str) -> str:
    """The question without a conversational preamble (請問, 我想知道, tell me…) or a leading 有沒有: the words
    that carry its meaning, which is what the embedding should compare with the plan's sentences."""
    stripped = EXISTENCE.sub("", PREAMBLE.sub("", text.strip()))
    return stripped if len(stripped) >= 2 else text


def content_terms(text: str) -> list[str]:
    """Folded CJK bigrams and Latin words of the question, without interrogatives and particles."""
    folded = QUESTION_WORDS.sub(" ", fold(text))
    return [token for token in tokenize(folded) if len(token) > 1 or not has_cjk(token)]


def analyse(text: str, translate: Callable[[str], list[str]] | None = None) -> Question:
    """What a question asks and expects, and its content terms: for a question without CJK characters, the terms
    of its Chinese translation when `translate` (the index glossary's) finds any."""
    folded = fold(text)
    asks = next((kind for kind, pattern in ASKS_PATTERNS if pattern.search(folded)), Asks.general)
    expects = next((kind for kind, pattern in EXPECTS_PATTERNS if pattern.search(folded)), Expects.anything)
    count_match = re.search(r"([两二三四五六七八九十])[大项个类种样方面阶段部分]|\b(two|three|four|five|six)\b", folded)
    count = NUMBER_WORDS.get(count_match.group(1) or count_match.group(2)) if count_match else None
    how = bool(re.search(r"如何|怎么|怎样|透过什么|通过什么|以什么方式|\bhow\b", folded))
    why = bool(re.search(r"为什么|为何|何以|目的是?什么|什么目的|\bwhy\b|\bwhat for\b|\bpurpose\b", folded))
    translated = " ".join(translate(text)) if translate and not has_cjk(text) else ""
    return Question(text, detect_lang(text), asks, expects, content_terms(translated or text), count, how,
                    search_query(text), why)
