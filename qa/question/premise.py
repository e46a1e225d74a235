"""A question's premises — the years, organisations, phases and names it takes for granted — checked against what the
indexed documents contain. A question about another year, another body's plan or a program that does not exist is
declined with what the documents do cover, instead of being answered from the nearest passage.

Aliases are data: the documents' own text (a name they use is present, whatever it abbreviates), the curated table
of central-government bodies (organisations.toml) and, for English, the index glossary.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import takewhile

from qa.crosslingual import Glossary, dictionary_stems, english_stems, place_stems
from qa.question.forms import NAME_NOUNS, POLAR_EN, QUESTION_WORDS
from qa.text import (GLUED_FUNCTION_CHARS, LATIN_WORD, compact, converter, english_frame, fold, has_cjk, is_word,
                     tagged_words, word_parts, words, written_forms)

GLUED = GLUED_FUNCTION_CHARS + "要会想能是的也都时"  # what the segmenter may guess into a noun it does not know (审查时用)
ROC_OFFSET = 1911
ROC_YEARS = range(40, 200)
GREGORIAN_YEARS = range(1950, 2100)
ZH_YEAR = re.compile(r"(?:民国\s*)?(?<![\d.])(\d{2,4})\s*年")
EN_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])|\b(?:roc|fy|fiscal year)\s*(\d{2,3})\b", re.IGNORECASE)
EN_FISCAL_AFTER = re.compile(r"^\s*(?:policy\s+|annual\s+|administrative\s+)?(?:plan|budget|fiscal year)\b")
EN_FISCAL_BEFORE = re.compile(r"\b(?:fiscal year|fy|plan (?:for|of))\s*$")
ZH_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
PHASE = re.compile(r"第\s*([一二两三四五六七八九十\d]+(?:\s*[、,，和及与至~-]\s*[一二两三四五六七八九十\d]+)*)\s*期")
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
EN_PHASE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|\dst|\dnd|\drd|\dth)\s+phase\b"
                      r"|\bphase\s+(\d|iv|v|i{1,3})\b", re.IGNORECASE)
PHASE_WINDOW = 30
EN_PHASE_MIN_HITS = 3
MIN_PHASED_NAME = 4
# an English yes/no claim's frame: the plan and its owner, what the owner does with any topic (fund, run, mention), and
# how a row's field is claimed (belongs to, falls under, is in charge of), and what refers to a subject named before
EN_CLAIM_FRAME = frozenset(english_stems("plan plans policy ministry government program programme project fund "
                                         "support run have include cover mention say anything about build develop "
                                         "provide offer give promote invest subsidize subsidise research study "
                                         "belong fall under "
                                         "classified categorized category type kind class charge responsible manage "
                                         "lead oversee operate carry implement handle execute administer "
                                         "latter former"))
# what an English claim is made of: the word after its subject is its verb (the plan address[es]), no modifier
EN_CLAIM_SUBJECTS = frozenset("plan plans policy ministry government program programme project it they".split())
EN_WORD_SURFACE = re.compile(r"[A-Za-z][\w'’-]*")  # an English word as the question writes it
VERBAL_NOUN_EN = re.compile(r"(?:tion|sion|ment|ing|ance|ence)s?$", re.IGNORECASE)  # coral [restoration]: what is done
PROGRAM_NOUN = re.compile(r"(?:计划|计画|方案|专案)$")  # the plan noun that closes a program's name
PHASE_NAME_AFTER = re.compile(r"^[^，,。？?；;、！!\s的]{2,30}?(?:计画|计划|工程)")
PHASE_NAME_BEFORE = re.compile(r"[^，,。？?；;、！!\s的]{2,30}$")
QUOTED = re.compile(r"「([^「」]{2,40})」|『([^『』]{2,40})』|“([^“”]{2,60})”|\"([^\"]{2,60})\"|《([^《》]{2,40})》")
LATIN_RUN = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[ .&/+-]+[A-Za-z0-9]+)*")
NAME_WINDOW = 40
WH_DETERMINER = re.compile(r"^(?:哪|几|什么|多少)[一二三四五六七八九十两几]*[大个项种类位]?")  # 哪三大 of 哪三大願景
MIN_COMPOUND_CHARS = 4  # a word this long the documents do not write may still be made of words they do
GLUED_CHARS = 3  # a two-character word and one character the segmenter joined to it
CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
NATIONAL = re.compile(r"^(?:国家|国立)")  # 國家電影及視聽文化中心 is called 電影中心
BODY_FORM = re.compile(r"^(?:財團法人|行政法人|财团法人)|[（(][^）)]*[）)]")  # a legal form, a bracketed note: no part of a name
ABBREVIATION_MIN_CHARS, ABBREVIATION_MAX_CHARS = 3, 5  # 國健署, 中小企處: shorter would match too much by chance
FIXED_EXPRESSIONS = ("l", "i")  # jieba's tags for set phrases and idioms, which may join nouns (大腦神經)
MIN_NAME_TERMS = 2
ACTORS = frozenset({"政府", "我国", "国家", "当局"})  # 政府如何…: who is asked about opening a question, not its topic
HEAD_TAGS = ("n", "vn", "nz")  # a noun a modifier may stand before (長照服務), not a place a verb goes to (留在臺灣)
VERB_COMPLEMENTS = tuple("在到给向成为于")  # a verb so ended takes an object (留在, 交给), never modifies one
GENERIC_BODY = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:部|署|局|大学|医院|公司|银行|研究所)$")
NOT_BODIES = frozenset({"全部", "内部", "外部", "本部", "局部", "总部", "干部", "俱乐部", "管理局", "各部", "部会",
                        "跨部会", "头部", "脑部", "南部", "北部", "中部", "东部", "西部", "细部", "胸部", "腹部",
                        "研究所", "总公司", "子公司", "分公司", "新创公司", "公司", "大学"})
PROGRAM_WORD = re.compile(r"^([\u4e00-\u9fff]*)计[画划]$")
NAMED_HEADS = ("园区", "管理局", "中心", "研究院", "研究所", "基地")  # what a name before it makes one place or body
MODIFIER_TAGS = ("n", "f", "s", "j")  # the words such a name is made of (屏東 園區, 北部 科學園區 管理局)
SELF_REFERENCE = re.compile(r"本(部|會|会|署|院|局|中心)")  # how a body's own plan names it
ADDRESSEE = re.compile(r"你們|你们|妳們|您們|您们|貴部|贵部")  # the body the assistant answers for, addressed
# the title's body: capitalised, or as the body itself (Which programs are not run by the ministry itself?)
EN_SELF_REFERENCE = re.compile(r"\bthe (Ministry|Council|Administration|Agency)\b(?! of\b)"
                               r"|\bthe ((?i:ministry|council|administration|agency))(?= itself\b|'s own\b)")
ASKING = re.compile(r"^哪|几|谁|什么|何")  # a word that asks (哪個, 幾期) opens no name: 第幾期長程計畫 names nothing
ASKED_BODY = ("r",)  # 哪個 單位, 什麼 機關: the interrogative's noun follows it
# Words no program name holds; modals, causatives and verbs of wanting among them (審議機制希望科技計畫… names no plan),
# the verbs of a request (想了解 X 計畫) and the particles that link a verb to its means (用什麼來審查科技計畫).
NAME_BREAKS = frozenset({"的", "是", "为", "由", "在", "被", "有", "将", "还是", "或", "或是", "或者", "属于", "什么",
                         "请问", "找", "查", "吗", "呢", "这个", "那个", "该", "各", "所有", "列出", "个", "项", "之一",
                         "要", "想", "会", "能", "让", "使", "需要", "可以", "希望", "打算", "想要", "期望", "盼望",
                         "了解", "瞭解", "知道", "介绍", "说明", "告诉", "来", "去", "用", "以", "对", "把", "给",
                         "负责", "执行", "主办", "主管"})
GENERIC_TAILS = frozenset({"类", "型", "类型", "相关", "有关", "等", "方面", "领域", "重要", "年度", "施政", "业务", "专案"})
MIN_NAME_CHARS = 4
NEAR_MISS_SHARE = 0.6
OWNER_AFTER_ZH = re.compile(r"^\s*(?:\d{2,4}\s*年度?\s*)?(?:的\s*)?(?:施政|预算|年度计[画划])"
                            r"|^\s*的[^，,。？?；;、]{0,14}?(?:计[画划]|施政|预算|政策)"
                            r"|^\s*(?:所?负责|执行|主管|主办)(?!单位)")
OWNER_AFTER_EN = re.compile(r"^(?:'s|’s|')|^\s+(?:runs?|ran|funds?|funded|leads?|led|manages?|managed|oversees?"
                            r"|sponsors?|is responsible|are responsible|in charge)\b", re.IGNORECASE)
OWNER_BEFORE_EN = re.compile(r"\b(?:run|led|funded|managed|overseen|sponsored|operated|carried out|implemented"
                             r"|executed|plans?|programs?|programmes?|policy|policies|priorities|budget)\s+(?:by|of)"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)
PLAN_KINDS_EN = {"施政计画": "policy plan", "施政计划": "policy plan", "施政方针": "policy guidelines", "预算": "budget",
                 "计画": "plan", "计划": "plan"}
TITLE = re.compile(r"^(?P<org>.+?)\s*(?P<year>\d{2,3})\s*年度?\s*(?P<kind>.*)$")


@dataclass(frozen=True)
class Organisation:
    """A body of the curated table: its official name and every other name it goes by."""

    name: str
    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()

    @property
    def folded_names(self) -> tuple[str, ...]:
        """Every name, folded and compacted as the documents' text is for matching."""
        return tuple(compact(fold(name)) for name in (self.name, *self.zh, *self.en, *self.acronyms))


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """The curated table of central-government bodies (qa/question/organisations.toml)."""
    data = tomllib.loads((resources.files("qa.question") / "organisations.toml").read_text(encoding="utf-8"))
    return tuple(Organisation(row["name"], tuple(row.get("zh", ())), tuple(row.get("en", ())),
                              tuple(row.get("acronyms", ()))) for row in data["organisation"])


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[tuple[re.Pattern[str], Organisation, bool], ...]:
    """One pattern per name, longest first: Chinese names on folded text, English names ignoring case (a leading
    'the' included), acronyms with their case (MOST, not most)."""
    patterns: list[tuple[int, re.Pattern[str], Organisation, bool]] = []
    for body in organisations():
        for name in (body.name, *body.zh):
            patterns.append((len(name), re.compile(re.escape(fold(name))), body, False))
        for name in body.en:
            patterns.append((len(name), re.compile(rf"(?<![a-z])(?:the\s+)?{re.escape(name.lower())}(?![a-z])"), body,
                             False))
        for name in body.acronyms:
            patterns.append((len(name), re.compile(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])"), body, True))
    return tuple(item[1:] for item in sorted(patterns, key=lambda item: -item[0]))


@dataclass(frozen=True)
class Entity:
    """Something a question takes for granted, as it writes it, and where."""

    kind: str  # year | organisation | phase | name | program
    text: str
    start: int
    end: int
    organisation: Organisation | None = None
    years: tuple[int, ...] = ()
    phases: tuple[int, ...] = ()
    owner: bool = False
    fiscal: bool = False
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scope:
    """What the documents cover, read once per index: their folded, compacted text; their titles and the titles'
    (folded) words; the names of the organisations that own a document or a program row (a title's ministry, a
    row's agency); the forms they write each folded pair of characters in (计划: 計畫); their sentences, each with the
    heading or program it stands under."""

    text: str
    titles: tuple[str, ...]
    owners: str
    title_words: frozenset[str] = frozenset()
    agencies: tuple[str, ...] = ()
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)  # out of the caches' hash
    sentences: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, texts: list[str], titles: list[str], agencies: list[str], sentences: Sequence[str] = ()) -> "Scope":
        return cls("\n".join(compact(fold(text)) for text in texts), tuple(titles),
                   "\n".join(compact(fold(name)) for name in [*titles, *agencies]),
                   frozenset(word for title in titles for word in words(fold(title))), tuple(dict.fromkeys(agencies)),
                   written_forms(texts), tuple(compact(fold(sentence)) for sentence in sentences))


