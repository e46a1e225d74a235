"""How-many / how-much / when questions: the number, amount or date with the words it counts."""
from __future__ import annotations

import re
from functools import lru_cache

from qa.answering import enumeration, field_values, slot
from qa.answering.base import Candidate, Context, Extraction
from qa.answering.spans import CLAUSE
from qa.answering.subjects import loosely_named, named_program
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.question import Expects, Question
from qa.question.forms import (AMOUNT_NOUNS, COUNT_CLASSIFIERS, MEASURE, PART_NOUNS, PERSON_COUNT,
                               THING_CLASSIFIERS)
from qa.text import compact, fold, has_cjk, words

FACT_MAX_CHARS = 30
COUNTED_WINDOW = 8  # how far after a count the noun it counts may end (8 個[實驗研究單位])
# 2,000, 8.75, 10 萬, 1 萬 5,000, 12 億 3,000 萬: digits with their separators and magnitudes
ARABIC = r"\d[\d,]*(?:\.\d+)?(?:\s*亿(?:\s*\d[\d,]*\s*万)?|\s*万(?:\s*\d[\d,]*)?)?"
NUMERAL = rf"(?:{ARABIC}|[一二两三四五六七八九十百千]+)"
CARDINAL = r"(?<![第\d,一二两三四五六七八九十百千])" + NUMERAL  # 第六座 is an ordinal, no count
YEAR_RANGE = r"\d{2,4}\s*年度?\s*(?:至|到|~|～|-)\s*\d{2,4}\s*年"  # 110 年至 113 年
# a date asked as when something starts, ends or runs (從什麼時候開始, 到哪一年結束, When does X end / run?): a range of
# years says it
BOUND_ASKED = re.compile(r"开始|起始|启动|结束|截止|到期|为止|到哪一?年|期间|期程|执行"
                         r"|\b(?:start|begin|end|finish|expire|run|cover|last|span)[a-z]*\b")  # when X runs: its years
FACT_PATTERNS = {
    Expects.amount: re.compile(rf"{ARABIC}\s*(?:千|百)?\s*(?:元|圆)|新台币|nt\$|\$\s*\d"),
    Expects.count: re.compile(CARDINAL + rf"\s*[{COUNT_CLASSIFIERS}{THING_CLASSIFIERS}]"),
    # a month or day, a time, a duration, or a calendar or ROC year that something happens by (預計 114 年完工)
    Expects.date: re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月|(?<![\d.])(?:1\d\d|20\d\d)\s*年\s*(?:底|初|前|以前|之前|起|"
                             r"开始|完成|完工|启用|上线|落成|达成|发射|营运|为止)"
                             r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*[点时:]\s*\d{0,2}\s*分?"
                             r"|\d+\s*(?:分钟|小时|天|个月|周)"),
    # a range of years (110 年至 113 年), or a duration: a number of years that is no year and no ordinal (12 年一貫)
    Expects.period: re.compile(rf"{YEAR_RANGE}"
                               r"|(?<![\d第])(?:\d{1,2}|[一二两三四五六七八九十]+)\s*个?年(?!度|级|代|[轻龄])"),
    Expects.person: re.compile(r"(?:部长|次长|主委|主任委员|院长|局长|署长|执行长)\s*[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}\s*(?:部长|主委|院长|局长|署长)"),
}


# a number before the noun it counts, with a classifier or Arabic digits (8 個實驗研究單位, 三大研究重點), or a Chinese
# numeral right before it (二分項): not a year, a phase, a zone (東一區) or a measure (20 公尺道路工程), nor a numeral
# inside a name (二林園區各項工程)
NUMBER_BEFORE_NOUN = (rf"(?:{CARDINAL}\s*[个项类种大][\u4e00-\u9fff]{{0,6}}?"
                      rf"|(?<![第\d,])\d[\d,]*(?!\s*(?:[年月日期区%]|公[尺里顷分]))\s*[\u4e00-\u9fff]{{0,6}}?|{CARDINAL})")
