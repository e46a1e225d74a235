"""The query path: load the index and the embedder once, then search and answer questions."""
from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field

from embeddings.base import Embedder
from embeddings.factory import load_embedder
from qa.abstention import Reason, clarification, message
from qa.answer import Answer, Citation
from qa.answering import Answerer, Candidate, has_expected_fact, term_coverage
from qa.answering.base import value_line
from qa.answering.subjects import linked_row
from qa.cache import LRU
from qa.config import Settings
from qa.conversation import Resolution, Subject, Turn, resolve
from qa.crosslingual import english_stems
from qa.index_store import Index, load_index
from qa.question import Form, Question, analyse, colloquial, detect_lang, premise, yes_no_frame
from qa.retrieval import Hit, Mode, Retriever
from qa.text import converter, has_cjk, in_written_forms, taiwan_wording

ENGLISH_COVERAGE_CHUNKS = 3


def passage_dict(hit: Hit, title: str | None = None) -> dict:
    """The passage object of the Answer and search JSON contracts (plus extra fields for debugging and display):
    `title` is its document's title, `page` its first page in a paged source (PDF)."""
    chunk = hit.chunk
    return {
        "chunk_id": chunk.id, "doc_id": chunk.doc_id, "title": title, "page": chunk.page, "section": chunk.section,
        "text": chunk.text,
        "score": round(hit.score, 6), "kind": chunk.kind, "program": chunk.program, "agency": chunk.agency,
        "category": chunk.category, "start": chunk.start, "end": chunk.end,
        "dense_score": None if hit.dense_score is None else round(hit.dense_score, 6),
        "lexical_score": None if hit.lexical_score is None else round(hit.lexical_score, 6),
    }


