"""Run gold questions through the real pipeline and score them: predictions, metrics overall, per language, per tag."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from eval.gold import GoldQuestion
from collections import Counter, defaultdict

from eval.metrics import (answer_correct, char_f1, contains_any, first_relevant_rank, item_f1, list_correct, list_items,
                          mean, ndcg_at_k, percentile, recall_at_k, reciprocal_rank)
from qa.text import compact
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
    form: str
    group: str | None
    answerable: bool
    has_evidence: bool
    rank: int | None
    ndcg: float
    correct: bool
    f1: float
    abstained: bool
    latency_ms: float
    answer_key: str
    invariant: bool | None = None
    reason: str | None = None
    predicted_reason: str | None = None


def correctness(gold: GoldQuestion, prediction: dict) -> tuple[bool, float]:
    """(correct, F1) of an answer: a list must name every item and nothing else (F1 over items); a yes/no answer
    needs the right verdict and a supporting span; any other answer must contain a gold answer (character F1)."""
    abstained = bool(prediction["abstained"])
    answer = None if abstained else prediction["answer"]
    if not gold.answerable:
        return False, 0.0
    if gold.items is not None:
        predicted = [] if abstained else list_items(prediction)
        return bool(predicted) and list_correct(predicted, gold.items), item_f1(predicted, gold.items)
    f1 = char_f1(answer, gold.answers)
    correct = answer_correct(answer, abstained, gold.answers)
    if gold.verdict is not None:
        agrees = prediction.get("verdict") == gold.verdict
        return correct and agrees, f1 if agrees else 0.0
    return correct, f1


def score(gold: GoldQuestion, prediction: dict, relevant_total: int) -> Record:
    passages = [passage["text"] for passage in prediction["passages"][:PASSAGES]]
    relevance = [contains_any(text, gold.evidence) for text in passages] if gold.evidence else []
    abstained = bool(prediction["abstained"])
    correct, f1 = correctness(gold, prediction)
    return Record(
        id=gold.id, lang=gold.lang, tags=gold.tags, form=gold.form, group=gold.group, answerable=gold.answerable,
        has_evidence=bool(gold.evidence), rank=first_relevant_rank(passages, gold.evidence) if gold.evidence else None,
        ndcg=ndcg_at_k(relevance, max(relevant_total, 1)) if gold.evidence else 0.0, correct=correct, f1=f1,
        abstained=abstained, latency_ms=prediction["latency_ms"],
        answer_key="" if abstained else compact(prediction["answer"] or ""),
        reason=gold.reason, predicted_reason=prediction.get("reason"),
    )


def mark_invariance(records: list[Record], questions: list[GoldQuestion]) -> None:
    """CheckList invariance: a case is invariant when its answer equals the answer most forms of its fact gave
    (an abstention counts as an answer). Only direct answers take part: yes/no and list cases answer differently."""
    direct = {q.id for q in questions if q.group and q.answerable and q.verdict is None and q.items is None}
    by_group: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.id in direct:
            by_group[record.group].append(record)
    for group in by_group.values():
        mode, _ = Counter(r.answer_key for r in group).most_common(1)[0]
        for record in group:
            record.invariant = record.answer_key == mode


def summarise(records: list[Record]) -> dict:
    """Every metric of SCHEMA.md over a group of questions (None where the group has no such questions)."""
    answerable = [r for r in records if r.answerable]
    retrieval = [r for r in answerable if r.has_evidence]
    unanswerable = [r for r in records if not r.answerable]
    latencies = [r.latency_ms for r in records]
    summary: dict = {"questions": len(records), "answerable": len(answerable), "unanswerable": len(unanswerable)}
    for k in RECALL_KS:
        summary[f"recall_at_{k}"] = mean([recall_at_k(r.rank, k) for r in retrieval])
    summary["mrr_at_10"] = mean([reciprocal_rank(r.rank) for r in retrieval])
    summary["ndcg_at_10"] = mean([r.ndcg for r in retrieval])
    summary["answer_accuracy"] = mean([float(r.correct) for r in answerable])
    summary["answer_f1"] = mean([r.f1 for r in answerable])
    summary["abstention"] = mean([float(r.abstained) for r in unanswerable])
    summary["false_abstention"] = mean([float(r.abstained) for r in answerable])
    reasons = [float(r.predicted_reason == r.reason) for r in unanswerable if r.reason and r.abstained]
    if reasons:
        summary["reason_agreement"] = mean(reasons)
    invariance = [float(r.invariant) for r in records if r.invariant is not None]
    if invariance:
        summary["invariance"] = mean(invariance)
    summary["latency_p50_ms"] = round(percentile(latencies, 50), 2)
    summary["latency_p95_ms"] = round(percentile(latencies, 95), 2)
    summary["latency_max_ms"] = round(max(latencies, default=0.0), 2)
    return summary


def breakdown(records: list[Record]) -> dict:
    langs = sorted({r.lang for r in records})
    tags = sorted({tag for r in records for tag in r.tags})
    forms = list(dict.fromkeys(r.form for r in records))
    return {
        "overall": summarise(records),
        "by_lang": {lang: summarise([r for r in records if r.lang == lang]) for lang in langs},
        "by_form": {form: summarise([r for r in records if r.form == form]) for form in forms},
        "by_tag": {tag: summarise([r for r in records if tag in r.tags]) for tag in tags},
        "by_reason": {reason: summarise([r for r in records if r.reason == reason])
                      for reason in sorted({r.reason for r in records if r.reason})},
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
    mark_invariance(records, questions)
    return predictions, records


def record_dicts(records: list[Record]) -> list[dict]:
    return [asdict(record) for record in records]
