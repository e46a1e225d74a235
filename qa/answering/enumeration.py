"""Enumerations in the plan's sentences (「創新、包容、永續」三大願景, 連結在地、國際與未來等三大方略): the list a
'哪三大…' or 'what are the …' question asks for."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import partial

from qa.answer import Citation
from qa.answering import slot
from qa.answering.base import MAX_ANSWER_CHARS, Candidate, Context, Extraction
from qa.answering.spans import CLAUSE, LIST_NUMBERING, asked_noun, skip_numbering, trim
from qa.answering.subjects import loosely_named, named_program, set_aside
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.question import Form, Question
from qa.question.analysis import head_word
from qa.text import compact, fold, has_cjk, tagged_words, word_boundaries, words

QUOTED = re.compile(r"「([^「」]{2,120})」")
QUOTED_RUN = re.compile(r"「[^「」]{1,40}」(?:\s*(?:、|以及|及|與|与|和|或)\s*「[^「」]{1,40}」)+")
ENUM_STOP = re.compile(r"等|之(?!間)|[一二三四五六七八九十两兩]+大")
CONJUNCTION = re.compile(r"以及|與|及|和|或|与")
LEADING_FUNCTION_WORDS = re.compile(r"^(?:並|并|且|另|期|將|将|以|透過|透过|通過|通过|藉由|借由|包括|包含|含|如|為|为|即|係|系|朝|推動|推动|是|有|分為|分为)+")
COUNT_WORD = re.compile(r"(?:等)?([两二三四五六七八九十])(?:大|种|项|类|个)")
CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
NUMERALS = {count: "[" + "".join(c for c, n in CN_COUNT.items() if n == count) + "]"
            for count in set(CN_COUNT.values())}  # a count as the plan may write it: 2 is 两 or 二
SEMICOLONS = ("；", ";")
LISTING_VERB = re.compile(r"包含|包括")  # what stands before it in a list's first part names the list, no item
OPENING_COLON = re.compile(r"[：:]")
MAX_OPENED_ITEM_CHARS = 40
GOVERNING_VERBS = {"因应", "面对", "面临", "针对", "执行", "配合", "结合"}  # verbs the segmenter may tag as nouns
NOUN_LIST_CANDIDATES = 8  # how far a list its noun closes (…等任務) is looked for: further than other lists
NAME_TAGS = ("j", "ns", "nr", "nt", "nz", "eng")  # jieba's tags of names and abbreviations: 東協, 臺南
NOUN_AFTER_LIST = 3  # 等, 等三大: what may stand between a list and the noun it lists
QUALIFIED_AFTER_LIST = 8  # after 等, a short qualifier of the noun a list closes (等[產業鏈間之]關鍵技術)
DETERMINER = re.compile(r"哪些|哪[一二三四五六七八九十两几]*[个项种类样家所条栋座间份]|什么样的?|什么|何种")
MIN_HEADED_CHARS = 4  # of a heading's last words a list question must name to ask for the items it opens
HAS = re.compile(r"(?:有|包括|包含|含)$")
WHAT_IS = re.compile(r"(?:是|为)(?:什么|何|哪些)$|为何$")  # X 的 N 為何 / 是什麼: what N is
EN_VALUE = re.compile(r"what\s+(?:is|are)\s+.+?['’]s\s+([a-z-]+(?:\s+[a-z-]+)?)\s*\?*$", re.IGNORECASE)  # X's N
EN_VALUE_OF = re.compile(r"what\s+(?:is|are)\s+the\s+([a-z-]+(?:\s+[a-z-]+)?)\s+of\s+\S.*$", re.IGNORECASE)  # N of X
PHRASE_END = {"的", "呢", "吗", "要", "是", "会", "将", "在", "由", "已", "可", "有", "需要", "可以"}  # after a noun phrase


def without_governing_verb(head: str, following: str) -> str:
    """A list's first item without a verb that governs the whole list (因應[高齡少子化、全球環境變遷…]), unless the
    next item starts with a verb of its own: then each item is a verb phrase (發展…、打造…)."""
    first, second = tagged_words(fold(head))[:1], tagged_words(fold(following))[:1]
    verb = bool(first) and (first[0][1] == "v" or first[0][0] in GOVERNING_VERBS) and len(first[0][0]) >= 2
    if verb and len(head) - len(first[0][0]) >= 2 and not (second and second[0][1] == "v"):
        return head[len(first[0][0]):]
    return head


def counted_end(parts: list[str]) -> int | None:
    """Where a 、-joined list's last part ends at a numeral that counts its items (美、亞、歐[三]洲為重點: three), not an
    ordinal (第三); the count closes the list as 等 does."""
    last = fold(parts[-1])
    for numeral in re.finditer(r"[两二三四五六七八九十]", last):
        joined = 1 if CONJUNCTION.search(last, 0, numeral.start()) else 0
        if numeral.start() > 0 and last[numeral.start() - 1] != "第" and CN_COUNT[numeral.group()] == len(parts) + joined:
            return numeral.start()
    return None


def enumerations(text: str, pairs: bool = False, scattered: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, item count) of enumerations in a sentence: runs of quoted items, quoted lists, the phrase
    before a count word (…及…兩種), runs of 、-joined items, with `pairs` also 'A與B' clauses, and with `scattered`
    the quoted key words spread over one sentence (促進「研究開發」、以「增值推廣」…擴散「產業應用」). Boundaries err on
    the long side (an answer must hold every item); list numbering such as `3、` never separates items."""
    found = [(m.start(), m.end(), m.group(0).count("「")) for m in QUOTED_RUN.finditer(text)]
    quotes = list(QUOTED.finditer(text))
    if (scattered and len(quotes) >= 2 and not any("、" in q.group(1) for q in quotes)
            and quotes[-1].end() - quotes[0].start() <= MAX_ANSWER_CHARS):
        found.append((quotes[0].start(), quotes[-1].end(), len(quotes)))
    for match in quotes:
        inner = match.group(1)
        if "、" in inner and not any(start <= match.start() < end for start, end, _ in found):
            found.append((match.start(1), match.end(1), inner.count("、") + 1 + len(CONJUNCTION.findall(inner))))
    quoted = list(found)
    skip = skip_numbering(text)
    folded = fold(text)
    for clause in CLAUSE.finditer(text):
        offset = max(clause.start(), skip)
        body = text[offset:clause.end()].rstrip("，,：:；;。！？!?")
        count = COUNT_WORD.search(fold(body))
        if count and count.start() > 0 and "、" not in body[:count.start()]:
            head = LEADING_FUNCTION_WORDS.sub("", body[:count.start()])
            if CONJUNCTION.search(head):
                found.append((offset + count.start() - len(head), offset + count.start(), CN_COUNT[count.group(1)]))
                continue
        if any(start < offset + len(body) and offset < end for start, end, _ in quoted):
            continue
        if "、" not in body:
            conjunctions = CONJUNCTION.findall(folded[offset:offset + len(body)])
            if pairs and len(conjunctions) == 1:
                head = without_governing_verb(LEADING_FUNCTION_WORDS.sub("", body), "")
                if not CONJUNCTION.match(fold(head)):  # 與教育部合作 is a preposition's phrase, not a pair
                    found.append((offset + len(body) - len(head), offset + len(body), 2))
            continue
        parts = body.split("、")
        last = CONJUNCTION.split(parts[-1], maxsplit=1)[0]
        inner = parts[1:-1] + [last] if last else parts[1:-1] or [parts[-1][:4]]
        limit = 2 * max(len(p) for p in inner) + 2
        head = LEADING_FUNCTION_WORDS.sub("", parts[0][-limit:] if len(parts[0]) > limit else parts[0])
        head = without_governing_verb(head, parts[1]).lstrip()  # 隨著[ ]5G 通訊、…: no space opens an item
        listing = list(LISTING_VERB.finditer(head))
        head = head[listing[-1].end():] if listing and len(head) - listing[-1].end() >= 2 else head  # 項目包含[…]
        stop = ENUM_STOP.search(parts[-1])
        etc = parts[-1].find("等", stop.end()) if stop and stop.group() == "之" else -1
        if etc >= 0 and any("之" in part for part in parts[:-1]):  # 之 inside the items too (造成之農損): 等 ends them
            stop = ENUM_STOP.search(parts[-1], etc)
        conjunction = CONJUNCTION.search(parts[-1])
        counted = counted_end(parts)
        if counted is not None and (not stop or counted < stop.start()):
            tail = parts[-1][:counted]
        elif stop:
            tail = parts[-1][:stop.start()]
        else:
            tail = parts[-1][:conjunction.end() + limit] if conjunction else parts[-1][:limit]
        start = offset + len(parts[0]) - len(head)
        end = offset + len(body) - len(parts[-1]) + len(tail)
        if head and tail:
            found.append((start, end, len(parts) + (1 if conjunction and conjunction.start() < len(tail) else 0)))
    return found