def abbreviates(short: str, name: str) -> bool:
    """Whether a (folded) word shortens a body's name as Chinese abbreviations do (國健署: 國民健康署, 疾管署: 疾病管制署,
    國衛院: 國家衛生研究院), with its national prefix or without (電影中心: 國家電影及視聽文化中心)."""
    unprefixed = NATIONAL.sub("", name)
    return _shortens(short, name) or unprefixed != name and _shortens(short, unprefixed)


def _shortens(short: str, name: str) -> bool:
    """Whether the word keeps the name's first and last characters and others in order, fewer than all."""
    if len(short) >= len(name) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    rest = iter(name)
    return all(char in rest for char in short)


@lru_cache(maxsize=8)
def agency_names(agencies: tuple[str, ...]) -> dict[str, str]:
    """The table's agencies without their legal form or bracketed note, folded → as written; once per index."""
    return {fold(plain): plain for agency in agencies if (plain := BODY_FORM.sub("", agency))}


def table_abbreviations(text: str, scope: Scope) -> str:
    """A Chinese question with each abbreviation of a program table's agency that the documents never write (國健署)
    replaced by the agency's name (國民健康署): what no curated list knows of another plan's bodies (a curated name,
    中科管理局, is read as that body already). The abbreviation is three characters or more and shortens one agency
    only."""
    if not has_cjk(text) or not scope.agencies:
        return text
    names = agency_names(scope.agencies)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    curated = [(body.start, body.end) for body in organisations_in(text) if body.organisation]
    for size in range(ABBREVIATION_MAX_CHARS, ABBREVIATION_MIN_CHARS - 1, -1):
        for start in range(len(folded) - size, -1, -1):
            short = folded[start:start + size]
            if (not CJK_WORD.fullmatch(short) or short in scope.text
                    or any(start < end and begin < start + size for begin, end in curated)):
                continue
            found = [plain for folded_name, plain in names.items() if abbreviates(short, folded_name)]
            if len(found) == 1:
                text = text[:start] + found[0] + text[start + size:]
                folded = folded[:start] + fold(found[0]) + folded[start + size:]
    return text


