"""Question analysis from structure: how a question is put (interrogative, request, choice, yes/no, keywords), the
noun its interrogative attaches to wherever it stands, and so the slot it asks for.

哪個計畫… (determiner before its noun), …的計畫是哪一個 (pronoun: the subject's head noun), 我想找…的計畫 (the head of a
request's final noun phrase), X 是誰負責的 (誰: whoever acts, an organisation here) all ask for a program or an agency
the same way. The tables of words are in qa/question/forms.py.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from qa.question.forms import (ASIDE_CLAUSE, ASSIGNED_EN, PARTNER_EN, AMOUNT_NOUNS, FINAL_WEI_HE, ASKER, ASKER_REST_MIN_TERMS, AGENCY_CUE_EN, AGENCY_CUE_ZH, CATEGORY_CLASSIFIER, CHOICE_EN, CHOICE_WEAK_ZH, CHOICE_ZH, PAIR_CHOICE_ZH, COLLOQUIAL, COUNT, MIXED_FOR_EN, MIXED_FOR_ZH, EN_CALLED, EN_NAME_OF, EN_POSSESSIVE, EN_SLOT_NOUNS, EXISTENCE,
                               EXPECTS_PATTERNS, FUNCTION_CHARACTERS, HEDGES, THE_YEAR, HOW, INTENT, INTERROGATIVES, LOCATING_EN, LOCATING_ZH, MENTION, KEYWORD_MAX_CHARS, KEYWORD_MAX_WORDS, LIST_EN, LIST_ZH, MONEY_USE,
                               NAME_NOUNS, NOT_INTERROGATIVE, NUMBER_WORDS, OTHER_NOUN_ASKED, OTHER_WH_EN, OTHER_WH_ZH, PART_COUNT, PART_COUNT_EN, POLAR_EN, PROGRAM_AGENCY_KEYWORDS, POLAR_ZH, POLITE_REQUEST_ZH, REPAIR, REPAIR_MIN_CHARS,
                               PLACEHOLDER_NOUNS, PREAMBLE, PREDICATE, PRONOUN_END, REQUEST_EN, REQUEST_ZH, ROW_COUNT, ROW_SLOTS, SINGULAR_ONLY, SLOT_NOUNS,
                               WH_EN, WH_ZH, WHY, Asks, Expects, Form)
from qa.crosslingual import content_words, english_stems
from qa.question.premise import PROGRAM_NOUN, organisations_in
from qa.question.synonyms import synonyms
from qa.text import CJK_RUN, converter, english_frame, fold, has_cjk, tagged_words, tokenize, word_boundaries

ZH_NOUNS = sorted(((noun, slot) for slot, nouns, _ in SLOT_NOUNS for noun in nouns), key=lambda pair: -len(pair[0]))
EN_NOUNS = {noun: slot for slot, nouns, _ in EN_SLOT_NOUNS for noun in nouns}
PERSON_ZH = tuple(noun for slot, nouns, _ in SLOT_NOUNS if slot is Asks.person for noun in nouns)
# 誰/who followed by a modal asks who may or will (apply, benefit): a group the plan names, not who acts.
ELIGIBLE_ZH = re.compile(r"(?:可以|可|能够|能|会|该|应该|得以|有资格|适合)")
ELIGIBLE_EN = re.compile(r"\s+(?:can|could|may|might|is eligible|are eligible|qualif\w*|benefits?|will benefit|gets?|"
                         r"receives?|(?:is|are) given)\b")  # who gets/receives…: whom it gives to, not who acts
PROGRESSIVE = re.compile(r"有在")  # 有在推動: the aspect of a verb under way
A_NOT_A = re.compile(r"(有)[沒没]有|(是)不是|是否|(要)不要|(會)不會|(会)不会|(能)不能")  # mid-question A-not-A: kept as A
RECIPIENT_NOUN = re.compile(r"对象(?:是|为)?$")
AMONG = re.compile(r"(?:之中|当中|里面|里头|中|里)(?:[，,\s]|(?=有?(?:哪|几)))")  # 這類計畫中，…, 計畫裡面哪個…: the noun the
# question picks from
EXISTENTIAL = re.compile(r"^(?:请问)?(?:有|是否有)(?:一)?[个项]?")
# which bodies does X work with, who will the ministry cooperate with: the interrogative is an object
COPULAS = frozenset({"是", "为", "有", "叫", "指"})  # what 什麼 after it asks the identity (or amount) of
EN_OBJECT_QUESTION = re.compile(r"^(?:[a-z-]+\s+){0,3}?(?:(?:do|does|did)\s|(?:will|would|can|could|should|shall)\s+"
                                r"(?:the|this|that|these|those|its|their|our|we|they|it)\s)")
NO_NOUN_TAGS = ("d", "p", "c")  # jieba's adverb, preposition and conjunction: no noun phrase opens with one
CLAUSE_END = re.compile(r"(?!(?<=\d)[,:]\d)[，,。；;：:？?！!]")  # not a comma or colon inside a number (2,000)
TRAILING = re.compile(r"[\s?？。.!！、，,]+$")
DETERMINER_WINDOW = 12
CONTENT_TAGS = ("n", "v", "a", "j", "l", "i", "t")  # jieba tags: nouns, verbs, adjectives, abbreviations, set phrases,
# time words (潛在 and 未來 are tagged so)
EN_DETERMINER_WORDS = 5
EN_AUXILIARIES = frozenset("does do did is are was were can could will would should shall may might must has have had".split())
# a preposition ends the noun phrase a determiner opens (which [building] in the park); 'of' continues it (type of)
EN_PHRASE_ENDS = EN_AUXILIARIES | frozenset("in at on for from with under by within to into about across".split())
EN_REQUEST_WORDS = 6
EN_CATEGORY_NOUNS = ("type", "kind", "sort", "class")
EN_PROGRAM_NOUNS = tuple(noun for noun, slot in EN_NOUNS.items() if slot is Asks.program)
EN_WORD = re.compile(r"[a-z][a-z'-]*")
EN_ARTICLE = re.compile(r"^(?:the|a|an|this|that|its|their)\s+")
YEAR_WH = re.compile(r"哪[一几]?年")
PHRASE_MODIFIERS = ("a", "b", "vn")  # adjectives, distinguishing words and verbal nouns qualify a noun (重大, 實驗)
EN_PREDICATE_HEAD = re.compile(r"^(?:[a-z-]+\s+){0,2}?(?:[a-z-]+['’]s\s+)?([a-z-]+)\s+(?:of|in|for)\b")
EN_OPTION_LEAD = re.compile(r"^.*\b(?:by|is|are|was|a|an|the|from|to)\s+(?=\S)")
ZH_OPTION_LEAD = re.compile(r"^.*(?:是由|属于|是|由)")
QUOTED_OPTION = re.compile(r"「([^「」]+)」")
ZH_OPTION_TRAIL = re.compile(r"(?:负责|执行|在执行|在做|在负责|主办|推动|的|呢|吗)+$")


@dataclass
class Question:
    """What the answerer needs to know about a question."""

    text: str
    lang: str
    asks: Asks
    expects: Expects
    terms: list[str] = field(default_factory=list)
    count: int | None = None
    how: bool = False
    query: str = ""
    why: bool = False
    form: Form = Form.wh
    noun: str = ""
    wants_list: bool = False
    options: list[str] = field(default_factory=list)
    counts_rows: bool = False
    governed: bool = False
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    locates: bool = False  # asks where in the plan something is said (哪一部分提到…, Which section covers…?)
    term_groups: list[frozenset[str]] = field(default_factory=list)  # an English question's terms, word by word

    @property
    def row_list(self) -> bool:
        """'Which programs …': every program row that meets the question's condition."""
        return self.asks is Asks.program and self.wants_list