def semicolon_items(context: Context, candidate: Candidate) -> list[tuple[int, int]] | None:
    """Document offsets of the items of a list whose items are sentences joined by ；, the candidate's among them
    (…研發：包含 A；B；C 等三大技術): the run of sentences ending in ； and the one after it, back to as many items
    as a count word at its end numbers, or without one to the colon that opens it when every item is short."""
    numbers = context.index.chunk_sentences[candidate.sentence.chunk]
    sentences = [context.index.sentences[number] for number in numbers]
    at = numbers.index(candidate.sentence_id)
    first = at
    while first > 0 and sentences[first - 1].text.endswith(SEMICOLONS):
        first -= 1
    last = at
    while last + 1 < len(sentences) and sentences[last].text.endswith(SEMICOLONS):
        last += 1
    run = sentences[first:last + 1]
    if len(run) < 2:
        return None
    items = [[sentence.start, sentence.end] for sentence in run]
    count = COUNT_WORD.search(fold(run[-1].text))
    if count and count.start() > 0:
        if CN_COUNT[count.group(1)] > len(items):
            return None
        items = items[-CN_COUNT[count.group(1)]:]
        items[-1][1] = run[-1].start + count.start()
        opener = run[-len(items)]
    else:
        opener = run[0]
        if not OPENING_COLON.search(opener.text):
            return None
    text = context.document_text(candidate.hit.chunk)
    colon = list(OPENING_COLON.finditer(opener.text))
    start = opener.start + (colon[-1].end() if colon else skip_numbering(opener.text))
    head = text[start:opener.end]
    items[0][0] = start + len(head) - len(LEADING_FUNCTION_WORDS.sub("", head))
    items = [(item_start, item_start + trim(text[item_start:item_end], 0, item_end - item_start, MAX_ANSWER_CHARS)[1])
             for item_start, item_end in items]
    if not count and any(end - start > MAX_OPENED_ITEM_CHARS for start, end in items):
        return None
    return items


