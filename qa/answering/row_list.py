"""'Which programs …' and 'how many programs …' questions: every program row that meets the question's condition —
a category or an agency it names, else a topic its words name, or every other row where it is negated — in plan
order, each name cited where it stands; counted for a how-many question."""
from __future__ import annotations

import re
from functools import lru_cache

from corpus import Chunk
from qa.answer import Citation
from qa.answering.aliases import defined_aliases
from qa.answering.base import Context, Extraction
from qa.answering.row_field import HEADING_NUMBER
from qa.answering.subjects import (SET_ASIDE, best_translated, bodies_named, is_set_aside, loosely_named, most_covered,
                                   named_program, plain_value, values)
from qa.question.analysis import AMONG, EN_AMONG, PICKED_FROM
from qa.question.premise import organisations_in
from qa.text import CJK_RUN, compact, fold, has_cjk

MAX_LIST_CHARS = 2000
MAX_TOPIC_SHARE = 0.5
MIN_SHARED_NAME = 4  # characters of a field value a condition must name to select every value holding them
LIST_MARKER = re.compile(r"有哪些|有什么|哪些|哪几[个项]?|哪一?[个项]|所有|有哪|列出|列举|(?:几|多少)[个项]?|\b(?:which|what|list|all|how many)\b")
PROGRAM_NOUN = re.compile(r"计划|计画|方案|专案|项目|\bprogram(?:me)?s?\b|\bplans?\b|\bprojects?\b|\binitiatives?\b")
FRAME_ZH = re.compile(r"所有|有哪些|是哪些|哪些|哪一?[个项]|有关|相关|关于|涉及|跟|与|和|同|的|由|负责|执行|属于|有|呢|类|请列出|列出|请"
                      r"|(?:总共|一共|共)|(?:几|多少)[个项]?|列[了有入]|是")
MIN_SCOPE_CHARS = 3
SET_ASIDE_FIELDS = ("program", "agency", "category")  # what a set-aside phrase may name of a row
NAME_HOLDS = re.compile(r"(?:名称|名字|全名)(?:里面|里|中|内)?(?:有|包含|包括|含有|含|带有|带)[「“\"]?([^」”\"？?，,的]{1,20}?)"
                        r"[」”\"]?(?=的|[？?，,]|$)")  # 名稱有「科學園區」的計畫: a condition on the rows' names
EN_AGENCY = re.compile(r"\b(?:run|runs|bureau|administration|cent(?:er|re)|institute|laborator(?:y|ies)|agency|"
                       r"council)\b", re.IGNORECASE)  # an English condition that names an agency, not only a category
NEGATION = re.compile(r"不是|不属于|不归|并非|非属|不由|非由|无关|没有关系|除了?|以外|之外|"
                      r"n't\b|\b(?:not|except|other than|besides|apart from|excluding)\b")
FRAME_EN = re.compile(r"\b(?:are|is|does|do|run|runs|carry out|carries out|belong|belongs|to|related|relating|about|"
                      r"on|involving|concerning|regarding|in|of|the|a|an|programs?|programmes?|plans?|projects?|list|"
                      r"which|what|all|there|how|many|deals?|dealing|with|covers?|covering|address(?:es)?|focus(?:es)?|"
                      r"focused|involves?|mentions?|mentioning|concerns?|connected|linked|associated|have|has|any|"
                      r"key|major|important|main|principal|itself|own|one|ones|two|three|four|five|six|both|listed|"
                      r"included|contained|described|featured|presented|given|supports?|supporting|funds?|funding|"
                      r"helps?|helping|promotes?|"
                      r"promoting|targets?|targeting|aims?|aimed|aiming|at|works?|working)\b")
# key programs: the table's 重要計畫; listed: in it; what a program does for a topic (support, fund, help, aim at,
# work on) relates it to the topic, as 'deal with' does: no word of the topic


def condition_text(folded: str) -> str:
    """The words that restrict the list: the modifier between 哪些/列出 and the program noun (哪些「科學園區建設」計畫),
    the relative clause before it (「跟半導體有關」的計畫), what is said of it after (計畫「由國研院負責」), or else
    what the sentence says before its list word (「國研院負責」哪些計畫)."""
    text = folded.rstrip("？?。.!！ ")
    frame = FRAME_ZH if has_cjk(text) else FRAME_EN
    marker = LIST_MARKER.search(text)
    nouns = list(PROGRAM_NOUN.finditer(text))
    if not nouns:
        return text
    noun = next((n for n in nouns if marker and n.start() >= marker.end()), nouns[-1])
    if marker and noun.start() > marker.end() and frame.sub("", text[marker.end():noun.start()]).strip():
        return text[marker.end():noun.start()].strip()
    before = text[:noun.start()]
    if before.endswith("的"):
        clause = re.split(r"[，,。；;：:]|哪些|所有|列出", before[:-1])[-1]
        if clause.strip():
            return clause.strip()
    after = text[noun.end():]
    if not marker and not frame.sub("", after).strip():
        return before  # 公共建設計畫 (中，…): the words naming the programs a condition picks from
    if frame.sub("", after).strip() or not marker:
        return after
    return text[:marker.start()]