# 幾個[分項]: its last word is counted
COUNTED = re.compile(rf"(?:几|多少)[个项类种大{THING_CLASSIFIERS}处]?([\u4e00-\u9fff]{{2,8}}?)[呢吗]*(?:[？?。]|$)")
COUNTED_PART = re.compile(rf"(?<!哪)(?:几|多少)[个项大条]?({PART_NOUNS})")  # 幾個[策略], 幾大[面向]
COUNTED_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?)(?:一共|总共|共)?有?(?:几|多少)[个项类种大{THING_CLASSIFIERS}处]?"
                            r"[呢吗]*(?:[？?。]|$)")
SPECIFIC_CLASSIFIER = re.compile(rf"(?:几|多少)([{THING_CLASSIFIERS}座所家件篇场次处])")  # a classifier of one kind of thing
MEASURED = re.compile(CARDINAL + r"\s*(?:平方)?(?:公里|公尺|公分|公顷|米|公吨|吨|千瓦|瓩|km)")  # 120 公里 for 多長
# how much of something is paid (保費補助多少): a sum, or a share (二分之一, 30%) — a budget is a sum
SUM_OR_SHARE = re.compile(FACT_PATTERNS[Expects.amount].pattern
                          + r"|[\d一二三四五六七八九十]+\s*分之\s*[\d一二三四五六七八九十]+|百分之|\d+(?:\.\d+)?\s*%")
BOUNDED_DATE = re.compile(f"{FACT_PATTERNS[Expects.date].pattern}|{YEAR_RANGE}")
FISCAL_ASKED = re.compile(r"(?:哪|什么|几)[一个]?年度|\b(?:which|what)\s+(?:fiscal|budget)\s+year\b")  # 哪一年度
FISCAL_YEAR = re.compile(r"(?<![\d.])\d{2,3}\s*年度")  # 110 年度: a fiscal year, as the plan writes it
# how much something rises or falls (火災死亡人數要降低多少, 普及率要提高多少): a share, or a number with its unit
CHANGE_ASKED = re.compile(r"(增加|减少|降低|提高|提升|下降|上升|增长|成长)(?:了|到)?多少")
CHANGE = re.compile(f"{SUM_OR_SHARE.pattern}|{FACT_PATTERNS[Expects.count].pattern}|{MEASURED.pattern}")
DATE_IN_QUESTION = re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日")  # a date a fact is asked at
EN_COUNTED = re.compile(r"\bhow many ([a-z][a-z-]*[a-z])\b")  # the word an English count question counts
HEADCOUNT = re.compile(rf"(?:{ARABIC}|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:人|位|名)")


def fact_pattern(question: Question) -> re.Pattern[str] | None:
    """What the fact asked for looks like; a count of people (人數, how many employees) must count people, a
    count of a noun may be a number before that noun without a classifier (幾個分項: 二分項), how much something rises
    or falls is a share or a number with its unit, when something starts or ends may be said by a range of years, and
    a fiscal year asked for (哪一年度) is one the plan writes as such (110 年度)."""
    folded = fold(question.text)
    if CHANGE_ASKED.search(folded) and not AMOUNT_NOUNS.search(folded):
        return CHANGE
    if question.expects is Expects.count:
        return count_pattern(folded)
    if question.expects is Expects.amount and not AMOUNT_NOUNS.search(folded):
        return SUM_OR_SHARE
    if question.expects is Expects.date and FISCAL_ASKED.search(folded):
        return FISCAL_YEAR
    if question.expects is Expects.date and BOUND_ASKED.search(folded):
        return BOUNDED_DATE
    return FACT_PATTERNS.get(question.expects)


def counted_phrase(folded: str) -> str:
    """The words a count question counts: after its 幾 (幾條[光束線實驗設施]), else before a closing 有幾項
    (二林園區的[工程]一共有幾項); '' for none."""
    counted = COUNTED.search(folded) or COUNTED_BEFORE.search(folded)
    return counted.group(1) if counted else ""