def numbering_style(text: str) -> str | None:
    """How a sentence is numbered as a list item, as a pattern of its numbering with the numeral taken out (`(N)`,
    `N、`), or None when it is not."""
    numbering = LIST_NUMBERING.match(text)
    return re.sub(r"[一二三四五六七八九十\d]+", "N", numbering.group(0).strip(" -•")) if numbering else None


def numbered_items(context: Context, candidate: Candidate, headings: bool = False) -> list[tuple[int, int]] | None:
    """Document offsets of the numbered items the candidate's sentence opens with a closing colon (二林園區各項工程建設，
    包括：(一) 地籍整理。(二) …) or, with `headings`, as a numbered heading (一、提供醫療器材商品化過程中的育成協助, then
    (一), (二)…): the sentences after it numbered alike, and otherwise than it, each without its numbering and closing
    stop. None without two."""
    numbers = context.index.chunk_sentences[candidate.sentence.chunk]
    at = numbers.index(candidate.sentence_id)
    sentences = [context.index.sentences[number] for number in numbers[at + 1:]]
    opening = candidate.sentence.text
    if not (OPENING_COLON.search(opening[-1:]) or headings and numbering_style(opening)) or not sentences:
        return None
    style = numbering_style(sentences[0].text)
    run = list(itertools.takewhile(lambda sentence: numbering_style(sentence.text) == style, sentences))
    if not style or len(run) < 2 or style == numbering_style(opening):
        return None
    return [(sentence.start + skip_numbering(sentence.text), sentence.start + trim(
        sentence.text, skip_numbering(sentence.text), len(sentence.text), MAX_ANSWER_CHARS)[1]) for sentence in run]