@dataclass
class Structure:
    """The form, the slot and the attached noun read off a question's words."""

    form: Form
    asks: Asks = Asks.general
    noun: str = ""
    wants_list: bool = False
    options: list[str] = field(default_factory=list)
    counts_rows: bool = False
    governed: bool = False  # the interrogative is a verb's or preposition's object (責成哪個機構, 透過誰)


def detect_lang(text: str) -> str:
    """'en' for a question put in English (a Chinese name inside it too); 'zh-Hans' when folding to Simplified
    changes nothing but the text has characters that differ between scripts; else 'zh-Hant'."""
    if english_frame(text):
        return "en"
    if converter("t2s").convert(text) != text:
        return "zh-Hant"
    return "zh-Hans" if converter("s2t").convert(text) != text else "zh-Hant"


def without_aside(text: str) -> str:
    """The question without a clause that sets something aside (除了美、亞、歐，…; 光子源除了 X 還要建…): what is not
    asked should not draw the embedding to the sentences that name it."""
    folded = fold(text)
    aside = ASIDE_CLAUSE.search(folded)
    if not aside or len(folded) != len(text) or aside.end() - aside.start() == len(text.strip()):
        return text
    return text[:aside.start()] + text[aside.end():]


def search_query(text: str) -> str:
    """The question without a conversational preamble (請問, 我想知道, 能不能說明一下, tell me…) or a leading 有沒有, and
    an A-not-A one asked with 嗎 instead, and without the aspect 在 of 有在推動: the words that carry its meaning, which
    is what the embedding should compare with the plan's sentences."""
    stripped = without_aside(EXISTENCE.sub("", PREAMBLE.sub("", text.strip())))
    folded = fold(stripped)
    polite = POLITE_REQUEST_ZH.match(folded) if len(folded) == len(stripped) else None
    stripped = re.sub(r"[嗎吗呢]+([？?]?)$", r"\1", stripped[polite.end():]) if polite else stripped
    particle = A_NOT_A.search(stripped) if not polite and len(folded) == len(stripped) else None
    if particle:  # 災防中心有沒有負責颱風研究 is embedded as 災防中心有負責颱風研究嗎？, the form its sentences are nearer
        kept = next((verb for verb in particle.groups() if verb), "")
        kept = "" if kept == "是" and stripped[particle.end():particle.end() + 1] in "有在要会會" else kept  # 是不是有
        stripped = (stripped[:particle.start()] + kept + stripped[particle.end():]).rstrip("？?。 ") + "嗎？"
    stripped = without_progressive(stripped)
    return stripped if len(stripped) >= 2 else text


def without_progressive(text: str) -> str:
    """The question without the colloquial aspect 在 of 有在 before a verb (科技部有在推動量子科技嗎: 有推動), which no
    sentence of the plan writes; 在 before a place (有在臺南設基地嗎) is kept."""
    found = PROGRESSIVE.search(text)
    if not found or len(fold(text)) != len(text):
        return text
    following = tagged_words(fold(text[found.end():]))
    return text[:found.start() + 1] + text[found.end():] if following and following[0][1] == "v" else text


def yes_no_frame(question: Question) -> bool:
    """True when a yes/no question's embedded words still carry its frame (科技部有…嗎, Does the plan…): its
    similarities are on another scale (the frame lifts whatever the ministry does), so abstention uses its own
    threshold. A leading 有沒有 is dropped before embedding, leaving a question like any other."""
    return question.form is Form.polar and bool(POLAR_ZH.search(fold(question.query)) or POLAR_EN.match(fold(question.query)))


def content_terms(text: str) -> list[str]:
    """Folded CJK bigrams and Latin words of the question, without interrogatives, particles, function words and a
    mention frame (計畫裡有提到) — but a noun, verb or adjective keeps its characters, so that 社會, 能源 or 目的 keeps
    its 會, 能 or 的."""
    folded = re.sub(f"{MENTION}|{INTERROGATIVES}|{INTENT}|{HEDGES}|{THE_YEAR}", " ", fold(text))
    kept = "".join(word if len(word) > 1 and tag.startswith(CONTENT_TAGS) else re.sub(FUNCTION_CHARACTERS, " ", word)
                   for word, tag in tagged_words(folded))
    return [token for token in tokenize(kept) if len(token) > 1 or not has_cjk(token)]


def term_synonyms(text: str, terms: list[str], known: Callable[[str], bool]) -> dict[str, frozenset[str]]:
    """For each term that is one of the question's two-character content words and that the documents never write,
    its Cilin synonyms they do write (老师 → 师资): the word the plan uses instead. A word the plan writes keeps to
    itself: its other senses' synonyms would match unrelated sentences (科学 → 正确)."""
    words = {word for word, tag in tagged_words(fold(text)) if tag.startswith(CONTENT_TAGS)}
    out = {term: frozenset(filter(known, synonyms(term))) for term in terms if term in words and not known(term)}
    return {term: found for term, found in out.items() if found}


