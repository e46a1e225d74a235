"""Where an answer span may start and end: clauses, brackets, list numbering, and word boundaries — a span never
starts or ends inside a Latin word, a number or a Chinese word (rjieba's segmentation of the folded sentence)."""
from __future__ import annotations

import re

from qa.crosslingual import bigrams
from qa.question import Question
from qa.question.forms import COUNT_CLASSIFIERS, PLACEHOLDER_NOUNS, THING_CLASSIFIERS
from qa.text import CJK_CHAR, fold, has_cjk, tagged_words, tokenize, word_boundaries, words

# A clause and the punctuation closing it; a comma or colon between digits (2,000 人次, 10:30) is part of a number.
DIGIT_MARK = r"(?<=\d)[,:](?=\d)"
CLAUSE = re.compile(rf"(?:{DIGIT_MARK}|[^，,：:；;。！？!?])+[，,：:；;。！？!?]*")
LIST_NUMBERING = re.compile(r"^\s*(?:[-•]\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})、|^\s*[(（][一二三四五六七八九十\d]{1,3}[)）]\s*")
OPENING, CLOSING = "（(「『【〔", "）)」』】〕"
TRAILING_PUNCTUATION = "，,：:；;。、"
RESTATEMENT = 0.6
WORD_RESTATEMENT = 0.75  # of a clause's words the question holds; a verb sharing a character with its verb counts
ADVERB_TAGS = ("d", "ad", "vd")  # jieba tags of words that qualify a verb: 積極, 持續
LOCALIZER = re.compile(r"之外|以外|之中|之间|之后|之前|之下|之上|以来")  # closes a frame (除…之外), qualifies nothing
FRAME_CLOSE = re.compile(r"(?:之|以)?外[，,；;。\s]*$")  # the end of a 除…外 frame
EXCEPT = re.compile(r"(?<![消排去删解免破])除")  # 除 opening such a frame, not 消除 or 排除
JOINING_WORDS = ("並且", "并且", "另外", "並", "并", "及", "或", "且", "而", "亦", "另", "之")  # an answer does not open with them
ANOTHER = "另一"  # 另一項…: "another", which the segmenter cuts 另|一項, no joining word
MAX_WORD_SHIFT = 6
ALNUM = re.compile(r"[A-Za-z0-9]")
# a site's code, one or two characters spaced before a number or capital letter where an item opens (管 1, 停 17,
# 滯洪 B): one name with what follows it (管 1 複合式商店), unless a measure word follows the number (提供 8 個…)
CODE_LABEL = re.compile(r"(?:^|[、，,；;：:（(])\s*([\u4e00-\u9fff]{1,2}) $")
MEASURED_CHARS = 12  # enough of the text after a number to read its measure word
CODE = re.compile(r"(?:\d+|[A-Z]) ")  # a number or one capital letter: not a word (導入 OKR, 發展 B5G/6G)
MEASURED = re.compile(rf"\d+\s*(?:[{COUNT_CLASSIFIERS}{THING_CLASSIFIERS}年期案队元倍亿万]|公[尺里顷]|%)")  # folded


def balanced(span: str) -> bool:
    """True when every bracket in the span is closed within it."""
    depth = 0
    for char in span:
        depth += (char in OPENING) - (char in CLOSING)
        if depth < 0:
            return False
    return depth == 0


def asked_noun(noun: str) -> str:
    """The noun a what-question's interrogative attaches to (方式 of 用什麼方式行銷, 衛星 of 發展哪些衛星) or whose members a
    list question asks for (科普活動有哪些), when it is one noun word of two to four characters and not one that
    stands for any object (東西, 事情); else ''."""
    tagged = tagged_words(noun) if 2 <= len(noun) <= 4 and noun not in PLACEHOLDER_NOUNS else []
    return noun if len(tagged) == 1 and tagged[0][1].startswith(("n", "vn")) else ""


def restates(question: str, clause: str, share: float = RESTATEMENT) -> bool:
    """True when most (`share`) of a clause's character bigrams and Latin words occur in the question: it repeats
    the question, so the answer is in the clause next to it (導入 OKR 管理概念 adds OKR to 什麼管理概念)."""
    grams = [g for g in tokenize(clause) if len(g) == 2 or not has_cjk(g)]
    asked = set(tokenize(question))
    return bool(grams) and sum(g in asked for g in grams) / len(grams) >= share