def self_reference(text: str, scope: Scope) -> str:
    """The text with the documents' way of naming their own body (本部, 本會; in English the Ministry, the Council)
    replaced by that body as their titles name it (科技部, the Ministry of Science and Technology), when one title
    body ends in (in English: starts with) the same word; a user's way of addressing it (你們, 貴部) when the titles
    name one body."""
    def own(found: re.Match) -> str:
        bodies = {body.text for title in scope.titles for body in organisations_in(title)
                  if body.text.endswith(found.group(1))}
        return bodies.pop() if len(bodies) == 1 else found.group(0)

    def own_english(found: re.Match) -> str:
        word = (found.group(1) or found.group(2)).lower()
        names = {name for title in scope.titles for body in organisations_in(title) if body.organisation
                 for name in body.organisation.en[:1] if name.lower().startswith(word)}
        return f"the {names.pop()}" if len(names) == 1 else found.group(0)

    def addressed(found: re.Match) -> str:
        bodies = {body.text for title in scope.titles for body in organisations_in(title)}
        return bodies.pop() if len(bodies) == 1 else found.group(0)

    return EN_SELF_REFERENCE.sub(own_english, ADDRESSEE.sub(addressed, SELF_REFERENCE.sub(own, text)))


@dataclass(frozen=True)
class Unsupported:
    """A premise the documents do not support: the entity, and whether it is missing or present but not an owner
    of what the question asks about."""

    entity: Entity
    not_owner: bool = False

    def message(self, lang: str, scope: Scope) -> str:
        """What the documents cover and what they do not, in the question's language."""
        if lang == "en":
            missing = (f"it holds no plans of {_english_name(self.entity)}" if self.not_owner
                       else f"it does not cover {self.entity.text}" if self.entity.kind == "year"
                       else f"it does not mention {_english_name(self.entity)}")
            return f"{covered(lang, scope)}; {missing}."
        name = self.entity.organisation.name if self.entity.organisation else self.entity.text
        spaced = f" {name}" if name[:1].isascii() else name
        missing = f"其中沒有{spaced}負責的計畫" if self.not_owner else f"未提及{spaced}"
        return in_script(f"{covered('zh-Hant', scope)}，{missing}。", lang)


def in_script(message: str, lang: str) -> str:
    """A Traditional Chinese message in the question's script."""
    return converter("t2s").convert(message) if lang == "zh-Hans" else message


def covered(lang: str, scope: Scope) -> str:
    """What the documents are, as the start of a sentence: 本計畫為科技部 110 年度施政計畫 / The plan is …"""
    if lang == "en":
        return _describe_en(scope.titles)
    titles = "、".join(scope.titles)
    return in_script(f"本計畫為{titles}" if len(scope.titles) == 1 else f"收錄的文件為{titles}", lang)


def _english_name(entity: Entity) -> str:
    if entity.organisation and entity.organisation.en and not has_cjk(entity.text) and entity.text.isupper():
        return f"{entity.text} ({entity.organisation.en[0]})"
    if entity.organisation and has_cjk(entity.text) and entity.organisation.en:
        return f"the {entity.organisation.en[0]} ({entity.organisation.name})"
    return entity.text if not has_cjk(entity.text) else f"“{entity.text}”"


def _describe_en(titles: tuple[str, ...]) -> str:
    """'The plan is the Ministry of Science and Technology's policy plan for 2021 (ROC 110)' from a title of the
    form <body> <ROC year> 年度 <kind>; the title as it is otherwise."""
    described = []
    for title in titles:
        match = TITLE.match(title)
        body = next((b for b in organisations() if match and fold(match.group("org")) in map(fold, (b.name, *b.zh))),
                    None)
        if match and body and body.en:
            year = int(match.group("year"))
            kind = PLAN_KINDS_EN.get(fold(match.group("kind")).strip(), "plan")
            described.append(f"the {body.en[0]}'s {kind} for {year + ROC_OFFSET} (ROC {year})")
        else:
            described.append(f"“{title}”")
    if len(described) == 1:
        return f"The plan is {described[0]}"
    return "The documents are " + ", ".join(described)


def _numbers(text: str) -> tuple[int, ...]:
    """Phase numbers written as 三, 3, 一、二 or 1-2."""
    out = []
    for part in re.split(r"\s*[、,，和及与至~-]\s*", text):
        if part.isdigit():
            out.append(int(part))
        elif part and all(ch in ZH_NUMERALS for ch in part):
            value = ZH_NUMERALS[part[-1]] if len(part) == 1 else (
                10 + ZH_NUMERALS.get(part[1], 0) if part[0] == "十" else ZH_NUMERALS[part[0]] * 10
                + (ZH_NUMERALS.get(part[2], 0) if len(part) > 2 else 0))
            out.append(value)
    return tuple(out)