BASIS_BEFORE = re.compile(r"(?:依据|根据|依照|按照|依循|遵循|参照|依)$")  # what a decision rests on, before its noun
DETERMINED = re.compile(r"(?:^|[个些家哪何么])$")  # what a one-character slot noun must follow
DESCRIBED_NOUN = re.compile(r"的([^的]{1,6})$")
BODY_RUNS = re.compile(r"(.{2,20}?)(?:负责|执行|主管|管理|管|主办|在做|在负责)(?:了|的|些)?")  # X 負責什麼
PICKED_FROM = re.compile(r"(?<=计划|计画)有(?=哪些|几)")  # 南科的計畫有哪些不是公共建設: picked from its programs
CONDITION_OPENS = re.compile(r"不是|是|跟|和|与|同|由|属于|不属于|归")  # …有哪些[不是…]: a condition, not a noun it has
AMONG_COUNT = re.compile(r"(?:计划|计画)(?:之中|当中|里面|里头|中|里)[，,\s]?[^，,。]*?(?<!哪)(?:几|多少)[个项]?")  # …計畫中，有幾個…
# Among NARLabs' programs, which…: the rows picked from those the question names first
EN_CONTINUING = re.compile(r"\b(?:keeps?|kept|keeping)\s+(?=[a-z]+ing\b)", re.IGNORECASE)  # keep V-ing: go on V-ing
EN_AMONG = re.compile(r"^\s*(?:among|of|out of)\s+(?:the\s+)?([^,]*?\b(?:programs?|programmes?|projects?)\b[^,]*?)"
                      r"\s*,?\s*(which|what|how many)\b", re.IGNORECASE)
EN_BODY_DOES = re.compile(r"^what\s+(?:does|do|will)\s+(.{2,80}?)\s+(?:do|run|handle|manage|oversee|carry out|"
                         r"take care of|work on)\s*[?.!]*$", re.IGNORECASE)
RELATED = re.compile(r"(?:跟|与|和|同)[^，,。；;]{1,10}?(?:有关|相关|有关系)的")
# items of a named program's text, not programs: 工作項目, or 項目 alone unless a topic picks among programs
ITEM_NOUN = re.compile(r"(?:工作|重点|发展|执行|实施|子)项目")
BARE_ITEM_NOUN = re.compile(r"项目")
PROGRAM_NAMED = re.compile(r"计划|计画|方案")
CLASSIFYING = re.compile(r"[算列归属分划]")  # verbs that file a program under a category (算, 列為, 歸類, 劃分)
ITEMS_COUNT = re.compile(r"(?<!哪)(?:几|多少)个?项目(?![的，,])"  # how many 項目: the Mainland word for programs
                         r"|项目(?:总共|一共|共)?有?(?:几|多少)个?(?![\u4e00-\u9fff])")
PROGRAM_NOUN_END = re.compile(r"(?:计划|计画|方案)$")  # a word naming a program (農業計畫), or the plan itself
PLAN_MAKERS = frozenset({"科技部", "本部", "政府", "行政院", "年度", "施政", "政策", "国家", "我国", "台湾"})  # whose goals are headings
OWN_PROGRAM = re.compile(r"(?<!施政)(?<!年度)(?:计划|计画|方案)")  # a program of the plan, not the plan itself
ITEMS_OF_PROGRAM = re.compile(r"(?:计划|计画)的[^的，,]*项目$")  # 腦科技計畫的重點發展項目: items of a program's text


def noun_at(text: str, position: int) -> tuple[str, Asks] | None:
    """The slot noun starting at `position`, longest first (one of one character only where it follows a
    determiner: first in the words after an interrogative, or after a measure word)."""
    return next(((noun, slot) for noun, slot in ZH_NOUNS if text.startswith(noun, position)
                 and (len(noun) > 1 or DETERMINED.search(text[:position]))), None)


def first_noun(text: str, limit: int) -> tuple[str, Asks] | None:
    """The first slot noun within `limit` characters of the noun phrase that starts the text: not past the end of
    the clause, and none when a verb or preposition comes first or a verb ends the phrase (哪個國家型計畫 attaches 計畫;
    依據什麼編定施政計畫, 以什麼為目標 and 用什麼方式推動計畫 attach nothing: 方式 is the noun asked about, and no slot's)."""
    end = CLAUSE_END.search(text)
    window = text[:min(limit, end.start() if end else len(text))]
    related = RELATED.match(window)  # 跟衛星相關的計畫: a program the clause describes, its words no slot's
    position, phrase = 0, False
    for number, (word, tag) in enumerate(tagged_words(window)):
        if related and position < related.end():
            position += len(word)
            continue
        found = next((noun_at(window, i) for i in range(position, position + len(word)) if noun_at(window, i)), None)
        end = position + len(word)
        body = noun_at(window, end + window.startswith("的", end)) if found and found[1] is Asks.category else None
        if body and body[1] is Asks.agency:
            return body  # 什麼性質的機構: the kind of a body, which its name says (行政法人…)
        if found:
            return found
        if (tag == "v" and (number == 0 or phrase)) or (tag == "p" and number == 0):  # 以什麼為目標: 目標 is 為's
            return None
        phrase = phrase or tag.startswith("n")
        position += len(word)
    return None


def last_noun(text: str) -> tuple[str, Asks, int] | None:
    """The last slot noun of the text (the head of its final noun phrase; the longest one ending there: 執行機關,
    not 機關) and where it starts; none when it names a part or kind of something other than a program (報告種類,
    計畫的重點發展項目: the items of its text)."""
    for end in range(len(text), 0, -1):
        found = next(((noun, slot) for noun, slot in ZH_NOUNS if text.endswith(noun, 0, end)
                      and (len(noun) > 1 or DETERMINED.search(text[:end - 1]))), None)
        if found:
            start = end - len(found[0])
            if found[1] is Asks.category and classifies_other(text[:start]) or ITEMS_OF_PROGRAM.search(text[:end]):
                return None
            return found[0], found[1], start
    return None


def classifies_other(before: str) -> bool:
    """Whether the words before a category noun or classifier end in a noun a clause describes that is no program's
    (包含的報告[種類], 培育的人才是[哪一類]): it classifies that, not a program row (a row's own name may end in any
    noun: …社會影響之研究是哪一類). 項目 is a program's (新竹園區的建設項目屬於哪類) unless a program named before it
    has it."""
    subject = PREDICATE.sub("", before.rstrip(" ，,")).rstrip(" ，,")
    described = DESCRIBED_NOUN.search(subject)
    tagged = tagged_words(described.group(1)) if described else []
    if not tagged or not tagged[-1][1].startswith("n"):
        return False
    head = tagged[-1][0]
    return not (PROGRAM_NOUN.search(head) or head.endswith("项目") and not PROGRAM_NAMED.search(subject))