def by_field(context: Context, condition: str, translated: list[str]) -> list[Chunk] | None:
    """Rows whose category or agency the condition names (as people write it: 國家實驗研究院 for 財團法人國家實驗
    研究院, or by another of its names: 南科管理局, NSRRC, NARLabs), or by a part several share (科學園區管理局: the
    three parks' bureaus), each of the two when it names both (None when no row meets both); for an English
    question, else the value its translation names best."""
    named = [(attribute, value) for attribute in ("category", "agency") for value in values(context, attribute)]
    within = compact(condition)
    aliases = {name for name, written in bodies_named(context.question.text).items()  # read with its case (NSRRC)
               if any(surface in within for surface in written)}
    chosen = [(attribute, value) for attribute, value in named if plain_value(value)
              and (plain_value(value) in aliases or not translated and plain_value(value) in within)]
    if chosen and translated and not any(attribute == "category" for attribute, _ in chosen):
        category = best_translated(values(context, "category"), translated)[0]  # NARLabs … in the X category
        chosen += [("category", category)] if category else []
    if not chosen and translated:
        value, _ = best_translated([value for _, value in named], translated)
        value = value if value and names_every_word(context, condition, value) else None
        chosen = [(attribute, v) for attribute, v in named if v == value]
        if EN_AGENCY.search(condition):  # public construction programs run by the Central bureau
            agencies = values(context, "agency")
            category = best_translated(values(context, "category"), translated)[0]
            agency = best_translated(agencies, translated)[0] or most_covered(agencies, translated)
            chosen = [(attribute, v) for attribute, v in (("category", category), ("agency", agency)) if v] or chosen
    core = FRAME_ZH.sub("", within)
    if not chosen and not translated and len(core) >= MIN_SHARED_NAME:  # 科學園區管理局, 財團法人: what names share
        chosen = [(attribute, value) for attribute, value in named if core in compact(fold(value))]  # 財團法人 too
        return [chunk for chunk in context.rows if any(getattr(chunk, a) == value for a, value in chosen)]
    by_attribute: dict[str, set[str]] = {}
    for attribute, value in chosen:
        by_attribute.setdefault(attribute, set()).add(value)
    if not by_attribute or any(len(named_values) != 1 for named_values in by_attribute.values()):
        return []  # a category and an agency both restrict (南科管理局負責的公共建設計畫); two of one kind, neither
    rows = [chunk for chunk in context.rows if all(getattr(chunk, a) in v for a, v in by_attribute.items())]
    return rows or None


ATTRIBUTE_EN = re.compile(r"categor(?:y|ies)|class(?:es)?|classified|classification", re.IGNORECASE)  # the field named


def names_every_word(context: Context, condition: str, value: str) -> bool:
    """Whether every word of an English condition that the glossary translates names part of a field's value:
    technology development names 科技發展, space technology does not (space is no part of it, but a topic)."""
    written = compact(fold(value))
    return all(any(term in written for term in terms) for word in FRAME_EN.sub(" ", condition).split()
               if not ATTRIBUTE_EN.fullmatch(word) and (terms := context.index.glossary.translate(word)))


def without_bodies(text: str) -> str:
    """An English condition without the bodies it names, which are found by their names: the Ministry of Science and
    Technology's words would translate into a category (科技 of 科技發展)."""
    for body in sorted(organisations_in(text), key=lambda body: -body.start):
        text = text[:body.start] + " " + text[body.end:]
    return text


@lru_cache(maxsize=16)
def titled_bodies(title: str) -> tuple[str, ...]:
    """Every curated name (folded, compact) of the bodies a document's title names: its owner however it is called."""
    return tuple(compact(fold(name)) for body in organisations_in(title) if body.organisation
                 for name in (body.organisation.name, *body.organisation.zh))


def without_scope(context: Context, text: str) -> str:
    """The text without the words of the documents' own titles (科技部 110 年度…) or of the heading the program table
    stands under without its program noun (年度重要[計畫]: 哪些重要計畫 asks for all of them): the scope, not a topic."""
    titles = [(compact(fold(document.title)), MIN_SCOPE_CHARS) for document in context.index.documents.values()]
    titles += [(written, len(written)) for document in context.index.documents.values()  # 衛福部 of 衛生福利部's plan
               for written in titled_bodies(document.title)]
    titles += [(PROGRAM_NOUN.sub("", compact(fold(HEADING_NUMBER.sub("", heading)))), 2)
               for heading in {chunk.section[0] for chunk in context.rows if chunk.section}]
    for title, shortest in titles:
        for size in range(len(title), shortest - 1, -1):
            for start in range(len(title) - size + 1):
                text = text.replace(title[start:start + size], " ")
    return text


