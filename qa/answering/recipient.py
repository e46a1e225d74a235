"""Whom a program acts on (射月計畫補助的對象是誰, 補助哪些對象, 補助誰 (來…), Whom does X subsidize?): the noun phrase the plan
puts after the asked verb (本部補助[學研團隊]執行…), not the row's agency nor a body inside another clause."""
from __future__ import annotations

import re

from qa.answering.base import Candidate, Context, Extraction
from qa.answering.slot import GIVING_VERBS
from qa.answering.subjects import named_row
from qa.crosslingual import TRANSLATIONS_PER_WORD, bigrams, english_stems
from qa.question import Question
from qa.text import fold, has_cjk, tagged_words, word_boundaries

RECIPIENT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:的)?对象(?:是|为|有)?(?:谁|哪些|什么|何者|哪[个类种]?)"
                       r"|([\u4e00-\u9fff]{2,4}?)(?:哪些|什么|哪[一几]?[个类种位所家])(?:对象|单位|机构|团队)(?!的)"
                       r"|([\u4e00-\u9fff]{2,4}?)谁(?:[呢啊]?[？?。]?$|(?=[来去][\u4e00-\u9fff]))")  # 補助誰(來延攬…)
EN_RECIPIENT = re.compile(r"^\s*(?:who|whom|(?:which|what)\s+(?:[a-z-]+\s+)?(?:groups?|people|teams?|institutions?|"
                          r"schools?|universities|organi[sz]ations?|units?|recipients?|targets?))\s+"
                          r"(?:does|do|did|will|would|should)\s+.+?\s+([a-z]+)\s*[?.!]*\s*$", re.IGNORECASE)
FUNDS_GIVEN = re.compile(r"(?:钱|经费|资金|补助款|补助金|奖金|奖助金)(?:会|要|是|都|主要)?(?:发|拨|分配|提供)?给"
                         r"(?:谁|哪些|什么|哪[一几]?[个类种些位所家])")  # X 的錢給誰: whom it funds
FUNDING_VERBS = ["补助", "资助", "奖助", "奖励", "补贴"]
MONEY_EN = r"(?:money|funding|funds|grants?|subsid(?:y|ies)|awards?)"
EN_FUNDS = re.compile(rf"^\s*(?:who|which\s+[a-z-]+)\s+(?:gets?|receives?|(?:is|are)\s+given)\s+(?:the\s+)?{MONEY_EN}\b"
                      rf"|\b(?:give|gives|award|awards|grant|grants)\s+(?:its\s+|the\s+)?{MONEY_EN}\s+to\s*[?.!]*\s*$",
                      re.IGNORECASE)
GIVEN_TO = re.compile(r"(?:提供|给予|供给|给)(?P<thing>[^，,？?。谁]{2,16}?)给(?:谁|哪些人|哪些对象|什么人)"
                      r"|(?:提供|给予|供给|给)(?:谁|哪些人|什么人)(?P<after>[^，,？?。]{2,16})")  # 提供 Y 給誰, 給誰 Y
EN_GIVEN_TO = re.compile(r"^\s*(?:who|whom)\s+(?:does|do|did|will|would|should|can)\s+.+?"
                         r"\b(?:give|provide|offer|grant)s?\s+(?P<thing>.+?)\s+(?:to|for)\s*[?.!]*\s*$",
                         re.IGNORECASE)  # Who does X give Y to?
NOMINAL_TAGS = ("n", "vn", "a", "b", "t", "m", "q", "j", "eng", "s")  # s: 國內[學者]
JOINERS = ("及", "与", "和", "、", "或", "之", "的")
DETERMINERS = ("各", "每", "所有", "全体")  # open a noun phrase (補助[各大專校院…])
MODIFIER_WINDOW = 6  # a verb followed this soon by 之/的 qualifies the noun after it (經行政院核定準用之[研究機構])
MAX_RECIPIENT_CHARS = 24
CANDIDATES = 6  # of the best passage, searched for the question's own verb; a translated one only in the best
CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")