def _years(folded: str, english: bool) -> list[Entity]:
    out = []
    if english:
        for match in EN_YEAR.finditer(folded):
            if match.group(1):
                year = int(match.group(1))
                fiscal = bool(EN_FISCAL_AFTER.match(folded[match.end():])
                              or EN_FISCAL_BEFORE.search(folded[:match.start()]))
                out.append(Entity("year", match.group(0), match.start(), match.end(), years=(year - ROC_OFFSET, year),
                                  fiscal=fiscal))
            else:
                year = int(match.group(2))
                out.append(Entity("year", match.group(0).upper(), match.start(), match.end(),
                                  years=(year, year + ROC_OFFSET), fiscal=True))
        return out
    for match in ZH_YEAR.finditer(folded):
        year = int(match.group(1))
        if year in GREGORIAN_YEARS:
            roc = year - ROC_OFFSET
        elif year in ROC_YEARS:
            roc = year
        else:
            continue
        fiscal = folded[match.end():match.end() + 1] == "度"
        end = match.end() + fiscal
        out.append(Entity("year", folded[match.start():end], match.start(), end, years=(roc, roc + ROC_OFFSET),
                          fiscal=fiscal))
    for match in re.finditer(r"(?<![\d.])((?:19|20)\d\d)(?![\d.]|\s*年)", folded):
        year = int(match.group(1))
        out.append(Entity("year", match.group(1), match.start(), match.end(), years=(year - ROC_OFFSET, year)))
    return out


def _surface(nfkc: str, folded: str, start: int, end: int) -> str:
    """How the question writes what its folded form holds at start:end (its own script when folding kept lengths)."""
    return nfkc[start:end] if len(nfkc) == len(folded) else folded[start:end]


def _segmented(folded: str) -> list[tuple[str, int]]:
    """The folded question's words with their offsets (segmented once per question)."""
    out, position = [], 0
    for word in words(folded):
        out.append((word, position))
        position += len(word)
    return out


def _organisations(folded: str, nfkc: str, segmented: list[tuple[str, int]]) -> list[Entity]:
    """Curated bodies (longest name first, never overlapping), then 部/署/局 words the table does not know."""
    taken: list[tuple[int, int]] = []
    out = []
    english = folded if len(folded) == len(nfkc) else nfkc.lower()
    for pattern, body, cased in _name_patterns():
        haystack = nfkc if cased else english
        for match in pattern.finditer(haystack):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            out.append(Entity("organisation", nfkc[match.start():match.end()] if len(nfkc) == len(folded)
                              else match.group(0), match.start(), match.end(), organisation=body))
    for word, start in segmented:
        end = start + len(word)
        if (GENERIC_BODY.match(word) and len(word) >= 3 and word not in NOT_BODIES
                and not any(start < stop and begin < end for begin, stop in taken)):
            out.append(Entity("organisation", _surface(nfkc, folded, start, end), start, end))
    return out


def _with_named_places(bodies: list[Entity], folded: str, nfkc: str, segmented: list[tuple[str, int]]) -> list[Entity]:
    """The bodies, then the parks, bureaus, centres and bases a question names by the words before their head
    (屏東園區, 北部科學園區管理局) where no body stands: each with those words of two characters or more as its parts,
    which the documents must all write. For the premise check only: no answer kind looks for such a body."""
    out, taken = [], [(body.start, body.end) for body in bodies]
    tagged = tagged_words(folded)
    if [word for word, _ in tagged] != [word for word, _ in segmented]:
        return bodies
    floor = _after_asked_verb(tagged)
    for n in reversed(range(len(tagged))):  # the last head first: 北部科學園區管理局, not 北部科學園區 in it
        word, at = tagged[n][0], segmented[n][1]
        if not word.endswith(NAMED_HEADS) or n < floor:
            continue
        first = n
        while first > floor and CJK_WORD.fullmatch(tagged[first - 1][0]) \
                and tagged[first - 1][1].startswith(MODIFIER_TAGS):
            first -= 1
        start, stop = segmented[first][1], at + len(word)
        parts = tuple(modifier for modifier, _ in tagged[first:n] if len(modifier) >= 2)
        if parts and not any(start < until and begin < stop for begin, until in taken):
            out.insert(0, Entity("organisation", _surface(nfkc, folded, start, stop), start, stop, parts=parts))
            taken.append((start, stop))
    return bodies + out


def _after_asked_verb(tagged: list[tuple[str, str]]) -> int:
    """Where a name may start in a question opened by the body it asks for (誰, 哪個單位): after that subject's verb,
    which the segmenter may tag a noun (誰 負責管理 中興園區, 哪個單位 督導 中興園區); 0 in any other question."""
    if not tagged or not ASKING.search(tagged[0][0]):
        return 0
    subject = 2 if tagged[0][1].startswith(ASKED_BODY) and len(tagged) > 1 and tagged[0][0] != "谁" else 1
    return subject + 1


def _owner(entity: Entity, folded: str, english: bool) -> bool:
    """Whether the question puts an organisation in the owner's place: its plan, its budget, what it runs."""
    after = folded[entity.end:]
    if english:
        return bool(OWNER_AFTER_EN.match(after) or OWNER_BEFORE_EN.search(folded[:entity.start]))
    return bool(OWNER_AFTER_ZH.match(after))


def phases_in(folded: str, english: bool) -> list[Entity]:
    """The ordinal phases a folded text names (第三期, 第一、二期; third phase, phase II), with their numbers."""
    pattern = EN_PHASE if english else PHASE
    out = []
    for match in pattern.finditer(folded):
        if english:
            word = (match.group(1) or match.group(2)).lower()
            numbers = (EN_ORDINALS[word] if word in EN_ORDINALS else int(re.sub(r"\D", "", word)),)
        else:
            numbers = _numbers(match.group(1))
        if numbers:
            out.append(Entity("phase", match.group(0), match.start(), match.end(), phases=numbers))
    return out


