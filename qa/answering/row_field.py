"""Program, agency or category questions: the field of the best-supported program row; a strategy question: the
heading the best paragraph stands under."""
from __future__ import annotations

import re

from corpus import Chunk
from qa.answer import Citation
from qa.answering import slot
from qa.answering.base import Candidate, Context, Extraction
from qa.answering.spans import skip_numbering
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.question import Asks, Question
from qa.question.analysis import CLAUSE_END, EN_PROGRAM_NOUNS, EN_WORD
from qa.question.premise import OWNER_AFTER_ZH, organisations_in
from qa.question.forms import INTERROGATIVES, NAME_NOUNS
from qa.answering.subjects import (PROGRAM_SUFFIX, bodies_named, english_subject, is_set_aside, loosely_named,
                                   most_covered, named_program, names_of, plain_value, set_aside, subject_by_name,
                                   values)
from qa.text import compact, fold, has_cjk, tagged_words, words

ROW_MARGIN = 0.05
NAME_MARGIN = 0.1  # rows whose best sentences score this close are tied on their prose: their names decide
FEW_WORDS = 0.1  # a best row holding less of a Chinese question's weighted words shares too few to rank rows by
NAME_MEANING_WEIGHT = 0.1  # per standard deviation of a name's similarity to the question above the names' mean
ASKED_QUALIFIER = re.compile(r"(?:哪[个一些]*|什么)([\u4e00-\u9fff]{2,6}?)(?=有|在|负责|执行|主办|是|的|$)")  # 哪個[財團法人]
ASKED_PROGRAM = re.compile(rf"(?:{INTERROGATIVES}|第?几)[^，,。？?]{{0,8}}?(?:计划|计画)")  # 什麼樣的國際計畫, 第幾期長程計畫
COMPLETED_SHARE = 0.5
FIELDS = {Asks.program: "program", Asks.agency: "agency", Asks.category: "category"}
DESCRIBED_EN = re.compile(r"\b(?:program|programme|plan|project)s?\s+(?:that|which)\s", re.IGNORECASE)
PROSE_PLAN = re.compile(r"([\u4e00-\u9fff]{2,18}?(?:计划|计画|方案))")  # a plan a verb acts on, named in one run
NAMED_PLAN = re.compile(r"「([^「」]{2,40}(?:計畫|計劃|计划|方案|專案|专案))」|([A-Za-z0-9+]{2,20}\s?(?:計畫|计划))")
ORGANISATION = re.compile(r"[\u4e00-\u9fff（）()]{2,16}?(?:部|局|院|中心|委員會|委员会|署|處|处|基金會|基金会|學會|学会)")
ACTION = r"(负责|执行|办理|主办|推动|建置|建立)"
AGENT_ASKED = re.compile(r"(?:由|是)(?:哪个单位|哪一个单位|哪个机构|哪个机关|谁)")  # the thing acted on stands before it
EN_ACTED_ON = re.compile(r"\b(?:responsible for|in charge of|builds?|sets? up|operates?|maintains?|carr(?:y|ies) out)"
                         r"\s+(?:the\s+)?([^?]+)", re.IGNORECASE)  # what a body does, and what it does it to
EN_OF_PROGRAM = re.compile(r"\s+(?:of|in|for|under)\s+(?:the\s+)?[^?]*\b(?:program|programme|plan|project)s?\b.*$",
                           re.IGNORECASE)  # the program a thing belongs to: not the thing
ACTING = re.compile(r"([\u4e00-\u9fff（）()、]{2,24}?(?:部|局|院|中心|委员会|署|处|基金会|学会))" + ACTION)
HEADING_NUMBER = re.compile(r"^\s*(?:[壹貳參肆伍陸柒捌玖拾]+、|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.])\s*")
BROAD_SECTION_NOUNS = ("目标", "施政目标", "方针")
SECTION_CANDIDATES = 8


def owner_asked(context: Context) -> str | None:
    """The one program-table agency a Chinese question puts in the owner's place, by any of its names (國家衛生研究院
    負責哪個計畫, 國研院的計畫): what it asks is one of that agency's rows."""
    asked, aliases = compact(context.folded_question()), bodies_named(context.question.text)
    found = {agency for agency in values(context, "agency")
             for written in {plain_value(agency), *aliases.get(plain_value(agency), [])}
             if written and any(OWNER_AFTER_ZH.match(asked[at.end():])
                                for at in re.finditer(re.escape(written), asked))}
    return found.pop() if len(found) == 1 else None