def topic_terms(context: Context, condition: str) -> list[list[str]]:
    """The topics a condition may name, best first, each folded and with the aliases the documents define
    (AI ↔ 人工智慧): for Chinese, its words without the list's frame; for English, its translated terms in the
    glossary's order (whole phrases first), or a Latin word the documents use."""
    if has_cjk(condition):
        topics = [compact(FRAME_ZH.sub(" ", condition))]
    else:
        words = FRAME_EN.sub(" ", condition)
        latin = compact(words)
        topics = context.index.glossary.translate(words) or ([latin] if latin in context.index.glossary.latin else [])
    aliases = defined_aliases(tuple(document.text for document in context.index.documents.values()))
    return [[topic, *sorted(aliases.get(topic, ()))] for topic in topics
            if len(topic) >= 2 or (topic and not CJK_RUN.fullmatch(topic))]


def by_topic(context: Context, topics: list[list[str]]) -> list[Chunk]:
    """Rows whose name or text mentions the first topic that some but not most rows mention (a word most rows
    use, such as 發展, tells no programs apart)."""
    texts: dict[tuple[str, str], str] = {}
    for chunk in context.rows:
        key = (chunk.doc_id, chunk.program)
        texts[key] = texts.get(key, "") + context.index.folded_row_text(context.index.chunk_numbers[chunk.id])
    for terms in topics:
        chosen = {key for key, text in texts.items() if any(term in text for term in terms)}
        if chosen and len(chosen) <= MAX_TOPIC_SHARE * len(texts):
            return [chunk for chunk in context.rows if (chunk.doc_id, chunk.program) in chosen]
    return []


def of_one_category(context: Context) -> Extraction | None:
    """A Chinese program question whose only condition is one category (公共建設類的計畫是哪一個, 哪個計畫屬於公共建設類):
    every row of it, read from the table — one is no answer when the category has several."""
    folded = compact(fold(context.question.text)).rstrip("？?。.!！")
    if not has_cjk(folded) or NEGATION.search(folded) or SET_ASIDE.search(folded):
        return None
    named = [value for value in values(context, "category") if compact(fold(value)) in folded]
    if len(named) != 1 or restricts(without_scope(context, folded.replace(compact(fold(named[0])), " "))):
        return None
    return answer(context)


def restricts(scoped: str) -> bool:
    """Whether a Chinese condition, without the documents' scope words, names anything beyond the list's frame."""
    return bool(FRAME_ZH.sub("", PROGRAM_NOUN.sub("", scoped)).strip())


def selected(context: Context, folded: str) -> list[Chunk] | None:
    """The rows one condition selects, or every other row when it is negated (不是科技發展類, not run by NARLabs);
    None when it restricts nothing but the documents' scope (請列出所有計畫, How many programs are in the plan?)."""
    named = NAME_HOLDS.search(folded)
    if named:  # 名稱有「基礎科學研究計畫」的計畫: the rows whose name holds the words, not those their text is about
        return [chunk for chunk in context.rows if compact(named.group(1)) in compact(fold(chunk.program))]
    condition = condition_text(folded)
    negated = NEGATION.search(condition)
    condition = NEGATION.sub(" ", condition).strip() if negated else condition
    if has_cjk(folded):
        # the documents' own title words (科技部 110 年度) are scope unless nothing else restricts the list
        scoped = without_scope(context, compact(condition))
        restricted = restricts(scoped)
        rest = folded.replace(condition.strip(), "", 1) if condition.strip() and not (restricted or negated) else ""
        if rest and restricts(without_scope(context, compact(condition_text(rest)))):
            return selected(context, rest)  # 國研院負責哪些[重要]計畫: 重要 is the table's scope, 國研院 the condition
        fields = by_field(context, scoped if restricted else condition, [])
        rest = without_scope(context, compact(folded.replace(condition, " "))) if fields and condition in folded else ""
        outside = by_field(context, rest, []) if rest else []  # 中科有哪些[科技發展類]的計畫: 中科's too
        if fields and outside and {chunk.agency for chunk in outside} != {chunk.agency for chunk in fields}:
            kept = {(chunk.doc_id, chunk.program) for chunk in outside}
            fields = [chunk for chunk in fields if (chunk.doc_id, chunk.program) in kept] or None
        if fields is None and not negated:  # 國研院(負責的)公共建設計畫: it has none, and no sentence may say otherwise
            context.settled = True
            return []
        rows = fields or (by_topic(context, topic_terms(context, scoped)) if restricted else [])
    else:
        restricted = bool(FRAME_EN.sub("", condition).strip())
        fields = by_field(context, condition, context.index.glossary.translate(without_bodies(condition)))
        if fields is None and not negated:  # NARLabs' public construction programs: it has none
            context.settled = True
            return []
        rows = fields or by_topic(context, topic_terms(context, condition))
        rest = folded.replace(condition, " ") if rows and condition in folded else ""
        outside = (by_field(context, rest, context.index.glossary.translate(without_bodies(rest)))
                   if EN_AGENCY.search(rest) else None)
        if outside:  # Which public construction programs does the Central … Bureau run?: its own too
            kept = {(chunk.doc_id, chunk.program) for chunk in outside}
            rows = [chunk for chunk in rows if (chunk.doc_id, chunk.program) in kept]
            context.settled = not rows  # none meets both, and no sentence may say otherwise
    if not rows and not restricted:
        return None
    if negated and rows:
        chosen = {(chunk.doc_id, chunk.program) for chunk in rows}
        return [chunk for chunk in context.rows if (chunk.doc_id, chunk.program) not in chosen]
    return rows


