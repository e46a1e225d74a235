"""Yes/no questions: a verdict with the verbatim span that supports it.

A claim about a row's field (X 是公共建設計畫嗎, Is X run by Y?) is checked against the row: yes when the field holds
the claimed value, no when it holds another — which is then the answer. A claim that a named program does something
is yes when its row says so best, no when another row does (that row's program answers). Otherwise the question asks
whether the plan does something at all: yes, with the program, heading or clause that says so (when the evidence is
too weak the pipeline abstains before any kind is tried).
"""
from __future__ import annotations

import re

import numpy as np

from corpus import Chunk
from qa.answering import clause, row_field
from qa.answering.base import Candidate, Context, Extraction, term_coverage
from qa.answering.spans import CLAUSE, skip_numbering
from qa.answering.subjects import (EN_ACTING_BODY, agencies_meant, agencies_named, best_translated, claimed_values,
                                   english_named, english_program, loosely_named, named_program, plain_value, values)
from qa.question import Asks, content_terms
from qa.question.analysis import OWN_PROGRAM
from qa.question.forms import NUMBER_WORDS, QUESTION_WORDS
from qa.question.premise import phases_in
from qa.text import compact, english_frame, fold, has_cjk, word_boundaries, words

# An English claim is read through a dictionary translation, which states what a row does less exactly: a row that
# does it may trail the best by a fifth ('Does the semiconductor moonshot program train talent?'), one that does not
# trails by two fifths or more ('Does the brain technology program build satellites?').
EN_CLAIM_MARGIN = 0.3
NUMERAL = r"\d+|[一二两三四五六七八九十]"
CLAIMED_NUMBER = re.compile(rf"第?\s*({NUMERAL})\s*([期年个项座大])([\u4e00-\u9fff]{{2,}})")  # 第二期[長程]計畫
ASKS_OF_PROGRAMS = re.compile(rf"{OWN_PROGRAM.pattern}|补助|资助|补贴|出资")  # whether a program does it, or funds it
OWNER_PREDICATES = re.compile(r"补助|资助|推动|执行|办理|进行|支持|负责|做")  # what a plan's owner does with any program
EN_BODY_SUBJECT = re.compile(r"^\s*(?:does|do|did)\s+(.{2,60}?)\s+(?:run|have|own|manage|operate|carry out|"
                             r"implement)\b", re.IGNORECASE)  # the body a claim is about, as its subject
ZH_BODY_SUBJECT = re.compile(r"^(?:请问)?(.{2,20}?)(?:有没有|有无|是否|有)")
ZH_BODY_IS = re.compile(r"^(?:请问)?(.{2,20}?)(?:是不是|是否为|是否是|算是|是)(?:一个|一间|个)?(.{2,12}?)(?:吗|吧|么|嘛)?$")
EN_PROGRAM_OF = re.compile(r"\b(?:programs?|programmes?|projects?)\b", re.IGNORECASE)
JOINED_SHARE = 0.5  # a claim joins what two clauses say (布建…警示情資系統平臺，建立東南亞…) when the second adds at least
# half what the first holds; less (本計畫與[國外]…，透過選派人員赴海外受訓…) only widens the span
MIN_TOPIC_CHARS = 3  # a question's opening words that name its row (光子源), not one word every name may share (計畫)
NOUN_WINDOW = 12  # how far from the number what it counts may stand (第三期國家太空科技發展長程計畫)


def with_verdict(extraction: Extraction | None, verdict: str) -> Extraction | None:
    if extraction is not None:
        extraction.verdict = verdict
    return extraction


