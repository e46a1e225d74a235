"""The extractive answerer: score the retrieved sentences, then try the answer kinds in a declared order; the
first that extracts something answers. Every answer is a slice of a document or a field value the parser read
from one; nothing is generated."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from corpus import Chunk
from qa.answering import (attribute, becoming, choice, clause, enumeration, fact, field_values, focus, keyword,
                          labelled, location, ordinal, organisation, outline, place, possessor, purpose, recipient,
                          role, row_field, row_items, row_list, sibling_rows, slot, superlative, typed_list, verdict)
from qa.answering.base import Candidate, Context, Extraction, term_coverage
from qa.index_store import Index
from qa.question import Asks, Form, Question
from qa.retrieval import Hit
from qa.text import has_cjk

CANDIDATE_CHUNKS = 8
EMPTY_ANSWER = " \n，,。、；;：:（）()「」『』"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Kind:
    """An answer kind: when it applies to a question, and the unit that extracts it. A structural kind reads the
    document's structure (the program table), not ranked evidence, so it may answer when the evidence is weak."""

    name: str
    applies: Callable[[Question], bool]
    answer: Callable[[Context], Extraction | None]
    structural: bool = False


def _always(_: Question) -> bool:
    return True


KINDS: list[Kind] = [
    Kind("superlative", superlative.asks_superlative, superlative.answer, structural=True),  # 國研院跟災防中心誰的計畫較多
    Kind("choice", lambda q: q.form is Form.choice, choice.answer),
    Kind("same body", sibling_rows.asks_same_body, sibling_rows.same_body, structural=True),
    Kind("field claim", lambda q: q.form is Form.polar, verdict.named_field_claim, structural=True),
    Kind("verdict", lambda q: q.form is Form.polar, verdict.answer),
    Kind("location", location.asks_location, location.answer),  # 哪一部分提到 X: where, not what it says
    Kind("labelled text", labelled.asks_defined, labelled.defined, structural=True),  # AI 創新研究中心要做什麼
    Kind("introduced row", lambda q: q.form is Form.keyword and row_items.asks_items(q), row_items.answer,
         structural=True),  # 請介紹 X, X 的工作重點: what the program X does, not its name; a topic is left to the keyword kind
    Kind("field rows", lambda q: q.form is Form.keyword and q.asks is Asks.program, row_list.field_rows,
         structural=True),  # 國研院的計畫: every row of the agency, not the best one
    Kind("keyword", lambda q: q.form is Form.keyword and not q.why and q.asks in (Asks.general, Asks.program),
         keyword.answer),
    Kind("outline", outline.asks_parts, outline.answer, structural=True),
    Kind("means", outline.asks_means, outline.means),
    Kind("row items", row_items.asks_items, row_items.answer, structural=True),
    Kind("field values", field_values.asks_values, field_values.answer, structural=True),
    Kind("sibling rows", sibling_rows.asks_siblings, sibling_rows.answer, structural=True),
    Kind("row list", lambda q: q.row_list, row_list.answer, structural=True),
    Kind("full name", lambda q: q.asks is Asks.program and not q.wants_list, row_field.full_name, structural=True),
    Kind("owned row", lambda q: q.asks is Asks.program and not q.wants_list, row_field.owned_row, structural=True),
    Kind("one category", lambda q: q.asks is Asks.program and not q.wants_list, row_list.of_one_category,
         structural=True),
    Kind("labelled item", labelled.asks_label, labelled.answer),  # 哪一種策略: the label of 二、X策略：…
    Kind("row field", lambda q: q.asks in (Asks.program, Asks.agency, Asks.category, Asks.section), row_field.answer),
    Kind("fact", fact.asks_fact, fact.answer),
    Kind("ordinal", ordinal.asks_ordinal, ordinal.answer),
    Kind("recipient", recipient.asks_recipient, recipient.answer),
    Kind("focus", focus.asks_focus, focus.answer),  # What does X focus on: 以[…]為重點
    Kind("becoming", becoming.asks_becoming, becoming.answer),  # 把臺灣變成什麼: 建構臺灣為[氣候韌性島]
    Kind("possessor", possessor.asks_possessor, possessor.answer),  # 參酌誰的定義: 參酌[OECD]定義
    Kind("attribute", attribute.asks_attribute, attribute.answer),  # implementation area of X: 實施區域為[…]
    Kind("closed value", lambda q: bool(enumeration.value_noun(q)), enumeration.closed_value),  # N 為何: …兩種 N
    # the closed list kind, first for a count: What three tasks…? is a list its noun closes (…等任務) before any as long
    Kind("closed list", lambda q: (q.count or 0) >= 3 and typed_list.asks_closed_list(q),
         typed_list.english_closed_list),
    Kind("enumeration", lambda q: q.asks is Asks.enumeration and not q.why, enumeration.answer),  # goals of X: purpose
    Kind("purpose", lambda q: q.why, purpose.answer),
    Kind("partner", organisation.asks_partner, organisation.partner),  # 跟哪個產業合作: the one marked with 與 before 合作
    Kind("organisation", organisation.asks_organisation, organisation.answer),
    Kind("role", role.asks_role, role.answer, structural=True),  # a body's copula, read in every sentence
    Kind("place", place.asks_place, place.answer),
    Kind("closed list", typed_list.asks_closed_list, typed_list.english_closed_list),
    Kind("slot", _always, slot.answer),
    Kind("typed list", _always, typed_list.answer),
    Kind("goal", lambda q: q.noun == "目标" and not q.why and not q.wants_list, purpose.answer),  # none stated as one
    Kind("clause", _always, clause.answer),
]