def kinds_object(before: str) -> bool:
    """Whether the words before a bare classifier end in a verb that takes what it classifies (新創事業要引進[哪一類]):
    the kind of that, not a program's category, which a copula or a verb that files it asks (是, 算, 歸在哪一類)."""
    tagged = tagged_words(before.rstrip(" ，,"))
    return (bool(tagged) and tagged[-1][1] == "v" and not CLASSIFYING.search(tagged[-1][0])
            and not PREDICATE.search(before) and not PROGRAM_NAMED.search(before))


def subject_head(subject: str) -> tuple[str, Asks, int] | None:
    """The slot noun heading a subject: the one ending it (…的計畫; 計畫的實施區域 is headed by 實施區域, no slot's), the
    noun an opening 有(個) introduces (有個計畫要用病歷資料發展 AI), or the one a topic picks from (這類計畫中，X 負責哪些)."""
    found = last_noun(subject)
    if found and found[2] + len(found[0]) == len(subject):
        return found
    existential = EXISTENTIAL.match(subject)
    introduced = noun_at(subject, existential.end()) if existential else None
    if introduced:
        return (*introduced, existential.end())
    topic = AMONG.search(subject)
    return last_noun(subject[:topic.start()]) if topic else None


def head_word(phrase: str) -> str:
    """The noun word ending a phrase (活動 of 科普活動), else ''."""
    tagged = tagged_words(phrase)
    return tagged[-1][0] if tagged and tagged[-1][1].startswith("n") else ""


def phrase_head(text: str) -> str:
    """The head of the noun phrase that opens the text: its last noun of two characters or more before the first
    word that is not a noun or a modifier (哪些[實驗設施] → 設施, 哪些[重大社會議題] → 議題), or a verbal noun after a noun,
    which is a predicate (什麼[方式]培育人才); past a placeholder noun and 的, the noun it stands in for; '' without
    one."""
    head = ""
    for word, tag in tagged_words(text):
        if word == "的" and head in PLACEHOLDER_NOUNS:  # 哪兩方面的[優勢]: what 方面 stands in for follows
            head = ""
            continue
        if not (tag.startswith("n") or tag in PHRASE_MODIFIERS) or tag == "vn" and head:
            break
        if tag.startswith("n") and len(word) >= 2:
            head = word
    return head


def first_word_noun(text: str) -> str:
    """The text's first word when it is a noun, however short (洲 of 哪幾個洲為重點), else ''."""
    tagged = tagged_words(text)[:1]
    return tagged[0][0] if tagged and tagged[0][1].startswith("n") else ""


def names_only(option: str) -> bool:
    """Whether an option ends in a noun, not in a verb the question goes on with (人工智慧[屬於]哪一項策略)."""
    tagged = tagged_words(option.strip())
    return bool(tagged) and not tagged[-1][1].startswith(("v", "p", "d"))


def final_head(text: str) -> tuple[str, Asks]:
    """The slot of a phrase's head noun when the phrase ends with one (…的計畫, X 執行單位), else general."""
    found = last_noun(text)
    if found and found[2] + len(found[0]) == len(text):
        return found[0], found[1]
    return "", Asks.general


def zh_options(folded: str, marker: re.Pattern[str] = CHOICE_ZH) -> list[str]:
    """The alternatives of A 還是 B: quoted ones as quoted, else what follows the last copula or preposition before
    the marker (or, with none, the words before it as long as B: 發展光學遙測衛星還是通訊衛星), and what follows
    it, without the shared verb (負責, 執行) or particles."""
    parts = marker.split(folded)
    if len(parts) < 2:
        return []
    quoted = QUOTED_OPTION.findall(folded)
    if len(quoted) >= 2:
        return quoted
    rest = [ZH_OPTION_TRAIL.sub("", re.sub(r"^(?:是|由|是由)", "", part).strip(" 「」『』\"'")) for part in parts[1:]]
    lead = ZH_OPTION_LEAD.match(parts[0])
    first = parts[0][lead.end():] if lead else parallel_suffix(parts[0], len(rest[0]))
    options = [first] + rest
    return [cleaned for option in options if (cleaned := ZH_OPTION_TRAIL.sub("", option.strip(" 「」『』\"'")).strip(" 「」『』"))]


def parallel_suffix(text: str, length: int) -> str:
    """The end of `text` as long as the other option (at least two characters), starting on a word boundary."""
    start = max(0, len(text) - max(length, 2))
    bounds = word_boundaries(text)
    while start > 0 and start not in bounds:
        start -= 1
    return text[start:]


EN_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+.*$")
EN_WHICH_OF_LISTED = re.compile(r"^which\b[^,:]*[,:]\s*(.+\s(?:or|or else)\s.+)$")  # Which is run by X, A or B?


def en_options(folded: str) -> list[str]:
    """The alternatives of 'Is X an A or a B program?' / 'run by A or by B': the words after the last article or
    preposition before 'or', and the words after it."""
    parts = CHOICE_EN.split(folded)
    if len(parts) < 2:
        return []
    first = EN_OPTION_LEAD.sub("", parts[0])
    rest = [re.sub(r"^(?:by|a|an|the|is|to|from)\s+", "", part.strip()) for part in parts[1:]]
    rest[-1] = EN_RELATIVE.sub("", rest[-1])  # Is it A or B that NARLabs runs?: the clause is no part of B
    return [option.strip() for option in [first, *rest] if option.strip()]


MODALS = frozenset(("要", "会", "将", "想", "能", "可以", "打算", "准备", "预计", "应", "应该", "得"))


def governed(before: str) -> bool:
    """Whether the words before an interrogative end in a verb or preposition that takes it as its object (透過誰,
    成為什麼, 參考了哪個): not the copula 是 nor 由, which marks the agent (由誰負責), nor 歸/屬於, which mark the owner
    (歸誰管)."""
    tagged = tagged_words(re.sub(r"(?<=.)[了过着]$", "", before.rstrip()))  # an aspect particle after the verb
    after_modal = len(tagged) >= 2 and tagged[-2][0] in MODALS  # 要[媒合]誰: a modal's word is a verb, tagged or not
    return (bool(tagged) and (tagged[-1][1].startswith(("v", "p")) or after_modal)
            and tagged[-1][0] not in ("是", "由", "为", "在", "归", "属于", "隶属"))