def semicolon_list(context: Context, candidate: Candidate, items: list[tuple[int, int]]) -> Extraction:
    """A ；-joined list as the answer: its span verbatim, its items, cited by the sentences it stands in."""
    chunk = candidate.hit.chunk
    text = context.document_text(chunk)
    start, end = items[0][0], items[-1][1]
    sentences = [s for s in (context.index.sentences[n] for n in context.index.chunk_sentences[candidate.sentence.chunk])
                 if s.end > start and s.start < end]
    quote_start, quote_end = sentences[0].start, sentences[-1].end
    citation = Citation(chunk.id, chunk.doc_id, chunk.section, text[quote_start:quote_end], quote_start, quote_end,
                        start, end)
    return Extraction(text[start:end], [citation], candidate, items=[text[s:e] for s, e in items])


def names(noun: str, text: str, start: int, end: int) -> bool:
    """Whether a list's items or the words that close it name a noun (高齡少子化、…及能資源不足[等挑戰]), or the noun
    stands right before a listing verb that opens it (重點發展[項目]包含[腦秘密之探索…、腦科技之應用]等)."""
    opened = re.search(rf"{re.escape(noun)}\s*(?:{LISTING_VERB.pattern})\s*$", fold(text[:start])) if noun else None
    return (noun in fold(text[start:end + len(noun) + NOUN_AFTER_LIST]) or closing_phrase(noun, text, end)
            or bool(opened))


def closing_phrase(noun: str, text: str, end: int) -> bool:
    """Whether the phrase 等 opens right after a list holds every word of a noun phrase of several words, whatever
    qualifies them there (產業鏈關鍵技術: …「新型保鮮包裝材」[等產業鏈間之關鍵技術]), or a noun of one word after a short
    qualifier (關鍵技術 of the same)."""
    parts = [word for word in words(noun) if len(word) >= 2]
    after = fold(text[end:slot.end_of_clause(text, end)])
    if not after.startswith("等"):
        return False
    if len(parts) >= 2:
        return all(part in after for part in parts)
    return noun in after[:1 + QUALIFIED_AFTER_LIST + len(noun)]


def best_enumeration(context: Context, candidates: list[Candidate], noun: str = "",
                     closed: bool = False) -> Extraction | None:
    """The enumeration whose clause matches the question best among the given sentences (those of the program the
    question names, when it names one and some are: 智慧農業計畫有哪些關鍵技術 is not asking for the moonshot's); with a count in the
    question, only one of that size, with a `noun`, only one whose items name it (`closed`: one of three or more
    items the noun closes, …及「落實應用」等任務), and quoted key words spread over a sentence only when no list fits."""
    question = context.question
    candidates = [candidate for candidate in candidates if of_named_program(context, candidate)] or candidates
    for scattered in (False, question.count is not None):
        found: list[tuple[float, int, Callable[[], Extraction]]] = []
        for rank, candidate in enumerate(candidates):
            text = candidate.sentence.text
            run = semicolon_items(context, candidate)
            document = context.document_text(candidate.hit.chunk)
            if run:
                closing = document.find("。", run[-1][1])
                span = document[run[0][0]:closing if closing >= 0 else run[-1][1]]  # with the words that close it
            elif run := numbered_items(context, candidate):
                span = document[candidate.sentence.start:run[-1][1]]  # with the sentence that opens it
            if run and (question.count is None or len(run) == question.count) and noun in fold(span):
                found.append((-context.coverage(fold(span)), rank, partial(semicolon_list, context, candidate, run)))
            offset = candidate.sentence.start
            for start, end, items in enumerations(text, pairs=question.count == 2 or bool(noun) and question.count is None,
                                                     scattered=scattered):
                if question.count is not None and items != question.count or not names(noun, text, start, end):
                    continue
                if closed and (items < 3 or noun not in fold(text[end:end + len(noun) + NOUN_AFTER_LIST])
                               and not closing_phrase(noun, text, end)):
                    continue
                if run and any(s <= offset + start and offset + end <= e for s, e in run):
                    continue  # a part of one item of the ；-joined list
                clause = next((m for m in CLAUSE.finditer(text) if m.end() >= end), None)
                context_text = fold(text[min(start, clause.start()) if clause else start:max(end, clause.end()) if clause else end])
                found.append((-context.coverage(context_text), rank, partial(context.span, candidate, start, end)))
        if found:
            return min(found, key=lambda f: f[:2])[2]()
    return None