def owned_row(context: Context) -> Extraction | None:
    """A Chinese program question about what one agency owns (國家衛生研究院負責哪個計畫, 國衛院的計畫是哪個) and names no
    program: the agency's best-scored row, or its first when none was retrieved, however well another row's words
    match — read from the table, so a name of the agency the plan never writes (國衛院) needs no evidence."""
    if not has_cjk(context.question.text) or named_program(context) or loosely_named(context):
        return None
    agency = owner_asked(context)
    if agency is None:
        return None
    scored = next((c for c in context.candidates if c.hit.chunk.kind == "program" and c.hit.chunk.agency == agency),
                  None)
    chunk = scored.hit.chunk if scored else next(chunk for chunk in context.rows if chunk.agency == agency)
    return context.field(chunk, chunk.program, scored)


def full_name(context: Context) -> Extraction | None:
    """The name of a program a Chinese question names by part of that name and asks the name of (射月計畫的全名是什麼,
    光束線實驗設施建置計畫的名稱為何): its row's name, read from the table, however little of the prose the question's
    words match. A name of the asker's own (太空旅遊計畫) is left to the evidence."""
    question = context.question
    if not has_cjk(question.text) or not re.search(NAME_NOUNS + "|叫", context.folded_question()):
        return None
    found = named_program(context)
    if found is None or named(found[0].program, compact(context.folded_question())):  # given in full: no question
        return None
    return context.field(found[0], found[0].program, context.row_candidate(found[0]))


def best_row(context: Context) -> Candidate | None:
    """The best candidate from a program row, unless prose outscores every row by more than a margin; for a program
    question, of the rows tied with it the one whose name also holds the question's words (a program that trains
    biomedical commercialisation talent: 生醫產業商品化人才培育計畫, not a row whose prose says 培育商業化…人才), for a
    Chinese one whose sentence holds more of them once more (建置宿舍及廠房管理系統: 南部…建設計畫, whose row writes it,
    not 新竹…建設計畫, whose sentence is nearer in meaning) and,
    when the best row holds few of a Chinese question's words, whose name means most nearly what it says (大學想發
    獎金留住頂尖學者: 科技部補助大專校院延攬及獎勵特殊優秀人才計畫, not a row whose prose says 大學)."""
    best = context.best
    row = next((c for c in context.candidates
                if c.hit.chunk.kind == "program" and c.score >= best.score - ROW_MARGIN), None)
    if row is None or context.question.asks is not Asks.program:
        return row
    tied: dict[str, Candidate] = {}
    for candidate in context.candidates:
        if candidate.hit.chunk.kind == "program" and candidate.score >= row.score - NAME_MARGIN:
            tied.setdefault(candidate.hit.chunk.program, candidate)
    chinese = has_cjk(context.question.text)
    meaning = name_likeness(context) if chinese and row.coverage < FEW_WORDS else {}
    return max(tied.values(), key=lambda candidate: candidate.score
               + context.lexical_weight * (context.coverage(fold(candidate.hit.chunk.program))
                                           + (candidate.coverage if chinese else 0.0))
               + NAME_MEANING_WEIGHT * meaning.get(candidate.hit.chunk.program, 0.0))


def name_likeness(context: Context) -> dict[str, float]:
    """Each program name's similarity to the question, in standard deviations from the names' mean ({} without
    name vectors): what a name means, read by the embedder, for a question worded in none of the plan's words."""
    vectors = context.index.name_vectors
    if vectors is None or context.query_vector is None or len(vectors) < 2:
        return {}
    similarity = vectors @ context.query_vector
    spread = float(similarity.std())
    if not spread:
        return {}
    return dict(zip(context.index.program_names, ((similarity - similarity.mean()) / spread).tolist()))


def named(value: str, asked: str) -> bool:
    """True when the question (folded, compacted, without the program it names) names the value itself, which
    so cannot be its answer."""
    return compact(fold(value)) in asked


def completes(chunk: Chunk, name: str, asked: str) -> bool:
    """Whether a shortened name the question gives is most of its program's name, so that the program is what a
    program question asks for (光束線實驗設施建置計畫 of 台灣光子源光束線實驗設施建置計畫－第三期); a plan noun and
    a word (專案計畫) may end many other names."""
    if named(chunk.program, asked):
        return False
    return len(name) >= COMPLETED_SHARE * min(len(full) for full in names_of(chunk.program) if name in full)