# 是誰的 at the end, of a program or of a duty (是誰的責任, 業務): whose it is, the agency running it
OWNED = re.compile(r"(?:计划|计画|方案|专案|责任|业务|工作|职责|任务|权责)?[呢啊吗]*[？?。]?$")


def _zh_wh_slot(folded: str, match: re.Match) -> Structure:
    """The slot of an interrogative: the noun it determines (哪個計畫), else — standing at the end — the head noun of
    the subject it is predicated of (…的計畫是哪一個; 什麼 only of a described noun: …的計畫是什麼, not X計畫是什麼)."""
    word = match.group(0)
    wants_list = bool(re.search(r"[些几二三四五六七八九十两]", word))
    if word == "谁":
        person = next((noun for noun in PERSON_ZH if noun in folded), "")
        if not person and ELIGIBLE_ZH.match(folded, match.end()):
            return Structure(Form.wh, Asks.general, "", wants_list)  # 誰可以申請: a group, not who acts
        if not person and RECIPIENT_NOUN.search(folded, 0, match.start()):
            return Structure(Form.wh, Asks.general, "对象", wants_list)  # 補助對象是誰: whom it acts on, not who acts
        owned = folded[match.end() + 1:] if folded.startswith("的", match.end()) else None
        if not person and owned is not None and OWNED.match(owned) and folded[:match.start()].endswith("是"):
            return Structure(Form.wh, Asks.agency, "谁", wants_list)  # X 是誰的(計畫): whose program, its agency
        if not person and (governed(folded[:match.start()]) or owned is not None):
            return Structure(Form.wh, Asks.general, "谁", wants_list, governed=True)  # 透過誰, 誰的資源: as the plan names it
        return Structure(Form.wh, Asks.person if person else Asks.agency, person or "谁", wants_list)
    if YEAR_WH.match(folded, match.start()):
        return Structure(Form.wh, Asks.general, "年")  # 是哪幾年的計畫 asks when, whatever noun the years qualify
    if folded.startswith("期", match.end()):
        return Structure(Form.wh, Asks.general, "期")  # 哪一期的太空計畫 asks which phase, not which program
    after = folded[match.end():].lstrip("的")
    named = re.match(rf"(?:{NAME_NOUNS})", after)
    after = after[named.end():] if named else after
    attached = first_noun(after, DETERMINER_WINDOW) if not PRONOUN_END.match(after) else None
    ends = bool(PRONOUN_END.match(after))
    if CATEGORY_CLASSIFIER.fullmatch(word) and (attached[1] is Asks.program if attached
                                                else ends and not classifies_other(folded[:match.start()])
                                                and not kinds_object(folded[:match.start()])):
        return Structure(Form.wh, Asks.category, word[-1], wants_list)
    if attached and attached[1] in (Asks.program, Asks.section) and BASIS_BEFORE.search(folded[:match.start()]):
        return Structure(Form.wh, Asks.general, attached[0], wants_list, governed=True)  # 依據哪個計畫: its words
    if attached and attached[1] is Asks.agency and governed(folded[:match.start()]) and not AGENCY_CUE_ZH.search(folded):
        return Structure(Form.wh, Asks.general, attached[0], wants_list, governed=True)  # 責成哪個機構, 成為什麼組織的成員
    if (attached and attached[1] is Asks.section and word.startswith("什么")
            and (folded[:match.start()].endswith("的") or OWN_PROGRAM.search(folded, 0, match.start())
                 or other_subject(folded[:match.start()]))):
        return Structure(Form.wh, Asks.general, attached[0], wants_list)  # 聯合國的什麼目標, 太空計畫有什麼目標: in the text
    runs = BODY_RUNS.fullmatch(folded[:match.start()]) if word in ("什么", "哪些") and not after.strip("的呢吗？?。 ") else None
    if runs and any(body.start == 0 and body.end == runs.end(1) for body in organisations_in(runs.group(1))):
        return Structure(Form.wh, Asks.program, "计划", True)  # 南科負責什麼: the programs the body runs
    picked = PICKED_FROM.search(folded) if not after or CONDITION_OPENS.match(after) else None
    among = (next((m for m in AMONG.finditer(folded, 0, match.end()) if m.end() <= match.start()), None)
             or (picked if picked and picked.end() == match.start() else None))
    picked_from = last_noun(folded[:among.start()]) if among else None
    if picked_from and picked_from[1] is Asks.program and not attached:  # 科技部的計畫中，哪些(哪個)跟生醫有關: every
        return Structure(Form.wh, Asks.program, picked_from[0], True)  # row that meets both conditions
    item = ((ITEM_NOUN.match(after) or (BARE_ITEM_NOUN.match(after) if among is None else None))
            if attached and attached[1] is Asks.program else None)
    if item and PROGRAM_NAMED.search(folded, 0, match.start()):
        return Structure(Form.wh, Asks.enumeration, item.group(0), True)  # 腦科技計畫有哪些(工作)項目
    if attached:
        return Structure(Form.wh, attached[1], attached[0], wants_list)
    if ends and not re.search(r"[二三四五六七八九十两]", word):
        before = folded[:match.start()]
        subject = PREDICATE.sub("", before.rstrip(" ，,")).rstrip(" ，,")
        found = subject_head(subject)
        names = bool(named or re.search(rf"(?:{NAME_NOUNS})(?:是|为|叫)?$|叫$", before))
        what = word.startswith(("什么", "甚么", "啥"))
        described = found and (not what or names or subject[:found[2]].endswith(("的", "之"))
                               or found[1] in (Asks.agency, Asks.category))  # X主管機關是什麼: a field, named alike
        if found and described and what and found[1] is Asks.section and not names:  # X的目標是什麼: the goal its
            return Structure(Form.wh, Asks.general, found[0], wants_list)  # text names, no heading
        if found and described:
            return Structure(Form.wh, found[1], found[0], wants_list)
        if wants_list and not found:
            return Structure(Form.wh, Asks.general, head_word(subject), wants_list)  # 科普活動有哪些: members of 活動
        if not found and not what and DESCRIBED_NOUN.search(subject) and (head := head_word(subject)):
            return Structure(Form.wh, Asks.general, head)  # 要蓋的[商店]是哪一個: which one of them
    guessed = "" if opens_no_noun(after) else after[:2]  # 把什麼[再]利用: what the interrogative stands for is the object
    return Structure(Form.wh, Asks.general, phrase_head(after) or first_word_noun(after) or guessed, wants_list)