def noun_list(context: Context, noun: str) -> Extraction | None:
    """A list of the noun asked for: the best of the top sentences', else the first in rank of those after them
    that the noun closes (…等任務 is precise enough to look further, not enough to outrank a closer sentence, nor one
    that names a kind of the noun)."""
    further = [] if names_kind(context, [noun]) else context.candidates[len(context.top):NOUN_LIST_CANDIDATES]
    return best_enumeration(context, context.top, noun) or next(
        (found for candidate in further if (found := best_enumeration(context, [candidate], noun, closed=True))), None)


def names_kind(context: Context, nouns: list[str]) -> bool:
    """Whether the best sentence names a kind of an asked noun by a name before it (擴大與[東協]國家的…人才交流 for
    跟哪些國家擴大人才交流): that answers which N, and a list of N further down is about something else."""
    tagged = tagged_words(fold(context.best.sentence.text))
    return any(word in nouns and tagged[n - 1][1] in NAME_TAGS for n, (word, _) in enumerate(tagged) if n)


def counted_list(context: Context) -> Extraction | None:
    """For 哪四類 / 哪三大, the first list of the first eight sentences that the plan itself counts with the same number
    and classifier, and the noun after them when the question has one (…及「科研人才國際交流及獎勵」四類): more telling
    than a list in the best sentence that merely has as many items. For English (What are the four categories…?), a
    list the plan counts with that number and any classifier, then a translation of the noun or no noun (四類)."""
    folded = fold(context.question.text)
    asked = COUNT_WORD.search(folded)
    count = context.question.count
    if count is None or not (asked or not has_cjk(folded) and count in NUMERALS):
        return None
    if asked:
        after = tagged_words(folded[asked.end():])[:1]
        noun = after[0][0] if after and after[0][1].startswith("n") else ""  # 三大[願景]: the plan's 三大方略 is no answer
        closing = re.compile(rf"\s*(?:等)?{asked.group(1)}{asked.group(0)[-1]}{re.escape(noun)}")
    else:  # What are the four categories…: the plan's own count of them, 四類, with a translation of the noun or none
        stems = english_stems(context.question.noun)
        nouns = "|".join(re.escape(noun) for noun in closing_nouns(context, stems[-1], [])) if stems else ""
        closing = re.compile(rf"\s*(?:等)?{NUMERALS[count]}[大种项类个](?:{nouns}|(?![\u4e00-\u9fff]))" if nouns
                             else rf"\s*(?:等)?{NUMERALS[count]}[大种项类个](?![\u4e00-\u9fff])")
    for candidate in context.candidates[:NOUN_LIST_CANDIDATES]:  # the plan's count frame is precise enough to look far
        text = candidate.sentence.text
        for start, end, items in enumerations(text):
            if items == count and closing.match(fold(text), end):
                return context.span(candidate, start, end)
    return None


def chinese_noun(context: Context) -> str:
    """The noun a Chinese question's interrogative attaches to, as asked_noun reads it; '' for any other."""
    return asked_noun(context.question.noun) if has_cjk(context.question.noun or "") else ""


def of_named_program(context: Context, candidate: Candidate) -> bool:
    """Whether a candidate is of the program the question names, in full or loosely; True when it names none."""
    subject = named_program(context) or loosely_named(context)
    return subject is None or candidate.hit.chunk.program == subject[0].program