@dataclass
class Pipeline:
    """Search and ask over one loaded index; cheap to call from many threads. Repeated questions are answered from
    a cache that lives as long as this pipeline, so swapping in a new index invalidates it."""

    index: Index
    embedder: Embedder
    settings: Settings
    answers: LRU = field(init=False, repr=False)
    queries: LRU = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.answers = LRU(self.settings.answer_cache_size)
        self.queries = LRU(self.settings.query_cache_size)

    @classmethod
    def load(cls, settings: Settings) -> "Pipeline":
        embedder = load_embedder(settings.embedder)
        pipeline = cls(load_index(settings.index_dir, embedder), embedder, settings)
        for config in ("t2s", "s2t", "s2twp"):
            converter(config)
        return pipeline

    @property
    def retriever(self) -> Retriever:
        return Retriever(self.index, self.embedder, self.settings.rrf_k, self.settings.hnsw_ef_search,
                         embed_cache=self.queries)

    def title(self, doc_id: str) -> str | None:
        """A document's title (its first heading, else its file name), shown with every citation."""
        document = self.index.documents.get(doc_id)
        return document.title if document else None

    def search(self, query: str, k: int = 10, mode: Mode = Mode.hybrid) -> list[Hit]:
        return self.retriever.search(query, k, mode)

    def ask(self, question: str, k: int = 10, mode: Mode = Mode.hybrid, history: list[Turn] | None = None) -> Answer:
        """Answer a question, read in its conversation when `history` (the previous turns, oldest first) is given:
        a follow-up is answered as the standalone question it stands for (`interpreted_as`); a reference that could
        mean several subjects is asked back (`clarify`)."""
        started = time.perf_counter()
        turns = (history or [])[-self.settings.max_history_turns:] if self.settings.max_history_turns else []
        key = (question, k, mode, tuple(turns))
        cached = self.answers.get(key)
        if cached is not None:
            answer = copy.deepcopy(cached)
            answer.latency_ms, answer.signals["cached"] = _ms(started), True
            return answer
        answer = self._ask(question, k, mode, turns, started)
        self.answers.put(key, copy.deepcopy(answer))
        return answer

    def _ask(self, question: str, k: int, mode: Mode, turns: list[Turn], started: float) -> Answer:
        resolution = resolve(question, turns, self.index)
        if resolution.clarify:
            return self._clarify(resolution, started)
        if resolution.interpreted_as is None:
            return self._answer(question, k, mode, started)
        answer = self._answer(resolution.interpreted_as, k, mode, started, lang=detect_lang(question))
        answer.question, answer.interpreted_as = question, resolution.interpreted_as
        answer.signals["follow_up"] = resolution.kind.value if resolution.kind else None
        return answer

    def _clarify(self, resolution: Resolution, started: float) -> Answer:
        """Ask back which subject was meant, citing each where the plan names it."""
        lang = detect_lang(resolution.question)
        names = [subject.name for subject in resolution.clarify]
        citations = [citation for subject in resolution.clarify if (citation := self._name_citation(subject))]
        return Answer(resolution.question, None, True, 0.0, citations, [], _ms(started), lang, "general",
                      clarification(lang, names), {"follow_up": resolution.kind.value if resolution.kind else None},
                      clarify=names)

    def _name_citation(self, subject: Subject) -> Citation | None:
        """Where a subject's name stands in its document: the line above its row, or its heading."""
        chunk = self.index.chunks[self.index.chunk_numbers[subject.chunk_id]]
        text = self.index.documents[chunk.doc_id].text
        found = value_line(text, chunk, subject.name)
        if found is None:
            return None
        at, end = found
        return Citation(chunk.id, chunk.doc_id, chunk.section, text[at:end], at, end, at, at + len(subject.name),
                        self.title(chunk.doc_id), chunk.page)

    def _answer(self, question: str, k: int, mode: Mode, started: float, lang: str | None = None) -> Answer:
        """Answer verbatim from the plan with citations, or abstain, saying why: the question assumes a year, body,
        phase or name the documents do not contain; the evidence is too weak (the topic is not in the plan, or the
        question is not about it at all); or the kind of fact asked for is not there. A structural answer (every row
        of a named category) needs no evidence threshold. A Simplified question is read in Taiwan's wording, a
        colloquial interrogative as the one it stands for, 本部 as the body the documents' titles name."""
        lang = lang or detect_lang(question)
        asked, question = question, colloquial(taiwan_wording(question, self.index.scope.text) if lang == "zh-Hans"
                                                else question)
        question = in_written_forms(question, self.index.scope.forms)  # 哪個計劃: the plan's 計畫
        question = premise.table_abbreviations(premise.self_reference(question, self.index.scope), self.index.scope)
        analysis = analyse(question, self.index.glossary.translate, self.index.lexical.knows)
        analysis.lang = lang
        unsupported = premise.check(question, self.index.scope, self.index.glossary.translate, analysis.options)
        retriever = self.retriever
        query_vector = retriever.embed_query(analysis.query)
        hits = retriever.search(analysis.query, max(k, 10), mode, query_vector=query_vector)
        cjk = has_cjk(question)
        lexical_weight = self.settings.answer_lexical_weight if cjk else self.settings.answer_lexical_weight_translated
        answerer = Answerer(self.index, lexical_weight, self.settings.answer_prior_weight,
                            0.0 if cjk else self.settings.answer_gloss_weight, self.settings.answer_linked_weight)
        linked = (None if cjk or analysis.form is Form.polar
                  else linked_row(answerer.context(analysis, [], query_vector, retriever.embed_query)))
        candidates = answerer.candidates(analysis, query_vector, hits, linked)
        if mode is Mode.hybrid:
            hits = rerank(hits, candidates)
        passages = [passage_dict(hit, self.title(hit.chunk.doc_id)) for hit in hits[:max(k, 10)]]
        signals = self._signals(analysis, answerer, candidates, hits)
        named = premise.in_plan_names(question, self.index.scope)  # 中科 is about the plan's 中部科學園區管理局
        signals["known_share"] = round(premise.known_share(named, self.index.scope, self.index.glossary.knows,
                                                           self.index.glossary.is_place,
                                                           self.index.glossary.acts_only), 4)
        signals["absent_topic"] = premise.absent_topic(named, self.index.scope, self.index.glossary,
                                                       analysis.form is Form.polar)
        if signals["known_share"] < self.settings.min_known_share or signals["absent_topic"]:
            signals["enough_evidence"] = False
        extraction = None
        if candidates and signals["has_expected_fact"] and unsupported is None:
            extraction = answerer.extract(analysis, candidates, query_vector, retriever.embed_query,
                                          evidence=signals["enough_evidence"])
        if extraction is None:
            reason = self._reason(signals, unsupported)
            signals["premise"] = None if unsupported is None else unsupported.entity.text
            text = message(reason, analysis.lang, self.index.scope, analysis.expects, unsupported,
                           signals.get("absent_topic"))
            return Answer(asked, None, True, signals["strength"], [], passages, _ms(started), analysis.lang,
                          analysis.asks.value, text, signals, form=analysis.form.value, reason=reason.value)
        signals["answered_by"] = extraction.kind
        for citation in extraction.citations:
            citation.title = self.title(citation.doc_id)
            citation.page = self.index.chunks[self.index.chunk_numbers[citation.chunk_id]].page
        return Answer(asked, extraction.answer, False, signals["strength"], extraction.citations, passages,
                      _ms(started), analysis.lang, analysis.asks.value, None, signals, verdict=extraction.verdict,
                      items=extraction.items, count=extraction.count, form=analysis.form.value,
                      low_confidence=signals["strength"] < self.settings.hint_below)

    def _reason(self, signals: dict, unsupported: premise.Unsupported | None) -> Reason:
        """Why nothing was answered: a false premise first; then, with enough evidence, a missing kind of fact;
        otherwise the topic is absent — off-topic when the documents' vocabulary knows too few of its words."""
        if unsupported is not None:
            return Reason.false_premise
        if signals.get("enough_evidence") and not signals.get("has_expected_fact"):
            return Reason.missing_fact
        if signals["known_share"] < self.settings.min_known_share or "evidence" not in signals:
            return Reason.off_topic
        return Reason.not_in_plan

    def _signals(self, question: Question, answerer: Answerer, candidates: list[Candidate], hits: list[Hit]) -> dict:
        """Evidence strength: the highest similarity of any candidate sentence, whichever the answer comes from, plus
        a little term coverage — of the best chunk by the question's terms, or for an English question, of the best
        of the top chunks read in English by the question's stems (the scales differ, hence two thresholds) — and
        whether the kind of fact asked for (amount, date, person, count) is there at all. Thresholds: `qa calibrate`."""
        if not candidates:
            return {"has_expected_fact": False, "enough_evidence": False, "strength": 0.0}
        best = candidates[0]
        cjk = has_cjk(question.text)
        if cjk:
            coverage = (term_coverage(question.terms, answerer.term_weights(question),
                                      self.index.folded_chunk(best.hit.index), question.synonyms)
                        if question.terms else None)
        else:
            coverage = self._english_coverage(question.text, hits)
        dense = max(c.dense for c in candidates)
        weight = self.settings.evidence_coverage_weight_cjk if cjk else self.settings.evidence_coverage_weight
        evidence = dense + weight * (coverage or 0.0)
        polar = yes_no_frame(question)
        min_evidence = {(True, False): self.settings.min_dense_cjk, (False, False): self.settings.min_dense,
                        (True, True): self.settings.min_dense_polar_cjk,
                        (False, True): self.settings.min_dense_polar}[(cjk, polar)]
        enough = evidence >= min_evidence and (coverage is None or coverage >= self.settings.min_coverage)
        strength = min(1.0, max(0.0, 0.5 + (evidence - min_evidence) / 0.1))
        if coverage is not None:
            strength = 0.5 * strength + 0.5 * coverage
        return {
            "has_expected_fact": has_expected_fact(answerer.context(question, candidates)),
            "enough_evidence": enough,
            "cjk": cjk,
            "coverage": None if coverage is None else round(coverage, 4),
            "dense": round(dense, 4),
            "evidence": round(evidence, 4),
            "agreement": bool(hits and hits[0].dense_rank == 1 and hits[0].lexical_rank == 1),
            "yes_no_frame": polar,
            "expects": question.expects.value,
            "strength": round(strength, 4),
        }


    def _english_coverage(self, text: str, hits: list[Hit]) -> float | None:
        """The share of an English question's stems (IDF-weighted) that the best of its top chunks' English glosses
        contain — a romanised name's or a body's English name's stems where the chunk has the name (Erlin: 二林, NARLabs:
        國家實驗研究院); None without stems or glosses."""
        stems = english_stems(text)
        if not stems or self.index.glossed is None:
            return None
        names = {**self.index.glossary.romanised_stems(text), **dict(premise.english_body_names(text, self.index.scope))}

        def found(number: int) -> frozenset[str]:
            chunk = self.index.folded_chunk(number)
            return frozenset(stem for stem, spelt in names.items() if any(name in chunk for name in spelt))

        return max((self.index.glossed.coverage(stems, hit.index, found(hit.index))
                    for hit in hits[:ENGLISH_COVERAGE_CHUNKS]), default=0.0)


def rerank(hits: list[Hit], candidates: list[Candidate]) -> list[Hit]:
    """Order the top chunks by their best sentence's score (dense similarity, term coverage and rank together):
    a fine-grained second stage over the fused first-stage ranking; chunks without candidates keep their place."""
    best: dict[int, float] = {}
    for candidate in candidates:
        best.setdefault(candidate.hit.index, candidate.score)
    scored = [hit for hit in hits if hit.index in best]
    order = iter(sorted(scored, key=lambda hit: -best[hit.index]))
    return [next(order) if hit.index in best else hit for hit in hits]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