def opens_no_noun(text: str) -> bool:
    """Whether the words after an interrogative open with a word no noun phrase opens with (an adverb, preposition or
    conjunction: 把什麼[再]利用), so that it takes no noun."""
    tagged = tagged_words(text)[:1]
    return bool(tagged) and tagged[0][1] in NO_NOUN_TAGS


def other_subject(before: str) -> bool:
    """Whether the words before a goal or strategy noun's interrogative name something besides the plan's own
    maker (重點補助大學研究中心要達成什麼目標: a part of a program, whose goal its text states, where 科技部要達成什麼目標
    asks the plan's headings)."""
    return any(tag.startswith("n") and len(word) >= 2 and word not in PLAN_MAKERS and not PROGRAM_NOUN_END.search(word)
               for word, tag in tagged_words(before))  # a program noun is OWN_PROGRAM's to read


def commented(folded: str, whs: list[re.Match]) -> re.Match | None:
    """The interrogative a question asks by: its first, or the one of the comment its last clause makes on a topic
    that holds another (研究未來科技要往哪走的藍圖，是哪個計畫: 往哪走 only describes what the topic is)."""
    if not whs:
        return None
    comment = max((m.end() for m in CLAUSE_END.finditer(folded.rstrip("？?。!！ "))), default=0)
    return whs[-1] if whs[0].start() < comment <= whs[-1].start() else whs[0]


def _zh_structure(folded: str) -> Structure:
    polite = POLITE_REQUEST_ZH.match(folded)
    if polite and len(folded) > polite.end():  # 能不能說明一下 X 的目的 is read as 請說明一下 X 的目的
        return _zh_structure("请" + re.sub(r"[吗呢]+$", "", folded[polite.start("verb"):]))
    wants_list = bool(LIST_ZH.search(folded))
    if CHOICE_ZH.search(folded):
        return Structure(Form.choice, final_head(folded)[1], options=zh_options(folded))
    pair = PAIR_CHOICE_ZH.match(folded)
    if pair and not noun_at(folded, pair.end()) and names_only(pair.group("second")):
        return Structure(Form.choice, options=[pair.group("first").strip(), pair.group("second").strip()])
    spans = [m.span() for m in NOT_INTERROGATIVE.finditer(folded)]
    whs = [m for m in WH_ZH.finditer(folded) if not any(s <= m.start() < e for s, e in spans)]
    wh = commented(folded, whs)
    other = OTHER_WH_ZH.search(folded)
    if CHOICE_WEAK_ZH.search(folded) and not wh and not other and not POLAR_ZH.search(folded):
        options = zh_options(folded, CHOICE_WEAK_ZH)
        if len(options) >= 2:
            return Structure(Form.choice, options=options)
    if POLAR_ZH.search(folded) and not wh and not other:
        bare = re.sub(r"[吗么嘛呢的了]+$", "", folded)
        noun, asks = final_head(bare)
        return Structure(Form.polar, asks, noun)
    if wh:
        structure = _zh_wh_slot(folded, wh)
        structure.wants_list = structure.wants_list or wants_list
        return structure
    if other:
        return Structure(Form.wh, Asks.general, "", wants_list)
    noun, asks = final_head(re.sub(r"(?:[吗呢的了\s]|(?<=[\u4e00-\u9fff])(?:是|为))+$", "", folded))  # X的執行單位是？
    if REQUEST_ZH.search(folded):
        return Structure(Form.request, asks, noun, wants_list)
    short = len(re.sub(r"\s", "", folded)) <= KEYWORD_MAX_CHARS
    return Structure(Form.keyword if short else Form.request, asks, noun, wants_list)


def object_head(rest: str) -> str:
    """The head noun of the phrase a which/what opens when an auxiliary follows it, so that it is the verb's object
    (what farming [modes] does X aim for); '' when the phrase is the subject or there is none."""
    words = EN_WORD.findall(rest)
    phrase = list(itertools.takewhile(lambda w: w not in EN_AUXILIARIES, words))
    head = list(itertools.takewhile(lambda w: w not in EN_PHRASE_ENDS, phrase))  # which [building] in the park
    return head[-1] if head and len(phrase) < len(words) and len(phrase) <= EN_DETERMINER_WORDS + 1 else ""


EN_HEADING_QUALIFIERS = frozenset(("the", "a", "an", "main", "major", "key", "overall", "policy", "annual",
                                   "strategic", "administrative", "first", "second", "third", "broad", "general"))


def _en_noun(words: list[str]) -> tuple[str, Asks] | None:
    """The first slot noun among the words, with 'type/kind of X' a category only when X is a program, and a
    strategy or goal one only unqualified: a regional development strategy is a thing the text names, no heading."""
    for i, word in enumerate(words):
        slot = EN_NOUNS.get(word)
        if slot is None:
            continue
        if slot is Asks.section and i and words[i - 1] not in EN_HEADING_QUALIFIERS:
            return None
        if word in EN_CATEGORY_NOUNS and i + 2 < len(words) + 1 and words[i + 1:i + 2] == ["of"]:
            following = words[i + 2] if i + 2 < len(words) else ""
            following = words[i + 3] if following in ("a", "an", "the") and i + 3 < len(words) else following
            if EN_NOUNS.get(following) is Asks.agency:
                return following, Asks.agency  # what kind of organisation is NARLabs: the body's name says its kind
            if following not in EN_PROGRAM_NOUNS:
                return None
        return word, slot
    return None


EN_EMBEDDED_WH = re.compile(r"\s*(?:me\s+)?((?:who|whom|whose|which|what|where|when|why|how)\b)")


def embedded_question(folded: str) -> str:
    """The wh-question an English request embeds (Can you tell me [what X wants to achieve]), else the text."""
    request = REQUEST_EN.match(folded) if english_frame(folded) else None
    embedded = EN_EMBEDDED_WH.match(folded, request.end()) if request else None
    return folded[embedded.start(1):] if embedded else folded


