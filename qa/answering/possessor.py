"""Whose something is (基礎科學研究計畫參酌誰的定義？, Whose resources does the ministry leverage?), or what it is of
(臨床資料庫是什麼的基石？): the noun phrase the plan writes right before that thing, or before the 的/之 joining them —
參酌[OECD]定義, 槓桿[國際夥伴]資源, 扣合[聯合國]的永續發展目標, 為[AI 應用發展]之基石 — not an organisation acting elsewhere in
the sentence, which a 誰 without 的 asks for."""
from __future__ import annotations

import re

from qa.answering.base import WORDS_DECIDE_CANDIDATES, Context, Extraction
from qa.answering.slot import CONJUNCT, final_verb
from qa.answering.spans import CLAUSE
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.question import Asks, Question
from qa.text import fold, has_cjk, tagged_words, words

ZH_WHOSE = re.compile(r"(?<!对)(谁|什么)的")  # 對什麼的興趣 asks for 對's object: no owner
EN_WHOSE = re.compile(r"\bwhose\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:does|do|did|is|are|was|were|will|has|have|can)\b",
                      re.IGNORECASE)
THING_TAGS = ("n", "vn", "d", "a", "b")  # 永續(d)發展(vn)目標(n): the segmenter tags a thing's modifiers loosely
POSSESSOR_TAGS = ("n", "j", "eng", "t")  # nouns, abbreviations, a Latin name (OECD), 下一代 (tagged a time)
OWNING = " 的之"  # what may join a possessor to its thing
MAX_POSSESSOR_CHARS = 12
FOLLOWING_CHARS = 4  # how much after the thing is read for a noun it would qualify


def asked_thing(question: Question) -> str:
    """The thing whose owner a Chinese question asks for, folded (資源 of 槓桿誰的資源): the nouns right after 誰的; for
    an English one, the words after whose (sustainable development goals); '' for other questions."""
    if not has_cjk(question.text):
        found = EN_WHOSE.search(question.text)
        return found.group(1).lower() if found else ""
    asked = fold(question.text)
    whose = ZH_WHOSE.search(asked)
    if whose is None:
        return ""
    parts = []
    for word, tag in tagged_words(asked[whose.end():]):
        if not tag.startswith(THING_TAGS) and (parts or not tag.startswith("v")):  # 誰的[想像]: what 的 takes is a thing
            break
        parts.append((word, tag))
    while parts and parts[-1][1] == "d":  # 永續(d)發展目標 opens with an adverb; no thing ends with one
        parts.pop()
    return "".join(word for word, _ in parts)


def asks_possessor(question: Question) -> bool:
    """誰的 N, 什麼的 N or whose N, where N is a thing, not the program or agency a 這是誰的計畫 asks about."""
    return question.asks is Asks.general and bool(asked_thing(question))


def joins(word: str, tag: str, of_what: bool) -> bool:
    """Whether a word may be part of an owner: a noun, an abbreviation, a name or a conjunction between them; for
    what a thing is of, also an activity (應用, 發展) and the space inside a phrase (AI 應用發展)."""
    return (tag.startswith(POSSESSOR_TAGS) or bool(CONJUNCT.fullmatch(word))
            or of_what and (tag.startswith("v") or not word.strip()))


def possessor(text: str, start: int, asked: list[str], of_what: bool = False) -> tuple[int, int] | None:
    """(start, end) in a folded sentence of the words that may own a thing (`joins`) right before `start` (past a
    的/之 or space), back to any other word or one of `asked` (槓桿, which the segmenter tags a noun: the question's
    verb), without a verb opening them, and before the 對 of a 對 X 的 frame; None without them."""
    end = start
    while end > 0 and text[end - 1] in OWNING:
        end -= 1
    opening = max((m.start() for m in CLAUSE.finditer(text) if m.start() < end), default=0)
    begin, taken = end, []
    for word, tag in reversed(tagged_words(text[opening:end])):
        if not joins(word, tag, of_what) or any(word in term for term in asked):
            break
        glued = next((term for term in asked if term and word.startswith(term)), "")
        if end - begin + len(word) - len(glued) > MAX_POSSESSOR_CHARS:
            break
        begin -= len(word) - len(glued)
        taken.append((word, tag))
        if glued:  # 保護國|人: the segmenter glued the question's verb to the possessor's first character
            break
    while taken and (not taken[-1][0].strip() or taken[-1][1] == "v" or CONJUNCT.fullmatch(taken[-1][0])):
        begin += len(taken.pop()[0])  # 整合[三科管局]資源: the verb takes the owner; nothing opens with 及
    if begin > 0 and text[begin - 1] == "对":  # 全民對[科學]的興趣: the thing's object; its owner stands before 對
        return possessor(text, begin - 1, asked, of_what)
    return (begin, end) if end - begin >= 2 else None


