"""The extractive answerer: choose the best-supported row, enumeration or clause and return it verbatim, cited.

Every answer string is a slice of a document's text or a field value the parser extracted from it; nothing is
generated. When the evidence is too weak, or lacks the kind of fact asked for, the answerer abstains.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from corpus import Chunk
from qa.answer import Citation
from qa.index_store import Index
from qa.question import Asks, Expects, Question
from qa.retrieval import Hit
from qa.sentences import Sentence
from qa.text import CJK_CHAR, compact, fold, tokenize

CANDIDATE_CHUNKS = 8
MAX_ANSWER_CHARS = 200
MAX_QUOTE_CHARS = 400
LONG_SENTENCE_CHARS = 60
ENUM_CANDIDATES = 3
RESTATEMENT = 0.6
HOW_CLAUSES = 2
ROW_MARGIN = 0.05
CLAUSE = re.compile(r"[^，,：:；;。！？!?]+[，,：:；;。！？!?]*")
QUOTED = re.compile(r"「([^「」]{2,120})」")
QUOTED_RUN = re.compile(r"「[^「」]{1,40}」(?:\s*(?:、|以及|及|與|与|和|或)\s*「[^「」]{1,40}」)+")
ENUM_STOP = re.compile(r"等|之(?!間)|[一二三四五六七八九十两兩]+大")
CONJUNCTION = re.compile(r"以及|與|及|和|或|与")
LIST_NUMBERING = re.compile(r"^\s*(?:[-•]\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})、|^\s*[(（][一二三四五六七八九十\d]{1,3}[)）]\s*")
LEADING_FUNCTION_WORDS = re.compile(r"^(?:並|并|且|另|期|將|将|以|透過|透过|通過|通过|藉由|借由|包括|包含|含|如|為|为|即|係|系|朝|推動|推动|是|有|分為|分为)+")
NAMED_PLAN = re.compile(r"「([^「」]{2,40}(?:計畫|計劃|计划|方案|專案|专案))」|([A-Za-z0-9+]{2,20}\s?(?:計畫|计划))")
ORGANISATION = re.compile(r"[\u4e00-\u9fff（）()]{2,16}?(?:部|局|院|中心|委員會|委员会|署|處|处|基金會|基金会|學會|学会)")
WH_WORD = re.compile(r"怎么办|怎么做|哪些|哪[一二三四五六七八九十两几]*[个项种类大样位家所条]|什么样的?|什么|甚么|何种|哪")
COUNT_WORD = re.compile(r"(?:等)?([两二三四五六七八九十])(?:大|种|项|类|个)")
CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
ACTION = r"(负责|执行|办理|主办|推动|建置|建立)"
ACTING = re.compile(r"([\u4e00-\u9fff（）()、]{2,24}?(?:部|局|院|中心|委员会|署|处|基金会|学会))" + ACTION)
PURPOSE = re.compile(r"[並并且]?(?:以期|以利|以助|以便|以達|以达|以|用以|藉以|借以|俾|旨在|期能|期使|期望|為了|为了|目的在於?|目的在于?)(?![及與与和或、])")
PURPOSE_FIRST = re.compile(r"(?:為|为)(?![主基重場场核])")
OPENING, CLOSING = "（(「『【〔", "）)」』】〕"
PROGRAM_LIST = re.compile(r"哪些(?:计划|计画|项目|方案)|哪几[个项](?:计划|计画|项目)|列出.{0,6}(?:计划|计画)|(?:which|what) (?:programs|programmes|plans|projects)\b|list the (?:programs|programmes)")
LEGAL_FORM = re.compile(r"^(?:财团法人|行政法人)|[（(][^）)]*[）)]$")
SLOT_MAX_CHARS = 40
SLOT_IGNORED = set(" ，,：:；;、「」『』（）()")
COPULA = re.compile(r"是(?=[与和跟由在对向从])")
WITH = str.maketrans("跟和", "与与")
FACT_MAX_CHARS = 30
FACT_PATTERNS = {
    Expects.amount: re.compile(r"\d[\d,.]*\s*(?:亿|万|千|百)?\s*(?:元|圆)|新台币|nt\$|\$\s*\d"),
    Expects.count: re.compile(r"(?:\d[\d,]*|[一二两三四五六七八九十百千]+)\s*(?:人|位|名|家|所|件|个|大|项|类|座)"),
    Expects.date: re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*[点时:]\s*\d{0,2}\s*分?"
                             r"|\d+\s*(?:分钟|小时|天|个月|周)"),
    Expects.period: re.compile(r"\d{2,4}\s*年度?\s*(?:至|到|~|～|-)\s*\d{2,4}\s*年"),
    Expects.person: re.compile(r"(?:部长|次长|主委|主任委员|院长|局长|署长|执行长)\s*[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}\s*(?:部长|主委|院长|局长|署长)"),
}


@dataclass
class Candidate:
    """A sentence of a retrieved chunk, scored against the question."""

    sentence_id: int
    sentence: Sentence
    hit: Hit
    dense: float
    coverage: float
    score: float


@dataclass
class Extraction:
    answer: str
    citations: list[Citation]
    best: Candidate


def term_coverage(terms: list[str], weights: list[float], text: str) -> float:
    """IDF-weighted share of the question's content terms found in (folded) text: 1.0 = every term present."""
    total = sum(weights)
    if not terms or not total:
        return 0.0
    return sum(weight for term, weight in zip(terms, weights) if term in text) / total