def subject_row(context: Context, fallback: bool = False) -> tuple[Chunk, Candidate | None] | None:
    """The program row a question is about: the one it names in Chinese, in full or loosely (醫材計畫); for English,
    the one its subject's words name (the question's frame taken away, and for a yes/no or choice question its
    predicate: the claimed or offered values would pull retrieval elsewhere), or the best-scored row when the
    subject describes what a program does instead of naming it; with `fallback`, else the best-supported row."""
    found = named_program(context) or (loosely_named(context) if has_cjk(context.question.text) else None)
    if found:
        return found[0], context.row_candidate(found[0])
    if not has_cjk(context.question.text):
        subject = english_subject(context.question.text, context.question.form)
        if DESCRIBED_EN.search(subject):  # the program that builds the photon source beamlines: what it does, no name
            row = next((c for c in context.candidates if c.hit.chunk.kind == "program"), None)
            return (row.hit.chunk, row) if row else None
        chunk = subject_by_name(context, subject)
        if chunk is not None:
            return chunk, context.row_candidate(chunk)
    row = best_row(context) if fallback else None
    return (row.hit.chunk, row) if row else None


def named_plan(context: Context, candidate: Candidate) -> Extraction | None:
    """A plan the prose names in quotes (「…計畫」) or by a Latin name (B5G 計畫)."""
    match = NAMED_PLAN.search(candidate.sentence.text)
    if not match:
        return None
    group = 1 if match.group(1) else 2
    return context.span(candidate, match.start(group), match.end(group))


def prose_plan(context: Context) -> Extraction | None:
    """A plan the best sentence names as what the question's verb acts on (擬定[國家科學技術發展計畫] for 科技部要擬定
    哪一個國家計畫): the gap it fills, when a plan noun ends it."""
    if not has_cjk(context.question.text):
        return english_prose_plan(context)
    found = slot.fill(context, [context.best])
    return found if found and PROGRAM_SUFFIX.search(fold(found.answer)) else None


def english_prose_plan(context: Context) -> Extraction | None:
    """For English, a plan the best sentence names right after a verb the question's words translate into (Which plan
    will the ministry draw up…? → 擬定[國家科學技術發展計畫])."""
    text = fold(context.best.sentence.text)
    if len(text) != len(context.best.sentence.text):
        return None
    verbs = [term for term in context.question.terms if len(term) >= 2 and tagged_words(term)[0][1] == "v"]
    found = next((found for verb in verbs if (found := re.search(re.escape(verb) + PROSE_PLAN.pattern, text))), None)
    return context.exact_span(context.best, found.start(1), found.end(1)) if found else None


def object_words(after_verb: str, program: str) -> list[str]:
    """The words of what a question's verb acts on, up to the clause's end or its interrogative, without the program
    it names (負責[半導體射月計畫的]共用服務設施平臺 → 共用, 服務, 設施, 平台): words of two characters or more."""
    end = re.search(rf"{CLAUSE_END.pattern}|{INTERROGATIVES}", after_verb)
    text = after_verb[:end.start() if end else len(after_verb)]
    text = text.replace(program, " ") if program else text
    return [word for word in words(text) if len(word) >= 2 and has_cjk(word)]


def acting_organisation(context: Context) -> Extraction | None:
    """An organisation named in the evidence as doing what the question asks about ("X 負責建置…" for "哪個單位
    負責建置…": the same verb with what it acts on — its first word, or most of its words — in its clause; X 負責建置…
    共用服務設施平臺 for 負責半導體射月計畫的共用服務設施平臺的是哪個單位, or for 射月計畫的共用服務設施平臺由誰建置, whose thing
    acted on stands before 由誰; but 負責執行 only as it stands): the text, not the row's agency, answers then."""
    asked = context.folded_question()
    program = named_program(context)
    name = program[1] if program else ""
    topic = AGENT_ASKED.search(asked)
    objects = {m.group(1): object_words(asked[m.end():], name)
               or (object_words(asked[:topic.start()], name) if topic and topic.end() <= m.start() else [])
               for m in re.finditer(ACTION, asked)}  # 負責建置[平臺]的是哪個單位, or [平臺]由誰建置
    for candidate in context.top:
        text = candidate.sentence.text
        folded = fold(text)
        for match in ACTING.finditer(folded):
            clause = CLAUSE_END.search(folded, match.end())
            after = folded[match.end():clause.start() if clause else len(folded)]
            verb = re.match(ACTION, after)  # X 負責建置…: the question may ask who builds it
            asked_object = objects.get(match.group(2), []) or (objects.get(verb.group(1), []) if verb else [])
            acted_on = [word for word in asked_object if not re.fullmatch(ACTION, word)]  # 負責執行 only as it stands
            if asked_object and (after.startswith(asked_object[0])
                                 or acted_on and 2 * sum(word in after for word in acted_on) > len(acted_on)):
                name = text[match.start(1):match.end(1)]
                name = name[skip_numbering(name):]
                return context.span(candidate, match.end(1) - len(name), match.end(1))
    return None


