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


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