def restates_words(question: str, clause: str) -> bool:
    """True when most of a clause's words, adverbs aside, are the question's, a verb when it shares a character with
    one of the question's (積極強化科技外交 for 科技外交要怎麼加強: 科技, 外交, and 強化 for 加強) — bigrams across word
    joins (化科, 極強) would hide it."""
    found = [(word, tag) for word, tag in tagged_words(fold(clause)) if len(word) > 1 and has_cjk(word)
             and not tag.startswith(ADVERB_TAGS)]
    asked = fold(question)
    verbs = [word for word, tag in tagged_words(asked) if tag.startswith("v") and len(word) > 1]
    nouns = [word for word, tag in found if not tag.startswith("v")]
    nouns_held = bool(nouns) and all(word in asked for word in nouns)  # 強化[科技外交] for 推動科技外交: its verb swapped
    held = sum(word in asked or tag.startswith("v") and (any(set(word) & set(verb) for verb in verbs)
                                                         or bool(verbs) and nouns_held)
               for word, tag in found)
    return bool(found) and held / len(found) >= WORD_RESTATEMENT


def restated(question: Question, clause: str) -> bool:
    """Whether the clause a how or why question is anchored on (or a purpose it finds) repeats it: for a Chinese
    question, when most of the clause's bigrams or of its words are the question's; for an English question, when
    most of the clause's words are among its Chinese terms, each English word standing for one of them at most
    (積極強化科技外交 for 'strengthen science diplomacy'). Only there: a what-question's clause may hold the very terms
    it was translated into (導入 OKR 管理概念)."""
    if has_cjk(question.text):
        return restates(question.text, clause) or restates_words(question.text, clause)
    found = [word for word in words(fold(clause)) if len(word) > 1 and has_cjk(word)]
    terms, free = set(question.terms), list(question.term_groups)
    held = 0
    for word in found:
        grams = bigrams(word)
        meaning = [group for group in free if group & grams] if question.term_groups else [frozenset(terms)]
        if grams <= terms and meaning:  # one English word restates one of the clause's: world is 全球, not 頂尖 too
            held += 1
            free = [group for group in free if group not in meaning]
    return bool(found) and held / len(found) >= RESTATEMENT


def skip_numbering(text: str) -> int:
    """Where a sentence's content starts, after list numbering such as `3、` or `（二）`."""
    numbering = LIST_NUMBERING.match(text)
    return numbering.end() if numbering else 0


def trim(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The span without spaces, punctuation or a closing bracket before it, trailing punctuation or a conjunction or
    particle that joins it to what came before (並[促使…], 之[災害整備…]), with a site's code it opens inside (管 1),
    without the close of a 除…之外 frame, at most `limit` characters, and without a bracket at either end whose
    partner it cuts off."""
    while start < end and (text[start].isspace() or text[start] in TRAILING_PUNCTUATION + CLOSING):
        start += 1
    code = CODE_LABEL.search(text, 0, start) if CODE.match(text, start) else None
    if code and not MEASURED.match(fold(text[start:start + MEASURED_CHARS])):
        start = code.start(1)
    while (joining := next((word for word in JOINING_WORDS if text.startswith(word, start)), "")) and (
            end - start - len(joining) >= 2 and start + len(joining) in word_boundaries(text)
            and not text.startswith(ANOTHER, start)):
        start += len(joining)  # 另亦[透過情境模擬技術]: each of them
    end = min(end, start + limit)
    # 除使…，以[縮減…距離]之外: the frame's close is no part of the span, but 外 of 國內外 is
    framed = FRAME_CLOSE.search(fold(text), start, end) if "外" in text[start:end] else None
    if framed and framed.start() - start >= 2 and EXCEPT.search(fold(text[:start])) and (
            framed.start() in word_boundaries(text)):
        end = framed.start()
    while end > start:
        if text[end - 1] in TRAILING_PUNCTUATION or (text[end - 1] in CLOSING and not balanced(text[start:end])):
            end -= 1
        elif text[start] in OPENING and not balanced(text[start:end]):
            start += 1
        else:
            break
    return start, end


def inside_word(text: str, position: int) -> bool:
    """True when `position` falls between two characters of one word (Latin, number or Chinese)."""
    if position <= 0 or position >= len(text):
        return False
    before, after = text[position - 1], text[position]
    if ALNUM.match(before) and ALNUM.match(after):
        return True
    if CJK_CHAR.match(before) and CJK_CHAR.match(after):
        return position not in word_boundaries(text)
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span so that it starts and ends on word boundaries (興半導體製程 → 新興半導體製程, I 人才 → AI 人才)."""
    for _ in range(MAX_WORD_SHIFT):
        if not inside_word(text, start):
            break
        start -= 1
    for _ in range(MAX_WORD_SHIFT):
        if not inside_word(text, end):
            break
        end += 1
    return start, end