def english_acting_organisation(context: Context) -> Extraction | None:
    """For English, an organisation the evidence names as 負責/建置/執行… a thing when most of the question's words for
    that thing translate into the rest of its clause (Which body is responsible for the shared service facility
    platform of the moonshot program? → 國家實驗研究院臺灣半導體研究中心, of …負責建置…共用服務設施平臺), the program
    it belongs to left aside."""
    acted = EN_ACTED_ON.search(context.question.text)
    thing = EN_OF_PROGRAM.sub("", acted.group(1)) if acted else ""
    glossary = context.index.glossary
    words = [glossary.terms_of(stem)[:TRANSLATIONS_PER_WORD] for stem in english_stems(thing)]
    if len(words) < 2:
        return None
    for candidate in context.top:
        folded = fold(candidate.sentence.text)
        for match in ACTING.finditer(folded):
            clause = CLAUSE_END.search(folded, match.end())
            after = folded[match.start(2):clause.start() if clause else len(folded)]
            if 2 * sum(any(term in after for term in terms) for terms in words) > len(words):
                name = candidate.sentence.text[match.start(1):match.end(1)]
                name = name[skip_numbering(name):]
                return context.span(candidate, match.end(1) - len(name), match.end(1))
    return None


def heading_of(chunk: Chunk, broad: bool) -> str | None:
    """The heading a paragraph stands under: the deepest one, or with `broad` the one below the top-level part
    (a goal rather than its strategy); None for the document's own title."""
    if len(chunk.section) < 2:
        return None
    heading = chunk.section[1] if broad and len(chunk.section) >= 3 else chunk.section[-1]
    return HEADING_NUMBER.sub("", heading).strip() or None


def heading_extraction(context: Context, chunk: Chunk, candidate: Candidate | None) -> Extraction | None:
    """A paragraph's heading as the answer, cited where it stands, with the sentence that supports it."""
    title = heading_of(chunk, context.question.noun in BROAD_SECTION_NOUNS) if chunk.kind != "program" else None
    quote = heading_citation(context, chunk, title) if title else None
    if quote is None:
        return None
    return Extraction(title, [quote, context.cite(candidate)] if candidate else [quote], candidate or context.best)


def heading_citation(context: Context, chunk: Chunk, title: str) -> Citation | None:
    """A heading cited where it stands: the last place before the end of a chunk under it, up to its line's end or
    colon; None when the document does not hold it there."""
    text = context.document_text(chunk)
    at = text.rfind(title, 0, chunk.end)
    if at < 0:
        return None
    line_end = min(i for i in (text.find("\n", at), text.find("：", at), len(text)) if i >= 0)
    return Citation(chunk.id, chunk.doc_id, chunk.section, text[at:line_end], at, line_end, at, at + len(title))


def heading(context: Context) -> Extraction | None:
    """The heading of the best-supported paragraph."""
    for candidate in context.candidates[:SECTION_CANDIDATES]:
        found = heading_extraction(context, candidate.hit.chunk, candidate)
        if found:
            return found
    return None


def english_without_program(question: Question) -> bool:
    """Whether an English question names no program, plan or project (and no Chinese name): its subject is a thing
    some body does, not a row of the table."""
    return not has_cjk(question.text) and not set(EN_WORD.findall(question.text.lower())) & set(EN_PROGRAM_NOUNS)


def named_body(text: str) -> tuple[int, int] | None:
    """Where the first organisation a sentence names stands, with those named right after it as its parts (另[科技部
    國家災害防救科技中心]: the ministry's center)."""
    bodies = organisations_in(text)
    if not bodies:
        return None
    end = bodies[0].end
    for body in bodies[1:]:
        if body.start != end:
            break
        end = body.end
    return bodies[0].start, end


def answer(context: Context) -> Extraction | None:
    """The asked field of the question's row, or, when that is not a value of the field or is what the question sets
    aside (除了國研院，還有哪個財團法人…), of the best other row that meets the rest of it."""
    found = field_answer(context)
    aside = set_aside(context.question.text) if context.question.asks in FIELDS else ""
    if not aside:
        return found
    attribute, translated = FIELDS[context.question.asks], translated_aside(context, aside)
    if (found is not None and found.answer in values(context, attribute) and not is_set_aside(found.answer, aside)
            and found.answer != translated):
        return found
    return other_row(context, attribute, aside, translated)  # nor a plan the prose names (建置本計畫)


