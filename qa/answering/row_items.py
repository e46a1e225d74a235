"""What a named program's row lists as its work (推動創新及應用科技研究計畫包含哪些工作, 中興園區籌設計畫有哪些工作項目,
X 的主要內容是什麼): the row's top-level numbered items (一、…二、…), each by its title before a colon or else as the
plan words it, each cited; counted for 有幾項工作; one by its place for 第二項工作; asked by a noun its items are titled
with (X 有哪些策略, X 的第二個策略: 一、研究開發策略：…), only when every item is; what a program does (X 在做什麼) when
the question asks nothing else: its items, or the sentence a row without them opens with. In English: What are the
tasks of the X program?, What is the first task of…?, How many tasks does… have?"""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answering.base import Context, Extraction
from qa.answering.enumeration import numbering_style
from qa.answering.spans import skip_numbering, trim
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.answering.subjects import EN_PROGRAM_REF, loosely_in, named_row, program_alone
from qa.question import Question
from qa.question.forms import THE_YEAR
from qa.question.premise import organisations_in
from qa.text import compact, english_frame, fold

PART_NOUNS = "工作项目|工作重点|重点工作|工作内容|实施内容|主要内容|工作|事项|事情|事|内容|部分|分项"
ITEMS_ENDING = re.compile(r"的?(?:主要)?(?:工作重点|重点工作|工作项目|工作内容|实施内容|主要内容)[呢？?。\s]*$")  # X 的工作重點
ASKS_ITEMS_ZH = re.compile(rf"{ITEMS_ENDING.pattern}|(?:哪些|什么|哪几[个项]?|几[个项]|多少[个项]?)(?:主要)?(?:的)?(?:{PART_NOUNS})"
                           rf"|(?:计划|计画|方案)的?(?:主要)?(?:{PART_NOUNS})(?:有哪些|是什么|为何|包括什么|包含什么|有什么|有几[个项]?)"
                           r"|做(?:哪些|什么|些什么)事"
                           rf"|(?:第[一二三四五六七八九十\d]+|最后一?)[个项]?(?:主要)?(?:的)?(?:{PART_NOUNS})")
TITLED_NOUNS = "策略|主轴|面向|方向|重点|目标"  # items titled by the noun (一、研究開發策略：…) are what it asks for
ASKS_TITLED_ZH = re.compile(rf"(?:哪些|什么|哪几[个项大]?|第[一二三四五六七八九十\d]+[个项大]?|最后一?[个项]?)"  # 幾個: the fact kind
                            rf"(?:主要)?(?:的)?({TITLED_NOUNS})")
ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)[个项]?|(最后)一?[个项]?")  # 第二項工作: one item, by its place
NUMERALS = {character: number for number, character in enumerate("一二三四五六七八九十", 1)}
HOW_MANY = re.compile(r"几|多少|\bhow many\b")
EN_WORK = r"(?:main\s+|key\s+)?(?:tasks?|work items?|items? of work|components?|parts?|work)"
EN_TITLED = r"strateg(?:y|ies)|priorit(?:y|ies)|focus(?:es)?|directions?|goals?|objectives?"  # titles the items hold
EN_PLACE = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
ASKS_ITEMS_EN = re.compile(rf"^\s*(?:what\s+(?:is|are)\s+(?:the\s+(?:(?P<place>{EN_PLACE})\s+)?(?:{EN_WORK}|"
                           rf"(?P<titled>{EN_TITLED}))\s+(?:of|in|under)\s+{EN_PROGRAM_REF}"
                           rf"|{EN_PROGRAM_REF}['’]s\s+(?:(?P<owned_place>{EN_PLACE})\s+)?{EN_WORK}\b)"
                           rf"|how many\s+{EN_WORK}\s+(?:does|do|will)\s+{EN_PROGRAM_REF})",
                           re.IGNORECASE)  # …the first task of X, X's first task