def _program_names(folded: str, nfkc: str, segmented: list[tuple[str, int]]) -> list[Entity]:
    """Program names written without quotes (國家太空科技發展中程計畫): the words before 計畫 back to a function word,
    an interrogative or punctuation, without generic tails (類, 相關); descriptions (…的計畫) give none."""
    out = []
    for i, (word, at) in enumerate(segmented):
        head = PROGRAM_WORD.match(word)
        if not head:
            continue
        name = [head.group(1)] if head.group(1) else []
        j = i - 1
        while j >= 0 and CJK_WORD.fullmatch(segmented[j][0]) and segmented[j][0] not in NAME_BREAKS \
                and not ASKING.search(segmented[j][0]):
            name.insert(0, segmented[j][0])
            j -= 1
        while name and name[-1] in GENERIC_TAILS:
            name.pop()
        name = [part for part in name if not PHASE.fullmatch(part)]
        if sum(len(part) for part in name) >= MIN_NAME_CHARS:
            start, end = segmented[j + 1][1], at + len(word)
            out.append(Entity("program", _surface(nfkc, folded, start, end), start, end, parts=tuple(name)))
    return out


def _names(text: str, folded: str) -> list[Entity]:
    """Quoted names, and in a Chinese question the Latin-script names it embeds (Beyond 5G, AI)."""
    out = [Entity("name", next(g for g in match.groups() if g), match.start(), match.end())
           for match in QUOTED.finditer(text)]
    if not english_frame(text):
        for match in LATIN_RUN.finditer(text):
            if not any(e.start <= match.start() < e.end for e in out):
                out.append(Entity("name", match.group(0).strip(), match.start(), match.end()))
    return out


def organisations_in(text: str) -> list[Entity]:
    """The organisations a text names (curated bodies and their aliases, then 部/署/局 words), in order; offsets are
    the text's own when folding keeps its length."""
    folded = fold(text)
    return sorted(_organisations(folded, unicodedata.normalize("NFKC", text), _segmented(folded)),
                  key=lambda entity: entity.start)


def entities(text: str) -> list[Entity]:
    """Every checkable entity of a question: years (ROC and Gregorian), organisations (with whether each stands as
    an owner), ordinal phases, quoted names and Latin-script names inside Chinese text."""
    nfkc = unicodedata.normalize("NFKC", text)
    folded = fold(text)
    english = english_frame(text)
    segmented = _segmented(folded)
    bodies = [Entity(e.kind, e.text, e.start, e.end, e.organisation, owner=_owner(e, folded, english), parts=e.parts)
              for e in _with_named_places(_organisations(folded, nfkc, segmented), folded, nfkc, segmented)]
    names = [e for e in _names(nfkc, folded)
             if not any(b.start <= e.start < b.end for b in bodies) and not e.text.isdigit()]
    programs = [] if not has_cjk(text) else [e for e in _program_names(folded, nfkc, segmented)
                                   if not any(n.start <= e.start < n.end for n in [*names, *bodies])]
    return _years(folded, english) + bodies + phases_in(folded, english) + names + programs


def _year_supported(entity: Entity, scope: Scope) -> bool:
    """A year the documents write (ROC or Gregorian); a fiscal year (110 年度, the 2021 plan) as a fiscal year."""
    roc, gregorian = entity.years
    if entity.fiscal:
        return bool(re.search(rf"(?<!\d){roc}年度", scope.text))
    return bool(re.search(rf"(?<!\d){roc}年", scope.text) or re.search(rf"(?<![\d.]){gregorian}(?![\d.])", scope.text))


def in_plan_names(text: str, scope: Scope) -> str:
    """A Chinese question with each curated body it names by a name the documents never write (中科) renamed to one
    they do (中部科學園區管理局), for the topic check and a choice's options; else unchanged."""
    if not has_cjk(text) or len(fold(text)) != len(text):
        return text
    for entity in sorted(_organisations(fold(text), text, []), key=lambda e: -e.start):
        body = entity.organisation
        if body is None or compact(fold(entity.text)) in scope.text:
            continue
        written = next((name for name in (body.name, *body.zh) if compact(fold(name)) in scope.text), None)
        if written:
            text = text[:entity.start] + written + text[entity.end:]
    return text


def _organisation_supported(entity: Entity, scope: Scope) -> tuple[bool, bool]:
    """(present, an owner) for an organisation: any of its names in the documents / in a title or a row's agency; a
    place or body named by its parts, when the documents write every one (中部園區 is their 中部科學園區), the first
    perhaps after a character the segmenter glued to it (蓋二林 of 在蓋二林園區的廠房: a verb and their 二林)."""
    if entity.parts and entity.organisation is None:
        first, *rest = entity.parts
        present = ((first in scope.text or len(first) > 2 and first[1:] in scope.text)
                   and all(part in scope.text for part in rest))
        return present, present
    names = entity.organisation.folded_names if entity.organisation else (compact(fold(entity.text)),)
    return any(name in scope.text for name in names), any(name in scope.owners for name in names)


def _near(scope: Scope, terms: list[str], window: int) -> list[int]:
    """Positions in the documents around which every term of a name occurs within `window` characters."""
    if not terms:
        return []
    rarest = min(terms, key=scope.text.count)
    return [m.start() for m in re.finditer(re.escape(rarest), scope.text)
            if all(term in scope.text[max(0, m.start() - window):m.start() + window + len(rarest)] for term in terms)]


def _name_supported(entity: Entity, scope: Scope, translate: Callable[[str], list[str]] | None) -> bool | None:
    """A quoted or Latin-script name: written in the documents; or, for an English name, the terms of its glossary
    translation found together (within NAME_WINDOW characters) somewhere. None when it cannot be checked."""
    name = compact(fold(entity.text))
    if len(name) < 2 or name in scope.text:
        return None if len(name) < 2 else True
    if has_cjk(entity.text) or not has_cjk(scope.text):
        return False
    terms = translate(entity.text) if translate else []
    return bool(_near(scope, terms, NAME_WINDOW)) if len(terms) >= MIN_NAME_TERMS else None


def _program_supported(entity: Entity, scope: Scope) -> bool | None:
    """An unquoted program name: written in the documents, or its words found together somewhere — the name or its
    tail (請給我、執行… before it are not part of it). A near miss — most of its words together in one place, another
    word instead of one of them (中程 for 長程, 醫療 for 災防) — is not supported; a name the documents hardly share
    words with cannot be checked (None: a paraphrase, perhaps)."""
    parts = list(entity.parts)
    for start in range(len(parts)):
        tail = parts[start:]
        if sum(len(part) for part in tail) < MIN_NAME_CHARS:
            break
        if "".join(tail) in scope.text or _near(scope, tail, NAME_WINDOW):
            return True
    name = "".join(parts)
    best, together = 0, 0
    for anchor in dict.fromkeys(part for part in parts if part in scope.text):
        for match in re.finditer(re.escape(anchor), scope.text):
            around = scope.text[max(0, match.start() - NAME_WINDOW):match.end() + NAME_WINDOW]
            found = [part for part in parts if part in around]
            if sum(map(len, found)) > best:
                best, together = sum(map(len, found)), len(found)
    near_miss = together >= 2 and best >= NEAR_MISS_SHARE * len(name) and len(name) - best >= 2
    return False if near_miss else None