def _en_structure(folded: str) -> Structure:
    text = TRAILING.sub("", folded).strip()
    wants_list = bool(LIST_EN.search(text))
    wh = WH_EN.search(text)
    request = REQUEST_EN.match(text)
    embedded = embedded_question(text)
    if embedded != text:  # Tell me who runs X: the question it embeds, asked as a request
        return replace(_en_structure(embedded), form=Form.request)
    if request:  # a request's own noun phrase may hold 'which' or 'how' (the strategy that examines how …)
        words = [w for w in EN_WORD.findall(text[request.end():]) if w not in ("the", "a", "an", "all", "of")][:EN_REQUEST_WORDS]
        found = _en_noun(words)
        wants = wants_list or bool(found and found[0].endswith("s") and found[1] is Asks.program)
        return Structure(Form.request, found[1] if found else Asks.general, found[0] if found else "", wants)
    listed = EN_WHICH_OF_LISTED.match(text)
    if listed:  # the options follow the question, after a comma or colon
        return Structure(Form.choice, options=en_options(listed.group(1)))
    if POLAR_EN.match(text) and CHOICE_EN.search(text) and not wh:
        return Structure(Form.choice, options=en_options(text))
    if POLAR_EN.match(text) and not wh:
        words = EN_WORD.findall(text)
        indefinite = re.search(r"\b(?:a|an|any)\s+", text)
        found = _en_noun(EN_WORD.findall(text[indefinite.end():])[:1]) if indefinite else None
        if not found and words and words[-1] in EN_NOUNS:
            found = words[-1], EN_NOUNS[words[-1]]
        return Structure(Form.polar, found[1] if found else Asks.general, found[0] if found else "")
    if wh:
        word = wh.group(1)
        if word in ("who", "whom", "whose"):
            person = next((w for w in EN_WORD.findall(text) if EN_NOUNS.get(w) is Asks.person), "")
            if not person and ELIGIBLE_EN.match(text, wh.end()):
                return Structure(Form.wh, Asks.general, "", wants_list)
            governed = bool(EN_OBJECT_QUESTION.match(text[wh.end():].strip()))
            if word == "whom" and governed and not person:  # Whom will the ministry lead…: its object, no agency
                return Structure(Form.wh, Asks.general, word, wants_list, governed=True)
            return Structure(Form.wh, Asks.person if person else Asks.agency, person or word, wants_list,
                             governed=governed)
        rest = text[wh.end():].strip()
        predicate = re.match(r"^(?:is|are|was|were|'s)\s+", rest)
        names = False
        if predicate:
            after = EN_ARTICLE.sub("", rest[predicate.end():])
            names = bool(EN_NAME_OF.match(after))
            possessed = EN_POSSESSIVE.search(after)  # what is [X's category]: the noun after the possessive
            words = [possessed.group(1)] if possessed else EN_WORD.findall(EN_NAME_OF.sub("", after, count=1))[:1]
        elif EN_ARTICLE.match(rest):  # (tell me) what the space program wants: an embedded question's subject
            words = []
        else:  # a determiner opens its noun phrase; 'what does the plan say' has none (what is the object)
            words = list(itertools.takewhile(lambda w: w not in EN_PHRASE_ENDS,
                                             EN_WORD.findall(rest)[:EN_DETERMINER_WORDS]))
        found = _en_noun(words)
        if found and predicate and found[1] is Asks.section and not names:  # what is the goal of X: its text
            found = None
        program_named = names and bool(set(EN_WORD.findall(after)) & set(EN_PROGRAM_NOUNS))
        if not found and predicate and (EN_CALLED.match(after) or program_named):
            return Structure(Form.wh, Asks.program, "name", wants_list)  # the (full) name of the X program, X called
        if found:
            plural = found[0].endswith("s") and found[0] not in ("class",)
            return Structure(Form.wh, found[1], found[0], wants_list or (plural and found[1] is Asks.program),
                             governed=bool(EN_OBJECT_QUESTION.match(rest)))
        if predicate:
            head = EN_PREDICATE_HEAD.match(after)  # what is the [area] of X: the noun asked about
            return Structure(Form.wh, Asks.general, head.group(1) if head else "", wants_list)
        return Structure(Form.wh, Asks.general, object_head(rest), wants_list)
    if OTHER_WH_EN.search(text):
        return Structure(Form.wh, Asks.general, "", wants_list)
    words = EN_WORD.findall(text)
    slot = EN_NOUNS.get(words[-1]) if words else None
    form = Form.keyword if len(words) <= KEYWORD_MAX_WORDS else Form.request
    return Structure(form, slot or Asks.general, words[-1] if slot else "", wants_list)


def verbs_object(folded: str) -> bool:
    """Whether 什麼 stands as the object of a verb other than a copula or 有: 預算要發揮什麼 asks what the money
    achieves, not how much it is (預算是什麼, 預算有什麼 may)."""
    tagged = tagged_words(folded)
    return any(word == "什么" and n and tagged[n - 1][1] == "v" and tagged[n - 1][0] not in COPULAS
               for n, (word, _) in enumerate(tagged))


def asks_why(folded: str) -> bool:
    """A why-question: 為什麼 or 為何 standing as words of their own, not the end of 成為 or 作為 before 什麼 (腦科技計畫想成為
    什麼組織的成員 asks what, not why)."""
    return any(match.start() in word_boundaries(folded) for match in WHY.finditer(folded))


def says_enough(text: str) -> bool:
    """Whether a question's words stand alone: content words (Chinese) or stems (English), enough of them."""
    found = (english_stems(text) if not has_cjk(text) else
             [word for word, tag in tagged_words(fold(text)) if len(word) > 1 and tag.startswith(CONTENT_TAGS)])
    return len(found) >= ASKER_REST_MIN_TERMS


def repaired(text: str) -> str:
    """The question a speaker's self-repair leaves (…不對，…; …, I mean, …): what follows the last repair, after the
    words of what it restates that come before its own first words (要以什麼取代…不對，要以什麼驅動 → 科技部要以什麼驅動);
    the repair alone when it restates no such words. A text without one is returned as it is."""
    repairs = list(REPAIR.finditer(text))
    found = repairs[-1] if repairs else None
    if found is None or found.start() == 0 or len(re.sub(r"[\W_]", "", text[found.end():])) < REPAIR_MIN_CHARS:
        return text
    restated, repair = text[:found.start()], text[found.end():]
    lowered = repair.lower()
    asks_again = POLAR_EN.match(lowered) or WH_EN.match(lowered) or OTHER_WH_EN.match(lowered)  # a whole question
    if english_frame(repair) and not asks_again:
        replaced, _, rest = repair.partition(",")  # cut, I mean reduce, between…: the words it corrects
        kept = restated.split()[:-len(replaced.split())]
        return " ".join([*kept, replaced.strip(), rest.strip()]).strip()
    opening = " ".join(repair.split()[:2]) if english_frame(repair) else repair[:2]
    at = restated.lower().find(opening.lower())
    return (restated[:at] if at > 0 else "") + repair