def field_claim(context: Context, text: str, named: Chunk | None = None) -> Extraction | None:
    """A claimed category or agency, compared with the subject row's: the `named` one, else the one the question is
    about."""
    for attribute in ("category", "agency"):
        claimed = claimed_values(context, attribute, text)
        if not claimed:
            continue
        acted_on = english_program(context) if not named and EN_ACTING_BODY.match(text) else None
        named = named or (acted_on[0] if acted_on else None)  # Is the Hsinchu bureau in charge of [the X program]?
        subject = (named, context.row_candidate(named)) if named else row_field.subject_row(context, fallback=True)
        if subject is None:
            return None
        chunk, candidate = subject
        actual = getattr(chunk, attribute)
        return with_verdict(context.field(chunk, actual, candidate), "yes" if actual in claimed else "no")
    return None


def program_claim(context: Context, subject: Chunk, rest: str, margin: float = 0.0) -> Extraction | None:
    """'Does program X do Y?': yes when X's row supports the claim Y (embedded without X's name, which would pull
    every comparison towards X) at least as well as any other row does, less a `margin` (a share of the best row's
    support), else no — and the row that does say Y is the answer. The name alone ('有 X 計畫嗎', the documents' own
    title words and what their owner does with any program aside: 科技部有沒有補助太空計畫) asks whether X exists."""
    scope = set(content_terms(" ".join(document.title for document in context.index.documents.values())))
    part = context.part(rest)
    claim = OWNER_PREDICATES.sub(" ", rest)
    if part is None or not context.rows or not [term for term in content_terms(claim) if term not in scope]:
        return with_verdict(context.field(subject, subject.program, context.row_candidate(subject)), "yes")
    support = {chunk.id: context.support(chunk, part) for chunk in context.rows}
    best = max(context.rows, key=lambda chunk: support[chunk.id])
    if states(context, subject, rest) or support[subject.id] >= (1 - margin) * support[best.id]:
        return with_verdict(claim_span(context, subject, part)
                            or context.field(subject, subject.program, context.row_candidate(subject)), "yes")
    return with_verdict(context.field(best, best.program, context.row_candidate(best)), "no")


def claim_span(context: Context, subject: Chunk, part: tuple[np.ndarray, list[str], list[float]]) -> Extraction | None:
    """Where the subject's row says what is claimed of it: its sentence that supports the claim best (as `support`
    scores it), cut to the claim (生醫產業商品化人才培育計畫會派人去國外受訓嗎: 透過選派人員[赴海外受訓]…). The program's name,
    which the question gives, would prove nothing. None when no clause holds any of the claim's words."""
    sentences = context.row_sentences(subject)
    scores = context.sentence_support(sentences, part)
    if not scores:
        return None
    sid = max(zip(scores, sentences))[1]
    candidate = next((c for c in context.candidates if c.sentence_id == sid), None) or context.unretrieved(sid)
    return claimed_clauses(context, candidate, part[1], part[2])


def claimed_clauses(context: Context, candidate: Candidate, terms: list[str],
                    weights: list[float]) -> Extraction | None:
    """The clause of a sentence holding most of a claim's words, with the clause next to it when that holds much of
    the rest (布建…警示情資系統平臺，建立東南亞…). Restating the claim is what proves it, unlike a wh-question's answer
    (導入 OKR 管理概念). None when no clause holds any of its words."""
    text = candidate.sentence.text
    skip = skip_numbering(text)
    clauses = [(max(m.start(), skip), m.end()) for m in CLAUSE.finditer(text) if m.end() > skip]

    def held(first: int, last: int) -> float:
        return term_coverage(terms, weights, fold(text[clauses[first][0]:clauses[last][1]]))

    if not clauses or max(held(i, i) for i in range(len(clauses))) == 0:
        return None
    best = max(range(len(clauses)), key=lambda i: (held(i, i), -i))
    runs = [(held(min(i, best), max(i, best)), min(i, best), max(i, best)) for i in (best - 1, best + 1)
            if 0 <= i < len(clauses)]
    added, first, last = max(runs, default=(0.0, best, best))
    if added - held(best, best) < JOINED_SHARE * held(best, best):
        first = last = best
    return context.trimmed(candidate, clauses[first][0], clauses[last][1])