def _phase_name(folded: str, entity: Entity) -> str:
    """The name a phase qualifies, before it (…計畫第四期) or after it (第四期…計畫, 第一期標準廠房), without 計畫 or
    punctuation."""
    preceding = folded[:entity.start].rstrip("－-— ")
    before = PHASE_NAME_BEFORE.search(preceding)
    after = None if re.search(r"计[画划]$", preceding) else PHASE_NAME_AFTER.match(folded[entity.end:])
    name = after.group(0) if after else qualified_noun(folded[entity.end:]) or (before.group(0) if before else "")
    name = re.sub(r"(?:计[画划]|工程)$", "", name)
    return "".join(re.findall(r"[\u4e00-\u9fffa-z0-9]", name))


def qualified_noun(text: str) -> str:
    """The nouns a phase stands right before, which it qualifies (第一期[標準廠房]是新建還是整建: not the park before it);
    '' when a verb or particle follows it (二林園區第一期要做什麼)."""
    nouns = list(takewhile(lambda tagged: tagged[1].startswith("n") or tagged[1] == "vn", tagged_words(text)))
    name = "".join(word for word, _ in nouns)
    return name if len(name) >= 2 else ""


def _phase_supported(entity: Entity, scope: Scope, terms: list[str], min_hits: int, name: str = "") -> bool | None:
    """The phase the documents give the named thing: the phase mentions whose surroundings hold most of the name's
    terms (at least `min_hits`) decide. A Chinese name the documents write but never with a phase near it does not
    support one either; None when the name cannot be found."""
    best, best_numbers = 0, set()
    distinct = list(dict.fromkeys(terms))
    if not distinct:
        return None
    for match in PHASE.finditer(scope.text):
        around = scope.text[max(0, match.start() - PHASE_WINDOW):match.end() + PHASE_WINDOW]
        hits = sum(1 for term in distinct if term in around)
        numbers = set(_numbers(match.group(1)))
        if hits > best:
            best, best_numbers = hits, numbers
        elif hits == best:
            best_numbers |= numbers
    if best >= min_hits:
        return bool(best_numbers & set(entity.phases))
    return False if len(name) >= MIN_PHASED_NAME and name in scope.text else None


def known_share(text: str, scope: Scope, glossary_knows: Callable[[str], bool],
                is_place: Callable[[str], bool], acts_only: Callable[[str], bool] = lambda stem: False) -> float:
    """The share of a question's content words the documents' vocabulary knows: Chinese and Latin words (rjieba, two
    characters or more) found in the documents, English stems the glossary translates or that name a body they write
    (NARLabs). Off-topic and chit-chat input knows few (你好, 股票, Tell me a joke). A place says where, not what
    about, so it does not count (新竹有什麼好吃的餐廳, a restaurant in Taichung); nor do English words the documents
    write only as verbs beside words they lack (What is the best phone to buy?: buy is 購置, phone nothing). 1.0 when
    there are no content words to judge."""
    if has_cjk(text):  # 哪一段提到 OKR is about the plan's OKR
        found = [word for word in words(QUESTION_WORDS.sub(" ", fold(text)))
                 if len(word) >= 2 and (CJK_WORD.fullmatch(word) or LATIN_WORD.fullmatch(word)) and not is_place(word)]
        return sum(written_share(word, scope) for word in found) / len(found) if found else 1.0
    stems = [stem for stem in english_stems(text) if not is_place(stem)]
    bodies = {stem for stem, _ in english_body_names(text, scope)}
    known = [stem for stem in stems if glossary_knows(stem) or stem in bodies]
    if len(known) < len(stems) and all(acts_only(stem) for stem in known):
        return 0.0
    return len(known) / len(stems) if stems else 1.0


def english_body_names(text: str, scope: Scope) -> list[tuple[str, tuple[str, ...]]]:
    """Each stem of an English question's name for a body the documents write (NARLabs) with that body's Chinese
    names (folded, compact): the glossary does not translate a body's English name. Not a body a title names (the
    EPA of its own plan): every passage is about it."""
    titles = compact(fold(" ".join(scope.titles)))
    found = []
    for entity in organisations_in(text):
        if (entity.organisation and _organisation_supported(entity, scope)[0]
                and not any(name in titles for name in entity.organisation.folded_names)):
            found += [(stem, entity.organisation.folded_names) for stem in english_stems(entity.text)]
    return found


def written_share(word: str, scope: Scope) -> float:
    """1.0 for a word the documents write, or one of theirs a guessed three-character word holds at either end; for a
    compound of four characters or more they do not, the share of its parts they do (最終目標: 目標, a half); else 0."""
    if word in scope.text:
        return 1.0
    if len(word) == GLUED_CHARS and not is_word(word) and (word[1:] in scope.text or word[:-1] in scope.text):
        return 1.0  # a word of theirs the segmenter glued to a character beside it (讓奈米 of 讓奈米X光…)
    parts = word_parts(word) if len(word) >= MIN_COMPOUND_CHARS else []
    return sum(part in scope.text for part in parts) / len(parts) if parts else 0.0


def _written_noun(word: str, scope: Scope, glossary: Glossary) -> bool:
    """Whether a word is a noun the documents write."""
    return (tagged_words(word)[0][1].startswith("n") and word not in scope.title_words
            and (word in glossary.vocabulary or word in scope.text))


def _verb_object(word: str, scope: Scope, glossary: Glossary) -> bool:
    """Whether the segmenter's noun is a verb and the noun it governs, which the documents write (發射衛星: 衛星); a
    word it guessed, no dictionary word, may be a one-character verb and its object (蓋路: 路, of the plan's 道路)."""
    cuts = range(2, len(word) - 1) if is_word(word) else range(1, len(word))
    return any(tagged_words(word[:cut])[0][1].startswith("v") and _written_noun(word[cut:], scope, glossary)
               for cut in cuts)