def chinese_verbs(question: Question) -> list[str]:
    """The verbs whose object a question asks for in the plan's words: a Chinese question's own (asked_verb), and for
    money given to whom (X 的經費給誰, 獎金發給誰, Who gets the money from X?) the verbs a plan funds with."""
    own = [verb] if (verb := asked_verb(question)) else []
    return own + FUNDING_VERBS if asks_funds(question) else own


def asks_funds(question: Question) -> bool:
    """Whether the question asks whom money is given to (X 的錢給誰, Who gets the money from X?)."""
    return bool(FUNDS_GIVEN.search(fold(question.text)) or EN_FUNDS.search(question.text))


def asked_verb(question: Question) -> str | None:
    """The verb whose object a Chinese question asks for (補助 of 補助的對象是誰, 補助哪些對象, 補助誰), when the words
    before its 對象 or interrogative end in one; None otherwise, and when the body asked for owns the object
    (整合哪個單位的資源: whose resources, not whom)."""
    folded = fold(question.text).strip()
    found = RECIPIENT.search(folded)
    if not found:
        return None
    end = next(found.end(group) for group in (1, 2, 3) if found.group(group))
    tagged = tagged_words(folded[:end])
    if not tagged or tagged[-1][1] not in ("v", "vn") or len(tagged[-1][0]) < 2:
        return None
    return tagged[-1][0]


def english_verb(question: Question) -> str | None:
    """The verb an English question asks the object of (Whom does X [subsidize]?, Which teams does X [fund]?)."""
    found = EN_RECIPIENT.match(question.text)
    stems = english_stems(found.group(1)) if found else []
    return stems[0] if stems else None


def given_thing(question: Question) -> str:
    """What a question asks whom it is given to (全球頂尖研究平臺 of 國研院要提供全球頂尖研究平臺給誰, world-class research
    platforms of Who does NARLabs want to give world-class research platforms to?), folded; '' for any other."""
    found = GIVEN_TO.search(fold(question.text)) or EN_GIVEN_TO.match(question.text)
    groups = found.groupdict() if found else {}
    return groups.get("thing") or groups.get("after") or ""


def asks_recipient(question: Question) -> bool:
    return bool(chinese_verbs(question)) or english_verb(question) is not None or bool(given_thing(question))


def verbs_asked(context: Context) -> list[str]:
    """The Chinese verb asked, or the verbs the glossary gives an English one (subsidize: 補助), best first."""
    verbs = chinese_verbs(context.question)
    if verbs:
        return verbs
    stem = english_verb(context.question)
    terms = context.index.glossary.terms_of(stem)[:TRANSLATIONS_PER_WORD] if stem else []
    return [term for term in terms if len(term) >= 2 and tagged_words(term)[0][1] in ("v", "vn")]


def object_after(folded: str, start: int) -> int | None:
    """The end of the noun phrase that opens at `start` (學研團隊 before 執行), through the clauses that qualify its
    noun (經行政院核定準用之研究機構); None when it does not open with a noun or ends in none."""
    clause_end = next((m.start() for m in CLAUSE_BREAK.finditer(folded, start)), len(folded))
    position, end = start, None
    for word, tag in tagged_words(folded[start:clause_end]):
        after = position + len(word)
        opener = word.isspace() or word in DETERMINERS or tag == "m"  # 各, a number: they open it, no noun ends it
        joined = end is not None and (word in JOINERS or tag.startswith("v") and bool(
            re.search("[之的]", folded[after:min(clause_end, after + MODIFIER_WINDOW)])))
        if tag.startswith(NOMINAL_TAGS) and not opener:
            end = after
        elif not (opener or joined):
            break
        position = after
        if position - start > MAX_RECIPIENT_CHARS:
            break
    return end if end is not None and end - start >= 2 else None