def asked_words(context: Context, of_what: bool = False) -> list[str]:
    """What an owner cannot be made of: a Chinese question's own words of two characters or more, folded (only its
    verbs when it asks what a thing is of: 科技部是什麼的掌舵者 → 國家[科技]發展); for English, the translations of its
    verb (槓桿 for leverage)."""
    question = context.question.text
    if has_cjk(question) and of_what:
        return [word for word, tag in tagged_words(context.folded_question()) if len(word) >= 2 and tag == "v"]
    if has_cjk(question):
        return [word for word in words(context.folded_question()) if len(word) >= 2]
    stems = english_stems(final_verb(question))
    return [fold(term) for term in context.index.glossary.terms_of(stems[-1])[:TRANSLATIONS_PER_WORD]] if stems else []


def thing_spans(context: Context, text: str, thing: str) -> list[tuple[int, int]]:
    """Where the asked thing stands in a folded sentence: the Chinese thing as written; for English, a translation of
    its last word with the words before it that translate its other words."""
    if has_cjk(context.question.text):
        return [found.span() for found in re.finditer(re.escape(thing), text)]
    stems = english_stems(thing)
    if not stems:
        return []
    glossary = context.index.glossary
    heads = [fold(term) for term in glossary.terms_of(stems[-1])[:TRANSLATIONS_PER_WORD] if has_cjk(term)]
    modifiers = [fold(term) for term in glossary.translate(" ".join(thing.split()[:-1]))] if len(stems) > 1 else []
    spans = []
    for head in heads:
        for found in re.finditer(re.escape(head), text):
            start = found.start()
            for word, _ in reversed(tagged_words(text[:start])):
                if not any(word in modifier for modifier in modifiers) or not word.strip():
                    break
                start -= len(word)
            spans.append((start, found.end()))
    return spans


def answer(context: Context) -> Extraction | None:
    """The possessor of the asked thing in the first few sentences: one the question's verb takes with its thing
    (整合[三科管局及國研院]資源, not 加速[醫療器材]資源的創新) first, then the one whose clause holds most of the question's
    terms, the earlier on a tie; None when no sentence writes one."""
    whose = ZH_WHOSE.search(fold(context.question.text))
    of_what = bool(whose) and whose.group(1) == "什么"
    thing, asked = asked_thing(context.question), asked_words(context, of_what)
    found = []
    for rank, candidate in enumerate(context.candidates[:WORDS_DECIDE_CANDIDATES]):
        text = fold(candidate.sentence.text)
        if len(text) != len(candidate.sentence.text):
            continue
        for start, end in thing_spans(context, text, thing):
            following = tagged_words(text[end:end + FOLLOWING_CHARS])[:1]
            if following and following[0][1].startswith(("n", "vn")):
                continue  # 優質的[投資]環境: the thing qualifies another noun, it is owned by nothing
            span = possessor(text, start, asked, of_what)
            if span:
                clause = next((m.group() for m in CLAUSE.finditer(text) if m.end() > span[0]), text)
                verb_takes = any(term and text.endswith(term, 0, span[0]) for term in asked)
                found.append((not verb_takes, -context.coverage(clause), rank, candidate, span))
    if not found:
        return None
    *_, candidate, span = min(found, key=lambda f: f[:3])
    return context.exact_span(candidate, *span)