def enclosing_list(context: Context, gap: Extraction) -> Extraction | None:
    """The list whose later item the gap stands in: the question's verb opened one of parallel verb phrases
    (解決[農業栽培…處理]等問題 of 減少…農損、紓解…、提升…、解決…等問題), so it asks for all of them; or whose first
    item it is when the asked noun closes the list (強化哪些關鍵技術: 「新興精準育種技術」、…等產業鏈間之關鍵技術) or
    every item ends as the gap does (規劃哪些衛星星系: […光學遙測衛星星系]、…衛星星系、…衛星星系), from the gap on."""
    candidate = gap.best
    text = candidate.sentence.text
    at = gap.citations[0].answer_start - candidate.sentence.start
    noun = chinese_noun(context)
    closing = re.compile(f"\\s*等[^，,。；;、]{{0,{QUALIFIED_AFTER_LIST}}}{re.escape(noun)}") if noun else None
    for start, end, _ in enumerations(text):
        if start < at < end and "、" in text[start:at]:
            return context.span(candidate, past_subject(context.folded_question(), text, start), end)
        if closing and "、" not in gap.answer and start <= at < end and closing.match(fold(text), end):
            return context.span(candidate, start, end)
        if "、" not in gap.answer and start <= at < end and alike_items(text[at:end], gap.answer):
            return context.span(candidate, at, end)
    return None


def past_subject(asked: str, text: str, start: int) -> int:
    """Where a list of verb phrases starts past the subject before its first verb, when the question names the
    subject's first word (生醫商品化中心醫材領域[進行案源篩選評估及遴選]、…、提供…): it does every item, it is no part
    of the first."""
    folded, position = fold(text[start:]), start
    if len(folded) != len(text) - start:
        return start
    for word, tag in tagged_words(folded):
        if tag == "v" and position > start:
            return position
        if not (len(word) >= 2 and (word in asked or position > start and tag.startswith("n"))):
            return start
        position += len(word)
    return start


def alike_items(listed: str, first: str) -> bool:
    """Whether every item of a list ends as its first item does (…光學遙測衛星星系、…智能遙測衛星星系): the gap
    found the first of several things of the kind asked for."""
    tail = fold(first.rstrip())[-2:]
    items = [item for item in re.split(rf"、|{CONJUNCTION.pattern}", fold(listed)) if item.strip()]
    return len(tail) == 2 and len(items) >= 2 and all(item.rstrip().endswith(tail) for item in items)


def opened_list(context: Context, gap: Extraction) -> Extraction | None:
    """The numbered items the gap's sentence opens: the gap names what they are (提供[醫療器材商品化過程中的育成協助],
    then (一) 引進及整合資源…, (二) …), so the question asks for them."""
    numbered = numbered_items(context, gap.best, headings=True)
    return semicolon_list(context, gap.best, numbered) if numbered else None


def headed_items(context: Context) -> Extraction | None:
    """The numbered items a top sentence opens when it ends in what the question asks the parts of (醫材計畫的[育成協助]
    有哪些: 一、提供醫療器材商品化過程中的[育成協助], then (一)…(三)): at least MIN_HEADED_CHARS of it, whole words."""
    asked = fold(context.question.text)
    determiner = DETERMINER.search(asked)
    subject = HAS.sub("", asked[:determiner.start()]) if determiner else ""
    starts = word_boundaries(subject)
    for candidate in context.top:
        heading = fold(candidate.sentence.text).rstrip("。：: ")
        if any(len(subject) - n in starts and heading.endswith(subject[-n:])
               for n in range(len(subject), MIN_HEADED_CHARS - 1, -1)):
            numbered = numbered_items(context, candidate, headings=True)
            if numbered:
                return semicolon_list(context, candidate, numbered)
    return None


def asked_phrase(context: Context) -> tuple[list[str], str]:
    """The words of the noun phrase a determiner attaches to (哪些[道路工程], 整建什麼[中心]) and the word before the
    determiner (整建)."""
    asked = fold(context.question.text)
    determiner = DETERMINER.search(asked)
    if not determiner:
        return [], ""
    after = words(asked[determiner.end():].lstrip("的"))
    phrase = list(itertools.takewhile(lambda word: word not in PHRASE_END and has_cjk(word), after))
    before = words(asked[:determiner.start()])
    return phrase, before[-1] if before else ""


