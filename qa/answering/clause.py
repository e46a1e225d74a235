"""The fallback answer: the clause of the best sentence that carries the question's terms without merely
restating it — for a what-noun question (用什麼方式…), one that has the noun asked about; for 'how' and 'why'
questions with the clauses before it, where Chinese prose states the means or the cause, or after it when it is a
purpose (為 Y，將 X) or the question asks why an action is to be done (為什麼要整合…: 並整合…，[提供…，實現…])."""
from __future__ import annotations

import re

import numpy as np

from qa.answering.base import WORDS_DECIDE_CANDIDATES, Candidate, Context, Extraction
from qa.answering.enumeration import numbered_items, semicolon_list
from qa.answering.purpose import asks_aim, purpose_marker, taking
from qa.answering.slot import ends_on_verb
from qa.answering.spans import CLAUSE, asked_noun, restated, restates, skip_numbering
from qa.answering.subjects import bodies_named, loosely_named, named_program, set_aside
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.question.forms import HOW
from qa.question.premise import ACTORS
from qa.romanisation import CAPITALISED
from qa.text import compact, fold, has_cjk, tagged_words, words

LONG_SENTENCE_CHARS = 60
HOW_CLAUSES = 2
ENDS_ASKING = re.compile(r"(?:什么|甚么|哪些)[？?。\s呢]*$")  # the comment asked for follows the topic restated
PURPOSE = re.compile(r"(?:[為为]了?|以期|以便)(?![何什])")
MIN_PLACE_CHARS = 3
WHERE = re.compile(r"哪里|哪儿|在哪|何处|什么地方|\bwhere\b")  # asks for a place
LOCATES = re.compile(r"(?:区域|地区|地点|场域|基地)(?:为|是|在)|位于|座落于|坐落于|设于|设在")  # says where
TOPIC_FRAME = re.compile(r"对于|针对|关于|面对|因应")  # 對於 X，[建立…]: what is done about X follows
OPENER_TAIL = re.compile(r"[，,]?\s*(?:包括|包含|如下|分述如下|計有|计有)?\s*[：:]\s*$")  # …，包括：
GENERIC_CLASS = re.compile(r"各項|各项|各類|各类|下列|以下|如下|多項|多项")  # an opener naming its items only as a class
CAUSE = re.compile(r"(?:为)?因应|由于|因为|鉴于|有鉴于")  # a clause so opened says what the next one answers to
MANNER_NOUNS = ("方式", "方法", "模式", "途径", "管道", "手段", "办法")  # 用什麼方式 is answered by any: 透過…兩種模式
HELD_MARGIN = 0.2  # the share of the question's weighted words another sentence must hold more to be read instead
MEANS = re.compile(r"透过|通过|借由|藉由|经由")  # a clause so opened states the means, whatever 為 follows it
MEANS_USED = re.compile(rf"(?:并|且|亦|另|也){{0,2}}(?:{MEANS.pattern}|运用|利用)")  # [並運用科學會議]連結…


def asked_nouns(context: Context) -> list[str]:
    """The noun a what-question asks about, as the plan may write it: itself, or an English noun's translations."""
    noun = context.question.noun
    if not noun or has_cjk(noun):
        found = asked_noun(noun)
        return list(MANNER_NOUNS) if found in MANNER_NOUNS else [found] if found else []
    stems = english_stems(noun)
    return context.index.glossary.terms_of(stems[-1])[:TRANSLATIONS_PER_WORD] if stems else []


def most_of_its_words(context: Context) -> Candidate:
    """Of the first few candidates, the one holding the most of the question's words weighted by their rarity (IDF),
    the best on a tie: what a how-question is about decides its sentence (the one that says 衝擊, not 因應…挑戰)."""
    named = [written for surfaces in bodies_named(context.question.text).values() for written in surfaces]
    tagged = tagged_words(fold(context.question.text))
    question_words = {word for n, (word, _) in enumerate(tagged) if len(word) >= 2
                      and not any(word in name for name in named) and not (n == 0 and word in ACTORS)}
    weighted = {term: weight for term, weight in zip(context.question.terms, context.weights) if term in question_words}

    def held(other: Candidate) -> float:
        text = fold(other.sentence.text)
        return sum(weight for term, weight in weighted.items() if term in text)

    best, most = context.best, max(context.candidates[:WORDS_DECIDE_CANDIDATES], key=held)
    return most if held(most) - held(best) >= HELD_MARGIN * sum(weighted.values()) else best


def in_order_to(clause: str) -> bool:
    """Whether a clause opens the purpose of what comes before it (以槓桿國際夥伴資源…, 俾使…, 期…), not 以 X 為 Y."""
    marker = purpose_marker(clause, 0)
    return bool(marker) and not taking(marker, clause[marker.end():])