def _unwritten(word: str, scope: Scope) -> bool:
    """Whether no two characters of a word stand together in the documents (觀光), so it is no word of theirs the
    segmenter joined to the next character (二林蓋 of 在二林蓋道路)."""
    return not any(word[i:i + 2] in scope.text for i in range(len(word) - 1))


def _modifier(tagged: list[tuple[str, str]], n: int) -> bool:
    """Whether the n-th word, a verb or verbal noun to the segmenter, stands between a verb and a noun it modifies
    (推廣[托育]服務, 推動[長照]服務): what is asked about, not what is done (要[發射]火箭: a modal is no such verb)."""
    if not 0 < n < len(tagged) - 1 or tagged[n + 1][1] not in HEAD_TAGS:
        return False
    (before, tag_before), (word, tag) = tagged[n - 1], tagged[n]
    return (tag in ("v", "vn") and tag_before == "v" and len(before) >= 2
            and not word.endswith(VERB_COMPLEMENTS))


def _names_program(tagged: list[tuple[str, str]], n: int) -> bool:
    """Whether the n-th word is one of the nouns a plan noun closes (低軌衛星[計畫]): the name of what a claim is about."""
    for word, tag in tagged[n + 1:]:
        if PROGRAM_NOUN.match(word):
            return True
        if not tag.startswith("n"):
            return False
    return False


def absent_topic(text: str, scope: Scope, glossary: Glossary, polar: bool = False) -> list[str]:
    """What a question is about when the documents do not have it (Chinese: absent_nouns; English: absent_words)."""
    if has_cjk(text):
        return absent_nouns(text, scope, glossary, polar)
    return absent_words(text, scope, glossary) if polar else []


@lru_cache(maxsize=8)
def organisation_stems(scope: Scope) -> frozenset[str]:
    """The stems of the English names of the curated bodies the documents write (synchrotron, laboratories): names,
    not topics. Not of bodies they never write (the nuclear of the Institute of Nuclear Energy Research)."""
    return frozenset(stem for body in organisations() if any(name in scope.text for name in body.folded_names)
                     for name in body.en for stem in english_stems(name))


def absent_words(text: str, scope: Scope, glossary: Glossary) -> list[str]:
    """What an English yes/no claim is about when the documents do not have it: its words the dictionary translates
    but into no term the documents write (hydrogen, drones, offshore wind), as many as those it does translate into
    their terms — not counting the words such a word modifies (nuclear power plant: not the plan's power) — past the
    claim's frame (does the plan fund, run, mention, research…) and the words of the documents' English titles (the
    Ministry of Science and Technology's policy plan). A word the dictionary lacks, a place or a romanised name is not
    judged, and neither a word of the English name of a body the documents write (synchrotron) nor a verbal noun,
    which says what is done rather than what about (coral [restoration]), is ever absent. A word right after the
    claim's subject is its verb (the plan address[es] social issues), which modifies nothing. A place the dictionary
    names, capitalised past the first word, is what the claim is about (a park in Pingtung), however many other words
    the documents write. Empty when nothing is absent."""
    romanised, frame = glossary.romanised_stems(text), EN_CLAIM_FRAME | set(english_stems(covered("en", scope)))
    found = list(EN_WORD_SURFACE.finditer(text))
    words = [match.group() for match in found]
    judged = [(number, word, stem) for number, word in enumerate(words) for stem in english_stems(word)
              if stem not in frame and stem not in romanised and not glossary.is_place(stem)]
    absent = [number for number, word, stem in judged if not glossary.knows(stem) and stem in dictionary_stems()
              and stem not in organisation_stems(scope) and not VERBAL_NOUN_EN.search(word)]
    modified = {number for number in absent if not number or words[number - 1].lower() not in EN_CLAIM_SUBJECTS}
    for number in range(1, len(found)):  # nuclear power plant: the plan's power and plant, of what it never names
        if (number - 1 in modified and english_stems(words[number])
                and not text[found[number - 1].end():found[number].start()].strip(" -")):
            modified.add(number)
    written = [number for number, _, stem in judged if glossary.knows(stem) and number not in modified]
    named = any(number and words[number][:1].isupper() and english_stems(words[number])[0] in place_stems()
                for number in absent)  # a park in Pingtung: a place the documents never write
    if not absent:
        return unmet_compound(text, found, written, glossary, scope)
    if len(absent) < len(written) and not named:
        return []
    phrases: list[tuple[str, int]] = []
    for number in dict.fromkeys(absent):  # offshore wind: neighbouring words are one phrase
        if phrases and phrases[-1][1] == number - 1:
            phrases[-1] = (phrases[-1][0] + " " + words[number], number)
        else:
            phrases.append((words[number], number))
    return [phrase for phrase, _ in phrases]


def unmet_compound(text: str, found: list[re.Match[str]], written: list[int], glossary: Glossary,
                   scope: Scope) -> list[str]:
    """The last two words of an English claim, lower-case words each of which the documents write, when no sentence
    of theirs (with the heading or program it stands under) writes both (a quantum computer: 量子 of 量子科技, 晶片 of
    chip design): the thing the claim is about, which the documents do not name however well they know its words.
    A pair one of their sentences writes (semiconductor talent: 培育相關研發人才 under the semiconductor program) is
    theirs; a name (Central Taiwan), a pair with a Latin word the documents write as it is (AI chips), a word of the
    claim's frame (quantum research), a verbal noun (making films, satellite restoration) or an ordinal (its second
    phase: the phase check's) is not judged."""
    last = len(found) - 1
    if (not scope.sentences or last < 1 or written[-2:] != [last - 1, last]
            or text[found[-1].end():].strip(" ?？.。!")):
        return []  # without the documents' sentences, nothing is judged
    pair = found[-2:]
    if (any(word.group()[:1].isupper() for word in pair) or text[pair[0].end():pair[1].start()].strip(" -")
            or any(VERBAL_NOUN_EN.search(word.group()) for word in pair) or pair[0].group().lower() in EN_ORDINALS):
        return []
    stems = [english_stems(word.group()) for word in pair]
    terms = [[term for stem in word for term in glossary.terms_of(stem)] for word in stems]
    whole = glossary.phrases.get(" ".join(stems[0] + stems[1]), []) + [term for term in terms[0] if term in terms[1]]
    if not all(terms) or any(term in scope.text for term in whole):  # light source: 光源, one word for the pair
        return []
    met = any(any(term in sentence for term in terms[0]) and any(term in sentence for term in terms[1])
              for sentence in scope.sentences)
    return [] if met else [f"{pair[0].group()} {pair[1].group()}"]


