"""Questions about the plan's outline: the parts a heading it names has (科技回應社會有哪些策略), how many (幾項策略),
or the n-th (年度施政目標的第二個主軸), and how a heading's goal is pursued (怎麼強化防疫體系: the headings under it) —
read from the headings themselves, each cited where it stands."""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answering.base import Context, Extraction
from qa.answering.row_field import HEADING_NUMBER, heading_citation
from qa.question import Question
from qa.question.forms import NUMBER_WORDS, PART_NOUNS
from qa.text import compact, fold, has_cjk

PART_NOUN = re.compile(PART_NOUNS)
STATED = re.compile(rf"(?<![第哪])([二三四五六七八九十两])[个项大条]?(?:{PART_NOUNS})")  # 三大主軸: how many the asker expects
ASKS_PARTS = re.compile(r"哪些|哪几|哪[二三四五六七八九十两]+[个项大条]|有什么|几[个项大条]|多少[个项]|第[一二三四五六七八九十\d]+[个项大条]?"
                        rf"|{STATED.pattern}")
QUALIFIED_COUNT = re.compile(rf"(?<![第哪])([二三四五六七八九十两])[个项大条]?([\u4e00-\u9fff]{{2}})(?:{PART_NOUNS})")
ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)[个项大条]?")
ASKS_MORE = re.compile(r"哪些|哪几|几[个项大条]|多少[个项]|有什么")  # parts asked for after an ordinal
PART_NUMERAL = re.compile(r"^([壹貳參肆伍陸柒捌玖拾]+)、")
HOW_MANY = re.compile(r"(?<!哪)几[个项大条]?|多少[个项]?")
NAME_END = re.compile(r"[－—:：，,、]")
NUMERALS = {character: number for number, character in enumerate("一二三四五六七八九十", 1)}
MIN_NAMING_CHARS = 4


def asks_parts(question: Question) -> bool:
    """Whether a Chinese question asks for the parts of something, their number or one by its place (幾項策略)."""
    folded = fold(question.text)
    return bool(PART_NOUN.search(folded) and (ASKS_PARTS.search(folded) or QUALIFIED_COUNT.search(folded)))


def short_name(heading: str) -> str:
    """A heading as it is named: without its numbering, up to its first dash or comma (科技回應社會)."""
    title = HEADING_NUMBER.sub("", heading).strip()
    return compact(fold(NAME_END.split(title)[0]))


def naming(heading: str, asked: str) -> int:
    """How many characters of a heading's name the question holds in one run: all of it, or at least
    MIN_NAMING_CHARS of it (年度施政目標 of 年度施政目標及策略); a part's own numeral (壹, 貳) names it too. Else 0."""
    numeral = PART_NUMERAL.match(heading)
    if numeral and fold(numeral.group(1)) in asked:
        return MIN_NAMING_CHARS
    name = short_name(heading)
    for size in range(len(name), MIN_NAMING_CHARS - 1, -1):
        if any(name[start:start + size] in asked for start in range(len(name) - size + 1)):
            return size
    return 0


def outline(chunks: list[Chunk]) -> dict[tuple[str, ...], list[tuple[str, Chunk]]]:
    """Each heading path → its child headings in document order, each with the first chunk under it."""
    children: dict[tuple[str, ...], list[tuple[str, Chunk]]] = {}
    for chunk in chunks:
        if chunk.kind == "program":
            continue
        for depth in range(1, len(chunk.section)):
            parts = children.setdefault(tuple(chunk.section[:depth]), [])
            if chunk.section[depth] not in [title for title, _ in parts]:
                parts.append((chunk.section[depth], chunk))
    return children


def answer(context: Context) -> Extraction | None:
    """The named heading's parts, listed or counted; an ordinal picks one of them, and one before further parts
    asked for picks where they are (壹的第一部分有幾項策略: the strategies of 壹's first part); a count the question
    states (三大主軸) must be theirs."""
    asked = compact(fold(context.question.text))
    children = outline(context.index.chunks)
    named = max(((naming(path[-1], asked), -len(path), path) for path in children if children[path]), default=None)
    if named is None or not named[0]:
        named = counted_heading(children, asked)
    if named is None:
        return None
    path, found = named[2], list(ORDINAL.finditer(asked))
    ordinals = [number(match.group(1)) for match in found]
    picked = ordinals[-1] if found and not ASKS_MORE.search(asked, found[-1].end()) else None
    for place in ordinals[:-1] if picked else ordinals:
        parts = children.get(path, [])
        if not 0 < place <= len(parts):
            return None
        path = (*path, parts[place - 1][0])
    parts = children.get(path, [])
    if picked:
        parts = parts[picked - 1:picked] if 0 < picked <= len(parts) else []
    stated = STATED.search(asked)
    if stated and not picked and NUMBER_WORDS[stated.group(1)] != len(parts):
        return None  # 三大主軸 of a heading with five parts: not the heading meant
    titles = [HEADING_NUMBER.sub("", title).strip() for title, _ in parts]
    citations = [heading_citation(context, chunk, title) for title, (_, chunk) in zip(titles, parts)]
    if not parts or None in citations:
        return None
    count = len(parts) if not picked and HOW_MANY.search(asked) else None
    return Extraction("、".join(titles), [c for c in citations if c], context.best,
                      items=None if picked else titles, count=count)


def counted_heading(children: dict[tuple[str, ...], list[tuple[str, Chunk]]],
                    asked: str) -> tuple[int, int, tuple[str, ...]] | None:
    """The one heading a question names by a word of its name between a count and a part noun (三大[施政]主軸: 年度施政
    目標及策略, whose parts are three); None when no heading or more than one is so named."""
    qualified = QUALIFIED_COUNT.search(asked)
    if not qualified:
        return None
    count, word = NUMBER_WORDS[qualified.group(1)], qualified.group(2)
    paths = [path for path in children if len(children[path]) == count and word in short_name(path[-1])]
    return (len(word), -len(paths[0]), paths[0]) if len(paths) == 1 else None


def number(numeral: str) -> int:
    """The value of an ordinal's numeral: Arabic digits or one Chinese character (一 … 十)."""
    return int(numeral) if numeral.isdigit() else NUMERALS.get(numeral, 0)


def asks_means(question: Question) -> bool:
    """Whether a Chinese question asks how something is done (怎麼強化防疫體系)."""
    return question.how and has_cjk(question.text)


def means(context: Context) -> Extraction | None:
    """How a goal a heading states is pursued, when the question names the heading's whole name (強化防疫體系 of
    一、強化防疫體系－提升傳染病監測與應變能力) and headings stand under it: those headings, each cited. None when the
    goal is only a paragraph's, or the question names none."""
    asked = compact(fold(context.question.text))
    children = outline(context.index.chunks)
    named = [path for path in children if children[path] and len(short_name(path[-1])) >= MIN_NAMING_CHARS
             and short_name(path[-1]) in asked]
    if len(named) != 1:
        return None
    titles = [HEADING_NUMBER.sub("", title).strip() for title, _ in children[named[0]]]
    citations = [heading_citation(context, chunk, title) for title, (_, chunk) in zip(titles, children[named[0]])]
    if None in citations:
        return None
    return Extraction("、".join(titles), [c for c in citations if c], context.best, items=titles)