def picked_parts(folded: str) -> tuple[str, str] | None:
    """For a list picked from programs the question names first, the words naming those and the words of its own
    condition (科技部負責的計畫中，|哪些跟生醫有關; Among NARLabs' programs, | which one is about space?); else None."""
    if not has_cjk(folded):
        english = EN_AMONG.match(folded)
        return (english.group(1), folded[english.start(2):]) if english else None
    among = AMONG.search(folded) or PICKED_FROM.search(folded)
    if among and PROGRAM_NOUN.search(folded, 0, among.start()):
        return folded[:among.start()], folded[among.end():]
    return None


def answer(context: Context) -> Extraction | None:
    """The rows the question's condition selects, or both of its conditions when it picks from programs it names
    first (科技部負責的計畫中，哪些跟生醫有關 / 科技部的計畫有哪些跟生醫有關: the ministry's rows about 生醫; Among NARLabs'
    programs, which one is about space?); every row when nothing restricts them."""
    folded = fold(context.question.text)
    parts = picked_parts(folded)
    aside = SET_ASIDE.search(compact(folded)) if has_cjk(folded) else None
    rest = compact(folded)[:aside.start()] + compact(folded)[aside.end():] if aside else ""
    kept = selected(context, rest) if rest else None
    if kept is not None:  # 竹科管理局除了建設計畫以外還有哪些計畫: its rows but the one set aside
        rows = [chunk for chunk in kept
                if not any(is_set_aside(getattr(chunk, field), aside.group(1)) for field in SET_ASIDE_FIELDS)]
        context.settled = not rows  # none other meets it, and no sentence may say otherwise
    elif parts:
        first, second = selected(context, parts[0]), selected(context, parts[1])
        keys = None if second is None else {(chunk.doc_id, chunk.program) for chunk in second}
        rows = second if first is None else [chunk for chunk in first
                                             if keys is None or (chunk.doc_id, chunk.program) in keys]
    else:
        rows = selected(context, folded)
    return listed(context, context.rows if rows is None else rows)


def field_rows(context: Context) -> Extraction | None:
    """Keyword input of a category or agency and the program noun (國研院的計畫, 公共建設計畫, NARLabs programs):
    every row of it, as 'which programs' lists them. None when it names a program (射月計畫) or its condition is no
    field (跟半導體有關的計畫: a topic, whose best row the keyword kind gives)."""
    if named_program(context) or loosely_named(context):
        return None
    folded = fold(context.question.text)
    condition = condition_text(folded)
    if has_cjk(folded):
        rows = by_field(context, without_scope(context, compact(condition)), [])
    else:
        rows = by_field(context, condition, context.index.glossary.translate(without_bodies(condition)))
    return listed(context, rows) if rows else None


def listed(context: Context, rows: list[Chunk]) -> Extraction | None:
    """The rows' program names, once each and within MAX_LIST_CHARS, each cited by its table row."""
    names: list[str] = []
    citations: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for chunk in rows:
        if (chunk.doc_id, chunk.program) in seen:
            continue
        seen.add((chunk.doc_id, chunk.program))
        if len("、".join([*names, chunk.program])) > MAX_LIST_CHARS:
            break
        names.append(chunk.program)
        citations += context.field_citations(chunk, chunk.program)[:1]
    if not names:
        return None
    return Extraction("、".join(names), citations, context.best, items=names,
                      count=len(names) if context.question.counts_rows else None)