class Answerer:
    """Scores candidate sentences and extracts the answer span; thresholds come from configuration."""

    def __init__(self, index: Index, lexical_weight: float, prior_weight: float) -> None:
        self.index = index
        self.lexical_weight = lexical_weight
        self.prior_weight = prior_weight
        self._weights: dict[tuple[str, ...], list[float]] = {}

    def term_weights(self, question: Question) -> list[float]:
        """IDF of the question's terms, looked up once per question (every strategy uses them)."""
        key = tuple(question.terms)
        if key not in self._weights:
            self._weights[key] = self.index.lexical.idf(question.terms).tolist()
        return self._weights[key]

    def candidates(self, question: Question, query_vector: np.ndarray, hits: list[Hit]) -> list[Candidate]:
        """Every sentence of the top chunks, scored by dense similarity, term coverage and 1/rank of its chunk."""
        if not hits:
            return []
        weights = self.term_weights(question)
        rows: list[tuple[int, Hit, int]] = [(sid, hit, rank) for rank, hit in enumerate(hits[:CANDIDATE_CHUNKS], 1)
                                            for sid in self.index.chunk_sentences[hit.index]]
        if not rows:
            return []
        dense = self.index.sentence_vectors[[sid for sid, _, _ in rows]] @ query_vector
        out = []
        for (sid, hit, rank), cosine in zip(rows, dense):
            sentence = self.index.sentences[sid]
            coverage = term_coverage(question.terms, weights, self.index.folded_sentence(sid))
            score = float(cosine) + self.lexical_weight * coverage + self.prior_weight / rank
            out.append(Candidate(sid, sentence, hit, float(cosine), coverage, score))
        return sorted(out, key=lambda c: -c.score)

    def has_expected_fact(self, question: Question, candidate: Candidate) -> bool:
        pattern = FACT_PATTERNS.get(question.expects)
        return True if pattern is None else bool(pattern.search(fold(candidate.sentence.text)))

    def extract(self, question: Question, candidates: list[Candidate]) -> Extraction:
        """Pick the extraction strategy by what is asked; every strategy returns a verbatim span or field."""
        best, top = candidates[0], candidates[:ENUM_CANDIDATES]
        if PROGRAM_LIST.search(fold(question.text)):
            found = self._row_list(question, best)
            if found:
                return found
        if question.asks in (Asks.program, Asks.agency, Asks.category):
            found = self._row_field(question, candidates)
            if found:
                return found
        if question.expects in (Expects.count, Expects.amount, Expects.date, Expects.period):
            found = self._fact(question, top)
            if found:
                return found
        if question.asks is Asks.enumeration:
            def lists() -> Extraction | None:
                return self._enumeration(question, [best]) or self._enumeration(question, top)
            found = (lists() or self._slot(question, top)) if question.count else (self._slot(question, top) or lists())
            if found:
                return found
        if question.why:
            found = self._purpose(question, [best])
            if found:
                return found
        return self._slot(question, top) or self._typed_list(question, top) or self._clause(question, best)

    def _typed_list(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """'發展什麼衛星' when no sentence repeats the question's words: an enumeration whose items are that noun
        (高解析度光學遙測衛星星系、…、合成孔徑雷達衛星星系)."""
        asked = fold(question.text).rstrip("？?。!！ ")
        wh = WH_WORD.search(asked)
        noun = asked[wh.end():].lstrip("的")[:2] if wh else ""
        if len(noun) < 2 or not CJK_CHAR.fullmatch(noun[0]):
            return None
        for candidate in candidates:
            text = candidate.sentence.text
            for start, end, _ in enumerations(text):
                if noun in fold(text[start:end]):
                    return self._span_extraction(candidate, start, end)
        return None

    def _purpose(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """For why-questions: the purpose clause of the sentence ("…，以支援尖端基礎研究…", "為加速…，…", "期能…"),
        without its marker; a clause restating the question does not answer it."""
        for candidate in candidates:
            text = candidate.sentence.text
            numbering = LIST_NUMBERING.match(text)
            skip = numbering.end() if numbering else 0
            for position, clause in enumerate(m for m in CLAUSE.finditer(text) if m.end() > skip):
                start = max(clause.start(), skip)
                marker = PURPOSE.match(text, start) or (PURPOSE_FIRST.match(text, start) if position == 0 else None)
                body = text[marker.end():clause.end()] if marker else ""
                taking = marker and marker.group(0).endswith("以") and re.search("[為为]", body)  # 以 X 為 Y: "as", not "to"
                if marker and not taking and len(body.strip("，,：:；;。")) >= 4 and not restates(question.text, body):
                    return self._trimmed(candidate, marker.end(), clause.end())
        return None

    def _document_text(self, chunk: Chunk) -> str:
        return self.index.documents[chunk.doc_id].text

    def _cite(self, candidate: Candidate, start: int | None = None, answer: tuple[int, int] | None = None) -> Citation:
        chunk = candidate.hit.chunk
        text = self._document_text(chunk)
        start = candidate.sentence.start if start is None else start
        end = candidate.sentence.end
        return Citation(chunk.id, chunk.doc_id, chunk.section, text[start:end], start, end,
                        answer[0] if answer else None, answer[1] if answer else None)

    def _field_citations(self, candidate: Candidate, value: str) -> list[Citation]:
        """Cite the sentence together with the field value (program name, category, agency) shown above it; when
        they are far apart, cite the value's line and the sentence separately."""
        chunk = candidate.hit.chunk
        text = self._document_text(chunk)
        at = text.rfind(value, 0, chunk.start + 1)
        if at < 0:
            return [self._cite(candidate)]
        answer = (at, at + len(value))
        if candidate.sentence.end - at <= MAX_QUOTE_CHARS:
            return [self._cite(candidate, start=at, answer=answer)]
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        header = Citation(chunk.id, chunk.doc_id, chunk.section, text[at:line_end], at, line_end, *answer)
        return [header, self._cite(candidate)]

    def _row_field(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """Program, agency or category of the best-supported program row; a plan named in the evidence wins when
        the best sentence is prose outside the program table. A value the question itself names is not its answer
        ("X 計畫推動哪個方案…" asks about X's text)."""
        best = candidates[0]
        row = next((c for c in candidates if c.hit.chunk.kind == "program" and c.score >= best.score - ROW_MARGIN), None)
        if question.asks is Asks.program and (row is None or best.hit.chunk.kind != "program"):
            named = self._named_plan(best)
            if named:
                return named
        if question.asks is Asks.agency:
            acting = self._acting_organisation(question, candidates[:ENUM_CANDIDATES]) or self._slot(question, [best])
            if acting:
                return acting
            organisation = ORGANISATION.search(best.sentence.text)
            if best.hit.chunk.kind != "program" and organisation:
                return self._span_extraction(best, organisation.start(), organisation.end())
        if row is None:
            return None
        chunk = row.hit.chunk
        value = {Asks.program: chunk.program, Asks.agency: chunk.agency, Asks.category: chunk.category}[question.asks]
        if not value or compact(fold(value)) in compact(fold(question.text)):
            return None
        return Extraction(value, self._field_citations(row, value), row)

    def _row_list(self, question: Question, best: Candidate) -> Extraction | None:
        """'哪些計畫屬於公共建設類' / 'which programs does <agency> run': every program row whose category or agency the
        question names, in plan order, joined with 、 (as many as fit in an answer), each name cited where it stands."""
        asked = compact(fold(question.text))
        rows_of = [chunk for chunk in self.index.chunks if chunk.kind == "program" and chunk.program]
        values = {value for chunk in rows_of for value in (chunk.category, chunk.agency) if value}
        named = {value for value in values if LEGAL_FORM.sub("", compact(fold(value))) in asked}
        rows: dict[tuple[str, str], Chunk] = {}
        for chunk in rows_of:
            if chunk.category in named or chunk.agency in named:
                rows.setdefault((chunk.doc_id, chunk.program), chunk)
        names, citations = [], []
        for (doc_id, program), chunk in rows.items():
            if len("、".join([*names, program])) > MAX_ANSWER_CHARS:
                break
            text = self.index.documents[doc_id].text
            at = text.rfind(program, 0, chunk.start + 1)
            if at >= 0:
                names.append(program)
                citations.append(Citation(chunk.id, doc_id, chunk.section, program, at, at + len(program), at, at + len(program)))
        return Extraction("、".join(names), citations, best) if names else None

    def _acting_organisation(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """An organisation named in the evidence as doing what the question asks about ("X 負責建置…" for "哪個單位
        負責建置…", the same verb with the same object): the text, not the row's agency, answers then."""
        asked = fold(question.text)
        objects = {m.group(1): asked[m.end():m.end() + 2] for m in re.finditer(ACTION, asked)}
        for candidate in candidates:
            text = candidate.sentence.text
            folded = fold(text)
            for match in ACTING.finditer(folded):
                verb = match.group(2)
                if verb in objects and len(objects[verb]) == 2 and folded.startswith(objects[verb], match.end()):
                    name = LIST_NUMBERING.sub("", text[match.start(1):match.end(1)])
                    return self._span_extraction(candidate, match.end(1) - len(name), match.end(1))
        return None

    def _fact(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """For how-many / how-much / when questions: the number, amount or date with the words it counts."""
        pattern = FACT_PATTERNS[question.expects]
        for candidate in candidates:
            text = candidate.sentence.text
            match = pattern.search(fold(text))
            if match:
                clause_end = next((m.end() for m in CLAUSE.finditer(text) if m.end() > match.start()), len(text))
                return self._trimmed(candidate, match.start(), min(clause_end, match.start() + FACT_MAX_CHARS))
        return None

    def _slot(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """Fill the question's gap: align the words before and after its interrogative (哪些/什麼/…) with a
        sentence and return what stands between them, with the noun that follows ("突破什麼挑戰" →
        "摩爾定律持續微縮的挑戰")."""
        for candidate in candidates:
            span = slot_span(question.text, candidate.sentence.text)
            if span:
                return self._trimmed(candidate, *span)
        return None

    def _named_plan(self, candidate: Candidate) -> Extraction | None:
        match = NAMED_PLAN.search(candidate.sentence.text)
        if not match:
            return None
        group = 1 if match.group(1) else 2
        return self._span_extraction(candidate, match.start(group), match.end(group))

    def _span_extraction(self, candidate: Candidate, start: int, end: int) -> Extraction:
        """An answer that is sentence.text[start:end], cited by its sentence with the span highlighted."""
        offset = candidate.sentence.start
        answer = candidate.sentence.text[start:end]
        return Extraction(answer, [self._cite(candidate, answer=(offset + start, offset + end))], candidate)

    def _enumeration(self, question: Question, candidates: list[Candidate]) -> Extraction | None:
        """The enumeration whose clause matches the question best among the given sentences; with a count in the
        question, only one of that size, and quoted key words spread over a sentence only when no list fits. None
        when no sentence holds a fitting list."""
        weights = self.term_weights(question)
        for scattered in (False, question.count is not None):
            found = []
            for rank, candidate in enumerate(candidates):
                text = candidate.sentence.text
                for start, end, items in enumerations(text, pairs=question.count == 2, scattered=scattered):
                    if question.count is not None and items != question.count:
                        continue
                    clause = next((m for m in CLAUSE.finditer(text) if m.end() >= end), None)
                    context = fold(text[min(start, clause.start()) if clause else start:max(end, clause.end()) if clause else end])
                    found.append((-term_coverage(question.terms, weights, context), rank, start, end, candidate))
            if found:
                *_, start, end, candidate = min(found, key=lambda f: f[:2])
                return self._span_extraction(candidate, start, end)
        return None

    def _clause(self, question: Question, candidate: Candidate) -> Extraction:
        """The clause of the best sentence that carries the question's terms without merely restating it; for
        'how' questions, with the clauses before it, where Chinese prose states the means. The whole sentence when
        it is short or nothing matches."""
        text = candidate.sentence.text
        numbering = LIST_NUMBERING.match(text)
        skip = numbering.end() if numbering else 0
        clauses = [(max(m.start(), skip), m.end()) for m in CLAUSE.finditer(text) if m.end() > skip]
        if len(text) <= LONG_SENTENCE_CHARS or len(clauses) < 2 or not question.terms:
            return self._trimmed(candidate, skip, len(text))
        weights = self.term_weights(question)
        scores = [term_coverage(question.terms, weights, fold(text[s:e])) for s, e in clauses]
        if question.how:
            anchor = int(np.argmax(scores))
            first = max(0, anchor - HOW_CLAUSES)
            last = anchor - 1 if anchor > first and restates(question.text, text[slice(*clauses[anchor])]) else anchor
            return self._trimmed(candidate, clauses[first][0], clauses[last][1])
        fresh = [i for i, (s, e) in enumerate(clauses) if scores[i] > 0 and not restates(question.text, text[s:e])]
        if not fresh:
            return self._trimmed(candidate, skip, len(text))
        best = max(fresh, key=lambda i: scores[i])
        return self._trimmed(candidate, clauses[best][0], clauses[best][1])

    def _trimmed(self, candidate: Candidate, start: int, end: int) -> Extraction:
        """The span without trailing punctuation, and without a bracket at either end whose partner it cuts off."""
        text = candidate.sentence.text
        end = min(end, start + MAX_ANSWER_CHARS)
        while end > start:
            if text[end - 1] in "，,：:；;。、" or (text[end - 1] in CLOSING and not _balanced(text[start:end])):
                end -= 1
            elif text[start] in OPENING and not _balanced(text[start:end]):
                start += 1
            else:
                break
        return self._span_extraction(candidate, start, end)


def _balanced(span: str) -> bool:
    """True when every bracket in the span is closed within it."""
    depth = 0
    for char in span:
        depth += (char in OPENING) - (char in CLOSING)
        if depth < 0:
            return False
    return depth == 0


def restates(question: str, clause: str) -> bool:
    """True when most of a clause's character bigrams occur in the question: it repeats the question, so the
    answer is in the clause next to it."""
    grams = [g for g in tokenize(clause) if len(g) == 2]
    asked = set(tokenize(question))
    return bool(grams) and sum(g in asked for g in grams) / len(grams) >= RESTATEMENT


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
    numbering = LIST_NUMBERING.match(text)
    skip = numbering.end() if numbering else 0
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
                head = LEADING_FUNCTION_WORDS.sub("", body)
                found.append((offset + len(body) - len(head), offset + len(body), 2))
            continue
        parts = body.split("、")
        last = CONJUNCTION.split(parts[-1], maxsplit=1)[0]
        inner = parts[1:-1] + [last] if last else parts[1:-1] or [parts[-1][:4]]
        limit = 2 * max(len(p) for p in inner) + 2
        head = LEADING_FUNCTION_WORDS.sub("", parts[0][-limit:] if len(parts[0]) > limit else parts[0])
        stop = ENUM_STOP.search(parts[-1])
        conjunction = CONJUNCTION.search(parts[-1])
        if stop:
            tail = parts[-1][:stop.start()]
        else:
            tail = parts[-1][:conjunction.end() + limit] if conjunction else parts[-1][:limit]
        start = offset + len(parts[0]) - len(head)
        end = offset + len(body) - len(parts[-1]) + len(tail)
        if head and tail:
            found.append((start, end, len(parts) + (1 if conjunction and conjunction.start() < len(tail) else 0)))
    return found


def slot_span(question: str, sentence: str) -> tuple[int, int] | None:
    """(start, end) in `sentence` of the words that fill the question's interrogative, up to and including the
    noun after it (or up to the words that end the question, when its noun is not in the sentence: 跟哪個機關合作 →
    教育部); None when the words around the interrogative are not found in the sentence. The words before it
    are matched ignoring punctuation, 與/和/跟 alike, and a copula before a preposition (是與…) is not required."""
    asked, text = COPULA.sub("", fold(question).rstrip("？?。!！ ")).translate(WITH), fold(sentence).translate(WITH)
    if len(text) != len(sentence):
        return None
    wh = WH_WORD.search(asked)
    if not wh:
        return None
    left, right = asked[:wh.start()].rstrip("了的着过是为要会该应 "), asked[wh.end():].lstrip("的")
    kept = [i for i, char in enumerate(text) if char not in SLOT_IGNORED]
    letters = "".join(text[i] for i in kept)
    anchor = next(((letters.find(left[-n:]), n) for n in range(min(6, len(left)), 1, -1) if letters.find(left[-n:]) >= 0), None)
    if anchor is None:
        return None
    start = kept[anchor[0] + anchor[1] - 1] + 1
    while start < len(text) and text[start] in " 的，,：:":
        start += 1
    clause_end = next((m.end() for m in CLAUSE.finditer(text) if m.end() > start), len(text))
    end = clause_end
    window = min(clause_end, start + SLOT_MAX_CHARS)
    closed = False
    for n in range(min(6, len(right)), 0, -1):
        found = text.find(right[:n], start + 1, window)
        if found > start:
            end, closed = found + n, True
            break
    else:
        for n in range(min(6, len(right) - 1), 1, -1):
            found = text.find(right[-n:], start + 2, window)
            if found > start:
                end, closed = found, True
                break
    weak = anchor[1] < 3 and right and not closed  # two common characters alone place nothing
    if weak or end - start < 2 or end - start > SLOT_MAX_CHARS + 6:
        return None
    return start, end