def latin_written(word: str, glossary: Glossary) -> bool:
    """Whether a (folded) Latin word of two characters or more is one the documents write (the glossary's)."""
    return len(word) >= 2 and word in glossary.latin


def absent_nouns(text: str, scope: Scope, glossary: Glossary, polar: bool = False) -> list[str]:
    """What a Chinese question is about when the documents do not have it: its nouns and set phrases (rjieba's tags)
    that they neither write nor say in their own words (電動機 of 電動機車, 電池, 自駕車), as the question writes them,
    provided it names no noun they write or say in their own words, nor a Latin name they write (AI), besides the
    words of their titles and the name nouns (科技部, 計畫, 名稱). A noun they write (衛星, 腦科技) or say (案子: their
    案源), alone or inside a set phrase (神經 of 大腦神經), makes it a question about their subject, however it words
    the rest — except in a `polar` claim (太空計畫要發射火箭嗎), whose unwritten nouns, as many as its written ones
    outside the name of the program it is about, are what it claims. Empty without the documents' words."""
    if not glossary.vocabulary:
        return []
    nfkc, folded = unicodedata.normalize("NFKC", text), fold(text)
    absent, written, position, modified = [], 0, 0, -1
    tagged = tagged_words(folded)
    for n, (word, tag) in enumerate(tagged):
        start, position = position, position + len(word)
        end = position
        if not is_word(word):  # 資安要, 哪三大願景: a word the segmenter guessed, the noun with a modal or determiner
            bare = WH_DETERMINER.sub("", word)
            start += len(word) - len(bare.lstrip(GLUED))
            word = bare.strip(GLUED)
            end = start + len(word)
        if tag in FIXED_EXPRESSIONS and any(_written_noun(part, scope, glossary) for part in word_parts(word)):
            return []
        if n == modified:  # 服務 of 長照服務: the head of an absent modifier says nothing of what is asked about
            continue
        if latin_written(word, glossary):  # AI, OKR: a Latin name the documents write is their subject as a noun is
            if not polar:
                return []
            written += not _names_program(tagged, n)
            continue
        noun = tag.startswith("n") or tag in FIXED_EXPRESSIONS
        modifying = not noun and _modifier(tagged, n)  # 推廣[托育]服務, 推動[長照]服務: asked about only when absent
        if (not (noun or modifying) or len(word) < 2 or not CJK_WORD.fullmatch(word) or word in scope.title_words
                or n == 0 and word in ACTORS
                or QUESTION_WORDS.fullmatch(word) or re.fullmatch(NAME_NOUNS, word) or glossary.is_place(word)):
            continue
        if (word in glossary.vocabulary or word in scope.text or _verb_object(word, scope, glossary)
                or glossary.paraphrases(word)):
            if modifying:  # a verb the plan writes says what is done (發展 of 發展電動車), not what about
                continue
            if not polar:
                return []
            written += not _names_program(tagged, n)  # 低軌衛星計畫會用火箭發射嗎: the subject is no claim
        else:
            absent.append(_surface(nfkc, folded, start, end))
            heads = n + 1 < len(tagged) and tagged[n + 1][1] in HEAD_TAGS
            modified = n + 1 if heads and _unwritten(word, scope) else modified
    return absent if len(absent) >= written else []


def check(text: str, scope: Scope, translate: Callable[[str], list[str]] | None = None,
          options: Sequence[str] = ()) -> Unsupported | None:
    """The first premise of the question the documents do not support, or None. A choice assumes only one of its
    `options` (folded): it is unsupported when each option, read in the question without the others, is
    (110年到113年還是110年到114年 assumes neither year 114 nor any other)."""
    alone = [question for n in range(len(options)) if (question := without_others(text, options, n))]
    if len(options) >= 2 and len(alone) == len(options):
        found = [first_unsupported(question, scope, translate) for question in alone]
        return None if None in found else found[0]
    return first_unsupported(text, scope, translate)


def without_others(text: str, options: Sequence[str], keep: int) -> str | None:
    """The question with every option but one taken out; None when the options are not found in order."""
    folded, spans, at = fold(text), [], 0
    if len(folded) != len(text):
        return None
    for option in options:
        found = folded.find(option, at)
        if found < 0:
            return None
        spans.append((found, found + len(option)))
        at = found + len(option)
    kept, last = [], 0
    for n, (begin, end) in enumerate(spans):
        if n != keep:
            kept.append(text[last:begin])
            last = end
    return "".join(kept) + text[last:]


def first_unsupported(text: str, scope: Scope, translate: Callable[[str], list[str]] | None) -> Unsupported | None:
    """The first entity of the text the documents do not support."""
    folded = fold(text)
    return next((found for entity in entities(text) if (found := _unsupported(entity, folded, text, scope, translate))),
                None)


def _unsupported(entity: Entity, folded: str, text: str, scope: Scope,
                 translate: Callable[[str], list[str]] | None) -> Unsupported | None:
    """The entity as a premise the documents do not support, or None when they do."""
    if entity.kind == "year" and not _year_supported(entity, scope):
        return Unsupported(entity)
    if entity.kind == "organisation":
        present, owner = _organisation_supported(entity, scope)
        if not present:
            return Unsupported(entity)
        if entity.owner and not owner:
            return Unsupported(entity, not_owner=True)
    if entity.kind == "phase" and not has_cjk(text) and POLAR_EN.match(folded):
        return None  # Is X in its second phase? claims a phase, which the verdict settles by the one X's row states
    if entity.kind == "phase":
        name = _phase_name(folded, entity) if has_cjk(text) else ""
        if name:
            terms = [name[i:i + 2] for i in range(len(name) - 1)]
            min_hits = max(2, (len(set(terms)) + 1) // 2)
        else:
            terms, min_hits = (translate(text) if translate else []), EN_PHASE_MIN_HITS
        if _phase_supported(entity, scope, terms, min_hits, name) is False:
            return Unsupported(entity)
    if entity.kind == "name" and _name_supported(entity, scope, translate) is False:
        return Unsupported(entity)
    if entity.kind == "program" and _program_supported(entity, scope) is False:
        return Unsupported(entity)
    return None