def verb_places(folded: str, verb: str) -> list[int]:
    """Where the verb stands as a word of its own acting on what follows: not inside a longer word, a name in
    brackets, a noun phrase it qualifies after a distinguishing word (總補助方式, 「重點補助大學研究中心」), or a noun
    itself after 的/之 (必要的訓練課程)."""
    places, position, previous, quoted = [], 0, ("", ""), 0
    for word, tag in tagged_words(folded):
        if word == verb and previous[1] != "b" and previous[0] not in ("的", "之") and quoted <= 0:
            places.append(position + len(word))
        position += len(word)
        previous = (word, tag)
        quoted += word.count("「") - word.count("」")
    return places


def searched(context: Context) -> list[Candidate]:
    """Where the object is looked for: the row of a program the question names, its ranked sentences first (射月計畫的
    錢給誰: 本部補助[學研團隊]… ranks below sentences about its talent); else the best passage's top candidates (only the
    best for a translated verb)."""
    named = named_row(context)
    if named is not None:
        row = set(context.row_sentences(named[0]))
        ranked = [candidate for candidate in context.candidates if candidate.sentence_id in row]
        seen = {candidate.sentence_id for candidate in ranked}
        return ranked + [context.unretrieved(sid) for sid in sorted(row - seen)]
    passage = context.best.hit.chunk.id
    top = context.candidates[:CANDIDATES if chinese_verbs(context.question) else 1]
    return [candidate for candidate in top if candidate.hit.chunk.id == passage]


def thing_terms(context: Context, thing: str) -> list[str]:
    """The words a given thing is written with in the plan: its bigrams, or its English words' translations."""
    if has_cjk(thing):
        return list(bigrams(thing))
    glossary = context.index.glossary
    return [term for stem in english_stems(thing) for term in glossary.terms_of(stem)[:TRANSLATIONS_PER_WORD]]


def given_to(context: Context, thing: str) -> Extraction | None:
    """Whom the plan gives a thing the question names: the words between a verb of giving and the first of the
    thing's words in the noun phrase after it, when most of the words after hold them (為提供[國內學者]全球頂尖之研究
    平臺, not 提供 8 個實驗|研究單位之大型研發平臺), in the first top sentence so written; None when none writes both."""
    terms = [term for term in thing_terms(context, thing) if len(term) >= 2]
    for candidate in context.top:
        folded = fold(candidate.sentence.text)
        if len(folded) != len(candidate.sentence.text):
            continue
        for start in sorted(start for verb in GIVING_VERBS for start in verb_places(folded, verb)):
            end = object_after(folded, start)
            starts = sorted(start + bound for bound in word_boundaries(folded[start:end])) if end else []
            cut = next((at for at in starts if any(folded.startswith(term, at) for term in terms)), None)
            cut = cut if cut is not None and cut - start >= 2 else None  # 提供[優質]研發環境: the thing, no one
            rest = [word for word, _ in tagged_words(folded[cut:end]) if len(word) >= 2] if cut else []
            if rest and sum(any(term in word for term in terms) for word in rest) * 2 > len(rest):
                recipient = folded[start:cut].rstrip("之的 ")
                return context.exact_span(candidate, start + len(recipient) - len(recipient.lstrip()),
                                          start + len(recipient))
    return None


def answer(context: Context) -> Extraction | None:
    """The object of an asked verb in the first sentence searched that has one (another passage's 服務能量 is no one
    served); for a thing given to whom, whom the plan gives it."""
    if thing := given_thing(context.question):
        return given_to(context, thing)
    verbs = verbs_asked(context)
    for candidate in searched(context):
        folded = fold(candidate.sentence.text)
        if len(folded) != len(candidate.sentence.text):
            continue
        for start in sorted(start for verb in verbs for start in verb_places(folded, verb)):
            end = object_after(folded, start)
            if end is not None:
                return context.exact_span(candidate, start, end)
    context.settled = asks_funds(context.question) and named_row(context) is not None  # its row funds no one: the plan does not say
    return None