def counted_noun(folded: str) -> str:
    """The noun a count question counts (幾個[分項], 幾大[方略]): the last word of its counted phrase, or ''."""
    return next(iter(words(counted_phrase(folded))[-1:]), "")


@lru_cache(maxsize=1024)
def count_pattern(folded: str) -> re.Pattern[str]:
    """The pattern of a count the (folded) question asks for, read once per question: the evidence of each candidate
    is checked against it."""
    if PERSON_COUNT.search(folded):
        return HEADCOUNT
    if MEASURE.search(folded):
        return MEASURED
    noun = counted_noun(folded)
    classifier = SPECIFIC_CLASSIFIER.search(folded)  # 幾顆衛星: 8 個單位 counts no satellites
    counts = re.compile(rf"{CARDINAL}\s*{classifier.group(1)}") if classifier else FACT_PATTERNS[Expects.count]
    if noun:
        return re.compile(f"{counts.pattern}|{NUMBER_BEFORE_NOUN}{re.escape(noun)}")
    return counts


def part_count(question: Question) -> re.Pattern[str] | None:
    """For a count of a thing's parts (產學研鏈結計畫用了幾個策略), which the outline kind reads from headings where a
    heading is named, the number the text puts before the part noun (以[三大策略]進行推動); None for other questions."""
    counted = COUNTED_PART.search(fold(question.text)) if has_cjk(question.text) else None
    return re.compile(f"{NUMBER_BEFORE_NOUN}{re.escape(counted.group(1))}") if counted else None


def asks_fact(question: Question) -> bool:
    return (question.expects in FACT_PATTERNS or part_count(question) is not None
            or bool(CHANGE_ASKED.search(fold(question.text))))


def has_expected_fact(context: Context) -> bool:
    """False when the question needs an amount, count, date, period or person that no sentence it may come from
    states, nor, for a count, lists or the table's values give (幾個管理局)."""
    pattern = fact_pattern(context.question)
    return (pattern is None or bool(stating(context, pattern)) or listed(context) is not None
            or context.question.expects is Expects.count and field_values.asks_values(context.question))


def counted_nouns(context: Context) -> list[str]:
    """The nouns a count question counts: a Chinese question's own (幾大[方略]), an English one's translated (How many
    [goals]: 目標)."""
    folded = fold(context.question.text)
    if has_cjk(folded):
        return [noun] if (noun := counted_noun(folded)) else []
    counted = EN_COUNTED.search(folded)
    stems = english_stems(counted.group(1)) if counted else []
    return context.index.glossary.terms_of(stems[0])[:TRANSLATIONS_PER_WORD] if stems else []


def listed(context: Context) -> Extraction | None:
    """A count the plan does not state but lists (光子源計畫要建幾條光束線: 建置奈米 X 光顯微術、…、高解析 X 光光譜等光束線
    實驗設施): among the top sentences, the enumeration of three or more items the counted noun phrase, or else its
    last word, closes, counted."""
    if context.question.expects is not Expects.count:
        return None
    folded = fold(context.question.text)
    nouns = (dict.fromkeys(noun for noun in (counted_phrase(folded), counted_noun(folded)) if noun)  # 光束線實驗設施, 設施
             if has_cjk(folded) else dict.fromkeys(counted_nouns(context)))  # How many beamlines…: the plan's terms
    found = next((found for noun in nouns
                  if (found := enumeration.best_enumeration(context, context.top, noun, closed=True))), None)
    if found is None:
        return None
    found.items = found.items or listed_items(found.answer)
    found.count = len(found.items)
    return found


def listed_items(text: str) -> list[str]:
    """A list's items, split at 、 and conjunctions outside quotation marks (「微生物及其副產物應用」 is one item), each
    without the marks that quote it whole."""
    items = re.split(rf"(?:、|{enumeration.CONJUNCTION.pattern})(?=[^「」]*(?:「|$))", text)
    return [item[1:-1] if item.startswith("「") and item.endswith("」") else item for item in items]