def claimed_in_row(context: Context, row: Chunk) -> Extraction | None:
    """Where a row says what a Chinese question asks whether the plan does (國輻中心有沒有要培育同步輻射人才: 培育新一代
    同步輻射科學與技術的人才): its claim span, unless the row's name holds more of the question's words (科技部有沒有推動
    5G: Beyond 5G 低軌衛星－通訊衛星發展, which then answers) past the topic it opens with. None then, and when no
    clause holds any."""
    text = context.question.text
    part = context.part(text[len(row_topic(context, text, row.program)):])
    span = claim_span(context, row, part) if part else None
    if span is None or term_coverage(part[1], part[2], fold(row.program)) > term_coverage(part[1], part[2],
                                                                                         fold(span.answer)):
        return None
    return span


def states(context: Context, subject: Chunk, rest: str) -> bool:
    """Whether the subject's row writes every word of a Chinese claim (射月計畫有培育人才嗎: 培育相關研發人才), so that it
    says so whatever another row says better."""
    if not has_cjk(rest):
        return False
    claimed = [word for word in words(rest) if len(word) > 1 and has_cjk(word) and not QUESTION_WORDS.fullmatch(word)]
    row = context.index.folded_chunk(context.index.chunk_numbers[subject.id])
    return bool(claimed) and all(word in row for word in claimed)


def stated_number(context: Context, subject: Chunk, rest: str) -> Extraction | None:
    """'Is X the 2nd-phase long-term plan?' when X's row states another number of the same thing (第三期…長程計畫):
    no, with what it states. None when the claim counts nothing, or the row states the claimed number or none."""
    claimed = CLAIMED_NUMBER.search(rest)
    if not claimed:
        return None
    value, unit, noun = number_value(claimed.group(1)), claimed.group(2), claimed.group(3)[:2]
    stated = re.compile(rf"第?\s*({NUMERAL})\s*{unit}(?=[^，,。；;]{{0,{NOUN_WINDOW}}}{re.escape(noun)})")
    other = None
    for number in context.index.chunk_sentences[context.index.chunk_numbers[subject.id]]:
        text = fold(context.index.sentences[number].text)
        for found in stated.finditer(text):
            if number_value(found.group(1)) == value:
                return None
            other = other or (number, found.start(), found.end())
    if other is None:
        return None
    number, start, end = other
    return with_verdict(context.exact_span(context.unretrieved(number), start, end), "no")


def stated_place(context: Context, subject: Chunk, rest: str) -> Extraction | None:
    """'Is X based in Hsinchu?' when X's row never writes the claimed place and says another: no, with the clause that
    best says the rest of the claim, when it names a place (以[臺南]沙崙…作為…基地), else the row's first clause that
    says where something is (實施區域為…) or, failing that, names a place (以臺南沙崙智慧綠能科學城為基地). None when the
    claim names no place the corpus has, the row writes it, or the row names none: it neither says nor denies it."""
    glossary = context.index.glossary
    claimed = ([term for term in glossary.translate(rest) if glossary.is_place(term)] if not has_cjk(rest)
               else places_in(context, rest))
    sentences = context.row_sentences(subject) if claimed else []
    if not claimed or any(place in context.index.folded_sentence(sid) for sid in sentences for place in claimed):
        return None
    part = context.part(rest)
    if part is None:
        return None
    span = claim_span(context, subject, part)
    if span is not None and places_in(context, span.answer):
        return with_verdict(span, "no")
    placed = [(not clause.LOCATES.search(fold(found.group())), n, sid, found.start(), found.end())
              for n, sid in enumerate(sentences) for found in CLAUSE.finditer(context.index.sentences[sid].text)
              if places_in(context, found.group())]
    if not placed:
        return None
    *_, sid, start, end = min(placed)
    skip = skip_numbering(context.index.sentences[sid].text)
    return with_verdict(context.trimmed(context.unretrieved(sid), max(start, skip), end), "no")


