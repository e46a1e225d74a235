"""What every answer kind shares: the scored candidate sentences it reads, the extraction it returns, and one
context with the helpers that cut a verbatim span and cite it.

An answer kind is a function `answer(context) -> Extraction | None`: it returns a span of a document (or a field
value the parser read from one), cited with offsets, or None when the question is not of its kind or the evidence
holds nothing it can extract.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from corpus import Chunk
from qa.answer import Citation
from qa.answering.spans import snap_to_words, trim
from qa.index_store import Index
from qa.question import Question, content_terms
from qa.retrieval import Hit
from qa.sentences import Sentence
from qa.text import fold, has_cjk

MAX_ANSWER_CHARS = 200
MAX_QUOTE_CHARS = 400
ENUM_CANDIDATES = 3
WORDS_DECIDE_CANDIDATES = 6  # how far down the ranking a sentence is looked for when the words it holds decide


def value_line(text: str, chunk: Chunk, value: str) -> tuple[int, int] | None:
    """Where a field value (a program name, agency, heading) stands for a chunk — its last mention up to the chunk's
    start, the line above its row, else its first after — and where that line ends; None when it is not there."""
    at = text.rfind(value, 0, chunk.start + 1)
    if at < 0:
        at = text.find(value, chunk.start)
    if at < 0:
        return None
    end = text.find("\n", at)
    return at, len(text) if end < 0 else end


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
    """A verbatim answer with its citations; `verdict` for yes/no questions, `items` for lists, `count` for
    how-many questions over the program table (how many `items`)."""

    answer: str
    citations: list[Citation]
    best: Candidate
    verdict: str | None = None
    items: list[str] | None = None
    count: int | None = None
    kind: str = ""


def term_coverage(terms: list[str], weights: list[float], text: str,
                  synonyms: dict[str, frozenset[str]] | None = None) -> float:
    """IDF-weighted share of the question's content terms found in (folded) text, each itself or as one of its
    `synonyms`: 1.0 = every term present (a synonym stands for the word in full: half credit lost 老師 → 師資)."""
    total = sum(weights)
    if not terms or not total:
        return 0.0
    synonyms = synonyms or {}
    return sum(weight for term, weight in zip(terms, weights)
               if term in text or any(other in text for other in synonyms.get(term, ()))) / total


@dataclass
class Context:
    """One question being answered: its analysis, its ranked candidates and the index they come from."""

    index: Index
    question: Question
    candidates: list[Candidate]
    weights: list[float]
    query_vector: np.ndarray | None = None
    lexical_weight: float = 0.0
    embed: Callable[[str], np.ndarray] | None = None
    settled: bool = False  # a kind found that the documents hold no answer (no row meets both conditions): stop
    memo: dict = field(default_factory=dict, repr=False)  # what several kinds look up once per question (its program)

    @property
    def best(self) -> Candidate:
        return self.candidates[0]

    @property
    def top(self) -> list[Candidate]:
        return self.candidates[:ENUM_CANDIDATES]

    @property
    def rows(self) -> list[Chunk]:
        """Every program-row chunk of the index, in document order."""
        return self.index.program_rows

    def coverage(self, text: str) -> float:
        """Term coverage of the question in (already folded) text."""
        return term_coverage(self.question.terms, self.weights, text, self.question.synonyms)

    def document_text(self, chunk: Chunk) -> str:
        return self.index.documents[chunk.doc_id].text

    def cite(self, candidate: Candidate, start: int | None = None, answer: tuple[int, int] | None = None) -> Citation:
        """The candidate's sentence (from `start`, a document offset, when given) as a citation."""
        chunk = candidate.hit.chunk
        text = self.document_text(chunk)
        start = candidate.sentence.start if start is None else start
        end = candidate.sentence.end
        return Citation(chunk.id, chunk.doc_id, chunk.section, text[start:end], start, end,
                        answer[0] if answer else None, answer[1] if answer else None)

    def span(self, candidate: Candidate, start: int, end: int) -> Extraction:
        """An answer that is sentence.text[start:end] widened to whole words, cited by its sentence with the span
        highlighted."""
        text = candidate.sentence.text
        start, end = snap_to_words(text, start, end)
        offset = candidate.sentence.start
        return Extraction(text[start:end], [self.cite(candidate, answer=(offset + start, offset + end))], candidate)

    def exact_span(self, candidate: Candidate, start: int, end: int) -> Extraction:
        """A span whose ends are certain (an organisation's name, a gap between a question's words) as the answer, as
        it stands: a segmenter that does not know the words (及國研院, 以臺南) must not widen it."""
        offset = candidate.sentence.start
        return Extraction(candidate.sentence.text[start:end],
                          [self.cite(candidate, answer=(offset + start, offset + end))], candidate)

    def trimmed(self, candidate: Candidate, start: int, end: int) -> Extraction:
        """A span without trailing punctuation or a bracket whose partner it cuts off."""
        return self.span(candidate, *trim(candidate.sentence.text, start, end, MAX_ANSWER_CHARS))

    def field_citations(self, chunk: Chunk, value: str, candidate: Candidate | None = None) -> list[Citation]:
        """Cite a field value (program name, agency, category) where it stands above its row, together with the
        candidate sentence when they are close; the value's line and the sentence apart when they are not."""
        text = self.document_text(chunk)
        found = value_line(text, chunk, value)
        if found is None:
            return [self.cite(candidate)] if candidate else []
        at, line_end = found
        answer = (at, at + len(value))
        if candidate and candidate.hit.chunk.id == chunk.id and candidate.sentence.end - at <= MAX_QUOTE_CHARS:
            return [self.cite(candidate, start=at, answer=answer)]
        header = Citation(chunk.id, chunk.doc_id, chunk.section, text[at:line_end], at, line_end, *answer)
        return [header, self.cite(candidate)] if candidate else [header]

    def value_citations(self, cited: list[tuple[Chunk, str]]) -> list[Citation]:
        """Each of a list's field values (program names, agencies, categories) cited where it stands above its row."""
        return [citation for chunk, value in cited for citation in self.field_citations(chunk, value)]

    def field(self, chunk: Chunk, value: str, candidate: Candidate | None = None) -> Extraction:
        """A row's field value as the answer, cited."""
        best = candidate or self.row_candidate(chunk) or self.best
        return Extraction(value, self.field_citations(chunk, value, best if best.hit.chunk.id == chunk.id else None),
                          best)

    def row_candidate(self, chunk: Chunk) -> Candidate | None:
        """The best-scored candidate sentence of a chunk, if it was retrieved."""
        return next((c for c in self.candidates if c.hit.chunk.id == chunk.id), None)

    def unretrieved(self, sentence_id: int) -> Candidate:
        """A sentence no retriever brought, as a candidate to cut and cite (what the plan states once, anywhere)."""
        sentence = self.index.sentences[sentence_id]
        return Candidate(sentence_id, sentence, Hit(sentence.chunk, self.index.chunks[sentence.chunk], 0.0), 0.0, 0.0, 0.0)

    def row_sentences(self, row: Chunk) -> list[int]:
        """The sentences of a program row, across the chunks it was split into, in document order."""
        return [sid for number, chunk in enumerate(self.index.chunks)
                if chunk.doc_id == row.doc_id and chunk.program == row.program and chunk.kind == row.kind
                for sid in self.index.chunk_sentences[number]]

    def folded_question(self) -> str:
        return fold(self.question.text)

    def support(self, chunk: Chunk, part: tuple[np.ndarray, list[str], list[float]] | None = None) -> float:
        """How well a chunk's best sentence supports the question, retrieved or not: its sentences' similarity plus
        the candidates' share of term coverage (the score candidates get) — or, given a `part` of the question (its
        vector, terms and their weights), the same for that part alone."""
        return max(self.sentence_support(self.index.chunk_sentences[self.index.chunk_numbers[chunk.id]], part),
                   default=0.0)

    def sentence_support(self, sentences: list[int],
                         part: tuple[np.ndarray, list[str], list[float]] | None = None) -> list[float]:
        """Each sentence's support for the question, or a `part` of it, as `support` scores it (none without a
        vector)."""
        vector, terms, weights = part or (self.query_vector, self.question.terms, self.weights)
        if not sentences or vector is None:
            return []
        similarities = self.index.sentence_vectors[sentences] @ vector
        synonyms = self.question.synonyms if part is None else None
        return [float(similarity)
                + self.lexical_weight * term_coverage(terms, weights, self.index.folded_sentence(sid), synonyms)
                for sid, similarity in zip(sentences, similarities)]

    def part(self, text: str) -> tuple[np.ndarray, list[str], list[float]] | None:
        """A part of the question (its claim, what its options are compared on) as `support` reads it: an English
        part by its words' translations, which the plan's sentences hold."""
        if self.embed is None or not text.strip():
            return None
        terms = content_terms(text) if has_cjk(text) else self.index.glossary.translate(text)
        return self.embed(text), terms, self.index.lexical.idf(terms).tolist()