class Answerer:
    """Scores candidate sentences and extracts the answer span; weights come from configuration."""

    def __init__(self, index: Index, lexical_weight: float, prior_weight: float, gloss_weight: float = 0.0,
                 linked_weight: float = 0.0) -> None:
        self.index = index
        self.lexical_weight = lexical_weight
        self.prior_weight = prior_weight
        self.gloss_weight = gloss_weight
        self.linked_weight = linked_weight
        self._weights: dict[tuple[str, ...], list[float]] = {}

    def term_weights(self, question: Question) -> list[float]:
        """IDF of the question's terms, looked up once per question (every kind uses them)."""
        key = tuple(question.terms)
        if key not in self._weights:
            self._weights[key] = self.index.lexical.idf(question.terms).tolist()
        return self._weights[key]

    def candidates(self, question: Question, query_vector: np.ndarray, hits: list[Hit],
                   linked: Chunk | None = None) -> list[Candidate]:
        """Every sentence of the top chunks (and of BM25's first wherever fusion put it: 規劃過程強調什麼 has the words of
        one paragraph that few vectors are near — for an English question, whose BM25 reads glosses, only where no
        vector ranks it; and the chunks of a `linked` program row, as if ranked first), scored by dense similarity,
        term coverage, 1/rank of its chunk, for an English question its chunk's BM25 over the passages' English
        glosses (a share of the best one's), and for the linked row's the linked weight."""
        if not hits:
            return []
        weights = self.term_weights(question)
        chinese = has_cjk(question.text)
        read = [(rank, hit) for rank, hit in enumerate(hits, 1)
                if rank <= CANDIDATE_CHUNKS or hit.lexical_rank == 1 and (chinese or hit.dense_rank is None)]
        if linked is not None:
            row = [number for number, chunk in enumerate(self.index.chunks) if chunk.kind == "program"
                   and chunk.doc_id == linked.doc_id and chunk.program == linked.program]
            found = {hit.index: hit for hit in hits}
            read = [(1, found.get(number) or Hit(number, self.index.chunks[number], 0.0)) for number in row] + [
                (rank, hit) for rank, hit in read if hit.index not in row]
        rows: list[tuple[int, Hit, int]] = [(sid, hit, rank) for rank, hit in read
                                            for sid in self.index.chunk_sentences[hit.index]]
        if not rows:
            return []
        dense = self.index.sentence_vectors[[sid for sid, _, _ in rows]] @ query_vector
        out = []
        for (sid, hit, rank), cosine in zip(rows, dense):
            sentence = self.index.sentences[sid]
            coverage = term_coverage(question.terms, weights, self.index.folded_sentence(sid), question.synonyms)
            score = (float(cosine) + self.lexical_weight * coverage + self.prior_weight / rank
                     + self.gloss_weight * (hit.glossed_share or 0.0)
                     + (self.linked_weight if linked is not None and hit.chunk.program == linked.program else 0.0))
            out.append(Candidate(sid, sentence, hit, float(cosine), coverage, score))
        return sorted(out, key=lambda c: -c.score)

    def context(self, question: Question, candidates: list[Candidate], query_vector: np.ndarray | None = None,
                embed: Callable[[str], np.ndarray] | None = None) -> Context:
        """The question with its ranked candidates, as every answer kind reads it."""
        return Context(self.index, question, candidates, self.term_weights(question), query_vector,
                       self.lexical_weight, embed)

    def extract(self, question: Question, candidates: list[Candidate], query_vector: np.ndarray | None = None,
                embed: Callable[[str], np.ndarray] | None = None, evidence: bool = True) -> Extraction | None:
        """The first answer kind that applies to the question and finds its answer in the candidates; without
        enough `evidence`, only a structural kind may answer (None: abstain). `embed` (the retriever's query
        embedding) lets a kind compare rows with part of the question."""
        context = self.context(question, candidates, query_vector, embed)
        for kind in KINDS:
            if (evidence or kind.structural) and kind.applies(question):
                try:
                    found = kind.answer(context)
                except Exception:  # a fault in one unit must not cost the question its answer: the next kind tries
                    log.exception("answer kind %r failed on %r", kind.name, question.text)
                    continue
                if found and found.answer.strip(EMPTY_ANSWER):  # brackets or punctuation alone answer nothing
                    found.kind = kind.name
                    return found
                if context.settled:
                    return None
        return None
