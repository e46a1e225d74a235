"""Which agencies or categories the program table has, or how many (有哪些執行單位, 計畫分成哪幾類, How many agencies
run programs?): every distinct value of that field in plan order, each cited where it first stands — but the ones a
question sets aside (除了科技發展類，還有什麼類別)."""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answering.base import Context, Extraction
from qa.answering.row_list import FRAME_EN, FRAME_ZH, NEGATION, PROGRAM_NOUN, without_scope
from qa.answering.subjects import bodies_named, is_set_aside, plain_value, set_aside, values_named
from qa.question import Asks, Question
from qa.question.analysis import EN_NOUNS, EN_WORD, ZH_NOUNS
from qa.text import compact, fold, has_cjk

FIELDS = {Asks.agency: "agency", Asks.category: "category"}
FIELD_NOUNS_ZH = [noun for noun, slot in ZH_NOUNS if slot in FIELDS]
LIST_ZH = re.compile(r"哪些|哪几|几|多少|列出|所有|还有什么|还有哪一?[个家]")  # 屬於什麼類型 asks one value, of a subject
LIST_EN = re.compile(r"\b(?:which|what|how many|list|all)\b")
CLASSES_ZH = re.compile(r"(?:哪一?|几|多少)[个种]?类")  # 分成哪幾類, 哪一類的計畫最多: 類 alone is the category
ASKS_PROGRAMS = re.compile(r"(?:哪些|哪几个?|几个?|多少个?|所有)(?:重要)?(?:计划|计画|方案|专案)"
                           r"|\b(?:which|what|how many|list(?: all)?(?: the)?)\s+"
                           r"(?:(?!agenc|bod|bureau|categor|type|kind|organi)[a-z-]+\s+){0,3}?programs?\b")
COUNT = re.compile(r"(?<!哪)几|多少|\bhow many\b")  # not 哪幾種, which asks which
BRACKETED = re.compile(r"[（(][^）)]*[）)]")  # 科技部（本部各單位）: what the name's brackets say is no kind of body
FRAME_MORE_ZH = re.compile(r"总共|一共|种|个|分成|分为|还有|还|其他|别的|执行|什么|哪|几|多少|类|别|[\W_]")
FRAME_MORE_EN = re.compile(r"\b(?:listed|named|there|run|runs|running|other|kinds?|types?|categories|category|"
                           r"agencies|agency|bodies|body|bureaus?|units?|organi[sz]ations?)\b|[?.,!]")


def field_named(folded: str) -> tuple[str, str] | None:
    """The program-table field a (folded) question names and the noun it names it by, longest first (執行單位, 管理局,
    類 after 哪一/幾, agencies, category); None when it names none."""
    if has_cjk(folded):
        found = [(FIELDS[slot], noun) for noun, slot in ZH_NOUNS if slot in FIELDS and noun in folded]
        found += [("category", "类")] if CLASSES_ZH.search(folded) else []
    else:
        found = [(FIELDS[EN_NOUNS[word]], word) for word in EN_WORD.findall(folded) if EN_NOUNS.get(word) in FIELDS]
    return found[0] if found else None


def field_asked(question: Question) -> str | None:
    """The field a question lists or counts the values of: it names the field (執行單位, 類別, agencies) and asks
    which or how many of them, not of programs (國研院以外的法人負責哪些計畫); None otherwise."""
    folded = fold(question.text)
    named = field_named(folded)
    listed = LIST_ZH.search(folded) if has_cjk(folded) else LIST_EN.search(folded)
    return named[0] if named and listed and not ASKS_PROGRAMS.search(folded) else None


def asks_values(question: Question) -> bool:
    return field_asked(question) is not None


def unrestricted(context: Context, values: list[str]) -> bool:
    """Whether nothing is left of the question but the list's frame, the documents' scope and the values it sets
    aside: else it restricts them (國研院有哪些實驗研究單位, 射月計畫的執行單位有哪些, 請列出南科管理局的計畫)."""
    text = fold(context.question.text)
    if not has_cjk(text):
        return not FRAME_MORE_EN.sub(" ", FRAME_EN.sub(" ", NEGATION.sub(" ", text))).strip()
    rest, named = without_scope(context, compact(text)), [compact(fold(plain_value(value))) for value in values]
    bodies = bodies_named(rest)
    if (any(value in rest for value in named) or bodies) and not NEGATION.search(rest):
        return False  # 請列出新竹科學園區管理局的計畫: a value named is a condition on rows, but 科技部 is the scope
    for word in [*named, *(written for forms in bodies.values() for written in forms), *FIELD_NOUNS_ZH]:
        rest = rest.replace(word, " ")
    rest = PROGRAM_NOUN.sub(" ", rest)
    return not FRAME_MORE_ZH.sub("", FRAME_ZH.sub("", NEGATION.sub("", rest))).strip()


def of_kind_named(first: dict[str, Chunk], folded: str) -> dict[str, Chunk]:
    """The values of the kind of body the question's field noun names, when some but not all are (有哪些管理局: the
    three bureaus, not the ministry); all of them for a noun no name holds outside its brackets (單位, 機關)."""
    named = field_named(folded)
    kind = named[1] if named and has_cjk(folded) else ""
    kept = {value: chunk for value, chunk in first.items() if kind and kind in BRACKETED.sub("", fold(value))}
    return kept or first


def condition_rows(context: Context, field: str) -> list[Chunk] | None:
    """The rows a Chinese question restricts by one value of the other field it names (哪些單位負責公共建設計畫: the
    public construction rows), what it sets aside taken out first; None when it names none, or a value of the field
    it asks for (國研院有幾個實驗研究單位 asks no agencies of 國研院's rows)."""
    text, aside = context.question.text, set_aside(context.question.text)
    if not has_cjk(text):
        return None
    condition = compact(fold(text)).replace(aside, " ") if aside else compact(fold(text))
    other = "category" if field == "agency" else "agency"
    named = {attribute: values_named(context, attribute, condition) for attribute in (field, other)}
    if named[field] or len(named[other]) != 1:
        return None
    return [chunk for chunk in context.rows if getattr(chunk, other) == named[other][0]]


def first_rows(rows: list[Chunk], field: str, folded: str) -> dict[str, Chunk]:
    """Each value of the field among the rows, in plan order, with the row it first stands above; of the kind of
    body the question names."""
    first: dict[str, Chunk] = {}
    for chunk in rows:
        if getattr(chunk, field):
            first.setdefault(getattr(chunk, field), chunk)
    return of_kind_named(first, folded)


def answer(context: Context) -> Extraction | None:
    """Every value of the asked field in plan order (of the rows one value of the other field restricts it to, when
    the question names one) but those set aside, each cited; counted for how many."""
    field = field_asked(context.question)
    if field is None:
        return None
    folded = fold(context.question.text)
    first = first_rows(context.rows, field, folded)
    if not first:
        return None
    if unrestricted(context, list(first)):
        asked = compact(folded)
        named = {*bodies_named(context.question.text),
                 *(plain for value in first if (plain := compact(fold(plain_value(value)))) in asked)}
        kept = [value for value in first
                if not (NEGATION.search(asked) and compact(fold(plain_value(value))) in named)]
    else:
        rows = condition_rows(context, field)
        if rows is None:
            return None
        first = first_rows(rows, field, folded)
        aside = set_aside(context.question.text)
        kept = [value for value in first if not is_set_aside(value, aside)]
    if not kept:
        return None
    citations = context.value_citations([(first[value], value) for value in kept])
    return Extraction("、".join(kept), citations, context.best, items=kept,
                      count=len(kept) if COUNT.search(folded) else None)