def places_in(context: Context, text: str) -> list[str]:
    """The corpus's places a text names, each where a word starts (二林 of 二林園區, which the segmenter cuts 二/林; not
    大社 of 擴大社會)."""
    folded = fold(text)
    starts = word_boundaries(folded)
    return [place for place in context.index.glossary.places
            if any(found.start() in starts for found in re.finditer(re.escape(place), folded))]


def stated_phase(context: Context, subject: Chunk) -> Extraction | None:
    """'Is X in its second phase?' in English, settled by the phase X's name or else its row states (…建置計畫－第三期):
    yes or no, with what states it. None when the question claims no phase or X states none."""
    claimed = phases_in(context.question.text.lower(), english=True)
    if not claimed:
        return None
    in_name = phases_in(fold(subject.program), english=False)
    if in_name:
        found = context.field(subject, subject.program, context.row_candidate(subject))
        return with_verdict(found, "yes" if set(claimed[0].phases) & set(in_name[0].phases) else "no")
    for number in context.index.chunk_sentences[context.index.chunk_numbers[subject.id]]:
        text = fold(context.index.sentences[number].text)
        for stated in phases_in(text, english=False):
            found = context.exact_span(context.unretrieved(number), stated.start, stated.end)
            return with_verdict(found, "yes" if set(claimed[0].phases) & set(stated.phases) else "no")
    return None


def number_value(numeral: str) -> int | None:
    """An Arabic or one-character Chinese numeral's value (第二期 and 第 2 期 are one phase)."""
    return int(numeral) if numeral.isdigit() else NUMBER_WORDS.get(numeral)


def key_term(context: Context) -> str | None:
    """The question's rarest term (highest IDF) that the best sentence holds: what the question is about."""
    held = fold(context.best.sentence.text)
    found = [(weight, term) for term, weight in zip(context.question.terms, context.weights) if term in held]
    return max(found)[1] if found else None


def row_topic(context: Context, text: str, program: str) -> str:
    """The words a question opens with that a row's name holds, MIN_TOPIC_CHARS at least and no title word of the
    documents (台灣光子源 of 台灣光子源的光束線有包括龍光束線嗎): the row it is about, not what it claims of it."""
    folded, name = fold(text), fold(program)
    if len(folded) != len(text):
        return ""
    length = next((n for n in range(len(folded), MIN_TOPIC_CHARS - 1, -1) if folded[:n] in name), 0)
    return "" if folded[:length] in context.index.scope.title_words else text[:length]


def existence(context: Context) -> Extraction | None:
    """The plan does what is asked: the program whose row says it (a row that holds what the question is about, its
    rarest term the best sentence holds: not the photon source row for quantum research), the heading it stands
    under, or the clause."""
    row = row_field.best_row(context)
    key = key_term(context)
    if row is not None and row is not context.best and key and key not in fold(row.hit.chunk.embedding_text):
        row = None
    if context.question.asks is Asks.section:
        found = row_field.heading(context)
    elif row is not None:  # the row's words for a Chinese question that asks for no program nor its funding
        quoted = has_cjk(context.question.text) and not ASKS_OF_PROGRAMS.search(context.folded_question())
        found = ((claimed_in_row(context, row.hit.chunk) if quoted else None)
                 or context.field(row.hit.chunk, row.hit.chunk.program, row))
    else:  # no row says it: where the best sentence does (科技部是不是要導入 OKR 管理概念: 導入 OKR 管理概念)
        found = (claimed_clauses(context, context.best, context.question.terms, context.weights)
                 or clause.answer(context))
    return with_verdict(found, "yes")