def stating(context: Context, pattern: re.Pattern[str]) -> list[Candidate]:
    """The sentences that state the fact asked for, best first: of the top candidates and the rest of the best one's
    program row, or, when the question names a program, of that program's row or naming it (低軌衛星計畫要執行幾年 is
    not answered by another plan's period)."""
    named = named_program(context) or loosely_named(context)
    if named is None:  # and the rest of the best sentence's row: What is the budget of …? (三、本方案…經費 12 億元)
        best = context.best.hit.chunk
        rest = context.candidates[len(context.top):] if best.kind == "program" else []
        pool = context.top + [candidate for candidate in rest if candidate.hit.chunk.id == best.id]
    else:
        row, name = named
        pool = [candidate for candidate in context.candidates
                if candidate.hit.chunk.id == row.id or compact(name) in compact(fold(candidate.sentence.text))]
    return [candidate for candidate in pool if pattern.search(fold(candidate.sentence.text))]


def dated_at(candidate: Candidate, dates: set[str], change: str = "") -> int:
    """Where a date the question gives (110 年 12 月) ends in the candidate's sentence, else the verb of the change it
    asks about (降低 of 火災死亡人數要降低多少: 降低 10%, not the sentence's first count); 0 without either."""
    text = fold(candidate.sentence.text)
    dated = next((found.end() for found in DATE_IN_QUESTION.finditer(text) if compact(found.group(0)) in dates), 0)
    return dated or (text.find(change) + len(change) if change and change in text else 0)


def counts_noun(text: str, count: re.Match[str], nouns: list[str]) -> bool:
    """Whether a count found in a (folded) sentence counts one of the asked nouns: one stands in its words right
    after it (六大[關鍵技術研發], 8 個[實驗研究單位]), not only further on."""
    after = text[count.start():count.end() + COUNTED_WINDOW]
    return any(noun in after for noun in nouns)


def answer(context: Context) -> Extraction | None:
    pattern = fact_pattern(context.question) or part_count(context.question)
    if pattern is None:
        return None
    nouns = [noun for noun in counted_nouns(context) if len(noun) >= 2] if context.question.expects is Expects.count \
        else []  # a one-character translation counts too much
    counted = re.compile(rf"{CARDINAL}\s*[个项类种大]?(?:{'|'.join(map(re.escape, nouns))})") if nouns else None
    dates = {compact(date) for date in DATE_IN_QUESTION.findall(fold(context.question.text))}
    budget = context.question.expects is Expects.amount and bool(AMOUNT_NOUNS.search(fold(context.question.text)))
    changed = CHANGE_ASKED.search(fold(context.question.text))
    change = changed.group(1) if changed else ""

    def fitness(candidate: Candidate) -> tuple[bool, bool]:
        """The sentences of the date or change asked about first, and for a budget those naming one (經費 18 億元, not
        補助 1 萬元)."""
        return (not dated_at(candidate, dates, change),
                budget and not AMOUNT_NOUNS.search(fold(candidate.sentence.text)))

    for candidate in sorted(stating(context, pattern), key=fitness):
        text, folded = candidate.sentence.text, fold(candidate.sentence.text)
        at = dated_at(candidate, dates, change)  # 110 年 12 月底前要完成幾處: the sentence of that date, after the date
        match = ((counted and counted.search(folded, at)) or pattern.search(folded, at)
                 or (counted and counted.search(folded)) or pattern.search(folded))
        if match and nouns and not counts_noun(folded, match, nouns) and (found := listed(context)):
            return found  # 幾個產業鏈關鍵技術: the items the plan lists as such, not its 3 大研究重點
        if match:  # 三大願景…三大方略 for 幾大方略: the count right before the noun asked about, wherever it stands
            clause_end = next((m.end() for m in CLAUSE.finditer(text) if m.end() > match.start()), len(text))
            if context.question.expects is Expects.count:  # 8 個實驗研究單位[之大型研發平臺…]: what it counts qualifies
                joint = slot.JOINT.search(folded, match.end(), clause_end)
                clause_end = joint.start() if joint else clause_end
            return context.trimmed(candidate, match.start(), min(clause_end, match.start() + FACT_MAX_CHARS))
    return listed(context)