def opens_purpose(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] says what something is for (為補助…, 用以獎勵…)."""
    return bool(PURPOSE.match(text, start)) or in_order_to(fold(text[start:end]))


def goal_verb(question: str) -> str:
    """The verb of what a how-question wants done (吸引 of 怎麼吸引國外使用者…), '' without one: a clause holding it
    states that goal, and the means the sentence opens with (藉由…) are how."""
    asked = HOW.search(fold(question))
    after = tagged_words(fold(question)[asked.end():]) if asked else []
    return next((word for word, tag in after[:2] if tag == "v" and len(word) >= 2), "")


def result_chain(text: str, clauses: list[tuple[int, int]], anchor: int) -> int | None:
    """Where the results a how-question's clause is one of begin: the earliest clause that opens a purpose (俾使…,
    以達…) in the run back from `anchor` with at most one other clause between two of them, when the clause right
    before the anchor opens one and the anchor none (並以發展…等策略 is what it names); None when no such clause has a
    clause before it that opens none, or that clause only labels what follows (大眾科學教育計畫：)."""
    marked = [i for i in range(anchor + 1) if in_order_to(text[slice(*clauses[i])])]
    if not marked or marked[-1] != anchor - 1:  # the anchor a result the purposes lead to, not one of them itself
        return None
    start = marked[-1]
    for i in reversed(marked[:-1]):
        if start - i > 2:
            break
        start = i
    label = start > 0 and text[slice(*clauses[start - 1])].rstrip().endswith(("：", ":"))  # 大眾科學教育計畫：
    return start if start > 0 and start - 1 not in marked and not label else None


def names_noun(context: Context, candidate: Candidate, nouns: list[str]) -> bool:
    """Whether a clause of the candidate's sentence that carries the question's terms names the asked noun."""
    text = fold(candidate.sentence.text)
    return any(noun in clause and context.coverage(clause) > 0 for noun in nouns
               for clause in (text[m.start():m.end()] for m in CLAUSE.finditer(text)))


def question_names(context: Context) -> set[str]:
    """The names the question gives: places the dictionary knows (新竹), and the first translation of each of an
    English question's capitalised words after its first (龍潭 of the Longtan park; 台灣 of Taiwan, not the 來台 of
    another of its glosses)."""
    glossary = context.index.glossary
    named = {term for term in context.question.terms if glossary.is_place(term)}
    if not has_cjk(context.question.text):
        named |= {found[0] for word in CAPITALISED.findall(context.question.text)[1:]
                  if (found := glossary.translate(word))}
    return named


def names_held(names: set[str], candidate: Candidate) -> set[str]:
    """Those of the question's names that the candidate's sentence writes."""
    text = fold(candidate.sentence.text)
    return {name for name in names if name in text}


def answer(context: Context) -> Extraction:
    """Never None: the whole sentence when it is short or no clause carries the question's terms; the numbered items
    a sentence ending in a colon opens when the rest of it restates the question or names them only as a class."""
    question, candidate = context.question, context.best
    if question.how and has_cjk(question.text):  # 怎麼因應新興科技對社會的衝擊: the sentence that says 衝擊
        candidate = most_of_its_words(context)
    nouns = asked_nouns(context) if not (question.how or question.why) else []
    if nouns and not names_noun(context, candidate, nouns):  # 屬於什麼戰略: the sentence of the top few that names one
        subject = named_program(context) or loosely_named(context)  # and of the program it names, if it names one
        named = question_names(context)
        held = names_held(named, candidate)  # and the names the question gives that the best holds (龍潭)
        candidate = next((other for other in context.top[1:] if names_noun(context, other, nouns) and (
            subject is None or other.hit.chunk.program == subject[0].program)
            and held <= names_held(named, other)), candidate)
    where = bool(WHERE.search(fold(question.text)))
    if where:  # 在哪裡做: the top sentence that says where (實施區域為[臺灣山坡地…]), else the first that names a place
        placed = [other for other in context.top if names_place(context, other.sentence.text)]
        candidate = next((other for other in placed if LOCATES.search(fold(other.sentence.text))), None) or (
            candidate if candidate in placed or not placed else placed[0])
    opened = None if question.how or question.why else numbered_items(context, candidate)
    opener = OPENER_TAIL.sub("", candidate.sentence.text) if opened else ""
    if opened and (restated(question, opener) or GENERIC_CLASS.search(opener)):
        return semicolon_list(context, candidate, opened)  # 辦理二林園區[各項]工程建設，包括：(一)…: the items say it
    text = candidate.sentence.text
    skip = skip_numbering(text)
    clauses = [(max(m.start(), skip), m.end()) for m in CLAUSE.finditer(text) if m.end() > skip]
    if len(text) <= LONG_SENTENCE_CHARS or len(clauses) < 2 or not question.terms:
        return context.trimmed(candidate, skip, len(text))
    scores = [context.coverage(fold(text[s:e])) for s, e in clauses]
    if question.how or question.why:
        anchor = int(np.argmax(scores))
        first, last = max(0, anchor - HOW_CLAUSES), anchor
        means = [i for i in range(anchor) if MEANS.match(fold(text[slice(*clauses[i])]))]
        if question.how and MEANS_USED.match(fold(text[slice(*clauses[anchor])])):
            return context.trimmed(candidate, *clauses[anchor])  # [並運用科學會議連結南海周邊科學家]: how, in itself
        later = next((i for i in range(anchor + 1, min(len(clauses), anchor + 1 + HOW_CLAUSES + 1))
                      if MEANS_USED.match(fold(text[slice(*clauses[i])]))), None) if question.how and not means else None
        if later is not None and all(opens_purpose(text, *clauses[i]) for i in range(anchor + 1)):  # 為補助…，用以獎勵…:
            # what for, then …，並以…為原則，[透過總補助方式，由各機構…]
            return context.trimmed(candidate, clauses[later][0], clauses[min(len(clauses), later + HOW_CLAUSES) - 1][1])
        opening = PURPOSE.match(text, clauses[anchor][0]) or TOPIC_FRAME.match(fold(text), clauses[anchor][0])
        purpose = bool(opening) and anchor + 1 < len(clauses) and anchor - 1 not in means
        cause = anchor - 1 if question.why and anchor and CAUSE.match(fold(text[slice(*clauses[anchor - 1])])) else None
        if cause is not None:  # [因應不同國家、地域或國際組織]，設定資源配比: what it responds to is why
            return context.trimmed(candidate, *clauses[cause])
        aim = asks_aim(question) and anchor + 1 < len(clauses)  # 為什麼要 V: V's clause, then [what it is for]
        chain = result_chain(text, clauses, anchor) if question.how and not (purpose or aim or means) else None
        if chain:  # 導入 OKR 管理概念，…，俾使…，帶動…，以達…，[促使科技預算…]: the means stand before what they bring
            # (a means word, 透過/藉由, opens them itself where it stands: below)
            return context.trimmed(candidate, clauses[max(0, chain - HOW_CLAUSES)][0], clauses[chain - 1][1])
        label = text[slice(*clauses[anchor])].rstrip().endswith(("：", ":")) and anchor + 1 < len(clauses)
        if purpose or aim or label or restated(question, text[slice(*clauses[anchor])]):
            if purpose or aim or label or anchor == first:  # 科普產品製播推廣產學合作計畫：[促進…]: what it does follows
                first, last = anchor + 1, min(len(clauses), anchor + 1 + HOW_CLAUSES) - 1  # 為 Y，[X]: the means follow
            else:
                last = anchor - 1  # [X]，達成 Y: the means come first
        if first > last:
            return context.trimmed(candidate, clauses[anchor][0], clauses[anchor][1])
        if (question.how and means and not any(first <= i <= last for i in means)
                and (any(in_order_to(text[slice(*clauses[i])]) for i in range(means[0] + 1, last + 1))
                     or (verb := goal_verb(question.text)) and verb in fold(text[slice(*clauses[anchor])]))):
            first, last = means[0], min(anchor - 1, means[0] + HOW_CLAUSES - 1)  # [透過國際合作平臺，組建…]，以槓桿…，促使…
        return context.trimmed(candidate, clauses[first][0], clauses[last][1])
    aside = set_aside(question.text) if has_cjk(question.text) else ""  # 除了遙測衛星還要做什麼: not the clause of those
    kept = [i for i, (s, e) in enumerate(clauses) if not aside or aside not in compact(fold(text[s:e]))]
    fresh = [i for i in kept if scores[i] > 0 and not restates(question.text, text[slice(*clauses[i])])]
    naming = [i for i in kept if any(noun in fold(text[slice(*clauses[i])]) for noun in nouns) and scores[i] > 0
              and not restates(question.text, text[slice(*clauses[i])], share=1.0)]  # the words it adds to the noun
    topic = int(np.argmax(scores))
    comment = topic + 1 < len(clauses) and not restates(question.text, text[slice(*clauses[topic + 1])])
    asks_comment = ENDS_ASKING.search(fold(question.text)) or not question.noun and ends_on_verb(question.text)
    if not naming and comment and asks_comment and restated(question, text[slice(*clauses[topic])]):
        return context.trimmed(candidate, *clauses[topic + 1])  # 在人才養成的各個階段，[皆有相對應之發展計畫]; What
        # does the Taiwan 2030 technology vision stand for? 政府提出「台灣 2030 科技願景」，[並塑立「創新、包容、永續」…]
    if not fresh:
        return context.trimmed(candidate, skip, len(text))
    located = [i for i, (s, e) in enumerate(clauses) if where and names_place(context, text[s:e])
               and not restates(question.text, text[s:e], share=1.0)]
    best = max(located or naming or fresh, key=lambda i: scores[i])
    return context.trimmed(candidate, clauses[best][0], clauses[best][1])


def names_place(context: Context, clause: str) -> bool:
    """Whether a clause names a place the question does not (以[臺南沙崙…]為基地, 藉由太平島與東沙群島上的…): one the
    glossary knows, or a word the segmenter tags as a place of three characters or more (two are often common
    nouns: 城市)."""
    asked = fold(context.question.text)
    return any((context.index.glossary.is_place(word) or tag == "ns" and len(word) >= MIN_PLACE_CHARS)
               and word not in asked for word, tag in tagged_words(fold(clause)))