def body_claim(context: Context) -> Extraction | None:
    """'Does body B run a C program?' (國研院有負責公共建設計畫嗎, Does NARLabs run any public construction program?)
    when the question's subject is one body and it claims a category of no program it names: yes with B's first
    row of C, no with the category B's first row is of. None for any other question, and for one naming the program
    B is claimed to run (Does B run the Chung Hsing park program?: the agency claim settles it)."""
    text = context.question.text
    english = english_frame(text)
    if english and EN_ACTING_BODY.match(text):
        return None
    if english:
        value, covered = best_translated(values(context, "category"), context.index.glossary.translate(text))
        categories = [value] if value and covered == 1.0 and EN_PROGRAM_OF.search(text) else []  # all of it named:
        # a program on brain science claims no 科技發展 program, though science covers its 科技
        subject = EN_BODY_SUBJECT.match(text)
    else:
        folded = compact(context.folded_question())
        categories = [value for value in values(context, "category")
                      if re.search(rf"{re.escape(plain_value(value))}类?的?(?:计划|计画|方案)", folded)]
        subject = ZH_BODY_SUBJECT.match(folded)
    agencies = agencies_meant(context, subject.group(1), english) if subject else []
    if not categories or len(agencies) != 1:
        return None
    rows = [chunk for chunk in context.rows if chunk.agency == agencies[0]]
    meeting = [chunk for chunk in rows if chunk.category in categories]
    if meeting:
        return with_verdict(context.field(meeting[0], meeting[0].program, context.row_candidate(meeting[0])), "yes")
    return with_verdict(context.field(rows[0], rows[0].category, context.row_candidate(rows[0])), "no")


def form_claim(context: Context) -> Extraction | None:
    """Is body B a Y? where Y is a word of the table's agency names that B's own name does not hold (災防中心是財團法人
    嗎, 國研院是管理局嗎): yes when B's name in the table holds it, no (with that name) when not. Chinese only."""
    if english_frame(context.question.text):
        return None
    found = ZH_BODY_IS.match(compact(context.folded_question()).rstrip("?？。"))
    if not found:
        return None
    agencies = agencies_named(context, found.group(1))
    claimed = found.group(2)
    names = [compact(fold(value)) for value in values(context, "agency")]
    if len(agencies) != 1 or not any(claimed in name for name in names) or claimed in found.group(1):
        return None
    rows = [chunk for chunk in context.rows if chunk.agency == agencies[0]]
    verdict = "yes" if claimed in compact(fold(agencies[0])) else "no"
    return with_verdict(context.field(rows[0], rows[0].agency, context.row_candidate(rows[0])), verdict)


def named_field_claim(context: Context) -> Extraction | None:
    """A claimed category or agency of a program a Chinese question names: the program table settles it, however
    little of the plan's prose the question's words match (低軌衛星計畫是國研院負責的嗎); without one, a category of
    program claimed of a body (國研院有沒有公共建設類的計畫) or a kind of body (災防中心是財團法人嗎)."""
    named = named_program(context) or loosely_named(context)
    if not named:
        return body_claim(context) or form_claim(context)
    if english_frame(context.question.text):
        return None
    return field_claim(context, compact(context.folded_question()).replace(named[1], " "), named[0])


def answer(context: Context) -> Extraction | None:
    """A field claim (of a program a Chinese question names, the field claim kind has settled it), else a claim
    about the program the question names (by its name, a name of the asker's own or, in English, its subject's
    words or a 'the … program' phrase where it stands) — a number or place its row states otherwise first — else
    whether the plan does it at all."""
    named = named_program(context) or loosely_named(context)
    rest = compact(context.folded_question())
    if named:
        rest = rest.replace(named[1], " ")
    english = english_frame(context.question.text)
    claimed = None if named and not english else field_claim(context, context.question.text)
    if english and not named:
        named = english_named(context)
        rest = named[1] if named else rest
        if not named:  # …a goal of the space program?: named where it stands
            named = english_program(context)
            rest = context.question.text.replace(named[1], " ") if named else rest
    stated = ((stated_phase(context, named[0]) if english else stated_number(context, named[0], rest))
              or stated_place(context, named[0], rest)) if named else None
    return (claimed or stated
            or (program_claim(context, named[0], rest, EN_CLAIM_MARGIN if english else 0.0) if named else None)
            or existence(context))