def item_offsets(context: Context, found: Extraction) -> list[tuple[int, int]]:
    """Document offsets of a list answer's items: its `items` as they stand in order, else its 、-joined parts."""
    citation = found.citations[0]
    if citation.answer_start is None:
        return []
    text = context.document_text(found.best.hit.chunk)
    if not found.items:
        return [(citation.answer_start + part.start(), citation.answer_start + part.end())
                for part in re.finditer(r"[^、]+", found.answer)]
    offsets, at = [], citation.answer_start
    for item in found.items:
        at = text.find(item, at)
        if at < 0:
            return []
        offsets.append((at, at + len(item)))
        at += len(item)
    return offsets


def narrowed(context: Context, found: Extraction | None) -> Extraction | None:
    """Of a list, the items the question's noun phrase names when they are fewer than half of them: 哪些道路工程 asks for
    the 道路工程 among a park's works, 整建什麼中心 for the one center among them (a one-word noun with the verb before
    it, inside the item: 有什麼資料 names no item, and an item the verb opens is one of the subject's parallel actions,
    進行…、協助…、提供[…服務], which all answer); a list all of whose items it names (發展哪些衛星) or that the noun closes
    is the answer whole. Each item is cited by its sentence."""
    phrase, verb = asked_phrase(context)
    items = item_offsets(context, found) if found and phrase else []
    if not items:
        return found
    text = context.document_text(found.best.hit.chunk)
    noun = "".join(phrase)
    closing = re.compile(f"等.{{0,{NOUN_AFTER_LIST}}}{re.escape(noun)}")
    last = fold(text[items[-1][0]:items[-1][1] + len(noun) + NOUN_AFTER_LIST + 1])
    if closing.search(last) or re.search(f"[的之]{re.escape(noun)}$", fold(text[items[-1][0]:items[-1][1]])):
        return found  # the noun closes the list (…等科普活動, …服務的整合創新服務): every item is one
    named = [(start, end, fold(text[start:end]).strip()) for start, end in items]
    kept = [(start, end) for start, end, item in named if all(word in item for word in phrase)
            and (len(phrase) > 1 or verb in item and not item.startswith(verb))]
    if not kept or 2 * len(kept) >= len(items):
        return found
    return of_items(context, found, kept)


def without_aside(context: Context, found: Extraction | None) -> Extraction | None:
    """A list without the items the question sets aside (光子源除了[奈米 X 光顯微術]還要建哪些光束線): the others are
    what it asks for. The list whole when it sets none of them aside, or all."""
    aside = compact(fold(set_aside(context.question.text)))
    items = item_offsets(context, found) if found and aside else []
    if not items:
        return found
    text = context.document_text(found.best.hit.chunk)
    kept = [(start, end) for start, end in items if compact(fold(text[start:end])) not in aside]
    return of_items(context, found, kept) if 0 < len(kept) < len(items) else found


def of_items(context: Context, found: Extraction, kept: list[tuple[int, int]]) -> Extraction:
    """The list answer of some of a list's items (document offsets), each cited by its sentence."""
    text = context.document_text(found.best.hit.chunk)
    numbers = context.index.chunk_sentences[context.index.chunk_numbers[found.best.hit.chunk.id]]
    sentences = context.index.sentences
    citations = [context.cite(context.unretrieved(number), answer=(start, end)) for start, end in kept
                 for number in numbers if sentences[number].start <= start < sentences[number].end]
    names = [text[start:end] for start, end in kept]
    return Extraction("、".join(names), citations, found.best, items=names if len(names) > 1 else None)