def translated_aside(context: Context, aside: str) -> str | None:
    """For English, the agency a set-aside phrase names by its translation (the Hsinchu bureau: 新竹…管理局)."""
    if has_cjk(aside):
        return None
    return most_covered(values(context, "agency"), context.index.glossary.translate(aside))


def other_row(context: Context, attribute: str, aside: str, translated: str | None) -> Extraction | None:
    """The best-scored row whose field is not set aside (by its name, or for English by its `translated` agency), of
    a body the question names besides, and, for an agency, of one whose name holds the asked noun when some names do
    (哪個[財團法人])."""
    named_aside = bodies_named(aside)
    bodies = {name for name in bodies_named(context.question.text) if name not in named_aside}
    qualifier = ASKED_QUALIFIER.search(compact(context.folded_question()))
    kind = qualifier.group(1) if qualifier and attribute == "agency" else ""
    if not any(kind in compact(fold(value)) for value in values(context, attribute)):
        kind = ""
    ranked = [candidate.hit.chunk for candidate in context.candidates if candidate.hit.chunk.kind == "program"]
    for chunk in [*ranked, *context.rows]:
        value = getattr(chunk, attribute)
        if (value and not is_set_aside(value, aside) and value != translated and kind in compact(fold(value))
                and (not bodies or plain_value(chunk.agency) in bodies)):
            return context.field(chunk, value, context.row_candidate(chunk))
    return None


def field_answer(context: Context) -> Extraction | None:
    """The asked field of the best row; a plan named in the evidence wins when the best sentence is prose outside
    the program table (else the best row still answers a program question: a clause would not name a program); for
    agencies, an organisation the evidence names as doing the asked thing. A program the question names by a
    shortened name is the program it asks for (光束線實驗設施建置計畫叫什麼？ → its full name); a value the question
    itself names in full is not its answer ("X 計畫推動哪個方案…" asks about X's text), nor is the program a question
    names before the plan it asks for."""
    question, best = context.question, context.best
    if question.asks is Asks.section:
        return heading(context)
    if question.asks is Asks.agency:
        found = acting_organisation(context) if has_cjk(question.text) else english_acting_organisation(context)
        if found:
            return found
    asked = compact(context.folded_question())
    program = named_program(context)
    if program and question.asks is Asks.program and completes(*program, asked):
        return context.field(program[0], program[0].program, context.row_candidate(program[0]))
    if program and question.asks is not Asks.program:
        asked = asked.replace(program[1], " ")  # 科技發展 inside 臺灣腦科技發展…計畫 is not the category named
    body = named_body(best.sentence.text) if question.asks is Asks.agency and english_without_program(question) else None
    if body:  # Which center is in charge of the shared service platform…: no program, the body the evidence names
        return context.exact_span(best, *body)
    if question.asks in (Asks.agency, Asks.category):
        subject = subject_row(context)
        if subject:
            return context.field(subject[0], getattr(subject[0], FIELDS[question.asks]), subject[1])
    row = best_row(context)
    if question.asks is Asks.program and (row is None or best.hit.chunk.kind != "program"):
        found = named_plan(context, best) or prose_plan(context)
        if found:
            return found
    if question.asks is Asks.agency:
        found = slot.fill(context, [best])
        if found and ORGANISATION.search(found.answer):  # the gap names a body, not 教學品質 after 實驗高中的
            return found
        body = named_body(best.sentence.text)
        if best.hit.chunk.kind != "program" and body:
            return context.exact_span(best, *body)
    if row is None and question.asks is Asks.program:
        row = next((c for c in context.candidates if c.hit.chunk.kind == "program"), None)
    if row is None:
        return None
    chunk = row.hit.chunk
    value = getattr(chunk, FIELDS[question.asks])
    if not value or named(value, asked):
        return None
    subject = program or loosely_named(context)
    if question.asks is Asks.program and subject and subject[0].program == chunk.program:
        at, phrase = asked.find(subject[1]), ASKED_PROGRAM.search(asked)
        if 0 <= at and phrase and phrase.start() >= at + len(subject[1]):
            return None  # 腦科技計畫要跟什麼樣的國際計畫連結: another plan, not the one it names first
    return context.field(chunk, value, row)
