"""Follow-up questions: a question that leans on the conversation — a pronoun (它, 該計畫, it), a demonstrative (這個
單位, that program), an ellipsis (那執行單位呢？, And the category?), an ordinal after a list (第二個, the second one) or
no subject at all (由哪個單位執行？) — is rewritten into a standalone question about the previous turn's subject: the
row, agency, category or section its citations and answer name. A reference that could mean several subjects gets
the candidates back instead of a guess. Stateless: the client sends the turns it holds, oldest first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from corpus import Chunk
from qa.answering.subjects import LEGAL_FORM
from qa.index_store import Index
from qa.question import Asks, Form, detect_lang, structure_of
from qa.question.analysis import EN_NOUNS, ZH_NOUNS
from qa.question.forms import QUESTION_WORDS
from qa.text import CJK_RUN, compact, converter, english_frame, fold, has_cjk


@dataclass(frozen=True)
class Turn:
    """A previous turn as the client holds it: its question, its answer (None when none was given) and the ids of
    the chunks its citations quote."""

    question: str
    answer: str | None = None
    chunk_ids: tuple[str, ...] = ()


class Kind(str, Enum):
    """How a question leans on the conversation (the dialogue report scores each kind)."""

    pronoun = "pronoun"
    ellipsis = "ellipsis"
    ordinal = "ordinal"
    subjectless = "subjectless"
    choice = "choice"


@dataclass(frozen=True)
class Subject:
    """What a turn was about: a program row, an agency or category value, or a section heading, by the name the
    plan writes; `chunk_id` is where it stands."""

    name: str
    kind: str
    chunk_id: str


@dataclass
class Resolution:
    """A question read in its conversation: the standalone question to answer (`interpreted_as`, None when the
    question stood alone), or the subjects to choose from when its reference is ambiguous."""

    question: str
    interpreted_as: str | None = None
    kind: Kind | None = None
    clarify: list[Subject] = field(default_factory=list)


# Tables of the words a reference is made of (folded: Simplified, lower case).
ZH_NOUN = r"(?:计划|计画|方案|项目|专案|单位|机关|机构|法人|策略|目标|部分|类别|类型|类)"
ZH_DEMONSTRATIVE = re.compile(
    rf"(?:这|那|该|此|上述|前述|上面|刚才|刚刚|前面)(?:一)?(?:个|项|些|笔)?{ZH_NOUN}"
    r"|(?:这|那)(?:一)?(?:个|项|些)(?![时样么里边])|(?:这|那)(?=是|属于|归|由|在)|它们|它|其(?![中他它余实次后])")
ZH_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十]|\d{1,2})(?!\s*(?:个|项|笔|者)?\s*(?:工作|策略|重点|目标|面向|方向|事项|部分|"
                        r"主轴|任务|内容))"  # 它的第一項工作 asks for an item of its own, not the first subject listed
                        r"\s*(?:个|项|笔|者)?(?:计划|计画|方案|项目)?(?![期阶年季届次])"
                        r"|(最后|最末)(?:一)?(?:个|项|笔)(?:计划|计画|方案|项目)?|(前者)|(后者)")
ZH_ELLIPSIS = re.compile(r"^(?:那|那么|还有|而|至于|另外|再来|所以)?\s*(?P<rest>.{1,16}?)\s*(?:呢|又如何|又是|怎么样|如何)$")
ZH_FRAME = re.compile(r"请问|那么|还有|还是|或是|或者|又|也|所|的|是|为|由|在|属于|归属|归于|归|负责|执行|主办|主管|推动|办理|管理|"
                      r"承办|做|叫|名称|名字|全名|类|呢|吗|么|了|啊|哪|一|个|项|些|谁|何|什么|甚么|啥|那|这|该|此|"
                      r"[\s?？。.!！,，、]")
EN_REFERENCE = re.compile(
    r"\b(?:this|that|these|those|the same|said|the above)\s+(?:program|programme|plan|project|one|agency|unit|"
    r"organi[sz]ation|body|category|strategy|goal|item)s?\b|\b(?:it|its|itself|they|them|their)\b|\b(?:this|that)(?=\s*\??$)")
EN_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|former|latter|1st|2nd|3rd|\d{1,2}th"
EN_ORDINAL = re.compile(rf"\b(?:the\s+)?({EN_ORDINALS})\s+(?:one|program|programme|plan|project|item)s?\b"
                        rf"|\bthe\s+({EN_ORDINALS})(?=\s*\??$)|\b(?:number|no\.|#)\s*(\d{{1,2}})\b")
EN_ELLIPSIS = re.compile(r"^(?:and|what about|how about|and what about|and how about)\s+(?P<rest>.+?)\s*\??$")
EN_FRAME_WORDS = frozenset("""who whom whose which what is are was were does do did the a an of for to by in it its this
that and or run runs running ran charge responsible belong belongs falls fall under carry carries carried out implement
implements implemented manage manages managed lead leads led oversee oversees handle handles name called please tell me
about""".split())
ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "former": 1, "last": -1, "latter": -1}
ZH_ATTRIBUTES = ("实施内容", "内容", "目标", "重点", "经费", "预算", "期程", "成果", "效益", "工作项目", "措施")
EN_ATTRIBUTES = frozenset("goal goals aim aims objective objectives purpose content contents budget funding focus "
                          "results outcome outcomes measures".split())
EN_ATTRIBUTE_WORDS = "|".join(sorted([*EN_NOUNS, *EN_ATTRIBUTES], key=len, reverse=True))
EN_POSSESSED = re.compile(rf"\s+((?:[A-Za-z-]+\s+){{0,2}}?(?:{EN_ATTRIBUTE_WORDS}))\b", re.IGNORECASE)  # its [category]
EN_ATTRIBUTE_OF = re.compile(rf"\b(?:{EN_ATTRIBUTE_WORDS})\s+of\s+\S")  # the category of X
ZH_SLOTS = dict(ZH_NOUNS)
PROGRAM_NOUNS = frozenset(noun for noun, slot in ZH_NOUNS if slot is Asks.program)
ZH_ATTRIBUTE_NOUNS = frozenset([*(noun for noun, _ in ZH_NOUNS), *ZH_ATTRIBUTES])
NUMBERING = re.compile(r"^\s*(?:[壹貳參肆伍陸柒捌玖拾]+、|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+、|-)\s*")
CATEGORY_NOUN = re.compile(r"类别?|类型")
AGENCY_NOUN = re.compile(r"单位|机关|机构|法人|agency|unit|organi[sz]ation|body")
PLURAL = re.compile(r"它们|这些|那些|上述|前述|\b(?:they|them|their|these|those)\b")
PARTICLE = re.compile(r"\s+(out|up|on|over|through|forward)\b")
MIN_CHOICE_CHARS = 4
MAX_ENTITY_CHARS = 16
SENTENCE_MARK = re.compile(r"[，。；：,;:]")
SECTION_NOUN = re.compile(r"策略|目标|方针|部分|strategy|goal|objective|section")


def resolve(question: str, history: list[Turn], index: Index) -> Resolution:
    """The question as it should be answered, given the previous turns (oldest first); the standalone question in
    the script the user wrote (the plan's names are Traditional)."""
    resolution = _resolve(question, history, index)
    if resolution.interpreted_as and detect_lang(question) == "zh-Hans":
        resolution.interpreted_as = converter("t2s").convert(resolution.interpreted_as)
    return resolution


def _resolve(question: str, history: list[Turn], index: Index) -> Resolution:
    text = question.strip()
    if not history:
        return Resolution(question)
    last = history[-1]
    if last.answer is None and last.chunk_ids:  # the last reply asked which one was meant
        chosen = _chosen(text, list_subjects(last, index))
        if chosen is not None:
            previous = last.question.strip()
            return Resolution(question, rewrite(previous, chosen, history[:-1], index) or previous, Kind.choice)
    reference = find_reference(text, field_values(index))
    if reference is None:
        return Resolution(question)
    kind, span = reference[:2]
    plural = bool(PLURAL.search(_folded(text)))
    subjects, value = previous_subjects(history, index, listed=kind is Kind.ordinal or plural)
    if not subjects:
        return Resolution(question)
    if kind is Kind.ellipsis:
        return _ellipsis(question, text[span[0]:span[1]], history, index)
    subject = _referent(text, reference, subjects, value, index)
    if subject is None:
        return Resolution(question, kind=kind, clarify=subjects)
    return Resolution(question, _standalone(text, kind, span, subject), kind)


def find_reference(text: str, values: tuple[str, ...] = ()) -> tuple[Kind, tuple[int, int], int, str] | None:
    """How the question leans on the conversation, where (the span to replace), the ordinal it names and the noun of
    its demonstrative; None for a question that names its own subject. `values` are field values (folded) that a
    question without a subject may still claim."""
    folded = _folded(text)
    english = english_frame(text)
    ellipsis = (EN_ELLIPSIS if english else ZH_ELLIPSIS).match(folded.rstrip("?？。.!！ "))
    if ellipsis and not _interrogative(ellipsis.group("rest"), english):
        return Kind.ellipsis, ellipsis.span("rest"), 0, ""
    ordinal = (EN_ORDINAL if english else ZH_ORDINAL).search(folded)
    if ordinal:
        word = next(group for group in ordinal.groups() if group)
        number = ORDINALS.get(word) or (-1 if word in ("最后", "最末", "后者") else 1 if word == "前者" else int(word))
        return Kind.ordinal, ordinal.span(), number, ""
    pronoun = (EN_REFERENCE if english else ZH_DEMONSTRATIVE).search(folded)
    if pronoun:
        return Kind.pronoun, pronoun.span(), 0, pronoun.group(0)
    if _subjectless(folded, english, values):
        return Kind.subjectless, (0, 0), 0, ""
    return None


def previous_subjects(history: list[Turn], index: Index, listed: bool = False) -> tuple[list[Subject], Subject | None]:
    """The subjects of the latest turn that has any (an unanswered turn has none) — with `listed`, of the latest
    list, which an ordinal counts in — and the agency or category value its answer gave, which a follow-up asking
    for programs may mean instead (它還負責哪些計畫？)."""
    for turn in reversed(history):
        subjects = list_subjects(turn, index)
        if len(subjects) > 1 or (subjects and not listed):
            return subjects, answer_value(turn, index) or section_of(turn, index)
    return [], None


def list_subjects(turn: Turn, index: Index) -> list[Subject]:
    """A turn's subjects: the programs its answer lists or is (in its order), else the program rows its citations
    quote, else the section of its first cited paragraph. A turn whose chunk ids this index lacks (another index, a
    rebuilt one) is read by its answer alone."""
    chunks = [index.chunks[index.chunk_numbers[cid]] for cid in turn.chunk_ids if cid in index.chunk_numbers]
    cited = _unique_programs(chunks)
    programs = {fold(subject.name): subject for subject in reversed(_unique_programs(index.program_rows))}
    programs.update({fold(subject.name): subject for subject in reversed(cited)})
    items = [programs[item] for item in (fold(part.strip()) for part in (turn.answer or "").split("、"))
             if item in programs]
    if items:
        return items
    if cited:
        return cited
    section = section_of(turn, index)
    if section is None:
        return []
    if turn.answer and len(turn.answer) <= MAX_ENTITY_CHARS and not SENTENCE_MARK.search(turn.answer):
        return [Subject(turn.answer, "entity", section.chunk_id)]
    return [section]


def section_of(turn: Turn, index: Index) -> Subject | None:
    """The heading a turn's first cited paragraph stands under (what 這項策略 refers to after a prose answer)."""
    chunk = next((index.chunks[index.chunk_numbers[cid]] for cid in turn.chunk_ids
                  if cid in index.chunk_numbers and index.chunks[index.chunk_numbers[cid]].kind != "program"), None)
    if chunk is None or not chunk.section:
        return None
    return Subject(NUMBERING.sub("", chunk.section[-1]).split("：")[0].strip(), "section", chunk.id)


def answer_value(turn: Turn, index: Index) -> Subject | None:
    """The agency or category a turn's answer is, when it is one (財團法人國家實驗研究院, 公共建設)."""
    if not turn.answer:
        return None
    answered = compact(fold(turn.answer))
    for chunk in index.program_rows:
        for kind in ("agency", "category"):
            value = getattr(chunk, kind)
            if value and compact(fold(value)) == answered:
                return Subject(value, kind, chunk.id)
    return None


def rewrite(question: str, subject: Subject, history: list[Turn], index: Index) -> str | None:
    """The question made standalone about the subject (None when it has no reference to replace)."""
    reference = find_reference(question, field_values(index))
    if reference is None:
        return None
    kind, span, _, _ = reference
    if kind is Kind.ellipsis:
        return _ellipsis(question, question[span[0]:span[1]], history, index, subject).interpreted_as
    return _standalone(question, kind, span, subject)


def _referent(text: str, reference: tuple[Kind, tuple[int, int], int, str], subjects: list[Subject],
              value: Subject | None, index: Index) -> Subject | None:
    """The subject an ordinal, pronoun or missing subject means; None when that is ambiguous."""
    kind, _, number, noun = reference
    if kind is Kind.ordinal:
        return subjects[number - 1 if number > 0 else number] if 1 <= abs(number) <= len(subjects) else None
    return _pick(text, noun, subjects, value, index)


def _standalone(text: str, kind: Kind, span: tuple[int, int], subject: Subject) -> str:
    """The question with the subject's name where its reference stands, or before it when it has none."""
    english = english_frame(text)
    name = subject.name + ("類" if subject.kind == "category" and not english else "")
    start, end = span
    if kind is Kind.subjectless:
        stripped = text.rstrip("?？。.!！ ")
        if english:
            return f"{stripped} for {name}?"
        opens_with_interrogative = bool(re.match(r"(?:哪|什么|甚么|啥|何|谁)", _folded(stripped)))
        return f"{name}，{stripped}？" if opens_with_interrogative else f"{name}{stripped}？"
    reference = _folded(text)[start:end]
    if english and reference in ("its", "their"):
        return _english_possessive(text, start, end, name)
    particle = PARTICLE.match(text, end) if english else None
    if particle:  # carries it out → carries out X: a name goes after the particle a pronoun stands before
        return f"{text[:start]}{particle.group(1)} {name}{text[particle.end():]}"
    return f"{text[:start]}{name}{'的' if reference == '其' else ''}{text[end:]}"


def _ellipsis(question: str, rest: str, history: list[Turn], index: Index,
              subject: Subject | None = None) -> Resolution:
    """And X?: the X of the previous subject when X is an attribute (執行單位, the category, 目標); the previous
    question again about another subject when X refers to one (那第二個呢？) or is a topic of its own (那半導體呢？);
    X as asked when it names its own subject with an attribute (射月計畫的執行單位呢？)."""
    english = english_frame(rest)
    folded = _folded(rest).strip()
    listed = bool(ZH_ORDINAL.search(folded) if not english else EN_ORDINAL.search(folded))
    subjects, value = ([subject], None) if subject else previous_subjects(history, index, listed=listed)
    reference = None if _attribute(folded, english) else find_reference(rest)
    if reference is not None and reference[0] in (Kind.ordinal, Kind.pronoun):
        chosen = _referent(rest, reference, subjects, value, index)
        if chosen is None:
            return Resolution(question, kind=Kind.ellipsis, clarify=subjects)
        start, end = reference[1]
        attribute = re.sub(r"^(?:\s|的|the\s|of\s|'s\s)+", "", folded[:start] + folded[end:]).strip()
        if attribute and _attribute(attribute, english):
            return Resolution(question, _attribute_question(rest[len(rest) - len(attribute):], chosen, english),
                              Kind.ellipsis)
        return Resolution(question, _again(history, index, chosen.name) or chosen.name, Kind.ellipsis)
    if _attribute(folded, english):
        chosen = _pick(rest, "", subjects, None, index)
        if chosen is None:
            return Resolution(question, kind=Kind.ellipsis, clarify=subjects)
        return Resolution(question, _attribute_question(rest, chosen, english), Kind.ellipsis)
    if _ends_with_attribute(folded, english):
        return Resolution(question, f"What is {rest.strip()}?" if english else f"{rest.strip()}是什麼？", Kind.ellipsis)
    return Resolution(question, _again(history, index, rest.strip()) or rest.strip(), Kind.ellipsis)


def _again(history: list[Turn], index: Index, name: str) -> str | None:
    """The previous question (as it was interpreted) asked about `name` instead: the subject it names replaced, else
    the words that picked its answer's subject (哪個計畫補助「低軌衛星」… → 哪個計畫補助「半導體」…)."""
    if not history:
        return None
    last = history[-1]
    previous = resolve(last.question, history[:-1], index).interpreted_as or last.question.strip()
    folded = _folded(previous)
    subjects = list_subjects(last, index)
    names = [program.name for program in _unique_programs(index.program_rows)] + [s.name for s in subjects]
    named = max((n for n in names if _folded(n) in folded), key=len, default=None)
    if named is not None:
        at = folded.find(_folded(named))
        return previous[:at] + name + previous[at + len(named):]
    topic = _topic_span(previous, subjects[0]) if len(subjects) == 1 else None
    if topic is None:
        return None
    return previous[:topic[0]] + name + previous[topic[1]:]


def _attribute_question(attribute: str, subject: Subject, english: bool) -> str:
    """'X 的執行單位是什麼？', 'What is the category of X?'; an agency is asked with the verb that makes it the
    row's agency (由哪個單位負責, in charge of), not as any unit X mentions."""
    attribute = re.sub(r"^(?:the|its|their)\s+|^的", "", attribute.strip(), flags=re.IGNORECASE)
    name = subject.name + ("類" if subject.kind == "category" and not english else "")
    agency = (EN_NOUNS.get(attribute.lower().split()[-1]) if english else ZH_SLOTS.get(_folded(attribute))) is Asks.agency
    if english:
        return f"Which {attribute} is in charge of {name}?" if agency else f"What is the {attribute} of {name}?"
    return f"{name}由哪個{attribute}負責？" if agency else f"{name}的{attribute}是什麼？"


def _topic_span(question: str, subject: Subject) -> tuple[int, int] | None:
    """The longest stretch of a question the subject's name also contains (the words that picked the subject:
    哪個計畫補助「低軌衛星」…), at least two characters and not only frame words."""
    folded = _folded(question)
    name = _folded(subject.name)
    best: tuple[int, int] | None = None
    for start in range(len(folded)):
        for end in range(len(folded), start + 1, -1):
            if best and end - start <= best[1] - best[0]:
                break
            piece = folded[start:end]
            if piece in name and ZH_FRAME.sub("", piece):
                best = (start, end)
                break
    return best


def _english_possessive(text: str, start: int, end: int, name: str) -> str:
    """'its category' → 'the category of X'; the noun phrase runs to the next word that is not a noun."""
    after = text[end:]
    noun = EN_POSSESSED.match(after)
    if noun is None:
        return f"{text[:start]}{name}'s{after}"
    return f"{text[:start]}the {noun.group(1)} of {name}{after[noun.end():]}"


def _pick(text: str, noun: str, subjects: list[Subject], value: Subject | None, index: Index) -> Subject | None:
    """The one subject a pronoun or demonstrative means: an agency or category when the reference names that kind
    (這個單位, 這類) — the one the last answer gave, or the one all its subjects share — or when the question asks
    for programs and the last answer gave one; else the single subject — None when the last turn had several (a
    list: 'it' does not say which)."""
    named_kind = ("agency" if AGENCY_NOUN.search(noun) else "category" if CATEGORY_NOUN.search(noun)
                  else "section" if SECTION_NOUN.search(noun) else None)
    if value is not None and (value.kind == named_kind or (named_kind is None and _asks_programs(text))):
        return value
    if named_kind is not None:
        shared = _shared(subjects, named_kind, index)
        if shared is not None:
            return shared
    return subjects[0] if len(subjects) == 1 else None


def _asks_programs(text: str) -> bool:
    """Asks which programs (它還負責哪些計畫？, What other programs does it run?), not whether it is one."""
    structure = structure_of(text)
    return structure.asks is Asks.program and structure.form in (Form.wh, Form.request)


def _shared(subjects: list[Subject], kind: str, index: Index) -> Subject | None:
    """The agency or category every subject's row has, when they share one."""
    rows = [index.chunks[index.chunk_numbers[s.chunk_id]] for s in subjects if s.kind == "program"]
    found = {getattr(row, kind) for row in rows}
    if len(rows) != len(subjects) or len(found) != 1 or not next(iter(found)):
        return None
    return Subject(found.pop(), kind, rows[0].id)


def _chosen(text: str, candidates: list[Subject]) -> Subject | None:
    """The candidate a reply to a clarifying question picks: by (part of) its name or by an ordinal."""
    folded = compact(_folded(text).rstrip("?？。.!！ "))
    named = [c for c in candidates if folded and (folded == compact(_folded(c.name)) or (
        len(folded) >= MIN_CHOICE_CHARS and folded in compact(_folded(c.name))))]
    if len(named) == 1:
        return named[0]
    if folded.isdigit() and 1 <= int(folded) <= len(candidates):
        return candidates[int(folded) - 1]
    reference = find_reference(text)
    if reference is None or reference[0] is not Kind.ordinal or not 1 <= abs(reference[2]) <= len(candidates):
        return None
    start, end = reference[1]
    around = _folded(text)[:start] + _folded(text)[end:]
    bare = not re.sub(r"\b(?:the|one|i|mean|it's|it is|please)\b", "", ZH_FRAME.sub("", around)).strip(" .?!")
    return candidates[reference[2] - 1 if reference[2] > 0 else reference[2]] if bare else None


def _unique_programs(chunks: list[Chunk]) -> list[Subject]:
    seen: dict[tuple[str, str], Subject] = {}
    for chunk in chunks:
        if chunk.kind == "program" and chunk.program and (chunk.doc_id, chunk.program) not in seen:
            seen[(chunk.doc_id, chunk.program)] = Subject(chunk.program, "program", chunk.id)
    return list(seen.values())


def _attribute(text: str, english: bool) -> bool:
    """An attribute of a subject rather than a topic of its own: a slot noun (執行單位, category) or an aspect."""
    if english:
        words = [w for w in re.findall(r"[a-z-]+", text) if w not in ("the", "a", "an", "its", "their")]
        return bool(words) and all(w in EN_NOUNS or w in EN_ATTRIBUTES or w in EN_FRAME_WORDS for w in words)
    bare = re.sub(r"[\s的]", "", text)
    return bare in ZH_ATTRIBUTE_NOUNS


def _ends_with_attribute(text: str, english: bool) -> bool:
    """Words of its own followed by an attribute (射月計畫的執行單位, the category of the Hsinchu park program)."""
    if english:
        return bool(EN_ATTRIBUTE_OF.search(text))
    return any(text.endswith(noun) and ZH_FRAME.sub("", text[:-len(noun)]) for noun in ZH_ATTRIBUTE_NOUNS
               if noun not in PROGRAM_NOUNS)


def _interrogative(text: str, english: bool) -> bool:
    return bool(re.search(r"\b(?:who|which|what|how|why|when|where)\b", text) if english
                else re.search(r"哪|什么|甚么|谁|何|几|多少|吗|如何|怎么|怎样|为什么|是否", text))


def _subjectless(folded: str, english: bool, values: tuple[str, ...]) -> bool:
    """No words of its own beyond the question's frame and the field values it may claim (由哪個單位執行？,
    是公共建設類的嗎？, Which category?)."""
    if english:
        words = re.findall(r"[a-z][a-z-]*", CJK_RUN.sub(" ", folded))
        return (not has_cjk(folded) and bool(words)
                and all(w in EN_FRAME_WORDS or w in EN_NOUNS or w in EN_ATTRIBUTES for w in words))
    rest = ZH_FRAME.sub("", folded)
    for word in (*values, *(noun for noun, _ in ZH_NOUNS), *ZH_ATTRIBUTES):
        rest = rest.replace(word, "")
    rest = ZH_FRAME.sub("", QUESTION_WORDS.sub("", rest))
    return not rest.strip() and folded.strip() != ""


def field_values(index: Index) -> tuple[str, ...]:
    """The agencies and categories of the documents' rows as people write them (folded; without 財團法人 or a
    bracketed scope too), longest first: words a follow-up may claim of its subject."""
    values = {row_value for row in index.program_rows for row_value in (row.agency, row.category) if row_value}
    folded = {_folded(value) for value in values} | {LEGAL_FORM.sub("", _folded(value)) for value in values}
    return tuple(sorted((value for value in folded if value), key=len, reverse=True))


def _folded(text: str) -> str:
    """Folded character by character, so positions in it are positions in the text (whole-text folding converts
    some words as words: 計畫 → 计划, 畫 → 画); compare it only with text folded the same way."""
    return "".join(folded if len(folded := fold(char)) == 1 else char.lower() for char in text).replace("计画", "计划")