def colloquial(text: str) -> str:
    """The question a self-repair leaves (repaired), without who the asker says they are (我是大學教授，…) when the rest
    stands alone, its colloquial interrogatives written as the forms read them (COLLOQUIAL), and a slot noun of the
    other language in a code-mixed question in the language of its frame (MIXED_FOR_ZH, MIXED_FOR_EN)."""
    text = repaired(text)
    asker = ASKER.match(text)
    if asker and says_enough(text[asker.end():]):
        text = text[asker.end():]
    for pattern, replacement in COLLOQUIAL:
        text = pattern.sub(replacement, text)
    if english_frame(text):
        return MIXED_EN.sub(lambda found: MIXED_FOR_EN[found.group(0)], text)
    if has_cjk(text):
        return MIXED_ZH.sub(lambda found: MIXED_FOR_ZH[found.group(0).lower()], text)
    return text


MIXED_EN = re.compile(rf"(?<![\u4e00-\u9fff])(?:{'|'.join(MIXED_FOR_EN)})(?![\u4e00-\u9fff])")
MIXED_ZH = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(MIXED_FOR_ZH)})(?![A-Za-z])", re.IGNORECASE)


def normalised(text: str) -> str:
    """Folded question text with its final punctuation dropped and 為何 read by its position: '…為何者' and a final
    '…的 X 為何' ask 'which/what is', not 'why'."""
    folded = TRAILING.sub("", fold(text)).strip()
    return FINAL_WEI_HE.sub("是什么", re.sub(r"为何(?=者)", "是何", folded))


def structure_of(text: str) -> Structure:
    """The form, slot and attached noun of a question (folded; Chinese and English read by their own rules)."""
    folded = normalised(text)
    structure = _en_structure(folded) if english_frame(folded) else _zh_structure(folded)
    if structure.asks in SINGULAR_ONLY and structure.wants_list:
        structure.asks = Asks.general
    english = english_frame(folded)
    if (structure.asks is Asks.agency and (not (AGENCY_CUE_EN if english else AGENCY_CUE_ZH).search(folded)
                                           or english and structure.governed
                                           and (PARTNER_EN.search(folded) or ASSIGNED_EN.search(folded)))
            and not (structure.form is Form.keyword and PROGRAM_AGENCY_KEYWORDS.search(folded))):
        structure.asks = Asks.general
    if structure.asks is Asks.general and structure.wants_list:
        structure.asks = Asks.enumeration
    items_counted = ITEMS_COUNT.search(folded)  # 國輻中心負責幾個項目: programs, unless a program is named (its items)
    if (ROW_COUNT.search(folded) or AMONG_COUNT.search(folded)
            or items_counted and not PROGRAM_NAMED.search(folded, 0, items_counted.start())):  # the rows meeting it
        structure.asks, structure.wants_list, structure.counts_rows = Asks.program, True, True
    among = EN_AMONG.match(text)
    if among:  # every row that meets both conditions, or how many do
        structure.asks, structure.wants_list = Asks.program, True
        structure.counts_rows = among.group(2).lower() == "how many"
    body_does = EN_BODY_DOES.match(text.strip())
    subject = re.sub(r"^the\s+", "", body_does.group(1), flags=re.IGNORECASE) if body_does else ""
    if subject and any(body.start == 0 and body.end == len(subject) for body in organisations_in(subject)):
        structure.asks, structure.wants_list = Asks.program, True  # What does NSRRC do?: the programs it runs
    return structure


def analyse(text: str, translate: Callable[[str], list[str]] | None = None,
            known: Callable[[str], bool] | None = None) -> Question:
    """What a question asks and expects, and its content terms: for a question without CJK characters, the terms
    of its Chinese translation when `translate` (the index glossary's) finds any; given the terms the documents
    `known`, a Chinese question's synonyms of the terms they lack."""
    folded = normalised(text)
    structure = structure_of(text)
    expects = next((kind for kind, pattern in EXPECTS_PATTERNS if pattern.search(folded)
                    and not structure.counts_rows and not PART_COUNT.search(folded)
                    and not PART_COUNT_EN.search(text)), Expects.anything)
    asked = embedded_question(folded)  # Can you tell me what X wants to achieve?: the question it embeds
    how, why = bool(HOW.search(asked)), asks_why(asked)
    other_noun = bool(structure.noun) and not AMOUNT_NOUNS.search(structure.noun)  # 經費補助給哪些[單位]
    if (expects is Expects.anything and structure.asks not in ROW_SLOTS and AMOUNT_NOUNS.search(folded)
            and not (how or why or other_noun or MONEY_USE.search(folded) or verbs_object(folded))):
        expects = Expects.amount  # 預算有多少, not 預算要怎樣發揮綜效 nor 經費用來做什麼
    if structure.asks is Asks.person:
        expects = Expects.person
    count_match = COUNT.search(folded)
    count = NUMBER_WORDS.get(count_match.group(1) or count_match.group(2)) if count_match else None
    other = OTHER_NOUN_ASKED.search(folded, count_match.end()) if count_match else None
    if other and other.group(1) not in folded[count_match.start():other.start()]:
        count = None  # 三大研究重點要強化哪些關鍵技術: the count is the subject's, the question asks for another noun
    # an English question's terms are its translation's, plus the Chinese names it may quote (Which agency runs X?)
    # and those of the bodies it names in English (NARLabs: 國家實驗研究院)
    english = bool(translate) and english_frame(text)
    content = (EN_CONTINUING.sub(r"\g<0>continue ", LOCATING_EN.sub(" ", text)) if english  # Where can I find…:
               else text)  # no words of what is looked for; keep scanning: also continue (持續), besides keep's 維持
    translations = translate(CJK_RUN.sub(" ", content)) if english else []
    bodies = [entity.organisation.name for entity in organisations_in(text) if entity.organisation] if english else []
    translated = " ".join([*translations, *CJK_RUN.findall(text), *bodies]) if english else ""
    terms = content_terms(translated or text) + [term for term in translations if len(term) == 1]  # brain: 腦
    groups = [group for word in content_words(CJK_RUN.sub(" ", content))
              if (group := frozenset(content_terms(" ".join(translate(word)))))] if english else []
    return Question(text, detect_lang(text), structure.asks, expects, terms, count,
                    how, search_query(content), why, structure.form,
                    structure.noun, structure.wants_list, structure.options,
                    structure.counts_rows, structure.governed,
                    term_synonyms(text, terms, known) if known and has_cjk(text) and not english else {},
                    bool(LOCATING_EN.search(text) if english_frame(text) else LOCATING_ZH.search(folded)), groups)