DOES_ZH = re.compile(r"(?:(?:在|主要|是|要)?(?:做|负责)(?:什么|哪些)(?:的|事|工作)?|(?<=计划|计画|方案)是什么)[呢吗啊？?。!！\s]*$")  # X 在做什麼, X計畫是什麼
INTRODUCE_ZH = re.compile(r"^(?:请问?)?(?:你|您)?(?:帮我|替我|跟我)?(?:介绍|说明|简介|讲解|讲讲|说说|谈谈|聊聊|[讲说聊](?=一下))(?:一下)?")  # 請介紹 X
DOES_FRAME = re.compile(r"在|主要|是|要|做|负责|什么|哪些|的|事|工作|呢|吗|啊|这个|计划|计画|"
                        r"请问?|你|您|帮我|替我|跟我|介绍|说明|简介|讲解|讲讲|说说|谈谈|聊聊|[讲说聊](?=一下)|一下")
EN_DOES = re.compile(rf"^\s*what\s+(?:(?:does|will|did)\s+{EN_PROGRAM_REF}\s+(?:do|cover|involve)"
                     rf"|is\s+(?!.*\bof\b){EN_PROGRAM_REF})\s*[?.!]*\s*$", re.IGNORECASE)  # not the first task of X
EN_INTRODUCE = re.compile(rf"^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell\s+me\s+about|describe|introduce"
                          rf"|explain|summari[sz]e|give\s+me\s+an\s+overview\s+of)\s+{EN_PROGRAM_REF}\s*[?.!]*\s*$",
                          re.IGNORECASE)  # Tell me about the X program: what it does
EN_DOES_FRAME = re.compile(r"\b(?:what|does|will|did|the|do|cover|involve|is|can|could|would|you|please|tell|me|about"
                           r"|describe|introduce|explain|summari[sz]e|give|an|overview|of)\b|[?.!,\s]", re.IGNORECASE)
