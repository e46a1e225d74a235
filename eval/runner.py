"""Run gold questions through the real pipeline and score them: predictions, metrics overall, per language, per tag."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from eval.gold import GoldQuestion
from eval.metrics import (answer_correct, char_f1, contains_any, first_relevant_rank, ndcg_at_k, percentile,
                          recall_at_k, reciprocal_rank)
from qa.pipeline import Pipeline
from qa.retrieval import Mode

RECALL_KS = (1, 3, 5, 10)
PASSAGES = 10


@dataclass
class Record:
    """The scores of one question."""

    id: str
    lang: str
    tags: list[str]
    answerable: bool
    has_evidence: bool
    rank: int | None
    ndcg: float
    correct: bool
    f1: float
    abstained: bool
    latency_ms: float


def score(gold: GoldQuestion, prediction: dict, relevant_total: int) -> Record:
    passages = [passage["text"] for passage in prediction["passages"][:PASSAGES]]
    relevance = [contains_any(text, gold.evidence) for text in passages] if gold.evidence else []
    abstained = bool(prediction["abstained"])
    answer = None if abstained else prediction["answer"]
    return Record(
        id=gold.id, lang=gold.lang, tags=gold.tags, answerable=gold.answerable, has_evidence=bool(gold.evidence),
        rank=first_relevant_rank(passages, gold.evidence) if gold.evidence else None,
        ndcg=ndcg_at_k(relevance, max(relevant_total, 1)) if gold.evidence else 0.0,
        correct=gold.answerable and answer_correct(answer, abstained, gold.answers),
        f1=char_f1(answer, gold.answers) if gold.answerable else 0.0,
        abstained=abstained, latency_ms=prediction["latency_ms"],
    )


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def summarise(records: list[Record]) -> dict:
    """Every metric of SCHEMA.md over a group of questions (None where the group has no such questions)."""
    answerable = [r for r in records if r.answerable]
    retrieval = [r for r in answerable if r.has_evidence]
    unanswerable = [r for r in records if not r.answerable]
    latencies = [r.latency_ms for r in records]
    summary: dict = {"questions": len(records), "answerable": len(answerable), "unanswerable": len(unanswerable)}
    for k in RECALL_KS:
        summary[f"recall_at_{k}"] = _mean([recall_at_k(r.rank, k) for r in retrieval])
    summary["mrr_at_10"] = _mean([reciprocal_rank(r.rank) for r in retrieval])
    summary["ndcg_at_10"] = _mean([r.ndcg for r in retrieval])
    summary["answer_accuracy"] = _mean([float(r.correct) for r in answerable])
    summary["answer_f1"] = _mean([r.f1 for r in answerable])
    summary["abstention"] = _mean([float(r.abstained) for r in unanswerable])
    summary["false_abstention"] = _mean([float(r.abstained) for r in answerable])
    summary["latency_p50_ms"] = round(percentile(latencies, 50), 2)
    summary["latency_p95_ms"] = round(percentile(latencies, 95), 2)
    summary["latency_max_ms"] = round(max(latencies, default=0.0), 2)
    return summary


def breakdown(records: list[Record]) -> dict:
    langs = sorted({r.lang for r in records})
    tags = sorted({tag for r in records for tag in r.tags})
    return {
        "overall": summarise(records),
        "by_lang": {lang: summarise([r for r in records if r.lang == lang]) for lang in langs},
        "by_tag": {tag: summarise([r for r in records if tag in r.tags]) for tag in tags},
    }


def relevant_totals(pipeline: Pipeline, questions: list[GoldQuestion]) -> dict[str, int]:
    """How many chunks of the whole index contain each question's evidence (the ideal for nDCG)."""
    return {q.id: sum(1 for chunk in pipeline.index.chunks if contains_any(chunk.text, q.evidence)) if q.evidence else 0
            for q in questions}


def run(pipeline: Pipeline, questions: list[GoldQuestion], mode: Mode,
        progress: Callable[[], None] | None = None) -> tuple[list[dict], list[Record]]:
    """Ask every question (answerer included) and score it; returns predictions (Answer contract + id) and records."""
    totals = relevant_totals(pipeline, questions)
    pipeline.ask(questions[0].question, PASSAGES, mode)
    predictions, records = [], []
    for question in questions:
        answer = pipeline.ask(question.question, PASSAGES, mode)
        answer.id = question.id
        prediction = answer.to_dict()
        predictions.append(prediction)
        records.append(score(question, prediction, totals[question.id]))
        if progress:
            progress()
    return predictions, records


def record_dicts(records: list[Record]) -> list[dict]:
    return [asdict(record) for record in records]
