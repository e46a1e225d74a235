"""Retrieval and answer metrics as plain functions (SCHEMA.md): matching after tag removal, NFKC, no whitespace."""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

from qa.text import compact

PUNCTUATION_CATEGORIES = ("P", "S")
MAX_ANSWER_CHARS = 200


def contains_any(text: str, snippets: list[str]) -> bool:
    haystack = compact(text)
    return any(compact(snippet) and compact(snippet) in haystack for snippet in snippets)


def first_relevant_rank(passages: list[str], evidence: list[str]) -> int | None:
    """1-based rank of the first passage containing an evidence snippet, or None."""
    return next((rank for rank, text in enumerate(passages, 1) if contains_any(text, evidence)), None)


def recall_at_k(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = 10) -> float:
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def ndcg_at_k(relevance: list[bool], relevant_total: int, k: int = 10) -> float:
    """Binary-relevance nDCG@k; the ideal ranking puts all `relevant_total` relevant passages first."""
    dcg = sum(1.0 / math.log2(rank + 1) for rank, relevant in enumerate(relevance[:k], 1) if relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(relevant_total, k) + 1))
    return dcg / ideal if ideal else 0.0


def answer_correct(answer: str | None, abstained: bool, answers: list[str]) -> bool:
    """Not abstained, at most 200 characters, and containing one of the gold answers."""
    return bool(answer) and not abstained and len(answer) <= MAX_ANSWER_CHARS and contains_any(answer, answers)


def list_items(prediction: dict) -> list[str]:
    """The items of a list answer: the Answer's `items`, else its answer split on 、."""
    if prediction.get("items"):
        return list(prediction["items"])
    return [item for item in (prediction.get("answer") or "").split("、") if item.strip()]


def _item_matches(predicted: list[str], items: list[str]) -> tuple[int, int]:
    """(predicted items naming an expected item, expected items named): an item is named by a predicted item that
    contains it, compared compacted, as answers are (a name may carry its alias: 計畫 (射月計畫))."""
    got, expected = [compact(item) for item in predicted], [compact(item) for item in items]
    precise = sum(any(e in g for e in expected) for g in got)
    named = sum(any(e in g for g in got) for e in expected)
    return precise, named


def item_f1(predicted: list[str], items: list[str]) -> float:
    """F1 of a list answer's items against the complete list (order free)."""
    if not predicted or not items:
        return 0.0
    precise, named = _item_matches(predicted, items)
    precision, recall = precise / len(predicted), named / len(items)
    return 2 * precision * recall / (precision + recall) if precise and named else 0.0


def list_correct(predicted: list[str], items: list[str]) -> bool:
    """A complete list: every expected item named, and nothing else."""
    precise, named = _item_matches(predicted, items)
    return bool(predicted) and precise == len(predicted) and named == len(items)


def _f1_characters(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "", text))
    return [ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith(PUNCTUATION_CATEGORIES)]


def char_f1(prediction: str | None, answers: list[str]) -> float:
    """Character-level F1 against the best-matching gold answer, as DRCD/CMRC score extractive answers."""
    if not prediction or not answers:
        return 0.0
    predicted = Counter(_f1_characters(prediction))
    best = 0.0
    for gold in answers:
        expected = Counter(_f1_characters(gold))
        overlap = sum((predicted & expected).values())
        if overlap:
            precision = overlap / sum(predicted.values())
            recall = overlap / sum(expected.values())
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def mean(values: list[float]) -> float | None:
    """The average rounded to four places; None for no values."""
    return round(sum(values) / len(values), 4) if values else None


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