EN_PLACES = {word: number for number, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
PLAN_NOUN = re.compile(r"计划|计画|方案|专案")  # anywhere in what names a row: then it names it by a plan noun
CLAUSE_BREAK = re.compile(r"[，,、；;：:。]")
TITLE_MAX_CHARS = 24  # 一、推動科技政策研究：…: the words before the colon title the item
ITEM_MAX_CHARS = 80
MIN_ITEMS = 2


def asks_items(question: Question) -> bool:
    if not english_frame(question.text):
        folded = fold(question.text)
        return bool(ASKS_ITEMS_ZH.search(folded) or ASKS_TITLED_ZH.search(folded) or asks_doing(question))
    return bool(ASKS_ITEMS_EN.match(question.text) or asks_doing(question))


def asks_doing(question: Question) -> bool:
    """Whether the question asks what a program does (X 在做什麼, What does the X program do?), or asks to be told
    about it (請介紹 X, Tell me about the X program)."""
    if english_frame(question.text):
        return bool(EN_DOES.match(question.text) or EN_INTRODUCE.match(question.text))
    return bool(DOES_ZH.search(fold(question.text)) or INTRODUCE_ZH.match(fold(question.text)))


def item_span(text: str) -> tuple[int, int]:
    """An item sentence's words without its numbering: up to a colon that titles it, else the sentence."""
    start = skip_numbering(text)
    colon = re.search(r"[：:]", text[start:start + TITLE_MAX_CHARS + 1])
    end = start + colon.start() if colon else len(text)
    return trim(text, start, end, ITEM_MAX_CHARS)


def answer(context: Context) -> Extraction | None:
    """The numbered items of the row the question names, in full or loosely; None when it names none or its row
    has fewer than two. Its parts are asked right after its name (X 計畫的工作項目有哪些), not one of them (其他事項)."""
    doing = asks_doing(context.question) and not ASKS_ITEMS_ZH.search(fold(context.question.text))
    if doing:
        row = program_alone(context, DOES_FRAME, EN_DOES_FRAME) or subject_named(context, DOES_ZH)
    else:
        named = named_row(context)
        row = named[0] if named else subject_named(context, ITEMS_ENDING)
    if row is None:
        return None
    sentences = context.row_sentences(row)
    styles = [numbering_style(context.index.sentences[sid].text) for sid in sentences]
    top = next((style for style in styles if style and "(" not in style and "（" not in style), None)
    items = [sid for sid, style in zip(sentences, styles) if top and style == top]
    titled = titled_nouns(context)
    if doing and len(items) < MIN_ITEMS:  # what a program without numbered items does: the sentence it opens with
        opening = context.unretrieved(sentences[0])
        return context.trimmed(opening, skip_numbering(opening.sentence.text), len(opening.sentence.text))
    if len(items) < MIN_ITEMS or titled and not all(any(noun in title_of(context, sid) for noun in titled)
                                                    for sid in items):
        return None
    titles, citations = [], []
    for sid in items:
        candidate = context.unretrieved(sid)
        start, end = item_span(candidate.sentence.text)
        titles.append(candidate.sentence.text[start:end])
        offset = candidate.sentence.start
        citations.append(context.cite(candidate, answer=(offset + start, offset + end)))
    place = None if doing else ordinal_asked(fold(context.question.text), len(titles))  # 光子源第三期在做什麼: a phase
    if place is not None:
        context.settled = not 0 <= place < len(titles)  # 第五項 of a row with two: no other list's fifth item
        return None if context.settled else Extraction(titles[place], [citations[place]], context.best)
    count = len(titles) if HOW_MANY.search(fold(context.question.text)) else None
    return Extraction("、".join(titles), citations, context.best, items=titles, count=count)


def subject_named(context: Context, frame: re.Pattern[str]) -> Chunk | None:
    """For 'X 在做什麼' or 'X 的工作重點' (the `frame` after X) naming no program by a plan noun, the row X alone names
    loosely as if it had one (光子源第三期: 台灣光子源光束線實驗設施建置計畫－第三期), the year it is asked for aside (今年);
    None when X is more than a name (a body, or clauses) or names none."""
    folded = compact(context.folded_question())
    found = frame.search(folded) if not english_frame(folded) else None
    subject = re.sub(THE_YEAR, "", folded[:found.start()]) if found and "负责" not in found.group() else ""  # 國研院負責哪些
    if not subject or PLAN_NOUN.search(subject) or CLAUSE_BREAK.search(subject) or organisations_in(subject):
        return None
    named = loosely_in(context.rows, subject + "计划", context.index.scope.title_words)
    return named[0] if named else None


def titled_nouns(context: Context) -> list[str]:
    """The (folded) nouns every item's title must hold when the question asks for parts by such a noun (策略 of
    哪些策略; strategy's translations, 策略…); empty when it asks for the work itself."""
    folded = fold(context.question.text)
    if not english_frame(folded):
        titled = None if ASKS_ITEMS_ZH.search(folded) else ASKS_TITLED_ZH.search(folded)
        return [titled.group(1)] if titled else []
    english = ASKS_ITEMS_EN.match(context.question.text)
    stems = english_stems(english.group("titled")) if english and english.group("titled") else []
    return context.index.glossary.terms_of(stems[0])[:TRANSLATIONS_PER_WORD] if stems else []


def title_of(context: Context, sentence: int) -> str:
    """An item's title as folded: its words before a colon (研究開發策略), else the whole item."""
    text = context.index.sentences[sentence].text
    return fold(text[slice(*item_span(text))])


def ordinal_asked(folded: str, size: int) -> int | None:
    """The index of the one item a question asks for by its place (第二項工作 → 1, 最後一項 → the last of `size`), or
    None when it asks for them all."""
    english = ASKS_ITEMS_EN.match(folded)
    if english:
        place = english.group("place") or english.group("owned_place")
        return None if place is None else size - 1 if place == "last" else EN_PLACES[place] - 1
    found = ORDINAL.search(folded)
    if found is None:
        return None
    if found.group(2):
        return size - 1
    number = found.group(1)
    return (int(number) if number.isdigit() else NUMERALS.get(number, 0)) - 1