def answer(context: Context) -> Extraction | None:
    """A list the question asks for: with a count (哪三大…), the enumeration of that size before the words that
    fill the gap; without one, the gap's words first, then a list of the noun asked for (發展哪些衛星: 光學遙測衛星
    星系、…) before any other list (第一、二期) of the best sentence."""
    def lists() -> Extraction | None:
        noun = asked_noun(context.question.noun)
        return ((noun_list(context, noun) if noun else None) or counted_list(context)
                or best_enumeration(context, [context.best]) or best_enumeration(context, context.top))

    if context.question.count:
        gap = slot.answer(context)
        return (counted_list(context) or (gap if counts(context, gap) else None) or counted_gap(context) or lists()
                or gap)  # 驗證哪兩樣: its object's two
    gap = slot.answer(context)
    gap = gap and (enclosing_list(context, gap) or opened_list(context, gap) or gap)
    noun = chinese_noun(context)
    if (gap and gap.best is not context.best and not (noun and noun in fold(gap.answer))
            and of_named_program(context, context.best) and context.best.coverage >= gap.best.coverage):
        # a list in the best sentence before a gap in a weaker one, unless the gap names the noun asked for, its
        # sentence holds more of the question's terms (藉由哪些方式支持新創發展: 藉由[…]，來支持新創發展) or the best
        # sentence is not of the program the question names (醫材計畫要和國外哪些單位合作: not the biomedical row's)
        return without_aside(context, narrowed(context, best_enumeration(context, [context.best]) or gap))
    return without_aside(context, narrowed(context, gap or headed_items(context) or lists()))


def counts(context: Context, gap: Extraction | None) -> bool:
    """Whether a gap holds as many items as the question counts (、 and conjunctions part them)."""
    return bool(gap) and len(re.split(rf"、|{CONJUNCTION.pattern}", gap.answer)) == context.question.count


def counted_gap(context: Context) -> Extraction | None:
    """The first gap of the top sentences that holds as many items as the question counts, when the best sentence's
    gap does not (串連哪兩個東西: not 串連[產業需求] but 串連[人文與科技], two, further down)."""
    for candidate in context.top[1:]:
        gap = slot.fill(context, [candidate])
        if counts(context, gap):
            return gap
    return None


def closing_nouns(context: Context, head: str, modifiers: list[str]) -> list[str]:
    """The Chinese nouns that may close the asked list, most specific first: a modifier's translation, or that of
    the modifiers as one phrase (科普 for popular science), before the head's (新興科技 for emerging technologies),
    then the head's alone. Every noun (or verbal noun: 活動) the head translates to: closing a list after 等 is
    telling enough."""
    glossary = context.index.glossary
    nouns = [term for term in glossary.terms_of(head) if tagged_words(term)[0][1].startswith(("n", "vn"))]
    modifying = [*glossary.phrases.get(" ".join(modifiers), []),
                 *(modifier for stem in modifiers for modifier in glossary.terms_of(stem)[:TRANSLATIONS_PER_WORD])]
    return [modifier + noun for modifier in modifying for noun in nouns] + nouns


def value_noun(question: Question) -> str:
    """The head noun of the subject a what-is question ends by asking about (培育計畫的[培育模式]為何: 模式), folded;
    for English 'What is X's N' or 'What is the N of X', N (science vision); '' for any other question."""
    if not has_cjk(question.text):
        english = EN_VALUE.match(question.text.strip()) or EN_VALUE_OF.match(question.text.strip())
        return english.group(1).lower() if english and not question.why and not question.how else ""
    folded = fold(question.text).rstrip("？?。!！ 呢")
    asked = WHAT_IS.search(folded)
    if question.form is not Form.wh or question.why or question.how or not asked:
        return ""
    head = head_word(re.split("[的之]", folded[:asked.start()])[-1])
    return head if len(head) >= 2 else ""


def closed_value(context: Context) -> Extraction | None:
    """For 'what is X's N', the list of a top sentence that the plan closes with N, after 等 or its count (透過[選派
    人員赴海外受訓及建立在地化培育機制]兩種模式 for 培育模式為何): the plan says which things are its N."""
    noun = value_noun(context.question)
    if noun and not has_cjk(noun):
        stems = english_stems(noun)
        noun = "|".join(closing_nouns(context, stems[-1], stems[:-1])) if stems else ""
    if not noun:
        return None
    closing = re.compile(rf"[」』]?\s*(?:等\s*(?:[两二三四五六七八九十]+[大种项类个])?|[两二三四五六七八九十]+[大种项类个])"
                         rf"(?:{noun})")
    for candidate in context.top:
        text = candidate.sentence.text
        for start, end, items in enumerations(text, pairs=True):
            if items >= 2 and closing.match(fold(text), end):  # the last of ；-joined items closes them all
                joined = semicolon_items(context, candidate)
                return semicolon_list(context, candidate, joined) if joined else context.span(candidate, start, end)
    return None
